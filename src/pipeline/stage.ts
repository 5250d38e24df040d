import type { Article } from '../core/article.js'
import type { LayerName, Layers } from './layers.js'

/** What a stage may read: the article's text, headline and publication date, plus the layers it declared. */
export type StageInput<R extends LayerName> = Pick<Article, 'text' | 'headline' | 'published'> & Pick<Layers, R>

export interface Stage<R extends LayerName, P extends LayerName> {
  /** Stable id, used in errors and benchmark figures. */
  readonly name: string
  /** Bump when the same input would now give different output. */
  readonly version: number
  readonly requires: readonly R[]
  readonly provides: P
  run(input: StageInput<R>): Layers[P]
}

// biome-ignore lint/suspicious/noExplicitAny: a stage list mixes stages of every input type; the runner checks the order.
export type AnyStage = Stage<any, LayerName>

/** Identity function that lets TypeScript infer R and P from the literal. */
export const defineStage = <R extends LayerName, P extends LayerName>(stage: Stage<R, P>): Stage<R, P> => stage
