import type { FastifyInstance } from 'fastify'
import { findConflicts } from '../../corpus/conflicts.js'
import type { ApiContext } from '../context.js'
import { pageOf } from '../paging.js'
import {
  ACTOR_ID,
  ARTICLE_ID,
  described,
  ERROR_RESPONSE,
  PAGE_PARAMS,
  type PageQuery,
  pageResponse,
} from '../schemas.js'

/** Claims with their figures, conflicting claims side by side, and events. */
export function claimRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store } = context

  app.get<{ Querystring: PageQuery & { claimant?: number; article?: string } }>(
    '/api/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Claims that carry figures, oldest first, with their claimant',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...PAGE_PARAMS, claimant: ACTOR_ID, article: ARTICLE_ID },
        },
        response: { 200: pageResponse('ClaimRecord items'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { limit, offset, claimant, article } = request.query
      const claims = await store.claims({ claimantId: claimant, articleId: article, limit: limit + 1, offset })
      return pageOf(request, request.query, claims)
    },
  )

  app.get(
    '/api/conflicts',
    {
      schema: {
        tags: ['claims'],
        summary: 'Conflicting claims: figures about the same thing from different claimants that cannot all be right',
        response: { 200: described('{items: Conflict[]}') },
      },
    },
    async () => ({ items: findConflicts(await store.comparableFigures()) }),
  )

  app.get<{ Querystring: PageQuery & { actor?: number; article?: string } }>(
    '/api/events',
    {
      schema: {
        tags: ['claims'],
        summary: 'Event mentions (meetings, talks, attacks, statements), oldest first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...PAGE_PARAMS, actor: ACTOR_ID, article: ARTICLE_ID },
        },
        response: { 200: pageResponse('EventRecord items'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { limit, offset, actor, article } = request.query
      const events = await store.events({ actorId: actor, articleId: article, limit: limit + 1, offset })
      return pageOf(request, request.query, events)
    },
  )
}
