import type {
  Claim,
  Entity,
  HeadlineClaim,
  HeadlineLayer,
  HeadlineRelation,
  HeadlineSupport,
  Overstatement,
  Position,
} from '../../../core/facts.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import type { Language, Token } from '../../layers.js'
import { defineStage } from '../../stage.js'
import {
  CLAIM_WORDS,
  HEADLINE_HEDGES,
  HEADLINE_SYNONYMS,
  HEDGING_WORDS,
  HYPOTHETICAL_MODIFIERS,
  headlineWords,
  INTENSIFIERS,
  NEGATED_OPPOSITES,
  REFUTING_WORDS,
  STOP_WORDS,
  stem,
} from './headline-words.js'

/** Whether the body backs the headline, part by part, and the body's own unbacked intensifiers. */
export function createHeadlineStage(knowledge: Knowledge) {
  // A country or city the headline names and the body never does is a claim of its own ("at Brussels
  // Summit"). The body may name it another way ("UK", "Britain"): the pack's canonical name decides.
  const isPlace = (lower: string, entities: readonly Entity[]): boolean => {
    const kind = knowledge.placeKind(lower)
    if (kind !== 'country' && kind !== 'city') return false
    const canonical = knowledge.actor(lower)?.name
    if (canonical === undefined) return true
    // ("Turkey Hosts Talks" over "Turkish mediators": the body names the country by its people.)
    const named = (entity: Entity) =>
      entity.name === canonical ||
      entity.name.split(/\s+/).some((word) => knowledge.demonymOf(word.toLowerCase()) === canonical)
    return !entities.some(named)
  }
  // "Ghanaian MPs …" over a body that says "Kenya": a headline demonym names the country the body names.
  const withDemonyms = (entities: readonly Entity[], headline: string | null): readonly Entity[] => {
    if (!headline) return entities
    const extra = new Map<string, string[]>()
    for (const word of headline.split(/[^\p{L}]+/u)) {
      const country = knowledge.demonymOf(word.toLowerCase())
      if (country !== undefined) extra.set(country, [...(extra.get(country) ?? []), word])
    }
    if (extra.size === 0) return entities
    return entities.map((entity) =>
      extra.has(entity.name) ? { ...entity, aliases: [...entity.aliases, ...extra.get(entity.name)!] } : entity,
    )
  }
  // "Greek ships", "Athens": the state a word names, by its name, its people's adjective or its seat.
  const stateOf = (lower: string): string | undefined => {
    if (knowledge.isState(lower)) return knowledge.actor(lower)?.name ?? lower
    return knowledge.demonymOf(lower) ?? knowledge.actor(lower)?.seatOf
  }
  return defineStage({
    name: 'headline',
    version: 1,
    requires: ['language', 'entities', 'claims', 'positions'],
    provides: 'headlineSupport',
    run: ({ text, headline, language, entities, claims, positions }) =>
      checkHeadline(text, headline, language, withDemonyms(entities, headline), claims, isPlace, positions, stateOf),
  })
}

/** One body, indexed once: stems with their counts and the token indexes where they occur. */
export interface BodyIndex {
  readonly tokens: readonly Token[]
  readonly counts: ReadonlyMap<string, number>
  /** Token index of each stem's first occurrence. */
  readonly firstAt: ReadonlyMap<string, number>
  /** Token indexes of every occurrence of each wanted stem. */
  readonly at: ReadonlyMap<string, readonly number[]>
  readonly words: number
  readonly refuting: number
  readonly hedging: number
  /** Refuting words in the first `LEAD_SENTENCES` sentences. */
  readonly leadRefuting: number
}

/** A story that debunks a claim says so in its first sentences. */
const LEAD_SENTENCES = 3

// "killing 2" in a headline, "two people were killed" in its body: small numbers have one key.
const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((word, i) => [word, String(i + 1)]),
)
// (`stem` keeps its own bounded cache: a word is stemmed once per process.)
const keyOf = (lower: string): string =>
  Object.hasOwn(NUMBER_WORDS, lower)
    ? NUMBER_WORDS[lower]!
    : stem(lower.endsWith('.') ? lower.replace(/\.+$/, '') : lower)

const isDigit = (code: number): boolean => code >= 48 && code <= 57
/** "5-2": a tally, which the body's tokenizer keeps whole too. */
const TALLY = /^\d{1,3}[-–]\d{1,3}$/

/** "O'Brien" stems to "obrien": its first three letters are not its key's. */
const hasEarlyApostrophe = (word: string): boolean => {
  const second = word.charCodeAt(1)
  const third = word.charCodeAt(2)
  return second === 39 || second === 0x2019 || third === 39 || third === 0x2019
}

/** A number for a word's first three letters, so the filter below allocates no strings (clashes only let more through). */
const prefixCode = (word: string): number =>
  (((word.charCodeAt(0) | 0) * 961 + (word.charCodeAt(1) | 0) * 31 + (word.charCodeAt(2) | 0)) | 0) >>> 0

/**
 * Indexes the body for the words a headline uses (`wanted`, as stems): counting only those keeps this a
 * single pass of map lookups over the tokens.
 */
export function indexBody(tokens: readonly Token[], wanted: ReadonlySet<string>): BodyIndex {
  const counts = new Map<string, number>()
  const firstAt = new Map<string, number>()
  const at = new Map<string, number[]>()
  const prefixes = new Set([...wanted].map(prefixCode))
  let words = 0
  let refuting = 0
  let hedging = 0
  let leadRefuting = 0
  for (const token of tokens) {
    if (token.pos === 'PUNCT' || token.pos === 'SYM') continue
    words++
    const lower = token.lower
    if (REFUTING_WORDS.has(lower)) {
      refuting++
      if (token.sentence < LEAD_SENTENCES) leadRefuting++
    }
    // "Harriet May resigned": a capital inside a sentence makes a name of "May", not a modal.
    if (
      HEDGING_WORDS.has(lower) &&
      !(token.text !== lower && token.index > 0 && tokens[token.index - 1]?.sentence === token.sentence)
    )
      hedging++
    // A stem keeps its word's first three letters (a figure its digits), so most tokens are ruled out
    // by a lookup in a small set, before any stemming.
    if (
      !(
        prefixes.has(prefixCode(lower)) ||
        isDigit(lower.charCodeAt(0)) ||
        hasEarlyApostrophe(lower) ||
        Object.hasOwn(NUMBER_WORDS, lower)
      )
    )
      continue
    const key = keyOf(lower)
    if (!wanted.has(key)) continue
    const list = at.get(key)
    if (list === undefined) {
      counts.set(key, 1)
      firstAt.set(key, token.index)
      at.set(key, [token.index])
    } else {
      counts.set(key, list.length + 1)
      list.push(token.index)
    }
  }
  return { tokens, counts, firstAt, at, words, refuting, hedging, leadRefuting }
}

export function checkHeadline(
  text: string,
  headline: string | null,
  language: Language,
  entities: readonly Entity[],
  claims: readonly Claim[],
  isPlace: (lower: string, entities: readonly Entity[]) => boolean = () => false,
  positions: readonly Position[] = [],
  stateOf: (lower: string) => string | undefined = () => undefined,
): HeadlineLayer {
  const overstatements = findOverstatements(text, language, claims)
  if (!headline || headline.trim() === '') return { support: null, overstatements }
  const keys = contentWords(headline).map((word) => word.key)
  const body = indexBody(
    language.tokens,
    new Set(
      keys.flatMap((key) => [...withSynonyms(key), ...(OPPOSITES.get(key) ?? []), ...(DENYING_WORDS.get(key) ?? [])]),
    ),
  )
  const support = supportOf(headline, body, entities, isPlace)
  // "Kellby Threatens to Shut Ports" over a body where Dunmore makes that threat: the wrong side.
  const checked = support.claims.map((claim) => {
    const other = claim.supported
      ? (otherActor(claim.text, headline, entities, positions) ?? reversedAttack(claim.text, language.tokens, stateOf))
      : null
    return other ? { ...claim, supported: false, reason: other } : claim
  })
  return {
    support: { ...support, claims: checked, supported: checked.every((claim) => claim.supported) },
    overstatements,
  }
}

// An attack a headline gives its subject: "Kellby Fires on …", "Tarvia Shells …", "Navy Rams …".
const ATTACK_VERB = /^(fire|attack|strike|shell|ram|hit|bomb|shoot|target|raid|seize|board)(?:s|es)?$/i
const PASSIVE_BEFORE = /^(was|were|been|being|is|are)$/

/**
 * "A Rams B's Boats" over a body where B's boats rammed A's boat: the body has the
 * attack the other way round, and never the headline's way. Returns the reason, else null.
 */
function reversedAttack(
  part: string,
  tokens: readonly Token[],
  stateOf: (lower: string) => string | undefined,
): string | null {
  const words = part.split(/\s+/).map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
  const verbAt = words.findIndex((word, i) => i >= 1 && i <= 3 && ATTACK_VERB.test(word))
  if (verbAt < 0) return null
  const subject = words
    .slice(0, verbAt)
    .map((word) => stateOf(word.toLowerCase()))
    .find(Boolean)
  const target = words
    .slice(verbAt + 1, verbAt + 9)
    .map((word) => stateOf(word.toLowerCase().replace(/['’]s$/, '')))
    .find(Boolean)
  if (!subject || !target || subject === target) return null
  // "fire" matches "fired", "firing": the verb's form without a final "e".
  const base = ATTACK_VERB.exec(words[verbAt]!)![1]!.toLowerCase().replace(/e$/, '')
  const stateAt = (k: number) => stateOf(tokens[k]!.lower.replace(/['’]s$/, ''))
  let reversed = false
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!
    if (token.pos !== 'VERB' || !token.lower.startsWith(base) || token.lower.length > base.length + 4) continue
    let before: string | undefined
    for (let j = k - 1; j >= 0 && tokens[j]!.sentence === token.sentence && !before; j--) before = stateAt(j)
    let after: string | undefined
    for (let j = k + 1; j < tokens.length && tokens[j]!.sentence === token.sentence && !after; j++) after = stateAt(j)
    const passive = PASSIVE_BEFORE.test(tokens[k - 1]?.lower ?? '') || tokens[k + 1]?.lower === 'by'
    const [attacker, attacked] = passive ? [after, before] : [before, after]
    if (attacker === subject) return null
    if (attacker === target && attacked === subject) reversed = true
  }
  return reversed ? `the body has ${target} doing it to ${subject}, not ${subject} to ${target}` : null
}

// Verbs of a stance a headline gives its subject: "Kellby Threatens to …", "Union Rejects …".
const STANCE_VERBS =
  /^(threatens?|vows?|offers?|rejects?|refuses?|proposes?|demands?|backs?|opposes?|accepts?|agrees?|pledges?|seeks?|wants?|urges?)$/i

/**
 * The reason a headline claim gives a stance to the wrong side: its subject holds no stance on what the
 * claim says it wants or refuses, while another side the headline names does. Null when none.
 */
function otherActor(
  part: string,
  headline: string,
  entities: readonly Entity[],
  positions: readonly Position[],
): string | null {
  const names = (entity: Entity) => [entity.name, ...entity.aliases].filter((name) => name.length > 2)
  const lowerPart = part.toLowerCase()
  // The subject opens the claim: "Kellby threatens …", "The Kellby Union rejects …".
  let subject: Entity | undefined
  let rest = ''
  for (const entity of entities) {
    for (const name of names(entity)) {
      const at = lowerPart.startsWith('the ') ? 4 : 0
      if (!lowerPart.startsWith(name.toLowerCase(), at)) continue
      const after = part.slice(at + name.length)
      if (!/^\s/.test(after)) continue
      subject = entity
      rest = after.trim()
    }
  }
  if (!subject) return null
  const [verb, ...words] = rest.split(/\s+/)
  if (!verb || !STANCE_VERBS.test(verb)) return null
  const wanted = new Set(contentWords(words.join(' ')).map((word) => word.key))
  if (wanted.size === 0) return null
  const about = positions.filter((position) => {
    const shared = contentWords(position.proposition).filter((word) => wanted.has(word.key)).length
    return shared >= Math.min(2, wanted.size)
  })
  if (about.length === 0 || about.some((position) => position.actor === subject.id)) return null
  const lowerHeadline = headline.toLowerCase()
  const other = about.find((position) => {
    const actor = entities.find((entity) => entity.id === position.actor)
    return (
      actor !== undefined &&
      actor !== subject &&
      names(actor).some((name) => lowerHeadline.includes(name.toLowerCase()))
    )
  })
  return other ? `the body gives that stance to ${other.actorName}, not to ${subject.name}` : null
}

// ---------------------------------------------------------------------------------------------
// Headline claims.

/** Where a headline joins two claims: "X as Y", "X; Y", "X: Y", "X, Y says". */
const CLAIM_BREAK = /\s*(?:[:;|]|\s[-–—]\s|,\s+|\s+(?:as|amid|while|after|but|despite|and then)\s+)\s*/i

export function splitHeadline(headline: string): string[] {
  const parts = headline
    .split(CLAIM_BREAK)
    .map((part) => part.trim())
    .filter((part) => contentWords(part).length > 0)
  // A fragment of one content word ("Report", "At Last") belongs to its neighbour, not a claim of its own:
  // the one before it, or for a first fragment the one after.
  const claims: string[] = []
  let lead = ''
  for (const part of parts) {
    if (contentWords(part).length < 2 && claims.length > 0) claims[claims.length - 1] += ` ${part}`
    else if (contentWords(part).length < 2 && claims.length === 0) lead += `${part} `
    else {
      claims.push(`${lead}${part}`)
      lead = ''
    }
  }
  if (lead !== '') claims.push(lead.trim())
  return claims.length > 0 ? claims : [headline.trim()]
}

interface ContentWord {
  readonly text: string
  readonly key: string
}

export const contentWordsOf = (phrase: string): readonly ContentWord[] => contentWords(phrase)

// "14/05/2022 Ukrainians show strength": a date stamp before a headline claims nothing.
const DATE_STAMP = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g

// The headline and its parts are read several times over (split, overlap, each claim): once is enough.
const CONTENT_WORDS = new Map<string, readonly ContentWord[]>()

function contentWords(phrase: string): readonly ContentWord[] {
  let words = CONTENT_WORDS.get(phrase)
  if (words === undefined) {
    if (CONTENT_WORDS.size >= 1_000) CONTENT_WORDS.clear()
    words = readContentWords(phrase)
    CONTENT_WORDS.set(phrase, words)
  }
  return words
}

function readContentWords(phrase: string): ContentWord[] {
  const words: ContentWord[] = []
  for (const word of headlineWords(phrase.replace(DATE_STAMP, ' '))) {
    for (const part of TALLY.test(word.lower) ? [word.lower] : word.lower.split('-')) {
      if (part === '' || STOP_WORDS.has(part) || STOP_WORDS.has(part.replace(/\.+$/, ''))) continue
      words.push({ text: part === word.lower ? word.text : part, key: keyOf(part) })
    }
  }
  return words
}

export function supportOf(
  headline: string,
  body: BodyIndex,
  entities: readonly Entity[],
  isPlace: (lower: string, entities: readonly Entity[]) => boolean = () => false,
): HeadlineSupport {
  const all = contentWords(headline)
  const unique = [...new Map(all.map((word) => [word.key, word])).values()]
  const found = unique.filter((word) => body.counts.has(word.key))
  const inLead = found.filter((word) => body.firstAt.get(word.key)! < LEAD_TOKENS)
  const overlap = unique.length === 0 ? 0 : found.length / unique.length
  const leadOverlap = unique.length === 0 ? 0 : inLead.length / unique.length
  // Only needed when a headline word is not in the body: built on first use.
  let keys: Set<string> | null = null
  const entityKeys = (): ReadonlySet<string> => {
    if (keys) return keys
    keys = new Set<string>()
    for (const entity of entities)
      for (const alias of [entity.name, ...entity.aliases])
        for (const part of alias.toLowerCase().split(/\s+/)) keys.add(keyOf(part))
    return keys
  }
  const parts = splitHeadline(headline)
  const claims = parts.map((part, index) =>
    index === 0 && parts.length > 1 && isLabel(part, headline)
      ? { text: part, supported: true, reason: 'a label before the colon, not a claim' }
      : checkClaim(part, body, entityKeys, (lower) => isPlace(lower, entities)),
  )
  return {
    claims,
    supported: claims.every((claim) => claim.supported),
    relation: relationOf(
      { overlap, leadOverlap, hedged: isHedged(headline, nameWords(entities)), denies: isDenial(headline) },
      body,
    ),
    overlap: Math.round(overlap * 1000) / 1000,
  }
}

/** Content words a label before a colon may have: "The Quiet Broker: …", "Analysis: …". */
const MAX_LABEL_WORDS = 3

/**
 * "The Quiet Broker: How a Mediator Keeps Swaps Alive": a short first part before a colon that reports
 * no outcome and no figure names the story; the claims come after it.
 */
function isLabel(part: string, headline: string): boolean {
  if (!headline.startsWith(`${part}:`) && !headline.startsWith(`${part} :`)) return false
  const words = contentWords(part)
  return words.length <= MAX_LABEL_WORDS && !/\d/.test(part) && !words.some((word) => CLAIM_KEYS.has(word.key))
}

// "Visit Ends Without Deal", "Talks End With No Agreement": the outcome is what follows "without".
const ENDS_WITHOUT = /\b(end|ends|ended|concludes?|concluded|closes?|closed)\s+(?:without|with\s+no)\b/i

function checkClaim(
  part: string,
  body: BodyIndex,
  entityKeys: () => ReadonlySet<string>,
  isPlace: (lower: string) => boolean,
): HeadlineClaim {
  const words = [...new Map(contentWords(part).map((word) => [word.key, word])).values()]
  // A headline word may name a body entity by another form ("Zelensky" for "Zelenskyy"), or say in one
  // word what the body says in another ("Collapse" for "broke down").
  const missing: ContentWord[] = []
  const reworded: string[] = []
  for (const word of words) {
    if (body.counts.has(word.key) || entityKeys().has(word.key) || hasWordFamily(word.key, body)) continue
    const synonym = synonymIn(word.key, body) ?? deniedOppositeIn(word.key, body)
    if (synonym === undefined) missing.push(word)
    else reworded.push(`"${word.text}" as "${synonym}"`)
  }
  const rewording = reworded.length > 0 ? ` (the body says ${reworded.join(', ')})` : ''
  // Headlines paraphrase their bodies: a missing word only counts against the claim when it asserts
  // an outcome (CLAIM_WORDS) or a figure, or when the body shares too few of the claim's words.
  const ending = ENDS_WITHOUT.exec(part)?.[1]
  const endingKey = ending === undefined ? undefined : keyOf(ending.toLowerCase())
  const critical = missing.filter(
    (word) =>
      (CLAIM_KEYS.has(word.key) && word.key !== endingKey) || /\d/.test(word.text) || isPlace(word.text.toLowerCase()),
  )
  const shared = words.length === 0 ? 1 : (words.length - missing.length) / words.length
  if (critical.length > 0 || shared < MIN_SHARED_WORDS) {
    const list = missing.map((word) => `"${word.text}"`).join(', ')
    return { text: part, supported: false, reason: `the body never says ${list}` }
  }
  // "Strikes Kill 14" over a body where 14 counts drones and three were killed: a toll must be a toll.
  const toll = tollWithoutFigure(part, words, body)
  if (toll !== null) {
    return { text: part, supported: false, reason: `the body never gives ${toll} as a number of dead` }
  }
  // "£80,000 Libel Damages" over a body where £80,000 is the legal costs: a figure must count the
  // same thing in the body as in the headline.
  const miscounted = figureCountingOther(part, body)
  if (miscounted !== null) {
    return { text: part, supported: false, reason: `the body never gives ${miscounted}` }
  }
  // "Front Agrees to Release Engineers" over a body where the front "has not signed the plan".
  const refused = deniedBySubject(words, body)
  if (refused !== null) return { text: part, supported: false, reason: `the body says "${refused}"` }
  // "Demands $70 Million" over a body that demands $45 million and puts $70 million on a year's losses.
  const otherAct = figureOfOtherAct(part, body)
  if (otherAct !== null) return { text: part, supported: false, reason: otherAct }
  // "Visit Ends Without Prisoner Swap Deal": a headline that says something did not happen is backed by
  // a body where it stays proposed or denied.
  const saysNotHappened = /\b(?:without|no|fails?|failed)\b/i.test(part)
  const hypothetical = saysNotHappened
    ? []
    : words.filter(
        (word) =>
          isOnlyHypothetical(word.key, body) ||
          (CLAIM_KEYS.has(word.key) &&
            (isOnlyNegated(word.key, body) ||
              // ("Urges Investors to Reject": the headline itself reports only an intention.)
              (!body.counts.has(word.key) &&
                !isIntended(part, word.text) &&
                isRewordingOnlyUnasserted(word.key, body)))),
      )
  if (hypothetical.length > 0) {
    const list = hypothetical.map((word) => `"${word.text}"`).join(', ')
    return {
      text: part,
      supported: false,
      reason: `the body mentions ${list} only as something potential, proposed, denied or absent`,
    }
  }
  // "Nations Agree to Triple Aid" over a lead that ends talks "without agreement": the story's own first
  // sentences deny the outcome the headline reports.
  const denial = saysNotHappened
    ? null
    : words.reduce<string | null>(
        (found, word) => found ?? (CLAIM_KEYS.has(word.key) ? deniedInLead(word.key, body) : null),
        null,
      )
  if (denial !== null) {
    return { text: part, supported: false, reason: `the body's lead says it did not happen: "${denial}"` }
  }
  const named = words.map((word) => word.text).join(', ')
  if (missing.length === 0)
    return {
      text: part,
      supported: true,
      reason: `the body has every key word${rewording ? ' or a word for it' : ''}: ${named}${rewording}`,
    }
  const paraphrased = missing.map((word) => `"${word.text}"`).join(', ')
  return {
    text: part,
    supported: true,
    reason: `the body has most key words and states the outcome; ${paraphrased} paraphrased or absent${rewording}`,
  }
}

/**
 * A headline figure and the words right after it ("£80,000 libel damages", "120 stores"): when the body
 * has the figure but none of its sentences with it holds any of those words, the figure counts
 * something else there. Returns "FIGURE as WORDS" for such a figure, else null.
 */
function figureCountingOther(part: string, body: BodyIndex): string | null {
  const sequence = contentWords(part)
  for (let i = 0; i + 1 < sequence.length; i++) {
    const figure = sequence[i]!
    if (!/^\d/.test(figure.key) || /^(19|20)\d\d$/.test(figure.key)) continue
    const places = body.at.get(figure.key)
    if (places === undefined) continue
    // Only the words that follow the figure directly in the headline name what it counts.
    const counted: ContentWord[] = []
    let rest = part.slice(part.indexOf(figure.text) + figure.text.length)
    for (const word of sequence.slice(i + 1, i + 3)) {
      // ("Vote 70% to Strike": what a share counts may follow its sign and a "to" or an "of".)
      const next = new RegExp(`^[\\s%-]+(?:(?:to|of|in)\\s+)?${escapeRegExp(word.text)}`, 'i').exec(rest)
      if (next === null) break
      counted.push(word)
      rest = rest.slice(next[0].length)
    }
    if (counted.length === 0) continue
    const sentences = new Set(places.map((index) => body.tokens[index]!.sentence))
    const backed = counted.some((word) =>
      withSynonyms(word.key).some((key) =>
        (body.at.get(key) ?? []).some((index) => sentences.has(body.tokens[index]!.sentence)),
      ),
    )
    if (!backed) return `${figure.text} as ${counted.map((word) => word.text).join(' ')}`
  }
  return null
}

/**
 * A headline figure right after its verb ("demands $70 million"): when no body sentence with the figure
 * has that verb (or a word for it), while a body sentence with the verb has another figure, the figure
 * belongs to something else. Returns the reason, else null.
 */
function figureOfOtherAct(part: string, body: BodyIndex): string | null {
  const sequence = contentWords(part)
  for (let i = 1; i < sequence.length; i++) {
    const figure = sequence[i]!
    const verb = sequence[i - 1]!
    if (!/^\d/.test(figure.key) || !AMOUNT_VERBS.has(verb.key) || /^(19|20)\d\d$/.test(figure.key)) continue
    // Only a verb that stands right before the figure, across a currency sign: "demands $70 million".
    const between = new RegExp(`${escapeRegExp(verb.text)}\\s+[$€£¥₹]?\\s?${escapeRegExp(figure.text)}`, 'i')
    if (!between.test(part)) continue
    const places = body.at.get(figure.key)
    const acts = withSynonyms(verb.key).flatMap((key) => body.at.get(key) ?? [])
    if (places === undefined || acts.length === 0) continue
    const figureSentences = new Set(places.map((index) => body.tokens[index]!.sentence))
    if (acts.some((index) => figureSentences.has(body.tokens[index]!.sentence))) continue
    const kind = figureKind(part, figure.text)
    for (const act of acts) {
      const other = otherFigureIn(body, act, figure.key, kind)
      if (other !== null) return `the body gives ${other} for "${verb.text}", and ${figure.text} for something else`
    }
  }
  return null
}

// Verbs that take an amount: what is demanded, offered, paid or won.
const AMOUNT_VERBS = new Set(
  'demand seek claim offer pay raise cut ask want spend pledge fine award win lose bid sell buy owe charge'
    .split(' ')
    .map((word) => keyOf(word)),
)

type FigureKind = 'sum' | 'share' | 'count'

/** Money, a share or a plain count, as the text writes the figure. */
function figureKind(text: string, figure: string): FigureKind {
  if (isSum(text, figure)) return 'sum'
  return new RegExp(`${escapeRegExp(figure)}\\s?(?:%|per\\s?cent|percent)`, 'i').test(text) ? 'share' : 'count'
}

/**
 * A figure of the same kind in the sentence of the body token `at`, other than `key` (years excepted), as
 * written, or null.
 */
function otherFigureIn(body: BodyIndex, at: number, key: string, kind: FigureKind): string | null {
  const { sentence } = body.tokens[at]!
  let first = at
  while (first > 0 && body.tokens[first - 1]!.sentence === sentence) first--
  for (let k = first; k < body.tokens.length && body.tokens[k]!.sentence === sentence; k++) {
    const token = body.tokens[k]!
    if (!isDigit(token.lower.charCodeAt(0))) continue
    const figure = keyOf(token.lower)
    if (figure === key || /^(19|20)\d\d$/.test(figure)) continue
    // ("$45 million": the sign and the scale the body writes around it.)
    const sign = /^[$€£¥₹]$/.test(body.tokens[token.index - 1]?.text ?? '') ? body.tokens[token.index - 1]!.text : ''
    const next = body.tokens[token.index + 1]?.lower ?? ''
    const share = /^(percent|%)$/.test(next) || (next === 'per' && body.tokens[token.index + 2]?.lower === 'cent')
    if ((kind === 'sum') !== (sign !== '') || (kind === 'share') !== share) continue
    const scale = /^(million|billion|trillion|percent|%)$/.test(next) ? ` ${body.tokens[token.index + 1]!.text}` : ''
    return `${sign}${token.text}${scale}`
  }
  return null
}

// What a side's outcome is denied by: "have not accepted" denies "agree", "has not signed" denies "signs".
const DENYING_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['agree', ['agree', 'accept', 'sign']],
    ['accept', ['accept', 'agree']],
    ['sign', ['sign', 'agree']],
    ['approve', ['approve', 'accept']],
  ].map(([word, denying]) => [keyOf(word as string), (denying as string[]).map((other) => keyOf(other))]),
)

/**
 * "The front has not signed the plan" for "Front Agrees …": a body sentence where the headline's
 * subject stands right before a denied word for its outcome. Returns those words, else null.
 */
function deniedBySubject(words: readonly ContentWord[], body: BodyIndex): string | null {
  const outcome = words.findIndex((word) => DENYING_WORDS.has(word.key))
  if (outcome < 1) return null
  const subject = new Set(words.slice(0, outcome).map((word) => word.key))
  const { tokens } = body
  for (const key of DENYING_WORDS.get(words[outcome]!.key)!) {
    for (const k of body.at.get(key) ?? []) {
      if (tokens[k]!.pos !== 'VERB' || !isNegatedAt(k, body)) continue
      // The subject within a few words before the denial, in the same sentence.
      for (let j = k - 1; j >= Math.max(0, k - 7) && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
        if (!subject.has(keyOf(tokens[j]!.lower))) continue
        return tokens
          .slice(j, k + 1)
          .map((token) => token.text)
          .join(' ')
      }
    }
  }
  return null
}

/** "Urges Investors to Reject", "Vows to Veto": the headline's word is an aim, not a reported act. */
const isIntended = (part: string, word: string): boolean =>
  new RegExp(`\\bto\\s+${escapeRegExp(word)}\\b`, 'i').test(part)

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A figure the headline writes as money: "€40", "$3 billion". */
const isSum = (part: string, figure: string): boolean => new RegExp(`[$€£¥₹]\\s?${escapeRegExp(figure)}\\b`).test(part)

const TOLL_KEYS = new Set(['kill', 'dead', 'die', 'death', 'live'].map((word) => keyOf(word)))

/**
 * A headline that puts a number on the dead ("Kill 14", "14 Dead") is backed only by a body sentence that
 * holds both that number and a word for death; returns the figure when no sentence does.
 */
function tollWithoutFigure(part: string, words: readonly ContentWord[], body: BodyIndex): string | null {
  const tolls = words.filter((word) => TOLL_KEYS.has(word.key))
  // ("We Cannot Live on $12 an Hour": a sum of money counts no dead.)
  const figures = words.filter((word) => /^\d/.test(word.key) && !isSum(part, word.text))
  if (tolls.length === 0 || figures.length === 0) return null
  const deathSentences = new Set<number>()
  for (const toll of tolls)
    for (const key of withSynonyms(toll.key))
      for (const index of body.at.get(key) ?? []) deathSentences.add(body.tokens[index]!.sentence)
  for (const figure of figures) {
    const backed = (body.at.get(figure.key) ?? []).some((index) => deathSentences.has(body.tokens[index]!.sentence))
    if (!backed) return figure.text
  }
  return null
}

/** True when every body occurrence of the word follows "potential", "proposed", "no", ... */
function isOnlyHypothetical(key: string, body: BodyIndex): boolean {
  const at = body.at.get(key)
  return at?.every((index) => isHypotheticalAt(index, body)) === true
}

/** True when the body word at `index` is weighed, intended, modal or qualified, not reported as done. */
function isHypotheticalAt(index: number, body: BodyIndex): boolean {
  // "had warned for weeks it might veto", "could veto": an intention or a possibility, not the act.
  const before = body.tokens[index - 1]?.lower ?? ''
  const act = body.tokens[index]!.pos === 'VERB'
  // "would consider lifting the sanctions", "warned that lifting them would …": a gerund that is weighed
  // or argued about is no act.
  if (body.tokens[index]!.lower.endsWith('ing') && GERUND_FRAMES.test(before)) return true
  if (act && MODAL_BEFORE.has(before)) return true
  // "intends to fine", "allows the regulator to fine", "plans for the agency to fine".
  if (act && before === 'to')
    for (let j = index - 2; j >= Math.max(0, index - 4); j--)
      if (INTENT_BEFORE_TO.test(body.tokens[j]!.lower)) return true
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const lower = body.tokens[j]!.lower
    if (HYPOTHETICAL_MODIFIERS.has(lower)) return true
    if (body.tokens[j]!.pos !== 'ADJ' && body.tokens[j]!.pos !== 'NOUN' && body.tokens[j]!.pos !== 'DET') return false
  }
  return false
}

/**
 * True when the body says what a headline outcome word says only in other words that are denied or
 * hypothetical: "approves" over "has not voted", "no vote was taken", "would back the plan".
 */
function isRewordingOnlyUnasserted(key: string, body: BodyIndex): boolean {
  const synonyms = SYNONYMS.get(key)?.filter((synonym) => body.at.has(synonym.key)) ?? []
  if (synonyms.length === 0) return false
  return synonyms.every((synonym) =>
    body.at.get(synonym.key)!.every((index) => {
      const token = body.tokens[index]!
      // ("put the question back", "on the back of": the word in another part of speech says nothing of it.)
      if (token.pos !== 'VERB' && token.pos !== 'NOUN') return true
      return isInsideName(body.tokens, index) || isNegatedAt(index, body) || isHypotheticalAt(index, body)
    }),
  )
}

const MODAL_BEFORE = new Set(['would', 'could', 'might', 'may'])
const GERUND_FRAMES =
  /^(consider|considers|considered|considering|weigh|weighs|weighed|weighing|discuss|discussed|discussing|about|that|against|oppose|opposed|opposes)$/
const INTENT_BEFORE_TO =
  /^(threaten(?:s|ed)?|vow(?:s|ed)?|plan(?:s|ned)?|want(?:s|ed)?|hope[sd]?|sought|seeks?|tr(?:y|ies|ied)|offer(?:s|ed)?|propose[sd]?|refuse[sd]?|decline[sd]?|intend(?:s|ed)?|allow(?:s|ed)?|expect(?:s|ed)?|ask(?:s|ed)?|urge[sd]?)$/

/** Share of a headline claim's content words the body must hold when some are paraphrased. */
const MIN_SHARED_WORDS = 0.5

const CLAIM_KEYS = new Set([...CLAIM_WORDS].map((word) => keyOf(word)))
const SYNONYMS = new Map(
  [...HEADLINE_SYNONYMS].map(([word, synonyms]) => [
    keyOf(word),
    synonyms.map((synonym) => ({ word: synonym, key: keyOf(synonym) })),
  ]),
)

/** A headline word's key and the keys of the body words that may stand for it. */
const withSynonyms = (key: string): string[] => [key, ...(SYNONYMS.get(key)?.map((synonym) => synonym.key) ?? [])]

// Stems this long are specific enough that a body word starting with one is of the same family.
const MIN_FAMILY_STEM = 6

/** "Withdrawal" over a body that says "withdrawn": a body word that starts with the headline word's stem. */
function hasWordFamily(key: string, body: BodyIndex): boolean {
  return key.length >= MIN_FAMILY_STEM && body.tokens.some((token) => token.lower.startsWith(key))
}

const OPPOSITES = new Map(
  [...NEGATED_OPPOSITES].map(([word, opposites]) => [keyOf(word), opposites.map((opposite) => keyOf(opposite))]),
)

/** "will not accept" for "Rejects": the denied opposite of a headline word, as the body writes it. */
function deniedOppositeIn(key: string, body: BodyIndex): string | undefined {
  for (const opposite of OPPOSITES.get(key) ?? []) {
    const at = body.at.get(opposite)?.find((index) => isNegatedAt(index, body) || hasNoSubject(index, body))
    if (at === undefined) continue
    let from = at - 1
    while (from > 0 && !NEGATORS.has(body.tokens[from]!.lower)) from--
    return body.tokens
      .slice(from, at + 1)
      .map((token) => token.text)
      .join(' ')
  }
  return undefined
}

/** "No new hotels will be approved": a verb whose subject opens with "no". */
function hasNoSubject(index: number, body: BodyIndex): boolean {
  const { tokens } = body
  let j = index - 1
  while (j >= 0 && /^(AUX|ADV|PART)$/.test(tokens[j]!.pos)) j--
  const head = j
  while (j >= 0 && head - j < 5 && /^(NOUN|ADJ|PROPN|NUM)$/.test(tokens[j]!.pos)) j--
  return j < head && tokens[j]?.lower === 'no'
}

/** The body word that says what a headline word says, when the body does not use the word itself. */
function synonymIn(key: string, body: BodyIndex): string | undefined {
  return SYNONYMS.get(key)?.find((synonym) => body.counts.has(synonym.key))?.word
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'refused', 'refuses', 'declined', 'declines'])

/** The lead: the sentences where a story says what happened. */
const DENIAL_LEAD_SENTENCES = 2
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '))
const LEAD_NEGATORS = new Set([...NEGATORS, 'failed', 'fail', 'fails', 'short'])

/**
 * The words that deny an outcome word (or one of its family: "agree" → "agreement") in the body's lead,
 * "without agreement", "failed to agree", "stopped short of banning"; null when the lead never does.
 */
function deniedInLead(key: string, body: BodyIndex): string | null {
  const { tokens } = body
  const family = key.length >= 4 ? key : null
  for (let k = 0; k < tokens.length && tokens[k]!.sentence < DENIAL_LEAD_SENTENCES; k++) {
    const token = tokens[k]!
    if (!(family !== null && token.lower.startsWith(family)) && keyOf(token.lower) !== key) continue
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      const before = tokens[j]!
      if (LEAD_NEGATORS.has(before.lower))
        return tokens
          .slice(j, k + 1)
          .map((word) => word.text)
          .join(' ')
      // ("without signing a truce", "stopped short on Tuesday of banning": a gerund or a day may stand between.)
      const between =
        /^(AUX|ADV|PART|DET|ADJ)$/.test(before.pos) ||
        /^(to|of|a|an|the|on)$/.test(before.lower) ||
        (before.pos === 'VERB' && before.lower.endsWith('ing')) ||
        WEEKDAYS.has(before.lower)
      if (!between) break
    }
  }
  return null
}

/** True when every body occurrence of an outcome word is denied: "Russia has not accepted …". */
function isOnlyNegated(key: string, body: BodyIndex): boolean {
  const at = body.at.get(key)
  if (at === undefined) return false
  // ("the United States", "Peace Corps": the word inside a name asserts nothing.)
  return at.every((k) => isInsideName(body.tokens, k) || isNegatedAt(k, body))
}

/** True when a negator stands right before the body word at `k`, across auxiliaries and modifiers. */
function isNegatedAt(k: number, body: BodyIndex): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const token = body.tokens[j]!
    if (NEGATORS.has(token.lower)) return true
    if (!/^(AUX|ADV|PART|DET|ADJ)$/.test(token.pos) && token.lower !== 'to') return false
  }
  return false
}

function isInsideName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!
  const sentenceStart = tokens[k - 1]?.sentence !== token.sentence
  return token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text) && !sentenceStart
}

/** A story's lead states what it is about: headline words found there count for more. */
const LEAD_TOKENS = 120

// Thresholds tuned on the whole FNC-1 dev half (see README, "Headline support"), never on one article.
export const RELATION_THRESHOLDS = {
  /**
   * Below this relatedness (0.4 × share of the headline's content words in the body + 0.6 × share in its
   * lead), the body is about something else.
   */
  related: 0.24,
  /** Refuting words per 100 body words from which the body disputes the headline (or one in its lead). */
  refuting: 0.6,
  /**
   * From this share of content words, with fewer hedges ("reportedly", "claims", "may") per 100 words
   * than `supportedHedging`, the body vouches for the headline rather than reporting it.
   */
  supportedOverlap: 0.5,
  supportedHedging: 1.0,
}

/** A headline that asks, or attributes or qualifies its claim ("Report: …", "X reportedly …", "X may …"). */
export function isHedged(headline: string, names: ReadonlySet<string> = new Set()): boolean {
  // "Harriet May Resigns": a word that names someone in the body is no modal.
  return (
    headline.includes('?') ||
    headlineWords(headline).some((word) => HEADLINE_HEDGES.has(word.lower) && !names.has(word.lower))
  )
}

/** Every word of the people's names in the body, lower-cased. */
function nameWords(entities: readonly Entity[]): Set<string> {
  const words = new Set<string>()
  for (const entity of entities)
    if (entity.type === 'person') for (const word of entity.name.toLowerCase().split(/\s+/)) words.add(word)
  return words
}

/** A headline that itself denies or debunks: "X is not …", "… hoax", "X didn't …". */
export function isDenial(headline: string): boolean {
  return headlineWords(headline).some(
    ({ lower }) =>
      REFUTING_WORDS.has(lower) || HEADLINE_NEGATIONS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t'),
  )
}

const HEADLINE_NEGATIONS = new Set(['not', 'no', 'never'])

interface RelationSignals {
  readonly overlap: number
  readonly leadOverlap: number
  /** The headline asks or attributes its claim (`isHedged`). */
  readonly hedged?: boolean
  /** The headline denies or debunks (`isDenial`). */
  readonly denies?: boolean
}

/** What the body does with the headline: backs it, disputes it, reports it, or is about something else. */
export function relationOf(
  { overlap, leadOverlap, hedged = false, denies = false }: RelationSignals,
  body: BodyIndex,
): HeadlineRelation {
  const t = RELATION_THRESHOLDS
  if (0.4 * overlap + 0.6 * leadOverlap < t.related) return 'unrelated'
  // A body can neither back nor refute a claim the headline itself only reports: it discusses it.
  if (hedged) return 'discussed'
  const per100 = (count: number) => (body.words === 0 ? 0 : (100 * count) / body.words)
  // A body that debunks agrees with a headline that debunks too ("… is a hoax").
  if (per100(body.refuting) >= t.refuting || body.leadRefuting > 0) return denies ? 'supported' : 'contradicted'
  // The main claim only: a headline part without support still makes `supported` false.
  if (overlap >= t.supportedOverlap && per100(body.hedging) < t.supportedHedging) return 'supported'
  return 'discussed'
}

// ---------------------------------------------------------------------------------------------
// The body's intensifiers: "an unprecedented attack" with no figure in its sentence is an opinion.

function findOverstatements(text: string, language: Language, claims: readonly Claim[]): Overstatement[] {
  const found: Overstatement[] = []
  for (const token of language.tokens) {
    if (!INTENSIFIERS.has(token.lower)) continue
    const sentence = language.sentences[token.sentence]!
    // Inside quotation marks the words are a speaker's, not the reporter's.
    if (isQuoted(text, sentence.start, token.start)) continue
    const backed = claims.some((claim) => claim.start <= token.start && token.end <= claim.end)
    if (backed) continue
    found.push({
      text: token.text,
      start: token.start,
      end: token.end,
      reason: `"${token.text}" is not backed by a figure in its sentence`,
    })
  }
  return found
}

function isQuoted(text: string, from: number, at: number): boolean {
  let open = false
  for (let i = from; i < at; i++) {
    const char = text[i]
    if (char === '“') open = true
    else if (char === '”') open = false
    else if (char === '"') open = !open
  }
  return open
}
