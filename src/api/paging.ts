import type { FastifyRequest } from 'fastify'
import type { PageQuery } from './schemas.js'

export interface Page<T> {
  readonly items: readonly T[]
  readonly total?: number
  readonly limit: number
  readonly offset: number
  /** The next page's path and query, or null on the last page. */
  readonly next: string | null
}

/**
 * A page of `items` fetched with one extra row (limit + 1), so whether a next page exists is known
 * without counting; or with a known `total`.
 */
export function pageOf<T>(request: FastifyRequest, query: PageQuery, fetched: readonly T[], total?: number): Page<T> {
  const items = fetched.slice(0, query.limit)
  const more = total === undefined ? fetched.length > query.limit : query.offset + items.length < total
  return {
    items,
    ...(total === undefined ? {} : { total }),
    limit: query.limit,
    offset: query.offset,
    next: more ? withOffset(request.url, query.offset + query.limit) : null,
  }
}

/** The request's own URL with `offset` replaced. */
export function withOffset(url: string, offset: number): string {
  const parsed = new URL(url, 'http://parley.invalid')
  parsed.searchParams.set('offset', String(offset))
  return `${parsed.pathname}${parsed.search}`
}
