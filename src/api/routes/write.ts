import type { FastifyInstance, RouteShorthandOptions } from 'fastify'
import type { Article } from '../../core/article.js'
import { createInlineMaker } from '../../corpus/analyze-pool.js'
import { type IngestOutcome, type IngestSource, ingestBatch } from '../../corpus/ingest-batch.js'
import { readUrl } from '../../ingest/read-url.js'
import { articleFromInput, inputKind } from '../article-input.js'
import type { ApiContext } from '../context.js'
import { ARTICLE_INPUT, type ArticleInput, described, ERROR_RESPONSE } from '../schemas.js'

export interface WriteRouteOptions {
  /** Request body limit for a posted article (HTML pages run large). */
  readonly maxBodyBytes: number
  /** Per client address, on every route here. */
  readonly rateLimit: { readonly max: number; readonly timeWindowMs: number }
  /** Runs before the route: refuses a request without the write token. */
  readonly requireToken: NonNullable<RouteShorthandOptions['preHandler']>
}

const ERRORS = { 400: ERROR_RESPONSE, 401: ERROR_RESPONSE, 413: ERROR_RESPONSE, 429: ERROR_RESPONSE }

/** Analyzing a posted article (nothing stored) and ingesting one (stored; needs the token). */
export function writeRoutes(app: FastifyInstance, context: ApiContext, options: WriteRouteOptions): void {
  const rateLimit = { max: options.rateLimit.max, timeWindow: options.rateLimit.timeWindowMs }

  app.post<{ Body: ArticleInput }>(
    '/api/analyze',
    {
      bodyLimit: options.maxBodyBytes,
      config: { rateLimit },
      schema: {
        tags: ['write'],
        summary: 'Analyze one article without storing it: the parley.analysis/1 record',
        description: 'Give exactly one of `text`, `html` or `article`. Open like the read endpoints, rate-limited.',
        body: ARTICLE_INPUT,
        response: { 200: described('Analysis (parley.analysis/1)'), ...ERRORS },
      },
    },
    async (request) => context.analyzer.analyze(articleFromInput(request.body)),
  )

  app.post<{ Body: ArticleInput }>(
    '/api/articles',
    {
      bodyLimit: options.maxBodyBytes,
      config: { rateLimit },
      preHandler: options.requireToken,
      schema: {
        tags: ['write'],
        summary: 'Ingest an article into the store (needs the token): text, HTML, an article object, or a URL',
        description:
          'Give exactly one of `text`, `html`, `article` or `url`. A URL is fetched under the ingest rules: http(s) only, ' +
          'no private, loopback or link-local addresses, a time and size limit; a feed URL ingests its items. ' +
          'Re-posting an article already stored is a no-op reported as a duplicate. 201 when anything was ingested.',
        security: [{ bearer: [] }],
        body: ARTICLE_INPUT,
        response: {
          200: described('IngestSummary when nothing new was stored'),
          201: described('IngestSummary: {ingested, duplicates, failed, results: IngestOutcome[]}'),
          ...ERRORS,
          422: ERROR_RESPONSE,
        },
      },
    },
    async (request, reply) => {
      const body = request.body
      const kind = inputKind(body, ['text', 'html', 'article', 'url'])
      const source = kind === 'url' ? urlSource(body.url ?? '', context) : articleSource(articleFromInput(body))
      const results: IngestOutcome[] = []
      const summary = await ingestBatch([source], {
        store: context.store,
        maker: createInlineMaker(context.analyzer),
        onOutcome: (outcome) => results.push(outcome),
      })
      const payload = { ingested: summary.ingested, duplicates: summary.duplicates, failed: summary.failed, results }
      if (summary.ingested === 0 && summary.duplicates === 0) {
        const reason = summary.failed.map((failure) => failure.message).join('; ') || 'nothing to ingest'
        return reply.status(422).send({ error: { status: 422, code: 'unprocessable', message: reason } })
      }
      return reply.status(summary.ingested > 0 ? 201 : 200).send(payload)
    },
  )
}

/** A web page, or a feed whose items are ingested; fetched under the ingest rules (fetch-url.ts). */
function urlSource(url: string, context: ApiContext): IngestSource {
  return { input: url, read: () => readUrl(url, context.fetchOptions) }
}

function articleSource(article: Article): IngestSource {
  return { input: article.input, read: async () => [{ ok: true, article }] }
}
