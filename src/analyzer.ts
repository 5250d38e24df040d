import type { Analysis } from './core/analysis.js'
import type { Article } from './core/article.js'
import { type Knowledge, loadKnowledge } from './knowledge/knowledge.js'
import { toAnalysis } from './output/to-analysis.js'
import { createDefaultPipeline } from './pipeline/default-pipeline.js'
import type { AnalyzedArticle } from './pipeline/layers.js'
import type { StageRun } from './pipeline/pipeline.js'

export interface AnalyzerOptions {
  /**
   * A pack id under packs/ or a path to a pack file; "auto" to choose per article the negotiation pack
   * it is about; "none" or absent for no issues. The actors of every pack are known whatever is chosen.
   */
  readonly pack?: string
}

export interface Analyzer {
  readonly knowledge: Knowledge
  /** The internal document with every layer (for the briefing and the benchmarks). */
  analyzeDocument(article: Article, timings?: StageRun[]): AnalyzedArticle
  /** The contract's record (parley.analysis/1). */
  analyze(article: Article): Analysis
}

/** Loads knowledge once; the returned analyzer is pure and can be called for every article. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const knowledge = loadKnowledge(options.pack)
  const pipeline = createDefaultPipeline(knowledge)
  return {
    knowledge,
    analyzeDocument: (article, timings) => pipeline.run(article, timings),
    analyze: (article) => toAnalysis(pipeline.run(article)),
  }
}
