/**
 * JSON schemas for requests (Fastify validates every request against them before a route runs)
 * and the shapes documented in the OpenAPI document. Plain objects, `as const`, so the route
 * generics can name the same types.
 */

export const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const
export const ARTICLE_ID = { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'an article id' } as const
export const ACTOR_ID = { type: 'integer', minimum: 1, description: 'an actor id' } as const
export const ISSUE_ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$', description: 'an issue id' } as const
export const SOURCE = { type: 'string', minLength: 1, maxLength: 200, description: 'an outlet name' } as const

/** The most items one page may hold, and how many a page holds when the request does not say. */
export const MAX_PAGE = 200
export const DEFAULT_PAGE = 50

export const PAGE_PARAMS = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
} as const

export interface PageQuery {
  limit: number
  offset: number
}

/** A response documented only by its description: the fields are those of the TypeScript types named. */
export function described(description: string): { description: string; type: 'object'; additionalProperties: true } {
  return { description, type: 'object', additionalProperties: true }
}

export const ERROR_RESPONSE = {
  description: 'An error: `{"error": {"status", "code", "message"}}`',
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const

/** A page of items with the link to the next one (null on the last page). */
export function pageResponse(description: string) {
  return described(
    `${description}. A page: \`{items, total?, limit, offset, next}\`; \`next\` is the next page's URL or null.`,
  )
}

/** An article to read: exactly one of `text`, `html`, `article` or (ingest only) `url`. */
export const ARTICLE_INPUT = {
  type: 'object',
  additionalProperties: false,
  properties: {
    text: {
      type: 'string',
      minLength: 1,
      description: 'plain text: the first non-empty line is the headline, the rest the body',
    },
    html: { type: 'string', minLength: 1, description: 'an HTML page; its main content is extracted' },
    article: {
      type: 'object',
      description: 'an article object as in .json inputs: headline, body or text, published, source, url',
      additionalProperties: true,
    },
    url: { type: 'string', minLength: 1, maxLength: 2048, description: 'a web page or feed to fetch (ingest only)' },
    published: { ...DATE, description: 'publication date for an article that carries none' },
    source: { ...SOURCE, description: 'outlet name for an article that names none' },
  },
} as const

export interface ArticleInput {
  text?: string
  html?: string
  article?: Record<string, unknown>
  url?: string
  published?: string
  source?: string
}
