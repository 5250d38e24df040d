import type { FastifyInstance } from 'fastify'
import type { ApiContext } from '../context.js'
import { notFound } from '../errors.js'
import { pageOf } from '../paging.js'
import {
  ACTOR_ID,
  ARTICLE_ID,
  described,
  ERROR_RESPONSE,
  ISSUE_ID,
  PAGE_PARAMS,
  type PageQuery,
  pageResponse,
  SOURCE,
} from '../schemas.js'

/** Articles, one article with its whole record, related articles, and stories told by several sources. */
export function articleRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store } = context

  app.get<{ Querystring: PageQuery & { actor?: number; issue?: string; source?: string } }>(
    '/api/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Articles, newest first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...PAGE_PARAMS, actor: ACTOR_ID, issue: ISSUE_ID, source: SOURCE },
        },
        response: { 200: pageResponse('ArticleSummary items'), 400: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const { limit, offset, actor, issue, source } = request.query
      const page = await store.listArticles({ limit, offset, actorId: actor, issue, source })
      return pageOf(request, { limit, offset }, page.items, page.total)
    },
  )

  app.get<{ Params: { id: string } }>(
    '/api/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article: the analysis record (parley.analysis/1) with the actor id of each entity',
        params: { type: 'object', properties: { id: ARTICLE_ID }, required: ['id'] },
        response: { 200: described('StoredArticle: id, storyId, ingestedAt, analysis, actorOf'), 404: ERROR_RESPONSE },
      },
    },
    async (request) => {
      const article = await store.getArticle(request.params.id)
      if (!article) throw notFound(`no article ${request.params.id}`)
      return article
    },
  )

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/api/articles/:id/related',
    {
      schema: {
        tags: ['articles'],
        summary: 'More stories: articles of other stories sharing the most actors and issues',
        params: { type: 'object', properties: { id: ARTICLE_ID }, required: ['id'] },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 5 } },
        },
        response: { 200: described('{items: RelatedArticle[]}'), 404: ERROR_RESPONSE },
      },
    },
    async (request) => {
      if (!(await store.getArticle(request.params.id))) throw notFound(`no article ${request.params.id}`)
      return { items: await store.relatedArticles(request.params.id, { limit: request.query.limit }) }
    },
  )

  app.get<{ Querystring: PageQuery }>(
    '/api/stories',
    {
      schema: {
        tags: ['articles'],
        summary: 'Stories told by several articles (syndicated copies, updated versions), with every source',
        querystring: { type: 'object', additionalProperties: false, properties: PAGE_PARAMS },
        response: { 200: pageResponse('Story items') },
      },
    },
    async (request) => {
      const { limit, offset } = request.query
      const stories = await store.stories({ limit: offset + limit + 1 })
      return pageOf(request, request.query, stories.slice(offset))
    },
  )
}
