import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { buildDigest, renderDigest } from '../../corpus/digest.js'
import { exportCsvLines, exportNdjsonLines } from '../../corpus/export-lines.js'
import { EXPORT_KINDS, type ExportKind, type Store } from '../../store/store.js'
import type { ApiContext } from '../context.js'
import { badRequest } from '../errors.js'
import { ACTOR_ID, DATE, described, ERROR_RESPONSE, ISSUE_ID, SOURCE } from '../schemas.js'

export interface SearchParams {
  q: string
  actor?: number
  issue?: string
  source?: string
  since?: string
  until?: string
  limit: number
}

// How far back "what changed lately" looks when no date is given: a week of reporting.
const DIGEST_DAYS = 7

/** Full-text search, the digest of what changed, and the export of every fact. */
export function searchRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store } = context

  app.get<{ Querystring: SearchParams }>(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text search over articles and quotes, with filters',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['q'],
          properties: {
            q: {
              type: 'string',
              minLength: 1,
              maxLength: 500,
              description: 'words that must all occur; word* for a prefix; "a phrase"',
            },
            actor: ACTOR_ID,
            issue: ISSUE_ID,
            source: SOURCE,
            since: DATE,
            until: DATE,
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
          },
        },
        response: { 200: described('{items: SearchHit[]}'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { q, actor, ...rest } = request.query
      return { items: await store.search({ text: q, actorId: actor, ...rest }) }
    },
  )

  app.get<{ Querystring: { since?: string; format: 'json' | 'md' } }>(
    '/api/digest',
    {
      schema: {
        tags: ['search'],
        summary: `What changed since a day (default: ${DIGEST_DAYS} days before the newest article): shifts, new positions, new conflicting claims, new actors`,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { since: DATE, format: { type: 'string', enum: ['json', 'md'], default: 'json' } },
        },
        response: { 200: described('Digest (JSON), or Markdown with format=md'), 400: ERROR_RESPONSE },
      },
    },
    async (request, reply) => {
      const digest = await buildDigest(store, request.query.since ?? (await defaultSince(store)))
      if (request.query.format === 'md') return reply.type('text/markdown; charset=utf-8').send(renderDigest(digest))
      return digest
    },
  )

  app.get<{ Querystring: { kind?: ExportKind; format: 'ndjson' | 'csv' } }>(
    '/api/export',
    {
      schema: {
        tags: ['search'],
        summary: 'Every quote, claim, position or event with its evidence offsets, as NDJSON or CSV',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: EXPORT_KINDS, description: 'one kind; NDJSON without it has all kinds' },
            format: { type: 'string', enum: ['ndjson', 'csv'], default: 'ndjson' },
          },
        },
        response: { 400: ERROR_RESPONSE },
      },
    },
    async (request, reply) => {
      const { kind, format } = request.query
      const kinds = kind ? [kind] : [...EXPORT_KINDS]
      if (format === 'csv' && kinds.length !== 1) {
        throw badRequest('format=csv takes one kind (quotes, claims, positions or events)')
      }
      const lines = format === 'csv' ? exportCsvLines(store, kinds[0]!) : exportNdjsonLines(store, kinds)
      const name = `parley-${kind ?? 'all'}.${format}`
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(Readable.from(lines))
    },
  )
}

/** DIGEST_DAYS before the newest article's day, or today's date minus that on an empty store. */
export async function defaultSince(store: Store): Promise<string> {
  const [newest] = (await store.listArticles({ limit: 1 })).items
  const day = newest ? Date.parse(newest.day) : Date.now()
  return new Date(day - DIGEST_DAYS * 86_400_000).toISOString().slice(0, 10)
}
