import type { Analyzer } from '../analyzer.js'
import { type Analysis, SCHEMA } from '../core/analysis.js'
import type { Article } from '../core/article.js'
import { articleFromPlainText } from '../ingest/article-from-text.js'

export interface AnalysisFailure {
  readonly input: string
  readonly message: string
}

/** Runs the analyzer on a `.txt` body exactly as `parley analyze` does, in process. */
export interface TextAnalyzer {
  /** `published` stands for `--published`: the date relative dates resolve against. */
  analyze(input: string, txt: string, published?: string): Analysis
  /** Inputs the analyzer threw on; SCORING counts an input with no output as an empty analysis. */
  readonly failures: AnalysisFailure[]
}

export function createTextAnalyzer(analyzer: Analyzer): TextAnalyzer {
  const failures: AnalysisFailure[] = []
  return {
    failures,
    analyze(input, txt, published) {
      const article = articleFromPlainText(input, txt, published === undefined ? {} : { published })
      try {
        return analyzer.analyze(article)
      } catch (error) {
        failures.push({ input, message: error instanceof Error ? error.message : String(error) })
        return emptyAnalysis(article)
      }
    },
  }
}

export function emptyAnalysis(article: Article): Analysis {
  return {
    schema: SCHEMA,
    pack: null,
    article: {
      input: article.input,
      headline: article.headline,
      text: article.text,
      published: article.published,
      source: article.source,
      url: article.url,
      language: 'en',
      removed: [...article.removed],
    },
    entities: [],
    quotes: [],
    claims: [],
    positions: [],
    events: [],
    headline: null,
    overstatements: [],
    warnings: [],
  }
}
