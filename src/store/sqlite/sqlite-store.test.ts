import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import Database from 'better-sqlite3'
import { ARTICLE, recordOf, storeContract } from '../store.contract.js'
import { MIGRATIONS } from './migrations.js'
import { openSqliteStore, toFtsQuery } from './sqlite-store.js'

storeContract('sqlite', () => openSqliteStore(':memory:'))

const scratch = mkdtempSync(join(tmpdir(), 'parley-sqlite-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

test('sqlite: a file store is created with WAL and migrated once; it reopens with its data', async () => {
  const file = join(scratch, 'nested', 'parley.db')
  const store = openSqliteStore(file)
  await store.ingest(recordOf(ARTICLE))
  await store.close()
  const reopened = openSqliteStore(file)
  assert.equal((await reopened.stats()).articles, 1)
  await reopened.close()
  const db = new Database(file, { readonly: true })
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
  assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length)
  db.close()
})

test('sqlite: a database from a newer Parley is refused, not damaged', () => {
  const file = join(scratch, 'newer.db')
  const db = new Database(file)
  db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
  db.close()
  assert.throws(() => openSqliteStore(file), /newer Parley/)
})

test('toFtsQuery: words are quoted, prefixes kept, operators and stray quotes neutralised', () => {
  const cases: [string, string | null][] = [
    ['energy truce', '"energy" "truce"'],
    ['referend*', '"referend"*'],
    ['"security guarantees" Witkoff', '"security guarantees" "Witkoff"'],
    ['NOT (', '"NOT"'],
    ['Article-5', '"Article 5"'],
    ['  ', null],
  ]
  for (const [input, expected] of cases) assert.equal(toFtsQuery(input), expected, input)
})
