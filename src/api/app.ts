import etag from '@fastify/etag'
import formbody from '@fastify/formbody'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import type { Analyzer } from '../analyzer.js'
import type { FetchOptions } from '../ingest/fetch-url.js'
import type { Store } from '../store/store.js'
import { renderNotFound, webRoutes } from '../web/routes.js'
import { hasToken } from './auth.js'
import type { ApiContext } from './context.js'
import { docsPage } from './docs-page.js'
import { ApiError, logIfInternal, sendError } from './errors.js'
import { actorRoutes } from './routes/actors.js'
import { articleRoutes } from './routes/articles.js'
import { claimRoutes } from './routes/claims.js'
import { issueRoutes } from './routes/issues.js'
import { searchRoutes } from './routes/search.js'
import { writeRoutes } from './routes/write.js'

export interface AppOptions {
  readonly store: Store
  readonly analyzer: Analyzer
  /** The write token (`Authorization: Bearer …`). */
  readonly token: string
  /**
   * Reads need the token too (as a bearer header, or the cookie the sign-in page sets). `parley
   * serve` turns this on when it binds beyond loopback, unless told the reads are public.
   */
  readonly protectReads?: boolean
  readonly fetchOptions?: FetchOptions
  /** Body limit for posted articles; every other request gets SMALL_BODY_BYTES. */
  readonly maxArticleBytes?: number
  /** Requests per client address per window, on the write and analyze endpoints. */
  readonly writeRateLimit?: { readonly max: number; readonly timeWindowMs: number }
  readonly logger?: boolean
}

// 2 MiB: a news page with its markup is rarely above 1 MiB; a larger post is a mistake or abuse.
export const DEFAULT_ARTICLE_BYTES = 2 * 1024 * 1024
// Everything but a posted article is a few fields (a search form, a sign-in): 16 KiB is plenty.
const SMALL_BODY_BYTES = 16 * 1024
// 30 a minute: an analyst pasting articles never gets near it; a script hammering the analyzer does.
const DEFAULT_RATE_LIMIT = { max: 30, timeWindowMs: 60_000 }

/**
 * The HTTP API and the web UI on one Fastify instance, which this function never starts listening:
 * `parley serve` listens, tests use `app.inject()` or listen on a loopback port themselves. Talks to
 * the store only through the Store port, so any back end serves.
 *
 * @example const app = await createApp({ store, analyzer, token }); await app.listen({ port: 7878 })
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: SMALL_BODY_BYTES,
    // Query strings are parsed by Node's URLSearchParams rules; repeated keys are refused by the schemas.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: { allErrors: false, removeAdditional: false } },
  })
  const context: ApiContext = {
    store: options.store,
    analyzer: options.analyzer,
    issueLabels: new Map(
      options.analyzer.knowledge.packs.flatMap((pack) => pack.issues.map((issue) => [issue.id, issue.label])),
    ),
    fetchOptions: options.fetchOptions ?? {},
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Parley API',
        version: '1',
        description:
          'The corpus of analysed news articles: who said what, who wants what, who claims which figures. ' +
          'Offsets are UTF-16 code units into the article text, end exclusive. Errors are ' +
          '`{"error": {"status", "code", "message"}}`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'articles' },
        { name: 'actors' },
        { name: 'positions' },
        { name: 'claims' },
        { name: 'search' },
        { name: 'write' },
      ],
    },
  })
  await app.register(etag, { weak: true })
  await app.register(rateLimit, { global: false })
  await app.register(formbody, { bodyLimit: options.maxArticleBytes ?? DEFAULT_ARTICLE_BYTES })

  app.setErrorHandler((error: Error, request, reply) => {
    logIfInternal(request, error)
    return sendError(reply, error)
  })
  app.setNotFoundHandler((request, reply) =>
    request.url.startsWith('/api/') || request.method !== 'GET'
      ? sendError(
          reply,
          new ApiError(404, 'not_found', `no such endpoint: ${request.method} ${request.url.split('?')[0]}`),
        )
      : renderNotFound(request, reply),
  )

  const requireToken = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!hasToken(request, options.token, { cookie: false })) {
      reply.header('www-authenticate', 'Bearer')
      throw new ApiError(401, 'unauthorized', 'this endpoint needs the token: send "Authorization: Bearer <token>"')
    }
  }
  if (options.protectReads) {
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0] ?? ''
      if (path === '/login' || path.startsWith('/assets/')) return
      if (hasToken(request, options.token, { cookie: true })) return
      if (!path.startsWith('/api/')) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`)
      reply.header('www-authenticate', 'Bearer')
      throw new ApiError(
        401,
        'unauthorized',
        'this server needs the token for every request: send "Authorization: Bearer <token>"',
      )
    })
  }
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff')
    if (request.method === 'GET' && !reply.hasHeader('cache-control')) {
      // Revalidate every time: the ETag makes an unchanged answer a 304 with no body.
      reply.header('cache-control', options.protectReads ? 'private, no-cache' : 'no-cache')
    }
    return payload
  })

  articleRoutes(app, context)
  actorRoutes(app, context)
  issueRoutes(app, context)
  claimRoutes(app, context)
  searchRoutes(app, context)
  writeRoutes(app, context, {
    maxBodyBytes: options.maxArticleBytes ?? DEFAULT_ARTICLE_BYTES,
    rateLimit: options.writeRateLimit ?? DEFAULT_RATE_LIMIT,
    requireToken,
  })

  app.get('/api/stats', { schema: { tags: ['articles'], summary: 'How much the store holds' } }, () =>
    options.store.stats(),
  )
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger())
  app.get('/api/docs', { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(docsPage(app.swagger()).value),
  )
  webRoutes(app, context, {
    token: options.token,
    protectReads: options.protectReads ?? false,
    maxArticleBytes: options.maxArticleBytes ?? DEFAULT_ARTICLE_BYTES,
    rateLimit: options.writeRateLimit ?? DEFAULT_RATE_LIMIT,
  })
  return app
}
