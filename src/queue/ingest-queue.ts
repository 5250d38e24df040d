import { type JobsOptions, Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Article } from '../core/article.js'

/** The queue's name when --queue-name does not say; workers and producers must agree on it. */
export const DEFAULT_QUEUE = 'parley-ingest'

/** One article to analyse and store: read (and cleaned) by the producer, so a worker needs no files. */
export interface IngestJob {
  readonly article: Article
  /** When it was enqueued (ISO): the day an undated article is filed under. */
  readonly ingestedAt: string
}

/** What a worker returns for a job: the store's answer. */
export type IngestJobResult =
  | { readonly status: 'ingested'; readonly articleId: string; readonly storyId: number }
  | { readonly status: 'duplicate'; readonly articleId: string }

export interface RetryPolicy {
  /** Tries in all, the first included (default 5). */
  readonly attempts: number
  /** Wait before the second try; doubled for each try after (default 2000 ms: 2, 4, 8, 16 s). */
  readonly backoffMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMs: 2000 }

/**
 * A job's options: its id is the article's content hash, so enqueueing the same article twice while
 * the first is still queued adds nothing. A done job is removed (the article is in the store, and
 * the "done" count is kept by BullMQ's metrics); a job that failed every try is kept, with its
 * error, as a dead letter (`parley queue failed`, `parley queue retry`).
 */
export function jobOptions(contentSha256: string, retry: RetryPolicy = DEFAULT_RETRY): JobsOptions {
  return {
    // "a" + hash: BullMQ refuses job ids that are plain integers.
    jobId: `a${contentSha256}`,
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: true,
    removeOnFail: false,
  }
}

export interface QueueLocation {
  readonly connection: Redis
  readonly name: string
  /** Redis key prefix (BullMQ's default "bull"); tests use one each. */
  readonly prefix?: string
}

export function openIngestQueue(location: QueueLocation): Queue<IngestJob, IngestJobResult> {
  return new Queue<IngestJob, IngestJobResult>(location.name, {
    connection: location.connection,
    ...(location.prefix ? { prefix: location.prefix } : {}),
  })
}

/**
 * The job's data as an IngestJob, or a message saying what is wrong: a job written by something
 * else than `parley ingest --queue` (or an older Parley) must fail with a reason, not crash a worker.
 */
export function parseIngestJob(data: unknown): IngestJob | string {
  if (typeof data !== 'object' || data === null) return 'job data is not an object'
  const { article, ingestedAt } = data as { article?: unknown; ingestedAt?: unknown }
  if (typeof ingestedAt !== 'string' || Number.isNaN(Date.parse(ingestedAt))) {
    return 'job data has no ingestedAt time stamp'
  }
  if (typeof article !== 'object' || article === null) return 'job data has no article'
  const fields = article as Record<string, unknown>
  if (typeof fields.text !== 'string' || typeof fields.input !== 'string') return 'job article has no text or input'
  for (const key of ['headline', 'published', 'source', 'url'] as const) {
    if (fields[key] !== null && typeof fields[key] !== 'string') return `job article: ${key} must be a string or null`
  }
  if (!Array.isArray(fields.removed) || !Array.isArray(fields.warnings))
    return 'job article: removed and warnings must be lists'
  return { article: article as Article, ingestedAt }
}

export interface QueueCounts {
  readonly waiting: number
  readonly active: number
  /** Waiting for a retry's back-off to pass. */
  readonly delayed: number
  /** Stored or found already stored, since the queue was created. */
  readonly done: number
  /** Dead letters: failed every try. */
  readonly failed: number
}

export async function queueCounts(queue: Queue): Promise<QueueCounts> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'paused', 'active', 'delayed', 'failed')
  const metrics = await queue.getMetrics('completed', 0, 0)
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.paused ?? 0),
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    done: metrics.meta.count,
    failed: counts.failed ?? 0,
  }
}

export interface DeadLetter {
  readonly jobId: string
  readonly input: string
  readonly attempts: number
  readonly error: string
  readonly failedAt: string | null
}

/** The jobs that failed every try, newest first, with the last error. */
export async function deadLetters(queue: Queue<IngestJob, IngestJobResult>, limit = 100): Promise<DeadLetter[]> {
  const jobs = await queue.getFailed(0, limit - 1)
  return jobs.map((job) => {
    const data = job.data as Partial<IngestJob> | undefined
    return {
      jobId: String(job.id),
      input: typeof data?.article?.input === 'string' ? data.article.input : '(unknown input)',
      attempts: job.attemptsMade,
      error: job.failedReason ?? '',
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }
  })
}
