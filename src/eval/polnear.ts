/**
 * Quotes against PolNeAR attributions (SCORING.md, "Quotes against PolNeAR attributions"): every gold
 * attribution is one gold item, every `quotes[]` entry one predicted item, matched by token F1.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Analysis, AnalysisQuote } from '../core/analysis.js'
import type { AnalysisFailure, TextAnalyzer } from './analyze-text.js'
import { type Prf, prf, ratio } from './metrics.js'
import { exactForm, normalize, sameNameWord, tokenListF1, tokens, withoutPossessive } from './normalize.js'

// ---------------------------------------------------------------- data

export interface GoldSpan {
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface GoldAttribution {
  readonly source: GoldSpan | null
  readonly cue: GoldSpan | null
  readonly content: GoldSpan | null
}

export interface PolnearItem {
  readonly id: string
  /** Headline line, blank line, body: exactly the `.txt` the independent evaluation analyzes. */
  readonly text: string
  readonly attributions: readonly GoldAttribution[]
}

export function readPolnear(dataDir: string, limit?: number): PolnearItem[] {
  const lines = readFileSync(join(dataDir, 'polnear', 'dev.jsonl'), 'utf8').split('\n')
  const items = lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as PolnearItem)
  return limit === undefined ? items : items.slice(0, limit)
}

// ---------------------------------------------------------------- matchers

export interface OverlapMatch {
  /** Index of the predicted item taken, or null when none reached the threshold. */
  readonly predicted: number | null
  /** Best token F1 against any still unused predicted item (kept for the miss list). */
  readonly bestF1: number
  readonly bestPredicted: number | null
}

/** Each gold item, in order, takes the unused predicted item with the highest token F1 if it reaches `threshold`. */
export function matchByOverlap(gold: readonly string[], predicted: readonly string[], threshold = 0.5): OverlapMatch[] {
  const predictedTokens = predicted.map(tokens)
  const used = new Set<number>()
  return gold.map((goldText) => {
    const goldTokens = tokens(goldText)
    let bestF1 = 0
    let bestPredicted: number | null = null
    predictedTokens.forEach((candidate, index) => {
      if (used.has(index)) return
      const f1 = tokenListF1(goldTokens, candidate)
      // Strictly greater: ties go to the earlier predicted quote, so the result does not depend on sort stability.
      if (f1 > bestF1) {
        bestF1 = f1
        bestPredicted = index
      }
    })
    const taken = bestPredicted !== null && bestF1 >= threshold ? bestPredicted : null
    if (taken !== null) used.add(taken)
    return { predicted: taken, bestF1, bestPredicted }
  })
}

/** Each gold item, in order, takes the first unused predicted item whose exact form (normalized, no leading "that") is equal. */
export function matchExactly(gold: readonly string[], predicted: readonly string[]): (number | null)[] {
  const predictedForms = predicted.map(exactForm)
  const used = new Set<number>()
  return gold.map((goldText) => {
    const form = exactForm(goldText)
    const index = predictedForms.findIndex((candidate, i) => !used.has(i) && candidate === form)
    if (index < 0) return null
    used.add(index)
    return index
  })
}

// ---------------------------------------------------------------- speakers

const PRONOUNS = new Set(
  (
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself ' +
    'she her hers herself it its itself they them their theirs themselves who whom whose which that this these those'
  ).split(' '),
)
const ARTICLES = new Set(['the', 'a', 'an'])

export type GoldSourceKind = 'missing' | 'pronoun' | 'named'

export function goldSourceKind(source: string | null): GoldSourceKind {
  const words = source === null ? [] : tokens(source)
  if (words.length === 0) return 'missing'
  return words.every((word) => PRONOUNS.has(word)) ? 'pronoun' : 'named'
}

/** The word a named gold source is judged by: its last word, ignoring "the", "a", "an" and "'s". */
export function goldSpeakerWord(source: string): string | null {
  const words = tokens(source)
    .filter((word) => !ARTICLES.has(word))
    .map(withoutPossessive)
    .filter((word) => word !== '')
  return words.at(-1) ?? null
}

/** Every name the prediction gives the speaker: `speakerName`, and the speaker entity's name and aliases. */
export function predictedSpeakerNames(quote: AnalysisQuote, analysis: Analysis): string[] {
  const entity = quote.speaker === null ? undefined : analysis.entities.find((e) => e.id === quote.speaker)
  const names = [quote.speakerName, entity?.name, ...(entity?.aliases ?? [])]
  return names.filter((name): name is string => typeof name === 'string' && name.trim() !== '')
}

export function speakerIsCorrect(goldSource: string, predictedNames: readonly string[]): boolean {
  const goldWord = goldSpeakerWord(goldSource)
  if (goldWord === null) return false
  const words = predictedNames.flatMap(tokens).map(withoutPossessive)
  return words.some((word) => sameNameWord(goldWord, word))
}

// ---------------------------------------------------------------- breakdowns

export type CueBucket = 'said' | 'told' | 'according to' | 'other'
export type SpeechBucket = 'direct' | 'indirect'

const SAY_FORMS = new Set(['say', 'says', 'said', 'saying'])
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling'])

export function cueBucket(cue: string | null): CueBucket {
  const normalized = cue === null ? '' : normalize(cue)
  const words = normalized.split(' ')
  if (/\baccording to\b/.test(normalized)) return 'according to'
  if (words.some((word) => TELL_FORMS.has(word))) return 'told'
  if (words.some((word) => SAY_FORMS.has(word))) return 'said'
  return 'other'
}

const OPENING_QUOTES = new Set(['"', '\u201C', '\u00AB', '\u201E'])
const CLOSING_QUOTES = new Set(['\u201D', '\u00BB'])

/** Share of the letters and digits of `content` that lie inside double quote marks. */
export function quotedShare(content: string): number {
  let inside = false
  let quoted = 0
  let total = 0
  for (const char of content) {
    if (char === '"') inside = !inside
    else if (OPENING_QUOTES.has(char)) inside = true
    else if (CLOSING_QUOTES.has(char)) inside = false
    else if (/[\p{L}\p{N}]/u.test(char)) {
      total++
      if (inside) quoted++
    }
  }
  return total === 0 ? 0 : quoted / total
}

/**
 * Direct speech: the content starts with a quote mark (inside the span, or just before it when the annotator left
 * the mark out), or most of it is inside quote marks.
 */
export function speechBucket(content: string, textBefore = ''): SpeechBucket {
  const first = content.trimStart()[0] ?? ''
  const previous = textBefore.trimEnd().at(-1) ?? ''
  if (OPENING_QUOTES.has(first) || first === '\u201D' || OPENING_QUOTES.has(previous)) return 'direct'
  return quotedShare(content) > 0.5 ? 'direct' : 'indirect'
}

// ---------------------------------------------------------------- report

export interface BucketRecall {
  gold: number
  matched: number
  recall: number | null
}

export interface GoldMiss {
  readonly article: string
  readonly source: string | null
  readonly cue: string | null
  readonly content: string
  readonly sentence: string
  readonly bestF1: number
  readonly bestPredicted: string | null
}

export interface FalsePositive {
  readonly article: string
  readonly kind: string
  readonly speakerName: string | null
  readonly text: string
}

export interface WrongSpeaker {
  readonly article: string
  readonly goldSource: string
  readonly predictedSpeaker: string | null
  readonly content: string
}

export interface PolnearReport {
  readonly articles: number
  readonly gold: number
  readonly predicted: number
  /** The headline figure: token-F1 overlap match at 0.5. */
  readonly overlap: Prf
  /**
   * A diagnostic, not SCORING's figure: the same match after our quotes are counted in PolNeAR's unit
   * of one statement ("A," X said. "B." joined; a partial quote inside an indirect one not counted twice).
   */
  readonly overlapAsStatements: Prf
  readonly exact: Prf
  readonly speaker: {
    readonly namedMatches: number
    readonly namedCorrect: number
    readonly namedAccuracy: number | null
    readonly pronounMatches: number
    readonly pronounResolved: number
    readonly pronounResolutionRate: number | null
    readonly missingSourceMatches: number
  }
  readonly recallByCue: Record<CueBucket, BucketRecall>
  readonly recallBySpeech: Record<SpeechBucket, BucketRecall>
  readonly precisionByKind: Record<string, { predicted: number; matched: number; precision: number | null }>
  readonly failures: readonly AnalysisFailure[]
  readonly misses: {
    readonly unmatchedGold: readonly GoldMiss[]
    readonly falsePositives: readonly FalsePositive[]
    readonly wrongSpeaker: readonly WrongSpeaker[]
  }
}

/** Running totals while articles are scored one by one. */
interface Tally {
  articles: number
  gold: number
  predicted: number
  overlapMatched: number
  statements: number
  statementsMatched: number
  exactMatched: number
  namedMatches: number
  namedCorrect: number
  pronounMatches: number
  pronounResolved: number
  missingSourceMatches: number
  byCue: Record<CueBucket, BucketRecall>
  bySpeech: Record<SpeechBucket, BucketRecall>
  byKind: Record<string, { predicted: number; matched: number; precision: number | null }>
  unmatchedGold: GoldMiss[]
  falsePositives: FalsePositive[]
  wrongSpeaker: WrongSpeaker[]
}

const emptyBucket = (): BucketRecall => ({ gold: 0, matched: 0, recall: null })

function newTally(): Tally {
  return {
    articles: 0,
    gold: 0,
    predicted: 0,
    overlapMatched: 0,
    statements: 0,
    statementsMatched: 0,
    exactMatched: 0,
    namedMatches: 0,
    namedCorrect: 0,
    pronounMatches: 0,
    pronounResolved: 0,
    missingSourceMatches: 0,
    byCue: { said: emptyBucket(), told: emptyBucket(), 'according to': emptyBucket(), other: emptyBucket() },
    bySpeech: { direct: emptyBucket(), indirect: emptyBucket() },
    byKind: {},
    unmatchedGold: [],
    falsePositives: [],
    wrongSpeaker: [],
  }
}

/** The sentence (or sentences) around a span, for reading a miss without opening the article. */
export function sentenceAround(text: string, start: number, end: number, maxLength = 400): string {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1
  const nextBreak = text.indexOf('\n', end)
  const paragraphEnd = nextBreak < 0 ? text.length : nextBreak
  const before = text.slice(paragraphStart, start)
  const boundary = before.search(/[.!?][\u201D"')\]]*\s+(?=[^.!?]*$)/)
  const sentenceStart = boundary < 0 ? paragraphStart : paragraphStart + boundary + 1
  const after = /[.!?][\u201D"')\]]*(\s|$)/.exec(text.slice(end, paragraphEnd))
  const sentenceEnd = after === null ? paragraphEnd : end + after.index + after[0].length
  const sentence = text.slice(sentenceStart, sentenceEnd).replace(/\s+/g, ' ').trim()
  return sentence.length <= maxLength ? sentence : `${sentence.slice(0, maxLength - 1)}…`
}

function scoreSpeaker(
  tally: Tally,
  item: PolnearItem,
  gold: GoldAttribution,
  quote: AnalysisQuote,
  analysis: Analysis,
) {
  const source = gold.source?.text ?? null
  const kind = goldSourceKind(source)
  const names = predictedSpeakerNames(quote, analysis)
  if (kind === 'missing') {
    tally.missingSourceMatches++
  } else if (kind === 'pronoun') {
    tally.pronounMatches++
    if (names.length > 0 || quote.speaker !== null) tally.pronounResolved++
  } else if (source !== null) {
    tally.namedMatches++
    if (speakerIsCorrect(source, names)) tally.namedCorrect++
    else {
      const predictedSpeaker = [...new Set(names)].join(' / ') || null
      tally.wrongSpeaker.push({
        article: item.id,
        goldSource: source,
        predictedSpeaker,
        content: gold.content?.text ?? '',
      })
    }
  }
}

function countBucket(bucket: BucketRecall, matched: boolean) {
  bucket.gold++
  if (matched) bucket.matched++
}

function scoreArticle(tally: Tally, item: PolnearItem, analysis: Analysis) {
  const golds = item.attributions
  const goldTexts = golds.map((gold) => gold.content?.text ?? '')
  const predictedTexts = analysis.quotes.map((quote) => quote.text)
  const overlap = matchByOverlap(goldTexts, predictedTexts, 0.5)
  const exact = matchExactly(goldTexts, predictedTexts)
  const statements = asStatements(analysis.quotes, analysis.article.text)
  tally.statements += statements.length
  tally.statementsMatched += matchByOverlap(goldTexts, statements, 0.5).filter((m) => m.predicted !== null).length
  tally.articles++
  tally.gold += golds.length
  tally.predicted += predictedTexts.length
  tally.exactMatched += exact.filter((index) => index !== null).length

  golds.forEach((gold, index) => {
    const match = overlap[index]!
    const quote = match.predicted === null ? undefined : analysis.quotes[match.predicted]
    const content = gold.content
    countBucket(tally.byCue[cueBucket(gold.cue?.text ?? null)], quote !== undefined)
    const textBefore = content ? item.text.slice(Math.max(0, content.start - 3), content.start) : ''
    countBucket(tally.bySpeech[speechBucket(goldTexts[index]!, textBefore)], quote !== undefined)
    if (quote) {
      tally.overlapMatched++
      scoreSpeaker(tally, item, gold, quote, analysis)
    } else {
      const best = match.bestPredicted === null ? null : (predictedTexts[match.bestPredicted] ?? null)
      tally.unmatchedGold.push({
        article: item.id,
        source: gold.source?.text ?? null,
        cue: gold.cue?.text ?? null,
        content: goldTexts[index]!,
        sentence: content ? sentenceAround(item.text, content.start, Math.max(content.start, content.end)) : '',
        bestF1: round(match.bestF1),
        bestPredicted: best,
      })
    }
  })
  scorePredictedKinds(tally, item, analysis, new Set(overlap.map((m) => m.predicted)))
}

// A direct quote goes on after its cue when the gap holds only the attribution ('," she said. "').
const MAX_CUE_GAP = 80

/** Our quotes in PolNeAR's unit: a quote split around its cue is one statement, a nested partial none. */
function asStatements(quotes: readonly AnalysisQuote[], text: string): string[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start)
  const nested = (quote: AnalysisQuote) =>
    quote.kind === 'partial' &&
    sorted.some((other) => other.kind === 'indirect' && other.start <= quote.start && quote.end <= other.end)
  const statements: string[] = []
  let previous: AnalysisQuote | null = null
  for (const quote of sorted) {
    if (nested(quote)) continue
    const continues =
      previous !== null &&
      previous.kind === 'direct' &&
      quote.kind === 'direct' &&
      quote.speaker !== null &&
      quote.speaker === previous.speaker &&
      quote.start - previous.end <= MAX_CUE_GAP &&
      !text.slice(previous.end, quote.start).includes('\n')
    if (continues) statements[statements.length - 1] += ` ${quote.text}`
    else statements.push(quote.text)
    previous = quote
  }
  return statements
}

function scorePredictedKinds(tally: Tally, item: PolnearItem, analysis: Analysis, matched: Set<number | null>) {
  analysis.quotes.forEach((quote, index) => {
    const kind = tally.byKind[quote.kind] ?? { predicted: 0, matched: 0, precision: null }
    tally.byKind[quote.kind] = kind
    kind.predicted++
    if (matched.has(index)) kind.matched++
    else
      tally.falsePositives.push({
        article: item.id,
        kind: quote.kind,
        speakerName: quote.speakerName,
        text: quote.text,
      })
  })
}

const round = (value: number): number => Math.round(value * 1000) / 1000

function withRecall<K extends string>(buckets: Record<K, BucketRecall>): Record<K, BucketRecall> {
  for (const bucket of Object.values<BucketRecall>(buckets)) bucket.recall = ratio(bucket.matched, bucket.gold)
  return buckets
}

/** Worst first: gold items no prediction came near, longest first (the most text lost). */
const byWorstMiss = (a: GoldMiss, b: GoldMiss): number => a.bestF1 - b.bestF1 || b.content.length - a.content.length

function toReport(tally: Tally, failures: readonly AnalysisFailure[]): PolnearReport {
  for (const kind of Object.values(tally.byKind)) kind.precision = ratio(kind.matched, kind.predicted)
  return {
    articles: tally.articles,
    gold: tally.gold,
    predicted: tally.predicted,
    overlap: prf(tally.overlapMatched, tally.predicted, tally.gold),
    overlapAsStatements: prf(tally.statementsMatched, tally.statements, tally.gold),
    exact: prf(tally.exactMatched, tally.predicted, tally.gold),
    speaker: {
      namedMatches: tally.namedMatches,
      namedCorrect: tally.namedCorrect,
      namedAccuracy: ratio(tally.namedCorrect, tally.namedMatches),
      pronounMatches: tally.pronounMatches,
      pronounResolved: tally.pronounResolved,
      pronounResolutionRate: ratio(tally.pronounResolved, tally.pronounMatches),
      missingSourceMatches: tally.missingSourceMatches,
    },
    recallByCue: withRecall(tally.byCue),
    recallBySpeech: withRecall(tally.bySpeech),
    precisionByKind: tally.byKind,
    failures: [...failures],
    misses: {
      unmatchedGold: [...tally.unmatchedGold].sort(byWorstMiss),
      falsePositives: [...tally.falsePositives].sort((a, b) => b.text.length - a.text.length),
      wrongSpeaker: tally.wrongSpeaker,
    },
  }
}

export function scorePolnear(items: readonly PolnearItem[], analyzer: TextAnalyzer): PolnearReport {
  const tally = newTally()
  for (const item of items) scoreArticle(tally, item, analyzer.analyze(`${item.id}.txt`, item.text))
  return toReport(tally, analyzer.failures)
}
