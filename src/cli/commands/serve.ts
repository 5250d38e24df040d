import { existsSync } from 'node:fs'
import type { Analyzer } from '../../analyzer.js'
import { createApp } from '../../api/app.js'
import { isLoopback, loadToken, tokenFileFor } from '../../api/auth.js'
import { UsageError } from '../../core/errors.js'
import { createInlineMaker } from '../../corpus/analyze-pool.js'
import { ingestBatch } from '../../corpus/ingest-batch.js'
import { findInputs } from '../../ingest/find-inputs.js'
import { readArticles } from '../../ingest/read-articles.js'
import type { Store } from '../../store/store.js'
import type { Io } from './analyze.js'

/** The port `parley serve` listens on unless told otherwise ("PA" on a phone keypad is 7-2; 7878 is easy to type). */
export const DEFAULT_PORT = 7878
export const DEFAULT_HOST = '127.0.0.1'

export interface ServeOptions {
  readonly host?: string
  readonly port?: string
  /** A folder of articles to ingest first when the store is empty (npm start: the sample corpus). */
  readonly seed?: string
  /** Reads stay open without the token even off loopback. */
  readonly publicReads?: boolean
  readonly allowPrivate?: boolean
  readonly tokenFile?: string
}

export interface ServeContext {
  readonly io: Io
  readonly store: Store
  readonly db: string
  readonly createAnalyzer: () => Analyzer
  /** Resolves when the server should stop (SIGINT, SIGTERM); the command then closes it. */
  readonly stopped: Promise<void>
}

/** `parley serve [--db PATH|URL] [--host ADDR] [--port N] [--seed DIR]`: runs until stopped. */
export async function serveCommand(options: ServeOptions, context: ServeContext): Promise<number> {
  const { io, store } = context
  const host = options.host ?? DEFAULT_HOST
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port)
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    throw new UsageError(`--port: expected a number from 0 to 65535, got "${options.port}"`)
  }
  if (options.seed !== undefined && !existsSync(options.seed))
    throw new UsageError(`--seed ${options.seed}: no such folder`)
  const analyzer = context.createAnalyzer()

  if (options.seed !== undefined && (await store.stats()).articles === 0) {
    io.err(`parley: the store is empty; ingesting ${options.seed} …`)
    const sources = findInputs([options.seed]).map((file) => ({ input: file, read: async () => readArticles(file) }))
    const summary = await ingestBatch(sources, { store, maker: createInlineMaker(analyzer) })
    io.err(`parley: ${summary.ingested} ingested, ${summary.duplicates} duplicates, ${summary.failed.length} failed`)
  }

  const tokenFile = options.tokenFile ?? tokenFileFor(context.db)
  const { token, created } = loadToken(tokenFile)
  const loopback = isLoopback(host)
  const protectReads = !loopback && !options.publicReads
  const app = await createApp({
    store,
    analyzer,
    token,
    protectReads,
    fetchOptions: { allowPrivate: options.allowPrivate ?? false },
  })
  let address: string
  try {
    address = await app.listen({ host, port })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new UsageError(`--port ${port}: already in use (give another with --port)`)
    if (code === 'EADDRNOTAVAIL') throw new UsageError(`--host ${host}: not an address of this machine`)
    throw error
  }
  if (created) {
    io.err(`parley: write token (shown once, kept in ${tokenFile}): ${token}`)
  } else {
    io.err(`parley: write token: ${process.env.PARLEY_TOKEN ? 'from PARLEY_TOKEN' : `in ${tokenFile}`}`)
  }
  if (!loopback) {
    io.err(
      protectReads
        ? `parley: listening beyond this machine (${host}): every request needs the token`
        : `parley: listening beyond this machine (${host}) with public reads; writes need the token`,
    )
  }
  io.out(`Parley is serving ${displayUrl(address)}  (API docs: ${displayUrl(address)}/api/docs; Ctrl-C stops)\n`)
  await context.stopped
  await app.close()
  return 0
}

function displayUrl(address: string): string {
  return address.replace('://127.0.0.1:', '://localhost:')
}
