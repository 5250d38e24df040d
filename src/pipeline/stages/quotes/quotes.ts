import type { Entity, Quote, QuoteKind, Reference } from '../../../core/facts.js'
import type { Span } from '../../../core/span.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import { type Cue, cueAt, objectCueAt, requestedAction } from '../../attribution/cue.js'
import { framingAdjunctAt, framingAdjunctEnd } from '../../attribution/framing.js'
import {
  isTimeWord,
  outerApposition,
  type Phrase,
  POSSESSIVE_PRONOUNS,
  relativeSubject,
  resolveSpeaker,
  type Speaker,
  subjectAfter,
  subjectBefore,
} from '../../attribution/speaker.js'
import type { Language, Sentence, Token } from '../../layers.js'
import {
  ADDRESSEE_VERBS,
  CLOSING_WEAK_CUES,
  EDITORIAL_LABELS,
  INVERSION_VERBS,
  passiveCueLemma,
  WEAK_CUES,
} from '../../lexicon/speech-verbs.js'
import { defineStage } from '../../stage.js'
import { joinCutSentences } from '../../text/cut-sentences.js'
import { findQuotedRegions, type QuotedRegion, regionAt } from '../../text/quote-marks.js'
import { isTitleLike } from '../../text/title-case.js'
import { beforeMainVerb, tokenIndexBefore, tokenIndexFrom } from '../../text/token-search.js'

/** Direct, partial and indirect quotes, each with its speaker and cue. */
export function createQuotesStage(_knowledge: Knowledge) {
  return defineStage({
    name: 'quotes',
    version: 1,
    requires: ['language', 'entities', 'references'],
    provides: 'quotes',
    run: ({ text, language, entities, references }) => findQuotes(text, language, entities, references),
  })
}

/** A quote before ids are given and context-carried speakers are filled in. */
interface Draft {
  kind: QuoteKind
  span: Span
  speaker: Speaker | null
  cue: string | null
  cueSpan: Span | null
  sentence: number
  paragraph: number
  /** Attribution found next to the quote itself (not carried over from context). */
  attributed: boolean
  /** The words naming the speaker, for a coordinated verb that shares them ("X said …, but warned …"). */
  subject?: Phrase
  /** Reported by a noun phrase ("her plan to …"): its owner speaks no other words of the passage. */
  nominal?: boolean
}

interface Context {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly entities: readonly Entity[]
  readonly references: readonly Reference[]
  readonly regions: readonly QuotedRegion[]
}

export function findQuotes(
  text: string,
  language: Language,
  entities: readonly Entity[],
  references: readonly Reference[],
): Quote[] {
  // Sentences cut after "(D-Ohio.)" would part a speaker from its verb.
  const { tokens, sentences } = joinCutSentences(language)
  const context: Context = {
    text,
    tokens,
    sentences,
    entities,
    references,
    regions: findQuotedRegions(text),
  }
  const transcript = findTranscriptSpeech(context)
  const drafts = [
    ...transcript,
    ...[...findQuotedSpeech(context), ...findReportedSpeech(context)].filter(
      (draft) =>
        !transcript.some((turn) => overlaps(turn.span, draft.span)) &&
        !introducesQuotation(context, draft) &&
        !isQuoteAndTitle(context, draft),
    ),
  ]
  drafts.sort((a, b) => a.span.start - b.span.start)
  carrySpeakers(drafts)
  introducedSpeakers(context, drafts)
  return drafts.map((draft, index) => ({
    id: `q${index + 1}`,
    kind: draft.kind,
    text: text.slice(draft.span.start, draft.span.end),
    start: draft.span.start,
    end: draft.span.end,
    speaker: draft.speaker?.entity ?? null,
    // As the attribution writes it ("Sen. Jane Doe (R-Ga.)"), or the resolved name for "he said".
    speakerName: draft.speaker?.source?.text ?? draft.speaker?.name ?? null,
    speakerSpan: draft.speaker?.source ?? draft.speaker?.span ?? null,
    cue: draft.cue,
    cueSpan: draft.cueSpan,
    anonymous: draft.speaker?.anonymous ?? false,
  }))
}

/**
 * '"There is no payment," Norvane's general counsel, Ana Ruiz, said': a quotation and the speaker's
 * title read as reported words; the quotation is the report.
 */
function isQuoteAndTitle(context: Context, draft: Draft): boolean {
  if (draft.kind !== 'indirect') return false
  const { tokens, regions, text } = context
  const region = regions[regionAt(regions, draft.span.start)]
  if (region === undefined || !QUOTE_MARK.test(text[draft.span.start] ?? '') || region.close >= draft.span.end)
    return false
  const rest = tokenIndexFrom(tokens, region.close + 1)
  for (let k = rest; k < tokens.length && tokens[k]!.start < draft.span.end; k++)
    if (/^(VERB|AUX)$/.test(tokens[k]!.pos)) return false
  return true
}

/**
 * 'the harbormaster said, “It is 4 a.m. …”', 'X -- the chief of Y -- told me, "We …"': a cue followed by a
 * comma or colon and an opening quotation introduces that quotation; it reports no words of its own.
 */
function introducesQuotation(context: Context, draft: Draft): boolean {
  if (draft.kind !== 'indirect' || draft.cueSpan === null) return false
  // ("told me, “…", "told the BBC: “…": whom it was said to may stand between.)
  const after = context.text.slice(draft.cueSpan.end, draft.cueSpan.end + 40)
  const introduced = /^(?:\s+[\p{L}.’']+){0,3}\s*[,:]\s*(?=["“]|'')/u.exec(after)
  if (!introduced) return false
  const open = draft.cueSpan.end + introduced[0].length
  // (Reported words that run on past the quotation's close are a report of their own: 'said that, “Of
  // course he will defend himself” against what …'.)
  const region = context.regions.find((candidate) => candidate.open === open)
  return region !== undefined && draft.span.end <= region.close
}

const cueSpanOf = (tokens: readonly Token[], cue: Cue): Span => ({
  start: tokens[cue.index]!.start,
  end: tokens[cue.end - 1]!.end,
})

/** Strips a comma, colon or dash the quote marks kept at their edge ("…,” he said). */
function trimQuoteEdges(text: string, span: Span): Span {
  let { start, end } = span
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--
  while (start < end && /[\s—–-]/.test(text[start]!)) start++
  return { start, end }
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

// ---------------------------------------------------------------------------------------------
// Transcripts: "HOLT: We begin with the budget …" — a paragraph opened by a speaker's name in capitals.

function findTranscriptSpeech(context: Context): Draft[] {
  const { tokens, sentences, text } = context
  const drafts: Draft[] = []
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!
    if (s > 0 && sentences[s - 1]!.paragraph === sentence.paragraph) continue
    let k = sentence.firstToken
    while (k < sentence.endToken && QUOTE_MARK.test(tokens[k]!.text)) k++
    const nameStart = k
    while (k < sentence.endToken && k - nameStart < 3 && /^[A-Z][A-Z'’.-]+$/.test(tokens[k]!.text)) k++
    // "DR. ANA RUIZ, deputy medical officer: …": a role in lower case may follow the name.
    const nameEnd = k
    const colon = k > nameStart ? roleLabelColon(tokens, k, sentence.endToken) : -1
    if (colon > 0) k = colon
    // "President of Russia Vladimir Putin: …": a label in title case must end in a person's name.
    if (k === nameStart || tokens[k]?.text !== ':') k = namedLabelEnd(context, nameStart, sentence.endToken)
    if (k === nameStart || tokens[k]?.text !== ':' || k + 1 >= sentence.endToken) continue
    // "CORRECTION: …" is the outlet's note, not a speaker's turn.
    if (EDITORIAL_LABELS.has(text.slice(tokens[nameStart]!.start, tokens[k - 1]!.end).toLowerCase())) continue
    let last = s
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === sentence.paragraph) last++
    const span = trimQuoteMarks(text, { start: tokens[k + 1]!.start, end: sentences[last]!.end })
    if (span.end <= span.start) continue
    drafts.push({
      kind: 'direct',
      span,
      speaker: speakerOf(context, { first: nameStart, end: colon > 0 ? nameEnd : k }),
      cue: null,
      cueSpan: null,
      sentence: s,
      paragraph: sentence.paragraph,
      attributed: true,
    })
  }
  return drafts
}

/** The colon that ends ", a lower-case role" after a speaker's name in capitals at `comma`, or -1. */
function roleLabelColon(tokens: readonly Token[], comma: number, end: number): number {
  if (tokens[comma]?.text !== ',') return -1
  let k = comma + 1
  while (k < end && k - comma <= 10 && /^[\p{Ll}'’-]+$/u.test(tokens[k]!.text)) k++
  return k > comma + 1 && tokens[k]?.text === ':' ? k : -1
}

/** One past a title-case speaker label at `from` that ends in a person's name right before a colon, or `from`. */
function namedLabelEnd(context: Context, from: number, end: number): number {
  const { tokens } = context
  let k = from
  while (k < end && k - from < 8 && (/^\p{Lu}/u.test(tokens[k]!.text) || /^(of|the|and|\.)$/.test(tokens[k]!.text))) k++
  if (k === from || tokens[k]?.text !== ':') return from
  const nameEnd = tokens[k - 1]!.end
  const named = context.entities.some(
    (entity) =>
      entity.type === 'person' &&
      entity.mentions.some((mention) => mention.end === nameEnd && mention.start >= tokens[from]!.start),
  )
  return named ? k : from
}

/**
 * A quotation woven into the author's sentence: it follows a word, not a colon or comma, and goes on in
 * lower case ("called the strikes “an act of terror against civilians”"). Partial, however long.
 */
function isWovenIn(text: string, open: number, wordsStart: number): boolean {
  let before = open - 1
  while (before >= 0 && text[before] === ' ') before--
  return before >= 0 && /[\p{L}\p{N}]/u.test(text[before]!) && /^\p{Ll}/u.test(text[wordsStart] ?? '')
}

/** Strips quotation marks and white space at both ends of a span. */
function trimQuoteMarks(text: string, span: Span): Span {
  let { start, end } = span
  while (end > start && /[\s"“”«»]/.test(text[end - 1]!)) end--
  while (start < end && /[\s"“”«»]/.test(text[start]!)) start++
  return { start, end }
}

// ---------------------------------------------------------------------------------------------
// Quoted speech: words in quotation marks.

/** True when the quotation opening at `open` follows the kind of work it is the title of. */
function namesAWork(text: string, open: number): boolean {
  const before = /(\p{L}+)(,?)\s*$/u.exec(text.slice(Math.max(0, open - 24), open))
  if (before === null || !WORK_NOUNS.has(before[1]!.toLowerCase())) return false
  // ('the song "was never about me"': words that go on the sentence are no title.)
  return before[2] === ',' || /^\p{Lu}/u.test(text.slice(open + 1, open + 2))
}

const WORK_NOUNS = new Set(
  'book memoir novel commentary column op-ed essay article editorial film documentary song album episode podcast play headline'.split(
    ' ',
  ),
)

function findQuotedSpeech(context: Context): Draft[] {
  const { text, tokens, sentences, regions } = context
  const drafts: Draft[] = []
  for (const region of regions) {
    const span = trimQuoteEdges(text, region)
    if (span.end <= span.start) continue
    const firstInside = tokenIndexFrom(tokens, region.start)
    const sentence = tokens[firstInside]?.sentence ?? 0
    const paragraph = sentences[sentence]?.paragraph ?? 0
    const after = attributionAfter(context, region)
    const before = after ? null : attributionBefore(context, region)
    const attribution = after ?? before
    const words = text.slice(span.start, span.end).split(/\s+/).length
    // 'In his book, "Ten Harbors,"', 'her commentary "Tell your story"': a work's title.
    if (namesAWork(text, region.open)) continue
    // 'told "Face the Nation" that …': the quoted words are whom it was told to, not what was said.
    if (before && isQuotedAddressee(context, region, before, words)) continue
    const standalone = isStandalone(context, region)
    // 'told the "Harbor Hour"', 'sang "Rivers of Home"': a short title woven into the sentence is
    // a name, not words of the speaker.
    if (
      attribution &&
      !standalone &&
      words <= 6 &&
      !opensSentence(text, region) &&
      !isIntroduced(text, region.open) &&
      isTitleLike(text.slice(span.start, span.end))
    )
      continue
    if (attribution) {
      drafts.push({
        // `"Polls don't vote," said X`: a quotation that opens its sentence is direct, however short.
        kind:
          standalone ||
          (after && opensSentence(text, region)) ||
          (before !== null && isIntroduced(text, region.open)) ||
          (words >= 6 && !isWovenIn(text, region.open, span.start))
            ? 'direct'
            : 'partial',
        span,
        speaker: attribution.speaker,
        cue: attribution.cue?.lemma ?? null,
        cueSpan: attribution.cue && cueSpanOf(tokens, attribution.cue),
        sentence,
        paragraph,
        attributed: true,
      })
      continue
    }
    if (standalone) {
      drafts.push({
        kind: 'direct',
        span,
        speaker: null,
        cue: null,
        cueSpan: null,
        sentence,
        paragraph,
        attributed: false,
      })
      continue
    }
    // Embedded in running text: a partial quote whose speaker is whoever speaks in that sentence.
    const embedded = embeddedSpeaker(context, sentence)
    // 'the proposal was met with a hard "no"': an answer quoted without its speaker, who is named next.
    const answer = !embedded && MET_WITH.test(text.slice(Math.max(0, region.open - 40), region.open))
    if (!embedded && !answer && (words <= 4 || isTitleLike(text.slice(span.start, span.end)))) continue
    // 'told "Face the Nation" on Sunday': a show or a song in a sentence that reports speech is still a title.
    if (embedded && words <= 6 && isTitleLike(text.slice(span.start, span.end))) continue
    drafts.push({
      kind: 'partial',
      span,
      speaker: embedded?.speaker ?? null,
      cue: embedded?.cue?.lemma ?? null,
      cueSpan: embedded?.cue ? cueSpanOf(tokens, embedded.cue) : null,
      sentence,
      paragraph,
      attributed: embedded !== null,
    })
  }
  return drafts
}

function isQuotedAddressee(context: Context, region: QuotedRegion, before: Attribution, words: number): boolean {
  if (!before.cue || !ADDRESSEE_VERBS.has(before.cue.lemma) || words > 6) return false
  const span = trimQuoteEdges(context.text, region)
  return (
    isTitleLike(context.text.slice(span.start, span.end)) &&
    /^[\s,]*that\b/.test(context.text.slice(region.close, region.close + 8))
  )
}

/** True when the quote is the sentence (or paragraph) on its own, not words inside running text. */
function isStandalone(context: Context, region: QuotedRegion): boolean {
  const { text } = context
  if (!opensSentence(text, region)) return false
  const afterText = text.slice(region.close, region.close + 3)
  return (
    /^\s*($|[A-Z“"(])/.test(afterText) || /[.?!]$/.test(text.slice(region.start, region.end).trim()) || region.runsOn
  )
}

const MET_WITH = /\b(met|greeted|answered) with an? (?:[a-z]+ )?["“]?\s*$/i

/** `said, "…"`, `said: "…"`: a quotation introduced by a comma or colon is direct, however short. */
function isIntroduced(text: string, open: number): boolean {
  let before = open - 1
  while (before >= 0 && text[before] === ' ') before--
  return text[before] === ',' || text[before] === ':'
}

/** Only earlier sentences (ending in . ? ! or a closing mark) stand before the quote on its line. */
function opensSentence(text: string, region: QuotedRegion): boolean {
  const lineStart = text.lastIndexOf('\n', region.open) + 1
  const before = text.slice(lineStart, region.open)
  return before.replace(/^[\s\S]*[.?!”"]\s+/, '').trim() === ''
}

interface Attribution {
  readonly speaker: Speaker
  /** Null for a signature ("“…” ― Jane Doe"), which names the speaker without a verb. */
  readonly cue: Cue | null
}

/** `"…," X said`, `"…," said X`, `"…," X told reporters`, `"…," according to X`. */
function attributionAfter(context: Context, region: QuotedRegion): Attribution | null {
  const { tokens } = context
  let i = tokenIndexFrom(tokens, region.close)
  const signature = signatureAfter(context, i)
  if (signature) return { speaker: speakerOf(context, signature), cue: null }
  // The attribution must share the closing mark's sentence: `"…." He said…` starts a new one.
  const sentence = tokens[i - 1]?.sentence
  if (i >= tokens.length || tokens[i]!.sentence !== sentence) return null
  if (tokens[i]!.text === ',' || tokens[i]!.text === '—') i++
  const limit = sentenceEndIndex(context, tokens[i]?.sentence ?? sentence ?? 0, i)
  if (i >= limit) return null
  // Inverted: "said X", "according to X".
  const inverted = cueAt(tokens, i)
  if (inverted && (INVERSION_VERBS.has(inverted.lemma) || inverted.lemma === 'according to')) {
    const phrase = subjectAfter(tokens, inverted.end, limit)
    if (phrase) return { speaker: speakerOf(context, phrase), cue: inverted }
  }
  // "X said": a subject then the cue. The subject may carry a title, a party tag and an apposition
  // ("Rep. Jane Doe (D-Ohio), the panel's chair, said"), so the cue may stand well after the mark;
  // the subject must still reach back to the mark.
  for (let k = i + 1; k < Math.min(limit, i + 24); k++) {
    const cue = cueAt(tokens, k)
    if (!cue || WEAK_CUES.has(cue.lemma)) continue
    const phrase = subjectBefore(tokens, k, i)
    if (phrase && (phrase.first === i || isTitleBefore(tokens, i, phrase.first)))
      return { speaker: speakerOf(context, phrase), cue }
    break
  }
  return null
}

/** '"…," Norvane's general counsel, Ana Ruiz, said': a title set off by a comma before the name that speaks. */
function isTitleBefore(tokens: readonly Token[], from: number, name: number): boolean {
  if (tokens[name - 1]?.text !== ',' || name - 1 - from > 10 || name - 1 <= from) return false
  for (let k = from; k < name - 1; k++) {
    if (/^(DET|ADJ|NOUN|PROPN|PART|ADP)$/.test(tokens[k]!.pos) || isPossessiveMark(tokens[k]!)) continue
    // ("Harbor's lead counsel": a word read as a verb between a possessive and a noun modifies the noun.)
    if (tokens[k]!.pos === 'VERB' && isPossessiveMark(tokens[k - 1]!) && tokens[k + 1]?.pos === 'NOUN') continue
    return false
  }
  return true
}

/** "“…” ― Jane Doe" at the end of a line: a name after a dash signs the quote. */
function signatureAfter(context: Context, i: number): Phrase | null {
  const { tokens, text } = context
  const dash = tokens[i]
  if (!dash || !/^(―|—|–|--)$/.test(dash.text)) return null
  let end = i + 1
  while (end < tokens.length && end - i <= 5 && tokens[end]!.pos === 'PROPN') end++
  if (end === i + 1) return null
  // The name must close its line.
  const lineEnd = text.indexOf('\n', dash.end)
  const nextStart = tokens[end]?.start ?? text.length
  // "― Jane Doe." and "― Jane Doe, 22, a nurse" sign too: a full stop or a description may follow on the line.
  const follows = tokens[end]?.text === '.' || tokens[end]?.text === ','
  const closesLine = lineEnd === -1 ? end === tokens.length || follows : nextStart > lineEnd || follows
  if (!closesLine || text.slice(dash.end, tokens[end - 1]!.end).includes('\n')) return null
  return { first: i + 1, end }
}

/** `X said: "…"`, `X said, "…"`, `X told reporters: "…"`. */
function attributionBefore(context: Context, region: QuotedRegion): Attribution | null {
  const { tokens } = context
  let j = tokenIndexBefore(tokens, region.open) - 1
  if (j < 0) return null
  const sentence = tokens[j]!.sentence
  const floor = context.sentences[sentence]!.firstToken
  const colon = tokens[j]!.text === ':'
  if (/^[:,—]$/.test(tokens[j]!.text)) j--
  if (colon) {
    const introduced = colonIntroducer(context, j, floor)
    if (introduced) return introduced
  }
  // Skip the addressee and adjuncts: "told reporters in Kyiv:", "said on Sunday,".
  for (let k = j; k >= floor && j - k <= 6; k--) {
    const cue = cueAt(tokens, k)
    if (!cue) {
      if (
        tokens[k]!.pos === 'VERB' ||
        /^[.;!?]$/.test(tokens[k]!.text) ||
        regionAt(context.regions, tokens[k]!.start) >= 0
      )
        return null
      continue
    }
    const phrase = subjectBefore(tokens, k, floor) ?? participleSubject(context, cue, floor)
    if (phrase) return { speaker: speakerOf(context, phrase), cue }
    if (cue.lemma === 'according to') {
      const after = subjectAfter(tokens, cue.end, j + 1)
      if (after) return { speaker: speakerOf(context, after), cue }
    }
    return null
  }
  return null
}

/**
 * A colon right after a verb introduces the quote whatever the verb: `X continued: "…"`,
 * `a friend commented: "…"`. Inverted at the start of a sentence: `Said X: "…"`.
 */
function colonIntroducer(context: Context, verb: number, floor: number): Attribution | null {
  const { tokens } = context
  const token = tokens[verb]
  if (!token) return null
  if (token.pos === 'VERB' && !token.lower.endsWith('ing')) {
    const phrase = subjectBefore(tokens, verb, floor)
    if (phrase) return { speaker: speakerOf(context, phrase), cue: { index: verb, end: verb + 1, lemma: token.lower } }
  }
  const inverted = cueAt(tokens, floor)
  if (inverted && INVERSION_VERBS.has(inverted.lemma)) {
    const phrase = subjectAfter(tokens, inverted.end, verb + 1)
    if (phrase && phrase.end === verb + 1) return { speaker: speakerOf(context, phrase), cue: inverted }
  }
  return null
}

/** For words quoted inside a sentence: the speaker of a cue elsewhere in that sentence. */
function embeddedSpeaker(context: Context, sentence: number): Attribution | null {
  const { tokens, sentences, regions } = context
  const { firstToken, endToken } = sentences[sentence]!
  for (let k = firstToken; k < endToken; k++) {
    if (regionAt(regions, tokens[k]!.start) >= 0) continue
    const cue = cueAt(tokens, k)
    if (!cue) continue
    const phrase = subjectBefore(tokens, k, firstToken)
    if (phrase) return { speaker: speakerOf(context, phrase), cue }
    // "…, calling the issue "very sensitive"": the subject of the sentence's speech verb speaks.
    if (tokens[k]!.lower.endsWith('ing')) {
      for (let m = k - 1; m >= firstToken; m--) {
        const earlier = cueAt(tokens, m)
        if (!earlier) continue
        const subject = subjectBefore(tokens, m, firstToken) ?? subjectAfter(tokens, earlier.end, k)
        if (subject) return { speaker: speakerOf(context, subject), cue }
      }
    }
  }
  return null
}

function speakerOf(context: Context, phrase: Phrase): Speaker {
  const speaker = resolveSpeaker(context.text, context.tokens, phrase, context.entities, context.references)
  if (speaker.entity !== null || speaker.name !== null || phrase.end !== phrase.first + 1) return speaker
  // "… drew fire from Ana Ruiz, who called for an audit": "who" speaks for the noun phrase before it.
  const antecedent = relativeAntecedent(context.tokens, phrase.first)
  return antecedent
    ? resolveSpeaker(context.text, context.tokens, antecedent, context.entities, context.references)
    : speaker
}

const ANTECEDENT_TAGS = /^(PROPN|NOUN|ADJ|NUM)$/

/** The noun phrase that a relative "who" or "which" at `relative` refers to: the one right before it. */
function relativeAntecedent(tokens: readonly Token[], relative: number): Phrase | null {
  const word = tokens[relative]!
  if (!/^(who|which)$/.test(word.lower)) return null
  let j = relative - 1
  if (tokens[j]?.text === ',') {
    // "the Harbor Traders Guild, a trade body for ferries, which said": the name before the apposition.
    const named = outerApposition(tokens, j, Math.max(0, j - 30))
    j = named ?? j - 1
  }
  const head = tokens[j]
  if (head === undefined || head.sentence !== word.sentence || !/^(PROPN|NOUN)$/.test(head.pos)) return null
  let first = j
  for (let k = j - 1; k >= 0 && j - k < 8; k--) {
    const token = tokens[k]!
    if (token.sentence !== word.sentence) break
    if (ANTECEDENT_TAGS.test(token.pos) || isPossessiveMark(token) || (token.text === '.' && token.pos === 'PROPN')) {
      first = k
      continue
    }
    if (token.pos === 'DET') first = k
    break
  }
  return { first, end: j + 1 }
}

/** Index one past the last token of the sentence. */
function sentenceEndIndex(context: Context, sentence: number, from: number): number {
  const end = context.sentences[sentence]?.endToken ?? context.tokens.length
  return Math.max(from, end)
}

// ---------------------------------------------------------------------------------------------
// Reported speech: "X said that …", "…, X said.", "according to X, …".

function findReportedSpeech(context: Context): Draft[] {
  const { tokens, sentences, regions } = context
  const drafts: Draft[] = []
  const intents: Draft[] = []
  for (const sentence of sentences) {
    // A sentence may report several people ("X said …, and Y said …"): each cue is read from where
    // the previous report ended.
    // "…, according to X." covers the whole sentence: no other cue inside it reports anyone else.
    const closing =
      closingAccordingTo(context, sentence) ??
      asAside(context, sentence) ??
      closingSaid(context, sentence) ??
      inDocument(context, sentence)
    if (closing) {
      drafts.push(closing)
      continue
    }
    let floor = sentence.firstToken
    let previous: Draft | null = null
    for (let k = floor; k < sentence.endToken; k++) {
      if (regionAt(regions, tokens[k]!.start) >= 0) continue
      let cue = cueAt(tokens, k)
      let draft: Draft | null = null
      if (cue) {
        draft =
          cue.lemma === 'according to'
            ? accordingTo(context, sentence, cue, floor)
            : reportedAround(context, sentence, cue, floor, sharedSubject(tokens, floor, cue, previous))
      }
      if (!draft) {
        cue = objectCueAt(tokens, k)
        if (cue) draft = reportedObject(context, sentence, cue, floor, sharedSubject(tokens, floor, cue, previous))
      }
      if (!draft) {
        cue = nominalCueAt(tokens, k)
        if (cue) draft = nominalReport(context, sentence, cue, floor)
      }
      if (!draft) {
        // A noun phrase inside the sentence: its report leaves the sentence's own cues to be read.
        const nominal = nominalObjectCueAt(tokens, k)
        const nominalDraft = nominal ? nominalObjectReport(context, sentence, nominal, floor) : null
        if (nominalDraft) {
          if (INTENT_NOUNS.has(tokens[k]!.lower)) intents.push({ ...nominalDraft, nominal: true })
          else drafts.push(nominalDraft)
          continue
        }
      }
      if (!draft) {
        cue = askAt(tokens, k)
        if (cue) draft = questionReport(context, sentence, cue, floor)
      }
      if (!draft) {
        cue = adjectiveCueAt(tokens, k)
        if (cue) draft = adjectiveReport(context, sentence, cue, floor)
      }
      if (!draft) {
        cue = raisingCueAt(tokens, k)
        if (cue) draft = raisingReport(context, sentence, cue, floor)
      }
      if (!draft) {
        cue = passiveCueAt(tokens, k)
        if (cue) draft = passiveReport(context, sentence, cue, floor)
      }
      if (!draft) {
        cue = estimateCueAt(tokens, k, sentence.endToken)
        if (cue) draft = estimateReport(context, sentence, cue, floor)
      }
      if (!draft || !cue) continue
      drafts.push(draft)
      previous = draft
      k = Math.max(cue.end, tokenIndexFrom(tokens, draft.span.end)) - 1
      // "X, who insisted that Y, said …": after a report inside a relative clause, the main verb's
      // subject is still the one before it.
      if (!inRelativeClause(tokens, cue.index, floor)) floor = k + 1
    }
  }
  return [...drafts, ...intents.filter((intent) => !withinLongerReport(intent, drafts))]
}

/**
 * "In the latest Harbor Post poll, Ruiz leads Vos by five points": a finding framed by the document
 * that holds it, when no speech verb in the sentence reports it otherwise.
 */
function inDocument(context: Context, sentence: Sentence): Draft | null {
  const { tokens } = context
  const first = sentence.firstToken
  if (tokens[first]?.lower !== 'in') return null
  let comma = first + 1
  while (comma < sentence.endToken && comma - first <= 16 && tokens[comma]!.text !== ',') comma++
  if (tokens[comma]?.text !== ',' || comma - first < 3) return null
  // The document is the head of the phrase: "poll" in "the previous national poll, conducted in May,".
  const phrase = tokens.slice(first + 1, comma)
  const head = phrase.findIndex((token) => FINDING_DOCUMENTS.has(token.lower))
  if (head < 0 || phrase.slice(head + 1).some((token) => token.pos === 'NOUN')) return null
  let start = comma + 1
  // ("In a poll released Monday, conducted in May, …": a participle's clause still belongs to the poll.)
  if (tokens[start]?.pos === 'VERB' && /ed$/.test(tokens[start]!.lower)) {
    while (start < sentence.endToken && tokens[start]!.text !== ',') start++
    start++
  }
  const lastWord = withoutFinalPunctuation(tokens, start, sentence.endToken)
  if (lastWord - start < 3 || !tokens.slice(start, lastWord).some((token) => token.pos === 'VERB')) return null
  for (let k = start; k < lastWord; k++) if (tokens[k]!.pos === 'VERB' && cueAt(tokens, k)) return null
  const cue: Cue = { index: first, end: first + 1, lemma: 'in' }
  return draftOf(
    context,
    'indirect',
    spanOfTokens(context, start, lastWord),
    { first: first + 1, end: comma },
    cue,
    sentence,
  )
}

const FINDING_DOCUMENTS = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'analysis',
  'audit',
  'report',
  'census',
])

/**
 * "The union puts the cost closer to $12 million", "Analysts put its value at between £9mn and £11mn":
 * putting a figure on something is an estimate its subject reports.
 */
function estimateCueAt(tokens: readonly Token[], k: number, end: number): Cue | null {
  const token = tokens[k]!
  if (!/^(put|puts|putting)$/.test(token.lower) || token.pos !== 'VERB') return null
  for (let m = k + 2; m < end && m <= k + 10; m++) {
    const word = tokens[m]!.lower
    // ("the number of pupils sent home at …": a participle may describe the thing counted.)
    const describing = /(ed|ing)$/.test(word) && /^(DET|ADP)$/.test(tokens[m - 1]!.pos)
    if (tokens[m]!.text === ',' || (tokens[m]!.pos === 'VERB' && !describing)) return null
    let at = word === 'at' ? m + 1 : /^(closer|close|nearer)$/.test(word) && tokens[m + 1]?.lower === 'to' ? m + 2 : -1
    // ("at closer to 900")
    if (word === 'at' && /^(closer|close|nearer)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'to')
      at += 2
    if (at < 0) continue
    const figure = tokens[at]
    // ("at a steady 47 percent": an article and an adjective may stand before the figure.)
    const figureLike =
      figure !== undefined &&
      (figure.pos === 'NUM' ||
        (/^(a|an)$/.test(figure.lower) && (tokens[at + 1]?.pos === 'NUM' || tokens[at + 2]?.pos === 'NUM')) ||
        figure.pos === 'SYM' ||
        /^(between|about|around|roughly|nearly|almost|more|less|fewer|least|some|over|under)$/.test(figure.lower))
    return figureLike ? { index: k, end: k + 1, lemma: 'put' } : null
  }
  return null
}

const ESTIMATED_NOUNS = new Set(['figure', 'number', 'total', 'tally', 'toll', 'estimate', 'count', 'sum'])

function estimateReport(context: Context, sentence: Sentence, cue: Cue, floor: number): Draft | null {
  const { tokens } = context
  const subject = subjectBefore(tokens, cue.index, floor)
  if (!subject) return null
  const lastWord = withoutFinalPunctuation(tokens, cue.end, sentence.endToken)
  let end = contentEnd(context, cue.end, lastWord)
  // ("… at a steady 47 percent, the best in a year": an apposition after the figure is the reporter's;
  // ", assuming no …" still qualifies the estimate.)
  for (let m = cue.end; m < end; m++)
    if (
      tokens[m]!.text === ',' &&
      /^(DET|ADJ)$/.test(tokens[m + 1]?.pos ?? '') &&
      tokens.slice(cue.end, m).some((t) => t.pos === 'NUM')
    ) {
      end = m
      break
    }
  // "puts the figure at $240 billion": when the thing estimated is only "the figure", the figure is the report.
  let first = cue.end
  const at = tokens.slice(cue.end, end).findIndex((t) => t.lower === 'at')
  const generic = tokens.slice(cue.end, cue.end + at).map((t) => t.lower)
  if (at > 0 && (generic.join(' ') === 'it' || (generic.length === 2 && ESTIMATED_NOUNS.has(generic[1]!))))
    first = cue.end + at + 1
  if (end - first < 2) return null
  return draftOf(context, 'indirect', spanOfTokens(context, first, end), subject, cue, sentence)
}

/** True when the cue at `at` is the verb of ", who …" or ", which …" (adverbs and times may stand between). */
function inRelativeClause(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let j = at - 1; j > floor && at - j <= 5; j--) {
    const lower = tokens[j]!.lower
    if (lower === 'who' || lower === 'which') return tokens[j - 1]?.text === ','
    if (!/^(ADV|AUX|ADP|NOUN|PART)$/.test(tokens[j]!.pos)) return false
  }
  return false
}

/**
 * "Holt said her plan to raise the levy would fail": an intent inside a longer report of the same sentence
 * is part of that report, whose speaker the reader takes for it.
 */
function withinLongerReport(intent: Draft, drafts: readonly Draft[]): boolean {
  return drafts.some(
    (other) =>
      other.sentence === intent.sentence && other.span.start <= intent.span.start && other.span.end >= intent.span.end,
  )
}

/** "asked", "asks", also "Asked" opening a sentence, which the tagger may read as a name. */
function askAt(tokens: readonly Token[], k: number): Cue | null {
  const lower = tokens[k]!.lower
  return lower === 'asked' || lower === 'asks' || lower === 'ask' ? { index: k, end: k + 1, lemma: 'ask' } : null
}

/** A word of a short noun phrase naming who asked or was asked: "host Jo Berg", "the former secretary of state". */
const isAskedPhraseWord = (token: Token | undefined): boolean =>
  token !== undefined && (/^(DET|ADJ|NOUN|PROPN)$/.test(token.pos) || token.lower === 'of' || isPossessiveMark(token))

const QUESTION_OPENERS = new Set([
  'about',
  'whether',
  'if',
  'what',
  'why',
  'how',
  'who',
  'whom',
  'which',
  'when',
  'where',
])

/**
 * "Asked about the strike, Vos said …", "when asked whether he would resign", "Holt asks him about his
 * taxes": the question is reported, up to its comma. Its speaker is the subject of an active "ask"; a
 * passive one ("was asked", "Asked …,") names no one who asked.
 */
function questionReport(context: Context, sentence: Sentence, cue: Cue, floor: number): Draft | null {
  const { tokens } = context
  let start = cue.end
  if (/^(him|her|them|me|us|you)$/.test(tokens[start]?.lower ?? '')) start++
  // "asked Ruiz about her budget": a name as the one asked.
  else while (start < cue.end + 3 && tokens[start]?.pos === 'PROPN') start++
  // "asked the candidates to discuss their own ideas": a request, reported with whom it was put to.
  if (!QUESTION_OPENERS.has(tokens[start]?.lower ?? '') && requestedAction(tokens, cue.end, sentence.endToken) >= 0) {
    const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
    const end = contentEnd(context, cue.end, lastWord)
    const subject = subjectBefore(tokens, cue.index, floor)
    if (!subject || end - cue.end < 3 || /^(was|were|been|being|is|are|be|when)$/.test(tokens[cue.index - 1]!.lower))
      return null
    return draftOf(context, 'indirect', spanOfTokens(context, cue.end, end), subject, cue, sentence)
  }
  // "was asked by host Jo Berg whether …", "asked the prime minister during a radio chat if …": who
  // asked, or who was asked and when, may stand before the question.
  let asker: Phrase | null = null
  if (!QUESTION_OPENERS.has(tokens[start]?.lower ?? '')) {
    const by = tokens[start]?.lower === 'by'
    let k = by ? start + 1 : start
    const named = k
    while (k < start + 8 && isAskedPhraseWord(tokens[k]) && !QUESTION_OPENERS.has(tokens[k]!.lower)) k++
    if (by && k > named) asker = { first: named, end: k }
    // ("on Thursday", "during a Facebook chat": when or where it was asked.)
    if (/^(on|at|during|in)$/.test(tokens[k]?.lower ?? '') && k > start) {
      let j = k + 1
      while (j < k + 7 && isAskedPhraseWord(tokens[j]) && !QUESTION_OPENERS.has(tokens[j]!.lower)) j++
      if (j > k + 1) k = j
    }
    if (k > start && QUESTION_OPENERS.has(tokens[k]?.lower ?? '')) start = k
  }
  if (!QUESTION_OPENERS.has(tokens[start]?.lower ?? '')) return null
  const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
  let end = start + 1
  while (end < lastWord && tokens[end]!.text !== ',' && tokens[end]!.text !== ';') end++
  if (tokens[start]!.lower === 'about') end = objectEnd(context, start, end)
  if (end - start < 2 || regionAt(context.regions, tokens[start]!.start) >= 0) return null
  const passive =
    cue.index === floor || /^(when|was|were|been|being|is|are|be|after|if)$/.test(tokens[cue.index - 1]!.lower)
  const subject = asker ?? (passive ? null : subjectBefore(tokens, cue.index, floor))
  const span = spanOfTokens(context, start, end)
  if (isMostlyQuoted(context, span)) return null
  if (subject) return draftOf(context, 'indirect', span, subject, cue, sentence)
  // The question an unnamed interviewer put is reported too; the one who answers did not say it.
  return speakerlessDraft(tokens, span, cue, sentence)
}

// "has been critical of the plan", "is convinced that the vote was rigged": a stance or a certainty
// stated with an adjective after "be".
const STANCE_ADJECTIVES = new Set(['critical', 'supportive', 'skeptical', 'sceptical', 'wary', 'dismissive'])
const CERTAINTY_ADJECTIVES = new Set([
  'confident',
  'optimistic',
  'pessimistic',
  'convinced',
  'certain',
  'adamant',
  'hopeful',
])

/** The adjective of "be critical of …" or "be convinced that …" at `k`, as a cue that ends with its "of" or "that". */
function adjectiveCueAt(tokens: readonly Token[], k: number): Cue | null {
  const token = tokens[k]!
  const next = tokens[k + 1]?.lower
  const stance = STANCE_ADJECTIVES.has(token.lower) && next === 'of'
  const certainty = CERTAINTY_ADJECTIVES.has(token.lower) && next === 'that'
  if (!stance && !certainty) return null
  let b = k - 1
  while (b > 0 && tokens[b]!.pos === 'ADV') b--
  if (!BE_FORMS.has(tokens[b]?.lower ?? '')) return null
  return { index: k, end: k + 2, lemma: `be ${token.lower} ${next}` }
}

function adjectiveReport(context: Context, sentence: Sentence, cue: Cue, floor: number): Draft | null {
  const { tokens } = context
  const subject = subjectBefore(tokens, cue.index, floor)
  if (subject === null) return null
  const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
  let end = contentEnd(context, cue.end, lastWord)
  if (tokens[cue.end - 1]!.lower === 'of') end = objectEnd(context, cue.end, end)
  else if (!isClause(tokens, cue.end, end)) return null
  if (end - cue.end < 1) return null
  const span = spanOfTokens(context, cue.end, end)
  return isMostlyQuoted(context, span) ? null : draftOf(context, 'indirect', span, subject, cue, sentence)
}

/** Nouns for people or peoples, who are no channel for someone else's words. */
const PEOPLE_NOUNS = new Set(
  (
    'people voters nations countries states taxpayers residents citizens workers members officials leaders ' +
    'critics supporters opponents lawmakers experts analysts students parents families americans democrats ' +
    'republicans women men children investors companies groups activists protesters'
  ).split(' '),
)

// "The bill is expected to pass", "the mayor seems to favor a delay": an expectation or an impression that
// the article reports without naming whose it is. PolNeAR counts each as an attribution to the author.
const RAISING_VERBS = new Map(
  Object.entries({
    seem: 'seem',
    seems: 'seem',
    seemed: 'seem',
    appear: 'appear',
    appears: 'appear',
    appeared: 'appear',
  }),
)
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s'])

/** "seems to favor", "is (widely) expected to pass": the verb, when an infinitive follows it. */
function raisingCueAt(tokens: readonly Token[], k: number): Cue | null {
  const token = tokens[k]!
  if (tokens[k + 1]?.lower !== 'to' || !/^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '')) return null
  let lemma = RAISING_VERBS.get(token.lower)
  if (lemma === undefined) {
    if (token.lower !== 'expected') return null
    let b = k - 1
    while (b > 0 && (tokens[b]!.lower === 'not' || (tokens[b]!.pos === 'ADV' && tokens[b]!.lower.endsWith('ly')))) b--
    if (!BE_FORMS.has(tokens[b]?.lower ?? '')) return null
    lemma = 'expect'
  } else if (token.pos !== 'VERB') return null
  // "The port can appear to be thriving": what a thing may look like is the writer's own remark.
  else if (/^(can|could|may|might)$/.test(tokens[k - 1]?.lower ?? '')) return null
  // "seemed to suggest that …": the speech verb after "to" reports, with the subject as its speaker.
  if (cueAt(tokens, k + 2) !== null || objectCueAt(tokens, k + 2) !== null) return null
  return { index: k, end: k + 2, lemma }
}

/** The subject and the infinitive clause of a raising verb, as one report with no speaker named. */
function raisingReport(context: Context, sentence: Sentence, cue: Cue, floor: number): Draft | null {
  const { tokens } = context
  const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
  let first = subjectBefore(tokens, cue.index, floor)?.first
  // "the line, which is expected to draw crowds, opens": the relative clause, to its comma.
  let end = contentEnd(context, cue.end, lastWord)
  if (first === undefined) {
    const relative = relativeBefore(tokens, cue.index, floor)
    if (relative === null) return null
    first = relative
    for (let k = cue.end; k < end; k++) if (tokens[k]!.text === ',') end = k
  }
  if (end - cue.end < 2) return null
  const span = spanOfTokens(context, first, end)
  if (isMostlyQuoted(context, span)) return null
  return speakerlessDraft(tokens, span, cue, sentence)
}

/** A "which" or "who" right before the verb group at `at` (auxiliaries and adverbs between), or null. */
function relativeBefore(tokens: readonly Token[], at: number, floor: number): number | null {
  let b = at - 1
  while (b > floor && /^(AUX|ADV|PART)$/.test(tokens[b]!.pos)) b--
  return b >= floor && (tokens[b]!.lower === 'which' || tokens[b]!.lower === 'who') ? b : null
}

// "Trump's claim that the vote was rigged", "her warning that prices would rise": a noun of saying
// with its that-clause reports speech as well as the verb would.
const NOMINAL_CUES = new Map(
  Object.entries({
    claim: 'claim',
    claims: 'claim',
    assertion: 'assert',
    assertions: 'assert',
    warning: 'warn',
    warnings: 'warn',
    pledge: 'pledge',
    promise: 'promise',
    promises: 'promise',
    belief: 'believe',
    acknowledgment: 'acknowledge',
    acknowledgement: 'acknowledge',
    admission: 'admit',
    insistence: 'insist',
    contention: 'contend',
    allegation: 'allege',
    allegations: 'allege',
    accusation: 'accuse',
    accusations: 'accuse',
    argument: 'argue',
    suggestion: 'suggest',
    prediction: 'predict',
    assurance: 'assure',
    assurances: 'assure',
    announcement: 'announce',
    denial: 'deny',
  }),
)

function hasVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true
  return false
}

const RELATIVE_VERBS = /^(made|make|makes|gave|give|issued|offered|kept|broke|repeated|heard|received|got|had|did)$/

function nominalCueAt(tokens: readonly Token[], k: number): Cue | null {
  const token = tokens[k]!
  const lemma = NOMINAL_CUES.get(token.lower)
  if (lemma === undefined || token.pos !== 'NOUN' || tokens[k + 1]?.lower !== 'that') return null
  return { index: k, end: k + 1, lemma }
}

/** Who owns a noun cue: "his" in "his warning that …", "the minister" in "the minister's claim that …". */
function possessiveOwner(tokens: readonly Token[], cue: Cue, floor: number): Phrase | null {
  const before = tokens[cue.index - 1]
  if (before === undefined || cue.index - 1 < floor) return null
  if (POSSESSIVE_PRONOUNS.test(before.lower) && before.pos === 'PRON') return { first: cue.index - 1, end: cue.index }
  if (!isPossessiveMark(before)) return null
  const phrase = subjectBefore(tokens, cue.index - 1, floor)
  return phrase && phrase.end === cue.index - 1 ? phrase : null
}

/** The report of a nominal cue, when its owner is named: "X's claim that …", "his warning that …". */
function nominalReport(context: Context, sentence: Sentence, cue: Cue, floor: number): Draft | null {
  const { tokens } = context
  const owner = possessiveOwner(tokens, cue, floor)
  if (!owner) return null
  const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
  const start = cue.end + 1
  let end = contentEnd(context, start, lastWord)
  if (!isClause(tokens, start, end) || !opensClause(tokens, start, end, cue.lemma)) return null
  // "X's claim that the bridge was safe drew ridicule": as the subject, the clause ends where the
  // sentence's own verb follows it.
  if (!hasVerbBetween(tokens, floor, owner.first)) end = beforeMainVerb(tokens, start, end, true)
  // "the promise that she made to voters": a relative clause about the promise, not its content.
  for (let k = start; k < Math.min(end, start + 4); k++)
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') {
      if (RELATIVE_VERBS.test(tokens[k]!.lower)) return null
      break
    }
  const span = spanOfTokens(context, start, end)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, owner, cue, sentence)
}

// "his opposition to the deal", "their criticism of the court": a noun of stance with its preposition
// reports what it is about, as its verb would. (Nouns of intent with an infinitive, "her plan to …", were
// tried: on PolNeAR they mostly matched a longer report around them, with that report's speaker.)
const NOMINAL_OBJECT_CUES = new Map<string, { lemma: string; after: RegExp }>(
  Object.entries({
    criticism: { lemma: 'criticize', after: /^(of)$/ },
    opposition: { lemma: 'oppose', after: /^(to)$/ },
    support: { lemma: 'support', after: /^(for|of)$/ },
    endorsement: { lemma: 'endorse', after: /^(of)$/ },
    attack: { lemma: 'attack', after: /^(on)$/ },
    attacks: { lemma: 'attack', after: /^(on)$/ },
    praise: { lemma: 'praise', after: /^(for|of)$/ },
    call: { lemma: 'call for', after: /^(for)$/ },
    calls: { lemma: 'call for', after: /^(for)$/ },
    demand: { lemma: 'demand', after: /^(for)$/ },
    demands: { lemma: 'demand', after: /^(for)$/ },
    defense: { lemma: 'defend', after: /^(of)$/ },
    embrace: { lemma: 'embrace', after: /^(of)$/ },
    rejection: { lemma: 'reject', after: /^(of)$/ },
    condemnation: { lemma: 'condemn', after: /^(of)$/ },
    push: { lemma: 'push for', after: /^(for)$/ },
    // "her plan to raise the levy", "his refusal to testify": an intent with its infinitive. Inside a longer
    // report of the same sentence it is no report of its own (see `withinLongerReport`).
    plan: { lemma: 'plan', after: /^(to)$/ },
    plans: { lemma: 'plan', after: /^(to)$/ },
    refusal: { lemma: 'refuse', after: /^(to)$/ },
    decision: { lemma: 'decide to', after: /^(to)$/ },
    vow: { lemma: 'vow', after: /^(to)$/ },
    pledge: { lemma: 'pledge', after: /^(to)$/ },
    promise: { lemma: 'promise', after: /^(to)$/ },
    threat: { lemma: 'threaten', after: /^(to)$/ },
    proposal: { lemma: 'propose', after: /^(to)$/ },
  }),
)
const INTENT_NOUNS = new Set(['plan', 'plans', 'refusal', 'decision', 'vow', 'pledge', 'promise', 'threat', 'proposal'])

function nominalObjectCueAt(tokens: readonly Token[], k: number): Cue | null {
  const token = tokens[k]!
  const entry = NOMINAL_OBJECT_CUES.get(token.lower)
  const next = tokens[k + 1]
  if (entry === undefined || token.pos !== 'NOUN' || next === undefined || !entry.after.test(next.lower)) return null
  return { index: k, end: k + 1, lemma: entry.lemma }
}

/** "her support for the bill": the report of a noun of stance whose owner is named by a possessive. */
function nominalObjectReport(context: Context, sentence: Sentence, cue: Cue, floor: number): Draft | null {
  const { tokens } = context
  const owner = possessiveOwner(tokens, cue, floor)
  if (!owner) return null
  // "Holt agreed the cost of her plan to widen the road was too high": an intent after a cue of the sentence
  // is part of what that cue reports.
  if (INTENT_NOUNS.has(tokens[cue.index]!.lower)) {
    if (!hasVerbBetween(tokens, sentence.firstToken, owner.first)) return null
    for (let k = sentence.firstToken; k < owner.first; k++)
      if (regionAt(context.regions, tokens[k]!.start) < 0 && (cueAt(tokens, k) || objectCueAt(tokens, k))) return null
  }
  const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
  const start = cue.end + 1
  let end = objectEnd(context, start, contentEnd(context, start, lastWord))
  // The phrase ends at a verb ("Her support for the bill cost her the seat") and at a comma, unless a
  // list of things runs on.
  for (let k = start + 1; k < end; k++) {
    const token = tokens[k]!
    if (token.text === ',' && !closesList(tokens, k + 1, end)) end = k
    else if (token.pos === 'AUX' || (token.pos === 'VERB' && !token.lower.endsWith('ing'))) end = k
  }
  if (end <= start) return null
  let content = false
  for (let k = start; k < end; k++) if (/^(NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos)) content = true
  if (!content) return null
  const span = spanOfTokens(context, start, end)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, owner, cue, sentence)
}

const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** How many words may stand between a passive participle and its "by" ("was called a fraud by"). */
const MAX_PASSIVE_GAP = 4

/**
 * "was rejected by the council", "has been widely criticized by unions": a stance participle after a form of
 * "be" with its agent in a "by" phrase. The cue runs to the "by"; the agent speaks, the subject is the content.
 */
function passiveCueAt(tokens: readonly Token[], k: number): Cue | null {
  const token = tokens[k]!
  const lemma = passiveCueLemma(token.lower)
  if (lemma === undefined || !/^(VERB|ADJ)$/.test(token.pos)) return null
  let b = k - 1
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--
  if (!PASSIVE_AUXILIARIES.has(tokens[b]?.lower ?? '')) return null
  for (let m = k + 1; m < Math.min(tokens.length, k + 2 + MAX_PASSIVE_GAP); m++) {
    const word = tokens[m]!
    if (word.sentence !== token.sentence || /^(VERB|AUX|SCONJ|PUNCT)$/.test(word.pos)) return null
    if (word.lower === 'by') return { index: k, end: m + 1, lemma }
  }
  return null
}

/** The subject of a passive stance cue as content, and the head noun phrase of its "by" as the speaker. */
function passiveReport(context: Context, sentence: Sentence, cue: Cue, floor: number): Draft | null {
  const { tokens } = context
  let aux = cue.index - 1
  while (aux > floor && tokens[aux]!.pos === 'ADV') aux--
  const subject = subjectBefore(tokens, aux, floor)
  if (!subject || (subject.end !== aux && tokens[subject.end]?.pos !== 'AUX')) return null
  // "it was rejected", "which is supported by": a pronoun stands for words the reader has already met.
  let named = false
  for (let k = subject.first; k < subject.end; k++) if (/^(NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) named = true
  if (!named) return null
  // "by dozens of papers ranging from …": the agent is its noun phrase, without what describes it.
  let from = cue.end
  while (from < sentence.endToken && tokens[from]!.pos === 'ADV') from++
  const agent = subjectAfter(tokens, from, sentence.endToken)
  if (!agent || (tokens[agent.first]!.pos === 'PRON' && agent.end === agent.first + 1)) return null
  // "by the council on Tuesday", "by mayors from the north": a preposition other than "of" ends the agent.
  let end = agent.first + 1
  // "by experts I spoke to": a pronoun right after a noun opens a relative clause.
  while (end < agent.end && !(tokens[end]!.pos === 'ADP' && tokens[end]!.lower !== 'of')) {
    if (tokens[end]!.pos === 'PRON' && tokens[end - 1]!.pos === 'NOUN') break
    end++
  }
  const span = spanOfTokens(context, subject.first, subject.sourceEnd ?? subject.end)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, { first: agent.first, end }, cue, sentence)
}

/** Content of reported speech must be a clause: it has a verb and some words. */
function isClause(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 3) return false
  for (let k = first; k < end; k++) {
    const token = tokens[k]!
    if (token.pos === 'VERB' || token.pos === 'AUX') return true
    // ("her allies long ago tired of the plan": the tagger may read a past tense after its subject as an adjective.)
    if (
      token.pos === 'ADJ' &&
      /[^e]ed$/.test(token.lower) &&
      k > first &&
      /^(NOUN|PROPN|ADV)$/.test(tokens[k - 1]!.pos)
    )
      return true
  }
  return false
}

function spanOfTokens(context: Context, first: number, end: number): Span {
  const { tokens, text } = context
  return trimQuoteEdges(text, { start: tokens[first]!.start, end: tokens[end - 1]!.end })
}

/** Drops a sentence's final full stop from a content range. */
function withoutFinalPunctuation(tokens: readonly Token[], first: number, end: number): number {
  let stop = end
  while (stop > first && /^[.!?]$/.test(tokens[stop - 1]!.text)) stop--
  return stop
}

/** True when the content is itself mostly a quotation (then the quoted-speech pass reports it). */
function isMostlyQuoted(context: Context, span: Span): boolean {
  let quoted = 0
  for (const region of context.regions) {
    if (region.close <= span.start || region.open >= span.end) continue
    quoted += Math.min(region.close, span.end) - Math.max(region.open, span.start)
  }
  return quoted >= 0.6 * (span.end - span.start)
}

/** ", saying …", ", citing …": a speech verb in -ing that starts a report of its own. */
function trailingCue(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]
  return token?.lower.endsWith('ing') === true && (cueAt(tokens, at) ?? objectCueAt(tokens, at)) !== null
}

/** A comma then a clause about the speaker: ", as they …", ", adding that …", ", while …". */
function trailingClause(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',') return false
  const next = tokens[at + 1]
  if (!next) return false
  if (next.pos === 'SCONJ' || /^(as|while|after|before|when|because|although|though|whereas)$/.test(next.lower))
    return true
  if (next.pos !== 'VERB' || !next.lower.endsWith('ing')) return false
  // "…, he said, moving the archive would take …": a gerund with its own verb opens a clause, not an aside.
  for (let m = at + 2; m < Math.min(tokens.length, at + 8) && tokens[m]!.pos !== 'PUNCT'; m++)
    if (tokens[m]!.pos === 'AUX') return false
  return true
}

/** "X said …, but warned …": the second verb's subject is the first one's, if only a joiner stands between. */
function sharedSubject(tokens: readonly Token[], floor: number, cue: Cue, previous: Draft | null): Phrase | null {
  if (!previous?.subject) return null
  let k = floor
  if (tokens[k]?.text === ',') k++
  // `… "useful," but warned …`: the closing mark of a quotation that ended the first report.
  while (k < cue.index && CLOSING_MARK.test(tokens[k]!.text)) k++
  // "thanked the crews in a letter and said …", "said as much on a podcast on Monday, adding …": the
  // adjuncts the first report left out.
  for (let adjunct = framingAdjunctEnd(tokens, k, cue.index); adjunct > 0; ) {
    k = adjunct
    adjunct = framingAdjunctEnd(tokens, k, cue.index)
  }
  if (k > floor && tokens[k]?.text === ',') k++
  // "…, X said, adding that …"
  if (k === cue.index && tokens[cue.index]!.lower.endsWith('ing')) return previous.subject
  if (!CLAUSE_JOINERS.has(tokens[k]?.lower ?? '')) return null
  k++
  // "… but has since said", "… and will also say": adverbs and auxiliaries stand between.
  while (k < cue.index && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k++
  return k === cue.index ? previous.subject : null
}

/**
 * "Ryabkov dismissed the condition, saying …": a speech verb in -ing after a comma reports the words of
 * the sentence's subject (the subject of its first verb).
 */
/**
 * "a statement announcing the pick", "a series of tweets saying …": a cue in -ing right after a noun
 * describes that noun (a channel); the speaker is the subject of the sentence's main verb.
 */
function channelAuthor(tokens: readonly Token[], cue: Cue, floor: number, endToken: number): Phrase | null {
  const token = tokens[cue.index]!
  let b = cue.index - 1
  // "tweets early Friday saying": look past a time.
  while (b > floor && /^(early|late|on|this|last)$|day$/.test(tokens[b]!.lower)) b--
  const before = tokens[b]
  if (!token.lower.endsWith('ing') || !before || before.pos !== 'NOUN') return null
  // "with many nations feeling that …", "taxpayers reporting gains": people act for themselves.
  if (PEOPLE_NOUNS.has(before.lower)) return null
  for (let k = floor; k < endToken; k++) {
    if (k === cue.index) continue
    const verb = tokens[k]!
    if (verb.pos !== 'VERB' || verb.lower.endsWith('ing')) continue
    const subject = subjectBefore(tokens, k, floor)
    if (subject) return subject
  }
  return null
}

function participleSubject(context: Context, cue: Cue, floor: number): Phrase | null {
  const { tokens } = context
  const quoted = quotedAsSaying(tokens, cue, floor)
  if (quoted) return quoted
  let before = cue.index - 1
  while (before > floor && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'AUX')) before--
  // "Citing the audit, Vos called for …": a participle opening the sentence speaks for the main clause's subject.
  if (cue.index === floor && tokens[cue.index]!.lower.endsWith('ing')) return openingParticipleSubject(context, cue)
  // ("began by saying …", "responded to her on Friday by saying …": how the subject did it.)
  const participle =
    tokens[cue.index]!.lower.endsWith('ing') &&
    (tokens[cue.index - 1]?.text === ',' || tokens[cue.index - 1]?.lower === 'by')
  // "… has criticized the deal and called for new tariffs": the verbs share the sentence's subject.
  const coordinated = /^(and|but|or)$/.test(tokens[before]?.lower ?? '')
  if (!participle && !coordinated) return null
  // The first verb outside quotation marks that has a subject ("“…,” he said, calling …").
  for (let k = floor; k < before; k++) {
    const token = tokens[k]!
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue
    if (regionAt(context.regions, token.start) >= 0) continue
    const subject = subjectBefore(tokens, k, floor)
    if (subject) return subject
  }
  return null
}

/**
 * "X was quoted by the state news agency as saying …", "X was cited as saying …": who is quoted says it.
 */
function quotedAsSaying(tokens: readonly Token[], cue: Cue, floor: number): Phrase | null {
  if (tokens[cue.index - 1]?.lower !== 'as' || !tokens[cue.index]!.lower.endsWith('ing')) return null
  for (let k = cue.index - 2; k >= floor && cue.index - k <= 10; k--) {
    if (!/^(quoted|cited|described|reported|paraphrased)$/.test(tokens[k]!.lower)) continue
    if (!/^(was|were|is|are|been|being)$/.test(tokens[k - 1]?.lower ?? '')) return null
    return subjectBefore(tokens, k - 1, floor)
  }
  return null
}

/** The subject of the main clause after the comma that closes an opening participle clause, or null. */
function openingParticipleSubject(context: Context, cue: Cue): Phrase | null {
  const { tokens } = context
  const end = context.sentences[tokens[cue.index]!.sentence]?.endToken ?? tokens.length
  let comma = cue.end
  while (comma < end && tokens[comma]!.text !== ',') comma++
  for (let k = comma + 2; k < Math.min(end, comma + 12); k++) {
    const verb = tokens[k]!
    if (verb.pos !== 'VERB' && verb.pos !== 'AUX') continue
    const subject = subjectBefore(tokens, k, comma + 1)
    return subject?.first === comma + 1 ? subject : null
  }
  return null
}

/** Who speaks through `cue`: a channel's author, the subject before it, or the sentence's subject. */
/** (`before`: the subject right before the cue, when the caller has read it already.) */
function subjectOfCue(
  context: Context,
  sentence: Sentence,
  cue: Cue,
  floor: number,
  before = subjectBefore(context.tokens, cue.index, floor),
): Phrase | null {
  return (
    channelAuthor(context.tokens, cue, floor, sentence.endToken) ?? before ?? participleSubject(context, cue, floor)
  )
}

function reportedAround(
  context: Context,
  sentence: Sentence,
  cue: Cue,
  floor: number,
  inherited: Phrase | null,
): Draft | null {
  const { tokens } = context
  const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
  // "X, who in 2010 said the goal was …, declined": the relative clause reports X; it ends at its comma.
  const before = inherited ? null : subjectBefore(tokens, cue.index, floor)
  const relative = inherited || before ? null : relativeSubject(tokens, cue.index, floor)
  if (relative) return relativeReport(context, sentence, cue, relative.phrase, lastWord)
  const subject = withoutRelativeWord(
    tokens,
    inherited ?? documentSubject(tokens, cue, floor, before) ?? subjectOfCue(context, sentence, cue, floor, before),
  )
  // "…, X said." / "…, said X.": the attribution closes the sentence and the content comes first.
  const tailStart = subject ? subject.first : cue.index
  const inverted = !subject && INVERSION_VERBS.has(cue.lemma) ? subjectAfter(tokens, cue.end, lastWord) : null
  let attributionEnd = skipAdjuncts(tokens, inverted ? inverted.end : cue.end, lastWord, cue.lemma)
  // "…, said Jane Doe, an adviser to the campaign."
  if (inverted && tokens[attributionEnd]?.text === ',' && opensApposition(tokens[attributionEnd + 1])) {
    attributionEnd = lastWord
  }
  const comma = tokens[tailStart - 1]
  const afterComma = comma !== undefined && comma.text === ',' && tailStart - 1 > floor
  // "…, X said Friday, as they bristled at …" / "…, X said, adding that …": the attribution still
  // closes the reported words; what follows is about the speaker.
  const closesReport = attributionEnd >= lastWord || trailingClause(tokens, attributionEnd)
  if ((subject || inverted) && afterComma && closesReport) {
    if (WEAK_CUES.has(cue.lemma) && !CLOSING_WEAK_CUES.has(cue.lemma)) return null
    const contentEnd = tailStart - 1
    // ("Mostly small shop owners, he said.": a whole sentence's words before the attribution may have no verb.)
    const whole = floor === sentence.firstToken && contentEnd - floor >= 2 && cue.lemma === 'say'
    if (!isClause(tokens, floor, contentEnd) && !whole) return null
    const span = spanOfTokens(context, floor, contentEnd)
    if (isMostlyQuoted(context, span)) return null
    const phrase = (subject ?? inverted)!
    return draftOf(context, 'indirect', span, phrase, cue, sentence)
  }
  if (!subject) return null
  // "The plan, he said, would fail": the attribution sits inside the reported words.
  // ("…, Ruiz explained earlier in the hearing, were …": the adjuncts may have been read past its comma.)
  if (tokens[attributionEnd - 1]?.text === ',' && attributionEnd - 1 > cue.end) attributionEnd--
  if (afterComma && tokens[attributionEnd]?.text === ',' && !WEAK_CUES.has(cue.lemma)) {
    // "The queue was long, she said, and “We waited for hours”": what follows "and" is a quotation
    // of its own; the report is the part before the attribution.
    const joiner = tokens[attributionEnd + 1]
    if (joiner && /^(and|but)$/.test(joiner.lower) && QUOTE_MARK.test(tokens[attributionEnd + 2]?.text ?? '')) {
      const contentEnd = tailStart - 1
      if (!isClause(tokens, floor, contentEnd)) return null
      return draftOf(context, 'indirect', spanOfTokens(context, floor, contentEnd), subject, cue, sentence)
    }
    const end = contentEnd(context, attributionEnd + 1, lastWord)
    if (isClause(tokens, floor, end) && isClause(tokens, attributionEnd + 1, end)) {
      const span = spanOfTokens(context, floor, end)
      if (isMostlyQuoted(context, span)) return null
      return draftOf(context, 'indirect', span, subject, cue, sentence)
    }
  }
  // "told the crew chiefs to cut overtime": an order, reported with whom it was given to, as "asked X to".
  if ((cue.lemma === 'tell' || cue.lemma === 'warn') && requestedAction(tokens, cue.end, lastWord) >= 0) {
    const end = contentEnd(context, cue.end, lastWord)
    const span = spanOfTokens(context, cue.end, end)
    return end - cue.end < 3 || isMostlyQuoted(context, span)
      ? null
      : draftOf(context, 'indirect', span, subject, cue, sentence)
  }
  // "X said (on Sunday) (that) …", "X told reporters (that) …".
  let contentStart = skipAdjuncts(tokens, cue.end, lastWord, cue.lemma)
  contentStart = thatAfterAdjunct(tokens, contentStart, lastWord)
  const hasThat = tokens[contentStart]?.lower === 'that' || tokens[contentStart]?.text === ':'
  // "the bill, which critics said was unfair to vendors": the relative word stands for the reported subject.
  const gap = !hasThat && isRelativeGap(tokens, subject, contentStart)
  // "the air force reported intercepting most of the drones", "denied taking the money": a gerund reports.
  const gerund = !hasThat && GERUND_CUES.has(cue.lemma) && isGerund(tokens[contentStart])
  if (hasThat) contentStart++
  else if (
    WEAK_CUES.has(cue.lemma) &&
    !gerund &&
    !gap &&
    !isFinding(tokens, subject, cue.lemma) &&
    !(COGNITION_CUES.has(cue.lemma) && opensClause(tokens, contentStart, lastWord, cue.lemma))
  )
    return null
  // "said as much on a podcast": what was said is the "as much" that points back.
  if (!hasThat && pointsBack(tokens, contentStart))
    return draftOf(context, 'indirect', spanOfTokens(context, contentStart, contentStart + 2), subject, cue, sentence)
  let end = subordinateEnd(tokens, sentence, cue, contentStart, contentEnd(context, contentStart, lastWord))
  // "say the same of Ruiz": the same words, said of someone else (who else said them, after a comma, is not).
  if (
    !hasThat &&
    tokens[contentStart]?.lower === 'the' &&
    tokens[contentStart + 1]?.lower === 'same' &&
    end > contentStart + 1
  ) {
    let comma = contentStart + 2
    while (comma < end && tokens[comma]!.text !== ',') comma++
    return draftOf(context, 'indirect', spanOfTokens(context, contentStart, comma), subject, cue, sentence)
  }
  // "haven't said much about how the tender is judged": how much was said about a topic. ("said nothing
  // about the plan" reports no words at all.)
  if (
    !hasThat &&
    /^(much|little)$/.test(tokens[contentStart]?.lower ?? '') &&
    tokens[contentStart + 1]?.lower === 'about' &&
    end > contentStart + 2
  )
    return draftOf(context, 'indirect', spanOfTokens(context, contentStart, end), subject, cue, sentence)
  if (!isClause(tokens, contentStart, end)) {
    // "Polls show a close contest in the state": what a document shows may be a noun phrase.
    const finding = !hasThat && isFinding(tokens, subject, cue.lemma)
    return finding ? reportedObject(context, sentence, cue, floor, subject) : null
  }
  const opener = tokens[contentStart]!
  // "asked whether …", "wondered why …": a question reported.
  const question = /^(whether|if|why|how|what|when|who)$/.test(opener.lower)
  // ('said "the queue is a disgrace" every time …': the reported clause may open with the speaker's own words.)
  // (Only when the clause goes on after the quotation: 'said "we will win" and left' quotes, it reports nothing.)
  const close = QUOTE_MARK.test(opener.text) ? closingMarkAfter(tokens, contentStart, end) : -1
  // ('said "That was the plan," when …': a quotation closed by its own comma ends the report.)
  // ('said "port reforms" and the collection of taxes would help': "and" may join a second subject.)
  const joinsSubject = tokens[close + 1]?.lower === 'and' && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[close + 2]?.pos ?? '')
  const goesOn =
    close > 0 &&
    close + 1 < end &&
    (joinsSubject || !/^(CCONJ|SCONJ|PUNCT)$/.test(tokens[close + 1]!.pos)) &&
    !/^[,.]$/.test(tokens[close - 1]!.text)
  const quotedOpener = goesOn ? tokens[contentStart + 1] : undefined
  const openerPos = quotedOpener?.pos ?? opener.pos
  // ("said at least 40 people were killed", "said up to 300 homes": a clause may open with its figure's bound.)
  // ("said by June the line would be open": a deadline opens what was said.)
  const bound =
    (BOUNDS.has(opener.lower) && !goesOn && opensWithFigure(tokens, contentStart, end)) ||
    (DEADLINES.has(opener.lower) && isTimeAt(tokens, contentStart + 1))
  // ("says running for office is tough": a clause whose subject is a gerund; a finite verb must follow it.)
  const gerundSubject =
    opener.pos === 'VERB' &&
    opener.lower.endsWith('ing') &&
    tokens
      .slice(contentStart + 2, end)
      .some((t) => t.pos === 'AUX' && /^(is|was|has|had|will|would|can|could)$/.test(t.lower))
  if (
    !hasThat &&
    !question &&
    !gerund &&
    !gerundSubject &&
    !gap &&
    !bound &&
    !/^(PRON|DET|PROPN|NOUN|NUM|ADJ|ADV)$/.test(openerPos)
  )
    return null
  // The relative clause closes at the comma before the main verb: "which Vos believes is unsafe, will sail".
  if (gap)
    for (let k = contentStart + 1; k < end; k++)
      if (tokens[k]!.text === ',' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) end = k
  const span = spanOfTokens(context, contentStart, end)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, subject, cue, sentence)
}

/** "as much" ("said as much", "indicated as much"): words that stand for what was reported before. */
const pointsBack = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'much' && !/^(as|than)$/.test(tokens[k + 2]?.lower ?? '')

/** "which critics said …": the tagger may read "which" as a determiner of the subject; it is not part of it. */
function withoutRelativeWord(tokens: readonly Token[], subject: Phrase | null): Phrase | null {
  if (subject === null || subject.end - subject.first < 2 || tokens[subject.first]!.lower !== 'which') return subject
  return { ...subject, first: subject.first + 1 }
}

/** "which critics said was unfair": a relative word before the subject and a finite verb right after the cue. */
function isRelativeGap(tokens: readonly Token[], subject: Phrase, contentStart: number): boolean {
  const relative = tokens[subject.first - 1]
  const verb = tokens[contentStart]
  return (
    relative !== undefined &&
    RELATIVE_WORDS.has(relative.lower) &&
    verb !== undefined &&
    (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')))
  )
}
const RELATIVE_WORDS = new Set(['which', 'that', 'who', 'whom'])

function relativeReport(
  context: Context,
  sentence: Sentence,
  cue: Cue,
  phrase: Phrase,
  lastWord: number,
): Draft | null {
  const { tokens } = context
  let start = skipAdjuncts(tokens, cue.end, lastWord, cue.lemma)
  if (tokens[start]?.lower === 'that') start++
  let end = contentEnd(context, start, lastWord)
  // The relative clause closes at the comma before the main verb: ", declined to comment".
  for (let k = start + 1; k < end; k++) {
    if (tokens[k]!.text === ',' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) {
      end = k
      break
    }
  }
  if (!isClause(tokens, start, end)) return null
  const span = spanOfTokens(context, start, end)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, phrase, cue, sentence)
}

/** "The NAACP called for a moratorium on charter schools", "she plans to run again": what is wanted. */
function reportedObject(
  context: Context,
  sentence: Sentence,
  cue: Cue,
  floor: number,
  inherited: Phrase | null,
): Draft | null {
  const { tokens } = context
  const lastWord = withoutFinalPunctuation(tokens, floor, sentence.endToken)
  // '"He will not stop," Merz said, referring to Putin': the reporter's gloss on the quote, not the speaker's words.
  if (cue.lemma === 'refer to' && tokens[cue.index - 1]?.text === ',' && tokens[cue.index]!.lower.endsWith('ing'))
    return null
  const subject = inherited ?? subjectOfCue(context, sentence, cue, floor)
  if (!subject) return null
  // "Lin, who voted against the measure, said …": a past vote in a relative clause describes the person.
  if (cue.lemma.startsWith('vote ') && isRelativePronoun(tokens[subject.first]!) && subject.end === subject.first + 1)
    return null
  // "pointed out that the ferry was late": the content is the clause, as after a speech verb.
  const that = tokens[cue.end]?.lower === 'that' && tokens[cue.end]!.pos === 'SCONJ'
  const start = that && opensClause(tokens, cue.end + 1, lastWord, cue.lemma) ? cue.end + 1 : cue.end
  if (pointsBack(tokens, start))
    return draftOf(context, 'indirect', spanOfTokens(context, start, start + 2), subject, cue, sentence)
  let end = contentEnd(context, start, lastWord)
  end = objectEnd(context, start, end)
  // "endorsed by dozens of papers", "called into a radio show": a passive or a motion, not a report.
  // ("endorsed Vos", "criticized him": a name or a person alone is object enough.)
  // (Not a vote: "would vote for her" tells how a ballot goes, not what anyone said.)
  const lone =
    end - start === 1 &&
    !cue.lemma.startsWith('vote') &&
    (tokens[start]!.pos === 'PROPN' || /^(him|her|them)$/.test(tokens[start]!.lower))
  if ((end - start < 2 && !lone) || tokens[start]!.pos === 'PUNCT' || /^(by|into)$/.test(tokens[start]!.lower))
    return null
  let content = false
  for (let k = start; k < end; k++) if (/^(NOUN|PROPN|VERB|PRON|NUM)$/.test(tokens[k]!.pos)) content = true
  if (!content) return null
  const span = spanOfTokens(context, start, end)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, subject, cue, sentence)
}

/**
 * Where the object of an attitude verb ends. A noun phrase stops at a comma that opens a clause about
 * something else (", which …", ", another example …", ", looping …"), but not at a participle that
 * describes it (", made in …") nor inside a quoted list; a that-clause or a question runs on. A second
 * predicate ("praised the work but also asked …") ends it too, unless infinitives are coordinated
 * ("to share a currency and rely on …").
 */
function objectEnd(context: Context, start: number, end: number): number {
  const { tokens, regions } = context
  if (start >= end) return end
  const clause =
    /^(that|whether|if|why|how|what|when|who)$/.test(tokens[start]!.lower) || tokens[start - 1]?.lower === 'that'
  const infinitive = tokens[start]!.lower === 'to' || tokens[start - 1]?.lower === 'to'
  for (let k = start + 1; k < end; k++) {
    const token = tokens[k]!
    if (regionAt(regions, token.start) >= 0) continue
    const next = tokens[k + 1]
    // "Dayton, Ohio, police": a comma between names belongs to a place.
    const place = tokens[k - 1]!.pos === 'PROPN' && next?.pos === 'PROPN'
    if (token.text === ',' && !clause && next && !place && !QUOTE_MARK.test(next.text) && !isParticiple(next)) {
      // "questioned her judgment, her record and her temper": a list of noun phrases runs on to its end.
      if (closesList(tokens, k + 1, end)) return end
      return k
    }
    // "likened the rules to a burning — a charge that stung": a dash opens the reporter's aside.
    if (!clause && OBJECT_DASHES.has(token.text) && token.start > tokens[k - 1]!.end) {
      // "to ban all visitors — millions of people — from entering": a paired dash sets off an aside inside.
      let pair = k + 1
      while (pair < Math.min(end, k + 16) && !OBJECT_DASHES.has(tokens[pair]!.text)) pair++
      if (pair >= Math.min(end, k + 16) || pair + 1 >= end) return k
      k = pair
      continue
    }
    // "condemned the launch as Pyongyang fired three more": a clause of its own about something else.
    if (!clause && TIME_JOINERS.has(token.lower) && opensContrast(tokens, k + 1, end)) return k
    // "condemned the levy in a radio broadcast", "mentioned the plan since the election": when and where
    // it was said is the reporter's frame, not what was said.
    if (!clause && !infinitive && framingAdjunctAt(tokens, start, k, end)) return k
    if (token.lower === 'and' || token.lower === 'but') {
      let m = k + 1
      while (m < end && tokens[m]!.pos === 'ADV') m++
      const verb = tokens[m]
      if (!verb || m >= end) continue
      if (
        verb.pos === 'AUX' ||
        (verb.pos === 'VERB' && !verb.lower.endsWith('ing') && !(infinitive && !/(ed|s)$/.test(verb.lower)))
      )
        return k
    }
  }
  return end
}

/** True when `from`…`end` is the rest of a list of noun phrases: no verb, no clause, and "and" or "or" in it. */
function closesList(tokens: readonly Token[], from: number, end: number): boolean {
  if (end - from > 20 || !/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[from]!.pos)) return false
  let joined = false
  for (let k = from; k < end; k++) {
    const token = tokens[k]!
    if (/^(VERB|AUX|SCONJ)$/.test(token.pos) || /^[;:—–-]$/.test(token.text) || isRelativePronoun(token)) return false
    if (token.lower === 'and' || token.lower === 'or') joined = true
  }
  return joined
}

const OBJECT_DASHES = new Set(['-', '—', '–', '--'])
const TIME_JOINERS = new Set(['as', 'while', 'because', 'after', 'when', 'before', 'since', 'until'])

const isRelativePronoun = (token: Token): boolean => /^(who|which|that)$/.test(token.lower)

/** "made in Hermosillo", "enshrined in law": a past participle that describes the noun before it. */
const isParticiple = (token: Token): boolean => token.pos === 'VERB' && /(ed|en|wn|ne)$/.test(token.lower)

const opensApposition = (token: Token | undefined): boolean =>
  token !== undefined &&
  (/^(the|a|an|who|which|whose|his|her|their|its)$/.test(token.lower) || /^(PROPN|NOUN|ADJ)$/.test(token.pos))

// Conjunctions after which a sentence may go on with something other than the reported words.
const CLAUSE_JOINERS = new Set(['but', 'and', 'while', 'although', 'though', 'yet', 'whereas'])

/**
 * Where reported words end: at a semicolon, or before ", but firmly rejected …" (a second verb of the
 * reporting subject) and ", and Y said …" (a new report). Otherwise at the sentence's last word.
 */
function contentEnd(context: Context, from: number, lastWord: number): number {
  const { tokens } = context
  for (let k = from; k < lastWord; k++) {
    const token = tokens[k]!
    if (token.text === ';') return k
    if (token.lower === 'and' || token.lower === 'but') {
      // "… and warned against …", "… but did not suggest …": a second report of the same subject.
      let m = k + 1
      while (m < lastWord && tokens[m]!.pos === 'ADV') m++
      // ("… but did not suggest …": a denied past report; "and would warn" stays inside the report.)
      if (tokens[m]?.lower === 'did' && /^(not|n't|n’t)$/.test(tokens[m + 1]?.lower ?? '')) m += 2
      if (m < lastWord && (cueAt(tokens, m) || objectCueAt(tokens, m)) && tokens[m]!.pos === 'VERB') return k
      // "… could fall within days and US envoy Tom Berg said …": another speaker's report.
      if (/^(PROPN|DET|NOUN|ADJ)$/.test(tokens[m]?.pos ?? '') && opensReport(tokens, m, lastWord)) return k
      continue
    }
    if (token.text !== ',') continue
    // A closing quotation mark may stand between the comma and what follows: `… "a gun," but he said …`.
    let next = k + 1
    while (next < lastWord && CLOSING_MARK.test(tokens[next]!.text)) next++
    // (The reported words then end with the quotation, its marks balanced.)
    const cut = next > k + 1 ? next : k
    if (tokens[next]?.lower === 'according' || trailingCue(tokens, next)) return cut
    // "…, although it may take days to know": the reporter's own aside.
    if (/^(although|though|whereas)$/.test(tokens[next]?.lower ?? '')) return cut
    // "…his memoir, Mr. Varga said that …": a new subject and its speech verb start another report.
    if (!CLAUSE_JOINERS.has(tokens[next]?.lower ?? '')) {
      // "X, who insisted that Y, said last week that …": the relative clause closes, the main verb follows.
      const verb = tokens[next]
      if (verb?.pos === 'VERB' && !verb.lower.endsWith('ing') && cueAt(tokens, next)) return cut
      if (/^(PROPN|DET)$/.test(tokens[next]?.pos ?? '') && opensReport(tokens, next, lastWord)) return cut
      // "…, they also say …": a subject pronoun and a speech verb open another report (not "…, he supported").
      if (SUBJECT_PRONOUNS.test(tokens[next]?.lower ?? '')) {
        let n = next + 1
        while (n < lastWord && /^(ADV|AUX)$/.test(tokens[n]!.pos)) n++
        const cue = n < lastWord && tokens[n]!.pos === 'VERB' ? cueAt(tokens, n) : null
        if (cue && !WEAK_CUES.has(cue.lemma)) return cut
      }
      continue
    }
    let m = next + 1
    while (m < lastWord && tokens[m]!.pos === 'ADV') m++
    if (tokens[m]?.pos === 'VERB') return cut
    // "…, but it would take years": a contrast with a subject of its own is the reporter's comment.
    if (tokens[next]!.lower === 'but' && opensContrast(tokens, m, lastWord)) return cut
    // "…, but for the council, it is a loss": the contrast may open with a short phrase and its comma.
    if (tokens[next]!.lower === 'but' && tokens[m]?.pos === 'ADP') {
      let comma = m + 1
      while (comma < Math.min(lastWord, m + 6) && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[comma]!.pos)) comma++
      if (comma > m + 1 && tokens[comma]?.text === ',' && opensContrast(tokens, comma + 1, lastWord)) return cut
    }
    for (let n = next + 1; n < Math.min(lastWord, next + 9); n++) {
      if (!cueAt(tokens, n)) continue
      if (subjectBefore(tokens, n, next + 1)?.first === next + 1) return cut
      break
    }
  }
  return lastWord
}

const SUBORDINATORS = new Set([
  'though',
  'although',
  'while',
  'whereas',
  'because',
  'since',
  'if',
  'when',
  'as',
  'after',
])

/**
 * "Though dock workers say they trust him, the union has doubts": a report inside a subordinate clause that
 * opens the sentence ends at the comma before the main clause (a subject and its verb).
 */
function subordinateEnd(tokens: readonly Token[], sentence: Sentence, cue: Cue, from: number, end: number): number {
  let first = sentence.firstToken
  while (
    first < cue.index &&
    (QUOTE_MARK.test(tokens[first]!.text) || /^(and|but|so|even)$/.test(tokens[first]!.lower))
  )
    first++
  if (!SUBORDINATORS.has(tokens[first]?.lower ?? '')) return end
  for (let k = first + 1; k < cue.index; k++) if (/^[,;:—–]$/.test(tokens[k]!.text)) return end
  for (let k = from + 1; k < end; k++) {
    if (tokens[k]!.text !== ',') continue
    let m = k + 1
    while (m < end && tokens[m]!.pos === 'ADV') m++
    if (opensContrast(tokens, m, end)) return k
  }
  return end
}

/** A subject (a pronoun, or a short noun phrase) and its finite verb at `from`: a clause of its own. */
function opensContrast(tokens: readonly Token[], from: number, limit: number): boolean {
  const first = tokens[from]
  if (first === undefined) return false
  if (first.pos === 'PRON') {
    // "they both were", "we all agreed"
    const verb = /^(both|all|each)$/.test(tokens[from + 1]?.lower ?? '') ? from + 2 : from + 1
    return SUBJECT_PRONOUNS.test(first.lower) && /^(AUX|VERB)$/.test(tokens[verb]?.pos ?? '')
  }
  let k = from
  while (k < limit && k - from < 6 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k++
  if (k === from || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return false
  const verb = tokens[k]
  return verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')))
}

/** True when a subject starting at `from` is followed, within a few words, by its speech verb. */
function opensReport(tokens: readonly Token[], from: number, end: number): boolean {
  for (let n = from + 1; n < Math.min(end, from + 7); n++) {
    const cue = cueAt(tokens, n)
    // "… and Democrats accused the GOP of …": a stance verb opens a report of its own too.
    // (Finite only: "Sanders and Trump were referring to …" is one subject, not a new report.)
    const stance =
      (!cue || WEAK_CUES.has(cue.lemma)) && !tokens[n]!.lower.endsWith('ing') && objectCueAt(tokens, n) !== null
    if ((!cue || WEAK_CUES.has(cue.lemma)) && !stance) continue
    if (tokens[n]!.pos !== 'VERB') continue
    return subjectBefore(tokens, n, from)?.first === from
  }
  return false
}

/**
 * "said for the first time that …", "wrote in an op-ed for a local paper that …", "said — on the radio —
 * that …": an adjunct the skipper did not read (it opens with a preposition, an adverb or a comma or dash
 * and has no verb) stands before a "that" that opens the content. Returns that "that", or `from`.
 */
function thatAfterAdjunct(tokens: readonly Token[], from: number, limit: number): number {
  const first = tokens[from]
  // "pointed out that": a particle belongs to a phrasal cue of its own.
  if (first === undefined || /^(that|out|up|off|down|back|away)$/.test(first.lower)) return from
  if (!/^(ADP|ADV)$/.test(first.pos) && !OBJECT_DASHES.has(first.text) && first.text !== ',') return from
  for (let m = from + 1; m < Math.min(limit, from + 10); m++) {
    const token = tokens[m]!
    if (token.lower === 'that') return token.pos === 'SCONJ' ? m : from
    if (/^(VERB|AUX|SCONJ|CCONJ)$/.test(token.pos) || /^[.;:?!"“”]$/.test(token.text)) return from
  }
  return from
}

/** Skips what may stand between a cue and its content: an addressee, a time, "in a statement". */
const QUOTE_MARK = /^["“”'‘’«»]+$/
const CLOSING_MARK = /^["”'’»]+$/
const isPossessiveMark = (token: Token): boolean => /^['’]s?$/.test(token.text)

/** True when `token` cannot go on the noun phrase that `previous` ends: a second phrase begins. */
function startsNewPhrase(previous: Token, token: Token): boolean {
  const head = previous.pos === 'NOUN' || previous.pos === 'PRON' || (previous.pos === 'PROPN' && token.pos !== 'PROPN')
  if (!head || isPossessiveMark(token)) return false
  if (token.pos === 'DET' || token.pos === 'NUM') return true
  if (token.pos === 'PRON') return !isPossessiveMark(token)
  // "told reporters Russia would …"; but "told Fox News", a name of several words, is one phrase.
  return token.pos === 'PROPN' && previous.pos !== 'PROPN'
}

/** Nouns for documents and studies, whose "found" or "shows" reports a finding without "that". */
const DOCUMENT_NOUNS = new Set(
  (
    'study studies report reports poll polls polling survey surveys analysis research review audit investigation ' +
    'data video videos footage transcript records census average averages figures statistics documents evidence results ' +
    'estimates assessment memo letter filing'
  ).split(' '),
)
/** Bodies whose "found" is a ruling: "an arbitration panel found the United States was in breach". */
const RULING_NOUNS = new Set(
  'judge judges court panel jury tribunal inquiry commission watchdog auditor inspector'.split(' '),
)

/**
 * "The Gazette's average of polls taken over two weeks shows …", "a review of grants awarded since May
 * shows …": a long subject whose head is a document, which the nearest noun ("weeks", "May") would
 * otherwise stand for. Only for "show"; the whole subject must open the clause.
 */
function documentSubject(tokens: readonly Token[], cue: Cue, floor: number, before: Phrase | null): Phrase | null {
  if (cue.lemma !== 'show' || isFinding(tokens, before, 'show')) return null
  let first = cue.index
  while (first > floor && cue.index - first < 18 && isSubjectWord(tokens, first - 1)) first--
  // The subject opens the sentence, or follows the comma that ends what it reports ("…, a review shows.").
  if (first === cue.index || (first > floor && tokens[first - 1]!.text !== ',')) return null
  // Its head is the last noun before its first preposition: "the average [of polls]", "a review [of grants]".
  let head = first
  while (head + 1 < cue.index && tokens[head + 1]!.pos !== 'ADP' && tokens[head + 1]!.text !== ',') head++
  return DOCUMENT_NOUNS.has(tokens[head]!.lower) ? { first, end: cue.index } : null
}

/** A word a noun phrase's subject may hold: modifiers, "of"/"since" phrases, participles, "Jan. 1, 2015". */
function isSubjectWord(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!
  if (token.text === ',') return tokens[k - 1]?.pos === 'NUM' || tokens[k + 1]?.pos === 'NUM'
  if (/^(DET|PROPN|ADJ|NOUN|PART|NUM|ADP)$/.test(token.pos) || isParticiple(token) || token.lower === 'since')
    return true
  // "rolling average": a present participle before the noun it describes.
  return token.pos === 'VERB' && token.lower.endsWith('ing') && /^(NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')
}

/**
 * "One study found the plan would …", "Polls show a close contest": a document reports what it found or
 * shows, and a court what it found. (A person's "shows" keeps its object reading: "she showed the letter".)
 */
function isFinding(tokens: readonly Token[], subject: Phrase | null, lemma: string): boolean {
  if (!subject || (lemma !== 'find' && lemma !== 'show')) return false
  for (let k = subject.first; k < subject.end; k++) {
    const word = tokens[k]!.lower
    if (DOCUMENT_NOUNS.has(word) || (lemma === 'find' && RULING_NOUNS.has(word))) return true
  }
  return false
}

/**
 * "knows the port accounts are being audited", "expects Ruiz to win": without "that", a cognition verb
 * reports a thought only when a short subject and its own verb follow.
 */
function opensClause(tokens: readonly Token[], from: number, limit: number, lemma: string): boolean {
  let k = from
  const first = tokens[k]
  if (first === undefined) return false
  if (first.pos === 'PRON' && !POSSESSIVE_PRONOUNS.test(first.lower)) {
    if (!SUBJECT_PRONOUNS.test(first.lower)) return false
    k++
  } else {
    // "your accounts", "rents and fares", "the party's nominee".
    if (first.pos === 'PRON') k++
    while (k < limit && k - from < 10) {
      const token = tokens[k]!
      const previous = tokens[k - 1]
      const joined = token.lower === 'and' && /^(NOUN|PROPN)$/.test(previous?.pos ?? '')
      // "the progress on climate change", "zero-interest rates": a short modifier inside the subject.
      const modifier =
        (SUBJECT_PREPOSITIONS.test(token.lower) && /^(NOUN|PROPN)$/.test(previous?.pos ?? '') && k > from) ||
        (token.text === '-' && token.start === previous?.end)
      if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(token.pos) && !isPossessiveMark(token) && !joined && !modifier) break
      k++
    }
    // A subject needs a head: "believe in", "feel strongly" open nothing.
    if (k === from || !/^(NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos)) return false
  }
  const verb = tokens[k]
  if (verb === undefined || k >= limit) return false
  // "somebody's got to start": a contracted auxiliary.
  if (verb.pos === 'AUX' || /^['’](s|re|ll|d|ve)$/.test(verb.text)) return tokens[k + 1]?.pos !== 'PUNCT'
  if (lemma === 'expect') return verb.lower === 'to' && tokens[k + 1]?.pos === 'VERB'
  return verb.pos === 'VERB' && !verb.lower.endsWith('ing') && !/^(to|and|or)$/.test(verb.lower)
}
/** Speech verbs whose content may be a gerund clause: "reported intercepting …", "admitted taking …". */
const GERUND_CUES = new Set(['report', 'deny', 'admit', 'acknowledge', 'recall', 'describe', 'mention'])
const isGerund = (token: Token | undefined): boolean =>
  token !== undefined && token.pos === 'VERB' && /[a-z]{2}ing$/.test(token.lower)

const SUBJECT_PRONOUNS = /^(he|she|they|we|i|you|it|there|this|somebody|someone|everyone|everybody|nobody|anyone)$/
const SUBJECT_PREPOSITIONS = /^(of|on|in|for|from|with|about)$/
const COGNITION_CUES = new Set([
  'believe',
  'think',
  'know',
  'expect',
  'fear',
  'hope',
  'worry',
  'feel',
  'show',
  'learn',
  'realize',
  'understand',
  'suspect',
  'doubt',
  'recognize',
])

/** The first "he/she/they/we/I/it" between `from` and `to` that a verb follows, or null. */
function subjectPronounAt(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    if (!/^(he|she|they|we|i|it)$/.test(tokens[k]!.lower)) continue
    const next = tokens[k + 1]
    return next && (next.pos === 'AUX' || next.pos === 'VERB') ? k : null
  }
  return null
}

const DEADLINES = new Set(['by', 'until', 'within'])

/** "June", "next week", "the end of May", "2027": a time after a deadline word ("was asked by X" has none). */
function isTimeAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? ''
  if (word === 'the') return /^(end|start|beginning|middle|time)$/.test(tokens[k + 1]?.lower ?? '')
  return isTimeWord(word) || /^(\d|then$|tomorrow$|spring$|summer$|autumn$|winter$)/.test(word)
}

// Words that open a figure's bound ("asked for 12%" is a demand, not a bound).
const BOUNDS = new Set(['at', 'up', 'over', 'under', 'between', 'about', 'around'])

// Prepositions that frame the saying itself: where, when and how it was said.
const SAYING_FRAMES = new Set(['in', 'at', 'on', 'during', 'via', 'after', 'over', 'through'])

/**
 * "said in a statement the plan was dead", "said by June the line would open": where a new noun phrase
 * opens after the adjunct's own noun, and a finite verb follows it, the reported clause starts. Returns
 * its first token, or null.
 */
function subjectPhraseAt(tokens: readonly Token[], from: number, verb: number): number | null {
  if (!/^(AUX|VERB)$/.test(tokens[verb]?.pos ?? '') || /(ing|ed)$/.test(tokens[verb]!.lower)) return null
  for (let p = from + 1; p < verb - 1; p++) {
    const token = tokens[p]!
    const opens = token.pos === 'DET' || (token.pos === 'PROPN' && tokens[p - 1]!.pos !== 'PROPN')
    if (opens && /^(NOUN|PROPN)$/.test(tokens[p - 1]!.pos)) return p
  }
  return null
}

/** "at least 40", "up to 300", "over 2,000", "between 30 and": a bound that leads to a figure within two words. */
function opensWithFigure(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j <= k + 2; j++) {
    if (tokens[j]!.pos === 'NUM') return true
    if (!/^(least|most|to|than|about|around|some|a)$/.test(tokens[j]!.lower)) return false
  }
  return false
}

/** The index of the next quotation mark after `k` before `end`, or -1. */
function closingMarkAfter(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 1; j < end; j++) if (QUOTE_MARK.test(tokens[j]!.text)) return j
  return -1
}

function skipAdjuncts(tokens: readonly Token[], from: number, limit: number, lemma: string): number {
  let k = from
  if (ADDRESSEE_VERBS.has(lemma)) {
    // "told reporters", "told the BBC", "told him", "told the "Harbor Hour"", "told a meeting of leaders"
    while (k < limit && k - from < 12 && tokens[k]!.lower !== 'that') {
      const token = tokens[k]!
      // 'told "Face the Nation" that …': a show in quotation marks may be the addressee.
      if (QUOTE_MARK.test(token.text)) {
        const close = closingMarkAfter(tokens, k, Math.min(limit, k + 10))
        if (close > 0 && tokens[close + 1]?.lower === 'that') {
          k = close + 1
          break
        }
      }
      // "told reporters the strikes were …", "told him Russia would …": once the addressee has its
      // head, a new determiner, pronoun or name opens the reported clause.
      if (k > from && startsNewPhrase(tokens[k - 1]!, token)) break
      const partOfName =
        /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(token.pos) ||
        isPossessiveMark(token) ||
        // ("told African-Americans", "told Kyiv-based reporters": a hyphen inside a word.)
        (token.text === '-' && token.start === tokens[k - 1]?.end && tokens[k + 1]?.start === token.end) ||
        (QUOTE_MARK.test(token.text) && k > from) ||
        // ("told The Associated Press": a capitalized word the tagger reads as a verb, inside a name.)
        (token.pos === 'VERB' && /^\p{Lu}/u.test(token.text) && tokens[k + 1]?.pos === 'PROPN') ||
        (token.lower === 'of' && k > from && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? ''))
      if (!partOfName) break
      k++
    }
  }
  // Time and channel phrases: "on Sunday", "in a statement", "at a news conference in Berlin", "Sunday".
  for (let guard = 0; guard < 4 && k < limit; guard++) {
    const token = tokens[k]!
    if (token.pos === 'PROPN' && /day$/.test(token.lower)) {
      k++
      // "Friday afternoon"
      if (/^(morning|afternoon|evening|night)$/.test(tokens[k]?.lower ?? '')) k++
      continue
    }
    // ("warned owners to lock up": an infinitive is what was asked, not an adjunct.)
    if (
      /^(on|in|at|during|via|after|before|late|early|last|this|earlier|later|through|by|over|to)$/.test(token.lower) &&
      !(token.lower === 'to' && tokens[k + 1]?.pos === 'VERB')
    ) {
      // Participles tag as verbs ("via an encrypted chat"): allow any word but a finite verb or punctuation.
      let m = k + 1
      while (
        m < limit &&
        m - k <= 7 &&
        tokens[m]!.lower !== 'that' &&
        !/^(AUX|PUNCT|SCONJ|CCONJ)$/.test(tokens[m]!.pos)
      )
        m++
      // "said after the convention he would not …": the adjunct ends where a subject pronoun and its
      // verb start the reported clause.
      // ("said by June the line would open": a deadline is part of what was said.)
      const subject =
        subjectPronounAt(tokens, k + 2, m) ??
        (SAYING_FRAMES.has(token.lower) ? subjectPhraseAt(tokens, k + 1, m) : null)
      if (subject !== null) {
        k = subject
        break
      }
      if (m > k + 1 && m === limit) {
        // The adjunct closes the sentence: "…, X told the BBC on Thursday."
        k = m
        break
      }
      if (
        m > k + 1 &&
        m < limit &&
        (tokens[m]!.lower === 'that' ||
          tokens[m]!.text === ',' ||
          tokens[m]!.text === ':' ||
          /^(ADP)$/.test(tokens[m]!.pos))
      ) {
        k = m
        // "said on Sunday, after talks ended": a clause about the speaker follows, not more adjuncts.
        if (tokens[k]!.text === ',' && trailingClause(tokens, k)) break
        if (tokens[k]!.text === ',') k++
        continue
      }
    }
    if (/^(ADV)$/.test(token.pos) && tokens[k + 1]?.lower === 'that') {
      k++
      continue
    }
    break
  }
  return k
}

/**
 * "The plan was, as Senator X put it, a gift to the banks", "The economy is strong, as the minister
 * noted": an aside "as X said" reports the rest of its sentence.
 */
function asAside(context: Context, sentence: Sentence): Draft | null {
  const { tokens } = context
  const lastWord = withoutFinalPunctuation(tokens, sentence.firstToken, sentence.endToken)
  const opening = openingAs(context, sentence, lastWord)
  if (opening) return opening
  for (let a = sentence.firstToken + 2; a < lastWord - 2; a++) {
    if (tokens[a]!.lower !== 'as' || tokens[a - 1]!.text !== ',') continue
    if (regionAt(context.regions, tokens[a]!.start) >= 0) return null
    for (let k = a + 2; k < Math.min(lastWord, a + 8); k++) {
      const putIt = tokens[k]!.lower === 'put' && tokens[k + 1]?.lower === 'it'
      const cue: Cue | null = putIt ? { index: k, end: k + 2, lemma: 'say' } : cueAt(tokens, k)
      if (!cue || cue.lemma === 'according to') continue
      const subject = subjectBefore(tokens, k, a + 1)
      if (!subject || subject.first !== a + 1) return null
      // "If, as I've suggested, …": the author's own aside reports nobody.
      if (/^(i|we)$/.test(tokens[subject.first]!.lower)) return null
      // The aside ends at the next comma or with the sentence; what is left of it is the report.
      let close = skipAdjuncts(tokens, cue.end, lastWord, cue.lemma)
      // (The adjuncts may have been read past the aside's closing comma.)
      if (tokens[close - 1]?.text === ',' && close - 1 >= cue.end) close--
      if (close < lastWord && tokens[close]!.text !== ',') return null
      const before = a - 1
      const after = close < lastWord ? close + 1 : lastWord
      const first = sentence.firstToken
      // ("…, as the Times reported, and he will …": a clause joined after the aside is not reported.)
      const joined = /^(and|but)$/.test(tokens[after]?.lower ?? '')
      const end = after < lastWord && !joined ? lastWord : before
      if (!isClause(tokens, first, end)) return null
      const span = spanOfTokens(context, first, end)
      if (isMostlyQuoted(context, span)) return null
      return draftOf(context, 'indirect', span, subject, cue, sentence)
    }
    return null
  }
  return null
}

/**
 * "As the Harbor Post reported, …", "As reported by the Ledger, …": an opening aside names the source
 * of the rest of the sentence.
 */
function openingAs(context: Context, sentence: Sentence, lastWord: number): Draft | null {
  const { tokens } = context
  const a = sentence.firstToken
  if (tokens[a]!.lower !== 'as') return null
  let comma = a + 1
  while (comma < Math.min(lastWord, a + 10) && tokens[comma]!.text !== ',') comma++
  if (tokens[comma]?.text !== ',' || comma + 2 >= lastWord) return null
  let cue: Cue | null = null
  let subject: Phrase | null = null
  const passive = cueAt(tokens, a + 1)
  if (passive && /^(by|in)$/.test(tokens[a + 2]?.lower ?? '') && a + 3 < comma) {
    // "As reported by the Ledger,", "As stated in the report,": the one it was reported by or in.
    cue = passive
    subject = { first: a + 3, end: comma }
  } else {
    for (let k = a + 2; k < comma && !cue; k++) {
      const found = cueAt(tokens, k)
      if (!found || found.lemma === 'according to') continue
      const before = subjectBefore(tokens, k, a + 1)
      if (before?.first !== a + 1 || skipAdjuncts(tokens, found.end, comma, found.lemma) < comma) return null
      cue = found
      subject = before
    }
  }
  if (!cue || !subject || /^(i|we)$/.test(tokens[subject.first]!.lower)) return null
  if (!isClause(tokens, comma + 1, lastWord)) return null
  const span = spanOfTokens(context, comma + 1, lastWord)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, subject, cue, sentence)
}

/**
 * "The union rejected the offer, the minister said.": a closing attribution reports the whole sentence
 * before it, other cues inside it included (as "according to X" does). Read only when the sentence
 * holds another cue: alone, the closing cue is read like any other.
 */
function closingSaid(context: Context, sentence: Sentence): Draft | null {
  const { tokens } = context
  let lastWord = withoutFinalPunctuation(tokens, sentence.firstToken, sentence.endToken)
  // The closing cue stands among the last few words ("…, Labor Minister Ana Ruiz said on Monday.").
  const reach = Math.max(sentence.firstToken + 2, lastWord - CLOSING_REACH)
  for (let k = lastWord - 1; k > reach; k--) {
    const cue = cueAt(tokens, k)
    if (!cue) continue
    // "…, the Post reported, citing a source.": the participle after the attribution tells how.
    if (tokens[k - 1]?.text === ',' && tokens[k]!.lower.endsWith('ing') && k - 1 < lastWord) {
      lastWord = k - 1
      continue
    }
    if (!CLOSING_LEMMAS.has(cue.lemma) || regionAt(context.regions, tokens[k]!.start) >= 0) return null
    if (skipAdjuncts(tokens, cue.end, lastWord, cue.lemma) < lastWord) return null
    const subject = subjectBefore(tokens, k, sentence.firstToken)
    if (!subject || tokens[subject.first - 1]?.text !== ',') return null
    const end = subject.first - 1
    const first = sentence.firstToken
    if (!isClause(tokens, first, end)) return null
    let inner = false
    for (let j = first; j < end && !inner; j++)
      inner = cueAt(tokens, j) !== null || objectCueAt(tokens, j) !== null || nominalCueAt(tokens, j) !== null
    if (!inner) return null
    const span = spanOfTokens(context, first, end)
    if (isMostlyQuoted(context, span)) return null
    return draftOf(context, 'indirect', span, subject, cue, sentence)
  }
  return null
}

const CLOSING_LEMMAS = new Set(['say', 'tell', 'add', 'report', 'state', 'note', 'write'])
const CLOSING_REACH = 12

function closingAccordingTo(context: Context, sentence: Sentence): Draft | null {
  const { tokens } = context
  for (let k = sentence.endToken - 2; k > sentence.firstToken + 1; k--) {
    if (tokens[k]!.lower !== 'according' || tokens[k - 1]!.text !== ',') continue
    if (regionAt(context.regions, tokens[k]!.start) >= 0) return null
    const cue = cueAt(tokens, k)
    return cue ? accordingTo(context, sentence, cue, sentence.firstToken) : null
  }
  return null
}

function accordingTo(context: Context, sentence: Sentence, cue: Cue, firstToken: number): Draft | null {
  const { tokens } = context
  const lastWord = withoutFinalPunctuation(tokens, firstToken, sentence.endToken)
  let phraseEnd = cue.end
  while (phraseEnd < lastWord && tokens[phraseEnd]!.text !== ',') phraseEnd++
  const phrase = subjectAfter(tokens, cue.end, phraseEnd, true)
  // ("according to Tom Vos, a former engineer, was …": the source's apposition is no part of what was said.)
  if (/^(a|an|the)$/.test(tokens[phraseEnd + 1]?.lower ?? '')) {
    let comma = phraseEnd + 2
    const inApposition = (token: Token) => token.text !== ',' && token.pos !== 'VERB' && token.pos !== 'AUX'
    while (comma < lastWord && comma - phraseEnd <= 10 && inApposition(tokens[comma]!)) comma++
    if (tokens[comma]?.text === ',' && comma + 1 < lastWord) phraseEnd = comma
  }
  if (!phrase) return null
  // "According to X, …" takes what follows; "…, according to X" what comes before.
  let first: number
  let end: number
  if (cue.index - firstToken <= 1) {
    first = phraseEnd + 1
    end = lastWord
  } else {
    first = firstToken
    end = tokens[cue.index - 1]?.text === ',' ? cue.index - 1 : cue.index
    // "In addition, according to the agency, two thousand homes …": after an opening phrase with
    // no verb, the reported words follow the source; "Behind the delay, according to X, was a dispute":
    // they run around it.
    const aside = tokens[cue.index - 1]?.text === ',' && tokens[phraseEnd]?.text === ',' && phraseEnd + 2 < lastWord
    if (aside && !isClause(tokens, first, end)) {
      if (/^(VERB|AUX)$/.test(tokens[phraseEnd + 1]!.pos)) end = lastWord
      else {
        first = phraseEnd + 1
        end = lastWord
      }
    }
  }
  // "That's according to the exit polls.": the "that" is the report, pointing back.
  const pointer =
    first === firstToken &&
    /^(that|this)$/.test(tokens[first]!.lower) &&
    /^(['’]s|is|was)$/.test(tokens[first + 1]?.lower ?? '') &&
    end === first + 2
  if (pointer) return draftOf(context, 'indirect', spanOfTokens(context, first, first + 1), phrase, cue, sentence)
  // ("Ruiz trails Berg by 7 points, according to the survey": the tagger may miss the verb of a finding; a
  // report this long before "according to" is what the source says.)
  const finding = first === firstToken && end - first >= 5
  if (!isClause(tokens, first, end) && !finding) return null
  const span = spanOfTokens(context, first, end)
  if (isMostlyQuoted(context, span)) return null
  return draftOf(context, 'indirect', span, phrase, cue, sentence)
}

/** Reported words that name no speaker; `attributed` keeps any nearby speaker from being carried to them. */
function speakerlessDraft(tokens: readonly Token[], span: Span, cue: Cue, sentence: Sentence): Draft {
  return {
    kind: 'indirect',
    span,
    speaker: null,
    cue: cue.lemma,
    cueSpan: cueSpanOf(tokens, cue),
    sentence: sentence.index,
    paragraph: sentence.paragraph,
    attributed: true,
  }
}

function draftOf(context: Context, kind: QuoteKind, span: Span, phrase: Phrase, cue: Cue, sentence: Sentence): Draft {
  return {
    kind,
    span,
    speaker: speakerOf(context, phrase),
    cue: cue.lemma,
    cueSpan: cueSpanOf(context.tokens, cue),
    sentence: sentence.index,
    paragraph: sentence.paragraph,
    attributed: true,
    subject: phrase,
  }
}

// ---------------------------------------------------------------------------------------------
// Speakers carried by news style: a quote without a cue belongs to the speaker next to it.

function carrySpeakers(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    if (draft.attributed) continue
    // 'met with a hard "no." X questioned …': the answer is the next speaker's in the same paragraph.
    if (draft.kind === 'partial') {
      const near = (other: Draft | undefined): other is Draft =>
        other?.attributed === true &&
        other.speaker !== null &&
        other.paragraph === draft.paragraph &&
        Math.abs(other.sentence - draft.sentence) <= 1
      // ("Her proposal was met with a firm “no.”": the proposal's owner gives no answer to it.)
      const next = drafts.slice(i + 1).find((other) => !other.nominal)
      const previous = drafts
        .slice(0, i)
        .reverse()
        .find((other) => !other.nominal)
      // Only the speaker: the neighbour's verb ("questioned") did not introduce these words.
      const speaker = near(next) ? next.speaker : near(previous) ? previous.speaker : null
      if (speaker) draft.speaker = speaker
      continue
    }
    if (draft.kind !== 'direct') continue
    // "…" then "…," she said — in the same paragraph, the next attribution covers the first quote too.
    const next = drafts[i + 1]
    if (
      next?.attributed &&
      next.kind === 'direct' &&
      next.paragraph === draft.paragraph &&
      next.sentence - draft.sentence <= 1
    ) {
      inherit(draft, next)
      continue
    }
    // Otherwise the last speaker of this or the previous paragraph goes on speaking. ("According to the
    // Harbor Times, the warning came in his speech." names where the story came from, not who goes on speaking:
    // the speaker before it may, a paragraph further back.)
    let reach = 1
    for (let j = i - 1; j >= 0; j--) {
      const previous = drafts[j]!
      if (draft.paragraph - previous.paragraph > reach) break
      if (previous.nominal) continue
      if (previous.cue === 'according to' || previous.cue === 'report') {
        reach = 2
        continue
      }
      if (previous.speaker) {
        inherit(draft, previous)
        break
      }
    }
  }
}

/**
 * 'Olena Marchuk, whose son was captured, has written to the foundation four times. ¶ "They answer every
 * letter …"': a quote that opens a paragraph with no one to carry it over is the words of the person the
 * paragraph before introduced, as the subject of its last sentence.
 */
function introducedSpeakers(context: Context, drafts: Draft[]): void {
  const { tokens, sentences, entities } = context
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    if (draft.speaker || draft.attributed || draft.kind !== 'direct') continue
    const sentence = sentences[draft.sentence]
    if (!sentence || sentence.index === 0) continue
    const previous = sentences[sentence.index - 1]!
    // The quote opens its paragraph, and the paragraph before holds no quote of its own.
    const opens = tokens[sentence.firstToken]!.start >= draft.span.start - 1 && previous.paragraph < sentence.paragraph
    if (!opens || drafts.some((other) => other.paragraph === previous.paragraph)) continue
    const person = subjectPerson(entities, previous)
    if (person)
      draft.speaker = {
        entity: person.entity.id,
        name: person.entity.name,
        span: person.span,
        anonymous: false,
        source: null,
      }
    // A quote running on over the next paragraphs is the same person's.
    for (let j = i + 1; j < drafts.length && person; j++) {
      const next = drafts[j]!
      if (next.attributed || next.speaker || next.kind !== 'direct' || next.paragraph - drafts[j - 1]!.paragraph > 1)
        break
      next.speaker = draft.speaker
    }
  }
}

/**
 * The person a sentence opens with: named first ("Mira Tamm, whose brother …") or after a title
 * ("Planning Director Ana Lind opened the hearing …").
 */
function subjectPerson(entities: readonly Entity[], sentence: Sentence): { entity: Entity; span: Span } | null {
  let first: { entity: Entity; span: Span } | null = null
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (mention.start < sentence.start || mention.start > sentence.start + MAX_TITLE_CHARS) continue
      if (first === null || mention.start < first.span.start)
        first = { entity, span: { start: mention.start, end: mention.end } }
    }
  }
  return first?.entity.type === 'person' ? first : null
}

/** How far into a sentence a title may push its subject's name ("Planning Director …"). */
const MAX_TITLE_CHARS = 40

function inherit(draft: Draft, from: Draft): void {
  draft.speaker = from.speaker
  draft.cue = from.cue
  draft.cueSpan = from.cueSpan
}
