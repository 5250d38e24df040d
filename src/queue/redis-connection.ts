import { Redis } from 'ioredis'
import { redactUrl, ServiceError, UsageError } from '../core/errors.js'

/** Where Redis is when neither --redis nor PARLEY_REDIS says: the local default port. */
export const DEFAULT_REDIS = 'redis://localhost:6379'

/** `--redis`, else PARLEY_REDIS, else redis://localhost:6379. */
export function resolveRedis(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.PARLEY_REDIS ?? DEFAULT_REDIS
}

/**
 * A connection to Redis for BullMQ, made only after one quick ping answered: a bad URL (UsageError),
 * an unreachable server or a wrong password (ServiceError) is one line here, not a retry loop. Once
 * connected, the connection retries by itself (a restarting Redis is waited for, not fatal), and
 * `maxRetriesPerRequest: null` is what BullMQ's blocking worker commands need.
 *
 * @example const redis = await connectRedis('redis://localhost:6379')
 */
export async function connectRedis(url: string, options: { connectTimeoutMs?: number } = {}): Promise<Redis> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UsageError(`--redis ${redactUrl(url)}: not a valid URL (expected redis://[:password@]host:port[/db])`)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new UsageError(`--redis ${redactUrl(url)}: expected a redis:// or rediss:// URL`)
  }
  const where = `Redis at ${redactUrl(url)}`
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  // ioredis rejects connect() with "Connection is closed"; the reason comes as an 'error' event.
  let reported: unknown
  probe.on('error', (error) => {
    reported ??= error
  })
  try {
    await probe.connect()
    await probe.ping()
  } catch (caught) {
    const error = reported ?? caught
    const code = (error as { code?: string }).code
    const reason =
      code === 'ECONNREFUSED'
        ? 'connection refused (is the server running?)'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? 'unknown host'
          : (error as Error).message.split('\n')[0]
    throw new ServiceError(`${where}: ${reason}`, { cause: error })
  } finally {
    probe.disconnect()
  }
  const redis = new Redis(url, { maxRetriesPerRequest: null })
  // Errors while reconnecting are retried by ioredis; commands that fail report for themselves.
  redis.on('error', () => {})
  return redis
}
