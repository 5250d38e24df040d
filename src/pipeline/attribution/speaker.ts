import type { Entity, Reference } from '../../core/facts.js'
import type { Span } from '../../core/span.js'
import type { Token } from '../layers.js'
import { MADE_DOCUMENTS, speechLemma } from '../lexicon/speech-verbs.js'
import { BUSINESS_HEADS, MONTHS_AS_NAMES, PERSON_TITLES, PUBLIC_BODY_WORDS } from '../stages/entities/lexicon.js'

/** Who a quote is attributed to, once the words naming the speaker are found. */
export interface Speaker {
  readonly entity: string | null
  readonly name: string | null
  readonly span: Span
  readonly anonymous: boolean
  /**
   * The speaker as this attribution writes it, title, party tag and apposition included ("Sen. Jane
   * Doe (R-Ga.)", "Jane Doe, a historian who attended the session", "the mayor"); null when the words
   * are a pronoun, which tells a reader nothing.
   */
  readonly source: (Span & { readonly text: string }) | null
}

/** Token range [first, end) of the words that name a speaker. */
export interface Phrase {
  readonly first: number
  readonly end: number
  /** End of the whole source phrase, past the name's party tag or apposition; `end` when there is none. */
  readonly sourceEnd?: number
}

// Words a reporter uses for a source without naming it.
const UNNAMED_HEADS =
  /^(sources?|officials?|diplomats?|delegates?|mediators?|aides?|persons?|people|insiders?|spokes(?:man|woman|person|men|women)|officers?|analysts?|experts?|observers?|members?|lawmakers?|advisers?|advisors?|residents?|witnesses|witness|employees?|staff(?:ers)?|negotiators?|authorities|police|investigators?|prosecutors?|critics?|supporters?|opponents?|activists?|officials?|source|leaders?|executives?|representatives?|someone|insider|participants?|colleagues?|allies|friends?|relatives?|doctors?|scientists?|researchers?|economists?|survey|poll|report|study|statement|data|document|documents|analysis|letter|memo|filing|ruling|indictment|complaint|lawsuit|assessment|estimates?|figures|records|polls|surveys|reports|studies)$/

const SPOKESPERSONS = /^spokes(?:man|woman|person)$/

const NEAR_SOURCE =
  /^(?:(?:a|an|one|two|three|four|several|some|other)\s+)?(?:[\w-]+\s+)?(?:person|people|source|sources|official|officials|insider|insiders)\s+(?:close|familiar|briefed|involved)\s+(?:to|with|on|in)\b/i

/**
 * "a department spokeswoman", "a ministry spokesman", "a company spokesperson": the nearest body named
 * before the phrase whose name has that word (any business for "company").
 */
function spokespersonsBody(tokens: readonly Token[], phrase: Phrase, entities: readonly Entity[]): Entity | undefined {
  const head = tokens[phrase.end - 1]!
  const kind = tokens[phrase.end - 2]
  if (!SPOKESPERSONS.test(head.lower) || kind === undefined || kind.pos === 'PROPN') return undefined
  const before = tokens[phrase.first]!.start
  let best: { entity: Entity; start: number } | undefined
  for (const entity of entities) {
    if (entity.type !== 'organization') continue
    const words = entity.name.toLowerCase().split(/\s+/)
    // ("a group spokesman": a corporate group, not a public body.)
    const businessWord = BUSINESS_HEADS.has(kind.lower) || kind.lower === 'group'
    const business = businessWord && !words.some((word) => PUBLIC_BODY_WORDS.has(word))
    if (!words.includes(kind.lower) && !business) continue
    for (const mention of entity.mentions)
      if (mention.end <= before && (!best || mention.start > best.start)) best = { entity, start: mention.start }
  }
  return best?.entity
}

const SPEAKING_FOR = /^(office|spokesman|spokeswoman|spokesperson|campaign|press office)$/

function principalOf(
  tokens: readonly Token[],
  phrase: Phrase,
  entities: readonly Entity[],
  references: readonly Reference[],
): Entity | undefined {
  if (!SPEAKING_FOR.test(tokens[phrase.end - 1]!.lower)) return undefined
  // "Vos's office said", "the president's spokesman said": the person named before "'s".
  if (phrase.end - phrase.first >= 3 && /^['’]s?$/.test(tokens[phrase.end - 2]!.text)) {
    const ownerEnd = tokens[phrase.end - 3]!.end
    return entities.find(
      (entity) => entity.type === 'person' && entity.mentions.some((mention) => mention.end === ownerEnd),
    )
  }
  if (phrase.end - phrase.first > 2) return undefined
  // (The subject reader may leave the possessive out of the phrase.)
  const pronoun = phrase.end - phrase.first === 2 ? tokens[phrase.first]! : tokens[phrase.first - 1]
  if (!pronoun || !/^(his|her)$/.test(pronoun.lower)) return undefined
  const reference = references.find((r) => r.start === pronoun.start)
  return reference ? entities.find((entity) => entity.id === reference.entity && entity.type === 'person') : undefined
}

/**
 * The maker of a document that heads the phrase: the possessor before it ("the council's own survey")
 * or the name after "by"/"from" ("a report by the Harlan Institute", "a poll commissioned by X").
 */
function documentOwner(
  tokens: readonly Token[],
  phrase: Phrase,
  entities: readonly Entity[],
  references: readonly Reference[],
): Entity | undefined {
  let doc = -1
  for (let k = phrase.first; k < phrase.end && k < phrase.first + 5; k++) {
    if (MADE_DOCUMENTS.has(tokens[k]!.lower)) {
      doc = k
      break
    }
  }
  if (doc < 0) return undefined
  // "the statement said" after "X said in a statement": the references stage knows whose document it is.
  const made = references.find(
    (reference) => reference.onBehalf && reference.start <= tokens[doc]!.start && reference.end >= tokens[doc]!.end,
  )
  if (made) return entities.find((entity) => entity.id === made.entity)
  const entityAt = (start: number, end: number): Entity | undefined => {
    for (const entity of entities)
      if (entity.mentions.some((mention) => mention.start >= start && mention.end <= end)) return entity
    const reference = references.find((r) => r.start >= start && r.end <= end)
    return reference ? entities.find((entity) => entity.id === reference.entity) : undefined
  }
  // "the council's (own) survey": the possessor, right before "'s".
  let p = doc - 1
  while (p > phrase.first && (tokens[p]!.pos === 'ADJ' || /^(own|new|latest|annual|internal)$/.test(tokens[p]!.lower)))
    p--
  if (/^['’]s?$/.test(tokens[p]?.text ?? '') && p > phrase.first) {
    const found = entityAt(tokens[phrase.first]!.start, tokens[p - 1]!.end)
    if (found && found.type !== 'location') return found
  }
  // "a report by X", "a poll commissioned by X", "a study from X": the name after the preposition.
  for (let k = doc + 1; k < phrase.end && k <= doc + 3; k++) {
    if (!/^(by|from)$/.test(tokens[k]!.lower)) continue
    let j = k + 1
    while (j < phrase.end && !/^(for|of|on|in|with|,)$/.test(tokens[j]!.lower)) j++
    const found = entityAt(tokens[k + 1]?.start ?? Number.MAX_SAFE_INTEGER, tokens[j - 1]?.end ?? 0)
    if (found) return found
  }
  // "figures her office released", "data the ministry published": the maker is the subject of the
  // relative clause without "that" (an office speaks for the person "her" refers to).
  const maker = { first: doc + 1, end: phrase.end }
  if (maker.end - maker.first >= 1 && maker.end - maker.first <= 3 && /^(DET|PRON)$/.test(tokens[doc + 1]?.pos ?? ''))
    return (
      principalOf(tokens, maker, entities, references) ??
      entityAt(tokens[maker.first]!.start, tokens[maker.end - 1]!.end)
    )
  return undefined
}

/** "Nurses at Dunmore Health", "workers of the port": people who work at a body, not the body. */
export const isWorkforce = (tokens: readonly Token[], phrase: Phrase): boolean =>
  WORKFORCE.test(tokens[phrase.first]!.lower) && /^(at|of|from)$/.test(tokens[phrase.first + 1]?.lower ?? '')
const WORKFORCE =
  /^(nurses|workers|teachers|drivers|pilots|doctors|staff|employees|dockers|dockworkers|miners|engineers|crews|cleaners|porters|controllers|journalists|players)$/

/** Words a relative clause between a subject and its speech verb may run to. */
const MAX_RELATIVE_CLAUSE = 10

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who'])

// Adverbs and auxiliaries that may stand between a subject and its speech verb.
const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also',
  // "Moscow would only accept": "only" narrows the verb, the subject stands before it.
  'only',
  // "China has long resisted".
  'long',
  // "Germany has so far refused", "Kyiv has thus far rejected", "Moscow has now accepted".
  'so',
  'thus',
  'far',
  'always',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'might',
  'may',
  'should',
  'later',
  'then',
  'previously',
  'repeatedly',
  'once',
  'again',
  'publicly',
  'privately',
  'recently',
  'reportedly',
  'separately',
  'earlier',
  'often',
  'has',
  'is',
  'was',
  'were',
  'are',
  'been',
  'be',
  'not',
  'never',
  'already',
  'still',
  'just',
  'further',
  'even',
  'quickly',
  'flatly',
  'firmly',
  'strongly',
  'clearly',
  'openly',
  'explicitly',
  'directly',
  'last',
  'first',
  'initially',
  'subsequently',
  'meanwhile',
  'similarly',
  'bluntly',
  'simply',
  'angrily',
  'sharply',
  'frequently',
  'now',
  'increasingly',
  // "has long said", "have long argued"
  'long',
  // "Vos however said", "Berg too said", "the minister instead said".
  'however',
  'too',
  'instead',
  'nonetheless',
  'nevertheless',
  'likewise',
])
// "continues to deny", "went on to say", "declined to say": a verb and "to" before the cue.
const NAME_PARTICLE = /^(al|el|bin|ibn|de|van|von|der|den|da|di|du|le|la|dos|das)$/

const BEFORE_TO = new Set([
  'continue',
  'continues',
  'continued',
  'went',
  'goes',
  'go',
  'want',
  'wants',
  'wanted',
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'refused',
  'refuses',
  'declined',
  'declines',
  'decline',
  'used',
  'tried',
  'tries',
  'began',
  'begins',
  'rushed',
  'sought',
  'hastened',
  'moved',
  // "Berg is due to visit", "the envoys are scheduled to meet", "Kyiv agreed to send".
  'due',
  'scheduled',
  'expected',
  'agreed',
])

const TIME_WORDS =
  /^(this|last|next|late|early|earlier|later|mid|today|yesterday|tonight|week|weeks|weekend|month|months|year|years|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.)$/

/** "Monday", "March", "week", "last", "tonight": a word that says when. */
export const isTimeWord = (lower: string): boolean => TIME_WORDS.test(lower)

/** Prepositions that open a time between a subject and its verb ("on Tuesday", "in March", "late on Friday"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'over', 'since', 'by', 'for'])

/** "USA Today", "Good Morning America": a capitalized time word right after a name belongs to the name. */
function isNamedTimeWord(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!
  return (
    /^(today|tonight|morning|week|weekend)$/.test(token.lower) &&
    /^[A-Z]/.test(token.text) &&
    tokens[j - 1]?.pos === 'PROPN'
  )
}

/** "Harriet May said": a capitalized month right after a name is the surname, not a time. */
function isNamedMonth(tokens: readonly Token[], j: number): boolean {
  const previous = tokens[j - 1]
  const token = tokens[j]!
  return (
    MONTHS_AS_NAMES.has(token.lower) &&
    /^[A-Z]/.test(token.text) &&
    previous?.pos === 'PROPN' &&
    /^[A-Z]/.test(previous.text)
  )
}

const NOUN_PHRASE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON'])
const INSIDE_PHRASE = new Set([
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'on',
  'close',
  'to',
  'familiar',
  'and',
  '&',
  'by',
])

/**
 * The tag of token `k`, read as a name when the tagger calls a capitalized word inside a sentence a
 * verb ("…,” Lynch said): a speech verb is never capitalized after the sentence's first word.
 */
function tagOf(tokens: readonly Token[], k: number): string {
  const token = tokens[k]!
  // "the general said", "an official said": a word after a determiner and before a speech verb is the
  // speaker, whatever the tagger read in it.
  if (token.pos === 'ADJ' && tokens[k - 1]?.pos === 'DET' && speechLemma(tokens[k + 1]?.lower ?? '') !== undefined)
    return 'NOUN'
  // "the Kellby-based company said", "the self-described socialist said": a participle joined by a hyphen
  // to the word before is part of a compound adjective.
  if (token.pos === 'VERB' && tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === token.start) return 'ADJ'
  // ("the collective would support": so is one before a modal or an auxiliary.)
  if (token.pos === 'ADJ' && tokens[k - 1]?.lower === 'the' && tokens[k + 1]?.pos === 'AUX') return 'NOUN'
  if (token.pos !== 'VERB' || !/^[A-Z][a-z]/.test(token.text)) return token.pos
  // "Lynch said …": two verbs in a row, the first capitalized, are a name and its verb.
  if (speechLemma(tokens[k + 1]?.lower ?? '') !== undefined && tokens[k + 1]!.pos === 'VERB') return 'PROPN'
  const previous = tokens[k - 1]
  if (!previous || previous.sentence !== token.sentence) return token.pos
  if (previous.pos === 'PROPN') return 'PROPN'
  // "press secretary Josh Brandt said": a capitalized "verb" before a name is a first name.
  const next = tokens[k + 1]
  if (next?.pos === 'PROPN' && next.sentence === token.sentence && /^[A-Z]/.test(next.text)) return 'PROPN'
  // After a closing quote mark and its comma comes the speaker's name: `"…," Lynch said`.
  const closing =
    /^[”’]$/.test(previous.text) || (/^["']$/.test(previous.text) && /^[,?!]$/.test(tokens[k - 2]?.text ?? ''))
  return closing ? 'PROPN' : token.pos
}

/** "his", "their": a pronoun that owns the noun after it. */
export const POSSESSIVE_PRONOUNS = /^(my|your|his|her|its|our|their)$/

const isPossessive = (token: Token | undefined): boolean => token !== undefined && /^['’]s?$/.test(token.text)

/**
 * The subject of the speech verb at `cue`, read leftwards: "Ukraine's air force reported",
 * "X, the foreign minister, said", "Moscow continues to deny". Stops at `floor`.
 */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number): Phrase | null {
  // "the U.S.-backed proposal": a verb joined by a hyphen to the word before is a modifier, with no subject.
  const joined = tokens[cue - 1]
  if (joined?.text === '-' && joined.end === tokens[cue]!.start) return null
  // "A person who was briefed on the call said", "two delegates who attended said": a relative clause
  // without commas stands between the subject and its verb.
  for (let w = cue - 1; w > floor && cue - w <= MAX_RELATIVE_CLAUSE; w--) {
    const word = tokens[w]!
    if (/^[,;:.!?"“”()—–-]$/.test(word.text)) break
    if (word.lower !== 'who' || !/^(NOUN|PROPN)$/.test(tokens[w - 1]!.pos)) continue
    if (tokens.slice(w + 1, cue).some((token) => token.pos === 'VERB')) cue = w
    break
  }
  let j = cue - 1
  let skipped = 0
  let time = false
  let described = 0
  let timeEnd = 0
  while (j >= floor && skipped < 6) {
    const token = tokens[j]!
    // "the state incorrectly stated": any manner adverb in -ly may stand there too.
    const manner = token.pos === 'ADV' && /^[a-z]+ly$/.test(token.text)
    if (isNamedMonth(tokens, j)) break
    // 'it would "firmly oppose"': the reporter's quotation may open between the subject and the verb.
    // (Only after a modal or auxiliary: 'the evidence "supports what we heard"' quotes the whole predicate.)
    const opening =
      (token.text === '“' || (token.text === '"' && tokens[j + 1]?.start === token.end)) && tokens[j - 1]?.pos === 'AUX'
    if (BETWEEN_SUBJECT_AND_CUE.has(token.lower) || token.pos === 'AUX' || manner || opening) {
      j--
      skipped++
    } else if (token.lower === 'to' && j - 1 >= floor && BEFORE_TO.has(tokens[j - 1]!.lower)) {
      j -= 2
      skipped += 2
    } else if (TIME_WORDS.test(token.lower) && !isNamedTimeWord(tokens, j)) {
      // "Wells Fargo just this month announced": a time is no subject.
      if (!time) timeEnd = j + 1
      time = true
      j--
      skipped++
    } else if (time && token.pos === 'ADP' && tokens[j - 1]?.pos === 'VERB' && j - 1 > floor) {
      // "A poll released in late August found": step over the participle too.
      j -= 2
      skipped += 2
    } else if (
      time &&
      token.pos === 'VERB' &&
      /(ed|en|wn)$/.test(token.lower) &&
      j - 1 > floor &&
      /^(NOUN|PROPN)$/.test(tokens[j - 1]!.pos)
    ) {
      // "A poll released Friday shows": a participle right before the time describes the noun (and stays
      // in the source phrase).
      described = timeEnd
      j--
      skipped++
    } else if (time && TIME_PREPOSITIONS.has(token.lower)) {
      // "Senator Ruiz on Tuesday said": the preposition belongs to the time.
      j--
      skipped++
    } else if (!time && token.pos === 'NUM' && TIME_WORDS.test(tokens[j - 1]?.lower ?? '')) {
      // "on Sept. 12 said": the day's number goes with its month.
      j--
      skipped++
    } else break
  }
  if (j < floor) return null
  // "X, in particular, said": skip a short aside that is no apposition.
  if (tokens[j]!.text === ',') {
    const aside = asideStart(tokens, j, floor)
    if (aside !== null) j = aside - 1
    if (j < floor) return null
  }
  // The source phrase runs to here: past an apposition or party tag, short of the comma or dash.
  let sourceEnd = tokens[j]!.text === ',' || DASHES.has(tokens[j]!.text) ? j : j + 1
  // "X, the foreign minister, said" / "X, who led the talks, said": skip the apposition to its name.
  if (tokens[j]!.text === ',') {
    const apposition = appositionStart(tokens, j, floor)
    if (apposition === null) return null
    // "The U.S. ambassador in Manila, MaryKay Carlson, wrote": when the apposition is the name, it speaks.
    // ("A rival body, the Hill Shepherds' Circle, said": a body's name keeps its "the" and apostrophe.)
    const nameStart = tokens[apposition + 1]?.lower === 'the' && apposition + 2 < j ? apposition + 2 : apposition + 1
    const name = tokens.slice(nameStart, j)
    // ("Dover, Del., said": a state after its town is no name.)
    const state = name.length === 1 && STATE_ABBREVIATION.test(name[0]!.text) && tokens[apposition - 1]?.pos === 'PROPN'
    if (
      !state &&
      name.length > 0 &&
      name.length <= 5 &&
      // ("Omar al-Rashid", "Anna de Vries": a name's particles and hyphens are part of it.)
      name.every((token) => token.pos === 'PROPN' || /^[.'’-]$/.test(token.text) || NAME_PARTICLE.test(token.text))
    ) {
      return { first: nameStart, end: j }
    }
    // "X, speaking to reporters, said": a participle clause tells what X did, not who X is.
    if (tokens[apposition + 1]?.pos === 'VERB') sourceEnd = apposition
    j = apposition - 1
    if (j < floor) return null
    // "Ana Ruiz, the league's envoy, who brokered the deal, said": a relative clause after a title's
    // apposition; the name before both speaks.
    const outer = /^(who|which)$/.test(tokens[apposition + 1]?.lower ?? '')
      ? outerApposition(tokens, apposition, floor)
      : null
    if (outer !== null) {
      j = outer
      sourceEnd = outer + 1
    }
  } else if (DASHES.has(tokens[j]!.text)) {
    // "X -- co-editor of a book on debates -- said"
    const opening = previousDash(tokens, j, floor)
    if (opening === null) return null
    // "Berg—while condemning the attack—said": an aside about what the speaker did is not who they are.
    const aside = tokens[opening + 1]
    if (
      aside &&
      (aside.pos === 'VERB' || aside.pos === 'SCONJ' || /^(while|after|before|when|as|despite)$/.test(aside.lower))
    )
      sourceEnd = opening
    j = opening - 1
    if (j < floor) return null
    // "Tom Berg, the head of Tallis Media -- the firm that owns the station -- told": a comma apposition
    // before the dashed one; the name before both speaks.
    const before = appositionStart(tokens, opening, floor)
    if (
      before !== null &&
      /^(the|a|an|his|her|its|their)$/.test(tokens[before + 1]?.lower ?? '') &&
      before - 1 >= floor
    )
      j = before - 1
  }
  // "Lena Holt, 59, of Dover, Del., who watched …, said": an age and a home town set off by commas
  // stand between the name and the verb too.
  j = beforeAgeAndHome(tokens, j, floor)
  if (j < floor) return null
  // "Rep. Jane Doe (D-Ohio) said", "Jane Doe (D-Ohio), the panel's chair, said"
  if (tokens[j]!.text === ')') {
    let k = j - 1
    while (k >= floor && j - k <= 8 && tokens[k]!.text !== '(') k--
    if (k < floor || tokens[k]!.text !== '(') return null
    j = k - 1
    if (j < floor) return null
  }
  // "a proposed exchange": a cue right after a determiner is a modifier, with no subject.
  // The phrase must end in its head: not "supporters at a rally to", not "the review and".
  // "those polled say", "those asked said": the people asked.
  if (
    tokens[j - 1]?.lower === 'those' &&
    j - 1 >= floor &&
    /^(surveyed|polled|asked|questioned|interviewed)$/.test(tokens[j]!.lower)
  )
    return { first: j - 1, end: j + 1, sourceEnd: Math.max(j + 1, sourceEnd, described) }
  if (/^(DET|ADP|PART|CCONJ|SCONJ)$/.test(tokens[j]!.pos) && tokens[j]!.lower !== 'each') return null
  const end = j + 1
  let first = end
  for (let k = j; k >= floor; k--) {
    const token = tokens[k]!
    // "files from his shipping ledger": a possessive inside a phrase after "of"/"from" belongs to it.
    if (token.pos === 'PRON' && first < end && POSSESSIVE_PRONOUNS.test(token.lower)) {
      const joiner = tokens[k - 1]?.lower ?? ''
      if (k - 1 >= floor && (INSIDE_PHRASE.has(joiner) || joiner === 'from')) {
        first = k
        continue
      }
    }
    if (token.pos === 'PRON') {
      // A pronoun is a whole subject ("he said"), but never in the middle of a longer phrase.
      if (first === end && PRONOUN_SUBJECTS.has(token.lower)) first = k
      break
    }
    if (
      NOUN_PHRASE_TAGS.has(tagOf(tokens, k)) ||
      isPossessive(token) ||
      token.text === '-' ||
      token.text === '.' ||
      (token.text === '%' && tokens[k - 1]?.pos === 'NUM')
    ) {
      first = k
      continue
    }
    if (
      INSIDE_PHRASE.has(token.lower) &&
      k > floor &&
      (NOUN_PHRASE_TAGS.has(tokens[k - 1]!.pos) || tokens[k - 1]!.pos === 'VERB')
    ) {
      // "a spokesman for the ministry", "sources familiar with the talks", "people close to him"
      // ("a report published on Wednesday by X": a participle after a noun describes the noun.)
      if (
        tokens[k - 1]!.pos === 'VERB' &&
        tokens[k - 1]!.lower !== 'familiar' &&
        !isDescribingParticiple(tokens, k - 1)
      )
        break
      first = k
      continue
    }
    if (isDescribingParticiple(tokens, k) && first < end) {
      first = k
      continue
    }
    if (token.lower === 'familiar' || token.lower === 'close') {
      first = k
      continue
    }
    break
  }
  // Drop leading joiners left by the scan ("of the ministry" is no subject).
  // ("it's Russia attacking": a phrase never opens with the "'s" of the word before it.)
  while (
    first < end &&
    (INSIDE_PHRASE.has(tokens[first]!.lower) || tokens[first]!.text === '-' || /^['’]s$/.test(tokens[first]!.text))
  )
    first++
  if (first >= end) return null
  if (!hasHead(tokens, first, end)) return null
  return { first, end, sourceEnd: Math.max(end, sourceEnd, described) }
}

/**
 * The antecedent of a relative clause whose verb is the cue: "X, who in 2010 said …" → X; "the
 * voters, many of whom say …" → the voters. Returns the phrase and the index of the relative word.
 */
export function relativeSubject(
  tokens: readonly Token[],
  cue: number,
  floor: number,
): { phrase: Phrase; relative: number } | null {
  let j = cue - 1
  let auxiliary = false
  while (j > floor && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) {
    if (tokens[j]!.pos === 'AUX') auxiliary = true
    j--
  }
  // "who in 2010 said", "who on Sunday said": a short time phrase.
  if (j - 1 > floor && /^(NUM|PROPN)$/.test(tokens[j]!.pos) && /^(in|on)$/.test(tokens[j - 1]!.lower)) j -= 2
  let relative = -1
  // ("Linnet, which says it has 3.8 million users": a body is "which", not "who". "The line, which is
  // expected to draw crowds," is a passive about the thing, which says nothing.)
  if (tokens[j]?.lower === 'who' || (tokens[j]?.lower === 'which' && !auxiliary)) relative = j
  else if (tokens[j]?.lower === 'whom' && tokens[j - 1]?.lower === 'of' && QUANTIFIERS.test(tokens[j - 2]?.lower ?? ''))
    relative = j - 2
  if (relative - 1 <= floor || tokens[relative - 1]!.text !== ',') return null
  // "the Tarvik Liner Association, a trade body for ferries, which said": the name before the apposition.
  const named = outerApposition(tokens, relative - 1, floor)
  const phrase = subjectBefore(tokens, named === null ? relative - 1 : named + 1, floor)
  return phrase ? { phrase, relative } : null
}
const QUANTIFIERS = /^(many|some|most|all|several|few|both|none|one|two|each)$/

/** "published", "released", "conducted" right after a noun ("a report published …"): part of the noun phrase. */
function isDescribingParticiple(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!
  return token.pos === 'VERB' && /ed$/.test(token.lower) && tokens[k - 1]?.pos === 'NOUN'
}

/** "Md.", "Calif.": a state written short after its town. */
const STATE_ABBREVIATION = /^[A-Z][a-z]{0,4}\.$/

/** Steps back over ", Del.", ", of Dover" and ", 59" that end at `j`; returns the index before them. */
function beforeAgeAndHome(tokens: readonly Token[], j: number, floor: number): number {
  let k = j
  for (;;) {
    const token = tokens[k]
    if (!token || k - 2 < floor) return k
    // ", Md.", ", Calif.": a state after its town.
    if (
      token.pos === 'PROPN' &&
      STATE_ABBREVIATION.test(token.text) &&
      tokens[k - 1]!.text === ',' &&
      tokens[k - 2]!.pos === 'PROPN'
    ) {
      k -= 2
      continue
    }
    // ", of Dover", ", from Leeds"
    if (
      token.pos === 'PROPN' &&
      /^(of|from)$/.test(tokens[k - 1]!.lower) &&
      tokens[k - 2]!.text === ',' &&
      k - 3 >= floor
    ) {
      k -= 3
      continue
    }
    // ", 59"
    if (
      token.pos === 'NUM' &&
      /^\d{1,3}$/.test(token.text) &&
      tokens[k - 1]!.text === ',' &&
      tokens[k - 2]!.pos === 'PROPN'
    ) {
      k -= 2
      continue
    }
    return k
  }
}

/** The subject after an inverted cue: `"…," said X`, `according to X`. */
export function subjectAfter(tokens: readonly Token[], from: number, limit: number, afterTo = false): Phrase | null {
  let end = from
  while (end < limit) {
    const token = tokens[end]!
    // "according to police": after "to" the tagger reads the noun as a verb ("police", "exit polls").
    if (afterTo && end === from && token.pos === 'VERB' && !token.lower.endsWith('ing')) {
      end++
      continue
    }
    if (token.pos === 'PRON' && end === from) {
      end++
      break
    }
    // "the state-funded Housing Institute": a hyphen joins the word after it, whatever its tag.
    if (token.text === '-' && end > from && tokens[end + 1]?.start === token.end) {
      end += 2
      continue
    }
    if (
      NOUN_PHRASE_TAGS.has(token.pos) ||
      isPossessive(token) ||
      token.text === '-' ||
      (token.text === '.' && end > from)
    ) {
      end++
      continue
    }
    // "said Jane Doe at a rally in Porto": after a name, a place or time adjunct is no part of the subject.
    const afterName = tokens[end - 1]!.pos === 'PROPN' && !/^(of|for|and|&)$/.test(token.lower)
    if (
      INSIDE_PHRASE.has(token.lower) &&
      !afterName &&
      end > from &&
      end + 1 < limit &&
      NOUN_PHRASE_TAGS.has(tokens[end + 1]!.pos)
    ) {
      end++
      continue
    }
    break
  }
  // "said the prime minister.": a full stop that ends the sentence is no part of the phrase
  // (one inside a name, "the Rev. Anna Lind", is followed by more of it).
  while (end > from + 1 && tokens[end - 1]!.text === '.' && tokens[end - 1]!.start !== tokens[end - 2]!.end) end--
  if (end > from + 1 && tokens[end - 1]!.text === '.' && !/^\p{Lu}/u.test(tokens[end]?.text ?? '')) {
    if (!TITLE_ABBREVIATION_WORD.test(tokens[end - 2]!.text)) end--
  }
  if (end === from || (!hasHead(tokens, from, end) && !afterTo)) return null
  return { first: from, end, sourceEnd: sourceAfter(tokens, end, limit) }
}

/** "Jr", "Sr", "Inc", "Co": a short word whose full stop belongs to it even at a sentence end. */
const TITLE_ABBREVIATION_WORD = /^(Jr|Sr|Inc|Co|Corp|Ltd|St)$/

// Words that open an apposition after a name: "said Jane Doe, a historian who ...".
const APPOSITION_OPENERS = /^(the|a|an|who|whose|his|her|their|its|one|then|now|former|chief|senior|head)$/
const MAX_APPOSITION_TOKENS = 30
const MAX_RELATIVE_APPOSITION = 40
const MAX_NAMED_APPOSITION_TOKENS = 12

/**
 * Where the source phrase after an inverted cue ends: past a party tag ("said Jane Doe (D-Ohio)") and
 * an apposition that runs to the next comma or the end of the sentence ("said Jane Doe, a historian who
 * attended the session.").
 */
function sourceAfter(tokens: readonly Token[], end: number, limit: number): number {
  let k = end
  if (tokens[k]?.text === '(' && k < limit) {
    let close = k + 1
    while (close < limit && close - k <= 8 && tokens[close]!.text !== ')') close++
    if (close < limit && tokens[close]!.text === ')') k = close + 1
  }
  const opener = tokens[k + 1]
  if (tokens[k]?.text !== ',' || !opener || k + 1 >= limit) return k
  // A name may open one too ("Jane Doe, House editor for the Report", "Paul Ryan, R-Wis."), if short and verbless.
  const named = opener.pos === 'PROPN'
  if (!named && !APPOSITION_OPENERS.test(opener.lower) && opener.pos !== 'ADJ' && opener.pos !== 'NOUN') return k
  let relative = false
  let stop = k + 1
  while (stop < limit && stop - k <= MAX_APPOSITION_TOKENS) {
    const token = tokens[stop]!
    if (/^[,;:()"“”]$/.test(token.text) || DASHES.has(token.text) || token.text === '.') break
    // "a former official who runs a consultancy": verbs of a relative clause belong to the apposition.
    if (/^(who|whose|which|that)$/.test(token.lower)) relative = true
    // A finite verb outside a relative clause starts a new clause: no apposition.
    if (!relative && (token.pos === 'AUX' || (token.pos === 'VERB' && !/(ing|ed)$/.test(token.lower)))) return k
    stop++
  }
  if (named && (stop - k > MAX_NAMED_APPOSITION_TOKENS || tokens.slice(k, stop).some((t) => t.pos === 'VERB'))) return k
  return stop - k > MAX_APPOSITION_TOKENS ? k : stop
}

function hasHead(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (/^(PROPN|NOUN|PRON)$/.test(tagOf(tokens, k))) return true
  // "Many fear …", "Nearly a third say …": a quantity of people stands for them.
  // ("Seven in 10 say", "one in four said": a share of those asked.)
  const last = tokens[end - 1]!
  return (
    QUANTITY_HEADS.has(last.lower) ||
    (last.text === '%' && tokens[end - 2]?.pos === 'NUM') ||
    (last.pos === 'NUM' && end - first >= 3 && tokens[end - 2]!.lower === 'in' && tokens[end - 3]!.pos === 'NUM')
  )
}
const QUANTITY_HEADS = new Set([
  'many',
  'most',
  'some',
  'few',
  'several',
  'both',
  'all',
  'half',
  'third',
  'quarter',
  'others',
])

/** Start (the opening comma) of ", in particular," / ", however," before the comma at `comma`, or null. */
function asideStart(tokens: readonly Token[], comma: number, floor: number): number | null {
  const first = comma - 1
  let k = first
  while (k >= floor && comma - k <= 8 && tokens[k]!.text !== ',') k--
  if (k < floor || tokens[k]!.text !== ',' || k === first) return null
  const words = tokens.slice(k + 1, comma)
  const adverbial =
    (words.length <= 2 && words.every((token) => token.pos === 'ADV')) ||
    (words[0]!.pos === 'ADP' && words.length <= 2 && words.every((token) => token.pos !== 'PROPN')) ||
    // "X, at a later press conference, said": a place or time phrase with no verb and no name.
    // ("X, at Monday's debate, cited …": a day's name is no one else's.)
    (/^(at|in|on|during|after|before|earlier|later)$/.test(words[0]!.lower) &&
      words.every((token) => (token.pos !== 'PROPN' || TIME_WORDS.test(token.lower)) && token.pos !== 'AUX')) ||
    // ("X, after previous Vos rallies, wrote": a name may modify the common noun that ends the aside.)
    (/^(during|after|before)$/.test(words[0]!.lower) &&
      words.length <= 5 &&
      words.at(-1)!.pos === 'NOUN' &&
      words.every((token) => token.pos !== 'VERB' && token.pos !== 'AUX')) ||
    // "X, like the mayor, has said": a comparison with no verb. ("X, along with Y, say": a companion.)
    (/^(like|unlike|along|together)$/.test(words[0]!.lower) &&
      words.length <= 5 &&
      words.every((token) => token.pos !== 'VERB' && token.pos !== 'AUX'))
  return adverbial ? k : null
}

const DASHES = new Set(['--', '—', '–'])

/** The dash that opens the aside closed by the dash at `dash`, or null. */
function previousDash(tokens: readonly Token[], dash: number, floor: number): number | null {
  for (let k = dash - 1; k >= floor && dash - k <= 30; k--) if (DASHES.has(tokens[k]!.text)) return k
  return null
}

/** Start of the apposition or relative clause that ends with the comma at `comma`, or null. */
/**
 * Where the name before a described apposition ends: "Ana Ruiz, the league's envoy[,]" with `comma` the
 * comma after the apposition. Null unless a short name stands before an apposition that opens with a
 * determiner or a possessive.
 */
export function outerApposition(tokens: readonly Token[], comma: number, floor: number): number | null {
  const inner = appositionStart(tokens, comma, floor)
  if (inner === null || !/^(the|a|an|his|her|its|their)$/.test(tokens[inner + 1]?.lower ?? '')) return null
  const end = inner - 1
  let first = end
  while (first - 1 >= floor && tokens[first - 1]!.pos === 'PROPN' && end - first < 5) first--
  return end >= floor && tokens[end]!.pos === 'PROPN' && first >= floor ? end : null
}

function appositionStart(tokens: readonly Token[], comma: number, floor: number): number | null {
  // Titles run long ("director of the Institute for Policy Integrity at a university's law school"), and
  // a relative clause about a career longer still.
  for (let k = comma - 1; k >= floor && comma - k <= MAX_RELATIVE_APPOSITION; k--) {
    if (tokens[k]!.text !== ',') continue
    const opener = tokens[k + 1]
    if (!opener) return null
    if (comma - k > 24 && !/^(who|whose)$/.test(opener.lower)) return null
    // An apposition is a noun phrase: a finite verb inside means a clause ("In August, groups granted …,").
    if (!/^(who|which|whose)$/.test(opener.lower) && opener.pos !== 'DET') {
      for (let m = k + 1; m < comma; m++) {
        const token = tokens[m]!
        if (token.pos === 'VERB' && !/(ing|ed)$/.test(token.lower) && token.lower !== 'runs' && !isNounPlace(tokens, m))
          return null
        if (token.pos === 'AUX') return null
      }
    }
    const isApposition =
      /^(the|a|an|who|which|whose|his|her|their|its)$/.test(opener.lower) ||
      // "Tom Berg, 44, said": an age.
      (opener.pos === 'NUM' && /^\d{1,3}$/.test(opener.text) && k + 2 === comma) ||
      // "Ann Moss, of the Dock Workers Union, said", "Jo Park, from Leeds, said": where the speaker is from.
      (/^(of|from)$/.test(opener.lower) && k + 2 < comma && /^(DET|PROPN)$/.test(tokens[k + 2]!.pos)) ||
      opener.pos === 'PROPN' ||
      opener.pos === 'ADJ' ||
      opener.pos === 'NOUN' ||
      // "Witkoff, speaking to reporters before flying home, insisted": a participle clause about the subject.
      (opener.pos === 'VERB' && /[a-z]{3}(ing|ed)$/.test(opener.lower)) ||
      // "The federation, led by Ana Vos, is demanding": who leads or owns the subject.
      (opener.pos === 'VERB' && tokens[k + 2]?.lower === 'by')
    return isApposition ? k : null
  }
  return null
}

/** "Tarvia's only ally", "its main ally": a word after a possessive or an article is a noun, whatever the tagger says. */
function isNounPlace(tokens: readonly Token[], m: number): boolean {
  let b = m - 1
  if (tokens[b]?.pos === 'ADV' || tokens[b]?.pos === 'ADJ') b--
  const before = tokens[b]
  return (
    before !== undefined && (isPossessive(before) || before.pos === 'DET' || POSSESSIVE_PRONOUNS.test(before.lower))
  )
}

/** True when the words from `from` to `at` are only "of", "from" or "at" and an article. */
const qualifies = (text: string, from: number, at: number): boolean =>
  /^,?\s+(of|from|at|with)\s+(the\s+)?$/i.test(text.slice(from, at))

/** True when an opening parenthesis between `from` and `at` is not closed before `at`. */
function insideParentheses(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at)
  return before.lastIndexOf('(') > before.lastIndexOf(')')
}

/**
 * Maps the words naming a speaker to an entity: the name mention that ends nearest the cue and is not
 * a possessor ("Putin's adviser Yuri Ushakov" → Ushakov), else a resolved pronoun or description, else
 * the phrase itself as an unnamed source.
 */
export function resolveSpeaker(
  text: string,
  tokens: readonly Token[],
  phrase: Phrase,
  entities: readonly Entity[],
  references: readonly Reference[],
): Speaker {
  const start = tokens[phrase.first]!.start
  const end = tokens[phrase.end - 1]!.end
  const span = { start, end }
  const sourceEnd = tokens[(phrase.sourceEnd ?? phrase.end) - 1]!.end
  const sourceFrom = (from: number) => ({
    start: from,
    end: sourceEnd,
    text: text.slice(from, sourceEnd).replace(/\s+/g, ' '),
  })
  let source = sourceFrom(start)
  // "Nurses at Dunmore Health said": people who work at a body speak for themselves, not for it.
  if (isWorkforce(tokens, phrase)) return { entity: null, name: source.text, span, anonymous: true, source }
  // "A person close to the firm, who asked not to be named", "sources familiar with the league's
  // plans": whatever the phrase names after "close to" is whom the source is near, not who speaks.
  if (NEAR_SOURCE.test(source.text)) return { entity: null, name: source.text, span, anonymous: true, source }
  let best: { entity: Entity; start: number; end: number } | null = null
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      // "The Department for Ports, Rivers and Fisheries said": the words read as an apposition
      // are the end of a longer name; the name speaks.
      if (mention.start < start && mention.end === end && mention.start > start - 80) {
        best = { entity, start: mention.start, end: mention.end }
        source = sourceFrom(mention.start)
        break
      }
      if (mention.start < start || mention.end > end) continue
      if (/^['’]s?\b/.test(text.slice(mention.end, mention.end + 2)) && mention.end < end - 2) continue
      // "Rep. Jane Doe (D-Virgin Islands)": a place in the party tag is no speaker.
      if (insideParentheses(text, start, mention.start)) continue
      if (!best || mention.end > best.end || (mention.end === best.end && mention.start < best.start)) {
        best = { entity, start: mention.start, end: mention.end }
      }
    }
  }
  // "A poll by Red Line Research for the Courier found", "the council's own survey found": a document
  // speaks for who made it.
  // "His office said", "her spokeswoman said": the office speaks for the person "his" refers to.
  const principal = principalOf(tokens, phrase, entities, references)
  if (principal) return { entity: principal.id, name: principal.name, span, anonymous: false, source }
  const owner = documentOwner(tokens, phrase, entities, references)
  if (owner) return { entity: owner.id, name: owner.name, span, anonymous: owner.type === 'group', source }
  // "Del. Jane Doe of the Virgin Islands", "Jane Doe from the ministry": a place or employer after
  // "of", "from" or "at" qualifies the person before it, who speaks.
  let qualified = false
  if (best && best.entity.type !== 'person') {
    const bestStart = best.start
    for (const entity of entities) {
      if (entity.type !== 'person') continue
      const mention = entity.mentions.find((m) => m.start >= start && qualifies(text, m.end, bestStart))
      if (mention) {
        best = { entity, start: mention.start, end: mention.end }
        qualified = true
      }
    }
  }
  const headWord = tokens[phrase.end - 1]!.lower
  // "the former lieutenant governor of Oregon": a place after a title and "of" is where the speaker
  // holds office, not the speaker ("a spokesman for the ministry" does speak for the ministry).
  if (
    best &&
    best.entity.type === 'location' &&
    !qualified &&
    /\b[a-z]+\s+(?:of|for)\s+(?:the\s+)?$/.test(text.slice(start, best.start))
  ) {
    const before = text.slice(start, best.start).trim().split(/\s+/)
    const title = before.at(-2)?.toLowerCase() ?? ''
    if (PERSON_TITLES.has(title)) best = null
  }
  // "Diplomats in Brussels", "a Western diplomat in Kyiv", "two officials from the ministry": unnamed
  // people, placed by where they are. The place or body stays (officials in Paris speak for France),
  // but the speakers are anonymous.
  if (best && best.entity.type !== 'person' && !qualified) {
    const lead = /(\w+)\s+(?:in|from|at|based in)\s+(?:the\s+)?$/i.exec(text.slice(start, best.start))
    if (lead && UNNAMED_HEADS.test(lead[1]!.toLowerCase())) {
      return { entity: best.entity.id, name: text.slice(start, end), span, anonymous: true, source }
    }
  }
  if (best) {
    // "sources close to Zelenskyy", "the Indiana governor": a name before the head word only modifies
    // it; the speaker is the one the whole phrase describes.
    const tail = text.slice(best.end, end).replace(/^['’]s?/, '')
    // "an EU spokesperson", "a State Department spokesman": on the record for the body that names them.
    if (SPOKESPERSONS.test(headWord) && /^\s*\w+\s*$/.test(tail) && best.entity.type === 'organization')
      return { entity: best.entity.id, name: best.entity.name, span, anonymous: false, source }
    // ("the Centre party": words that end the entity's own name modify nothing.)
    const ownName = best.entity.name.toLowerCase().endsWith(` ${tail.trim().toLowerCase()}`)
    const modifiesHead = /\w/.test(tail) && best.entity.type !== 'group' && !qualified && !ownName
    if (!modifiesHead) {
      // "96 hours and US Secretary of State Antony Blinken": words before the name that are not its
      // title (a figure, a second phrase) are no part of how the speaker is named.
      // ("the 2014 American Community Survey" keeps its year: a figure right before the name is part of it.)
      const strayLead = /\b(?:and|or)\b|\d[\d,.]*\s+[a-z]|[,;]/.test(text.slice(start, best.start))
      // "Moscow insisted", "Ankara says": a seat of government speaks for its state, when the article
      // names the state too (the words stay the text's own).
      const seat = best.entity.type === 'location' && best.entity.partOf ? best.entity.partOf : null
      const state = seat ? entities.find((entity) => entity.name === seat) : undefined
      if (state) best = { ...best, entity: state }
      return {
        entity: best.entity.id,
        name: best.entity.name,
        span,
        anonymous: best.entity.type === 'group',
        source: strayLead ? sourceFrom(best.start) : source,
      }
    }
  }
  for (const reference of references) {
    // Only a reference that heads the phrase names the speaker: "his" in "files from his shipping ledger"
    // or "many of his supporters" is someone else.
    if (reference.start >= start && reference.end === end) {
      const entity = entities.find((candidate) => candidate.id === reference.entity)
      // "the mayor said": the attribution's own words, as for a name; "he said" says nothing, so the
      // entity's name stands in for it.
      const written = reference.kind === 'description' ? source : null
      if (entity)
        return { entity: entity.id, name: entity.name, span, anonymous: entity.type === 'group', source: written }
    }
  }
  // "a department spokeswoman", "a company spokesman": on the record for the body named before.
  const body = spokespersonsBody(tokens, phrase, entities)
  if (body) return { entity: body.id, name: body.name, span, anonymous: false, source }
  const words = text.slice(start, end)
  const firstWord = tokens[phrase.first]!.lower
  if (phrase.end - phrase.first === 1 && PRONOUN_SUBJECTS.has(firstWord))
    return { entity: null, name: null, span, anonymous: false, source: null }
  const unnamed = UNNAMED_HEADS.test(headWord) || /\b(familiar|close)\b/.test(words) || !/^[A-Z]/.test(words)
  return { entity: null, name: words, span, anonymous: unnamed, source }
}
