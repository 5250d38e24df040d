/**
 * PostgreSQL and Redis for tests, over real connections. The URLs come from PARLEY_TEST_POSTGRES and
 * PARLEY_TEST_REDIS (.ci/run sets both), else the local defaults below. When a service does not
 * answer, its tests are skipped with one line saying so, unless PARLEY_TEST_SERVICES=require (CI),
 * where an unreachable service fails the run instead of hiding it.
 */
import { randomBytes } from 'node:crypto'
import { after } from 'node:test'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import pg from 'pg'

export const POSTGRES_URL = process.env.PARLEY_TEST_POSTGRES ?? 'postgres://parley:parley@localhost:5432/parley_test'
export const REDIS_URL = process.env.PARLEY_TEST_REDIS ?? 'redis://localhost:6379'
const REQUIRED = process.env.PARLEY_TEST_SERVICES === 'require'

/** False when PostgreSQL answers; else the reason to skip (a one-line message). */
export async function postgresSkip(): Promise<string | false> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return false
  } catch (error) {
    return unreachable('PostgreSQL', 'PARLEY_TEST_POSTGRES', POSTGRES_URL, error)
  } finally {
    await client.end().catch(() => {})
  }
}

/** False when Redis answers; else the reason to skip. */
export async function redisSkip(): Promise<string | false> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 })
  redis.on('error', () => {})
  try {
    await redis.connect()
    await redis.ping()
    return false
  } catch (error) {
    return unreachable('Redis', 'PARLEY_TEST_REDIS', REDIS_URL, error)
  } finally {
    redis.disconnect()
  }
}

function unreachable(service: string, variable: string, url: string, error: unknown): string {
  const message = `${service} unreachable at ${url.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); set ${variable} or start it (see .ci/run)`
  if (REQUIRED) throw new Error(`PARLEY_TEST_SERVICES=require: ${message}`)
  return message
}

const schemas: string[] = []
after(async () => {
  if (schemas.length === 0) return
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  await client.end()
})

/** A new, empty schema, dropped when the test file ends: each test gets its own database state. */
export async function freshSchema(): Promise<string> {
  const schema = `parley_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  await client.query(`CREATE SCHEMA ${schema}`)
  await client.end()
  schemas.push(schema)
  return schema
}

/** POSTGRES_URL pointed at `schema`, for a child process given the store as --db or PARLEY_DB. */
export function schemaUrl(schema: string): string {
  const url = new URL(POSTGRES_URL)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

/** A queue name of its own, so queues of parallel test files never meet; removed after the file. */
export function freshQueueName(): string {
  const name = `parley-test-${process.pid}-${randomBytes(4).toString('hex')}`
  after(async () => {
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null })
    const queue = new Queue(name, { connection })
    await queue.obliterate({ force: true })
    await queue.close()
    connection.disconnect()
  })
  return name
}
