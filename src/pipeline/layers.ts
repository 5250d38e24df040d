import type { Article } from '../core/article.js'
import type { Claim, Entity, EventMention, HeadlineLayer, Position, Quote, Reference } from '../core/facts.js'
import type { Span } from '../core/span.js'

/** Universal part-of-speech tag, as the tokenizer gives it ("PROPN", "VERB", ...). */
export type PartOfSpeech = string

export interface Token extends Span {
  /** Index in `Language.tokens`. */
  readonly index: number
  readonly text: string
  readonly lower: string
  readonly pos: PartOfSpeech
  /** Index in `Language.sentences`. */
  readonly sentence: number
}

export interface Sentence extends Span {
  readonly index: number
  /** Index of the first token, and one past the last. */
  readonly firstToken: number
  readonly endToken: number
  /** Paragraphs are separated by one or more blank lines or line breaks. */
  readonly paragraph: number
}

export interface Language {
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
}

/** Everything the pipeline can add to an article, one key per stage. */
export interface Layers {
  readonly language: Language
  /** The pack whose issues positions map to ("russia-ukraine"), or null. */
  readonly pack: string | null
  readonly entities: readonly Entity[]
  readonly references: readonly Reference[]
  readonly quotes: readonly Quote[]
  readonly claims: readonly Claim[]
  readonly positions: readonly Position[]
  readonly events: readonly EventMention[]
  readonly headlineSupport: HeadlineLayer
}
export type LayerName = keyof Layers

export type AnalyzedArticle = Article & Layers
