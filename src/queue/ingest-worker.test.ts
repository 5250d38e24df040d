/**
 * The work queue in one process, on real Redis and PostgreSQL: retries with back-off, dead letters
 * with their error, a job run twice stored once, a stopping worker returning the job in hand.
 * (Several worker processes, one of them killed, are in test/queue-workers.test.ts.)
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import {
  freshQueueName,
  freshSchema,
  POSTGRES_URL,
  postgresSkip,
  REDIS_URL,
  redisSkip,
} from '../../test/helpers/services.js'
import { createAnalyzer } from '../analyzer.js'
import type { Article } from '../core/article.js'
import { ServiceError } from '../core/errors.js'
import { createInlineMaker, type RecordMaker } from '../corpus/analyze-pool.js'
import { contentHash } from '../corpus/fingerprint.js'
import { openPostgresStore } from '../store/postgres/postgres-store.js'
import type { Store } from '../store/store.js'
import { enqueueBatch } from './enqueue-batch.js'
import {
  deadLetters,
  type IngestJob,
  type IngestJobResult,
  jobOptions,
  openIngestQueue,
  queueCounts,
} from './ingest-queue.js'
import { startIngestWorker, type WorkerEvent } from './ingest-worker.js'
import { connectRedis } from './redis-connection.js'

const skip = (await redisSkip()) || (await postgresSkip())
const FAST = { attempts: 3, backoffMs: 20 }

let connection: Redis
let store: Store
let analyzer: ReturnType<typeof createAnalyzer>
before(async () => {
  if (skip) return
  connection = await connectRedis(REDIS_URL)
  store = await openPostgresStore(POSTGRES_URL, { schema: await freshSchema() })
  analyzer = createAnalyzer()
})
after(async () => {
  if (skip) return
  await store.close()
  connection.disconnect()
})

function article(n: number): Article {
  return {
    input: `article-${n}.txt`,
    headline: `Talks resume in Geneva, round ${n}`,
    text: `Negotiators met in Geneva on Tuesday for round ${n} of talks, the foreign ministry said. "We are close," said Elena Varga.`,
    published: '2025-12-01',
    source: 'Meridian Wire',
    url: null,
    removed: [],
    warnings: [],
  }
}

/** A real analyzer that fails the first `failures` times an article is made (a flaky dependency). */
function flakyMaker(failures: number): RecordMaker {
  const inline = createInlineMaker(analyzer)
  let calls = 0
  return {
    threads: 0,
    make: async (item, ingestedAt) => {
      calls++
      if (calls <= failures) throw new Error(`flaky analysis (call ${calls})`)
      return inline.make(item, ingestedAt)
    },
    close: async () => {},
  }
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

function queueOf(): Queue<IngestJob, IngestJobResult> {
  return openIngestQueue({ connection, name: freshQueueName() })
}

const sourceOf = (items: readonly Article[]) => [
  { input: 'batch', read: async () => items.map((item) => ({ ok: true as const, article: item })) },
]

test('queue: a failing job is retried with back-off and then stored once', { skip }, async () => {
  const queue = queueOf()
  const events: WorkerEvent[] = []
  const worker = startIngestWorker({
    location: { connection, name: queue.name },
    store,
    maker: flakyMaker(2),
    onEvent: (event) => events.push(event),
  })
  const started = Date.now()
  await enqueueBatch(sourceOf([article(1)]), queue, { retry: FAST })
  await until(async () => (await queueCounts(queue)).done === 1, 'the job to be done')
  await worker.stop()
  assert.deepEqual(
    events.map((event) => (event.kind === 'failed' ? `failed ${event.attempt} final=${event.final}` : event.kind)),
    ['failed 1 final=false', 'failed 2 final=false', 'done'],
  )
  // Exponential: 20 ms, then 40 ms, before the third try.
  assert.ok(Date.now() - started >= 60, 'the retries waited')
  assert.ok(await store.findByContentHash(contentHash(article(1))))
  assert.deepEqual(await queueCounts(queue), { waiting: 0, active: 0, delayed: 0, done: 1, failed: 0 })
  await queue.close()
})

test('queue: a job that fails every try is a dead letter with its error, and can be retried', { skip }, async () => {
  const queue = queueOf()
  let worker = startIngestWorker({ location: { connection, name: queue.name }, store, maker: flakyMaker(1000) })
  await enqueueBatch(sourceOf([article(2)]), queue, { retry: FAST })
  // A job whose data is not an article is a dead letter at once: retrying cannot help.
  await queue.add('article', { article: { input: 'bogus' } } as unknown as IngestJob, jobOptions('bogus', FAST))
  await until(async () => (await queueCounts(queue)).failed === 2, 'two dead letters')
  await worker.stop()
  const letters = await deadLetters(queue)
  const byInput = new Map(letters.map((letter) => [letter.input, letter]))
  assert.equal(byInput.get('article-2.txt')?.attempts, 3)
  assert.match(byInput.get('article-2.txt')?.error ?? '', /flaky analysis/)
  assert.equal(byInput.get('bogus')?.attempts, 1)
  assert.match(byInput.get('bogus')?.error ?? '', /no ingestedAt|no article|no text/)
  assert.equal(await store.findByContentHash(contentHash(article(2))), null, 'nothing stored for a dead letter')

  await queue.retryJobs({ state: 'failed' })
  worker = startIngestWorker({ location: { connection, name: queue.name }, store, maker: flakyMaker(0) })
  await until(async () => (await queueCounts(queue)).done === 1, 'the retried letter to be done')
  await worker.stop()
  assert.ok(await store.findByContentHash(contentHash(article(2))))
  await queue.close()
})

test('queue: the same article enqueued twice, and a job run twice, store it once', { skip }, async () => {
  const queue = queueOf()
  const same = article(3)
  const first = await enqueueBatch(sourceOf([same, same]), queue)
  assert.equal(first.enqueued, 2)
  assert.equal((await queueCounts(queue)).waiting, 1, 'one job per content hash while it waits')
  // The same article under another job id (say, enqueued again after its first job was done).
  await queue.add('article', { article: same, ingestedAt: new Date().toISOString() }, { jobId: 'again' })
  const results: IngestJobResult[] = []
  const worker = startIngestWorker({
    location: { connection, name: queue.name },
    store,
    maker: createInlineMaker(analyzer),
    concurrency: 2,
    onEvent: (event) => event.kind === 'done' && results.push(event.result),
  })
  await until(async () => (await queueCounts(queue)).done === 2, 'both jobs done')
  await worker.stop()
  assert.deepEqual(results.map((result) => result.status).sort(), ['duplicate', 'ingested'])
  assert.equal(new Set(results.map((result) => result.articleId)).size, 1)
  await queue.close()
})

test('queue: a worker told to stop now returns the job in hand to the queue', { skip }, async () => {
  const queue = queueOf()
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  let taken: () => void = () => {}
  const inHand = new Promise<void>((resolve) => {
    taken = resolve
  })
  const inline = createInlineMaker(analyzer)
  const slow: RecordMaker = {
    threads: 0,
    make: async (item, ingestedAt) => {
      taken()
      await held
      return inline.make(item, ingestedAt)
    },
    close: async () => {},
  }
  const worker = startIngestWorker({ location: { connection, name: queue.name }, store, maker: slow })
  await enqueueBatch(sourceOf([article(4)]), queue)
  await inHand
  const stopped = worker.stop({ returnJobs: true })
  release()
  await stopped
  assert.equal(worker.tally.returned, 1)
  assert.deepEqual(await queueCounts(queue), { waiting: 1, active: 0, delayed: 0, done: 0, failed: 0 })
  assert.equal(await store.findByContentHash(contentHash(article(4))), null)
  await queue.close()
})

test('queue: an unreachable Redis or a bad URL is one line', async () => {
  await assert.rejects(connectRedis('redis://127.0.0.1:1', { connectTimeoutMs: 1000 }), (error: Error) => {
    assert.ok(error instanceof ServiceError)
    assert.equal(error.message, 'Redis at redis://127.0.0.1:1: connection refused (is the server running?)')
    return true
  })
  await assert.rejects(connectRedis('localhost:6379'), /expected a redis:\/\/ or rediss:\/\/ URL/)
})
