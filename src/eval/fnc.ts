/**
 * Headline against FNC-1 (SCORING.md, "Headline against FNC-1"): `headline.relation` against the stance of the
 * body towards the headline, with per-class F1, macro F1 and the FNC-1 weighted score.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisHeadline } from '../core/analysis.js'
import type { AnalysisFailure, TextAnalyzer } from './analyze-text.js'
import { mean, type Prf, prf } from './metrics.js'

export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const
export type Stance = (typeof STANCES)[number]

const STANCE_OF_RELATION: Readonly<Record<AnalysisHeadline['relation'], Stance>> = {
  supported: 'agree',
  contradicted: 'disagree',
  discussed: 'discuss',
  unrelated: 'unrelated',
}

export interface FncPair {
  readonly headline: string
  readonly bodyId: string
  readonly stance: Stance
}

// ---------------------------------------------------------------- data

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. */
export function parseCsv(raw: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const text = raw.replace(/^\uFEFF/, '')
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char !== '"') field += char
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** Rows as objects keyed by the header row; blank lines are dropped. */
function readCsvRecords(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'))
  if (!header) return []
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])))
}

const isStance = (value: string): value is Stance => (STANCES as readonly string[]).includes(value)

export interface FncData {
  readonly pairs: readonly FncPair[]
  readonly bodies: ReadonlyMap<string, string>
}

export function readFnc(dataDir: string, limit?: number): FncData {
  const folder = join(dataDir, 'fnc-1')
  const bodies = new Map(readCsvRecords(join(folder, 'dev_bodies.csv')).map((r) => [r['Body ID']!, r.articleBody!]))
  const pairs = readCsvRecords(join(folder, 'dev_stances.csv')).flatMap((r): FncPair[] => {
    const stance = r.Stance ?? ''
    if (!isStance(stance)) throw new Error(`fnc-1: unknown stance "${stance}"`)
    return [{ headline: r.Headline ?? '', bodyId: r['Body ID'] ?? '', stance }]
  })
  return { pairs: limit === undefined ? pairs : pairs.slice(0, limit), bodies }
}

/** The `.txt` of one pair: the headline on the first line, the body after it. */
export const pairText = (headline: string, body: string): string => `${headline.replace(/\s+/g, ' ').trim()}\n${body}`

// ---------------------------------------------------------------- scoring

/** FNC-1's official score: 0.25 for related/unrelated right, 0.75 more for the exact class of a related pair. */
export function fncPairScore(gold: Stance, predicted: Stance | null): number {
  if (predicted === null) return 0
  if (gold === 'unrelated') return predicted === 'unrelated' ? 0.25 : 0
  if (predicted === 'unrelated') return 0
  return predicted === gold ? 1 : 0.25
}

export const fncMaxScore = (gold: Stance): number => (gold === 'unrelated' ? 0.25 : 1)

export interface FncReport {
  readonly pairs: number
  readonly analyses: number
  /** Pairs whose analysis had `headline: null`: no prediction, wrong for every class (not read as "unrelated"). */
  readonly noPrediction: number
  readonly byClass: Record<Stance, Prf>
  readonly macroF1: number | null
  readonly score: number
  readonly maxScore: number
  readonly scorePercent: number | null
  /** confusion[gold][predicted], "none" for no prediction. */
  readonly confusion: Record<Stance, Record<Stance | 'none', number>>
  readonly failures: readonly AnalysisFailure[]
}

function emptyConfusion(): Record<Stance, Record<Stance | 'none', number>> {
  const row = () => ({ agree: 0, disagree: 0, discuss: 0, unrelated: 0, none: 0 })
  return { agree: row(), disagree: row(), discuss: row(), unrelated: row() }
}

/** Scores gold and predicted stances pair by pair (null: no prediction). */
export function scoreStances(gold: readonly Stance[], predicted: readonly (Stance | null)[]) {
  const confusion = emptyConfusion()
  let score = 0
  let maxScore = 0
  gold.forEach((stance, i) => {
    const guess = predicted[i] ?? null
    confusion[stance][guess ?? 'none']++
    score += fncPairScore(stance, guess)
    maxScore += fncMaxScore(stance)
  })
  const byClass = Object.fromEntries(
    STANCES.map((stance) => {
      const matched = confusion[stance][stance]
      const predictedCount = STANCES.reduce((sum, g) => sum + confusion[g][stance], 0)
      const goldCount = Object.values(confusion[stance]).reduce((sum, n) => sum + n, 0)
      return [stance, prf(matched, predictedCount, goldCount)]
    }),
  ) as Record<Stance, Prf>
  const macroF1 = mean(STANCES.map((stance) => byClass[stance].f1))
  return { confusion, score, maxScore, byClass, macroF1, scorePercent: maxScore === 0 ? null : score / maxScore }
}

export function scoreFnc(data: FncData, analyzer: TextAnalyzer): FncReport {
  // The headline is part of each article, so every distinct (headline, body) needs its own analysis.
  const predictions = new Map<string, Stance | null>()
  const predicted = data.pairs.map((pair) => {
    const key = `${pair.bodyId}\u0000${pair.headline}`
    if (!predictions.has(key)) {
      const body = data.bodies.get(pair.bodyId)
      if (body === undefined) throw new Error(`fnc-1: no body ${pair.bodyId}`)
      const relation = analyzer.analyze(`fnc-1-${pair.bodyId}-${predictions.size}.txt`, pairText(pair.headline, body))
        .headline?.relation
      predictions.set(key, relation === undefined ? null : STANCE_OF_RELATION[relation])
    }
    return predictions.get(key) ?? null
  })
  const scored = scoreStances(
    data.pairs.map((pair) => pair.stance),
    predicted,
  )
  return {
    pairs: data.pairs.length,
    analyses: predictions.size,
    noPrediction: predicted.filter((stance) => stance === null).length,
    ...scored,
    failures: [...analyzer.failures],
  }
}
