import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { API_INPUT } from '../api/article-input.js'
import { sameSecret, TOKEN_COOKIE } from '../api/auth.js'
import { type ApiContext, issueLabel } from '../api/context.js'
import { defaultSince } from '../api/routes/search.js'
import type { Article } from '../core/article.js'
import { InputError } from '../core/errors.js'
import type { EntityType } from '../core/facts.js'
import { findConflicts } from '../corpus/conflicts.js'
import { buildDigest } from '../corpus/digest.js'
import { positionMatrix } from '../corpus/matrix.js'
import { timelines } from '../corpus/shifts.js'
import { articleFromHtml } from '../ingest/article-from-html.js'
import { articleFromJson } from '../ingest/article-from-json.js'
import { articleFromPlainText } from '../ingest/article-from-text.js'
import { parsePublished } from '../ingest/parse-published.js'
import { loadAssets } from './assets.js'
import type { Html } from './html.js'
import { type LayoutOptions, layout, pager } from './layout.js'
import { actorPage, actorsPage } from './pages/actors.js'
import { articlePage } from './pages/article.js'
import { claimsPage } from './pages/claims.js'
import { analyzeForm, loginPage, notFoundPage } from './pages/forms.js'
import { issuePage, issuesPage } from './pages/issues.js'
import { overviewPage } from './pages/overview.js'
import { articlesPage, type SearchForm, searchPage } from './pages/search.js'

export interface WebOptions {
  readonly token: string
  readonly protectReads: boolean
  readonly maxArticleBytes: number
  readonly rateLimit: { readonly max: number; readonly timeWindowMs: number }
}

// A page of a list: enough to scan, small enough to render in a few milliseconds.
const PAGE = 50
const ENTITY_TYPES = new Set(['person', 'organization', 'location', 'group'])
const ASSETS = loadAssets()

type Query = Record<string, string | undefined>

/** The web UI: server-rendered pages over the same context as the API, plus its two assets. */
export function webRoutes(app: FastifyInstance, context: ApiContext, options: WebOptions): void {
  const { store } = context
  const hidden = { schema: { hide: true } }
  const page = (reply: FastifyReply, layoutOptions: Omit<LayoutOptions, 'assets'>, body: Html, status = 200) =>
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .send(layout({ ...layoutOptions, assets: { css: ASSETS.css.path, js: ASSETS.js.path } }, body).value)
  const missing = (reply: FastifyReply, what: string) => page(reply, { title: 'Not found' }, notFoundPage(what), 404)

  for (const asset of [ASSETS.css, ASSETS.js]) {
    app.get(asset.path, hidden, (_request, reply) =>
      reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body),
    )
  }

  app.get('/', hidden, async (_request, reply) => {
    const [stats, positions, figures, latest, stories] = await Promise.all([
      store.stats(),
      store.positions(),
      store.comparableFigures(),
      store.listArticles({ limit: 8 }),
      store.stories({ limit: 10 }),
    ])
    const digest = await buildDigest(store, await defaultSince(store))
    return page(
      reply,
      { title: 'Overview', section: 'overview' },
      overviewPage({
        stats,
        digest,
        matrix: positionMatrix(positions),
        labels: context.issueLabels,
        conflicts: findConflicts(figures),
        latest: latest.items,
        stories,
      }),
    )
  })

  app.get<{ Querystring: Query }>('/articles', hidden, async (request, reply) => {
    const offset = intParam(request.query.offset) ?? 0
    const actorId = intParam(request.query.actor) ?? undefined
    const issue = request.query.issue || undefined
    const source = request.query.source || undefined
    const result = await store.listArticles({ limit: PAGE, offset, actorId, issue, source })
    const params = new URLSearchParams(
      Object.entries(request.query).filter((entry): entry is [string, string] => !!entry[1]),
    )
    let title = 'Articles'
    if (actorId !== undefined)
      title = `Articles naming ${(await store.actorProfile(actorId))?.actor.name ?? `actor ${actorId}`}`
    if (issue) title = `Articles about ${issueLabel(context, issue)}`
    if (source) title = `Articles from ${source}`
    return page(
      reply,
      { title, section: 'articles' },
      articlesPage(result.items, title, pager('/articles', params, offset, PAGE, result.total)),
    )
  })

  app.get<{ Params: { id: string } }>('/articles/:id', hidden, async (request, reply) => {
    const stored = /^[0-9a-f]{16}$/.test(request.params.id) ? await store.getArticle(request.params.id) : null
    if (!stored) return missing(reply, 'There is no article with that id.')
    const [related, stories] = await Promise.all([
      store.relatedArticles(stored.id, { limit: 6 }),
      storyOf(stored.storyId),
    ])
    return page(
      reply,
      { title: stored.analysis.article.headline ?? 'Article', section: 'articles' },
      articlePage({
        analysis: stored.analysis,
        actorOf: stored.actorOf,
        articleId: stored.id,
        copies: stories,
        related,
      }),
    )
  })

  /** The other articles of a story, when it has several (syndicated copies, updates). */
  async function storyOf(storyId: number) {
    const stories = await store.stories()
    return stories.find((story) => story.id === storyId)?.sources ?? []
  }

  app.get<{ Querystring: Query }>('/actors', hidden, async (request, reply) => {
    const offset = intParam(request.query.offset) ?? 0
    const type = ENTITY_TYPES.has(request.query.type ?? '') ? (request.query.type as EntityType) : undefined
    const actors = await store.actors({ type, limit: offset + PAGE + 1 })
    const params = new URLSearchParams(type ? { type } : {})
    const more = actors.length > offset + PAGE
    return page(
      reply,
      { title: 'Actors', section: 'actors' },
      actorsPage(
        actors.slice(offset, offset + PAGE),
        type,
        pager('/actors', params, offset, PAGE, more ? offset + PAGE + 1 : actors.length),
      ),
    )
  })

  app.get<{ Params: { id: string } }>('/actors/:id', hidden, async (request, reply) => {
    const id = intParam(request.params.id)
    const profile = id === null ? null : await store.actorProfile(id)
    if (!profile) return missing(reply, 'There is no actor with that id.')
    const claims = await store.claims({ claimantId: profile.actor.id, limit: 200 })
    return page(
      reply,
      { title: profile.actor.name, section: 'actors' },
      actorPage(profile, timelines(profile.positions), claims),
    )
  })

  app.get('/issues', hidden, async (_request, reply) => {
    const lines = timelines(await store.positions())
    const ids = new Set([...context.issueLabels.keys(), ...lines.map((line) => line.issue)])
    const issues = [...ids]
      .map((id) => {
        const mine = lines.filter((line) => line.issue === id)
        return {
          id,
          label: issueLabel(context, id),
          positions: mine.reduce((total, line) => total + line.positions.length, 0),
          actors: mine.length,
          shifts: mine.reduce((total, line) => total + line.shifts.length, 0),
        }
      })
      .sort((a, b) => b.positions - a.positions || a.label.localeCompare(b.label))
    return page(reply, { title: 'Issues', section: 'issues' }, issuesPage(issues))
  })

  app.get<{ Params: { id: string } }>('/issues/:id', hidden, async (request, reply) => {
    const { id } = request.params
    const positions = /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? await store.positions({ issue: id }) : []
    if (!context.issueLabels.has(id) && positions.length === 0) return missing(reply, 'There is no such issue.')
    const matrix = positionMatrix(positions)
    const label = issueLabel(context, id)
    return page(
      reply,
      { title: label, section: 'issues' },
      issuePage(
        id,
        label,
        matrix.rows.flatMap((row) => row.cells),
        timelines(positions),
      ),
    )
  })

  app.get('/claims', hidden, async (_request, reply) => {
    const [figures, claims] = await Promise.all([store.comparableFigures(), store.claims({ limit: 2000 })])
    return page(reply, { title: 'Claims', section: 'claims' }, claimsPage(findConflicts(figures), claims))
  })

  app.get<{ Querystring: Query }>('/search', hidden, async (request, reply) => {
    const form: SearchForm = {
      q: (request.query.q ?? '').slice(0, 500),
      actor: (request.query.actor ?? '').slice(0, 200),
      issue: request.query.issue ?? '',
      source: (request.query.source ?? '').slice(0, 200),
      since: parsePublished(request.query.since ?? '') ?? '',
      until: parsePublished(request.query.until ?? '') ?? '',
    }
    let notice: string | null = null
    let hits = null
    if (form.q.trim() !== '') {
      let actorId: number | undefined
      if (form.actor.trim() !== '') {
        const [actor] = await store.findActors(form.actor)
        if (actor) actorId = actor.id
        else notice = `No actor called “${form.actor}”: the actor filter was left out.`
      }
      hits = await store.search({
        text: form.q,
        actorId,
        issue: form.issue || undefined,
        source: form.source || undefined,
        since: form.since || undefined,
        until: form.until || undefined,
        limit: 50,
      })
    }
    const issues = [...context.issueLabels.entries()].sort((a, b) => a[1].localeCompare(b[1]))
    return page(
      reply,
      { title: form.q ? `Search: ${form.q}` : 'Search', section: 'search', query: form.q },
      searchPage(form, hits, { issues, notice }),
    )
  })

  app.get('/analyze', hidden, (_request, reply) =>
    page(
      reply,
      { title: 'Analyze', section: 'analyze' },
      analyzeForm({ error: null, text: '', format: 'text', maxBytes: options.maxArticleBytes }),
    ),
  )

  app.post<{ Body: Query }>(
    '/analyze',
    {
      ...hidden,
      bodyLimit: options.maxArticleBytes,
      config: { rateLimit: { max: options.rateLimit.max, timeWindow: options.rateLimit.timeWindowMs } },
    },
    async (request, reply) => {
      const body = request.body ?? {}
      const text = typeof body.article === 'string' ? body.article : ''
      const format = body.format === 'html' || body.format === 'json' ? body.format : 'text'
      let article: Article
      try {
        article = readPosted(text, format, {
          published: parsePublished(body.published ?? ''),
          source: body.source?.trim() || null,
        })
      } catch (error) {
        const message = error instanceof InputError ? error.message : 'the article could not be read'
        return page(
          reply,
          { title: 'Analyze', section: 'analyze' },
          analyzeForm({ error: message, text, format, maxBytes: options.maxArticleBytes }),
          400,
        )
      }
      const analysis = context.analyzer.analyze(article)
      return page(
        reply,
        { title: `Analysis: ${article.headline ?? 'article'}`, section: 'analyze' },
        articlePage({ analysis, actorOf: {}, articleId: null, copies: [], related: null }),
      )
    },
  )

  app.get<{ Querystring: Query }>('/login', hidden, (request, reply) =>
    page(reply, { title: 'Sign in' }, loginPage(safeNext(request.query.next), request.query.failed === '1')),
  )
  app.post<{ Body: Query }>('/login', hidden, (request, reply) => {
    const next = safeNext(request.body?.next)
    if (!sameSecret(request.body?.token ?? '', options.token)) {
      return reply.redirect(`/login?failed=1&next=${encodeURIComponent(next)}`, 303)
    }
    // HttpOnly: no script reads it; SameSite=Strict: no other site's form or link sends it.
    reply.header(
      'set-cookie',
      `${TOKEN_COOKIE}=${encodeURIComponent(options.token)}; Path=/; HttpOnly; SameSite=Strict`,
    )
    return reply.redirect(next, 303)
  })
}

/** Pages may run only their own script and style; article text could never bring its own. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/** A path on this server to return to after signing in; anything else goes to the overview. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/'
}

function intParam(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return null
  return Number(value)
}

/** A pasted or uploaded article, read by the same readers as files. */
function readPosted(
  text: string,
  format: 'text' | 'html' | 'json',
  meta: { published: string | null; source: string | null },
): Article {
  if (text.trim() === '') throw new InputError(API_INPUT, 'the article is empty: paste its text or choose a file')
  if (format === 'html') {
    const article = articleFromHtml(API_INPUT, text, meta)
    if (!article?.text) throw new InputError(API_INPUT, 'no article text found in that HTML')
    return article
  }
  if (format === 'json') {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      throw new InputError(API_INPUT, 'that is not valid JSON')
    }
    return articleFromJson(API_INPUT, value, meta)
  }
  const article = articleFromPlainText(API_INPUT, text, meta)
  if (!article.text) throw new InputError(API_INPUT, 'no article text after the headline line')
  return article
}

/** The 404 page for a path outside /api. */
export function renderNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .status(404)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CSP)
    .send(
      layout(
        { title: 'Not found', assets: { css: ASSETS.css.path, js: ASSETS.js.path } },
        notFoundPage(`Nothing at ${request.url.split('?')[0]}.`),
      ).value,
    )
}
