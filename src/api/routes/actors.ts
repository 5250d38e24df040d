import type { FastifyInstance } from 'fastify'
import type { EntityType } from '../../core/facts.js'
import { timelines } from '../../corpus/shifts.js'
import type { ApiContext } from '../context.js'
import { notFound } from '../errors.js'
import { pageOf } from '../paging.js'
import { described, ERROR_RESPONSE, PAGE_PARAMS, type PageQuery, pageResponse } from '../schemas.js'

export const ENTITY_TYPES = ['person', 'organization', 'location', 'group'] as const

/** Actors across the corpus and their profiles. */
export function actorRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store } = context

  app.get<{ Querystring: PageQuery & { type?: EntityType; q?: string } }>(
    '/api/actors',
    {
      schema: {
        tags: ['actors'],
        summary: 'Actors by the number of stories they appear in; `q` finds them by name or alias',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...PAGE_PARAMS,
            type: { type: 'string', enum: ENTITY_TYPES },
            q: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
        response: { 200: pageResponse('ActorSummary items'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { limit, offset, type, q } = request.query
      if (q !== undefined) {
        const found = (await store.findActors(q)).filter((actor) => type === undefined || actor.type === type)
        return pageOf(request, request.query, found.slice(offset, offset + limit + 1))
      }
      const actors = await store.actors({ type, limit: offset + limit + 1 })
      return pageOf(request, request.query, actors.slice(offset))
    },
  )

  app.get<{ Params: { id: number } }>(
    '/api/actors/:id',
    {
      schema: {
        tags: ['actors'],
        summary: "An actor's profile: roles, quotes over time, positions over time, with timelines and shifts",
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        response: {
          200: described('ActorProfile plus timelines: Timeline[] (per issue, with shifts)'),
          404: ERROR_RESPONSE,
        },
      },
    },
    async (request) => {
      const profile = await store.actorProfile(request.params.id)
      if (!profile) throw notFound(`no actor ${request.params.id}`)
      return { ...profile, timelines: timelines(profile.positions) }
    },
  )
}
