import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { type Analyzer, createAnalyzer } from '../../src/analyzer.js'
import { type AppOptions, createApp } from '../../src/api/app.js'
import { createInlineMaker } from '../../src/corpus/analyze-pool.js'
import { ingestBatch } from '../../src/corpus/ingest-batch.js'
import { findInputs } from '../../src/ingest/find-inputs.js'
import { readArticles } from '../../src/ingest/read-articles.js'
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import type { Store } from '../../src/store/store.js'

export const SAMPLE_CORPUS = fileURLToPath(new URL('../../samples/corpus/', import.meta.url))
export const TEST_TOKEN = 'test-token-0123456789'

export interface RunningServer {
  readonly url: string
  readonly app: FastifyInstance
  readonly store: Store
  readonly analyzer: Analyzer
  stop(): Promise<void>
}

/**
 * A real server on a loopback port over a fresh store holding the sample corpus (ingested once per
 * call, about two seconds). Stop it when done: it closes the server, the store and its temp folder.
 */
export async function startServer(options: Partial<AppOptions> = {}): Promise<RunningServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'parley-serve-'))
  const store = openSqliteStore(join(scratch, 'parley.db'))
  // The sample corpus follows the Russia–Ukraine talks: analyse it with their pack, as npm start does.
  const analyzer = createAnalyzer({ pack: 'russia-ukraine' })
  const sources = findInputs([SAMPLE_CORPUS]).map((file) => ({ input: file, read: async () => readArticles(file) }))
  await ingestBatch(sources, { store, maker: createInlineMaker(analyzer) })
  const app = await createApp({ store, analyzer, token: TEST_TOKEN, ...options })
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    url: address,
    app,
    store,
    analyzer,
    async stop() {
      await app.close()
      await store.close()
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}
