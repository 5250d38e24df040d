/**
 * The HTTP API over a real server on a loopback port, on the sample corpus: reads, pagination,
 * ETags, the OpenAPI document, and every way a request can be refused (no token, a wrong token,
 * an oversized body, malformed JSON, invalid parameters, too many writes).
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { type RunningServer, startServer, TEST_TOKEN } from './helpers/serve.js'

let server: RunningServer
before(async () => {
  server = await startServer({ writeRateLimit: { max: 25, timeWindowMs: 60_000 } })
})
after(() => server.stop())

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
const auth = { authorization: `Bearer ${TEST_TOKEN}` }

interface ErrorShape {
  error: { status: number; code: string; message: string }
}
/** Every refusal has the one stable shape, a one-line message and no stack trace. */
async function assertError(response: Response, status: number, code: string): Promise<string> {
  assert.equal(response.status, status)
  assert.match(response.headers.get('content-type') ?? '', /application\/json/)
  const body = (await response.json()) as ErrorShape
  assert.deepEqual(Object.keys(body), ['error'])
  assert.equal(body.error.status, status)
  assert.equal(body.error.code, code)
  assert.doesNotMatch(body.error.message, /\n|\bat .+:\d+:\d+/)
  return body.error.message
}

const SAMPLE_TEXT = [
  'Negotiators agree to meet again in Geneva',
  '',
  'Foreign Minister Elena Varga said on Monday that her government would sign a truce "if the artillery is withdrawn first."',
  'The army said it shot down 41 drones overnight.',
].join('\n')

describe('reads', () => {
  test('articles: newest first, paged with total and next, filtered by outlet', async () => {
    const response = await get('/api/articles?limit=5')
    assert.equal(response.status, 200)
    const page = (await response.json()) as { items: { id: string; day: string }[]; total: number; next: string }
    assert.equal(page.total, 28)
    assert.equal(page.items.length, 5)
    const days = page.items.map((item) => item.day)
    assert.deepEqual(days, [...days].sort().reverse())
    assert.equal(page.next, '/api/articles?limit=5&offset=5')
    const last = (await (await get('/api/articles?limit=5&offset=25')).json()) as { items: unknown[]; next: null }
    assert.equal(last.items.length, 3)
    assert.equal(last.next, null)
    const wire = (await (await get('/api/articles?source=Meridian%20Wire&limit=200')).json()) as { total: number }
    assert.ok(wire.total > 0 && wire.total < 28)
  })

  test('one article: its record with offsets into its text; related articles; 404 for an unknown id', async () => {
    const { items } = (await (await get('/api/articles?limit=1&offset=3')).json()) as { items: { id: string }[] }
    const id = items[0]!.id
    const stored = (await (await get(`/api/articles/${id}`)).json()) as {
      analysis: { article: { text: string }; quotes: { start: number; end: number; text: string }[] }
    }
    for (const quote of stored.analysis.quotes) {
      assert.ok(quote.start >= 0 && quote.end <= stored.analysis.article.text.length)
    }
    const related = (await (await get(`/api/articles/${id}/related`)).json()) as { items: { id: string }[] }
    assert.ok(related.items.length > 0)
    assert.ok(related.items.every((item) => item.id !== id))
    await assertError(await get('/api/articles/0000000000000000'), 404, 'not_found')
    await assertError(await get('/api/articles/not-an-id'), 400, 'invalid_request')
  })

  test('actors, profiles, stories, issues, matrix, timelines, shifts, claims, conflicts, events answer', async () => {
    const actors = (await (await get('/api/actors?type=person&limit=3')).json()) as { items: { id: number }[] }
    assert.equal(actors.items.length, 3)
    const profile = (await (await get(`/api/actors/${actors.items[0]!.id}`)).json()) as {
      actor: { id: number }
      quotes: unknown[]
      timelines: unknown[]
    }
    assert.equal(profile.actor.id, actors.items[0]!.id)
    assert.ok(Array.isArray(profile.timelines))
    const found = (await (await get('/api/actors?q=zelensky')).json()) as { items: { name: string }[] }
    assert.ok(found.items.some((actor) => /Zelensk/.test(actor.name)))
    const stories = (await (await get('/api/stories')).json()) as { items: { sources: unknown[] }[] }
    assert.ok(stories.items.length >= 2, 'the syndicated copy and the updated version')
    const issues = (await (await get('/api/issues')).json()) as { items: { id: string; label: string }[] }
    assert.ok(issues.items.some((issue) => issue.id === 'territory' && issue.label.length > 0))
    assert.equal((await get('/api/issues/territory')).status, 200)
    await assertError(await get('/api/issues/no-such-issue'), 404, 'not_found')
    for (const path of ['/api/matrix', '/api/timelines', '/api/shifts', '/api/positions', '/api/events']) {
      assert.equal((await get(path)).status, 200, path)
    }
    const claims = (await (await get('/api/claims?limit=10')).json()) as { items: { quantities: unknown[] }[] }
    assert.equal(claims.items.length, 10)
    const conflicts = (await (await get('/api/conflicts')).json()) as { items: { figures: unknown[] }[] }
    assert.ok(conflicts.items.length > 0)
    assert.ok(conflicts.items.every((conflict) => conflict.figures.length >= 2))
    await assertError(await get('/api/actors/999999'), 404, 'not_found')
  })

  test('search with filters, digest as JSON and Markdown, export as NDJSON and CSV', async () => {
    const hits = (await (await get('/api/search?q=guarantees')).json()) as { items: { kind: string }[] }
    assert.ok(hits.items.length > 0)
    const none = (await (await get('/api/search?q=guarantees&since=2030-01-01')).json()) as { items: unknown[] }
    assert.equal(none.items.length, 0)
    await assertError(await get('/api/search'), 400, 'invalid_request')
    await assertError(await get('/api/search?q=x&since=yesterday'), 400, 'invalid_request')
    const digest = (await (await get('/api/digest?since=2025-12-01')).json()) as { since: string; conflicts: unknown[] }
    assert.equal(digest.since, '2025-12-01')
    const markdown = await get('/api/digest?since=2025-12-01&format=md')
    assert.match(markdown.headers.get('content-type') ?? '', /markdown/)
    assert.match(await markdown.text(), /^# What changed since 2025-12-01/)
    const ndjson = await (await get('/api/export?kind=quotes')).text()
    const lines = ndjson.trim().split('\n')
    assert.ok(lines.length > 100)
    assert.ok('text' in (JSON.parse(lines[0]!) as { text: string }))
    const csv = await get('/api/export?kind=claims&format=csv')
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/)
    assert.match(await csv.text(), /^id,article_id,/)
    await assertError(await get('/api/export?format=csv'), 400, 'bad_request')
  })

  test('ETags: an unchanged answer is a 304 with no body', async () => {
    const first = await get('/api/articles?limit=3')
    const etag = first.headers.get('etag')
    assert.ok(etag)
    assert.match(first.headers.get('cache-control') ?? '', /no-cache/)
    const again = await get('/api/articles?limit=3', { 'if-none-match': etag })
    assert.equal(again.status, 304)
    assert.equal(await again.text(), '')
  })

  test('OpenAPI document and its docs page list the endpoints', async () => {
    const document = (await (await get('/api/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, unknown>
    }
    assert.match(document.openapi, /^3\./)
    for (const path of [
      '/api/articles',
      '/api/articles/{id}',
      '/api/search',
      '/api/analyze',
      '/api/matrix',
      '/api/export',
    ]) {
      assert.ok(path in document.paths, path)
    }
    assert.ok(!('/' in document.paths), 'UI pages are not API endpoints')
    const docs = await (await get('/api/docs')).text()
    assert.match(docs, /\/api\/conflicts/)
  })

  test('invalid parameters are one-line 400s; unknown endpoints 404', async () => {
    assert.match(await assertError(await get('/api/articles?limit=0'), 400, 'invalid_request'), /limit/)
    await assertError(await get('/api/articles?limit=abc'), 400, 'invalid_request')
    await assertError(await get('/api/articles?colour=red'), 400, 'invalid_request')
    await assertError(await get('/api/actors?type=robot'), 400, 'invalid_request')
    await assertError(await get('/api/nothing-here'), 404, 'not_found')
  })
})

describe('writes', () => {
  test('analyze: the contract record for posted text, nothing stored', async () => {
    const before = (await (await get('/api/stats')).json()) as { articles: number }
    const response = await post('/api/analyze', { text: SAMPLE_TEXT, published: '2025-03-03' })
    assert.equal(response.status, 200)
    const analysis = (await response.json()) as {
      schema: string
      article: { headline: string; published: string }
      quotes: { speaker: string | null; speakerName: string | null }[]
      entities: { id: string; name: string }[]
    }
    assert.equal(analysis.schema, 'parley.analysis/1')
    assert.equal(analysis.article.headline, 'Negotiators agree to meet again in Geneva')
    assert.equal(analysis.article.published, '2025-03-03')
    const varga = analysis.entities.find((entity) => entity.name === 'Elena Varga')
    // speakerName is the speaker as the attribution writes it, title included.
    assert.ok(analysis.quotes.some((q) => q.speaker === varga?.id && q.speakerName === 'Foreign Minister Elena Varga'))
    assert.deepEqual(await (await get('/api/stats')).json(), before)
  })

  test('ingest needs the token: none and a wrong one are 401s', async () => {
    const none = await post('/api/articles', { text: SAMPLE_TEXT })
    await assertError(none, 401, 'unauthorized')
    assert.equal(none.headers.get('www-authenticate'), 'Bearer')
    await assertError(
      await post('/api/articles', { text: SAMPLE_TEXT }, { authorization: 'Bearer wrong' }),
      401,
      'unauthorized',
    )
    await assertError(
      await post('/api/articles', { text: SAMPLE_TEXT }, { authorization: TEST_TOKEN }),
      401,
      'unauthorized',
    )
  })

  test('ingest with the token: 201, then the same article again is a 200 duplicate', async () => {
    const article = {
      headline: 'Talks on prisoners resume',
      body: 'Officials said 40 prisoners would be exchanged on Friday.',
      source: 'Test Wire',
      published: '2026-02-01',
    }
    const first = await post('/api/articles', { article }, auth)
    assert.equal(first.status, 201)
    const summary = (await first.json()) as { ingested: number; results: { articleId: string }[] }
    assert.equal(summary.ingested, 1)
    const id = summary.results[0]!.articleId
    assert.equal((await get(`/api/articles/${id}`)).status, 200)
    const again = await post('/api/articles', { article }, auth)
    assert.equal(again.status, 200)
    assert.equal(((await again.json()) as { duplicates: number }).duplicates, 1)
  })

  test('ingest of a URL keeps the SSRF rules: loopback is refused', async () => {
    const message = await assertError(
      await post('/api/articles', { url: `${server.url}/` }, auth),
      422,
      'unprocessable',
    )
    assert.match(message, /private|loopback|not allowed|refus/i)
  })

  test('malformed input: bad JSON, wrong shapes, two inputs at once, none, an empty article', async () => {
    await assertError(await post('/api/analyze', '{"text": '), 400, 'malformed_json')
    await assertError(await post('/api/analyze', { text: { words: 1 } }), 400, 'invalid_request')
    await assertError(await post('/api/analyze', { text: 'a', html: '<p>b</p>' }), 400, 'bad_request')
    await assertError(await post('/api/analyze', {}), 400, 'bad_request')
    await assertError(await post('/api/analyze', { text: 'Only a headline' }), 400, 'bad_request')
    await assertError(await post('/api/analyze', { article: { headline: 'x' } }), 400, 'bad_request')
    await assertError(await post('/api/analyze', { text: SAMPLE_TEXT, extra: 1 }), 400, 'invalid_request')
    const wrongType = await fetch(`${server.url}/api/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    })
    await assertError(wrongType, 415, 'unsupported_media_type')
  })

  test('an oversized body is refused with 413 before it is read', async () => {
    const huge = { text: `Headline\n\n${'word '.repeat(600_000)}` }
    await assertError(await post('/api/analyze', huge), 413, 'body_too_large')
    await assertError(await post('/api/articles', huge, auth), 413, 'body_too_large')
  })

  test('writes are rate-limited per client: 429 with the stable shape', async () => {
    let last: Response | null = null
    for (let i = 0; i < 40; i++) {
      last = await post('/api/analyze', {})
      if (last.status === 429) break
    }
    assert.ok(last)
    await assertError(last, 429, 'rate_limited')
  })
})

describe('protected reads', () => {
  test('a server that protects reads refuses them without the token, and serves them with it', async () => {
    const guarded = await startServer({ protectReads: true })
    try {
      const refused = await fetch(`${guarded.url}/api/stats`)
      await assertError(refused, 401, 'unauthorized')
      assert.equal((await fetch(`${guarded.url}/api/stats`, { headers: auth })).status, 200)
      const page = await fetch(`${guarded.url}/`, { redirect: 'manual' })
      assert.equal(page.status, 302)
      assert.match(page.headers.get('location') ?? '', /^\/login/)
      const login = await fetch(`${guarded.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: TEST_TOKEN, next: '/' }),
        redirect: 'manual',
      })
      assert.equal(login.status, 303)
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
      assert.match(login.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Strict/)
      assert.equal((await fetch(`${guarded.url}/`, { headers: { cookie } })).status, 200)
      await assertError(
        await fetch(`${guarded.url}/api/articles`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: '{"text":"a"}',
        }),
        401,
        'unauthorized',
      )
    } finally {
      await guarded.stop()
    }
  })
})
