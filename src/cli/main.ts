import type { Queue } from 'bullmq'
import { Command, CommanderError, Option } from 'commander'
import { createAnalyzer } from '../analyzer.js'
import { ServiceError, UsageError } from '../core/errors.js'
import { AUTO_PACK } from '../knowledge/knowledge.js'
import { PackError } from '../knowledge/pack.js'
import {
  DEFAULT_QUEUE,
  type IngestJob,
  type IngestJobResult,
  openIngestQueue,
  type QueueLocation,
} from '../queue/ingest-queue.js'
import { connectRedis, DEFAULT_REDIS, resolveRedis } from '../queue/redis-connection.js'
import type { Store } from '../store/store.js'
import { actorCommand, actorsCommand } from './commands/actors.js'
import { analyzeCommand, type Io, type OutputFormat } from './commands/analyze.js'
import { conflictsCommand, storiesCommand } from './commands/conflicts.js'
import { digestCommand } from './commands/digest.js'
import { exportCommand } from './commands/export.js'
import { type IngestOptions, ingestCommand, queueIngestCommand } from './commands/ingest.js'
import { packsCommand } from './commands/packs.js'
import { queueFailedCommand, queueRetryCommand, queueStatusCommand } from './commands/queue.js'
import { type SearchOptions, searchCommand } from './commands/search.js'
import { DEFAULT_HOST, DEFAULT_PORT, type ServeOptions, serveCommand } from './commands/serve.js'
import { parseWorkerOptions, type WorkerOptions, workerCommand } from './commands/worker.js'
import { DEFAULT_DB, isPostgresUrl, openStore, resolveDb } from './open-store.js'

const PACK_HELP =
  'issue pack: auto (each article gets the negotiation pack it is about), none, an id from `parley packs`, or a path to a pack file'

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
}

/** Entry point: parses argv, runs one command, returns the exit status (0 ok, 1 input failed, 2 usage). */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let status = 0
  const program = new Command()
    .name('parley')
    .description(
      'Turns news articles into a source-linked record: who said what, who wants what, who claims which figures.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text.trimEnd()) })

  program
    .command('analyze')
    .description('analyze articles (.txt, .html, .json, .jsonl, or - for standard input) and print the record')
    .argument('<files...>', 'articles to analyze')
    .addOption(
      new Option('-f, --format <format>', 'json (one object per line), md, or text (coloured briefing)')
        .choices(['json', 'md', 'text'])
        .default(process.stdout.isTTY ? 'text' : 'md'),
    )
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .option('--source <name>', 'source name for articles that carry none')
    .option('--pack <name>', PACK_HELP, AUTO_PACK)
    .option('--offsets', 'show the offsets of every fact in the briefing', false)
    .action(
      (
        files: string[],
        options: { format: OutputFormat; published?: string; source?: string; pack?: string; offsets: boolean },
      ) => {
        status = analyzeCommand(files, options, () => createAnalyzer({ pack: options.pack }), io)
      },
    )

  program
    .command('packs')
    .description('list the data packs (known actors and negotiation issues)')
    .action(() => {
      status = packsCommand(io)
    })

  const dbOption = () =>
    new Option(
      '--db <path|url>',
      `the store: a SQLite file or a postgres:// URL (default: $PARLEY_DB, else ${DEFAULT_DB})`,
    )
  /** Opens the store for one command and closes it after, whatever happens. */
  const withStore = async (db: string | undefined, mustExist: boolean, run: (store: Store) => Promise<number>) => {
    const store = await openStore(resolveDb(db), { mustExist })
    try {
      status = await run(store)
    } finally {
      await store.close()
    }
  }
  const redisOption = () =>
    new Option('--redis <url>', `the work queue's Redis (default: $PARLEY_REDIS, else ${DEFAULT_REDIS})`)
  const queueNameOption = () =>
    new Option('--queue-name <name>', `the work queue (default: $PARLEY_QUEUE, else ${DEFAULT_QUEUE})`)
  type QueueOptions = { redis?: string; queueName?: string }
  /** Connects to Redis for one command and disconnects after, whatever happens. */
  const withQueue = async (
    options: QueueOptions,
    run: (queue: Queue<IngestJob, IngestJobResult>, location: QueueLocation, redisUrl: string) => Promise<number>,
  ) => {
    const redisUrl = resolveRedis(options.redis)
    const connection = await connectRedis(redisUrl)
    const location = { connection, name: options.queueName ?? process.env.PARLEY_QUEUE ?? DEFAULT_QUEUE }
    const queue = openIngestQueue(location)
    try {
      status = await run(queue, location, redisUrl)
    } finally {
      await queue.close()
      connection.disconnect()
    }
  }
  const markdownOrJson = () => new Option('-f, --format <format>', 'md or json').choices(['md', 'json']).default('md')
  const collect = (value: string, previous: string[] = []) => [...previous, value]

  program
    .command('ingest')
    .description(
      'analyze articles into the store: files, folders (recursively), .jsonl batches, RSS/Atom feeds, HTML pages',
    )
    .argument('[paths...]', 'files and folders to ingest')
    .addOption(dbOption())
    .option('--url <url>', 'fetch and ingest a web page (repeatable)', collect)
    .option('--feed <url>', 'fetch an RSS/Atom feed and ingest its items (repeatable)', collect)
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses', false)
    .option('--timeout-ms <ms>', 'time limit for each URL, redirects included (default 15000)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .option('--source <name>', 'source name for articles that carry none')
    .option('--pack <name>', PACK_HELP, AUTO_PACK)
    .option('--workers <n>', 'analysis threads: auto (all cores for large batches) or a number, 0 for none', 'auto')
    .option('--verbose', 'print one line per article: status, article id, input', false)
    .option('--json', 'print the summary as JSON', false)
    .option('--queue', 'put the articles on the work queue for `parley worker` instead of analysing them here', false)
    .option('--attempts <n>', 'with --queue: tries per article before it is a dead letter (default 5)')
    .option('--backoff-ms <ms>', 'with --queue: wait before the first retry, doubled for each next (default 2000)')
    .addOption(redisOption())
    .addOption(queueNameOption())
    .action(async (paths: string[], options: IngestOptions & QueueOptions & { db?: string }) => {
      const controller = new AbortController()
      // First Ctrl-C: finish the article in hand, then stop with a summary. Second: stop now; every
      // article reported so far is committed either way.
      const onInterrupt = () => {
        if (controller.signal.aborted) process.exit(130)
        controller.abort()
      }
      process.on('SIGINT', onInterrupt)
      try {
        if (options.queue) {
          await withQueue(options, (queue) =>
            queueIngestCommand(paths, options, {
              io,
              queue,
              tty: process.stderr.isTTY === true,
              signal: controller.signal,
            }),
          )
          return
        }
        await withStore(options.db, false, (store) =>
          ingestCommand(paths, options, {
            io,
            store,
            createAnalyzer: () => createAnalyzer({ pack: options.pack }),
            tty: process.stderr.isTTY === true,
            signal: controller.signal,
          }),
        )
      } finally {
        process.off('SIGINT', onInterrupt)
      }
    })

  program
    .command('worker')
    .description(
      'take article jobs from the work queue (parley ingest --queue), analyse them and write them to PostgreSQL; run as many as you like, anywhere; SIGTERM stops after the job in hand',
    )
    .addOption(dbOption())
    .addOption(redisOption())
    .addOption(queueNameOption())
    .option('--concurrency <n>', 'jobs at once in this process (default 1; analysis is CPU-bound, run more workers)')
    .option('--lock-ms <ms>', "how long a dead worker's job stays claimed before another takes it (default 30000)")
    .option('--pack <name>', PACK_HELP, AUTO_PACK)
    .option('--verbose', 'print one line per job: status, article id, input', false)
    .action(async (options: WorkerOptions & QueueOptions & { db?: string; pack?: string }) => {
      const db = resolveDb(options.db)
      if (!isPostgresUrl(db)) {
        throw new UsageError('worker: workers write to PostgreSQL: give --db postgres://... or set PARLEY_DB')
      }
      const stop = new AbortController()
      const stopNow = new AbortController()
      const onSignal = () => (stop.signal.aborted ? stopNow.abort() : stop.abort())
      process.on('SIGTERM', onSignal)
      process.on('SIGINT', onSignal)
      try {
        // Check the options and the pack before connecting anywhere: those are usage errors.
        parseWorkerOptions(options)
        createAnalyzer({ pack: options.pack })
        await withStore(db, false, (store) =>
          withQueue(options, (_queue, location, redisUrl) =>
            workerCommand(options, {
              io,
              store,
              location,
              createAnalyzer: () => createAnalyzer({ pack: options.pack }),
              describe: { db, redis: redisUrl },
              stop: stop.signal,
              stopNow: stopNow.signal,
            }),
          ).then(() => status),
        )
      } finally {
        process.off('SIGTERM', onSignal)
        process.off('SIGINT', onSignal)
      }
    })

  const queue = program.command('queue').description('the work queue: status, dead letters, retry')
  queue
    .command('status')
    .description('waiting, active, delayed (before a retry), done and failed counts')
    .addOption(redisOption())
    .addOption(queueNameOption())
    .option('--json', 'print the counts as JSON', false)
    .action((options: QueueOptions & { json: boolean }) =>
      withQueue(options, (jobs) => queueStatusCommand(options, jobs, io)),
    )
  queue
    .command('failed')
    .description('the dead letters: articles that failed every try, with the last error')
    .addOption(redisOption())
    .addOption(queueNameOption())
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--json', 'one JSON object per line', false)
    .action((options: QueueOptions & { json: boolean; limit?: string }) =>
      withQueue(options, (jobs) => queueFailedCommand(options, jobs, io)),
    )
  queue
    .command('retry')
    .description('put every dead letter back in the queue')
    .addOption(redisOption())
    .addOption(queueNameOption())
    .action((options: QueueOptions) => withQueue(options, (jobs) => queueRetryCommand(jobs, io)))

  program
    .command('search')
    .description('full-text search over articles and quotes')
    .argument('<words...>', 'words to find (all must occur; end a word with * for a prefix; "quote" a phrase)')
    .addOption(dbOption())
    .option('--actor <name>', 'only articles naming this actor, and quotes by them')
    .option('--issue <id>', 'only articles about this issue (see parley packs)')
    .option('--source <outlet>', 'only this outlet')
    .option('--since <date>', 'only articles dated on or after YYYY-MM-DD')
    .option('--until <date>', 'only articles dated on or before YYYY-MM-DD')
    .option('--limit <n>', 'at most this many hits (default 20)')
    .addOption(markdownOrJson())
    .action((words: string[], options: SearchOptions & { db?: string }) =>
      withStore(options.db, true, (store) => searchCommand(words, options, store, io)),
    )

  program
    .command('digest')
    .description('what changed since a date: stance shifts, new positions, new conflicting claims, new actors')
    .requiredOption('--since <date>', 'YYYY-MM-DD')
    .addOption(dbOption())
    .addOption(markdownOrJson())
    .action((options: { since: string; format: 'md' | 'json'; db?: string }) =>
      withStore(options.db, true, (store) => digestCommand(options, store, io)),
    )

  program
    .command('export')
    .description('export quotes, claims, positions and events with their evidence offsets')
    .addOption(new Option('-f, --format <format>', 'ndjson or csv').choices(['ndjson', 'csv']).default('ndjson'))
    .option('--kind <kinds>', 'comma-separated: quotes, claims, positions, events (default: all; csv takes one)')
    .addOption(dbOption())
    .action((options: { format: 'ndjson' | 'csv'; kind?: string; db?: string }) =>
      withStore(options.db, true, (store) => exportCommand(options, store, io)),
    )

  program
    .command('actors')
    .description('actors across the corpus, by the number of stories they appear in')
    .option('--type <type>', 'person, organization, location or group')
    .option('--limit <n>', 'at most this many (default 30)')
    .addOption(dbOption())
    .addOption(markdownOrJson())
    .action((options: { type?: string; limit?: string; format: 'md' | 'json'; db?: string }) =>
      withStore(options.db, true, (store) => actorsCommand(options, store, io)),
    )

  program
    .command('actor')
    .description("one actor's profile: roles, quotes over time, positions over time with shifts")
    .argument('<name>', 'a name, alias or #id from parley actors')
    .addOption(dbOption())
    .addOption(markdownOrJson())
    .action((name: string, options: { format: 'md' | 'json'; db?: string }) =>
      withStore(options.db, true, (store) => actorCommand(name.replace(/^#/, ''), options, store, io)),
    )

  program
    .command('conflicts')
    .description('figures that sources disagree on, side by side')
    .addOption(dbOption())
    .addOption(markdownOrJson())
    .action((options: { format: 'md' | 'json'; db?: string }) =>
      withStore(options.db, true, (store) => conflictsCommand(options, store, io)),
    )

  program
    .command('stories')
    .description('stories told by several articles (syndicated copies, updated versions), with every source')
    .addOption(dbOption())
    .addOption(markdownOrJson())
    .action((options: { format: 'md' | 'json'; db?: string }) =>
      withStore(options.db, true, (store) => storiesCommand(options, store, io)),
    )

  program
    .command('serve')
    .description('serve the HTTP API and the web UI over the store')
    .addOption(dbOption())
    .option(
      '--host <addr>',
      `address to listen on (default ${DEFAULT_HOST}; anything but loopback needs the token for reads too, unless --public-reads)`,
    )
    .option('--port <n>', `port (default ${DEFAULT_PORT})`)
    .option('--seed <dir>', 'ingest this folder first when the store is empty (npm start: samples/corpus)')
    .option('--public-reads', 'off loopback, leave read endpoints open (writes still need the token)', false)
    .option('--allow-private', 'let ingest fetch URLs on private, loopback and link-local addresses', false)
    .option('--token-file <path>', 'where the write token is kept (default: beside the database)')
    .option('--pack <name|path>', `${PACK_HELP} (npm start: russia-ukraine)`, AUTO_PACK)
    .action(async (options: ServeOptions & { db?: string; pack?: string }) => {
      const db = resolveDb(options.db)
      let stop = () => {}
      const stopped = new Promise<void>((resolve) => {
        stop = resolve
      })
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      await withStore(options.db, false, (store) =>
        serveCommand(options, { io, store, db, createAnalyzer: () => createAnalyzer({ pack: options.pack }), stopped }),
      )
    })

  try {
    await program.parseAsync([...argv], { from: 'user' })
    return status
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof UsageError) {
      io.err(`parley: ${error.message}`)
      return 2
    }
    if (error instanceof ServiceError) {
      io.err(`parley: ${error.message}`)
      return 1
    }
    if (error instanceof PackError) {
      io.err(`parley: ${error.message}`)
      return 2
    }
    io.err(`parley: internal error: ${(error as Error).message}`)
    return 1
  }
}
