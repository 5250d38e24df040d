/**
 * `npm run bench` (second part): the corpus store at scale. Generates articles (bench/generate-corpus.ts,
 * with dates over a year and eight outlets), ingests them into a fresh SQLite file on one core (analysis
 * on the main thread) and on two (two analysis worker threads, the main thread writing), then times the
 * profile, timeline and search queries on the full store. (Conflicting claims over the whole corpus
 * are not timed: on 20,000 dense generated articles they take minutes; see README, Performance.) Figures go to stdout and to
 * bench/out/store.json. Timings are measured, never asserted.
 *
 *   npm run bench:store -- --store-articles 20000 --queries 50 --seed 1
 *   npm run bench:store -- --reuse path/to/store.db      (queries only, on a store you have)
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createAnalyzer } from '../src/analyzer.js'
import { createInlineMaker, createWorkerPool, type RecordMaker } from '../src/corpus/analyze-pool.js'
import { type IngestSource, ingestBatch } from '../src/corpus/ingest-batch.js'
import { timelines } from '../src/corpus/shifts.js'
import { articleFromPlainText } from '../src/ingest/article-from-text.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import type { Store } from '../src/store/store.js'
import { createRandom, generateCorpus } from './generate-corpus.js'

const { values: flags } = parseArgs({
  options: {
    'store-articles': { type: 'string', default: '20000' },
    queries: { type: 'string', default: '50' },
    // Time the queries on an existing store and skip the ingest passes.
    reuse: { type: 'string' },
    seed: { type: 'string', default: '1' },
    // The generated stories are about a war and its talks: read them with that pack, so positions
    // carry issues and the timeline query has something to find.
    pack: { type: 'string', default: 'russia-ukraine' },
    // npm run bench passes the pipeline bench's flags to both scripts; ignore those here.
    articles: { type: 'string' },
    compromise: { type: 'string' },
    warmup: { type: 'string' },
    words: { type: 'string' },
  },
})

function positive(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer (got "${text}")`)
    process.exit(2)
  }
  return value
}

const ARTICLES = positive('store-articles', flags['store-articles'])
const QUERIES = positive('queries', flags.queries)
const SEED = positive('seed', flags.seed)
const OUTLETS = ['Meridian Wire', 'The Harbour Times', 'Atlantic Dispatch', 'Eastbridge Post', 'The Northern Ledger']
const SEARCHES = ['ceasefire', 'talks', 'drones', 'prisoners', 'inflation', 'observers', 'truce', 'sanctions', 'border']

interface IngestPass {
  readonly label: string
  readonly threads: number
  readonly articles: number
  readonly seconds: number
  readonly articlesPerSecond: number
  readonly dbMB: number
}

interface Latency {
  readonly query: string
  readonly runs: number
  readonly p50ms: number
  readonly p95ms: number
  readonly maxMs: number
}

/** The generated corpus as ingest sources, each with a date in 2025 and an outlet, like real news. */
function sourcesOf(count: number): IngestSource[] {
  const random = createRandom(SEED + 1)
  return generateCorpus(count, SEED).map((generated) => {
    const day = new Date(Date.UTC(2025, 0, 1 + Math.floor(random() * 365))).toISOString().slice(0, 10)
    const source = OUTLETS[Math.floor(random() * OUTLETS.length)]!
    const article = articleFromPlainText(generated.input, generated.text, { published: day, source })
    return { input: generated.input, read: async () => [{ ok: true as const, article }] }
  })
}

async function ingestPass(label: string, file: string, maker: RecordMaker): Promise<IngestPass> {
  const store = openSqliteStore(file)
  const sources = sourcesOf(ARTICLES)
  const started = performance.now()
  const summary = await ingestBatch(sources, { store, maker })
  const seconds = (performance.now() - started) / 1000
  await maker.close()
  await store.close()
  if (summary.failed.length > 0)
    console.error(`${label}: ${summary.failed.length} failed, e.g. ${summary.failed[0]?.message}`)
  return {
    label,
    threads: Math.max(1, maker.threads),
    articles: summary.ingested,
    seconds,
    articlesPerSecond: summary.ingested / seconds,
    dbMB: statSync(file).size / 1024 / 1024,
  }
}

async function latency(query: string, runs: number, work: (index: number) => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < Math.min(10, runs); i++) await work(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work(i)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!
  return { query, runs, p50ms: at(0.5), p95ms: at(0.95), maxMs: times[times.length - 1]! }
}

async function queryLatencies(store: Store): Promise<Latency[]> {
  const actors = await store.actors({ limit: 500 })
  const people = actors.filter((actor) => actor.type === 'person')
  // Timelines are timed for actors that hold positions, so the query reads rows rather than none.
  const holders = [
    ...new Set((await store.positions()).flatMap((position) => (position.actorId === null ? [] : [position.actorId]))),
  ]
  const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length]!
  const outlet = (i: number) => OUTLETS[i % OUTLETS.length]!
  const queries: [string, number, (i: number) => Promise<unknown>][] = [
    ['actor profile (roles, quotes, positions)', QUERIES, (i) => store.actorProfile(pick(actors, i).id)],
    [
      'position timeline (one actor, with shifts)',
      QUERIES,
      async (i) =>
        timelines(await store.positions({ actorId: holders.length > 0 ? pick(holders, i) : pick(people, i).id })),
    ],
    ['search (one word, top 20)', QUERIES, (i) => store.search({ text: pick(SEARCHES, i) })],
    [
      'search with outlet, dates and actor',
      QUERIES,
      (i) =>
        store.search({
          text: pick(SEARCHES, i),
          source: outlet(i),
          since: '2025-03-01',
          until: '2025-09-30',
          actorId: pick(actors, i).id,
        }),
    ],
    ['find actor by name', QUERIES, (i) => store.findActors(pick(people, i).name.split(' ').pop() ?? '')],
    ['list actors by stories (top 30)', Math.min(QUERIES, 5), () => store.actors({ limit: 30 })],
  ]
  console.log('| query | runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|')
  const rows: Latency[] = []
  for (const [name, runs, work] of queries) {
    const row = await latency(name, runs, work)
    rows.push(row)
    console.log(
      `| ${row.query} | ${row.runs} | ${row.p50ms.toFixed(1)} | ${row.p95ms.toFixed(1)} | ${row.maxMs.toFixed(1)} |`,
    )
  }
  return rows
}

const dir = mkdtempSync(join(os.tmpdir(), 'parley-store-bench-'))
try {
  console.log(
    `store bench: ${ARTICLES.toLocaleString('en')} generated articles, seed ${SEED}, ${os.cpus()[0]?.model ?? 'cpu'}, ${os.availableParallelism()} cores, load average ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`,
  )
  const passes: IngestPass[] = []
  if (!flags.reuse) {
    const one = createInlineMaker(createAnalyzer({ pack: flags.pack }))
    passes.push(await ingestPass('1 core: analysis on the main thread', join(dir, 'one.db'), one))
    console.log(format(passes.at(-1)!))
    passes.push(
      await ingestPass('2 cores: two analysis workers', join(dir, 'two.db'), createWorkerPool(2, { pack: flags.pack })),
    )
    console.log(format(passes.at(-1)!))
  }
  const store = openSqliteStore(flags.reuse ?? join(dir, 'two.db'), { mustExist: true })
  const stats = await store.stats()
  console.log(
    `\nqueries on the full store (${stats.articles.toLocaleString('en')} articles, ${stats.actors.toLocaleString('en')} actors, ${stats.quotes.toLocaleString('en')} quotes, ${stats.claims.toLocaleString('en')} claims):`,
  )
  const latencies = await queryLatencies(store)
  await store.close()
  const out = fileURLToPath(new URL('./out/', import.meta.url))
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'store.json'),
    `${JSON.stringify({ articles: ARTICLES, seed: SEED, passes, stats, latencies }, null, 2)}\n`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

function format(pass: IngestPass): string {
  return `${pass.label}: ${pass.articles.toLocaleString('en')} articles in ${pass.seconds.toFixed(1)} s = ${pass.articlesPerSecond.toFixed(0)} articles/s (database ${pass.dbMB.toFixed(0)} MB)`
}
