import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { FastifyRequest } from 'fastify'
import ipaddr from 'ipaddr.js'

/** The name of the cookie a browser holds the token in, after signing in on a non-loopback server. */
export const TOKEN_COOKIE = 'parley_token'

/**
 * The write token: PARLEY_TOKEN when set, else the one in `file`, else a new random one written
 * to `file` (mode 0600). `created` is true only that first time, so the caller prints it once.
 */
export function loadToken(file: string, env: NodeJS.ProcessEnv = process.env): { token: string; created: boolean } {
  const fromEnv = env.PARLEY_TOKEN?.trim()
  if (fromEnv) return { token: fromEnv, created: false }
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim()
    if (token !== '') return { token, created: false }
  }
  // 32 random bytes: far beyond guessing, and URL-safe as base64url.
  const token = randomBytes(32).toString('base64url')
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${token}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return { token, created: true }
}

/** Where the token file lives: beside a SQLite file, else in the working directory. */
export function tokenFileFor(db: string): string {
  return /^[a-z]+:\/\//i.test(db) || db === ':memory:' ? './parley.token' : `${db}.token`
}

/** True when the request carries the token, as `Authorization: Bearer …` or (when allowed) the cookie. */
export function hasToken(request: FastifyRequest, token: string, options: { cookie: boolean }): boolean {
  const header = request.headers.authorization
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1]
  if (bearer !== undefined) return sameSecret(bearer, token)
  if (!options.cookie) return false
  const cookie = readCookie(request.headers.cookie, TOKEN_COOKIE)
  return cookie !== null && sameSecret(cookie, token)
}

/** Compares digests in constant time, so the answer's timing says nothing about the token. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return null
}

/** True for 127.0.0.0/8, ::1 and "localhost": addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true
  try {
    const address = ipaddr.process(host.replace(/^\[|\]$/g, ''))
    return address.range() === 'loopback'
  } catch {
    return false
  }
}
