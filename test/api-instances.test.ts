/**
 * Several API instances on one PostgreSQL: nothing that matters is kept in an instance. Two apps,
 * each with its own store connection pool, share a schema: an article posted to one is served by
 * the other at once, and the same article posted to both at the same time is stored once.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../src/analyzer.js'
import { createApp } from '../src/api/app.js'
import { openPostgresStore } from '../src/store/postgres/postgres-store.js'
import { freshSchema, POSTGRES_URL, postgresSkip } from './helpers/services.js'

const skip = await postgresSkip()
const TOKEN = 'instances-test-token'

test('api: two instances on one PostgreSQL serve each other’s writes; a twice-posted article is stored once', {
  skip,
}, async () => {
  const schema = await freshSchema()
  const analyzer = createAnalyzer()
  const stores = [await openPostgresStore(POSTGRES_URL, { schema }), await openPostgresStore(POSTGRES_URL, { schema })]
  const [one, two] = await Promise.all(stores.map((store) => createApp({ store, analyzer, token: TOKEN })))
  if (!one || !two) throw new Error('two apps')
  const post = (app: typeof one, article: object) =>
    app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      payload: { article },
    })
  const article = {
    headline: 'Prisoner exchange agreed',
    body: 'Officials said 40 prisoners would be exchanged on Friday, the foreign ministry said.',
    source: 'Test Wire',
    published: '2026-02-01',
  }
  const posted = await post(one, article)
  assert.equal(posted.statusCode, 201, posted.body)
  const id = (posted.json() as { results: { articleId: string }[] }).results[0]?.articleId
  const served = await two.inject({ method: 'GET', url: `/api/articles/${id}` })
  assert.equal(served.statusCode, 200, 'the other instance serves it at once')
  const listed = await two.inject({ method: 'GET', url: '/api/articles' })
  assert.equal((listed.json() as { total: number }).total, 1)

  const twin = { ...article, headline: 'Prisoner exchange agreed for Friday' }
  const both = await Promise.all([post(one, twin), post(two, twin)])
  assert.deepEqual(both.map((reply) => reply.statusCode).sort(), [200, 201])
  assert.equal((await stores[0]!.stats()).articles, 2)
  await Promise.all([one.close(), two.close()])
  for (const store of stores) await store.close()
})
