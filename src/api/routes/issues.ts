import type { FastifyInstance } from 'fastify'
import { positionMatrix } from '../../corpus/matrix.js'
import { timelines } from '../../corpus/shifts.js'
import { type ApiContext, issueLabel } from '../context.js'
import { notFound } from '../errors.js'
import { pageOf } from '../paging.js'
import {
  ACTOR_ID,
  DATE,
  described,
  ERROR_RESPONSE,
  ISSUE_ID,
  PAGE_PARAMS,
  type PageQuery,
  pageResponse,
} from '../schemas.js'

/** Issues, the actors × issues position matrix, positions, their timelines and the shifts between them. */
export function issueRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store } = context

  app.get(
    '/api/issues',
    {
      schema: {
        tags: ['positions'],
        summary: 'Issues of the loaded packs, with how many positions and actors each has in the corpus',
        response: { 200: described('{items: {id, label, positions, actors, shifts}[]}') },
      },
    },
    async () => {
      const lines = timelines(await store.positions())
      const items = [...context.issueLabels.keys()].map((id) => {
        const mine = lines.filter((line) => line.issue === id)
        return {
          id,
          label: issueLabel(context, id),
          positions: mine.reduce((total, line) => total + line.positions.length, 0),
          actors: mine.length,
          shifts: mine.reduce((total, line) => total + line.shifts.length, 0),
        }
      })
      return { items: items.sort((a, b) => b.positions - a.positions || a.label.localeCompare(b.label)) }
    },
  )

  app.get<{ Params: { id: string } }>(
    '/api/issues/:id',
    {
      schema: {
        tags: ['positions'],
        summary: 'One issue: who stands where now, and every actor’s timeline with its shifts',
        params: { type: 'object', properties: { id: ISSUE_ID }, required: ['id'] },
        response: {
          200: described('{id, label, standings: MatrixCell[], timelines: Timeline[]}'),
          404: ERROR_RESPONSE,
        },
      },
    },
    async (request) => {
      const { id } = request.params
      const positions = await store.positions({ issue: id })
      if (!context.issueLabels.has(id) && positions.length === 0) throw notFound(`no issue "${id}"`)
      const matrix = positionMatrix(positions)
      return {
        id,
        label: issueLabel(context, id),
        standings: matrix.rows.flatMap((row) => row.cells),
        timelines: timelines(positions),
      }
    },
  )

  app.get(
    '/api/matrix',
    {
      schema: {
        tags: ['positions'],
        summary: 'The position matrix: each actor’s latest stance on each issue',
        response: { 200: described('PositionMatrix: {issues, labels, rows: {actorId, actorName, cells}[]}') },
      },
    },
    async () => {
      const matrix = positionMatrix(await store.positions())
      return { ...matrix, labels: Object.fromEntries(matrix.issues.map((id) => [id, issueLabel(context, id)])) }
    },
  )

  const filter = {
    type: 'object',
    additionalProperties: false,
    properties: { actor: ACTOR_ID, issue: ISSUE_ID },
  } as const

  app.get<{ Querystring: PageQuery & { actor?: number; issue?: string } }>(
    '/api/positions',
    {
      schema: {
        tags: ['positions'],
        summary: 'Positions, oldest first, with their evidence',
        querystring: { ...filter, properties: { ...filter.properties, ...PAGE_PARAMS } },
        response: { 200: pageResponse('PositionRecord items'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { actor, issue, limit, offset } = request.query
      const positions = await store.positions({ actorId: actor, issue })
      return pageOf(request, request.query, positions.slice(offset, offset + limit), positions.length)
    },
  )

  app.get<{ Querystring: { actor?: number; issue?: string } }>(
    '/api/timelines',
    {
      schema: {
        tags: ['positions'],
        summary: 'Position timelines per actor and issue, with the shifts of stance in each',
        querystring: filter,
        response: { 200: described('{items: Timeline[]}'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { actor, issue } = request.query
      return { items: timelines(await store.positions({ actorId: actor, issue })) }
    },
  )

  app.get<{ Querystring: { actor?: number; issue?: string; since?: string } }>(
    '/api/shifts',
    {
      schema: {
        tags: ['positions'],
        summary: 'Changes of stance, newest first',
        querystring: { ...filter, properties: { ...filter.properties, since: DATE } },
        response: { 200: described('{items: Shift[]}'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { actor, issue, since } = request.query
      const shifts = timelines(await store.positions({ actorId: actor, issue }))
        .flatMap((line) => line.shifts)
        .filter((shift) => since === undefined || (shift.date !== null && shift.date >= since))
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
      return { items: shifts }
    },
  )
}
