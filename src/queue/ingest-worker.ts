import { type Job, MetricsTime, UnrecoverableError, WaitingError, Worker } from 'bullmq'
import type { RecordMaker } from '../corpus/analyze-pool.js'
import { contentHash } from '../corpus/fingerprint.js'
import type { Store } from '../store/store.js'
import { type IngestJob, type IngestJobResult, parseIngestJob, type QueueLocation } from './ingest-queue.js'

/** What a worker reports as it goes. `final` is false for a failure that will be retried. */
export type WorkerEvent =
  | { readonly kind: 'done'; readonly input: string; readonly result: IngestJobResult }
  | {
      readonly kind: 'failed'
      readonly input: string
      readonly message: string
      readonly attempt: number
      readonly final: boolean
    }
  | { readonly kind: 'returned'; readonly input: string }
  | { readonly kind: 'error'; readonly message: string }

export interface IngestWorkerOptions {
  readonly location: QueueLocation
  readonly store: Store
  readonly maker: RecordMaker
  /** Jobs this process works on at once (default 1: analysis is CPU-bound; run more processes instead). */
  readonly concurrency?: number
  /**
   * How long a job stays claimed without the worker renewing its lock (default 30000 ms). A worker
   * killed outright (SIGKILL, power cut) stops renewing; after this long, another worker's check
   * puts its job back in the queue. BullMQ renews the lock at half this interval.
   */
  readonly lockMs?: number
  readonly onEvent?: (event: WorkerEvent) => void
}

export interface WorkerTally {
  ingested: number
  duplicates: number
  failed: number
  retried: number
  returned: number
}

export interface IngestWorker {
  readonly tally: Readonly<WorkerTally>
  /**
   * Stops taking jobs and resolves once no job is in hand. `returnJobs: false` (the first SIGTERM)
   * finishes the job in hand; `true` (a second signal) puts a job not yet being written back in the
   * queue at once. A job being written is never cut short: its transaction commits or rolls back.
   */
  stop(options?: { returnJobs?: boolean }): Promise<void>
}

// A job whose worker died this many times (it stalled) is failed for good: it may be what kills workers.
const MAX_STALLED = 2

/**
 * Takes article jobs from the queue, analyses each, and writes it to the store in one transaction.
 * A job run twice stores once: the worker skips an article the store already holds, and the store
 * checks the content hash again under its ingest lock. A failure is retried with exponential back-off
 * as the job's options say; after the last try the job stays in the failed set (the dead letters)
 * with its error. A job whose data is not an article goes there at once: retrying cannot help.
 *
 * @example const worker = startIngestWorker({ location, store, maker }); process.on('SIGTERM', () => worker.stop())
 */
export function startIngestWorker(options: IngestWorkerOptions): IngestWorker {
  const { store, maker, onEvent } = options
  const tally: WorkerTally = { ingested: 0, duplicates: 0, failed: 0, retried: 0, returned: 0 }
  let returning = false
  const lockMs = options.lockMs ?? 30_000

  const process = async (job: Job<IngestJob, IngestJobResult>, token?: string): Promise<IngestJobResult> => {
    const data = parseIngestJob(job.data)
    if (typeof data === 'string') throw new UnrecoverableError(data)
    const existing = await store.findByContentHash(contentHash(data.article))
    if (existing) return { status: 'duplicate', articleId: existing }
    const record = await maker.make(data.article, data.ingestedAt)
    if (returning && token) {
      await job.moveToWait(token)
      tally.returned++
      onEvent?.({ kind: 'returned', input: data.article.input })
      throw new WaitingError()
    }
    const result = await store.ingest(record)
    return result.status === 'ingested'
      ? { status: 'ingested', articleId: result.articleId, storyId: result.storyId }
      : { status: 'duplicate', articleId: result.articleId }
  }

  const worker = new Worker<IngestJob, IngestJobResult>(options.location.name, process, {
    connection: options.location.connection,
    ...(options.location.prefix ? { prefix: options.location.prefix } : {}),
    concurrency: options.concurrency ?? 1,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: MAX_STALLED,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  })
  worker.on('completed', (job, result) => {
    if (result.status === 'ingested') tally.ingested++
    else tally.duplicates++
    onEvent?.({ kind: 'done', input: inputOf(job), result })
  })
  worker.on('failed', (job, error) => {
    if (!job) return
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1)
    if (final) tally.failed++
    else tally.retried++
    onEvent?.({ kind: 'failed', input: inputOf(job), message: error.message, attempt: job.attemptsMade, final })
  })
  worker.on('error', (error) => onEvent?.({ kind: 'error', message: error.message }))

  return {
    tally,
    async stop(stopOptions = {}) {
      if (stopOptions.returnJobs) returning = true
      await worker.close()
    },
  }
}

function inputOf(job: Job<IngestJob, IngestJobResult>): string {
  const input = (job.data as Partial<IngestJob> | undefined)?.article?.input
  return typeof input === 'string' ? input : `job ${job.id}`
}
