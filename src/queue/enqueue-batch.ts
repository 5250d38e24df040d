import type { Queue } from 'bullmq'
import { contentHash } from '../corpus/fingerprint.js'
import type { IngestSource } from '../corpus/ingest-batch.js'
import { DEFAULT_RETRY, type IngestJob, type IngestJobResult, jobOptions, type RetryPolicy } from './ingest-queue.js'

export interface EnqueueSummary {
  readonly enqueued: number
  readonly failed: readonly { input: string; message: string }[]
  readonly interrupted: boolean
}

export interface EnqueueOptions {
  readonly retry?: RetryPolicy
  /** Called after each source is read and its articles queued, with how many of how many. */
  readonly onProgress?: (done: number, total: number) => void
  /** Called once per article queued. */
  readonly onEnqueued?: (input: string, jobId: string) => void
  readonly signal?: AbortSignal
  readonly now?: () => string
}

// Articles sent to Redis in one round trip: about 2-5 MB of text at news-article sizes.
const CHUNK = 500

/**
 * Reads a batch and puts each article on the queue as one job, instead of analysing it here: the
 * producer needs Redis only, and `parley worker` processes (on any machines) do the analysis and the
 * writes. An input that cannot be read is counted with its reason, as `parley ingest` does.
 */
export async function enqueueBatch(
  sources: readonly IngestSource[],
  queue: Queue<IngestJob, IngestJobResult>,
  options: EnqueueOptions = {},
): Promise<EnqueueSummary> {
  const now = options.now ?? (() => new Date().toISOString())
  const failed: { input: string; message: string }[] = []
  let enqueued = 0
  let pending: { name: string; data: IngestJob; opts: ReturnType<typeof jobOptions> }[] = []
  const flush = async () => {
    if (pending.length === 0) return
    const jobs = await queue.addBulk(pending)
    for (const job of jobs) options.onEnqueued?.(job.data.article.input, String(job.id))
    enqueued += jobs.length
    pending = []
  }
  let done = 0
  for (const source of sources) {
    if (options.signal?.aborted) break
    try {
      for (const result of await source.read()) {
        if (!result.ok) {
          failed.push({ input: result.input, message: result.message })
          continue
        }
        const data: IngestJob = { article: result.article, ingestedAt: now() }
        pending.push({
          name: 'article',
          data,
          opts: jobOptions(contentHash(result.article), options.retry ?? DEFAULT_RETRY),
        })
      }
    } catch (error) {
      failed.push({ input: source.input, message: error instanceof Error ? error.message : String(error) })
    }
    if (pending.length >= CHUNK) await flush()
    done++
    options.onProgress?.(done, sources.length)
  }
  await flush()
  return { enqueued, failed, interrupted: options.signal?.aborted ?? false }
}
