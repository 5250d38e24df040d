/**
 * End to end in a real headless browser: Debian's chromium driven by playwright-core (never a
 * downloaded browser). Skipped, with a message, only when /usr/bin/chromium is missing; .ci/run
 * installs it.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { type Browser, chromium, type Page } from 'playwright-core'
import { type RunningServer, startServer, TEST_TOKEN } from './helpers/serve.js'

const CHROMIUM = '/usr/bin/chromium'
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is not installed (apt-get install chromium); .ci/run installs it`

let server: RunningServer
let browser: Browser
let page: Page
before(async () => {
  if (skip) return
  server = await startServer()
  browser = await chromium.launch({ executablePath: CHROMIUM })
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
  page.on('pageerror', (error) => {
    throw error
  })
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

test('overview: counts, latest articles and conflicting claims', { skip }, async () => {
  await page.goto(`${server.url}/`)
  assert.equal(await page.locator('h1').textContent(), 'Overview')
  assert.match((await page.locator('.stats').textContent()) ?? '', /28\s*articles/)
  assert.ok((await page.locator('#conflicts ~ .conflict, section:has(#conflicts) .conflict').count()) > 0)
  assert.ok((await page.locator('.article-list li').count()) > 0)
})

test('open an article from the overview, click a quote, and see its speaker', { skip }, async () => {
  const { items } = await server.store.listArticles({ limit: 28 })
  const target = items.find((item) => item.quotes >= 3)!
  const stored = await server.store.getArticle(target.id)
  const quote = stored!.analysis.quotes.find((candidate) => candidate.speakerName !== null)!
  await page.goto(`${server.url}/articles`)
  await page.locator(`a[href="/articles/${target.id}"]`).first().click()
  await page.waitForURL(`**/articles/${target.id}`)
  const mark = page.locator(`mark.hl[data-keys~="quote:${quote.id}"]`).first()
  await mark.click()
  const panel = page.locator('#record')
  await panel.locator('.record-quote').waitFor()
  const text = (await panel.locator('.record-quote').first().textContent()) ?? ''
  assert.match(text, /Speaker/)
  assert.ok(text.includes(quote.speakerName!), `panel shows ${quote.speakerName}: ${text}`)
  assert.ok((await page.locator('mark.hl.active').count()) > 0, 'the clicked quote is marked')
  assert.ok((await page.locator('#more-stories ~ .cards li, .related .card').count()) > 0, 'more stories')
})

test('keyboard: Tab reaches a highlight and Enter opens its record', { skip }, async () => {
  const { items } = await server.store.listArticles({ limit: 1, offset: 2 })
  await page.goto(`${server.url}/articles/${items[0]!.id}`)
  await page.locator('mark.hl[tabindex="0"]').first().focus()
  await page.keyboard.press('Enter')
  await page.locator('#record .record-card').first().waitFor()
})

test('search from the header box, then narrow it with a filter', { skip }, async () => {
  await page.goto(`${server.url}/`)
  await page.locator('#quick-q').fill('guarantees')
  await page.locator('#quick-q').press('Enter')
  await page.waitForURL('**/search?q=guarantees')
  const all = await page.locator('.results > li').count()
  assert.ok(all > 0)
  assert.ok((await page.locator('.results mark').count()) > 0, 'hit words are marked')
  await page.locator('#since').fill('2025-12-20')
  await page.locator('.search-form button[type="submit"]').click()
  await page.waitForURL('**since=2025-12-20**')
  const narrowed = await page.locator('.results > li').count()
  assert.ok(narrowed < all, `${narrowed} < ${all}`)
})

test('paste an article and see its analysis at once', { skip }, async () => {
  await page.goto(`${server.url}/analyze`)
  await page
    .locator('#article')
    .fill(
      'Envoys to meet in Vienna\n\nForeign Minister Elena Varga said on Tuesday that her government would sign a truce "if the shelling stops first." The army said 12 drones were shot down overnight.',
    )
  await page.locator('.analyze-form button[type="submit"]').click()
  await page.locator('h1').filter({ hasText: 'Envoys to meet in Vienna' }).waitFor()
  assert.match((await page.locator('.article-head .meta').textContent()) ?? '', /not stored/)
  await page.locator('mark.hl.quote').first().click()
  assert.match((await page.locator('#record').textContent()) ?? '', /Elena Varga/)
})

test('an article carrying <script> and <img onerror> runs nothing in the browser', { skip }, async () => {
  const response = await fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
    body: JSON.stringify({
      text: 'Hostile <script>window.__pwned = 1</script> headline\n\nThe envoy said "<img src=x onerror="window.__pwned = 2"> we agree" on Monday.',
      published: '2026-03-02',
    }),
  })
  const { results } = (await response.json()) as { results: { articleId: string }[] }
  await page.goto(`${server.url}/articles/${results[0]!.articleId}`)
  await page.locator('mark.hl').first().click()
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined)
  assert.equal(await page.locator('#article-text img, #record img, h1 script').count(), 0)
  assert.match((await page.locator('h1').textContent()) ?? '', /<script>/)
})

test('a phone-sized screen: no sideways scrolling on the overview and an article', { skip }, async () => {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
  const { items } = await server.store.listArticles({ limit: 1 })
  for (const path of ['/', `/articles/${items[0]!.id}`]) {
    await phone.goto(`${server.url}${path}`)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 1, `${path} overflows by ${overflow}px`)
  }
  await phone.close()
})
