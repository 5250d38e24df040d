import type { Article } from '../core/article.js'
import type { AnalyzedArticle, LayerName } from './layers.js'
import type { AnyStage } from './stage.js'

export class PipelineError extends Error {
  override name = 'PipelineError'
}

export interface StageRun {
  readonly stage: string
  readonly ms: number
}

export interface Pipeline {
  readonly stages: readonly AnyStage[]
  run(article: Article, timings?: StageRun[]): AnalyzedArticle
}

/** Checks once, at construction, that every stage's inputs are made by an earlier stage. */
function assertRunnable(stages: readonly AnyStage[]): void {
  const made = new Set<LayerName>()
  for (const stage of stages) {
    for (const layer of stage.requires as LayerName[]) {
      if (!made.has(layer))
        throw new PipelineError(`stage "${stage.name}" requires "${layer}", which no earlier stage provides`)
    }
    if (made.has(stage.provides)) throw new PipelineError(`layer "${stage.provides}" is provided twice`)
    made.add(stage.provides)
  }
}

export function createPipeline(stages: readonly AnyStage[]): Pipeline {
  assertRunnable(stages)
  function run(article: Article, timings?: StageRun[]): AnalyzedArticle {
    let doc: Partial<AnalyzedArticle> = { ...article }
    for (const stage of stages) {
      const started = timings ? performance.now() : 0
      let output: unknown
      try {
        // Safe: assertRunnable() proved that every layer this stage requires is set by now.
        output = stage.run(doc as AnalyzedArticle)
      } catch (cause) {
        throw new PipelineError(`stage "${stage.name}" failed on ${article.input}: ${(cause as Error).message}`, {
          cause,
        })
      }
      doc = { ...doc, [stage.provides]: output }
      if (timings) timings.push({ stage: stage.name, ms: performance.now() - started })
    }
    return doc as AnalyzedArticle
  }
  return { stages, run }
}
