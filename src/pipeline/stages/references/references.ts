import type { Entity, Reference } from '../../../core/facts.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import type { Language, Token } from '../../layers.js'
import { MADE_DOCUMENTS, speechLemma } from '../../lexicon/speech-verbs.js'
import { stanceWord } from '../../lexicon/stance-words.js'
import { defineStage } from '../../stage.js'
import { findQuotedRegions, regionAt } from '../../text/quote-marks.js'
import { tokenIndexFrom } from '../../text/token-search.js'
import { BUSINESS_HEADS, FEMALE_WORDS, MALE_WORDS, PERSON_TITLES, PUBLIC_BODY_WORDS } from '../entities/lexicon.js'

/** Pronouns and definite descriptions ("he", "the president") resolved to the entity they refer to. */
export function createReferencesStage(knowledge: Knowledge) {
  return defineStage({
    name: 'references',
    version: 1,
    requires: ['language', 'entities'],
    provides: 'references',
    run: ({ text, language, entities }) => resolveReferences(text, language, entities, knowledge),
  })
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'himself', 'herself'])
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their'])

type Gender = 'male' | 'female' | 'unknown'

interface Candidate {
  readonly entity: Entity
  readonly start: number
  readonly end: number
  readonly sentence: number
  /** For a pronoun already resolved: the gender it showed ("he" → male), which a later pronoun must share. */
  readonly gender?: Gender
}

function genderOf(entity: Entity, knowledge: Knowledge): Gender {
  for (const role of entity.roles) {
    for (const word of role.toLowerCase().split(/\s+/)) {
      if (FEMALE_WORDS.has(word)) return 'female'
      if (MALE_WORDS.has(word)) return 'male'
    }
  }
  const first = entity.name.split(/\s+/)[0]?.toLowerCase() ?? ''
  const gender = knowledge.firstNameGender(first)
  return gender === 'male' || gender === 'female' ? gender : 'unknown'
}

/**
 * Resolves third-person pronouns outside quotation marks (inside them, "he" is seldom the speaker) and
 * "the <title>" descriptions. Salience: a compatible person earlier in the same sentence, else the
 * subject (first compatible mention) of the nearest earlier sentence that has one, within a few sentences.
 */
export function resolveReferences(
  text: string,
  language: Language,
  entities: readonly Entity[],
  knowledge: Knowledge,
): Reference[] {
  const { tokens } = language
  const regions = findQuotedRegions(text)
  const genders = new Map(entities.map((entity) => [entity.id, genderOf(entity, knowledge)]))
  const candidates: Candidate[] = []
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      // "“… Ivan and Olga …,” she said": a name inside quotation marks is not who speaks them.
      if (regionAt(regions, mention.start) >= 0) continue
      const token = tokens[tokenIndexFrom(tokens, mention.start)]
      if (token === undefined) continue
      candidates.push({
        entity,
        start: mention.start,
        end: mention.end,
        sentence: token.sentence,
      })
    }
  }
  candidates.sort((a, b) => a.start - b.start)

  const references: Reference[] = []
  // Where each sentence's first word (after "the") starts.
  const sentenceOpeners = new Set<number>()
  for (const sentence of language.sentences) {
    const first = tokens[sentence.firstToken]
    const opener = first?.lower === 'the' ? tokens[sentence.firstToken + 1] : first
    if (opener) sentenceOpeners.add(opener.start)
  }
  // Genders that pronouns gave people in the current sentence only: a wrong guess must not spread.
  let claimed = new Map<string, Gender>()
  let claimedIn = -1
  let cursor = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    while (cursor < candidates.length && candidates[cursor]!.start < token.start) cursor++
    if (token.sentence !== claimedIn) {
      if (claimed.size > 0) claimed = new Map()
      claimedIn = token.sentence
    }
    const lower = token.lower
    if (PERSON_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower)) {
      if (regionAt(regions, token.start) >= 0) continue
      const wanted: Gender = FEMALE_WORDS.has(lower) ? 'female' : MALE_WORDS.has(lower) ? 'male' : 'unknown'
      const plural = PLURAL_PRONOUNS.has(lower)
      const fits = (candidate: Candidate): boolean => {
        if (plural) return candidate.entity.type === 'group' || candidate.entity.type === 'organization'
        if (candidate.gender && candidate.gender !== 'unknown' && wanted !== 'unknown' && candidate.gender !== wanted)
          return false
        const gender = claimed.get(candidate.entity.id) ?? genders.get(candidate.entity.id)
        return candidate.entity.type === 'person' && (gender === 'unknown' || gender === wanted)
      }
      // "Lin asked Okafor why … . He said …": the one asked gives the answer.
      const asked =
        claimed.size === 0 && !plural ? askedPerson(tokens, token.sentence - 1, candidates, cursor) : undefined
      const found = asked && fits(asked) ? asked : pickAntecedent(candidates, cursor, token.sentence, fits)
      if (!found) continue
      // "his supporters, as they sought to …": a plural noun nearer than any name is what "they" means.
      if (plural && pluralNounBetween(tokens, found, i)) continue
      references.push({ start: token.start, end: token.end, kind: 'pronoun', entity: found.entity.id })
      // "She said … she added … she said": a resolved pronoun keeps its person in reach for the next one.
      // (Candidates stay in text order: everything after the cursor starts at or after this token.)
      if (!plural) {
        candidates.splice(cursor, 0, {
          entity: found.entity,
          start: token.start,
          end: token.end,
          sentence: token.sentence,
          gender: wanted,
        })
        cursor++
      }
      // "She argued …, while he said …": once "she" has named a person, "he" looks for someone else.
      if (!plural && wanted !== 'unknown' && genders.get(found.entity.id) === 'unknown')
        claimed.set(found.entity.id, wanted)
      continue
    }
    // "The ministry issued figures. In a statement, it said …": "it" speaking is the organization
    // named last (its subject, in the nearest sentence that has one).
    // "its finance ministry said": the body's owner is found as "it" speaking is.
    const owned = lower === 'its' && ownedBodySpeaks(tokens, i)
    // ("Harbor Mining lost its licence. It is demanding a new one": "it" opening a sentence with a stance
    // takes up the body before, as "it said" does.)
    const acts = lower === 'it' && i === language.sentences[token.sentence]?.firstToken && takesStanceNext(tokens, i)
    if ((lower === 'it' && speaksNext(tokens, i)) || acts || owned) {
      if (regionAt(regions, token.start) >= 0) continue
      // ("Portugal changed course twice. … By June it was asking for …": a state that opens an earlier sentence
      // as its subject speaks as "it" too.)
      const opensSentence = (c: Candidate) =>
        c.sentence < token.sentence &&
        c.entity.type === 'location' &&
        knowledge.isState(c.entity.name.toLowerCase()) &&
        sentenceOpeners.has(c.start) &&
        // ("Portugal's finance ministry said …": the body is the subject, not the state that owns it.)
        !/^['’]s?\s/.test(text.slice(c.end, c.end + 3))
      // ("The committee is asking for … . It has said it will …": "it" opening a sentence takes up the
      // subject before, and a subject that names no entity leaves "it" unresolved.)
      const opens = i === language.sentences[token.sentence]?.firstToken
      if (opens && subjectIsDescription(tokens, language.sentences[token.sentence - 1], sentenceOpeners, candidates))
        continue
      const found = pickAntecedent(
        candidates,
        cursor,
        token.sentence,
        (c) => c.entity.type === 'organization' || opensSentence(c),
      )
      if (found) references.push({ start: token.start, end: token.end, kind: 'pronoun', entity: found.entity.id })
      continue
    }
    // "the president said", "the trade representative said": a definite description naming a title a
    // person in the article holds; every word of it must be in that person's role.
    // ("the Organisation for Economic Co-operation and Development": a name that starts after "the" is
    // that name, no description of a body named before.)
    const named = candidates[cursor]?.start === tokens[i + 1]?.start
    if (lower === 'the' && !named) {
      const body =
        bodyReference(tokens, i, regions, candidates, cursor, knowledge) ??
        documentReference(tokens, i, regions, candidates, cursor)
      if (body) {
        references.push(body)
        continue
      }
      const end = titleEnd(tokens, i + 1)
      if (end === null) continue
      const title = tokens[end - 1]!
      if (regionAt(regions, title.start) >= 0) continue
      const words = tokens.slice(i + 1, end).map((word) => word.lower)
      const found = pickAntecedent(
        candidates,
        cursor,
        token.sentence,
        (candidate) =>
          candidate.entity.type === 'person' &&
          candidate.entity.roles.some((role) => {
            const roleWords = role.toLowerCase().split(/[\s-]+/)
            return words.every((word) => roleWords.includes(word))
          }),
      )
      if (!found) continue
      references.push({ start: token.start, end: title.end, kind: 'description', entity: found.entity.id })
      // ("The dispute, the envoy said, … . Asked …, he said": the person a title named stays in reach.)
      candidates.splice(cursor, 0, {
        entity: found.entity,
        start: token.start,
        end: title.end,
        sentence: token.sentence,
      })
      cursor++
    }
  }
  return references
}

/** The sentence opens with "The" and a common noun that no entity's mention starts at ("The committee is …"). */
function subjectIsDescription(
  tokens: readonly Token[],
  sentence: Language['sentences'][number] | undefined,
  openers: ReadonlySet<number>,
  candidates: readonly Candidate[],
): boolean {
  if (!sentence) return false
  const first = tokens[sentence.firstToken]
  if (first?.lower !== 'the') return false
  // ("The new ad": adjectives may stand before the head noun.)
  let h = sentence.firstToken + 1
  while (tokens[h]?.pos === 'ADJ' && h < sentence.firstToken + 3) h++
  const head = tokens[h]
  if (head?.pos !== 'NOUN' || head.text !== head.lower) return false
  const named = (c: Candidate) => c.start >= first.start && c.start <= head.start
  return openers.has(tokens[sentence.firstToken + 1]!.start) && !candidates.some(named)
}

/** "its finance ministry said", "its army has denied": a body of up to three words, then a speech verb. */
function ownedBodySpeaks(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && tokens[k]; k++) {
    if (!/^(NOUN|ADJ|PROPN)$/.test(tokens[k]!.pos)) return false
    // (What such a body does is speak or take a stance: "its finance ministry demanded".)
    if (OWNED_BODY_HEADS.has(tokens[k]!.lower))
      return speaksNext(tokens, k) || stanceWord(tokens[k + 1]?.lower ?? '') !== undefined
  }
  return false
}
const OWNED_BODY_HEADS = new Set([
  'ministry',
  'government',
  'army',
  'military',
  'navy',
  'cabinet',
  'delegation',
  'embassy',
])

/** "It is demanding", "It has rejected": a stance word follows, across adverbs and auxiliaries. */
function takesStanceNext(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const token = tokens[k]!
    if (token.sentence !== tokens[i]!.sentence) return false
    if (token.pos === 'VERB' || token.pos === 'ADJ') return stanceWord(token.lower) !== undefined
    if (token.pos !== 'ADV' && token.pos !== 'AUX') return false
  }
  return false
}

/** "it said", "it also said", "it has repeatedly denied": a speech verb follows, across adverbs and auxiliaries. */
function speaksNext(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const token = tokens[k]!
    if (token.sentence !== tokens[i]!.sentence) return false
    if (token.pos === 'VERB') return speechLemma(token.lower) !== undefined
    if (token.pos !== 'ADV' && token.pos !== 'AUX') return false
  }
  return false
}

/** The end of "the [one or two modifiers] title" starting at `from`, or null: "the (trade) representative". */
function titleEnd(tokens: readonly Language['tokens'][number][], from: number): number | null {
  for (let k = from; k < tokens.length && k <= from + 2; k++) {
    const token = tokens[k]!
    if (PERSON_TITLES.has(token.lower)) return k + 1
    if (token.sentence !== tokens[from]!.sentence || !/^(NOUN|ADJ|PROPN)$/.test(token.pos)) return null
  }
  return null
}

/**
 * The person asked in sentence `sentence` ("X asked Y why …"), when that sentence is a question put to
 * someone and the pronoun opens the next one.
 */
function askedPerson(
  tokens: readonly Language['tokens'][number][],
  sentence: number,
  candidates: readonly Candidate[],
  before: number,
): Candidate | undefined {
  for (let k = before - 1; k >= 0 && candidates[k]!.sentence >= sentence; k--) {
    const candidate = candidates[k]!
    if (candidate.sentence !== sentence) continue
    const at = tokenIndexFrom(tokens, candidate.start)
    if (/^(asked|asks|pressed|questioned)$/.test(tokens[at - 1]?.lower ?? '')) return candidate
  }
  return undefined
}

const PLACE_BODY_HEADS = ['county', 'province', 'district', 'municipality', 'borough']

/** Heads that a definite description shares with the organization it names ("the union", "the ministry"). */
const BODY_HEADS = new Set([
  ...BUSINESS_HEADS,
  'union',
  'unions',
  'ministry',
  'bank',
  'company',
  'council',
  'agency',
  'commission',
  'federation',
  'institute',
  'court',
  'party',
  'collective',
  'alliance',
  'coalition',
  'association',
  'league',
  'authority',
  'committee',
  'board',
  'observatory',
  'foundation',
  'group',
  'department',
  'team',
  'mission',
  // "the hospital system", "the water utility": what an operator is called once named.
  'system',
  'regulator',
  'watchdog',
  'broadcaster',
  'utility',
  'operator',
  'fund',
  // "the university" after "Vos University", "the trust" after "the Kellby Land Trust".
  'university',
  'college',
  // "the aid office" after "the U.N. aid office".
  'office',
  'museum',
  'trust',
  // "the county" after "Morrow County": a place whose name has the word speaks as its government.
  ...PLACE_BODY_HEADS,
])

/**
 * "the union said" after "the Federation of Port Unions": the organization named earlier whose name has
 * the head noun, the nearest one within reach. Singular and plural heads match each other.
 */
function bodyReference(
  tokens: readonly Language['tokens'][number][],
  at: number,
  regions: ReturnType<typeof findQuotedRegions>,
  candidates: readonly Candidate[],
  before: number,
  knowledge: Knowledge,
): Reference | null {
  // "the central bank": up to two modifiers before the head, each a word of the body's name.
  let h = at + 1
  const isHead = (lower: string) => BODY_HEADS.has(lower) || knowledge.isDescription(lower)
  // ("the Baltic institute": a modifier may be a name.)
  // ("the Kellby-based company": where a body is based says which one, not a word of its name.)
  const basedAt = (k: number) => tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'based'
  const modifiers: string[] = []
  for (let words = 0; words < 2 && tokens[h] && !isHead(tokens[h]!.lower); words++) {
    if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[h]!.pos)) break
    if (basedAt(h)) h += 3
    else modifiers.push(tokens[h++]!.lower)
  }
  const head = tokens[h]
  if (!head || !isHead(head.lower) || regionAt(regions, head.start) >= 0) return null
  // ("the Baltic institute": a name may modify a head in lower case; "the Chicago Board" is a name itself.)
  if (tokens.slice(at + 1, h).some((token) => token.pos === 'PROPN') && head.text !== head.lower) return null
  // "the union leader", "the bank's chief": the head must end the phrase.
  const next = tokens[h + 1]
  if (next && /^(NOUN|PROPN)$/.test(next.pos)) return null
  const singular = head.lower.replace(/s$/, '')
  // (A body is what a story is about: "the union" may name one introduced many paragraphs before.)
  for (let k = before - 1; k >= 0; k--) {
    const entity = candidates[k]!.entity
    const place = entity.type === 'location' && PLACE_BODY_HEADS.includes(singular)
    if (entity.type !== 'organization' && !place) continue
    // "their union, the Harbor Nurses Alliance", "Dunmore Health, a hospital system": the article
    // said what the body is.
    if (entity.type === 'organization' && describedAs(tokens, candidates[k]!, singular))
      return { start: tokens[at]!.start, end: head.end, kind: 'description', entity: entity.id }
    const words = entity.name
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/s$/, ''))
    // "the bloc" after "the European Union": a pack says what the press calls it. "The company" is the
    // business named last, whatever its name.
    const named =
      words.includes(singular) ||
      knowledge.describes(head.lower, entity.name) ||
      // ("Kellby Freight's board" is part of the company, not "the company".)
      (BUSINESS_HEADS.has(head.lower) &&
        !words.some((word) => PUBLIC_BODY_WORDS.has(word)) &&
        !PARTS_OF_A_FIRM.has(words.at(-1) ?? '')) ||
      // "the Cyclists Alliance … the group said": "group" is what the press calls any association.
      (singular === 'group' && words.some((word) => ASSOCIATIONS.has(word))) ||
      // "the Brackley Valley Teachers Association … the union said": unions are named as associations too.
      (singular === 'union' && words.some((word) => LABOUR_BODIES.has(word))) ||
      // "the Office for Water Regulation … the regulator said": what a body of regulation is called.
      (/^(regulator|watchdog)$/.test(singular) && words.some((word) => /^regulat/.test(word)))
    if (named && modifiers.every((word) => words.includes(word)))
      return { start: tokens[at]!.start, end: head.end, kind: 'description', entity: entity.id }
  }
  return null
}

/**
 * True when the mention stands in apposition with a phrase headed by `head`: "their union, the X" or
 * "the union, X" before it, "X, a hospital system" or "X, the union that …" after it.
 */
function describedAs(tokens: readonly Language['tokens'][number][], mention: Candidate, head: string): boolean {
  const first = tokenIndexFrom(tokens, mention.start)
  let b = first - 1
  if (tokens[b]?.lower === 'the') b--
  if (tokens[b]?.text === ',' && tokens[b - 1]?.lower.replace(/s$/, '') === head) return true
  let a = tokenIndexFrom(tokens, mention.end - 1) + 1
  if (tokens[a]?.text !== ',' || !/^(a|an|the|its)$/.test(tokens[a + 1]?.lower ?? '')) return false
  a += 2
  for (let k = a; k < a + 4 && tokens[k]; k++) {
    if (tokens[k]!.lower.replace(/s$/, '') === head && tokens[k]!.pos === 'NOUN') return true
    if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) return false
  }
  return false
}

/** Last words of a body that is part of a firm ("Kellby Freight's board"), singular. */
const PARTS_OF_A_FIRM = new Set(
  'board director management unit division subsidiary arm lawyer counsel shareholder investor staff employee'.split(
    ' ',
  ),
)

const LABOUR_BODIES = new Set(['association', 'federation', 'guild', 'brotherhood', 'alliance', 'congress', 'local'])

const ASSOCIATIONS = new Set(
  // ("the Harbor Liberation Front … the group said": an armed group is "the group" too.)
  'alliance coalition association federation collective network campaign forum society league movement union force front militia'.split(
    ' ',
  ),
)

/**
 * "A report by the Harlan Institute … The report found …": a document named again speaks for who made
 * it, named after "by" or "from" where the document was first mentioned, or as its possessor.
 */
function documentReference(
  tokens: readonly Language['tokens'][number][],
  at: number,
  regions: ReturnType<typeof findQuotedRegions>,
  candidates: readonly Candidate[],
  before: number,
): Reference | null {
  const noun = tokens[at + 1]
  if (!noun || !MADE_DOCUMENTS.has(noun.lower) || regionAt(regions, noun.start) >= 0) return null
  if (/^(NOUN|PROPN)$/.test(tokens[at + 2]?.pos ?? '')) return null
  for (let k = before - 1; k >= 0; k--) {
    const candidate = candidates[k]!
    if (candidate.entity.type !== 'organization' && candidate.entity.type !== 'person') continue
    const first = tokenIndexFrom(tokens, candidate.start)
    // "a report by the institute", "a study from X": the maker after the document.
    let j = first - 1
    if (tokens[j]?.lower === 'the') j--
    const after = /^(by|from)$/.test(tokens[j]?.lower ?? '') && MADE_DOCUMENTS.has(tokens[j - 1]?.lower ?? '')
    // "the institute's report", "an Ipsos poll": the maker before it.
    let e = tokenIndexFrom(tokens, candidate.end - 1) + 1
    if (/^['’]s?$/.test(tokens[e]?.text ?? '')) e++
    while (tokens[e]?.pos === 'ADJ') e++
    const owned = MADE_DOCUMENTS.has(tokens[e]?.lower ?? '')
    // "Harbor said in a statement that … . …, the statement said": the statement it issued.
    const issued =
      /^(said|says|added|announced)$/.test(tokens[e]?.lower ?? '') &&
      tokens[e + 1]?.lower === 'in' &&
      /^(a|an|its|their|his|her)$/.test(tokens[e + 2]?.lower ?? '') &&
      tokens[e + 3]?.lower === noun.lower
    if (after || owned || issued)
      return {
        start: tokens[at]!.start,
        end: noun.end,
        kind: 'description',
        entity: candidate.entity.id,
        onBehalf: true,
      }
  }
  return null
}

/** How many sentences back a pronoun may reach. */
const REACH = 4

/** A plural common noun in the pronoun's sentence, after the antecedent's mention and before `at`. */
function pluralNounBetween(tokens: readonly Token[], antecedent: Candidate, at: number): boolean {
  let found = false
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence === tokens[at]!.sentence; k--) {
    const token = tokens[k]!
    if (token.end <= antecedent.start) return found
    if (token.start < antecedent.end) continue
    if (token.pos === 'NOUN' && PLURAL_NOUN.test(token.lower)) found = true
    // "E.U. nations have …, they": a noun that heads the mention's own phrase is the antecedent.
    else if (found && token.pos !== 'NOUN' && token.pos !== 'PROPN') return true
  }
  return found
}
const PLURAL_NOUN = /[^su]s$|people$|men$/

function pickAntecedent(
  candidates: readonly Candidate[],
  before: number,
  sentence: number,
  fits: (candidate: Candidate) => boolean,
): Candidate | undefined {
  // Same sentence, before the pronoun: the first fitting mention (the subject) wins.
  let sameSentence: Candidate | undefined
  for (let k = before - 1; k >= 0 && candidates[k]!.sentence === sentence; k--) {
    if (fits(candidates[k]!)) sameSentence = candidates[k]
  }
  if (sameSentence) return sameSentence
  let k = before - 1
  while (k >= 0 && candidates[k]!.sentence === sentence) k--
  while (k >= 0 && sentence - candidates[k]!.sentence <= REACH) {
    const current = candidates[k]!.sentence
    let subject: Candidate | undefined
    for (; k >= 0 && candidates[k]!.sentence === current; k--) if (fits(candidates[k]!)) subject = candidates[k]
    if (subject) return subject
  }
  return undefined
}
