/**
 * `npm run screenshots`: the main pages of the UI on the sample corpus, as PNGs in docs/screenshots/
 * for the README. Uses Debian's chromium (never downloads a browser).
 */
import { existsSync, mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { startServer } from '../test/helpers/serve.js'

const CHROMIUM = '/usr/bin/chromium'
const OUT = new URL('../docs/screenshots/', import.meta.url)

if (!existsSync(CHROMIUM)) {
  console.error(`screenshots: ${CHROMIUM} is missing (apt-get install chromium)`)
  process.exit(2)
}
mkdirSync(OUT, { recursive: true })
const server = await startServer()
const browser = await chromium.launch({ executablePath: CHROMIUM })
try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const shoot = async (name: string, path: string, prepare?: () => Promise<void>) => {
    await desktop.goto(`${server.url}${path}`)
    await prepare?.()
    await desktop.screenshot({ path: new URL(`${name}.png`, OUT).pathname, fullPage: false })
    console.log(`docs/screenshots/${name}.png  ${path}`)
  }
  await shoot('overview', '/')
  const firstArticle = (await server.store.listArticles({ limit: 1, offset: 4 })).items[0]
  if (firstArticle) {
    await shoot('article', `/articles/${firstArticle.id}`, async () => {
      await desktop.locator('mark.quote').first().click()
    })
  }
  const [actor] = await server.store.actors({ type: 'person', limit: 1 })
  if (actor) await shoot('actor', `/actors/${actor.id}`)
  const matrix = await server.store.positions()
  const issue = matrix.find((position) => position.issue !== null)?.issue ?? 'territory'
  await shoot('issue', `/issues/${issue}`)
  await shoot('claims', '/claims')
  await shoot('search', '/search?q=guarantees')
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
  await phone.goto(`${server.url}/`)
  await phone.screenshot({ path: new URL('overview-phone.png', OUT).pathname })
  console.log('docs/screenshots/overview-phone.png  / (phone)')
} finally {
  await browser.close()
  await server.stop()
}
