import type { Article } from '../core/article.js'
import type { ReadResult } from '../ingest/read-articles.js'
import type { IngestRecord, Store } from '../store/store.js'
import type { RecordMaker } from './analyze-pool.js'
import { contentHash } from './fingerprint.js'

export type IngestOutcome =
  | {
      readonly status: 'ingested'
      readonly input: string
      readonly articleId: string
      readonly storyId: number
      readonly newStory: boolean
    }
  | { readonly status: 'duplicate'; readonly input: string; readonly articleId: string }
  | { readonly status: 'failed'; readonly input: string; readonly message: string }

export interface IngestSummary {
  readonly ingested: number
  readonly duplicates: number
  readonly failed: readonly { input: string; message: string }[]
  readonly interrupted: boolean
}

/** One unit of input (a file, a URL) that reads into zero or more articles. */
export interface IngestSource {
  readonly input: string
  read(): Promise<ReadResult[]>
}

export interface IngestOptions {
  readonly store: Store
  readonly maker: RecordMaker
  /** Called once per article, after its transaction committed (or it was refused). */
  readonly onOutcome?: (outcome: IngestOutcome) => void
  /** Called after each source is done, with how many of how many. */
  readonly onProgress?: (done: number, total: number) => void
  /** Stops before the next article; articles already analysed are still written. */
  readonly signal?: AbortSignal
  /** The ingestion time stamp (ISO); defaults to now. */
  readonly now?: () => string
}

/**
 * Reads, analyses and stores a batch, writing in input order (so story and actor assignment do not
 * depend on which worker finished first). Each article is one transaction in the store, and its outcome
 * is reported only once that transaction has committed, so whatever was reported survives a crash.
 * One bad article never stops the batch: it is counted, with its reason, and the rest go on.
 * An article already in the store (same content hash) is a duplicate and is not analysed again.
 */
export async function ingestBatch(sources: readonly IngestSource[], options: IngestOptions): Promise<IngestSummary> {
  const { store, maker } = options
  const now = options.now ?? (() => new Date().toISOString())
  // Enough analyses in flight to keep every worker busy while the store writes in input order.
  const window = Math.max(1, maker.threads * 4)
  const inFlight: Promise<Prepared>[] = []
  let ingested = 0
  let duplicates = 0
  const failed: { input: string; message: string }[] = []

  const report = (outcome: IngestOutcome) => {
    if (outcome.status === 'ingested') ingested++
    else if (outcome.status === 'duplicate') duplicates++
    else failed.push({ input: outcome.input, message: outcome.message })
    options.onOutcome?.(outcome)
  }
  const settleOldest = async () => {
    const head = inFlight.shift()
    if (head) report(await write(await head, store))
  }

  let done = 0
  for (const source of sources) {
    if (options.signal?.aborted) break
    let results: ReadResult[]
    try {
      results = await source.read()
    } catch (error) {
      results = [{ ok: false, input: source.input, message: messageOf(error) }]
    }
    for (const result of results) {
      if (options.signal?.aborted) break
      if (!result.ok) {
        while (inFlight.length > 0) await settleOldest()
        report({ status: 'failed', input: result.input, message: result.message })
        continue
      }
      inFlight.push(prepare(result.article, store, maker, now()))
      // Inline analysis runs synchronously inside make(): settle at once to keep memory flat.
      while (inFlight.length >= window) await settleOldest()
    }
    done++
    options.onProgress?.(done, sources.length)
  }
  while (inFlight.length > 0) await settleOldest()
  return { ingested, duplicates, failed, interrupted: options.signal?.aborted ?? false }
}

type Prepared =
  | { readonly status: 'ready'; readonly input: string; readonly record: IngestRecord }
  | Extract<IngestOutcome, { status: 'duplicate' | 'failed' }>

/** Analyses one article (possibly on a worker), unless the store already holds it. */
async function prepare(article: Article, store: Store, maker: RecordMaker, ingestedAt: string): Promise<Prepared> {
  const input = article.input
  try {
    const existing = await store.findByContentHash(contentHash(article))
    if (existing) return { status: 'duplicate', input, articleId: existing }
    return { status: 'ready', input, record: await maker.make(article, ingestedAt) }
  } catch (error) {
    return { status: 'failed', input, message: `analysis failed: ${messageOf(error)}` }
  }
}

/** Writes one prepared article in its own transaction; a failed write leaves the store as it was. */
async function write(prepared: Prepared, store: Store): Promise<IngestOutcome> {
  if (prepared.status !== 'ready') return prepared
  try {
    const result = await store.ingest(prepared.record)
    return { input: prepared.input, ...result }
  } catch (error) {
    return { status: 'failed', input: prepared.input, message: `could not store: ${messageOf(error)}` }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
