import type { Analyzer } from '../../analyzer.js'
import { redactUrl, UsageError } from '../../core/errors.js'
import { createInlineMaker } from '../../corpus/analyze-pool.js'
import type { QueueLocation } from '../../queue/ingest-queue.js'
import { startIngestWorker, type WorkerEvent } from '../../queue/ingest-worker.js'
import type { Store } from '../../store/store.js'
import type { Io } from './analyze.js'

export interface WorkerOptions {
  readonly concurrency?: string
  readonly lockMs?: string
  readonly verbose?: boolean
}

export interface WorkerContext {
  readonly io: Io
  readonly store: Store
  readonly location: QueueLocation
  readonly createAnalyzer: () => Analyzer
  /** Where the store and queue are, for the start-up line (passwords hidden). */
  readonly describe: { readonly db: string; readonly redis: string }
  /** Aborted on the first SIGTERM/SIGINT: finish the job in hand, then stop. */
  readonly stop: AbortSignal
  /** Aborted on the second: put a job not yet being written back in the queue, and stop. */
  readonly stopNow: AbortSignal
}

/**
 * `parley worker`: takes article jobs from the queue until told to stop, analysing each and writing it
 * to the store. Returns 0 after a graceful stop (whatever jobs failed: they are in the dead letters).
 */
export async function workerCommand(options: WorkerOptions, context: WorkerContext): Promise<number> {
  const { io } = context
  const { concurrency, lockMs } = parseWorkerOptions(options)
  const maker = createInlineMaker(context.createAnalyzer())
  const worker = startIngestWorker({
    location: context.location,
    store: context.store,
    maker,
    concurrency,
    lockMs,
    onEvent: (event) => report(event, options.verbose ?? false, io),
  })
  io.err(
    `parley: worker ready (pid ${process.pid}): queue "${context.location.name}" on ${redactUrl(context.describe.redis)}, store ${redactUrl(context.describe.db)}`,
  )
  await new Promise<void>((resolve) => {
    if (context.stop.aborted) resolve()
    context.stop.addEventListener('abort', () => resolve(), { once: true })
  })
  io.err('parley: stopping: finishing the job in hand (signal again to return it to the queue)')
  const returnNow = () => {
    io.err('parley: stopping now: a job not yet being written goes back to the queue')
    void worker.stop({ returnJobs: true })
  }
  if (context.stopNow.aborted) returnNow()
  else context.stopNow.addEventListener('abort', returnNow, { once: true })
  await worker.stop()
  await maker.close()
  const { tally } = worker
  io.err(
    `parley: worker stopped: ${tally.ingested} ingested, ${tally.duplicates} duplicates, ${tally.failed} failed, ${tally.retried} retries, ${tally.returned} returned`,
  )
  return 0
}

/** Checks the options before anything connects: a bad number is a usage error, not a half-started worker. */
export function parseWorkerOptions(options: WorkerOptions): { concurrency: number; lockMs: number } {
  return {
    concurrency: positiveInteger('--concurrency', options.concurrency ?? '1', 64),
    lockMs: positiveInteger('--lock-ms', options.lockMs ?? '30000', 3_600_000),
  }
}

function report(event: WorkerEvent, verbose: boolean, io: Io): void {
  if (event.kind === 'done') {
    if (verbose) io.out(`${event.result.status}\t${event.result.articleId}\t${event.input}\n`)
  } else if (event.kind === 'failed') {
    const what = event.final ? 'failed for good (dead letter)' : `failed, will retry (try ${event.attempt})`
    io.err(`parley: ${event.input}: ${what}: ${event.message}`)
  } else if (event.kind === 'returned') {
    if (verbose) io.out(`returned\t-\t${event.input}\n`)
  } else {
    io.err(`parley: queue: ${event.message}`)
  }
}

export function positiveInteger(option: string, value: string, max: number): number {
  const number = Number(value)
  if (!(Number.isInteger(number) && number >= 1 && number <= max)) {
    throw new UsageError(`${option}: expected a whole number from 1 to ${max}, got "${value}"`)
  }
  return number
}
