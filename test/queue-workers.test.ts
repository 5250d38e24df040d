/**
 * Several `parley worker` processes on one queue, over real Redis and PostgreSQL. One is killed with
 * SIGKILL mid-batch, another is stopped with SIGTERM; the last finishes the batch. Every article must
 * be stored exactly once: the killed worker's job comes back to the queue when its lock runs out,
 * and whatever it had committed is recognised, not stored again.
 */
import assert from 'node:assert/strict'
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { generateCorpus } from '../bench/generate-corpus.js'
import { main } from '../src/cli/main.js'
import { contentHash } from '../src/corpus/fingerprint.js'
import { readArticles } from '../src/ingest/read-articles.js'
import {
  freshQueueName,
  freshSchema,
  POSTGRES_URL,
  postgresSkip,
  REDIS_URL,
  redisSkip,
  schemaUrl,
} from './helpers/services.js'

const CLI = fileURLToPath(new URL('./helpers/run-cli.ts', import.meta.url))
const skip = (await redisSkip()) || (await postgresSkip())
const scratch = mkdtempSync(join(tmpdir(), 'parley-workers-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

const BATCH = 90
// The killed worker's job is claimed for this long before another worker takes it back.
const LOCK_MS = 1500

interface Child {
  readonly process: ChildProcessWithoutNullStreams
  readonly done: string[]
  stderr: string
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

function startWorker(db: string, queueName: string): Child {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      CLI,
      'worker',
      '--db',
      db,
      '--redis',
      REDIS_URL,
      '--queue-name',
      queueName,
      '--lock-ms',
      String(LOCK_MS),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PARLEY_DB: '' } },
  )
  child.stdin.end()
  const state: Child = {
    process: child,
    done: [],
    stderr: '',
    exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  }
  child.stderr.on('data', (chunk: Buffer) => {
    state.stderr += chunk.toString()
  })
  return state
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

test('workers: SIGKILL one mid-batch, SIGTERM another: every article is stored exactly once', { skip }, async () => {
  const dir = join(scratch, 'articles')
  mkdirSync(dir)
  const files = generateCorpus(BATCH, 11, { words: 400 }).map((article, index) => {
    const file = join(dir, `article-${String(index).padStart(4, '0')}.txt`)
    writeFileSync(file, article.text)
    return file
  })
  const hashes = files
    .flatMap((file) => readArticles(file))
    .map((result) => {
      assert.ok(result.ok)
      return contentHash(result.article)
    })
  const schema = await freshSchema()
  const db = schemaUrl(schema)
  const queueName = freshQueueName()
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  const stored = async () =>
    Number((await client.query(`SELECT count(*) AS n FROM ${schema}.articles`)).rows[0]?.n ?? 0)

  const workers = [startWorker(db, queueName), startWorker(db, queueName), startWorker(db, queueName)]
  try {
    await until(() => workers.every((worker) => /worker ready/.test(worker.stderr)), 'three workers ready')
    const out: string[] = []
    const queued = await main(['ingest', dir, '--queue', '--redis', REDIS_URL, '--queue-name', queueName, '--json'], {
      out: (text) => out.push(text),
      err: (line) => out.push(line),
    })
    assert.equal(queued, 0, out.join(''))
    assert.equal((JSON.parse(out.join('')) as { enqueued: number }).enqueued, BATCH)

    const [killed, stopped, survivor] = workers as [Child, Child, Child]
    await until(async () => (await stored()) >= 10, 'ten articles stored')
    killed.process.kill('SIGKILL')
    const atKill = await stored()
    assert.ok(atKill < BATCH, `killed mid-batch (${atKill} of ${BATCH} stored)`)
    assert.equal((await killed.exit).signal, 'SIGKILL')

    await until(async () => (await stored()) >= atKill + 5, 'five more articles stored')
    stopped.process.kill('SIGTERM')
    const graceful = await stopped.exit
    assert.equal(graceful.code, 0, stopped.stderr)
    assert.match(stopped.stderr, /finishing the job in hand[\s\S]*worker stopped: \d+ ingested/)

    await until(async () => (await stored()) >= BATCH, 'the survivor to finish the batch')
    const status: string[] = []
    await until(async () => {
      status.length = 0
      await main(['queue', 'status', '--redis', REDIS_URL, '--queue-name', queueName, '--json'], {
        out: (text) => status.push(text),
        err: (line) => status.push(line),
      })
      const counts = JSON.parse(status.join('')) as Record<string, number>
      return counts.waiting === 0 && counts.active === 0 && counts.delayed === 0
    }, 'the queue to drain')
    assert.deepEqual(
      { ...(JSON.parse(status.join('')) as object), queue: undefined },
      { queue: undefined, waiting: 0, active: 0, delayed: 0, done: BATCH, failed: 0 },
    )
    survivor.process.kill('SIGTERM')
    assert.equal((await survivor.exit).code, 0, survivor.stderr)
  } finally {
    for (const worker of workers) worker.process.kill('SIGKILL')
  }

  const { rows } = await client.query<{ content_sha256: string; n: string }>(
    `SELECT content_sha256, count(*) AS n FROM ${schema}.articles GROUP BY content_sha256`,
  )
  assert.equal(rows.length, BATCH)
  assert.deepEqual(rows.map((row) => row.content_sha256).sort(), [...hashes].sort(), 'every article, once')
  assert.ok(rows.every((row) => Number(row.n) === 1))
  // Each article is all there or not at all: entities and band rows for every one.
  const partial = await client.query(
    `SELECT count(*)::int AS n FROM ${schema}.articles a
     WHERE NOT EXISTS (SELECT 1 FROM ${schema}.entities e WHERE e.article_id = a.id)
        OR NOT EXISTS (SELECT 1 FROM ${schema}.article_bands b WHERE b.article_id = a.id)`,
  )
  assert.equal(partial.rows[0]?.n, 0)
  await client.end()
})

test('CLI: a bad URL, an unreachable service or a bad option is one line, never a stack', async () => {
  const cases: [string[], number, RegExp][] = [
    [['worker', '--db', './store.db'], 2, /^parley: worker: workers write to PostgreSQL/],
    [['worker', '--db', 'postgres://x@127.0.0.1:1/db', '--lock-ms', 'soon'], 2, /^parley: --lock-ms: expected/],
    [['queue', 'status', '--redis', 'localhost:6379'], 2, /^parley: --redis localhost:6379: expected a redis:\/\//],
    [
      ['queue', 'status', '--redis', 'redis://127.0.0.1:1'],
      1,
      /^parley: Redis at redis:\/\/127\.0\.0\.1:1: connection refused/,
    ],
    [['ingest', '--queue', dirOfOne(), '--redis', 'redis://127.0.0.1:1'], 1, /^parley: Redis at .*connection refused/],
    [
      ['actors', '--db', 'postgres://me:secret@127.0.0.1:1/db'],
      1,
      /^parley: PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/db: connection refused/,
    ],
    [
      ['actors', '--db', 'mysql://localhost/db'],
      2,
      /^parley: --db mysql:\/\/localhost\/db: expected a postgres:\/\/ URL or a SQLite file path/,
    ],
  ]
  for (const [argv, expected, message] of cases) {
    const err: string[] = []
    const status = await main(argv, { out: () => {}, err: (line) => err.push(line) })
    assert.equal(status, expected, argv.join(' '))
    assert.equal(err.length, 1, `${argv.join(' ')}: ${err.join('\n')}`)
    assert.match(err[0] ?? '', message)
    assert.doesNotMatch(err[0] ?? '', /secret|\n|at .*\.ts:\d+/)
  }
})

function dirOfOne(): string {
  const dir = mkdtempSync(join(scratch, 'one-'))
  writeFileSync(join(dir, 'a.txt'), 'Talks resume\n\nNegotiators met in Geneva on Tuesday.')
  return dir
}
