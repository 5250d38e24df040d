import type { Analysis } from './core/analysis.js'
import type { Article } from './core/article.js'
import { choosePack } from './knowledge/choose-pack.js'
import { AUTO_PACK, type Knowledge, loadKnowledge, withActivePack } from './knowledge/knowledge.js'
import { toAnalysis } from './output/to-analysis.js'
import { createDefaultPipeline } from './pipeline/default-pipeline.js'
import type { AnalyzedArticle } from './pipeline/layers.js'
import type { Pipeline, StageRun } from './pipeline/pipeline.js'

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
  const fixed = { pipeline: createDefaultPipeline(knowledge), pack: knowledge.activePack?.id ?? null }
  let choose = (_article: Article): { pipeline: Pipeline; pack: string | null } => fixed
  if (options.pack === AUTO_PACK) {
    // One pipeline per negotiation pack, built once: they differ only in the issues positions map to.
    const byPack = new Map(
      knowledge.packs
        .filter((pack) => pack.issues.length > 0)
        .map((pack) => [pack.id, { pipeline: createDefaultPipeline(withActivePack(knowledge, pack)), pack: pack.id }]),
    )
    choose = (article) => {
      const choice = choosePack(article, knowledge.packs)
      return (choice && byPack.get(choice.pack.id)) ?? fixed
    }
  }
  return {
    knowledge,
    analyzeDocument: (article, timings) => choose(article).pipeline.run(article, timings),
    analyze(article) {
      const { pipeline, pack } = choose(article)
      return toAnalysis(pipeline.run(article), pack)
    },
  }
}
