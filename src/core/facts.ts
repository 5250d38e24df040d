import type { Span } from './span.js'

export type EntityType = 'person' | 'organization' | 'location' | 'group'

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'pronoun' | 'description'

export interface Mention extends Span {
  readonly kind: MentionKind
}

/** A thing named in one article, once, with every way the article refers to it. */
export interface Entity {
  readonly id: string
  /** Canonical full name ("Volodymyr Zelenskyy"). */
  readonly name: string
  readonly type: EntityType
  /** Every surface form seen. */
  readonly aliases: readonly string[]
  /** Titles and roles from the text ("Ukrainian President"). */
  readonly roles: readonly string[]
  /** Name mentions only; pronouns and descriptions live in the references layer. */
  readonly mentions: readonly Mention[]
  /** Entity id of the state this one stands for or belongs to (a capital for its government), if known. */
  readonly partOf: string | null
}

/** A pronoun or definite description resolved to an entity. */
export interface Reference extends Mention {
  readonly entity: string
}

export type QuoteKind = 'direct' | 'partial' | 'indirect'

/** Words attributed to a speaker. */
export interface Quote extends Span {
  readonly id: string
  readonly kind: QuoteKind
  readonly text: string
  /** Entity id, or null when nobody can be named. */
  readonly speaker: string | null
  readonly speakerName: string | null
  /** Where the speaker is named for this quote (the name, pronoun or noun phrase). */
  readonly speakerSpan: Span | null
  /** Lemma of the speech verb or cue ("say", "according to"). */
  readonly cue: string | null
  readonly cueSpan: Span | null
  readonly anonymous: boolean
}

export interface Quantity {
  /** Null when the amount is vague ("hundreds of thousands"). */
  readonly value: number | null
  readonly low?: number
  readonly high?: number
  /** What is counted ("drones"). */
  readonly unit: string
  readonly text: string
  readonly start: number
  readonly end: number
}

/** A factual assertion that carries a quantity. */
export interface Claim extends Span {
  readonly id: string
  readonly text: string
  readonly claimant: string | null
  readonly claimantName: string | null
  readonly quantities: readonly Quantity[]
}
