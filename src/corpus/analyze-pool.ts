import { Worker } from 'node:worker_threads'
import type { Analyzer } from '../analyzer.js'
import type { Article } from '../core/article.js'
import type { IngestRecord } from '../store/store.js'
import { prepareRecord } from './prepare-record.js'

/** Turns articles into store records, on this thread or on worker threads. */
export interface RecordMaker {
  readonly threads: number
  make(article: Article, ingestedAt: string): Promise<IngestRecord>
  close(): Promise<void>
}

/** Analyses on the calling thread: no start-up cost, for small batches and tests. */
export function createInlineMaker(analyzer: Analyzer): RecordMaker {
  return {
    threads: 0,
    make: async (article, ingestedAt) => prepareRecord(analyzer.analyze(article), analyzer.knowledge, ingestedAt),
    close: async () => {},
  }
}

type Reply = { id: number; record: IngestRecord } | { id: number; error: string }

/**
 * A pool of `size` worker threads, each with its own analyzer. Articles go to the least busy worker;
 * the caller keeps the results in order. A worker that dies fails its articles and is not reused.
 */
export function createWorkerPool(size: number, options: { pack?: string } = {}): RecordMaker {
  // Under tsx (tests, bench) this module is a .ts file and so is its worker.
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js'
  const url = new URL(`./analyze-worker.${extension}`, import.meta.url)
  const pending = new Map<
    number,
    { resolve: (record: IngestRecord) => void; reject: (error: Error) => void; worker: Worker }
  >()
  const load = new Map<Worker, number>()
  let next = 0
  const workers = Array.from({ length: size }, () => {
    const worker =
      extension === 'ts'
        ? // Running from source: tsx's loader does not reach a worker by itself, so the worker registers it first.
          new Worker(
            `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}) })`,
            {
              eval: true,
              workerData: { pack: options.pack },
            },
          )
        : new Worker(url, { workerData: { pack: options.pack } })
    load.set(worker, 0)
    worker.on('message', (reply: Reply) => {
      const job = pending.get(reply.id)
      if (!job) return
      pending.delete(reply.id)
      load.set(worker, (load.get(worker) ?? 1) - 1)
      if ('error' in reply) job.reject(new Error(reply.error))
      else job.resolve(reply.record)
    })
    worker.on('error', (error) => failAll(worker, error))
    worker.on('exit', (code) => failAll(worker, new Error(`analysis worker stopped (exit code ${code})`)))
    return worker
  })
  function failAll(worker: Worker, error: Error): void {
    load.delete(worker)
    for (const [id, job] of pending) {
      if (job.worker !== worker) continue
      pending.delete(id)
      job.reject(error)
    }
  }
  return {
    threads: size,
    make(article, ingestedAt) {
      const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0]?.[0]
      if (!worker) return Promise.reject(new Error('no analysis worker is running'))
      const id = next++
      load.set(worker, (load.get(worker) ?? 0) + 1)
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker })
        worker.postMessage({ id, article, ingestedAt })
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
