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
  /** "the report" for its maker: it speaks for the entity without naming it, so it is no mention of it. */
  readonly onBehalf?: boolean
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

export type Stance = 'for' | 'against' | 'conditional' | 'undecided'

/** What an actor wants, refuses or accepts on conditions, with the words that show it. */
export interface Position extends Span {
  readonly id: string
  /** Entity id of the holder. */
  readonly actor: string
  readonly actorName: string
  /** Issue id from the active pack, or null when none fits or no pack is active. */
  readonly issue: string | null
  /** What is supported or opposed, in the article's own words ("drop its bid to join NATO"). */
  readonly proposition: string
  readonly stance: Stance
  /** Conditions in the article's words ("concrete Western security guarantees"). */
  readonly conditions: readonly string[]
  /** Id of the quote the position was read from, or null when the article reports it. */
  readonly quote: string | null
}

export type EventType = 'meeting' | 'talks' | 'call' | 'visit' | 'attack' | 'statement'

/** Something that happened (or is set to happen): a trigger with its participants, place and time. */
export interface EventMention extends Span {
  readonly id: string
  readonly type: EventType
  /** The sentence that reports it. */
  readonly text: string
  /** The word or phrase that names the event ("talks", "launched"). */
  readonly trigger: string
  /** Entity ids, the agent first when known. */
  readonly participants: readonly string[]
  /** For attacks: who attacked and who or what was attacked, as entity ids. */
  readonly agent: string | null
  readonly target: string | null
  /** Entity id of the place. */
  readonly location: string | null
  /** ISO date, resolved against the publication date; null when the text gives none or it cannot be resolved. */
  readonly date: string | null
  /** The words the date was read from ("Sunday", "overnight"). */
  readonly dateText: string | null
  /** Ids of claims whose figures belong to this event. */
  readonly claims: readonly string[]
}

/** One part of a headline checked against the body. */
export interface HeadlineClaim {
  readonly text: string
  readonly supported: boolean
  readonly reason: string
}

export type HeadlineRelation = 'supported' | 'contradicted' | 'discussed' | 'unrelated'

export interface HeadlineSupport {
  readonly claims: readonly HeadlineClaim[]
  readonly supported: boolean
  readonly relation: HeadlineRelation
  /** Share (0–1) of the headline's content words found in the body. */
  readonly overlap: number
}

/** A superlative or intensifier in the body that the reported facts do not back ("unprecedented"). */
export interface Overstatement extends Span {
  readonly text: string
  readonly reason: string
}

export interface HeadlineLayer {
  /** Null when the article has no headline. */
  readonly support: HeadlineSupport | null
  readonly overstatements: readonly Overstatement[]
}
