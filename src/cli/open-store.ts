import { UsageError } from '../core/errors.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'

/** Where the store lives when neither --db nor PARLEY_DB says: a file in the working directory. */
export const DEFAULT_DB = './parley.db'

/** `--db`, else PARLEY_DB, else ./parley.db. */
export function resolveDb(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.PARLEY_DB ?? DEFAULT_DB
}

/**
 * Opens the store a --db value names. Today a SQLite file; a postgres:// URL is where the
 * PostgreSQL adapter plugs in, and nothing else needs to change.
 * `mustExist` keeps read-only commands from creating an empty database at a mistyped path.
 */
export function openStore(spec: string, options: { mustExist?: boolean } = {}): Store {
  if (/^postgres(?:ql)?:\/\//i.test(spec)) {
    throw new UsageError(`--db ${redact(spec)}: PostgreSQL is not supported yet; use a SQLite file path`)
  }
  try {
    return openSqliteStore(spec, options)
  } catch (error) {
    const message = (error as Error).message
    if (/unable to open database file|directory does not exist/i.test(message)) {
      throw new UsageError(`--db ${spec}: no such database (run \`parley ingest\` first, or check the path)`)
    }
    if (/file is not a database|malformed/i.test(message)) throw new UsageError(`--db ${spec}: not a Parley database`)
    throw new UsageError(`--db ${spec}: ${message}`)
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@')
}
