import type { Analysis } from '../core/analysis.js'
import type { EntityType } from '../core/facts.js'

/**
 * The corpus store: the port every back end fills (SQLite now, PostgreSQL later). Methods are async
 * so a networked database can implement them; the SQLite adapter answers synchronously inside.
 *
 * Everything the store decides on its own is decided inside the article's transaction, from keys the
 * caller computed (src/corpus/prepare-record.ts): which story an article joins, which actor an entity
 * is. Two back ends given the same records in the same order end in the same state.
 */
export interface Store {
  /** Stores one analysed article in one transaction: all of it, or nothing. */
  ingest(record: IngestRecord): Promise<IngestResult>
  /** The article id already stored under this content hash, or null. */
  findByContentHash(contentSha256: string): Promise<string | null>
  getArticle(id: string): Promise<StoredArticle | null>
  stats(): Promise<StoreStats>
  stories(options?: { limit?: number }): Promise<Story[]>
  actors(options?: { type?: EntityType; limit?: number }): Promise<ActorSummary[]>
  /** Actors whose name or any alias matches `name` (case and accents ignored), best first. */
  findActors(name: string): Promise<ActorSummary[]>
  actorProfile(actorId: number): Promise<ActorProfile | null>
  /** Every stored position, oldest first, optionally for one actor and/or one issue. */
  positions(filter?: { actorId?: number; issue?: string }): Promise<PositionRecord[]>
  /** Figures whose unit another claimant also counted: the candidates for conflicting claims. */
  comparableFigures(): Promise<FigureRecord[]>
  search(query: SearchQuery): Promise<SearchHit[]>
  /** Actors first seen in an article dated on or after `since` (YYYY-MM-DD). */
  actorsSince(since: string): Promise<ActorSummary[]>
  /** Articles newest first (by day), a page at a time, optionally naming an actor, about an issue, or from an outlet. */
  listArticles(query?: ArticleQuery): Promise<ArticlePage>
  /** Articles of other stories that share the most actors (places aside) and issues with this one. */
  relatedArticles(articleId: string, options?: { limit?: number }): Promise<RelatedArticle[]>
  /** Claims with their figures, oldest article first, optionally for one claimant or one article. */
  claims(filter?: RecordFilter & { claimantId?: number }): Promise<ClaimRecord[]>
  /** Event mentions, oldest article first, optionally with one actor taking part or in one article. */
  events(filter?: RecordFilter & { actorId?: number }): Promise<EventRecord[]>
  /** Rows of one kind, oldest article first, for `parley export`. */
  exportRows(kind: ExportKind): AsyncIterable<ExportRow>
  close(): Promise<void>
}

/** What the pipeline hands the store for one article: the contract's record plus corpus keys. */
export interface IngestRecord {
  readonly analysis: Analysis
  /** sha256 of source, headline and text: the same article ingested twice has the same hash. */
  readonly contentSha256: string
  /** MinHash signature of the normalized body (see src/corpus/fingerprint.ts). */
  readonly signature: readonly number[]
  /** Locality-sensitive hashes of the signature: articles sharing one are compared. */
  readonly bands: readonly string[]
  /** Signature similarity at or above which an article joins an earlier article's story. */
  readonly storyThreshold: number
  /** Per entity id of the analysis: identity keys, strongest first (src/corpus/actor-keys.ts). */
  readonly actorKeys: Readonly<Record<string, readonly ActorKey[]>>
  /** Per claim id: one entry per quantity, in order. */
  readonly figures: Readonly<Record<string, readonly FigureKey[]>>
  /** Issue ids whose pack signals occur in the article. */
  readonly issues: readonly string[]
  /** Date an undated article is filed under (the ingestion day), so every fact has a date. */
  readonly ingestedAt: string
}

/**
 * One way to recognise an actor. `join: 'exact'` joins the oldest actor holding the key; `'unique'`
 * joins only when exactly one actor holds it; null never joins. Then, on the actor the entity ends
 * up with, `record: 'add'` keeps the key for later articles to find and `'drop'` removes it (a
 * surname-only actor that now has a full name is no longer "known by its surname alone").
 */
export interface ActorKey {
  readonly key: string
  readonly join: 'exact' | 'unique' | null
  readonly record: 'add' | 'drop' | null
}

/** What a figure counts, as far as comparing it with other articles' figures needs (src/corpus/figure-key.ts). */
export interface FigureKey {
  /** What is counted, normalized ("drones"; "people" for civilians, servicemen, ...); "" when unknown. */
  readonly unit: string
  /** What happened to it ("launch", "down", "kill", ...) or "" when the text does not say. */
  readonly action: string
  /** Whose they are, from a demonym or a state before the count ("Ukrainian drones" → "ukraine"). */
  readonly side: string
  /** Where it happened or was aimed, a folded place name ("over Russia" → "russia"); "" when unsaid. */
  readonly place: string
  /** Whether `place` is a state (so "Russia" and "Ukraine" exclude each other, "Saratov" excludes neither). */
  readonly placeIsState: boolean
  /** The figure is given as a new value ("raised to 800,000", "cut to 19"): it replaces earlier ones. */
  readonly revision: boolean
  /** "day", "week", "total" or "" when the text does not say. */
  readonly period: string
  /** The day the figure is about (YYYY-MM-DD), resolved from the claim, else the article's date. */
  readonly date: string | null
  /** Claimant identity across articles: an actor key, a folded description, or the outlet. */
  readonly claimantKey: string | null
}

export type IngestResult =
  | { readonly status: 'ingested'; readonly articleId: string; readonly storyId: number; readonly newStory: boolean }
  | { readonly status: 'duplicate'; readonly articleId: string }

export interface StoreStats {
  readonly articles: number
  readonly stories: number
  readonly actors: number
  readonly quotes: number
  readonly claims: number
  readonly positions: number
  readonly events: number
}

export interface StoredArticle {
  readonly id: string
  readonly storyId: number
  readonly ingestedAt: string
  readonly analysis: Analysis
  /** Actor id for each entity id of the analysis. */
  readonly actorOf: Readonly<Record<string, number>>
}

export interface StorySource {
  readonly articleId: string
  readonly source: string | null
  readonly headline: string | null
  readonly published: string | null
  readonly input: string
  readonly url: string | null
  /** Signature similarity to the story's first article (1 for the first itself). */
  readonly similarity: number
}

export interface Story {
  readonly id: number
  readonly headline: string | null
  readonly sources: readonly StorySource[]
}

export interface ActorSummary {
  readonly id: number
  readonly name: string
  readonly type: EntityType
  readonly aliases: readonly string[]
  readonly articles: number
  readonly firstSeen: string | null
}

export interface DatedRole {
  readonly role: string
  readonly first: string | null
  readonly last: string | null
  readonly articles: number
}

export interface QuoteRecord {
  readonly id: string
  readonly articleId: string
  readonly storyId: number
  readonly kind: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly cue: string | null
  readonly date: string | null
  readonly source: string | null
  readonly headline: string | null
}

export interface ActorProfile {
  readonly actor: ActorSummary
  readonly roles: readonly DatedRole[]
  /** Quotes oldest first; a syndicated copy of a quote is listed once, under the story's first article. */
  readonly quotes: readonly QuoteRecord[]
  readonly positions: readonly PositionRecord[]
}

export type Stance = 'for' | 'against' | 'conditional' | 'undecided'

export interface PositionRecord {
  readonly id: string
  readonly articleId: string
  readonly storyId: number
  readonly actorId: number | null
  readonly actorName: string
  readonly issue: string | null
  readonly proposition: string
  readonly stance: Stance
  readonly conditions: readonly string[]
  readonly start: number
  readonly end: number
  /** The evidence: article.text.slice(start, end) when it was stored. */
  readonly exact: string
  readonly date: string | null
  readonly source: string | null
}

export interface FigureRecord extends FigureKey {
  readonly claimId: string
  readonly articleId: string
  readonly storyId: number
  readonly claimantName: string | null
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
  /** The quantity's words and span in the article, and the claim's sentence. */
  readonly exact: string
  readonly start: number
  readonly end: number
  readonly claimText: string
  readonly source: string | null
  readonly published: string | null
}

export interface SearchQuery {
  /** FTS5 words; every word must occur (prefix match with a trailing *). */
  readonly text: string
  readonly actorId?: number
  readonly issue?: string
  readonly source?: string
  readonly since?: string
  readonly until?: string
  readonly limit?: number
}

export interface SearchHit {
  readonly kind: 'article' | 'quote'
  readonly articleId: string
  readonly quoteId: string | null
  readonly headline: string | null
  readonly source: string | null
  readonly published: string | null
  /** The matching text with the hit words in [brackets], for display only. */
  readonly snippet: string
  /** The quote's span in the article (null for an article hit). */
  readonly start: number | null
  readonly end: number | null
  readonly speaker: string | null
}

export type ExportKind = 'quotes' | 'claims' | 'positions' | 'events'
export const EXPORT_KINDS: readonly ExportKind[] = ['quotes', 'claims', 'positions', 'events']

export type ExportRow = Readonly<Record<string, string | number | boolean | null>>

export interface ArticleQuery {
  readonly actorId?: number
  readonly issue?: string
  readonly source?: string
  readonly limit?: number
  readonly offset?: number
}

export interface ArticleSummary {
  readonly id: string
  readonly storyId: number
  readonly headline: string | null
  readonly source: string | null
  readonly published: string | null
  /** `published`, else the day it was ingested: what lists sort by. */
  readonly day: string
  readonly url: string | null
  readonly language: string
  readonly quotes: number
  readonly claims: number
  readonly positions: number
}

export interface ArticlePage {
  /** Articles matching the query, all pages together. */
  readonly total: number
  readonly items: readonly ArticleSummary[]
}

export interface RelatedArticle extends ArticleSummary {
  /** Names of the actors (people, bodies, groups) both articles name, most named first. */
  readonly sharedActors: readonly string[]
  readonly sharedIssues: readonly string[]
}

/** Narrows claims or events to one article, a page at a time. */
export interface RecordFilter {
  readonly articleId?: string
  readonly limit?: number
  readonly offset?: number
}

export interface ClaimRecord {
  readonly id: string
  readonly articleId: string
  readonly storyId: number
  readonly text: string
  readonly start: number
  readonly end: number
  readonly claimantId: number | null
  /** The claimant's actor name, else the words naming them; null when the outlet itself asserts it. */
  readonly claimantName: string | null
  readonly quantities: readonly {
    readonly value: number | null
    readonly low: number | null
    readonly high: number | null
    readonly unit: string
    readonly text: string
    readonly start: number
    readonly end: number
  }[]
  readonly date: string
  readonly source: string | null
  readonly headline: string | null
}

export interface EventRecord {
  readonly id: string
  readonly articleId: string
  readonly storyId: number
  readonly type: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly participants: readonly { readonly actorId: number; readonly name: string }[]
  readonly location: { readonly actorId: number; readonly name: string } | null
  /** The day the event happened, when the text says; else null. */
  readonly date: string | null
  /** The article's day. */
  readonly reported: string
  readonly source: string | null
  readonly headline: string | null
}
