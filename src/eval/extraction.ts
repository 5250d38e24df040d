/**
 * Article body against the Zyte article-extraction benchmark (SCORING.md, "Article body against the Zyte
 * benchmark"): each page's HTML goes through `parley analyze` exactly as a `.html` file would, and
 * `article.text` is compared with the page's `articleBody` by the benchmark's own shingle metric.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Analyzer } from '../analyzer.js'
import { readArticles } from '../ingest/read-articles.js'
import type { AnalysisFailure } from './analyze-text.js'
import { mean } from './metrics.js'

export interface ExtractionPage {
  readonly key: string
  readonly html: Buffer
  readonly articleBody: string
}

export function readExtraction(dataDir: string, limit?: number): ExtractionPage[] {
  const folder = join(dataDir, 'article-extraction')
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >
  const keys = readdirSync(join(folder, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .map((name) => name.slice(0, -'.html.gz'.length))
    .filter((key) => truth[key] !== undefined)
    .sort()
  return (limit === undefined ? keys : keys.slice(0, limit)).map((key) => ({
    key,
    html: gunzipSync(readFileSync(join(folder, 'html', `${key}.html.gz`))),
    articleBody: truth[key]?.articleBody ?? '',
  }))
}

// ---------------------------------------------------------------- the benchmark's metric

const SHINGLE_SIZE = 4
// Python's `\w` on str: letters and numbers of any script, and the underscore (not combining marks).
const WORD = /[\p{L}\p{N}_]+/gu

export const shingleTokens = (text: string): string[] => text.match(WORD) ?? []

/** Counts of each run of four tokens; a text of one to three tokens is a single short shingle. */
function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1)
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE)
    if (shingle.length === 0) continue
    const key = shingle.join('\u0000')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

export interface ShingleMatch {
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

/** Shared, extra and missing shingles, normalized to sum 1 so that a long page weighs as much as a short one. */
export function matchShingles(expected: string, predicted: string): ShingleMatch {
  const gold = shingles(shingleTokens(expected))
  const guess = shingles(shingleTokens(predicted))
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...gold.keys(), ...guess.keys()])) {
    const g = gold.get(key) ?? 0
    const p = guess.get(key) ?? 0
    tp += Math.min(g, p)
    fp += Math.max(0, p - g)
    fn += Math.max(0, g - p)
  }
  const sum = tp + fp + fn
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn }
}

function pagePrecision({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fp === 0) return 0
  return tp / (tp + fp)
}

function pageRecall({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fn === 0) return 0
  return tp / (tp + fn)
}

export interface ExtractionScores {
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

/** Precision averaged over pages with something predicted, recall over pages with something expected. */
export function scoreMatches(matches: readonly ShingleMatch[]): ExtractionScores {
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(pagePrecision))
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(pageRecall))
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

// ---------------------------------------------------------------- running

export interface ExtractionPageResult extends ShingleMatch {
  readonly key: string
  readonly exact: boolean
  readonly predictedChars: number
  readonly expectedChars: number
  /** The reader's one-line error when `parley analyze` would have failed on the page. */
  readonly error: string | null
}

export interface ExtractionReport extends ExtractionScores {
  readonly pages: number
  /** Share of pages whose token lists equal the expected body's. */
  readonly accuracy: number | null
  readonly results: readonly ExtractionPageResult[]
  readonly failures: readonly AnalysisFailure[]
}

export function scoreExtraction(pages: readonly ExtractionPage[], analyzer: Analyzer): ExtractionReport {
  // Pages go through the file reader, as `parley analyze page.html` reads them: charset, format, chrome.
  const folder = mkdtempSync(join(tmpdir(), 'parley-extraction-'))
  const failures: AnalysisFailure[] = []
  try {
    const results = pages.map((page): ExtractionPageResult => {
      const path = join(folder, `${page.key}.html`)
      writeFileSync(path, page.html)
      const [read] = readArticles(path)
      let text = ''
      let error: string | null = null
      if (read?.ok) {
        try {
          text = analyzer.analyze(read.article).article.text
        } catch (thrown) {
          failures.push({ input: page.key, message: thrown instanceof Error ? thrown.message : String(thrown) })
        }
      } else error = read?.message ?? 'no result'
      const expectedTokens = shingleTokens(page.articleBody)
      const predictedTokens = shingleTokens(text)
      return {
        key: page.key,
        ...matchShingles(page.articleBody, text),
        exact: expectedTokens.join(' ') === predictedTokens.join(' '),
        predictedChars: text.length,
        expectedChars: page.articleBody.length,
        error,
      }
    })
    return {
      pages: results.length,
      ...scoreMatches(results),
      accuracy: results.length === 0 ? null : results.filter((r) => r.exact).length / results.length,
      results,
      failures,
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
