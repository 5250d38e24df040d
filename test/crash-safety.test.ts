/**
 * Crash safety: a child process ingests a batch and is killed with SIGKILL mid-batch. Every article
 * it reported as ingested must be in the store after reopening, the store must pass SQLite's own
 * checks, and ingesting the batch again must finish the job without duplicating anything.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { generateCorpus } from '../bench/generate-corpus.js'
import { main } from '../src/cli/main.js'

const CLI = fileURLToPath(new URL('./helpers/run-cli.ts', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'parley-crash-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

// Killed after this many reported articles, out of BATCH: well inside the batch either way.
const KILL_AFTER = 10
const BATCH = 60

test('crash safety: SIGKILL mid-ingest loses nothing reported, and leaves a consistent store', async () => {
  const dir = join(scratch, 'articles')
  mkdirSync(dir)
  generateCorpus(BATCH, 7, { words: 300 }).forEach((article, index) => {
    writeFileSync(join(dir, `article-${String(index).padStart(4, '0')}.txt`), article.text)
  })
  const db = join(scratch, 'crash.db')
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'ingest', dir, '--db', db, '--verbose', '--workers', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const reported = new Set<string>()
  let buffer = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const line of lines) {
      const [status, articleId] = line.split('\t')
      if (status === 'ingested' && articleId) reported.add(articleId)
    }
    if (reported.size >= KILL_AFTER) child.kill('SIGKILL')
  })
  const signal = await exit
  assert.equal(signal, 'SIGKILL', `the child was killed mid-batch (stderr: ${stderr})`)
  assert.ok(reported.size >= KILL_AFTER && reported.size < BATCH, `${reported.size} reported`)

  const sqlite = new Database(db)
  assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok')
  assert.deepEqual(sqlite.pragma('foreign_key_check'), [])
  // FTS5's own check compares the index with the articles and quotes it was built from.
  sqlite.exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
  sqlite.exec("INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')")
  const stored = new Set((sqlite.prepare('SELECT id FROM articles').all() as { id: string }[]).map((row) => row.id))
  for (const id of reported) assert.ok(stored.has(id), `reported ${id} is stored`)
  // An article is all there or not at all: every stored article has its entities and band rows.
  const partial = sqlite
    .prepare(
      `SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)
       OR NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = a.id)`,
    )
    .get() as { n: number }
  assert.equal(partial.n, 0)
  sqlite.close()

  const output: string[] = []
  const status = await main(['ingest', dir, '--db', db, '--workers', '0', '--json'], {
    out: (text) => output.push(text),
    err: (line) => output.push(line),
  })
  assert.equal(status, 0)
  const summary = JSON.parse(output.join('')) as { ingested: number; duplicates: number; failed: unknown[] }
  assert.equal(summary.failed.length, 0)
  assert.equal(summary.duplicates, stored.size, 'what survived the kill is recognised, not stored twice')
  assert.equal(summary.ingested + summary.duplicates, BATCH)
})
