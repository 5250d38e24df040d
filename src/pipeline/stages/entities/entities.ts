import type { Entity, EntityType, Mention } from '../../../core/facts.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import type { Language, Sentence, Token } from '../../layers.js'
import { speechLemma } from '../../lexicon/speech-verbs.js'
import { defineStage } from '../../stage.js'
import { findQuotedRegions, regionAt } from '../../text/quote-marks.js'
import { isTitleLike, TITLE_MINOR_WORDS } from '../../text/title-case.js'
import { isHyphenPiece, tokenIndexFrom } from '../../text/token-search.js'
import { isCommonWord, vocabularyClass } from '../language/vocabulary.js'
import {
  CLUB_WORDS,
  COMPANY_CUES,
  COMPANY_OWNERSHIP,
  COMPANY_SUFFIXES,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  HEADS_NAMED_ALONE,
  LOCATION_HEADS,
  MONTHS_AS_NAMES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  ROLE_MODIFIERS,
  TEAM_NICKNAMES,
} from './lexicon.js'

/** People, organizations, locations and groups, each once per article, with aliases, roles and mentions. */
export function createEntitiesStage(knowledge: Knowledge) {
  return defineStage({
    name: 'entities',
    version: 1,
    requires: ['language'],
    provides: 'entities',
    run: ({ text, language }) => findEntities(text, language, knowledge),
  })
}

/** One name found in the text, before mentions of the same thing are merged. */
interface NameMention {
  readonly start: number
  readonly end: number
  /** The surface form, apostrophes made straight. */
  readonly surface: string
  readonly type: EntityType | null
  /** Canonical name from a pack, when the surface form is known. */
  readonly known: string | null
  readonly seatOf: string | null
  readonly role: string | null
  /** For a lone unknown word: what it is when it turns out to be no known person's name. */
  readonly fallback: EntityType | null
  /** Read as a sports team from a results or standings line. */
  readonly team?: boolean
  /**
   * A place by its position in the line: a dateline ("OSLO 2024-03-01") or the venue of a fixture
   * ("Hartville at Kellsby"). It stays a place wherever else the name stands for a team.
   */
  readonly fixedPlace?: boolean
  /** Token range of the name. */
  readonly first: number
  readonly last: number
}

const POSSESSIVE = /^['’]s?$/
// Any Latin capital, "Š" and "Ł" too.
const CAPITALIZED = /^\p{Lu}/u
const ACRONYM = /^(?:[A-Z]\.){2,4}$|^[A-Z]{2,6}$/

// Curly apostrophes as straight ones; an editor's brackets ("[Kamala] Harris") are no part of a name.
const straighten = (value: string): string =>
  NEEDS_STRAIGHTENING.test(value) ? value.replace(/[‘’]/g, "'").replace(/[[\]]/g, '') : value
const NEEDS_STRAIGHTENING = /[‘’[\]]/

export function findEntities(text: string, language: Language, knowledge: Knowledge): Entity[] {
  const { tokens, sentences } = language
  const names: NameMention[] = []
  const shouting = sentences.map(
    (sentence, k) =>
      isShouting(text, sentence.start, sentence.end) ||
      // A whole line, not a piece of a paragraph cut at "(D-Pa.)".
      (sentences[k - 1]?.paragraph !== sentence.paragraph &&
        sentences[k + 1]?.paragraph !== sentence.paragraph &&
        isTitleCase(tokens, sentence.firstToken, sentence.endToken)),
  )
  const monthSurnames = findMonthSurnames(tokens, knowledge)
  const tabular = findTabularSentences(tokens, sentences.length)
  const companies = findCompanyWords(tokens)

  const fixtures = findFixtures(text, tokens, sentences, knowledge)
  for (const found of fixtures.values()) names.push(...found)

  // Indexes in `names` of names before a score in a table row.
  const scored = new Set<number>()
  // Read only when a name stands where a team would: most stories never ask.
  let sports: boolean | undefined
  const inSportsStory = (): boolean => {
    if (sports === undefined) sports = isSportsStory(tokens)
    return sports
  }
  const interview = hasQuestionLabels(tokens, sentences)
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]!
    if (
      shouting[token.sentence] ||
      fixtures.has(token.sentence) ||
      (interview && isAnswerLabel(tokens, sentences, i)) ||
      !isNameStart(tokens, i, monthSurnames)
    ) {
      i++
      continue
    }
    const end = extendToKnown(text, tokens, i, extendName(tokens, i, monthSurnames), knowledge)
    const run = classifyRun(text, tokens, i, end, knowledge, companies)
    // "Storm Shadow missiles", "the Nord Stream pipeline": a thing a pack names is nobody.
    let found = run.mentions.filter((name) => !knowledge.isThing(name.surface.toLowerCase()))
    const datelineStart = findDateline(tokens, i, run.end)
    if (datelineStart >= 0) found = [placeMention(text, tokens, datelineStart, run.end, knowledge, true)]
    // "Stoke 4 3 1 0", "Hull 2 Bury 1": a name before a score in a results or standings line may be a team.
    if (tabular[token.sentence] && found.length === 1 && /^\d/.test(tokens[run.end]?.text ?? ''))
      scored.add(names.length)
    // "Hartville v Kellsby ( at Brenton )": the two sides of a fixture inside a line.
    else if (found.length === 1 && isFixtureSide(tokens, i, run.end)) scored.add(names.length)
    // "Hartville captain Ana Ruiz": a name before a player's or a club's role and a person is the club.
    // ("Dutch captain Ana Ruiz": a word of origin names her country's side, which stays a place.)
    else if (found.length === 1 && isClubBeforeRole(tokens, run.end) && !isOrigin(token, knowledge))
      scored.add(names.length)
    // In a sports story: "Hartford beat Norwich", "title rivals Kellby, Hartford and Brenton", "a match
    // against Norwich": a name in a team's place in the prose is a team.
    // (Only a place or an unknown name: a person who "won" stays a person.)
    else if (
      found.length === 1 &&
      (found[0]!.type === 'location' || found[0]!.type === null) &&
      !isOrigin(token, knowledge) &&
      (inTeamPlace(tokens, i, run.end) || followsTeam(tokens, i, scored, names)) &&
      inSportsStory()
    )
      scored.add(names.length)
    names.push(...found.map((name) => withParticles(text, tokens, name)))
    i = run.end
  }
  const rows = rowsWithPlayers(tokens, names, knowledge)
  // "Ana Okafor c Berg b Holt 4 … Ana Okafor 10-0-41-2": a person named outside the scores stays one in them.
  const people = new Set<string>()
  names.forEach((name, k) => {
    if (name.type === 'person' && !scored.has(k)) people.add(name.surface)
  })
  for (const k of scored) {
    const name = names[k]!
    const amongPlayers = rows.has(tokens[name.first]!.sentence) || people.has(name.surface)
    names[k] = asTeam(tokens, name, knowledge, amongPlayers)
  }
  // A ship named once after "-flagged" or "the tanker" is that ship wherever else it is named.
  const ships = new Set(names.filter((name) => namesVessel(tokens, name.first)).map((name) => name.surface))
  const named = ships.size === 0 ? names : names.filter((name) => !ships.has(name.surface))
  named.push(...findGroups(text, tokens, knowledge, named))
  return asFirms(
    mergeMentions(withTeamsEverywhere(named), (word) => knowledge.isAdjective(word)),
    tokens,
  )
}

/** An interview printed as questions and answers: some paragraph opens with "Q." or "Q:". */
function hasQuestionLabels(tokens: readonly Token[], sentences: readonly Sentence[]): boolean {
  return sentences.some(
    (sentence, k) =>
      sentences[k - 1]?.paragraph !== sentence.paragraph && /^Q[.:]?$/.test(tokens[sentence.firstToken]!.text),
  )
}

/** "A. Put one match a week …": in an interview, the "A." that opens a paragraph labels the answer. */
function isAnswerLabel(tokens: readonly Token[], sentences: readonly Sentence[], i: number): boolean {
  const sentence = sentences[tokens[i]!.sentence]!
  return (
    i === sentence.firstToken &&
    /^[QA]\.?$/.test(tokens[i]!.text) &&
    sentences[sentence.index - 1]?.paragraph !== sentence.paragraph
  )
}

// Words of sports reports: a story with several of them reads place names in a team's place as teams.
const SPORTS_WORDS = new Set(
  (
    'match matches wickets wicket innings goals striker bowler batsman goalkeeper championship league ' +
    'tournament seeded semifinal semi-final quarterfinal cup rugby cricket soccer tennis hockey inning pitcher'
  ).split(' '),
)
const MIN_SPORTS_WORDS = 4

function isSportsStory(tokens: readonly Token[]): boolean {
  let count = 0
  for (const token of tokens) if (SPORTS_WORDS.has(token.lower) && ++count >= MIN_SPORTS_WORDS) return true
  return false
}

/** Words before a team in prose ("beat X", "against X", "title rivals X") and verbs after one ("X beat"). */
const BEFORE_TEAM = new Set([
  'v',
  'vs',
  'versus',
  'against',
  'rivals',
  'hopefuls',
  'beat',
  'beating',
  'defeated',
  'champions',
])
const AFTER_TEAM = new Set([
  'beat',
  'beats',
  'defeated',
  'drew',
  'won',
  'lost',
  'lead',
  'led',
  'trail',
  'trailed',
  'clinched',
  'thrashed',
  'edged',
  'routed',
  'declared',
  'batted',
  'bowled',
])

function inTeamPlace(tokens: readonly Token[], start: number, end: number): boolean {
  return BEFORE_TEAM.has(tokens[start - 1]?.lower ?? '') || AFTER_TEAM.has(tokens[end]?.lower ?? '')
}

/** "rivals Kellby, Hartford and Brenton": a name listed right after a team is one too. */
function followsTeam(
  tokens: readonly Token[],
  start: number,
  scored: ReadonlySet<number>,
  names: readonly NameMention[],
): boolean {
  const joiner = tokens[start - 1]?.lower
  if (joiner !== ',' && joiner !== 'and') return false
  const previous = names.length - 1
  return scored.has(previous) && names[previous]!.end === tokens[start - 2]?.end
}

const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus'])
const FIXTURE_WORDS = new Set(['at', ...VERSUS])
const FIXTURE_NAME_WORD = /^[A-Z][A-Za-z.'-]*$/

/**
 * "Hartville at Kellsby", "HARTVILLE V KELLSBY": a line that is only two names around "at" or "v" is a
 * fixture in a sports listing. Both names are teams (a country stays a place: national sides are named
 * by their country), except the one after "at", which is where the game is played. Keyed by sentence.
 */
function findFixtures(
  text: string,
  tokens: readonly Token[],
  sentences: Language['sentences'],
  knowledge: Knowledge,
): Map<number, NameMention[]> {
  const found = new Map<number, NameMention[]>()
  sentences.forEach((sentence, index) => {
    const { firstToken: first, endToken: end } = sentence
    if (end - first < 3 || end - first > 9) return
    let separator = -1
    for (let k = first; k < end; k++) {
      const token = tokens[k]!
      if (FIXTURE_WORDS.has(token.lower) && k > first && k < end - 1) {
        if (separator >= 0) return
        separator = k
      } else if (!FIXTURE_NAME_WORD.test(token.text) || NOT_NAMES.has(token.lower)) return
    }
    if (separator < 0) return
    const side = (from: number, to: number, venue: boolean): NameMention => {
      if (venue) return placeMention(text, tokens, from, to, knowledge, true)
      const surface = straighten(text.slice(tokens[from]!.start, tokens[to - 1]!.end))
      if (knowledge.placeKind(surface.toLowerCase()) === 'country')
        return placeMention(text, tokens, from, to, knowledge, false)
      return { ...mention(tokens, from, to, surface, 'organization', null, null, null), team: true }
    }
    const venue = tokens[separator]!.lower === 'at'
    found.set(index, [side(first, separator, false), side(separator + 1, end, venue)])
  })
  return found
}

/** A word of origin: "Dutch", "Scottish", "Congolese". */
const isOrigin = (token: Token, knowledge: Knowledge): boolean =>
  knowledge.demonymOf(token.lower) !== undefined || /(?:ish|ese|ian)$/.test(token.lower)

// Roles held in a club or a team, written between its name and a person's: "Hartville coach Ana Ruiz".
const CLUB_ROLES = new Set(
  (
    'captain coach manager skipper striker midfielder defender goalkeeper keeper batsman bowler all-rounder ' +
    'spinner seamer opener wicketkeeper winger pitcher quarterback outfielder'
  ).split(' '),
)

function isClubBeforeRole(tokens: readonly Token[], end: number): boolean {
  const role = tokens[end]
  const after = tokens[end + 1]
  if (!role || !after || role.sentence !== tokens[end - 1]!.sentence || after.sentence !== role.sentence) return false
  return CLUB_ROLES.has(role.text) && CAPITALIZED.test(after.text) && after.pos === 'PROPN'
}

/** True when the name from `start` to `end` stands on one side of "v" with a name on the other. */
function isFixtureSide(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence
  const after = tokens[end]
  const before = tokens[start - 1]
  const sameSentence = (token: Token | undefined) => token !== undefined && token.sentence === sentence
  if (sameSentence(after) && VERSUS.has(after!.lower) && CAPITALIZED.test(tokens[end + 1]?.text ?? '')) return true
  return (
    sameSentence(before) &&
    VERSUS.has(before!.lower) &&
    sameSentence(tokens[start - 2]) &&
    CAPITALIZED.test(tokens[start - 2]!.text)
  )
}

// "2024-03-01", the date after a dateline's place.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * "OSLO 2024-03-01", "THE HAGUE, March 3": a line that opens with a name in capitals followed by a date
 * is a dateline, and its name is the place the story was filed from. Returns the first token of the
 * place ("THE" included), or -1.
 */
function findDateline(tokens: readonly Token[], start: number, end: number): number {
  let first = start
  const before = tokens[start - 1]
  if (before?.text === 'THE' && isSentenceStart(tokens, start - 1)) first = start - 1
  else if (!isSentenceStart(tokens, start)) return -1
  for (let k = start; k < end; k++) if (tokens[k]!.text !== tokens[k]!.text.toUpperCase()) return -1
  const next = tokens[end]
  if (!next || next.sentence !== tokens[start]!.sentence) return -1
  const afterNext = tokens[end + 1]
  const dated =
    ISO_DATE.test(next.text) ||
    (MONTH_NAMES.has(next.lower) && afterNext !== undefined && /^\d/.test(afterNext.text)) ||
    // "LA PAZ, Bolivia 2024-03-01": the place, a comma and its country or state.
    (next.text === ',' && afterNext !== undefined && CAPITALIZED.test(afterNext.text))
  return dated ? first : -1
}

/** A place named at `first`–`end`, with its pack name; `fixed` when its position in the line makes it one. */
function placeMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  knowledge: Knowledge,
  fixed: boolean,
): NameMention {
  const surface = straighten(text.slice(tokens[first]!.start, tokens[end - 1]!.end))
  const known = knowledge.actor(surface.toLowerCase())
  const place = known?.type === 'location' ? known : null
  const named = mention(tokens, first, end, surface, 'location', place?.name ?? null, place?.seatOf ?? null, null)
  return fixed ? { ...named, fixedPlace: true } : named
}

/**
 * Capitalized words that the article uses as a company's name somewhere: before a legal suffix
 * ("Acme SpA"), before company words ("Acme shares", "Acme's stake"), or after "shares in", "a unit of".
 */
function findCompanyWords(tokens: readonly Token[]): Set<string> {
  const found = new Set<string>()
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!
    if (!CAPITALIZED.test(token.text) || NOT_NAMES.has(token.lower)) continue
    const next = tokens[i + 1]!
    if (next.sentence !== token.sentence) continue
    const afterPossessive = POSSESSIVE.test(next.text) ? tokens[i + 2] : undefined
    const previous = tokens[i - 1]
    const beforePrevious = tokens[i - 2]
    if (
      (COMPANY_SUFFIXES.has(next.lower) && CAPITALIZED.test(next.text)) ||
      COMPANY_CUES.has(next.lower) ||
      // "Acme's stake"; but "Falk's stake" after "Arne Falk" is a person's (a surname after a name).
      (afterPossessive !== undefined && COMPANY_CUES.has(afterPossessive.lower) && !followsName(tokens, token.lower)) ||
      (previous !== undefined &&
        beforePrevious !== undefined &&
        (previous.lower === 'of' || previous.lower === 'in') &&
        COMPANY_OWNERSHIP.has(beforePrevious.lower))
    )
      found.add(token.lower)
  }
  return found
}

const MONTH_NAMES = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
)

/** True when `lower` appears in the article as the last word of a run of two capitalized words ("Arne Falk"). */
function followsName(tokens: readonly Token[], lower: string): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1]!
    if (tokens[i]!.lower !== lower || previous.sentence !== tokens[i]!.sentence) continue
    if (previous.pos === 'PROPN' && CAPITALIZED.test(previous.text) && !NOT_NAMES.has(previous.lower)) return true
  }
  return false
}

/**
 * Sentences that are rows of results or standings: more numbers than lower-case words ("Hull 2 Bury 1",
 * "Stoke 4 3 1 0 7 4 10", "Kent 108-3 and 95"). Prose always has more words than figures.
 */
function findTabularSentences(tokens: readonly Token[], count: number): boolean[] {
  const numbers = new Array<number>(count).fill(0)
  const words = new Array<number>(count).fill(0)
  const dated = new Array<boolean>(count).fill(false)
  for (const token of tokens) {
    const code = token.text.charCodeAt(0)
    if (code >= 48 && code <= 57) numbers[token.sentence]!++
    else if (code >= 97 && code <= 122) words[token.sentence]!++
    // "Kyiv 12 March 2022": a dateline or caption, not a table.
    if (MONTH_NAMES.has(token.lower)) dated[token.sentence] = true
  }
  return numbers.map((n, k) => n >= 2 && n > words[k]! && !dated[k])
}

/**
 * A name scored like a team: a club named after its town, or an unknown name, is an organization; a
 * country stays a location (national sides are named by their country) and a player with a known
 * first name or an initial stays a person.
 */
function asTeam(tokens: readonly Token[], name: NameMention, knowledge: Knowledge, amongPlayers: boolean): NameMention {
  if (name.type === 'organization' || name.type === 'group') return name
  // "R. Holt c Tomas Okafor 12", "Ana Ruiz 68 , Tomas Okafor 70": in a row that names players by a first
  // name or an initial, another name that reads like a person's is a player's too.
  if (amongPlayers && name.type === 'person') return name
  // A lone unknown word may still be a player's surname ("Lee 10 2 35 1"): a team only if no person has it.
  if (name.type === null) return { ...name, fallback: 'organization', team: true }
  const lower = name.surface.toLowerCase()
  // Countries and seats of government keep their type: "Kyiv" in a caption row is still the city.
  if (name.type === 'location' && (knowledge.placeKind(lower) === 'country' || name.known || name.seatOf)) return name
  if (name.type === 'person' && (name.known || isPlayerName(tokens, name, knowledge))) return name
  // "Clara 6 Kellsby 2": a lone first name before a score is a team, unless a person in the article has it.
  if (name.type === 'person' && name.last === name.first)
    return { ...name, type: null, fallback: 'organization', team: true }
  return { ...name, type: 'organization', known: null, seatOf: null, team: true }
}

/** A name with an initial or a known first name ("R. Holt", "James Holloway"), a player's rather than a team's. */
function isPlayerName(tokens: readonly Token[], name: NameMention, knowledge: Knowledge): boolean {
  if (name.type !== 'person' || name.last === name.first) return false
  const first = tokens[name.first]!
  return /^[A-Z]\.?$/.test(first.text) || knowledge.firstNameGender(first.lower) !== undefined
}

/** Sentences that name at least one player ("R. Holt", "James Holloway"). */
function rowsWithPlayers(tokens: readonly Token[], names: readonly NameMention[], knowledge: Knowledge): Set<number> {
  const rows = new Set<number>()
  for (const name of names) if (isPlayerName(tokens, name, knowledge)) rows.add(tokens[name.first]!.sentence)
  return rows
}

/** "Leicestershire beat Somerset": a name read as a team in a results line is that team in the prose too. */
function withTeamsEverywhere(names: readonly NameMention[]): readonly NameMention[] {
  const teams = new Set<string>()
  for (const name of names) if (name.team) teams.add(name.surface.toLowerCase())
  if (teams.size === 0) return names
  return names.map((name) => {
    if (name.team || name.fixedPlace || name.type === 'organization' || name.type === 'group') return name
    if (!teams.has(name.surface.toLowerCase())) return name
    if (name.type === null) return { ...name, fallback: 'organization', team: true }
    return { ...name, type: 'organization', known: null, seatOf: null, team: true }
  })
}

/** "de Wit said": a surname's lower-case particles just before it belong to the mention. */
function withParticles(text: string, tokens: readonly Token[], name: NameMention): NameMention {
  if (name.type !== 'person' && name.type !== null) return name
  let first = name.first
  const sentence = tokens[first]!.sentence
  while (first > 0 && tokens[first - 1]!.sentence === sentence && NAME_PARTICLES.has(tokens[first - 1]!.text)) first--
  if (first === name.first) return name
  const start = tokens[first]!.start
  return { ...name, start, first, surface: straighten(text.slice(start, name.end)) }
}

const MIN_TITLE_CASE_WORDS = 4

/**
 * A subheading or teaser in title case ("Zelensky Inciting Enemies", "Western Weapons Defeat Russia"):
 * every word but the minor ones capitalized and no full stop, so capitals say nothing about names.
 * The caller checks that the sentence is a line of its own.
 */
function isTitleCase(tokens: readonly Token[], first: number, end: number): boolean {
  // "by Jane Doe, Daily Plan:": a byline names its author.
  if (tokens[first]?.lower === 'by') return false
  let words = 0
  for (let k = first; k < end; k++) {
    const token = tokens[k]!
    // Figures and commas make a table row or a list of names, which keep their capitals' meaning.
    if (/^[\d,]/.test(token.text)) return false
    if (!/^\p{L}/u.test(token.text) || TITLE_MINOR_WORDS.has(token.text)) continue
    if (!/^\p{Lu}/u.test(token.text)) return false
    words++
  }
  return words >= MIN_TITLE_CASE_WORDS && tokens[end - 1]?.text !== '.'
}

/** Headlines and captions in capitals give no signal about which words are names. */
function isShouting(text: string, start: number, end: number): boolean {
  let letters = 0
  let upper = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 65 && code <= 90) {
      letters++
      upper++
    } else if (code >= 97 && code <= 122) letters++
  }
  return letters > 12 && upper / letters > 0.7
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]
  if (!previous || previous.sentence !== tokens[i]!.sentence) return true
  // After an opening quote mark or a dash the next word is capitalized as if it started a sentence.
  return /^[“"‘'(\-—–:]$/.test(previous.text) && isSentenceStart(tokens, i - 1)
}

const ADMINISTRATIVE_UNITS = new Set(
  'county province state district region city town village municipality borough shire oblast'.split(' '),
)

/** Public bodies whose names may go on with "of the" or "for the": "Office of the High Commissioner". */
const THE_JOINED_HEADS = new Set([
  'ministry',
  'department',
  'office',
  'bank',
  'commission',
  'council',
  'court',
  'agency',
  'secretariat',
])

/** "Department for Science", "Ministry of Ecology": a ministry named for its portfolio, so far. */
function isPortfolioName(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k + 1 < end; k++)
    if (PORTFOLIO_HEADS.has(tokens[k]!.lower) && /^(for|of)$/.test(tokens[k + 1]!.lower)) return true
  return false
}
const PORTFOLIO_HEADS = new Set(['department', 'ministry', 'office', 'secretary', 'minister', 'committee'])

function isNameToken(token: Token): boolean {
  // ("A$5.10", "C$ 3 billion": a currency sign makes a price, not a name.)
  if (!CAPITALIZED.test(token.text) || /[$€£¥₴₽]/.test(token.text)) return false
  if (token.pos === 'PROPN') return true
  return token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'X' || token.pos === 'VERB' || token.pos === 'NUM'
}

function isNameStart(tokens: readonly Token[], i: number, monthSurnames: ReadonlySet<string>): boolean {
  const token = tokens[i]!
  // ("Per-Anders Lund": a common word joined by a hyphen to a name is a first name.)
  // ("January-June" is a span of months.)
  const hyphenated =
    CAPITALIZED.test(token.text) &&
    !MONTH_NAMES.has(token.lower) &&
    !token.lower.endsWith('day') &&
    tokens[i + 1]?.text === '-' &&
    tokens[i + 1]!.start === token.end &&
    tokens[i + 2] !== undefined &&
    tokens[i + 2]!.start === tokens[i + 1]!.end &&
    isNameToken(tokens[i + 2]!)
  if (!isNameToken(token) && !hyphenated) return false
  if (NOT_NAMES.has(token.lower) && !hyphenated && !(monthSurnames.has(token.lower) && isMonthSurname(tokens, i)))
    return false
  // A capitalized common word that opens a sentence is no name ("Despite", "Officials"), unless members
  // name their body for a cause ("Patients for Fair Prices said").
  if (
    isSentenceStart(tokens, i) &&
    token.pos !== 'PROPN' &&
    !PERSON_TITLES.has(token.lower) &&
    !namesMembersFor(tokens, i)
  )
    return false
  // "Diplomats said …": a group word opening a sentence, tagged as a name, is still a common noun.
  if (isSentenceStart(tokens, i) && GROUP_NOUNS.has(token.lower) && !isNameToken(tokens[i + 1] ?? token)) return false
  return true
}

/** The text of `token` when it follows `at` with no space, else "". */
const gluedText = (token: Token | undefined, at: number): string =>
  token !== undefined && token.start === at ? token.text : ''

/** True when the hyphen at `end` joins a short capitalized syllable after a surname to a lower-case one. */
function isGivenNameSyllables(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[end - 1]!
  const second = tokens[end + 1]!
  return (
    end - start >= 2 &&
    /^\p{Lu}\p{Ll}{1,3}$/u.test(first.text) &&
    /^\p{Ll}{2,4}$/u.test(second.text) &&
    // ("Vos-led", "Tarvik-era": a common word after the hyphen describes; two letters are a syllable.)
    (second.text.length === 2 || !isCommonWord(second.lower)) &&
    !/^\p{L}/u.test(gluedText(tokens[end + 2], second.end))
  )
}

/** "Parents for Choice", "Patients for Fair Prices": a capitalized plural of people, "for", a capitalized cause. */
function namesMembersFor(tokens: readonly Token[], k: number): boolean {
  const members = tokens[k]!
  const cause = tokens[k + 2]
  return (
    tokens[k + 1]?.lower === 'for' &&
    cause !== undefined &&
    // (An "Artisans for Peace" prize: a title in quotation marks names no body.)
    !/^["“‘']$/.test(tokens[k - 1]?.text ?? '') &&
    /^\p{Lu}/u.test(members.text) &&
    /^\p{Lu}/u.test(cause.text) &&
    (GROUP_NOUNS.has(members.lower) || (/[a-z]s$/.test(members.lower) && isCommonWord(members.lower)))
  )
}

/** Heads that make a body of its members' name only after "Shepherds'": "Hill Shepherds' Circle". */
const MEMBERS_BODY_HEADS = new Set(['forum', 'circle', 'club', 'network', 'collective', 'group', 'ring', 'front'])

/** The end (exclusive) of the run of name tokens that starts at `start`. */
function extendName(tokens: readonly Token[], start: number, monthSurnames: ReadonlySet<string>): number {
  let end = start + 1
  const sentence = tokens[start]!.sentence
  while (end < tokens.length && tokens[end]!.sentence === sentence) {
    const token = tokens[end]!
    const adjacent = token.start === tokens[end - 1]!.end
    if (
      isNameToken(token) &&
      !adjacent &&
      (!NOT_NAMES.has(token.lower) || (monthSurnames.has(token.lower) && isMonthSurname(tokens, end)))
    ) {
      end++
      continue
    }
    // "Ursula von der Leyen", "Pieter de Wit": lower-case particles, one or more, before a name.
    let particles = 0
    while (end + particles < tokens.length && NAME_PARTICLES.has(tokens[end + particles]!.lower)) particles++
    const afterParticles = tokens[end + particles]
    if (particles >= 2 && afterParticles?.sentence === sentence && isNameToken(afterParticles)) {
      end += particles + 1
      continue
    }
    // "Omar al-Qasimi", "Khalid bin-Rashed": a particle joined by a hyphen to the name after it.
    const joined = tokens[end + 2]
    if (
      NAME_PARTICLES.has(token.lower) &&
      tokens[end + 1]?.text === '-' &&
      tokens[end + 1]!.start === token.end &&
      joined !== undefined &&
      joined.start === tokens[end + 1]!.end &&
      isNameToken(joined)
    ) {
      end += 3
      continue
    }
    // "Bank of England", "al-Assad": joiners inside one name.
    const next = tokens[end + 1]
    const joins =
      (NAME_PARTICLES.has(token.lower) || (NAME_CONNECTORS.has(token.lower) && token.lower !== 'and')) &&
      next !== undefined &&
      next.sentence === sentence &&
      isNameToken(next) &&
      // "the Security Council on Friday": a day or a month after the joiner is no part of the name.
      !NOT_NAMES.has(next.lower) &&
      (NAME_PARTICLES.has(token.lower) ||
        hasOrganizationWordAfterTitles(tokens, start, end) ||
        // "Kellby Parents for Choice", "Doctors for Clean Air": members and the cause they stand for.
        (token.lower === 'for' && namesMembersFor(tokens, end - 1)))
    if (joins) {
      end += 2
      continue
    }
    // "Ministry for the Coastal Transition", "Office of the High Commissioner": "the" after the
    // joiner of a body's name.
    const afterThe = tokens[end + 2]
    if (
      /^(of|for)$/.test(token.lower) &&
      next?.lower === 'the' &&
      afterThe !== undefined &&
      afterThe.sentence === sentence &&
      isNameToken(afterThe) &&
      !NOT_NAMES.has(afterThe.lower) &&
      // ("A poll by Tallis Research for the Courier": a firm working for another is two names.)
      THE_JOINED_HEADS.has(tokens[end - 1]!.lower)
    ) {
      end += 3
      continue
    }
    // "Department for Ports, Rivers and Fisheries": a ministry's portfolios, listed with commas.
    if (token.text === ',' && next !== undefined && isNameToken(next) && isPortfolioName(tokens, start, end)) {
      let j = end + 1
      while (j < tokens.length && j - end <= 8 && (isNameToken(tokens[j]!) || tokens[j]!.text === ',')) j++
      // ("Department of Culture, Media and the Arts": the last portfolio may take "the".)
      const the = tokens[j + 1]?.lower === 'the' ? 1 : 0
      if (tokens[j]?.lower === 'and' && tokens[j + 1 + the] !== undefined && isNameToken(tokens[j + 1 + the]!)) {
        j += 2 + the
        while (j < tokens.length && isNameToken(tokens[j]!) && tokens[j]!.sentence === sentence) j++
        end = j
        continue
      }
    }
    // "Competition and Markets Authority", "Department of Health and Human Services": "and" between a
    // common word and a capitalized run that ends in a body's head word is inside one name.
    if (token.lower === 'and' && next !== undefined && isNameToken(next)) {
      const last = tokens[end - 1]!
      let j = end + 1
      while (j < tokens.length && j - end <= 4 && tokens[j]!.sentence === sentence && isNameToken(tokens[j]!)) j++
      // ("Kellby and Dunmore Ferry Board": two places that one body serves.)
      const places =
        end - start === 1 && j > end + 2 && last.pos === 'PROPN' && INSTITUTION_WORDS.has(tokens[j - 1]!.lower)
      if (
        (isCommonWord(last.lower) || places) &&
        (!ORGANIZATION_HEADS.has(last.lower) || end - start === 1) &&
        j > end + 1 &&
        (ORGANIZATION_HEADS.has(tokens[j - 1]!.lower) || ORGANIZATION_HEADS.has(tokens[j - 1]!.lower.replace(/s$/, '')))
      ) {
        end = j
        continue
      }
    }
    // "Transit Workers Local 21": a union local's number is part of its name.
    if (tokens[end - 1]!.text === 'Local' && end - start >= 2 && /^\d{1,5}$/.test(token.text) && !adjacent) {
      end++
      continue
    }
    // "European Union Mission in Tarvia", "Special Monitoring Mission to Ukraine": a mission's name
    // holds where it is sent.
    if (
      /^(in|to)$/.test(token.lower) &&
      tokens[end - 1]!.lower === 'mission' &&
      next !== undefined &&
      next.sentence === sentence &&
      isNameToken(next)
    ) {
      let j = end + 1
      while (j < tokens.length && j - end <= 3 && tokens[j]!.sentence === sentence && isNameToken(tokens[j]!)) j++
      end = j
      continue
    }
    // "Grain Growers' Forum", "Farmers’ Union": a plural's apostrophe inside a body's name.
    if (isPluralApostrophe(tokens, end)) {
      let j = end + 1
      while (j < tokens.length && j - end <= 3 && tokens[j]!.sentence === sentence && isNameToken(tokens[j]!)) j++
      // ("Dock Workers' Solidarity": members named by a common plural make a body whatever its head.)
      if (
        j > end + 1 &&
        (ORGANIZATION_HEADS.has(tokens[j - 1]!.lower) ||
          MEMBERS_BODY_HEADS.has(tokens[j - 1]!.lower) ||
          (GROUP_NOUNS.has(tokens[end - 1]!.lower) && end - start >= 2))
      ) {
        end = j
        continue
      }
    }
    // "Harlow & Finch", "Dunmore & Co": an ampersand between capitalized words joins a firm's name.
    if (token.text === '&' && next !== undefined && next.sentence === sentence && isNameToken(next)) {
      end += 2
      continue
    }
    if (token.text === '-' && adjacent && next && next.start === token.end && isNameToken(next)) {
      end += 2
      continue
    }
    // "Kim Hye-jin", "Lee Ji-ho": a Korean given name is two syllables joined by a hyphen, the second in
    // lower case.
    if (
      token.text === '-' &&
      adjacent &&
      next &&
      next.start === token.end &&
      isGivenNameSyllables(tokens, start, end)
    ) {
      end += 2
      continue
    }
    // "Vice President [Kamala] Harris", "Mr. [Boris] Johnson": an editor's brackets inside a name.
    if (token.text === '[' && next && isNameToken(next) && tokens[end + 2]?.text === ']') {
      const after = tokens[end + 3]
      if (after && after.sentence === sentence && after.pos === 'PROPN') {
        end += 4
        continue
      }
    }
    // 'General Charles "CQ" Brown': a nickname in quotation marks between two parts of a name.
    const nickname = nicknameEnd(tokens, end, sentence)
    if (nickname > 0) {
      end = nickname
      continue
    }
    break
  }
  // "U.S.-backed": a hyphenated lower-case tail is not part of the name (the tokenizer keeps it apart).
  return end
}

// Longest stretch of small words and names a known name may run on for: "… Co-operation in Europe".
const KNOWN_NAME_LOOKAHEAD = 6

/**
 * "Organisation for Security and Co-operation in Europe": a run of capitals cut at a small word runs on
 * to the end of a known name from the packs, when one starts with it.
 */
function extendToKnown(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  knowledge: Knowledge,
): number {
  const sentence = tokens[start]!.sentence
  const limit = Math.min(tokens.length, end + KNOWN_NAME_LOOKAHEAD)
  let best = end
  for (let k = end + 1; k <= limit && tokens[k - 1]!.sentence === sentence; k++) {
    if (!CAPITALIZED.test(tokens[k - 1]!.text)) continue
    const candidate = straighten(text.slice(tokens[start]!.start, tokens[k - 1]!.end)).toLowerCase()
    if (knowledge.actor(candidate)) best = k
  }
  return best
}

/** One past the name part after a quoted nickname opening at `at` ('"CQ" Brown'), or 0. */
function nicknameEnd(tokens: readonly Token[], at: number, sentence: number): number {
  if (!/^[“"‘]$/.test(tokens[at]?.text ?? '')) return 0
  let close = at + 1
  while (close < at + 4 && tokens[close] && isNameToken(tokens[close]!)) close++
  if (close === at + 1 || !/^[”"’]$/.test(tokens[close]?.text ?? '')) return 0
  const after = tokens[close + 1]
  return after && after.sentence === sentence && after.pos === 'PROPN' ? close + 2 : 0
}

/** Months used as surnames in this article ("Harriet May … May said"), so the lone surname is a name too. */
function findMonthSurnames(tokens: readonly Token[], knowledge: Knowledge): Set<string> {
  const found = new Set<string>()
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!
    if (!MONTHS_AS_NAMES.has(token.lower) || !CAPITALIZED.test(token.text)) continue
    const previous = tokens[i - 1]!
    // "Harriet May", not "Volta April deliveries": the word before must be a first name.
    const afterName = previous.sentence === token.sentence && knowledge.firstNameGender(previous.lower) !== undefined
    if (afterName && CAPITALIZED.test(previous.text) && isMonthSurname(tokens, i)) found.add(token.lower)
  }
  return found
}

/** "Harriet May said": a month after a name is a surname unless a day number follows ("Paris, May 5"). */
function isMonthSurname(tokens: readonly Token[], i: number): boolean {
  if (!MONTHS_AS_NAMES.has(tokens[i]!.lower)) return false
  const next = tokens[i + 1]
  return !(next && next.sentence === tokens[i]!.sentence && /^\d/.test(next.text))
}

/**
 * An organization word in the run, after any title: "Harbor Council President Ana Ruiz of Norway" is a
 * person from Norway, not a body named "… of Norway".
 */
function hasOrganizationWordAfterTitles(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const lower = tokens[i]!.lower
    if (ORGANIZATION_HEADS.has(lower) || LOCATION_HEADS.has(lower)) return true
    if (PERSON_TITLES.has(lower)) return false
  }
  return false
}

function hasOrganizationWord(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++)
    if (ORGANIZATION_HEADS.has(tokens[i]!.lower) || LOCATION_HEADS.has(tokens[i]!.lower)) return true
  return false
}

/** The organization that opens a title ("European Commission" in "European Commission President X"), if any. */
function bodyInTitle(
  text: string,
  tokens: readonly Token[],
  start: number,
  nameStart: number,
  knowledge: Knowledge,
): NameMention | null {
  let end = nameStart - 1
  while (end > start && PERSON_TITLES.has(tokens[end - 1]!.lower)) end--
  // "Finance Cabinet Secretary", "Interior State Secretary": a word that makes one title of the next.
  while (end > start && TITLE_COMPOUNDS.has(tokens[end - 1]!.lower)) end--
  if (end - start < 2) return null
  const surface = straighten(text.slice(tokens[start]!.start, tokens[end - 1]!.end))
  const known = knowledge.actor(surface.toLowerCase())
  if (known?.type !== 'organization' && !ORGANIZATION_HEADS.has(tokens[end - 1]!.lower)) return null
  return mention(tokens, start, end, surface, 'organization', known?.name ?? null, null, null)
}

const TITLE_COMPOUNDS = new Set(['cabinet', 'state', 'permanent', 'principal', 'junior', 'parliamentary'])

/** True when `start`–`end` lies in a quotation whose words are all capitalized (a title, not speech). */
function isQuotedTitle(text: string, start: number, end: number): boolean {
  const regions = findQuotedRegions(text)
  const index = regionAt(regions, start)
  if (index < 0) return false
  const region = regions[index]!
  if (region.end < end) return false
  const words = text.slice(region.start, region.end)
  return words.split(/\s+/).length <= 8 && isTitleLike(words)
}

/** "Former", "Ex-Harrier", "Democrat": a word that labels the person or thing named after it. */
function isLabelOpener(token: Token): boolean {
  return /^(former|ex)$/.test(token.lower) || /^ex-\p{L}/u.test(token.lower) || DESCRIPTION_TAILS.has(token.lower)
}

/** Splits a title off the front of a run and decides what the rest names. */
function classifyRun(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  knowledge: Knowledge,
  companies: ReadonlySet<string>,
): { mentions: NameMention[]; end: number } {
  // "The People's Republic of China": a known name with a possessive inside it starts before the "'s".
  if (start >= 2 && /^['’]s$/.test(tokens[start - 1]!.text) && CAPITALIZED.test(tokens[start - 2]!.text)) {
    const whole = straighten(text.slice(tokens[start - 2]!.start, tokens[end - 1]!.end)).toLowerCase()
    if (knowledge.actor(whole)) start -= 2
  }
  // "Ukrainian President Volodymyr Zelenskyy": the title words lead, the name follows.
  // The name starts after the last title word ("ECB President Christine Lagarde", "Rear Admiral X").
  let nameStart = start
  let titled = false
  // ("the General Staff", "Attorney General's Office": a body's name, not a title before one.)
  const bodyName = ORGANIZATION_HEADS.has(tokens[end - 1]!.lower) && end - start >= 2
  for (let k = end - 2; k >= start && !bodyName; k--) {
    if (PERSON_TITLES.has(tokens[k]!.lower) && !NAME_PARTICLES.has(tokens[k + 1]!.lower)) {
      nameStart = k + 1
      titled = true
      break
    }
  }
  // "Secretary of State Antony Blinken", "President of Ukraine Volodymyr Zelensky", "Minister of the Economy
  // Maxim Orlov": after "of", the words before the name complete the title. The name starts at a known
  // first name, or else at the words the common vocabulary lacks that end the run ("Economy" is a word).
  let titleBeforeOf = !titled && end - start >= 3 ? titleBeforeOfAt(tokens, start) : -1
  if (titleBeforeOf >= 0) {
    for (let k = start + 1; k < end - 1; k++) {
      if (knowledge.firstNameGender(tokens[k]!.lower) === undefined) continue
      nameStart = k
      titled = true
      break
    }
    let k = end
    // ("Tarvo Mets-Kesk": a hyphen between rare words is inside the name.)
    const inName = (j: number) =>
      isRareWord(tokens[j]!, knowledge) ||
      (tokens[j]!.text === '-' && j > start && isRareWord(tokens[j - 1]!, knowledge))
    while (k > start + 1 && inName(k - 1)) k--
    if (!titled && end - k >= 2 && k > start && !inName(k - 1)) {
      nameStart = k
      titled = true
    }
    if (!titled) titleBeforeOf = -1
  }
  // "Head of the Executive Office Ilse Varik", "Ecology and Ports Tarvo Kesk": after a title, or a
  // department's common words, the name is the rare words at the end.
  if (
    end - nameStart >= 3 &&
    !knowledge.actor(straighten(text.slice(tokens[start]!.start, tokens[end - 1]!.end)).toLowerCase())
  ) {
    let k = nameStart
    while (k < end - 2 && isCommonWord(tokens[k]!.lower) && knowledge.firstNameGender(tokens[k]!.lower) === undefined)
      k++
    const tail = tokens.slice(k, end)
    const lastLead = tokens[k - 1]?.lower ?? ''
    const department = ORGANIZATION_HEADS.has(lastLead) || PERSON_TITLES.has(lastLead) || DEPARTMENT_WORDS.has(lastLead)
    // ("Bank Handlowy Kellby SA": a firm's suffix makes the whole run a firm's name.)
    const firm = COMPANY_SUFFIXES.has(tokens[end - 1]!.lower)
    if (k > nameStart && department && !firm && tail.every((token) => isRareWord(token, knowledge))) {
      nameStart = k
      titled = true
    }
  }
  // "Australian Tom Moody": an adjective of origin before a name is not part of it.
  if (!titled) {
    let k = nameStart
    while (k < end - 1 && knowledge.demonymOf(tokens[k]!.lower) !== undefined) k++
    // ("the Dutch Ministry of Economic Affairs": a body keeps its state in its name.)
    const body =
      hasOrganizationWord(tokens, k, end) || tokens.slice(k, end).some((_, i) => isPluralApostrophe(tokens, k + i))
    if (k > nameStart && end - k >= 2 && !body) nameStart = k
  }
  // "Former Linnet Tom Berg", "Ex-Harrier Tom Berg", "Democrat Lena Marsh": a label opening the run is no
  // part of the name; the name starts at the first name after it (or right after "Former" alone).
  if (!titled && nameStart === start && end - start >= 2 && isLabelOpener(tokens[start]!)) {
    let k = start + 1
    while (k < end - 1 && knowledge.firstNameGender(tokens[k]!.lower) === undefined) k++
    const named = knowledge.firstNameGender(tokens[k]!.lower) !== undefined && k < end - 1
    // ("Former North Carolina Gov.": a place and a title, no first name.)
    if (named && !PERSON_TITLES.has(tokens[end - 1]!.lower)) nameStart = k
    else if (/^(former|ex)$/.test(tokens[start]!.lower)) nameStart = start + 1
  }
  const whole = straighten(text.slice(tokens[start]!.start, tokens[end - 1]!.end))
  const wholeKnown = knowledge.actor(whole.toLowerCase())
  if (wholeKnown) nameStart = start

  const results: NameMention[] = []
  const role =
    titleBeforeOf >= 0 && !wholeKnown
      ? roleThroughOf(text, tokens, titleBeforeOf, nameStart)
      : titled && !wholeKnown
        ? findRole(text, tokens, start, nameStart)
        : findRole(text, tokens, start, start)
  let nameText = straighten(text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end))
  // "the Centre party": a party's one-word name with its kind in lower case after it. The kind joins
  // the name; the mention stays the capitalized word, as news corpora mark it.
  // ("the far-right Tarvo party": its place in politics may stand between.)
  let article = nameStart - 1
  while (article > nameStart - 5 && (tokens[article]?.pos === 'ADJ' || isHyphenPiece(tokens, article))) article--
  const party = end - nameStart === 1 && tokens[article]?.lower === 'the' && tokens[end]?.text === 'party' && !titled
  if (party) nameText = `${nameText} party`
  const lower = nameText.toLowerCase()
  const known = knowledge.actor(lower)
  let type: EntityType | null = known?.type ?? null
  // "Mr. Prime Minister", "the Head of State", "Minister of Defence", "Executive Order": the rest of a
  // title, or a document, names no one.
  if (!known && !wholeKnown && isRestOfTitle(tokens, start, nameStart, end, titled)) return { mentions: [], end }
  // "Americans say …": a people in the plural is a group (found as one elsewhere), never a person.
  if (!known && end - nameStart === 1 && isPluralDemonym(tokens[nameStart]!.lower, knowledge))
    return { mentions: [], end }
  if (!type && titled) type = 'person'
  if (!type) type = guessType(tokens, nameStart, end, knowledge)
  if (party && (type === 'group' || type === null)) type = 'organization'
  // "Ana Montenegro, the port's deputy director": a surname that is also a place, before a person's role.
  if (
    type === 'location' &&
    !known &&
    end - nameStart === 2 &&
    !knowledge.placeKind(tokens[nameStart]!.lower) &&
    !PLACE_OPENERS.has(tokens[nameStart]!.lower) &&
    !PLACE_NAME_OPENERS.has(tokens[nameStart]!.lower) &&
    knowledge.demonymOf(tokens[nameStart]!.lower) === undefined &&
    appositiveRole(text, tokens, end) !== null
  )
    type = 'person'
  if (!known && !titled && isCompanyName(tokens, nameStart, end, type, lower, knowledge, companies))
    type = 'organization'
  // 'a memoir, "The Long Table,"', 'the "Political Book of the Year" award': a title in quotation marks.
  if (!known && type === 'person' && isQuotedTitle(text, tokens[nameStart]!.start, tokens[end - 1]!.end)) type = null

  // "Russia's Defense Ministry", "Ukraine's air force": a body named through its state.
  const body = possessiveBody(text, tokens, end, knowledge)
  // ("Kellby's government": a government is a body whoever the name before it turns out to be.)
  const government = body !== null && type === null && GOVERNMENT_NOUNS.has(tokens[body - 1]!.lower)
  if (body && (type === 'location' || type === 'organization' || government)) {
    const owner = mention(tokens, nameStart, end, nameText, type, known?.name ?? null, known?.seatOf ?? null, null)
    // (Unless the article names a person so, "Kellby" of "Kellby's government" is a place that governs itself.)
    results.push(government ? { ...owner, fallback: 'location' } : owner)
    const bodyText = straighten(text.slice(tokens[nameStart]!.start, tokens[body - 1]!.end))
    const bodyKnown = knowledge.actor(bodyText.toLowerCase())
    results.push(mention(tokens, nameStart, body, bodyText, 'organization', bodyKnown?.name ?? null, null, null))
    return { mentions: results, end: body }
  }
  const described = role ?? (type === 'person' ? appositiveRole(text, tokens, end) : null)
  // "European Commission President Ursula von der Leyen": the body in the title is named too.
  const titleBody = titled ? bodyInTitle(text, tokens, start, nameStart, knowledge) : null
  if (titleBody) results.push(titleBody)
  results.push(mention(tokens, nameStart, end, nameText, type, known?.name ?? null, known?.seatOf ?? null, described))
  return { mentions: results, end }
}

/**
 * "Sergei Lavrov, the foreign minister, said", "Joachim Nagel, the Bundesbank president,": a title in
 * the apposition after a name is the person's role. Only a short noun phrase with a title word counts.
 */
// Words that describe a person in an apposition besides titles: "a senior fellow", "his son-in-law".
const APPOSITION_HEADS = new Set(
  (
    'fellow professor economist analyst lawyer attorney researcher scholar historian director chief head ' +
    'leader founder chairman chairwoman chair member spokesman spokeswoman spokesperson adviser advisor ' +
    'aide envoy negotiator official diplomat strategist pollster consultant expert law wife husband son ' +
    'daughter brother sister father mother'
  ).split(' '),
)

function appositiveRole(text: string, tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.text !== ',') return null
  const sentence = tokens[end]!.sentence
  let k = end + 1
  if (tokens[k]?.pos === 'DET') k++
  const first = k
  let titled = false
  while (k < tokens.length && k - first < 9 && tokens[k]!.sentence === sentence) {
    const token = tokens[k]!
    if (token.text === ',' || token.text === '.' || token.text === ';') break
    const inPhrase =
      /^(ADJ|PROPN|NOUN|NUM)$/.test(token.pos) ||
      POSSESSIVE.test(token.text) ||
      token.text === '-' ||
      tokens[k - 1]?.text === '-' ||
      (/^(of|for|the|at|to)$/.test(token.lower) && k > first)
    if (!inPhrase) return null
    if (PERSON_TITLES.has(token.lower) || APPOSITION_HEADS.has(token.lower)) titled = true
    k++
  }
  const closed = tokens[k] !== undefined && /^[,.;]$/.test(tokens[k]!.text)
  if (!titled || !closed || k === first) return null
  return straighten(text.slice(tokens[first]!.start, tokens[k - 1]!.end))
}

function mention(
  tokens: readonly Token[],
  first: number,
  end: number,
  surface: string,
  type: EntityType | null,
  known: string | null,
  seatOf: string | null,
  role: string | null,
): NameMention {
  let fallback: EntityType | null = null
  if (type === null && end - first === 1) {
    // "Smith said": a lone name that speaks is a person even before we know who.
    // "a former Soviet state": the word after must be the verb, not a noun that is spelt like one.
    const after = tokens[end]
    // "Critics said", "Staff said": a title or a body of people speaking is no one's name.
    const word = tokens[first]!.lower
    const common =
      PERSON_TITLES.has(word) || GROUP_NOUNS.has(word) || ORGANIZATION_HEADS.has(word) || SOURCE_NOUNS.has(word)
    // ("the Courier found", "the Herald reported": after "the", a name that speaks is a newsroom or a body.)
    const titled = tokens[first - 1]?.lower === 'the'
    if (after && !common && speechLemma(after.lower) !== undefined && /^(VERB|AUX)$/.test(after.pos))
      fallback = titled ? 'organization' : 'person'
  }
  return {
    start: tokens[first]!.start,
    end: tokens[end - 1]!.end,
    surface,
    type,
    known,
    seatOf,
    role,
    fallback,
    first,
    last: end - 1,
  }
}

/**
 * "Acme shares rose … Acme said": a name with a word the article uses as a company's is that company,
 * unless it is a known place or a person with a known first name.
 */
function isCompanyName(
  tokens: readonly Token[],
  start: number,
  end: number,
  type: EntityType | null,
  lower: string,
  knowledge: Knowledge,
  companies: ReadonlySet<string>,
): boolean {
  if (companies.size === 0 || type === 'organization' || type === 'group') return false
  if (type === 'location' && knowledge.placeKind(lower) !== undefined) return false
  if (type === 'person' && knowledge.firstNameGender(tokens[start]!.lower) !== undefined) return false
  for (let k = start; k < end; k++) if (companies.has(tokens[k]!.lower)) return true
  return false
}

const MEMBER_NOUNS = new Set([
  'deputies',
  'lawmakers',
  'legislators',
  'mps',
  'senators',
  'councillors',
  'councilors',
  'members',
])

/** "KELLBY" from a dateline, when the text also writes "Kellby": the name as the prose writes it. */
function readableName(draft: EntityDraft): string {
  if (!/^[\p{Lu}\s.'’-]+$/u.test(draft.name) || draft.name.length < 4) return draft.name
  const upper = draft.name.toUpperCase()
  return [...draft.aliases].find((alias) => alias !== draft.name && alias.toUpperCase() === upper) ?? draft.name
}

/** The end of a possessive body after a state or organization ("'s air force"), or null. */
function possessiveBody(text: string, tokens: readonly Token[], end: number, knowledge: Knowledge): number | null {
  if (!POSSESSIVE.test(tokens[end]?.text ?? '')) return null
  for (let j = end + 1; j < Math.min(tokens.length, end + 5); j++) {
    const token = tokens[j]!
    if (token.sentence !== tokens[end]!.sentence) return null
    if (!/^(NOUN|PROPN|ADJ)$/.test(token.pos)) return null
    const phrase = straighten(text.slice(tokens[end - 1]!.start, token.end)).toLowerCase()
    if (ORGANIZATION_HEADS.has(token.lower) || knowledge.actor(phrase)) {
      // Prefer the longest head: "air force" over "air", "Energy Ministry" over "Energy".
      const next = tokens[j + 1]
      let head = next && ORGANIZATION_HEADS.has(`${token.lower} ${next.lower}`) ? j + 2 : j + 1
      while (
        tokens[head]?.sentence === token.sentence &&
        ((CAPITALIZED.test(tokens[head]!.text) && ORGANIZATION_HEADS.has(tokens[head]!.lower)) ||
          // ("Norway's health ministry": the institution after the portfolio word.)
          INSTITUTION_WORDS.has(tokens[head]!.lower))
      )
        head++
      return namedTail(tokens, head)
    }
  }
  return null
}

/** "Germany's Ministry of Economic Affairs": a capitalized "of …" tail belongs to the body's name. */
function namedTail(tokens: readonly Token[], head: number): number {
  const of = tokens[head]
  if (!of || !/^(of|for)$/.test(of.lower) || of.sentence !== tokens[head - 1]!.sentence) return head
  let end = head + 1
  while (end < tokens.length && tokens[end]!.sentence === of.sentence) {
    const token = tokens[end]!
    if (CAPITALIZED.test(token.text) && !NOT_NAMES.has(token.lower)) end++
    else if (/^(and|&)$/.test(token.lower) && CAPITALIZED.test(tokens[end + 1]?.text ?? '') && end > head + 1) end += 2
    else break
  }
  return end > head + 1 ? end : head
}

/** Decides the type of an untitled name from packs, the lexicon, its words and its context. */
const EVENT_HEADS = new Set([
  // Holidays: "Diwali", "Orthodox Easter".
  'eid',
  'fitr',
  'adha',
  'ramadan',
  'easter',
  'christmas',
  'passover',
  'hanukkah',
  'diwali',
  'cup',
  'open',
  'series',
  'games',
  'olympics',
  'paralympics',
  'championship',
  'championships',
  'trophy',
  'prize',
  'award',
  'awards',
  'day',
  'festival',
  'tournament',
  'marathon',
  'classic',
  'masters',
  // Laws, wars, documents and places that are named like people: "Clean Air Act", "Cold War".
  'act',
  'bill',
  'law',
  'charter',
  'treaty',
  'doctrine',
  'war',
  'mall',
  'forum',
  'studies',
  'healthcare',
  'plan',
  'program',
  'programme',
  // Meetings, agreements and crises: "Family Leadership Summit", "Missile Crisis".
  'summit',
  'conference',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'crisis',
  'revolution',
  'initiative',
  'inquiry',
  'window',
  'famine',
  'rally',
  'edition',
  'weapons',
  'warfare',
  'competition',
  'show',
  'order',
  'decree',
  // Treaties and the rights they protect: "Lisbon Memorandum", "Civic Freedoms", "Armed Conflict".
  'convention',
  'memorandum',
  'declaration',
  'protocol',
  'resolution',
  'strategy',
  'framework',
  'rights',
  'freedoms',
  'property',
  'conflict',
])

// Endings of abstract nouns that no surname has: "Ethnic Segregation", "Coastal Heritage Preservation".
const ABSTRACT_ENDING = /(?:tions?|sions?|ments?|isms?|ities|ity|ships?)$/

// Kinds of things a product or facility is named for, at the end of its name or right after it:
// "Nord Stream Pipeline", "Storm Shadow missiles".
const THING_NOUNS = new Set(
  (
    'missile missiles rocket rockets pipeline pipelines tank tanks jet jets drone drones launcher launchers ' +
    'system systems aircraft warplane warplanes helicopter helicopters vaccine vaccines app reactor reactors ' +
    'crude flag flags book'
  ).split(' '),
)

const PARTY_MEMBERS = new Set(
  'democrats republicans conservatives socialists liberals tories progressives dems greens'.split(' '),
)
/** "Reports said …", "Sources say …": things that speak in news, capitalized when they open a sentence. */
const SOURCE_NOUNS = new Set(
  'reports sources documents records polls surveys studies data figures estimates images footage statements'.split(' '),
)

/** Nouns for kinds of organization, in an apposition after a name or right before it. */
const ORGANIZATION_KINDS = new Set(
  (
    'group firm company broker brokerage tank agency consultancy watchdog charity organisation organization ngo ' +
    'nonprofit institute bank lender insurer airline publisher newspaper broadcaster network movement coalition ' +
    'alliance militia manufacturer carmaker startup retailer fund foundation outlet daily tabloid channel ' +
    'app platform regulator operator streamer service developer chain club team utility marketplace'
  ).split(' '),
)

/** Advisers in the plural, hired as one firm. */
const HIRED_FIRMS = new Set(
  'solicitors lawyers attorneys auditors accountants bankers brokers advisers advisors consultants underwriters'.split(
    ' ',
  ),
)

function kindOfOrganizationAround(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]
  if (before && before.pos === 'NOUN' && ORGANIZATION_KINDS.has(before.lower) && before.text === before.lower)
    return true
  // "Her lawyers, Vos Berg, said": the name set beside advisers in the plural is their firm.
  if (before?.text === ',' && HIRED_FIRMS.has(tokens[start - 2]?.lower ?? '') && tokens[end]?.text === ',') return true
  if (tokens[end]?.text !== ',' || !/^(a|an|the)$/.test(tokens[end + 1]?.lower ?? '')) return false
  for (let k = end + 2; k < Math.min(tokens.length, end + 7); k++) {
    const token = tokens[k]!
    // ("think tank": the tagger reads "think" as a verb.)
    const modifier = ORGANIZATION_KINDS.has(tokens[k + 1]?.lower ?? '')
    if (token.pos === 'PUNCT' || token.pos === 'ADP' || (token.pos === 'VERB' && !modifier)) return false
    if (ORGANIZATION_KINDS.has(token.lower) && !/^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) return true
  }
  return false
}

const SERVICE_DISTRICTS = new Set([
  'school',
  'water',
  'fire',
  'hospital',
  'transit',
  'sanitation',
  'utility',
  'irrigation',
])

const EMPLOYEES =
  /^(analysts|economists|strategists|researchers|experts|officials|staff|executives|scientists|engineers|workers|employees|lawyers|traders)$/

// Built places and groupings of states named like people: "Berlin Wall", "Weimar Triangle".
const LANDMARK_HEADS = new Set(
  'wall gate tower stadium airport pavilion palace cathedral museum theatre theater'.split(' '),
)
const GROUPING_HEADS = new Set('triangle quartet quad site website'.split(' '))

// Words that end a description, not a name: "New Hampshire Democrat", "Cabinet Minister", "-General".
const DESCRIPTION_TAILS = new Set(['democrat', 'republican', 'conservative', 'socialist', 'people'])

const ORGANIZATION_OPENERS = new Set(['agence', 'agencia', 'grupo', 'groupe', 'cadena', 'banco'])

/** "the Panama-flagged Sela Marin", "the tanker Kellby Star": a ship's name opens at `k`. */
function namesVessel(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1]?.lower ?? ''
  return /-?flagged$/.test(previous) || VESSELS.has(previous)
}

/** Kinds of ship whose name follows them: "the tanker Kellby Star". */
const VESSELS = new Set('tanker freighter vessel ship frigate destroyer corvette trawler yacht submarine'.split(' '))

/** "South Florida", "San Bernardino", "Fort Worth": a first word that makes a place of a name. */
const PLACE_OPENERS = new Set(['south', 'north', 'east', 'west', 'san', 'santa', 'los', 'las', 'fort'])
const REGION_KINDS = new Set(['county', 'province', 'region', 'oblast', 'governorate', 'prefecture'])
const PLACE_KIND_AFTER = new Set(
  'temple mosque shrine monastery reservoir dam valley basin border crossing checkpoint airport airbase refinery mine district municipality'.split(
    ' ',
  ),
)
const SHRINES = new Set(['temple', 'mosque', 'shrine', 'monastery'])
/** Openers of place names that are no first names ("Santa Lucena", "River Tarvik", "Lake Dorn"). */
const ORGANIZATION_KIND_AFTER = new Set(
  'coalition alliance militia movement gang faction brokerage carrier airline consortium cartel syndicate'.split(' '),
)
const CAMPAIGN_OPENERS = new Set(['save', 'stop'])
const PLACE_NAME_OPENERS = new Set(['san', 'santa', 'los', 'las', 'fort', 'river', 'lake', 'mount', 'port', 'cerro'])

function isClubName(tokens: readonly Token[], start: number, end: number, knowledge: Knowledge): boolean {
  let club = false
  let place = false
  for (let i = start; i < end; i++) {
    const lower = tokens[i]!.lower
    if (CLUB_WORDS.has(lower)) club = true
    else if (knowledge.placeKind(lower) !== undefined) place = true
  }
  return club && place
}

function guessType(tokens: readonly Token[], start: number, end: number, knowledge: Knowledge): EntityType | null {
  const first = tokens[start]!
  const last = tokens[end - 1]!
  const length = end - start
  const lowerName = tokens
    .slice(start, end)
    .map((token) => token.lower)
    .join(' ')
  // "Iraqi Kurdish": adjectives of origin name no one on their own (groups are read elsewhere).
  if (tokens.slice(start, end).every((token) => knowledge.demonymOf(token.lower) !== undefined)) return null
  // "Harlow & Finch": people are joined by "and"; an ampersand inside a name makes it a firm's, and
  // so does a plural's apostrophe ("Grain Growers' Forum": the run only keeps one before a body's head).
  if (tokens.slice(start, end).some((token, i) => token.text === '&' || isPluralApostrophe(tokens, start + i)))
    return 'organization'
  // "Kellby Parents for Choice": members named for a cause are a body.
  for (let k = start; k < end - 1; k++) if (namesMembersFor(tokens, k)) return 'organization'
  // "World Cup", "Hong Kong Open": competitions and occasions are none of our types.
  if (length > 1 && LANDMARK_HEADS.has(last.lower)) return 'location'
  // "Brackley Valley Unified School District", "Harbor Water District": a district that runs a service is a body.
  if (length > 2 && last.lower === 'district' && SERVICE_DISTRICTS.has(tokens[end - 2]!.lower)) return 'organization'
  if (length > 1 && GROUPING_HEADS.has(last.lower)) return 'organization'
  const abstract =
    last.lower.length >= 7 &&
    ABSTRACT_ENDING.test(last.lower) &&
    !ORGANIZATION_HEADS.has(last.lower) &&
    !LOCATION_HEADS.has(last.lower) &&
    !knowledge.isLastName(last.lower)
  const thing = EVENT_HEADS.has(last.lower) || THING_NOUNS.has(last.lower) || abstract
  if (length > 1 && thing && !hasOrganizationWord(tokens, start, end - 1)) return null
  if (knowledge.isOrganization(lowerName)) return 'organization'
  if (knowledge.placeKind(lowerName)) return 'location'
  // "the Government", "Division two": a head noun alone is a common noun written with a capital, a body
  // of people rather than a named organization; one that speaks ("Police said") stays a speaker.
  if (
    length === 1 &&
    ORGANIZATION_HEADS.has(last.lower) &&
    !HEADS_NAMED_ALONE.has(last.lower) &&
    speechLemma(tokens[end]?.lower ?? '') === undefined
  )
    return 'group'
  if (ORGANIZATION_HEADS.has(last.lower)) return 'organization'
  // "Dynamo Kellsby", "Kellsby United", "Inter Tarvisk": a club word beside a place's name is a club.
  if (length > 1 && isClubName(tokens, start, end, knowledge)) return 'organization'
  if (LOCATION_HEADS.has(last.lower) && length > 1) return 'location'
  for (let i = start; i < end; i++) if (ORGANIZATION_HEADS.has(tokens[i]!.lower) && length > 2) return 'organization'
  // "Santa Lucena", "River Tarvik", "in El Darim": a place's opener before a word that could be a surname.
  const placed = /^(in|into|near|across|outside|from|to)$/.test(tokens[start - 1]?.lower ?? '')
  if (length >= 2 && (PLACE_NAME_OPENERS.has(first.lower) || (placed && first.lower === 'el'))) return 'location'
  // "licensed by neighbouring Dunmore": what neighbours is a place.
  if (/^neighbou?ring$/.test(tokens[start - 1]?.lower ?? '') && !knowledge.firstNameGender(first.lower))
    return 'location'
  // "Walla Walla", "Bora Bora": a doubled word names a place; no one's surname repeats the given name.
  if (length === 2 && first.lower === last.lower && first.pos === 'PROPN') return 'location'
  // "Tarva-Kell county", "the Kellby oblast": a name before a lower-case kind of region is that region,
  // even when it opens with a first name.
  if (
    REGION_KINDS.has(tokens[end]?.text ?? '') &&
    tokens[end + 1]?.pos !== 'NOUN' &&
    last.pos !== 'ADJ' &&
    knowledge.demonymOf(lowerName) === undefined
  )
    return 'location'
  // "the Panama-flagged Sela Marin", "the tanker Kellby Star": a ship's name is none of our types.
  const previous = tokens[start - 1]?.lower ?? ''
  if (namesVessel(tokens, start)) return null
  // "KELLBY (Harbor Ledger) —": the outlet in brackets after a dateline is an organization.
  if (previous === '(' && tokens[end]?.text === ')' && /^[-—–]$/.test(tokens[end + 1]?.text ?? '')) {
    let opening = start - 1
    while (opening > 0 && tokens[opening - 1]!.sentence === first.sentence) opening--
    if (/^\p{Lu}{3,}[,.]?$/u.test(tokens[opening]!.text)) return 'organization'
  }
  // "Agence Tarvienne", "Grupo Norte": a foreign word for a body opens its name.
  if (length >= 2 && ORGANIZATION_OPENERS.has(first.lower)) return 'organization'
  const gender = knowledge.firstNameGender(first.lower)
  if (gender && length >= 2) return 'person'
  // "near the Wat Dornsa temple", "the Kellby reservoir": a name before a kind of place names that place.
  // (Not a people's adjective, "Tarvian border"; a shrine's one-word name may be a faith's own.)
  const kind = tokens[end]?.text ?? ''
  if (
    PLACE_KIND_AFTER.has(kind) &&
    knowledge.demonymOf(lowerName) === undefined &&
    last.pos !== 'ADJ' &&
    // ("the Tarvian border town": the kind word modifies another noun, so the name may be an adjective.)
    tokens[end + 1]?.pos !== 'NOUN' &&
    // ("the al-Dunn checkpoint": a name cut from its particle is left as it was.)
    tokens[start - 1]?.text !== '-' &&
    (length >= 2 || !SHRINES.has(kind))
  )
    return 'location'
  // "Harbor Bus Drivers Local 52": a union local, named with its number.
  if (length >= 3 && tokens[end - 2]!.text === 'Local' && /^\d{1,5}$/.test(last.text)) return 'organization'
  // "Civic Renewal, whose six senators …", "Kellby, whose members …": what has deputies is a party.
  if (tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'whose') {
    let j = end + 2
    while (/^(NUM|ADJ)$/.test(tokens[j]?.pos ?? '')) j++
    if (MEMBER_NOUNS.has(tokens[j]?.lower ?? '')) return 'organization'
  }
  // "the Kellby coalition", "the Vos militia": a name before a lower-case kind of body names the body.
  if (ORGANIZATION_KIND_AFTER.has(kind) && last.pos !== 'ADJ' && knowledge.demonymOf(lowerName) === undefined)
    return 'organization'
  // "Save Kellby Fields", "Stop the Tarvik Road": a campaign is named for what it asks.
  if (length >= 2 && CAMPAIGN_OPENERS.has(first.lower) && !isSentenceStart(tokens, start)) return 'organization'
  if (length >= 2 && knowledge.isLastName(last.lower)) return 'person'
  // A company's name inside ("Apple Store", "Apple Pay"): a product or a branch, not a person.
  if (tokens.slice(start, end).some((token) => knowledge.isOrganization(token.lower))) return 'organization'
  // "Storm Shadow missiles", "Nord Stream pipeline": a name before a kind of thing names that thing.
  if (THING_NOUNS.has(tokens[end]?.lower ?? '')) return null
  // No first name and a title or party at the end: a description of someone ("U.S. Ambassador",
  // "Pennsylvania Democrat"), which the references stage may resolve, not a name.
  if (PERSON_TITLES.has(last.lower) || DESCRIPTION_TAILS.has(last.lower)) return null
  // "House Republicans", "Labour Tories": members of a party, in the plural, are a group.
  // ("Tarvik Greens", "the Liberals": a party named by its members.)
  if ((length >= 2 || tokens[start - 1]?.lower === 'the') && PARTY_MEMBERS.has(last.lower)) return 'group'
  // "Cricket Australia", "Rugby Canada": a sport before a country names its national federation.
  if (length === 2 && SPORTS.has(first.lower) && knowledge.placeKind(last.lower) !== undefined) return 'organization'
  // "Maoist China", "Capital Kyiv": a place's name at the end with no first name before it.
  if (length >= 2 && knowledge.placeKind(last.lower) !== undefined && knowledge.placeKind(lowerName) === undefined)
    return 'location'
  // "MOSTAR - Rescuers reached …": a dateline in capitals opening a sentence names the place of the story.
  if (
    length <= 3 &&
    /^[A-Z]{3,}$/.test(first.text) &&
    /^[-—–,]$/.test(tokens[end]?.text ?? '') &&
    isSentenceStart(tokens, start)
  )
    return 'location'
  if (ACRONYM.test(first.text) && length === 1) return 'organization'
  // "K4 fighters", "the G7 leaders": a code of letters and digits before its members or a title.
  if (length === 1 && /^[A-Z]{1,3}\d{1,3}$/.test(first.text) && CODE_MEMBERS.test(tokens[end]?.lower ?? ''))
    return 'organization'
  // "Hartwell Marine, a London broker", "the human rights group Memorial": named as a kind of organization.
  if (kindOfOrganizationAround(tokens, start, end)) return 'organization'
  // "Commerzbank", "Rabobank": a bank's name written as one word.
  if (length === 1 && /^\p{Lu}\p{Ll}{3,}bank$/u.test(first.text)) return 'organization'
  const before = tokens[start - 1]
  // "analysts at Commerzbank", "economists at Nordea": people at a name work for it.
  if (before?.lower === 'at' && EMPLOYEES.test(tokens[start - 2]?.lower ?? '')) return 'organization'
  // ("is due to visit Tarvik": an unknown name that is visited is a place.)
  if (
    before &&
    /^(in|at|near|from|to|across|outside|inside|into|towards?|through|visit|visited|visiting|visits|shelled|bombed|struck|pounded)$/.test(
      before.lower,
    ) &&
    length <= 3
  )
    return 'location'
  // "the northern city of Tarvask", "the port town of Kellby".
  if (
    before?.lower === 'of' &&
    /^(city|town|village|port|region|province|district|capital)$/.test(tokens[start - 2]?.lower ?? '')
  )
    return 'location'
  // "San Marcos", "South Tyrol"; after a compass word a first name makes a person ("West Anna").
  const compass = /^(south|north|east|west)$/.test(first.lower)
  if (
    length >= 2 &&
    PLACE_OPENERS.has(first.lower) &&
    (!compass || knowledge.firstNameGender(tokens[start + 1]!.lower) === undefined)
  )
    return 'location'
  // "Kellby Falcons", "Tarvik Sharks": a team's nickname at the end of a name with no first name.
  if ((length === 2 || length === 3) && TEAM_NICKNAMES.has(last.lower) && gender === undefined) return 'organization'
  // Capitalized words with nothing known about them: a name of two to four words is most often a
  // person's, unless the tagger reads a word as an adjective ("Iraqi Kurdish").
  // ("Lee Ji-ho": the lower-case syllable after a hyphen belongs to the given name before it.)
  const run = tokens
    .slice(start, end)
    .filter(
      (token, i) =>
        !NAME_PARTICLES.has(token.text) && token.text !== '-' && !(i > 0 && tokens[start + i - 1]!.text === '-'),
    )
  if (
    length >= 2 &&
    length <= 4 &&
    run.every((token) => NAME_WORD.test(token.text)) &&
    !run.some((token) => token.pos === 'ADJ') &&
    // "Iraqi Kurds", "Total Canadian": a word of origin at either end names a people or a thing, not a person.
    knowledge.demonymOf(first.lower) === undefined &&
    knowledge.demonymOf(last.lower) === undefined &&
    // "Belt and Road Forum": a name that ends in an event or a thing is nobody's, whatever comes before.
    !thing &&
    !(/(?:ish|ese)$/.test(last.lower) && !knowledge.isLastName(last.lower)) &&
    !isCapitalizedPhrase(run)
  )
    return 'person'
  if (gender) return 'person'
  // "the Harriers won", "a loss to the Linnets": a capitalized plural after "the" that names no people
  // or place is a team's or a body's name.
  if (
    length === 1 &&
    before?.text === 'the' &&
    /^[A-Z][a-z]+[^s]s$/.test(first.text) &&
    knowledge.placeKind(lowerName) === undefined &&
    knowledge.demonymOf(lowerName) === undefined &&
    // "the Samoans", "the Moslems": peoples and faiths, not teams.
    !/(?:an|em|im)s$/.test(lowerName) &&
    !GROUP_NOUNS.has(lowerName) &&
    !PARTY_MEMBERS.has(lowerName)
  )
    return 'organization'
  return null
}

/** "Exporters' Forum": an apostrophe written right after a plural. */
function isPluralApostrophe(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]
  if (before === undefined || before.end !== tokens[k]!.start) return false
  // "People's Party", "Women's League": a plural without an s takes "'s".
  if (IRREGULAR_PLURALS.has(before.lower)) return /^['’]s$/.test(tokens[k]!.text)
  return /^['’]$/.test(tokens[k]!.text) && /s$/.test(before.lower)
}

const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children'])

const CODE_MEMBERS =
  /^(spokesman|spokeswoman|spokesperson|leader|leaders|commander|commanders|fighters|rebels|militia|members|group|movement|negotiators|delegation|ministers|summit|statement)$/

const SPORTS = new Set(
  'hockey cricket rugby football soccer tennis athletics swimming cycling rowing golf basketball netball volleyball sailing skiing triathlon boxing judo gymnastics badminton'.split(
    ' ',
  ),
)

/** A capitalized word of a name, in any Latin script: "Dvořák", "McAllister", "O'Brien". */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.-]+(?:\p{Lu}[\p{Ll}'’.-]+)?$/u

/**
 * "Emergency Rural Measures", "Coastal Defence", "Emergency Relief": every word a common English word,
 * opening with an adjective or a long noun, is a phrase written with capitals. A person's name has a
 * word the vocabulary lacks, or opens with a short first name that is also a word ("Ray Knight").
 */
function isCapitalizedPhrase(run: readonly Token[]): boolean {
  if (!run.every((token) => isCommonWord(token.lower))) return false
  const first = run[0]!.lower
  return vocabularyClass(first) === 'ADJ' || first.length >= 7
}

function isRestOfTitle(
  tokens: readonly Token[],
  start: number,
  nameStart: number,
  end: number,
  titled: boolean,
): boolean {
  const words = tokens.slice(nameStart, end)
  const last = words[words.length - 1]!.lower
  const common = words.every((token) => isCommonWord(token.lower) || PERSON_TITLES.has(token.lower))
  // ("Head of the Defence Ministry": a body after the title is named.)
  if (!titled) return followsTitleAndOf(tokens, start) && common && !ORGANIZATION_HEADS.has(last)
  if (EVENT_HEADS.has(last) || (PERSON_TITLES.has(last) && common)) return true
  let k = nameStart - 1
  if (tokens[k]?.lower === 'the') k--
  return tokens[k]?.lower === 'of' && common
}

function isPluralDemonym(lower: string, knowledge: Knowledge): boolean {
  return lower.endsWith('s') && knowledge.demonymOf(lower.slice(0, -1)) !== undefined
}

/** What ministries and portfolios are named for: "Minister of Transport", "Environment Alexander Kozlov". */
const DEPARTMENT_WORDS = new Set(
  (
    'transport transportation trade environment utilities education security policy affairs defence defense ' +
    'finance justice health interior economy energy agriculture culture sport sports labour labor industry ' +
    'development infrastructure ecology communications housing tourism science'
  ).split(' '),
)

/** How far back from a run "of" may find its title: "Minister of Foreign Affairs of Ukraine …". */
const MAX_TITLE_REACH = 10

/**
 * "Minister of [the] …", "Speaker of the House of …": a title, then "of", right before token `start`.
 * Returns the title's token index, or -1.
 */
function titleBeforeOfAt(tokens: readonly Token[], start: number): number {
  let k = start - 1
  if (tokens[k]?.lower === 'the') k--
  if (tokens[k]?.lower !== 'of') return -1
  for (let j = k - 1; j >= 0 && k - j <= MAX_TITLE_REACH; j--) {
    const token = tokens[j]!
    if (PERSON_TITLES.has(token.lower)) return j
    if (!CAPITALIZED.test(token.text) && !/^(of|the|and|for)$/.test(token.lower)) return -1
  }
  return -1
}

const followsTitleAndOf = (tokens: readonly Token[], start: number): boolean => titleBeforeOfAt(tokens, start) >= 0

/** "U.S. Secretary of State": the role from the title (and what qualifies it) to the name. */
function roleThroughOf(text: string, tokens: readonly Token[], title: number, nameStart: number): string {
  const before = findRole(text, tokens, title, title + 1)
  // (`findRole` keeps the text's length, so its start is found back from the title's end.)
  const from = before === null ? tokens[title]!.start : tokens[title]!.end - before.length
  return straighten(text.slice(from, tokens[nameStart - 1]!.end)).replace(/^(?:the|a|an)\s+/i, '')
}

/** A word of a person's name: neither common English nor a place, a people or a title. */
function isRareWord(token: Token, knowledge: Knowledge): boolean {
  return (
    CAPITALIZED.test(token.text) &&
    !isCommonWord(token.lower) &&
    knowledge.placeKind(token.lower) === undefined &&
    knowledge.demonymOf(token.lower) === undefined &&
    !PERSON_TITLES.has(token.lower)
  )
}

/** Titles before a name ("U.S. special envoy", "Putin's adviser"), read backwards from `nameStart`. */
function findRole(text: string, tokens: readonly Token[], runStart: number, nameStart: number): string | null {
  let roleStart = nameStart
  let sawTitle = false
  let j = nameStart - 1
  const sentence = tokens[nameStart]!.sentence
  while (j >= 0 && tokens[j]!.sentence === sentence) {
    const token = tokens[j]!
    const lower = token.lower
    // A hyphen inside a compound ("Vice-President") belongs to the role; a spaced dash ends it.
    const joiningHyphen = token.text === '-' && token.start === tokens[j - 1]?.end && token.end === tokens[j + 1]?.start
    if (
      (j >= runStart && token.text !== '-') ||
      PERSON_TITLES.has(lower) ||
      ROLE_MODIFIERS.has(lower) ||
      joiningHyphen
    ) {
      if (PERSON_TITLES.has(lower)) sawTitle = true
      roleStart = j
      j--
      continue
    }
    if (POSSESSIVE.test(token.text) && sawTitle && j > 0 && CAPITALIZED.test(tokens[j - 1]!.text)) {
      roleStart = j - 1 // "Putin's adviser": the possessor's last name belongs to the role.
      break
    }
    if (CAPITALIZED.test(token.text) && token.pos === 'PROPN' && sawTitle) {
      roleStart = j // "U.S. special envoy", "German Chancellor"
      j--
      continue
    }
    break
  }
  if (!sawTitle || roleStart === nameStart) return null
  // A role must end with a title word, not a modifier ("the former" is no role).
  if (!PERSON_TITLES.has(tokens[nameStart - 1]!.lower)) return null
  // A dash that only joined the dateline ("KYIV - Ukrainian President …") is no part of the role.
  return straighten(text.slice(tokens[roleStart]!.start, tokens[nameStart - 1]!.end)).replace(/^[-–—\s]+/, '') || null
}

// Lower-case heads that make an institution of the name before them: "Biden administration".
const INSTITUTION_HEADS = new Set(['administration', 'government', 'regime', 'leadership', 'cabinet'])

/** "Russian officials", "European allies", "U.S. negotiators": groups named by origin and kind. */
function findGroups(
  text: string,
  tokens: readonly Token[],
  knowledge: Knowledge,
  names: readonly NameMention[],
): NameMention[] {
  const groups: NameMention[] = []
  const covered = new Set<number>()
  // Last tokens of person names: "the Biden administration" is named after its head, often by surname alone.
  const personEnds = new Set<number>()
  const surnames = new Set<string>()
  for (const name of names) if (name.type === 'person') surnames.add(tokens[name.last]!.lower)
  for (const name of names) {
    // A name of no known type ("Ukrainians" opening a sentence) leaves its words free for a group.
    if (name.type !== null) for (let k = name.first; k <= name.last; k++) covered.add(k)
    if (name.type === 'person' || (name.first === name.last && surnames.has(tokens[name.last]!.lower)))
      personEnds.add(name.last)
  }
  const push = (first: number, last: number, type: EntityType) => {
    const surface = straighten(text.slice(tokens[first]!.start, tokens[last]!.end))
    groups.push({
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      surface,
      type,
      known: null,
      seatOf: null,
      role: null,
      fallback: null,
      first,
      last,
    })
  }
  // "the city council", "the council": a local body the article never names in capitals is an actor too,
  // once, under its fullest description. (When a named council exists, "the council" refers to it.)
  const namedCouncil = names.some((name) => tokens[name.last]!.lower === 'council')
  for (let i = 0; i < tokens.length && !namedCouncil; i++) {
    if (tokens[i]!.lower !== 'the' || covered.has(i + 1)) continue
    const modifier = LOCAL_BODY_MODIFIERS.has(tokens[i + 1]?.lower ?? '') ? 1 : 0
    const head = tokens[i + 1 + modifier]
    if (head?.text !== 'council' || covered.has(i + 1 + modifier)) continue
    push(i + 1, i + 1 + modifier, 'organization')
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const next = tokens[i + 1]
    // "Ukrainians", "Palestinians": a people named by its plural demonym is a group of its own.
    if (
      !covered.has(i) &&
      CAPITALIZED.test(token.text) &&
      token.lower.endsWith('s') &&
      knowledge.demonymOf(token.lower) !== undefined &&
      !(next && next.sentence === token.sentence && GROUP_NOUNS.has(next.lower))
    ) {
      push(i, i, 'group')
      continue
    }
    // "the Biden administration", "the Putin regime": an institution named after its leader. ("The Russian
    // government" stays with Russia: positions read it as the state, and CoNLL names only "Russian".)
    if (next && next.sentence === token.sentence && INSTITUTION_HEADS.has(next.lower) && personEnds.has(i)) {
      push(i, i + 1, 'organization')
      continue
    }
    // "the Greek coast guard", "the Tarvian navy": a state's armed body in lower case, named by its
    // people's adjective, speaks as a body ("it said").
    const force = tokens[i - 1]?.lower === 'the' && next?.sentence === token.sentence ? stateForceAt(tokens, i + 1) : 0
    if (force > 0 && !covered.has(i + 1) && knowledge.demonymOf(token.lower)) {
      push(i, i + force, 'organization')
      continue
    }
    // "the U.N. aid office", "the EU refugee agency": a body's own office in lower case is a
    // body of its own, which speaks ("the office said").
    // (Only after a body's name: the name's last word is covered.)
    const office = covered.has(i) ? officeAfter(tokens, i) : 0
    if (office > 0) {
      const owner = names.find((name) => name.last === i && name.type === 'organization')
      if (owner && tokens[owner.first - 1]?.lower === 'the') {
        push(owner.first, office, 'organization')
        continue
      }
    }
    // "Russian officials", "European allies": a group named by origin and kind.
    if (!next || !GROUP_NOUNS.has(next.lower) || next.sentence !== token.sentence || next.pos === 'VERB') continue
    if (covered.has(i + 1)) continue
    const isOrigin =
      knowledge.demonymOf(token.lower) !== undefined ||
      (CAPITALIZED.test(token.text) && (covered.has(i) || token.pos === 'PROPN' || token.pos === 'ADJ'))
    if (!isOrigin || NOT_NAMES.has(token.lower)) continue
    // "White House officials": the whole name before the kind, not its last word.
    const owner = covered.has(i) ? names.find((name) => name.first <= i && i === name.last) : undefined
    push(owner ? owner.first : i, i + 1, 'group')
  }
  return groups
}

const OFFICE_HEADS = new Set(['office', 'agency', 'mission', 'secretariat', 'envoy'])

/** The last token of "aid office", "refugee agency" after token `k`, or 0. */
function officeAfter(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const token = tokens[j]!
    if (token.sentence !== tokens[k]!.sentence || token.text !== token.lower) return 0
    if (OFFICE_HEADS.has(token.lower)) return j > k + 1 ? j : 0
    // ("Xinhua news agency": an outlet's description, not a body of its own.)
    if (!/^(ADJ|NOUN)$/.test(token.pos) || token.lower === 'news') return 0
  }
  return 0
}

const STATE_FORCES = new Set(['navy', 'army', 'military', 'police'])
const STATE_FORCE_PAIRS = new Set(['coast guard', 'air force', 'border guard', 'border service'])

const FORCE_WORDS = new Set([...STATE_FORCES, ...[...STATE_FORCE_PAIRS].flatMap((pair) => pair.split(' '))])

/** How many words of a state's force open at `k` ("coast guard" 2, "navy" 1), else 0. */
function stateForceAt(tokens: readonly Token[], k: number): number {
  const first = tokens[k]
  if (!first || first.text !== first.lower) return 0
  const second = tokens[k + 1]
  if (second && second.sentence === first.sentence && STATE_FORCE_PAIRS.has(`${first.lower} ${second.lower}`)) return 2
  return STATE_FORCES.has(first.lower) ? 1 : 0
}

const LOCAL_BODY_MODIFIERS = new Set(['city', 'county', 'town', 'borough', 'district', 'parish', 'municipal', 'local'])

/** A person's name reduced to its words, for matching surnames and spelling variants. */
// Names are compared pairwise when mentions merge: each name is split once per process (bounded).
const NAME_WORDS = new Map<string, readonly string[]>()
const nameWords = (name: string): readonly string[] => {
  let words = NAME_WORDS.get(name)
  if (words === undefined) {
    if (NAME_WORDS.size >= 20_000) NAME_WORDS.clear()
    words = name.toLowerCase().split(/\s+/).filter(Boolean)
    NAME_WORDS.set(name, words)
  }
  return words
}

/** True for spelling variants of one surname (Zelensky / Zelenskyy / Zelenskiy). */
function isVariant(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length < 6 || b.length < 6 || a.slice(0, 5) !== b.slice(0, 5)) return false
  return editDistance(a, b) <= 2
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

interface EntityDraft {
  name: string
  type: EntityType
  aliases: Set<string>
  roles: Set<string>
  mentions: Mention[]
  partOf: string | null
  /** Lower-case words of the full name, for surname matching. */
  words: readonly string[]
}

/**
 * "Norvane has warned …, Norvane's head of sales said": a one-word name taken for a person
 * because it speaks is a firm when the article gives it what only firms have (shareholders, revenue, a head
 * of a department).
 */
function asFirms(entities: Entity[], tokens: readonly Token[]): Entity[] {
  const lone = (entity: Entity) =>
    (entity.type === 'person' || entity.type === 'location') &&
    entity.roles.length === 0 &&
    nameWords(entity.name).length === 1
  // (The name may be split between entities: its possessive read as a place, its speech as a person.)
  const firms = new Set<string>()
  for (const entity of entities) {
    if (!lone(entity)) continue
    const owns = entity.mentions.some((mention) => {
      const at = tokenIndexFrom(tokens, mention.end)
      // ("Warsaw said it would …": a place that speaks is its government, which stays a place.)
      if (entity.type === 'person' && speaksOfItself(tokens, at)) return true
      if (tokens[at]?.start !== mention.end || !/^['’]s?$/.test(tokens[at]!.text)) return false
      return tokens.slice(at + 1, at + 4).some((token) => FIRM_POSSESSIONS.has(token.lower))
    })
    if (owns) firms.add(entity.name)
  }
  if (firms.size === 0) return entities
  return entities.map((entity) =>
    lone(entity) && firms.has(entity.name) ? { ...entity, type: 'organization' } : entity,
  )
}
/**
 * "Norvane said it had received 40 complaints", "Kellby says it will appeal": a name that speaks of
 * itself as "it" doing something is a body. ("Vos said it would be hard": "it" there is no one.)
 */
function speaksOfItself(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]
  if (!verb || !/^(said|says|stated|added)$/.test(verb.lower) || tokens[at + 1]?.lower !== 'it') return false
  if (!/^(had|has|would|will)$/.test(tokens[at + 2]?.lower ?? '')) return false
  const action = tokens[at + 3]
  return action !== undefined && action.pos === 'VERB' && !IMPERSONAL_VERBS.has(action.lower)
}
const IMPERSONAL_VERBS = new Set(
  'be been take taken make made seem seemed mean cost depend help hurt happen'.split(' '),
)

const FIRM_POSSESSIONS = new Set(
  (
    'shareholders shares stock revenue revenues profit profits subscribers customers subscription catalogue ' +
    'headquarters subsidiary subsidiaries board executives ceo publishing'
  ).split(' '),
)

/**
 * Folds mentions of one thing into one entity: pack aliases, surnames, spelling variants, nicknames.
 * `isEpithet` tells a word that may lead a nickname before a surname ("Paranoid Putin"): an adjective
 * that is no first name.
 */
function mergeMentions(names: readonly NameMention[], isEpithet: (lower: string) => boolean = () => false): Entity[] {
  const drafts: EntityDraft[] = []
  const byKey = new Map<string, EntityDraft>()
  // "Governor Ivan Fedorov … Fedorov added": a surname the article gives someone in full is that person,
  // even when a pack knows another person by it.
  const localSurnames = new Set(
    names
      .filter((name) => name.type === 'person' && !name.known && nameWords(name.surface).length > 1)
      .map((name) => nameWords(name.surface).at(-1)!),
  )
  // "Lena Park voted no … Park said": a two-word place whose last word the article uses alone for a
  // person was that person's full name.
  const loneSurnames = new Set(
    names
      .filter(
        (name) => (name.type === 'person' || name.type === null) && !name.known && nameWords(name.surface).length === 1,
      )
      .map((name) => nameWords(name.surface)[0]!),
  )
  const ordered = names
    .map((name) =>
      name.known && name.type === 'person' && localSurnames.has(nameWords(name.surface).join(' '))
        ? { ...name, known: null }
        : name,
    )
    .map((name) => {
      const words = nameWords(name.surface)
      // ("County officials … Morrow County": an administrative unit alone is no surname; "Park" may be.)
      const surnamed =
        name.type === 'location' &&
        !name.known &&
        words.length === 2 &&
        loneSurnames.has(words[1]!) &&
        !ADMINISTRATIVE_UNITS.has(words[1]!) &&
        // ("Dorvala and Kasmir … in North Kasmir": a compass word opens a place, never a first name.)
        !PLACE_OPENERS.has(words[0]!)
      return surnamed ? { ...name, type: 'person' as const } : name
    })
    .sort((a, b) => a.start - b.start || b.end - a.end)

  // Full person names first, so that a surname seen before its full name still finds it.
  const persons = ordered.filter((name) => name.type === 'person')
  // "Paranoid Putin" after (or before) "Vladimir Putin": a nickname joins the person with that surname,
  // so names that open with an epithet are placed after the others.
  const byEpithet = (name: NameMention) => nameWords(name.surface).slice(0, -1).every(isEpithet)
  const fullNames = persons
    .filter((name) => name.known || nameWords(name.surface).length > 1)
    .sort((a, b) => Number(!a.known && byEpithet(a)) - Number(!b.known && byEpithet(b)))

  const draftFor = (name: NameMention): EntityDraft => {
    const canonical = name.known ?? name.surface
    const key = `${name.type}:${canonical.toLowerCase()}`
    let draft = byKey.get(key)
    if (draft) return draft
    if (name.type === 'person') draft = findPerson(drafts, canonical, isEpithet)
    if (!draft) {
      draft = {
        name: canonical,
        type: name.type ?? 'organization',
        aliases: new Set(),
        roles: new Set(),
        mentions: [],
        partOf: name.seatOf,
        words: nameWords(canonical),
      }
      drafts.push(draft)
    }
    byKey.set(key, draft)
    return draft
  }
  for (const name of fullNames) draftFor(name)

  // "Acme said … shares of Acme": an untyped name that the article names as a body or a place elsewhere
  // is that body or place. (Words only: "N / A" or "C$ 1.2" are no names.)
  const namedElsewhere = (name: NameMention, place = true): EntityDraft | undefined => {
    if (!/^\p{Lu}[\p{L}.' -]{2,}$/u.test(name.surface)) return undefined
    const lower = name.surface.toLowerCase()
    return byKey.get(`organization:${lower}`) ?? (place ? byKey.get(`location:${lower}`) : undefined)
  }
  const untyped: NameMention[] = []
  for (const name of ordered) {
    let draft: EntityDraft | undefined = firmByShortName(drafts, name) ?? bodyByWordInitials(drafts, name)
    if (draft) {
      // (Joined below with its aliases and mentions.)
    } else if (name.type === null) {
      draft = findPerson(drafts, name.surface)
      // (A name that would otherwise become a new entity looks for a body or a place seen so far; the
      // others wait until every typed name is in.)
      // (A team in a results line is no place: "Hartville 3 Kellsby 1" after the dateline "HARTVILLE".)
      if (!draft && name.fallback)
        draft = namedElsewhere(name, !name.team) ?? draftFor({ ...name, type: name.fallback })
      if (!draft) {
        untyped.push(name)
        continue
      }
    } else if (name.type === 'person' && !name.known && nameWords(name.surface).length === 1) {
      draft = findPerson(drafts, name.surface) ?? draftFor(name)
    } else {
      draft = bodyByHead(drafts, name) ?? bodyByShortForm(drafts, name) ?? draftFor(name)
    }
    // A single-word name that is really a known person's surname: the person, not a new organization.
    if (draft.type !== 'person' && !name.known && nameWords(name.surface).length === 1 && name.type !== 'group') {
      draft = findPerson(drafts, name.surface) ?? draft
    }
    draft.aliases.add(name.surface)
    if (name.role) draft.roles.add(name.role)
    draft.mentions.push({ start: name.start, end: name.end, kind: 'name' })
    if (name.type === 'person' && draft.type === 'person' && !name.known && name.surface.length > draft.name.length) {
      if (nameWords(name.surface).length > draft.words.length) {
        draft.name = name.surface
        draft.words = nameWords(name.surface)
      }
    }
  }
  // Named as a body or a place only further on.
  const joined = new Set<EntityDraft>()
  for (const name of untyped) {
    const draft = namedElsewhere(name)
    if (!draft) continue
    draft.aliases.add(name.surface)
    draft.mentions.push({ start: name.start, end: name.end, kind: 'name' })
    joined.add(draft)
  }
  for (const draft of joined) draft.mentions.sort((a, b) => a.start - b.start)
  return drafts
    .filter((draft) => draft.mentions.length > 0 && !isLoneTitle(draft))
    .map((draft, index) => ({
      id: `e${index + 1}`,
      name: readableName(draft),
      type: draft.type,
      aliases: [...draft.aliases],
      roles: [...draft.roles],
      mentions: dedupeMentions(draft.mentions),
      partOf: draft.partOf,
    }))
}

/**
 * "Tarvik Semiconductor … Tarvik said": a firm's first word alone, once the firm is named in full with
 * nothing after that word but words of its trade, is the firm (not a person who speaks).
 */
function firmByShortName(drafts: readonly EntityDraft[], name: NameMention): EntityDraft | undefined {
  if (name.known || name.type === 'location' || name.type === 'group') return undefined
  const words = nameWords(name.surface)
  // "Norvane Blue Copper … Norvane Blue says": the firm's name without its company word.
  if (words.length > 1 && name.type !== 'organization')
    return drafts.find(
      (draft) =>
        draft.type === 'organization' &&
        draft.words.length > words.length &&
        words.every((word, i) => draft.words[i] === word) &&
        draft.words.slice(words.length).every((word) => ORGANIZATION_HEADS.has(word) && !INSTITUTION_WORDS.has(word)),
    )
  if (words.length !== 1) return undefined
  // ("Jane Marsh … Marsh Capital … Marsh said": the person the article named keeps her surname.)
  if (drafts.some((draft) => draft.type === 'person' && draft.words.length > 1 && draft.words.at(-1) === words[0]))
    return undefined
  for (const draft of drafts) {
    if (draft.type !== 'organization' || draft.words.length < 2 || draft.words[0] !== words[0]) continue
    const rest = draft.words.slice(1)
    // ("the Greek navy … Greek ships": a people's adjective is no short name of its forces.)
    if (rest.some((word) => FORCE_WORDS.has(word))) continue
    if (rest.every((word) => ORGANIZATION_HEADS.has(word) && !INSTITUTION_WORDS.has(word))) return draft
    // "Brackley Point Capital … Brackley said": a firm's first word, when its name ends in a company word.
    const last = rest.at(-1)!
    if (
      rest.length <= 3 &&
      ORGANIZATION_HEADS.has(last) &&
      !INSTITUTION_WORDS.has(last) &&
      !NOT_SHORT_NAMES.has(words[0]!)
    )
      return draft
  }
  return undefined
}

// First words of firms' names that say nothing on their own ("First Capital", "National Trust").
const NOT_SHORT_NAMES = new Set([
  'first',
  'national',
  'new',
  'general',
  'united',
  'global',
  'international',
  'royal',
  'american',
  'british',
  'european',
])

/** Head nouns of institutions that a text names alone once it has named them in full. */
const INSTITUTION_WORDS = new Set(
  (
    'commission council ministry department agency committee court parliament assembly authority board ' +
    'bureau office federation association institute fund service union tribunal senate congress treasury'
  ).split(' '),
)

/**
 * "Norhalt Grocers … Norhalt said", "the Harbor Competition and Consumer Board … the HCCB": a
 * body named in full earlier, by its first word or by its initials.
 */
function bodyByShortForm(drafts: readonly EntityDraft[], name: NameMention): EntityDraft | undefined {
  if (name.known || name.type !== 'organization') return undefined
  const words = nameWords(name.surface)
  if (words.length !== 1) return undefined
  const word = words[0]!
  // ("Jane Marsh … Marsh Capital … Marsh said": the person keeps her surname.)
  if (drafts.some((draft) => draft.type === 'person' && draft.words.at(-1) === word)) return undefined
  const initials = ACRONYM.test(name.surface) ? name.surface.replace(/\./g, '').toLowerCase() : null
  for (const draft of drafts) {
    if (draft.type !== 'organization' || draft.words.length < 2 || draft.words.length > 6) continue
    const first = draft.mentions[0]
    if (first === undefined || first.start > name.start) continue
    if (initials) {
      const letters = draft.words
        .filter((w) => !TITLE_MINOR_WORDS.has(w))
        .map((w) => w[0])
        .join('')
      if (letters === initials) return draft
    } else if (draft.words[0] === word && draft.words.length <= 3 && !NOT_SHORT_NAMES.has(word)) return draft
  }
  return undefined
}

/**
 * "the Kellby Anti-Doping Agency … Kada said": initials written as a word, as some newspapers do, for a
 * body named in full earlier.
 */
function bodyByWordInitials(drafts: readonly EntityDraft[], name: NameMention): EntityDraft | undefined {
  if (name.known || !/^\p{Lu}\p{Ll}{2,5}$/u.test(name.surface)) return undefined
  const word = name.surface.toLowerCase()
  for (const draft of drafts) {
    if (draft.type !== 'organization' || draft.words.length < 3 || draft.words.length > 7) continue
    const letters = draft.words
      .flatMap((w) => w.split('-'))
      .filter((w) => w !== '' && !TITLE_MINOR_WORDS.has(w))
      .map((w) => w[0])
      .join('')
    if (letters === word) return draft
  }
  return undefined
}

/** Head nouns of movements and alliances, named alone after their full name: "the Front", "the League". */
const MOVEMENT_HEADS = new Set(
  'front league alliance coalition forum circle party movement caucus network guild'.split(' '),
)

/**
 * "The European Commission opened … The Commission said": a body's head noun alone, capitalized, is the
 * body named in full before it (the nearest such, when several share the head).
 */
function bodyByHead(drafts: readonly EntityDraft[], name: NameMention): EntityDraft | undefined {
  if (name.known || (name.type !== 'organization' && name.type !== 'group')) return undefined
  const words = nameWords(name.surface)
  // ("the Falcons" after "Kellby Falcons": a team's nickname alone is the team.)
  const head = words[0]!
  if (words.length !== 1 || !(INSTITUTION_WORDS.has(head) || TEAM_NICKNAMES.has(head) || MOVEMENT_HEADS.has(head)))
    return undefined
  let found: EntityDraft | undefined
  for (const draft of drafts) {
    if (draft.type !== 'organization' || draft.words.length < 2 || draft.words.at(-1) !== words[0]) continue
    const first = draft.mentions[0]
    if (first !== undefined && first.start < name.start) found = draft
  }
  return found
}

/** "General", "the Secretary", "-General": a title standing alone names no one we can tell apart. */
function isLoneTitle(draft: EntityDraft): boolean {
  if (draft.type !== 'person' || draft.words.length !== 1) return false
  return PERSON_TITLES.has(draft.words[0]!.replace(/^[-–—]+/, ''))
}

/** The person whose surname, first name or spelling variant matches `surface`. */
/** The article an Arabic surname may carry: "al-Rashid", "el-Baz", "ash-Shar". */
const SURNAME_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ad-d|bin|ibn)-/

function findPerson(
  drafts: readonly EntityDraft[],
  surface: string,
  isEpithet: (lower: string) => boolean = () => false,
): EntityDraft | undefined {
  const words = nameWords(surface)
  const last = words[words.length - 1]
  if (!last) return undefined
  const nickname = words.length > 1 && words.slice(0, -1).every(isEpithet)
  // "De Wit", "von der Leyen": a surname with its particles is the end of a full name.
  if (words.length > 1 && NAME_PARTICLES.has(words[0]!)) {
    for (const draft of drafts) {
      if (draft.type !== 'person' || draft.words.length <= words.length) continue
      if (words.every((word, k) => draft.words[draft.words.length - words.length + k] === word)) return draft
    }
  }
  for (const draft of drafts) {
    if (draft.type !== 'person') continue
    const draftLast = draft.words[draft.words.length - 1] ?? ''
    if (words.length === 1) {
      if (isVariant(last, draftLast) || draft.words.includes(last)) return draft
      // "Rashid" after "Omar al-Rashid": the surname without its article.
      if (draftLast.replace(SURNAME_ARTICLE, '') === last && draftLast !== last) return draft
    } else if (isVariant(last, draftLast) && (words[0] === draft.words[0] || draft.words.length === 1 || nickname)) {
      return draft
    }
  }
  return undefined
}

function dedupeMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>()
  return mentions.filter((m) => {
    const key = `${m.start}:${m.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
