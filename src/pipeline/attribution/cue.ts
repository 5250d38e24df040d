import type { Token } from '../layers.js'
import { asCueLemma, objectCueLemma, speechLemma } from '../lexicon/speech-verbs.js'

export interface Cue {
  /** Token index of the (first word of the) cue. */
  readonly index: number
  /** One past the cue's last token ("according to" is two). */
  readonly end: number
  readonly lemma: string
}

/** The cue that starts at token `i`, if any: a speech verb or "according to". */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  const cue = speechCueAt(tokens, i)
  if (cue === null || reportsNothing(tokens, cue)) return null
  // ("the merger, announced in May, will cut …": a participle aside describes the noun.)
  return /ed$/.test(tokens[i]!.lower) && isParticipleAside(tokens, i) ? null : cue
}

function speechCueAt(tokens: readonly Token[], i: number): Cue | null {
  const token = tokens[i]!
  if (token.lower === 'according' && tokens[i + 1]?.lower === 'to')
    return { index: i, end: i + 2, lemma: 'according to' }
  // "made it clear to voters that …", "makes clear that …": a statement as firm as any speech verb.
  if (MAKE_FORMS.has(token.lower)) {
    const clear = tokens[i + 1]?.lower === 'it' ? i + 2 : i + 1
    return tokens[clear]?.lower === 'clear' && token.pos === 'VERB'
      ? { index: i, end: clear + 1, lemma: 'make clear' }
      : null
  }
  // "shot back: …", "“…,” Holt fired back.": a retort (not "fired back at", nor "shot back up").
  if (RETORT_FORMS.has(token.lower) && tokens[i + 1]?.lower === 'back')
    return /^(at|up|down|into|to|in|on)$/.test(tokens[i + 2]?.lower ?? '')
      ? null
      : { index: i, end: i + 2, lemma: 'reply' }
  const lemma = speechLemma(token.lower)
  if (lemma === undefined) return null
  // "who cannot show a ticket at the gate": showing a document at a door reports nothing.
  if (lemma === 'show' && SHOWN_PAPERS.has(tokens[i + 1]?.lower ?? '')) return null
  // ("from frontline states." ends there: a verb read as a noun must have something after it.)
  const verbTaggedNoun =
    token.pos === 'NOUN' &&
    !/^[.!?;)]?$/.test(tokens[i + 1]?.sentence === token.sentence ? tokens[i + 1]!.text : '') &&
    ((/s$/.test(token.lower) && !/ss$/.test(token.lower)) ||
      // "some strategists fear that …", "many worry that …": a base form after its plural subject.
      (pluralSubjectBefore(tokens[i - 1]) && opensContent(tokens[i + 1])) ||
      (lemma === 'show' && (PLURAL_SOURCES.has(tokens[i - 1]?.lower ?? '') || showsClause(tokens, i))))
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !verbTaggedNoun) return null
  return { index: i, end: i + 1, lemma }
}

/**
 * Uses of cue words that report nobody's words or views: "earned $61,000, compared with $57,000",
 * "the index declined slightly", "a stream called Kellby Run", "member states", "welcomed 300 guests".
 */
function reportsNothing(tokens: readonly Token[], cue: Cue): boolean {
  const token = tokens[cue.index]!
  const before = tokens[cue.index - 1]
  const after = tokens[cue.end]
  switch (cue.lemma) {
    case 'compare':
      return before?.text === ',' && /^(with|to)$/.test(after?.lower ?? '')
    case 'decline':
      return after !== undefined && /^(ADV|ADP|NUM)$/.test(after.pos) && after.lower !== 'to'
    case 'call':
      // ("a stream called Kellby Run" names it; "doctors called Vos a charlatan" judges him.)
      // "called in to a radio show" joins it by phone.
      // "would call a general strike", "called a snap election": an action, not words.
      return (
        (token.lower === 'called' && after?.pos === 'PROPN' && isNamingPhrase(tokens, cue.index - 1)) ||
        (after?.lower === 'in' && tokens[cue.end + 1]?.lower === 'to') ||
        convenes(tokens, cue.end)
      )
    case 'report':
      // "Ana Vos reported from Kherson.": a byline's place, not a report ("reported from Kherson that …" is one).
      return after?.lower === 'from' && placeEndsClause(tokens, cue.end + 1)
    case 'maintain':
      // "maintains a program in Tarvia", "maintain an office": keeping something, not holding a view.
      return after?.lower === 'a' || after?.lower === 'an'
    case 'state':
      return before?.lower === 'member'
    case 'welcome':
      return after !== undefined && (after.pos === 'NUM' || /^(several|hundreds|thousands|dozens)$/.test(after.lower))
    default:
      return false
  }
}

/** Actions one calls: "a strike", "a snap election", "a 48-hour walkout" (PolNeAR reads "called a meeting to discuss X" as words). */
const CONVENED = new Set(
  'strike strikes walkout walkouts election elections referendum vote halt ceasefire truce protest protests rally boycott'.split(
    ' ',
  ),
)

/** "a|an" then up to four modifiers, then a thing one convenes. */
function convenes(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return false
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    const token = tokens[j]!
    if (CONVENED.has(token.lower)) return true
    if (!/^(ADJ|NOUN|NUM|PROPN)$/.test(token.pos) && token.text !== '-') return false
  }
  return false
}

/** A name at `k` that ends the clause: "from Kherson.", "from Kherson, and Ana Ruiz from Lviv". */
function placeEndsClause(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'PROPN') return false
  while (tokens[k]?.pos === 'PROPN') k++
  return tokens[k] === undefined || /^[.,;]$/.test(tokens[k]!.text) || tokens[k]!.lower === 'and'
}

/** "a (Kellby-based) group": an indefinite noun phrase in the singular ends at `k`. */
function isNamingPhrase(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k]
  if (head?.pos !== 'NOUN' || head.lower.endsWith('s')) return false
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    const token = tokens[j]!
    if (token.lower === 'a' || token.lower === 'an') return true
    if (!/^(ADJ|NOUN|PROPN)$/.test(token.pos) && token.text !== '-') return false
  }
  return false
}

/** A plural noun or pronoun, or "many"/"some"/"most" standing for one, right before a verb. */
function pluralSubjectBefore(token: Token | undefined): boolean {
  if (token === undefined) return false
  // "Seven in 10 say", "38% say", "57 percent say": a share of those polled.
  if ((token.pos === 'NUM' && token.lower !== 'one' && token.text !== '1') || /^(percent|%)$/.test(token.lower))
    return true
  if (token.pos === 'NOUN') return token.lower.endsWith('s')
  return token.pos === 'PRON' ? /^(they|we|you|i)$/.test(token.lower) : QUANTIFIERS.has(token.lower)
}
const QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'others', 'both', 'all', 'several', 'half', 'third'])
/** "that", or a determiner, pronoun or name opening the reported clause ("say the bridge …", "say they …"). */
const opensContent = (token: Token | undefined): boolean =>
  token !== undefined && (token.lower === 'that' || /^(DET|PRON|PROPN)$/.test(token.pos))

/**
 * "asked the panel to keep the ban", "urged donors to return": after a verb of asking at `from`, an
 * addressee, then "to" and a verb; the index of that "to", or -1. ("asked staff to return with a
 * cheaper design" is an errand given to one's own people, not a request to report.)
 */
export function requestedAction(tokens: readonly Token[], from: number, end: number): number {
  if (/^(staff|employees|officers|officials)$/.test(tokens[from]?.lower ?? '')) return -1
  for (let k = from; k < end && k < from + 6; k++) {
    const token = tokens[k]!
    if (token.lower === 'to') return k > from && tokens[k + 1]?.pos === 'VERB' ? k : -1
    if (!/^(DET|ADJ|NOUN|PROPN|PRON)$/.test(token.pos)) return -1
  }
  return -1
}

const SHOWN_PAPERS = new Set(['proof', 'identification', 'id', 'papers', 'passports', 'tickets'])

const RETORT_FORMS = new Set(['shot', 'shoots', 'fired', 'fires', 'hit', 'hits', 'pushed', 'pushes'])

const MAKE_FORMS = new Set(['made', 'make', 'makes', 'making'])

/** "files from his shipping ledger show he paid no duty": a subject pronoun after "show" makes it a verb. */
function showsClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  if (before === undefined || before.pos === 'DET' || before.pos === 'ADJ') return false
  return /^(he|she|they|we|it|i)$/.test(tokens[i + 1]?.lower ?? '')
}

// "Polls show a close race": after these sources the tagger reads "show" as a noun ("a TV show").
const PLURAL_SOURCES = new Set(
  'polls data figures results surveys studies records statistics numbers estimates documents reports averages survey study poll analysis video footage average transcript review audit'.split(
    ' ',
  ),
)

/**
 * An attitude verb that takes its content as an object ("called for a moratorium", "plans to run",
 * "criticized the party's record"), at token `i`. Only verbs: "plans" as a noun is no cue.
 */
export function objectCueAt(tokens: readonly Token[], i: number): Cue | null {
  const cue = attitudeCueAt(tokens, i)
  return cue !== null && (reportsNothing(tokens, cue) || isReducedRelative(tokens, cue)) ? null : cue
}

/**
 * "the merger, announced in May, will cut …": a past participle set off by commas after a noun,
 * with a time or place after it, describes the noun.
 */
function isParticipleAside(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ',' || !/^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '')) return false
  if (!/^(in|on|last|earlier|this|at|during|after|before)$/.test(tokens[k + 1]?.lower ?? '')) return false
  for (let j = k + 2; j < tokens.length && j <= k + 6; j++) {
    if (tokens[j]!.text === ',') return true
    if (tokens[j]!.sentence !== tokens[k]!.sentence || /^[.;:]$/.test(tokens[j]!.text)) return false
  }
  return false
}

/**
 * "the rules proposed under the old board", "a plan backed by donors": a past participle right after a
 * noun, with a preposition after it, describes the noun; nobody is reported.
 */
function isReducedRelative(tokens: readonly Token[], cue: Cue): boolean {
  const token = tokens[cue.index]!
  if (cue.end !== cue.index + 1 || !/ed$/.test(token.lower)) return false
  if (isParticipleAside(tokens, cue.index)) return true
  const before = tokens[cue.index - 1]
  if (before?.pos !== 'NOUN') return false
  return /^(during|under|in|at|by|since|before|after)$/.test(tokens[cue.end]?.lower ?? '')
}

function attitudeCueAt(tokens: readonly Token[], i: number): Cue | null {
  const token = tokens[i]!
  const judging = asCueLemma(token.lower)
  if (judging !== undefined) return judgmentCueAt(tokens, i, judging)
  if (token.pos !== 'VERB' && !isVerbTaggedNoun(tokens, i) && !isParticipleAfterComma(tokens, i)) return null
  const found = objectCueLemma(token.lower, tokens[i + 1]?.lower, tokens[i + 2]?.lower)
  if (found === null) return null
  if (
    (found.lemma === 'deem' || found.lemma === 'list' || token.lower === 'considered') &&
    !isActiveJudgment(tokens, i)
  )
    return null
  return { index: i, end: i + found.words, lemma: found.lemma }
}

/**
 * "deemed the plan unworkable", "considered the vote a mistake": a judgment only as an active verb with
 * its object; not "was deemed", not "emails deemed secret".
 */
function isActiveJudgment(tokens: readonly Token[], i: number): boolean {
  let b = i - 1
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--
  const before = tokens[b]
  if (before === undefined || before.pos === 'AUX' || before.sentence !== tokens[i]!.sentence) return false
  return /^(DET|PRON|PROPN|NOUN|NUM)$/.test(tokens[i + 1]?.pos ?? '')
}

/** "Adeyemi plans to appeal": the tagger reads a verb in -s after a name as a plural noun. */
function isVerbTaggedNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  if (token.pos !== 'NOUN' || before === undefined || after === undefined) return false
  if (before.sentence !== token.sentence) return false
  // "Lima and Quito support the plan": a base form after two names joined by "and" has a plural subject.
  if (!token.lower.endsWith('s'))
    return (
      before.pos === 'PROPN' && tokens[i - 2]?.lower === 'and' && tokens[i - 3]?.pos === 'PROPN' && after.pos === 'DET'
    )
  // "The mayor disputes the figures": an -s form between a clause's opening noun phrase and a determiner
  // (not "saw the harbor plans the council rejected", where the noun phrase is an object).
  if (before.pos === 'NOUN' && !before.lower.endsWith('s') && tokens[i - 2]?.pos === 'DET' && after.pos === 'DET') {
    const opener = tokens[i - 3]
    return opener === undefined || opener.sentence !== token.sentence || /^[,;:]$/.test(opener.text)
  }
  // "Holt's deputy, Tom Berg, plans to run": after the comma closing an apposition, a verb with its infinitive.
  if (before.text === ',')
    return after.lower === 'to' && tokens[i + 2]?.pos === 'VERB' && tokens[i - 2]?.pos === 'PROPN'
  return (before.pos === 'PROPN' || before.pos === 'PRON') && (after.lower === 'to' || after.pos === 'DET')
}

/** "…, promising to lift the fees": after a comma the tagger may read a participle as an adjective. */
function isParticipleAfterComma(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  return (
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    token.lower.endsWith('ing') &&
    tokens[i - 1]?.text === ',' &&
    /^(PART|DET|PRON|PROPN)$/.test(tokens[i + 1]?.pos ?? '')
  )
}

/** How far after a judgment verb its "as" may stand: "sees the calendar farther ahead as …". */
const MAX_AS_DISTANCE = 10

/** "sees the deal as a trap", "viewed him as a threat": a judgment verb whose object an "as" follows. */
function judgmentCueAt(tokens: readonly Token[], i: number, lemma: string): Cue | null {
  const token = tokens[i]!
  // "Many investors view the cut as …": the tagger may read the verb as a noun after a plural subject.
  const verbAfterSubject =
    token.pos === 'NOUN' &&
    /^(NOUN|PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '') &&
    /^(DET|PRON|PROPN)$/.test(tokens[i + 1]?.pos ?? '')
  if (token.pos !== 'VERB' && !verbAfterSubject) return null
  // "was seen as", "are viewed as": the passive names no one who judges.
  if (tokens[i - 1]?.pos === 'AUX' && /(en|ed|wed)$/.test(token.lower)) return null
  // "as" must follow the object, within the clause: not "saw Ruiz as she left" nor "as" right away.
  for (let k = i + 2; k < Math.min(tokens.length, i + 1 + MAX_AS_DISTANCE); k++) {
    const word = tokens[k]!
    if (word.sentence !== token.sentence || /^[.;:!?,]$/.test(word.text)) return null
    if (word.lower !== 'as') continue
    const next = tokens[k + 1]
    if (next && /^(PRON|VERB|AUX)$/.test(next.pos) && !/^(a|an|the|his|her|their|its|our|my)$/.test(next.lower))
      return null
    return { index: i, end: i + 1, lemma }
  }
  return null
}
