import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { fetchUrl, isPublicAddress } from './fetch-url.js'
import { readUrl } from './read-url.js'

const PAGE = `<!doctype html><html><head><title>Talks resume</title>
<meta property="article:published_time" content="2025-11-25"></head><body><article><h1>Talks resume</h1>
<p>Negotiators met again in Geneva on Tuesday, the first session since the talks collapsed in January, and they said that the next round would start on Thursday.</p>
</article></body></html>`

let server: Server
let base = ''
before(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/'
    if (url === '/page') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)
    if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5))
      return void response.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end()
    }
    if (url === '/big') {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('x'.repeat(64 * 1024))
      return void response.end('x'.repeat(64 * 1024))
    }
    if (url === '/slow') return void setTimeout(() => response.end(PAGE), 2000)
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

test('isPublicAddress: only public unicast addresses', () => {
  const cases: [string, boolean][] = [
    ['93.184.216.34', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['224.0.0.1', false],
    ['not an address', false],
  ]
  for (const [address, expected] of cases) assert.equal(isPublicAddress(address), expected, address)
})

test('fetchUrl: loopback is refused unless allowed, by literal address and by name', async () => {
  await assert.rejects(fetchUrl(`${base}/page`), /refused: 127\.0\.0\.1 is a private, loopback or link-local address/)
  const port = new URL(base).port
  await assert.rejects(fetchUrl(`http://localhost:${port}/page`), /refused: localhost resolves to (127\.0\.0\.1|::1)/)
  const page = await fetchUrl(`${base}/page`, { allowPrivate: true })
  assert.match(page.body.toString(), /Negotiators met again/)
})

test('fetchUrl: redirects are followed up to the limit, then refused', async () => {
  const page = await fetchUrl(`${base}/hop/2`, { allowPrivate: true, maxRedirects: 3 })
  assert.equal(page.url, `${base}/page`)
  await assert.rejects(fetchUrl(`${base}/hop/5`, { allowPrivate: true, maxRedirects: 3 }), /too many redirects/)
})

test('fetchUrl: size cap, timeout, status and scheme are one-line errors', async () => {
  await assert.rejects(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 100_000 }), /too large/)
  await assert.rejects(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 }), /timed out after 0.2 s/)
  await assert.rejects(fetchUrl(`${base}/missing`, { allowPrivate: true }), /HTTP 404/)
  await assert.rejects(fetchUrl('file:///etc/passwd'), /only http and https/)
  await assert.rejects(fetchUrl('http://user:pw@example.com/'), /user name or password/)
})

test('readUrl: a page becomes an article; a refusal is a failure result, not a throw', async () => {
  const [ok] = await readUrl(`${base}/page`, { allowPrivate: true })
  assert.ok(ok?.ok, JSON.stringify(ok))
  assert.equal(ok.article.headline, 'Talks resume')
  assert.equal(ok.article.published, '2025-11-25')
  assert.equal(ok.article.url, `${base}/page`)
  const [refused] = await readUrl(`${base}/page`)
  assert.ok(refused && !refused.ok)
  assert.match(refused.message, /^refused: /)
})
