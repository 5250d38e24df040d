import assert from 'node:assert/strict'
import { test } from 'node:test'
import pg from 'pg'
import { freshSchema, POSTGRES_URL, postgresSkip } from '../../../test/helpers/services.js'
import { ServiceError } from '../../core/errors.js'
import { ARTICLE, recordOf, storeContract } from '../store.contract.js'
import { MIGRATIONS } from './migrations.js'
import { openPostgresStore, toTsQuery } from './postgres-store.js'

const skip = await postgresSkip()

storeContract('postgres', async () => openPostgresStore(POSTGRES_URL, { schema: await freshSchema() }), skip)

test('postgres: migrations run once, also when several processes open the store at the same time', {
  skip,
}, async () => {
  const schema = await freshSchema()
  const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(POSTGRES_URL, { schema })))
  await stores[0]?.ingest(recordOf(ARTICLE))
  for (const store of stores) await store.close()
  const reopened = await openPostgresStore(POSTGRES_URL, { schema })
  assert.equal((await reopened.stats()).articles, 1)
  await reopened.close()
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  const { rows } = await client.query(`SELECT version FROM ${schema}.parley_schema`)
  await client.end()
  assert.deepEqual(rows, [{ version: MIGRATIONS.length }])
})

test('postgres: a database from a newer Parley is refused, not damaged', { skip }, async () => {
  const schema = await freshSchema()
  const store = await openPostgresStore(POSTGRES_URL, { schema })
  await store.close()
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  await client.query(`UPDATE ${schema}.parley_schema SET version = ${MIGRATIONS.length + 1}`)
  await client.end()
  await assert.rejects(openPostgresStore(POSTGRES_URL, { schema }), /newer Parley/)
})

test('postgres: the same article written by many connections at once is stored once', { skip }, async () => {
  const schema = await freshSchema()
  const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(POSTGRES_URL, { schema })))
  const results = await Promise.all(stores.flatMap((store) => [1, 2].map(() => store.ingest(recordOf(ARTICLE)))))
  assert.equal(results.filter((result) => result.status === 'ingested').length, 1)
  assert.equal(new Set(results.map((result) => result.articleId)).size, 1)
  const stats = await stores[0]!.stats()
  assert.deepEqual([stats.articles, stats.stories, stats.actors, stats.quotes], [1, 1, 1, 1])
  for (const store of stores) await store.close()
})

test('postgres: an unreachable server or a wrong password is one line naming the server, password hidden', async () => {
  await assert.rejects(
    openPostgresStore('postgres://someone:secret@127.0.0.1:1/parley', { connectTimeoutMs: 1000 }),
    (error: Error) => {
      assert.ok(error instanceof ServiceError, String(error))
      assert.match(
        error.message,
        /^PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/parley: connection refused/,
      )
      assert.doesNotMatch(error.message, /secret|\n/)
      return true
    },
  )
})

test('toTsQuery: words are folded and quoted, phrases and prefixes kept, operators neutralised', () => {
  const cases: [string, string | null][] = [
    ['energy truce', "'energy' & 'truce'"],
    ['referend*', "'referend':*"],
    ['"security guarantees" Witkoff', "('security' <-> 'guarantees') & 'witkoff'"],
    ['NOT (', "'not'"],
    ['Article-5', "('article' <-> '5')"],
    ['Zelenskyy’s Ministère', "('zelenskyy' <-> 's') & 'ministere'"],
    ['  ', null],
  ]
  for (const [input, expected] of cases) assert.equal(toTsQuery(input), expected, input)
})
