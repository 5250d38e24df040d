import { statSync } from 'node:fs'
import os from 'node:os'
import type { Queue } from 'bullmq'
import cliProgress from 'cli-progress'
import type { Analyzer } from '../../analyzer.js'
import { UsageError } from '../../core/errors.js'
import { createInlineMaker, createWorkerPool, type RecordMaker } from '../../corpus/analyze-pool.js'
import { type IngestSource, type IngestSummary, ingestBatch } from '../../corpus/ingest-batch.js'
import { findInputs } from '../../ingest/find-inputs.js'
import { parsePublished, readArticles } from '../../ingest/read-articles.js'
import { readFeedUrl, readUrl } from '../../ingest/read-url.js'
import { type EnqueueSummary, enqueueBatch } from '../../queue/enqueue-batch.js'
import { DEFAULT_RETRY, type IngestJob, type IngestJobResult } from '../../queue/ingest-queue.js'
import type { Store } from '../../store/store.js'
import type { Io } from './analyze.js'
import { positiveInteger } from './worker.js'

export interface IngestOptions {
  readonly url?: readonly string[]
  readonly feed?: readonly string[]
  readonly allowPrivate?: boolean
  readonly timeoutMs?: string
  readonly published?: string
  readonly source?: string
  readonly pack?: string
  /** "auto" (threads when the batch is large), or a number; 0 analyses on the main thread. */
  readonly workers?: string
  readonly verbose?: boolean
  readonly json?: boolean
  /** Put the articles on the work queue for `parley worker` instead of analysing them here. */
  readonly queue?: boolean
  /** Queue mode: tries per article, and the first back-off (doubled for each try after). */
  readonly attempts?: string
  readonly backoffMs?: string
}

export interface IngestContext {
  readonly io: Io
  readonly store: Store
  readonly createAnalyzer: () => Analyzer
  /** True when stderr is a terminal: then a progress bar replaces per-article lines. */
  readonly tty: boolean
  readonly signal?: AbortSignal
}

// A batch this large (files, or bytes of input) pays for starting worker threads (each loads the
// analyzer, about half a second); below it, one thread finishes first.
const WORKER_FILES = 200
const WORKER_BYTES = 2 * 1024 * 1024

/** `parley ingest PATH... [--url URL] [--feed URL]`: returns the exit status (1 when any article failed). */
export async function ingestCommand(
  paths: readonly string[],
  options: IngestOptions,
  context: IngestContext,
): Promise<number> {
  const { io } = context
  const { sources, files } = sourcesOf(paths, options, io)
  const maker = createMaker(options, files, context)
  const bar =
    context.tty && !options.verbose
      ? new cliProgress.SingleBar(
          {
            format:
              'ingesting [{bar}] {value}/{total} inputs | {ingested} new, {duplicates} duplicates, {failed} failed',
            hideCursor: true,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : null
  const counts = { ingested: 0, duplicates: 0, failed: 0 }
  bar?.start(sources.length, 0, counts)
  let summary: IngestSummary
  try {
    summary = await ingestBatch(sources, {
      store: context.store,
      maker,
      signal: context.signal,
      onProgress: (done) => bar?.update(done, counts),
      onOutcome: (outcome) => {
        if (outcome.status === 'ingested') counts.ingested++
        else if (outcome.status === 'duplicate') counts.duplicates++
        else counts.failed++
        if (outcome.status === 'failed') {
          if (!bar) io.err(`parley: ${outcome.input}: ${outcome.message}`)
        } else if (options.verbose) {
          io.out(`${outcome.status}\t${outcome.articleId}\t${outcome.input}\n`)
        }
      },
    })
  } finally {
    bar?.stop()
    await maker.close()
  }
  printSummary(summary, options, io, bar !== null)
  if (summary.interrupted) return 130
  return summary.failed.length > 0 ? 1 : 0
}

/** Checks the options and lists what to read: files and folders, then URLs, then feeds. */
function sourcesOf(
  paths: readonly string[],
  options: IngestOptions,
  io: Io,
): { sources: IngestSource[]; files: string[] } {
  if (options.published !== undefined && parsePublished(options.published) === null) {
    throw new UsageError(`--published: "${options.published}" is not a date (expected YYYY-MM-DD)`)
  }
  const timeoutMs = options.timeoutMs === undefined ? undefined : Number(options.timeoutMs)
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw new UsageError(`--timeout-ms: expected a positive number of milliseconds, got "${options.timeoutMs}"`)
  }
  if (paths.length === 0 && !options.url?.length && !options.feed?.length) {
    throw new UsageError('ingest: name at least one file or folder, or give --url or --feed')
  }
  const fetchOptions = { allowPrivate: options.allowPrivate ?? false, ...(timeoutMs ? { timeoutMs } : {}) }
  const readOptions = { published: options.published, source: options.source, stdin: io.stdin }
  const files = findInputs(paths)
  const sources: IngestSource[] = [
    ...files.map((file) => ({ input: file, read: async () => readArticles(file, readOptions) })),
    ...(options.url ?? []).map((url) => ({ input: url, read: () => readUrl(url, fetchOptions) })),
    ...(options.feed ?? []).map((url) => ({ input: url, read: () => readFeedUrl(url, fetchOptions) })),
  ]
  return { sources, files }
}

export interface QueueIngestContext {
  readonly io: Io
  readonly queue: Queue<IngestJob, IngestJobResult>
  readonly tty: boolean
  readonly signal?: AbortSignal
}

/**
 * `parley ingest --queue PATH...`: reads the articles here and enqueues one job each; `parley worker`
 * processes analyse and store them. Returns 1 when any input could not be read.
 */
export async function queueIngestCommand(
  paths: readonly string[],
  options: IngestOptions,
  context: QueueIngestContext,
): Promise<number> {
  const { io } = context
  const { sources } = sourcesOf(paths, options, io)
  const retry = {
    attempts: positiveInteger('--attempts', options.attempts ?? String(DEFAULT_RETRY.attempts), 100),
    backoffMs: positiveInteger('--backoff-ms', options.backoffMs ?? String(DEFAULT_RETRY.backoffMs), 86_400_000),
  }
  const bar =
    context.tty && !options.verbose
      ? new cliProgress.SingleBar(
          { format: 'enqueueing [{bar}] {value}/{total} inputs', hideCursor: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null
  bar?.start(sources.length, 0)
  let summary: EnqueueSummary
  try {
    summary = await enqueueBatch(sources, context.queue, {
      retry,
      signal: context.signal,
      onProgress: (done) => bar?.update(done),
      onEnqueued: (input, jobId) => {
        if (options.verbose) io.out(`queued\t${jobId}\t${input}\n`)
      },
    })
  } finally {
    bar?.stop()
  }
  if (options.json) io.out(`${JSON.stringify(summary)}\n`)
  else {
    for (const failure of summary.failed) io.err(`parley: ${failure.input}: ${failure.message}`)
    io.out(
      `${summary.interrupted ? 'interrupted: ' : ''}${summary.enqueued} queued on "${context.queue.name}", ${summary.failed.length} failed\n`,
    )
  }
  if (summary.interrupted) return 130
  return summary.failed.length > 0 ? 1 : 0
}

function createMaker(options: IngestOptions, files: readonly string[], context: IngestContext): RecordMaker {
  const requested = options.workers ?? 'auto'
  let threads: number
  if (requested === 'auto') {
    const bytes = files.reduce((total, file) => total + sizeOf(file), 0)
    const large = files.length >= WORKER_FILES || bytes >= WORKER_BYTES || (options.feed?.length ?? 0) > 0
    threads = large ? os.availableParallelism() : 0
  } else {
    threads = Number(requested)
    if (!(Number.isInteger(threads) && threads >= 0 && threads <= 64)) {
      throw new UsageError(`--workers: expected "auto" or a number from 0 to 64, got "${requested}"`)
    }
  }
  if (threads === 0) return createInlineMaker(context.createAnalyzer())
  // Check the pack here, once, so a bad --pack is a usage error and not one failure per article.
  context.createAnalyzer()
  return createWorkerPool(threads, { pack: options.pack })
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

function printSummary(summary: IngestSummary, options: IngestOptions, io: Io, showFailures: boolean): void {
  if (options.json) {
    io.out(`${JSON.stringify(summary)}\n`)
    return
  }
  // With a progress bar, failures were not printed as they came: list them now.
  if (showFailures) for (const failure of summary.failed) io.err(`parley: ${failure.input}: ${failure.message}`)
  const parts = [
    `${summary.ingested} ingested`,
    `${summary.duplicates} duplicate${summary.duplicates === 1 ? '' : 's'}`,
    `${summary.failed.length} failed`,
  ]
  io.out(`${summary.interrupted ? 'interrupted: ' : ''}${parts.join(', ')}\n`)
}
