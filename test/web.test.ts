/**
 * The web UI's pages over a real server on the sample corpus, read as HTML (the browser tests in
 * browser.test.ts click through them). Render times are printed, never asserted.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { PositionRecord } from '../src/store/store.js'
import { highlightText } from '../src/web/highlight.js'
import { html, jsonScript } from '../src/web/html.js'
import { type RunningServer, startServer, TEST_TOKEN } from './helpers/serve.js'

let server: RunningServer
before(async () => {
  server = await startServer()
})
after(() => server.stop())

const page = async (path: string) => {
  const started = performance.now()
  const response = await fetch(`${server.url}${path}`)
  const body = await response.text()
  return { response, body, ms: performance.now() - started }
}

// Hostile text, as an article might carry it: markup must show as text and never run.
const HOSTILE =
  'Talks <script>window.__pwned = 1</script> resume\n\n' +
  'The minister said "<img src=x onerror="window.__pwned = 2"> we will sign" on Monday, and 40 drones </script><script>window.__pwned = 3</script> were shot down, the army said.'

test('every main page renders, with the layout and its own asset paths', async () => {
  const [article] = (await server.store.listArticles({ limit: 1 })).items
  const [actor] = await server.store.actors({ limit: 1 })
  const paths = [
    '/',
    '/articles',
    `/articles/${article!.id}`,
    '/actors',
    `/actors/${actor!.id}`,
    '/issues',
    '/issues/territory',
    '/claims',
    '/search?q=guarantees&since=2025-11-01',
    '/analyze',
  ]
  const times: string[] = []
  for (const path of paths) {
    const { response, body, ms } = await page(path)
    assert.equal(response.status, 200, path)
    assert.match(response.headers.get('content-type') ?? '', /text\/html/)
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/)
    assert.match(body, /<nav aria-label="Main">/)
    times.push(`${path.length > 30 ? `${path.slice(0, 29)}…` : path} ${ms.toFixed(1)} ms`)
  }
  console.log(`page render times: ${times.join(', ')}`)
})

test('the article page marks quotes, claims and entities from their spans, and lists more stories', async () => {
  const { items } = await server.store.listArticles({ limit: 28 })
  const withQuotes = items.find((item) => item.quotes > 2 && item.claims > 0)!
  const { body } = await page(`/articles/${withQuotes.id}`)
  assert.match(body, /<mark class="hl[^"]*quote[^"]*" data-keys="[^"]*quote:/)
  assert.match(body, /<mark class="hl[^"]*claim/)
  assert.match(body, /<mark class="hl[^"]*entity entity-person/)
  assert.match(body, /id="more-stories"/)
  assert.match(body, /<script type="application\/json" id="records">/)
})

test('unknown articles, actors and issues are HTML 404 pages', async () => {
  for (const path of [
    '/articles/0000000000000000',
    '/articles/<script>',
    '/actors/999999',
    '/issues/nothing',
    '/no/such/page',
  ]) {
    const { response, body } = await page(path)
    assert.equal(response.status, 404, path)
    assert.match(body, /<h1>Not found<\/h1>/)
    assert.doesNotMatch(body, /<script>/)
  }
})

test('article text with <script> and <img onerror> is shown as text and never becomes markup', async () => {
  const response = await fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
    body: JSON.stringify({ text: HOSTILE, source: 'Hostile <b>Wire</b>', published: '2026-03-01' }),
  })
  assert.equal(response.status, 201)
  const { results } = (await response.json()) as { results: { articleId: string }[] }
  const id = results[0]!.articleId
  const stored = await server.store.getArticle(id)
  assert.match(stored!.analysis.article.text, /<img src=x onerror=/, 'the text itself is kept verbatim')
  for (const path of [`/articles/${id}`, '/', '/articles', '/search?q=pwned', '/claims']) {
    const { body } = await page(path)
    assert.doesNotMatch(body, /<script>window/, path)
    assert.doesNotMatch(body, /<img src=x/, path)
    assert.doesNotMatch(body, /<b>Wire/, path)
  }
  const { body } = await page(`/articles/${id}`)
  assert.match(body, /&lt;img src=x onerror=/)
  const records = /<script type="application\/json" id="records">(.*?)<\/script>/s.exec(body)?.[1] ?? ''
  assert.doesNotMatch(records, /<\/?script/i, 'no "</script>" can close the data block')
  assert.ok(Object.keys(JSON.parse(records) as object).length > 0)
  const posted = await fetch(`${server.url}/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ article: HOSTILE, format: 'text' }),
  })
  const analysed = await posted.text()
  assert.equal(posted.status, 200)
  assert.doesNotMatch(analysed, /<script>window|<img src=x/)
  const asHtml = await fetch(`${server.url}/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      article: `<html><body><article><h1>Hostile page</h1><p>${'The envoy said the talks would resume on Monday in Geneva. '.repeat(3)}<img src=x onerror="window.__pwned=4"></p><script>window.__pwned=5</script></article></body></html>`,
      format: 'html',
    }),
  })
  assert.doesNotMatch(await asHtml.text(), /<script>window|<img src=x|onerror="window/)
})

test('the analyze form refuses an empty article with a message, not an error page', async () => {
  const response = await fetch(`${server.url}/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ article: '   ', format: 'text' }),
  })
  assert.equal(response.status, 400)
  assert.match(await response.text(), /class="error" role="alert">the article is empty/)
})

test('highlightText: overlapping marks become flat pieces listing every fact; text is escaped', () => {
  const text = '<b>"We will sign," said Varga.</b>'
  const quote = text.indexOf('We will sign')
  const name = text.indexOf('Varga')
  const out = highlightText(text, [
    { start: quote, end: quote + 12, kind: 'quote', key: 'quote:q1' },
    { start: quote, end: quote + 2, kind: 'entity', key: 'entity:e1' },
    { start: name, end: name + 5, kind: 'entity', key: 'entity:e2', variant: 'person' },
    { start: 5, end: 500, kind: 'claim', key: 'claim:bad' },
  ]).value
  assert.ok(out.startsWith('&lt;b&gt;&quot;'))
  assert.match(
    out,
    /<mark class="hl quote entity" data-keys="entity:e1 quote:q1" tabindex="0" role="button">We<\/mark>/,
  )
  assert.match(out, /<mark class="hl quote" data-keys="quote:q1"> will sign<\/mark>/)
  assert.match(out, /<mark class="hl entity entity-person" data-keys="entity:e2">Varga<\/mark>/)
  assert.doesNotMatch(out, /claim:bad/, 'a span outside the text is skipped')
})

test('html escapes every interpolation; jsonScript cannot be closed from inside', () => {
  const name = '"><img src=x onerror=alert(1)>'
  assert.equal(
    html`<a title="${name}">${name}</a>`.value,
    '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>',
  )
  const block = jsonScript('data', { text: '</script><script>alert(1)</script>\u2028' }).value
  assert.equal(block.match(/<\/script>/g)?.length, 1)
  assert.deepEqual(JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, '')), {
    text: '</script><script>alert(1)</script>\u2028',
  })
})

test('the position matrix and the timeline chart draw stances and shifts from position records', async () => {
  const { positionMatrix } = await import('../src/corpus/matrix.js')
  const { timelines } = await import('../src/corpus/shifts.js')
  const { timelineChart } = await import('../src/web/chart.js')
  const { matrixTable } = await import('../src/web/pages/overview.js')
  const position = (
    id: string,
    actorId: number,
    actorName: string,
    issue: string,
    stance: PositionRecord['stance'],
    date: string,
  ): PositionRecord => ({
    id,
    articleId: `a${id}`,
    storyId: 1,
    actorId,
    actorName,
    issue,
    proposition: issue,
    stance,
    conditions: [],
    start: 0,
    end: 5,
    exact: `<i>${stance}</i>`,
    date,
    source: 'Wire',
  })
  const positions = [
    position('1', 1, 'Kyiv <Gov>', 'territory', 'against', '2025-11-20'),
    position('2', 1, 'Kyiv <Gov>', 'territory', 'conditional', '2025-12-11'),
    position('3', 2, 'Moscow', 'territory', 'against', '2025-12-02'),
    position('4', 2, 'Moscow', 'ceasefire', 'conditional', '2026-01-10'),
  ]
  const matrix = positionMatrix(positions)
  assert.deepEqual(matrix.issues, ['territory', 'ceasefire'])
  assert.deepEqual(
    matrix.rows.map((row) => [row.actorName, row.cells.map((cell) => `${cell.issue}:${cell.stance}:${cell.shifts}`)]),
    [
      ['Moscow', ['ceasefire:conditional:0', 'territory:against:0']],
      ['Kyiv <Gov>', ['territory:conditional:1']],
    ],
  )
  const table = matrixTable(matrix, new Map([['territory', 'Territory']])).value
  assert.match(table, /class="cell stance-bg-conditional"/)
  assert.match(table, /Kyiv &lt;Gov&gt;/)
  assert.match(table, /aria-label="1 shifts"/)
  const chart = timelineChart(timelines(positions), { title: 'Territory' }).value
  assert.equal(chart.match(/<circle/g)?.length, 4)
  assert.equal(chart.match(/class="dot stance-fill-conditional shift"/g)?.length, 1)
  assert.doesNotMatch(chart, /<i>|<Gov>/)
})
