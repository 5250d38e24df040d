import type { Analysis } from '../core/analysis.js'
import type { ArticleSummary, FigureRecord, PositionRecord, QuoteRecord, Stance, StorySource } from './store.js'

/**
 * What every back end shares: rows (named as in the schema) to the port's records, the evidence
 * check, and name folding. A row's integer columns may come back as strings or bigints from a
 * driver, so every number goes through Number().
 */
export type Row = Record<string, unknown>

/** The words a span points at; a span outside the text is a bug upstream and aborts the article. */
export function evidence(analysis: Analysis, start: number, end: number): string {
  const { text } = analysis.article
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`span [${start}, ${end}) is outside the article text (length ${text.length})`)
  }
  return text.slice(start, end)
}

// --- Rows -----------------------------------------------------------------------------------------------

export function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value)
}

export function toStorySource(row: Row): StorySource {
  return {
    articleId: String(row.id),
    source: nullableString(row.source),
    headline: nullableString(row.headline),
    published: nullableString(row.published),
    input: String(row.input),
    url: nullableString(row.url),
    similarity: Number(row.similarity),
  }
}

export function toQuoteRecord(row: Row): QuoteRecord {
  return {
    id: String(row.id),
    articleId: String(row.article_id),
    storyId: Number(row.story_id),
    kind: String(row.kind),
    text: String(row.exact),
    start: Number(row.start_utf16),
    end: Number(row.end_utf16),
    cue: nullableString(row.cue),
    date: nullableString(row.day),
    source: nullableString(row.source),
    headline: nullableString(row.headline),
  }
}

export function toPositionRecord(row: Row): PositionRecord {
  return {
    id: String(row.id),
    articleId: String(row.article_id),
    storyId: Number(row.story_id),
    actorId: row.actor_id === null ? null : Number(row.actor_id),
    actorName: String(row.actor_name),
    issue: nullableString(row.issue),
    proposition: String(row.proposition),
    stance: String(row.stance) as Stance,
    conditions: JSON.parse(String(row.conditions_json)) as string[],
    start: Number(row.start_utf16),
    end: Number(row.end_utf16),
    exact: String(row.exact),
    date: nullableString(row.day),
    source: nullableString(row.source),
  }
}

export function toFigureRecord(row: Row): FigureRecord {
  const number = (value: unknown) => (value === null ? null : Number(value))
  return {
    claimId: String(row.claim_id),
    articleId: String(row.article_id),
    storyId: Number(row.story_id),
    unit: String(row.unit_key),
    action: String(row.action),
    side: String(row.side),
    place: String(row.place),
    placeIsState: Number(row.place_is_state) === 1,
    period: String(row.period),
    revision: Number(row.revision) === 1,
    date: nullableString(row.figure_day),
    claimantKey: nullableString(row.claimant_key),
    claimantName: nullableString(row.claimant_name),
    value: number(row.value),
    low: number(row.low),
    high: number(row.high),
    exact: String(row.exact),
    start: Number(row.start_utf16),
    end: Number(row.end_utf16),
    claimText: String(row.claim_text),
    source: nullableString(row.source),
    published: nullableString(row.published),
  }
}

/** Lower case, accents and other marks removed, spaces collapsed: how names and search words compare. */
export function foldForSearch(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The name an actor keeps when an entity joins it: the name moves toward the plain full name. A full
 * name replaces a surname alone ("Witkoff" → "Steve Witkoff"), and a shorter full name that ends a
 * longer one replaces it, since the longer one is a title the text ran into the name ("State Marco
 * Rubio" → "Marco Rubio", "Bundeskanzler Friedrich Merz" → "Friedrich Merz"). Every back end uses it.
 */
export function settleActorName(current: string, candidate: string): string {
  const name = current.trim()
  const next = candidate.trim()
  const words = (text: string) => text.split(/\s+/).length
  const better =
    (words(name) === 1 && words(next) > 1 && next.endsWith(` ${name}`)) ||
    (words(next) >= 2 && words(next) < words(name) && name.endsWith(` ${next}`))
  return better ? next : name
}

export function toArticleSummary(row: Row): ArticleSummary {
  return {
    id: String(row.id),
    storyId: Number(row.story_id),
    headline: nullableString(row.headline),
    source: nullableString(row.source),
    published: nullableString(row.published),
    day: String(row.day),
    url: nullableString(row.url),
    language: String(row.language),
    quotes: Number(row.quotes),
    claims: Number(row.claims),
    positions: Number(row.positions),
  }
}
