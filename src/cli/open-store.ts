import { redactUrl, ServiceError, UsageError } from '../core/errors.js'
import { openPostgresStore } from '../store/postgres/postgres-store.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'

/** Where the store lives when neither --db nor PARLEY_DB says: a file in the working directory. */
export const DEFAULT_DB = './parley.db'

/** `--db`, else PARLEY_DB, else ./parley.db. */
export function resolveDb(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.PARLEY_DB ?? DEFAULT_DB
}

/** True when a --db value names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(spec)
}

/**
 * Opens the store a --db value names: a postgres:// URL opens PostgreSQL (connected and migrated
 * before this returns, so an unreachable server is one line here), anything else a SQLite file.
 * `mustExist` keeps read-only commands from creating an empty SQLite file at a mistyped path.
 */
export async function openStore(spec: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(spec)) {
    try {
      new URL(spec)
    } catch {
      throw new UsageError(
        `--db ${redactUrl(spec)}: not a valid URL (expected postgres://user:password@host:port/database)`,
      )
    }
    return openPostgresStore(spec)
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new UsageError(`--db ${redactUrl(spec)}: expected a postgres:// URL or a SQLite file path`)
  }
  try {
    return openSqliteStore(spec, options)
  } catch (error) {
    if (error instanceof ServiceError) throw error
    const message = (error as Error).message
    if (/unable to open database file|directory does not exist/i.test(message)) {
      throw new UsageError(`--db ${spec}: no such database (run \`parley ingest\` first, or check the path)`)
    }
    if (/file is not a database|malformed/i.test(message)) throw new UsageError(`--db ${spec}: not a Parley database`)
    throw new UsageError(`--db ${spec}: ${message}`)
  }
}
