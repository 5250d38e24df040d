/**
 * `npm run bench` (second part): ingest throughput of one generated batch, side by side in one run on
 * this machine:
 *
 * - the embedded default: `parley ingest` into a SQLite file, on the calling thread and on a pool of
 *   analysis threads (all cores, what `parley ingest` uses for a large batch);
 * - PostgreSQL with the Redis work queue: the batch is enqueued (`parley ingest --queue`) and 1, 2
 *   and 4 `parley worker` processes, started beforehand, analyse and store it.
 *
 * Wall-clock from the first article read to the last one committed. Worker processes are started
 * and warmed before the clock starts (they are long-running services); the SQLite thread pool's
 * start-up is inside its figure (it starts with each `parley ingest`). Figures go to stdout and to
 * bench/out/scale.json. PostgreSQL and Redis come from PARLEY_BENCH_POSTGRES / PARLEY_BENCH_REDIS
 * (else the test defaults); when they do not answer, only the SQLite rows are printed.
 *
 *   npm run bench -- --articles 1000 --words 400 --workers 1,2,4
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Redis } from 'ioredis'
import pg from 'pg'
import { createAnalyzer } from '../src/analyzer.js'
import type { Article } from '../src/core/article.js'
import { createInlineMaker, createWorkerPool, type RecordMaker } from '../src/corpus/analyze-pool.js'
import { type IngestSource, ingestBatch } from '../src/corpus/ingest-batch.js'
import { articleFromPlainText } from '../src/ingest/article-from-text.js'
import { enqueueBatch } from '../src/queue/enqueue-batch.js'
import { openIngestQueue } from '../src/queue/ingest-queue.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import { generateCorpus } from './generate-corpus.js'

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    words: { type: 'string', default: '400' },
    workers: { type: 'string', default: '1,2,4' },
    seed: { type: 'string', default: '3' },
  },
})
const ARTICLES = Number(flags.articles)
const WORDS = Number(flags.words)
const WORKER_COUNTS = flags.workers.split(',').map(Number)
if (![ARTICLES, WORDS, ...WORKER_COUNTS].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('scale bench: --articles, --words and --workers (comma-separated) take positive whole numbers')
  process.exit(2)
}
const POSTGRES = process.env.PARLEY_BENCH_POSTGRES ?? 'postgres://parley:parley@localhost:5432/parley_test'
const REDIS = process.env.PARLEY_BENCH_REDIS ?? 'redis://localhost:6379'
const CLI = fileURLToPath(new URL('../test/helpers/run-cli.ts', import.meta.url))

interface Row {
  readonly backEnd: string
  readonly workers: string
  readonly seconds: number
  readonly articlesPerSecond: number
}

const scratch = mkdtempSync(join(os.tmpdir(), 'parley-scale-'))
const articles: Article[] = generateCorpus(ARTICLES, Number(flags.seed), { words: WORDS }).map((generated, index) =>
  articleFromPlainText(`bench-${index}.txt`, generated.text),
)
const sources = (): IngestSource[] =>
  articles.map((article) => ({ input: article.input, read: async () => [{ ok: true as const, article }] }))
const rows: Row[] = []
const row = (backEnd: string, workers: string, ms: number) =>
  rows.push({ backEnd, workers, seconds: ms / 1000, articlesPerSecond: (ARTICLES * 1000) / ms })

try {
  console.log(
    `ingest throughput: ${ARTICLES} generated articles of about ${WORDS} words; ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}`,
  )
  const threads = os.availableParallelism()
  await benchSqlite('SQLite file (embedded default)', '1 thread', () => createInlineMaker(createAnalyzer()))
  await benchSqlite('SQLite file (embedded default)', `${threads} threads`, () => createWorkerPool(threads))
  const unavailable = await servicesUnavailable()
  if (unavailable) console.log(`PostgreSQL rows skipped: ${unavailable}`)
  else for (const count of WORKER_COUNTS) await benchPostgres(count)
  print()
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

async function benchSqlite(backEnd: string, workers: string, maker: () => RecordMaker): Promise<void> {
  const dir = mkdtempSync(join(scratch, 'sqlite-'))
  const store = openSqliteStore(join(dir, 'bench.db'))
  const started = performance.now()
  const made = maker()
  const summary = await ingestBatch(sources(), { store, maker: made })
  const ms = performance.now() - started
  await made.close()
  await store.close()
  if (summary.ingested !== ARTICLES) throw new Error(`SQLite: ${summary.ingested} of ${ARTICLES} ingested`)
  row(backEnd, workers, ms)
}

async function servicesUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
  } catch (error) {
    return `PostgreSQL at ${POSTGRES.replace(/:[^:@/]*@/, ':***@')}: ${(error as Error).message}`
  } finally {
    await client.end().catch(() => {})
  }
  const redis = new Redis(REDIS, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  redis.on('error', () => {})
  try {
    await redis.connect()
    return null
  } catch (error) {
    return `Redis at ${REDIS}: ${(error as Error).message}`
  } finally {
    redis.disconnect()
  }
}

async function benchPostgres(count: number): Promise<void> {
  const schema = `parley_bench_${process.pid}_${count}`
  const admin = new pg.Client({ connectionString: POSTGRES })
  await admin.connect()
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  await admin.query(`CREATE SCHEMA ${schema}`)
  const db = new URL(POSTGRES)
  db.searchParams.set('options', `-c search_path=${schema}`)
  const queueName = `parley-bench-${process.pid}-${count}`
  const connection = new Redis(REDIS, { maxRetriesPerRequest: null })
  const queue = openIngestQueue({ connection, name: queueName })
  const workers: ChildProcess[] = []
  try {
    const ready = Array.from({ length: count }, () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', CLI, 'worker', '--db', db.toString(), '--redis', REDIS, '--queue-name', queueName],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      )
      workers.push(child)
      return new Promise<void>((resolve, reject) => {
        let stderr = ''
        child.stderr?.on('data', (chunk: Buffer) => {
          stderr += chunk.toString()
          if (/worker ready/.test(stderr)) resolve()
        })
        child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${stderr}`)))
      })
    })
    await Promise.all(ready)
    const started = performance.now()
    await enqueueBatch(sources(), queue)
    const enqueuedMs = performance.now() - started
    for (;;) {
      const { rows: counted } = await admin.query(`SELECT count(*)::int AS n FROM ${schema}.articles`)
      if (Number(counted[0]?.n) >= ARTICLES) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    row('PostgreSQL + Redis queue', `${count} worker${count === 1 ? '' : 's'}`, performance.now() - started)
    console.log(
      `  (${count} worker${count === 1 ? '' : 's'}: enqueueing took ${(enqueuedMs / 1000).toFixed(2)} s of it)`,
    )
  } finally {
    await Promise.all(
      workers.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve()
            child.once('exit', () => resolve())
            child.kill('SIGTERM')
          }),
      ),
    )
    await queue.obliterate({ force: true })
    await queue.close()
    connection.disconnect()
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.end()
  }
}

function print(): void {
  const width = Math.max(...rows.map((r) => r.backEnd.length))
  console.log(`\n${'back end'.padEnd(width)}  analysis     wall s  articles/s`)
  for (const r of rows) {
    console.log(
      `${r.backEnd.padEnd(width)}  ${r.workers.padEnd(11)} ${r.seconds.toFixed(2).padStart(7)}  ${r.articlesPerSecond.toFixed(0).padStart(10)}`,
    )
  }
  const out = fileURLToPath(new URL('./out/', import.meta.url))
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'scale.json'),
    `${JSON.stringify({ date: new Date().toISOString(), articles: ARTICLES, words: WORDS, cores: os.availableParallelism(), rows }, null, 2)}\n`,
  )
}
