import { lookup as dnsLookup } from 'node:dns'
import type { IncomingMessage } from 'node:http'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'
import { InputError } from '../core/errors.js'

export interface FetchOptions {
  /** Whole request, redirects included. */
  readonly timeoutMs?: number
  readonly maxBytes?: number
  readonly maxRedirects?: number
  /** Allow private, loopback and link-local addresses (a local test server, an intranet). */
  readonly allowPrivate?: boolean
}

export interface Fetched {
  /** The URL the body came from, after redirects. */
  readonly url: string
  readonly contentType: string
  readonly body: Buffer
}

// 15 s: a news page that takes longer is down; 5 MB: far above any article page, far below harm;
// 5 redirects: http→https→www→canonical is three.
const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 }

/**
 * GETs a URL for ingesting, refusing what a server-side fetch must refuse: schemes other than
 * http(s), and unless `allowPrivate`, any host that resolves to a private, loopback, link-local or
 * otherwise non-public address. Every address a name resolves to is checked, at connect time (so a
 * DNS answer cannot change between the check and the connection), and again on every redirect.
 * Errors are InputError with one line naming the URL.
 *
 * @example const page = await fetchUrl('https://example.com/news/1', { timeoutMs: 5000 })
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const settings = { ...DEFAULTS, ...options }
  const deadline = AbortSignal.timeout(settings.timeoutMs)
  let current = parseUrl(url, url)
  for (let hop = 0; ; hop++) {
    const response = await request(url, current, settings, deadline)
    const status = response.statusCode ?? 0
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume()
      if (hop >= settings.maxRedirects)
        throw new InputError(url, `too many redirects (more than ${settings.maxRedirects})`)
      current = parseUrl(url, new URL(response.headers.location, current).toString())
      continue
    }
    if (status < 200 || status >= 300) {
      response.resume()
      throw new InputError(url, `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`)
    }
    const body = await readBody(url, response, settings.maxBytes, settings.timeoutMs)
    return { url: current.toString(), contentType: String(response.headers['content-type'] ?? ''), body }
  }
}

function parseUrl(original: string, text: string): URL {
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    throw new InputError(original, 'not a URL')
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(original, `only http and https URLs can be fetched, not ${parsed.protocol.replace(':', '')}`)
  }
  if (parsed.username || parsed.password)
    throw new InputError(original, 'URLs with a user name or password are refused')
  return parsed
}

/** True for addresses a public news site never has: private, loopback, link-local, multicast, reserved. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  }
  return parsed.range() === 'unicast'
}

function request(
  original: string,
  url: URL,
  settings: FetchOptions & typeof DEFAULTS,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  // A literal address never goes through DNS, so it is checked here; names are checked in lookup.
  if (isIP(host) && !settings.allowPrivate && !isPublicAddress(host)) {
    return Promise.reject(
      new InputError(
        original,
        `refused: ${host} is a private, loopback or link-local address (use --allow-private to allow it)`,
      ),
    )
  }
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4)
      const refused = settings.allowPrivate ? undefined : addresses.find((entry) => !isPublicAddress(entry.address))
      if (refused) {
        const message = `refused: ${hostname} resolves to ${refused.address}, a private, loopback or link-local address (use --allow-private to allow it)`
        return callback(Object.assign(new Error(message), { code: 'EPRIVATE' }), '', 4)
      }
      const first = addresses[0]
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4)
      if (lookupOptions.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses)
      callback(null, first.address, first.family)
    })
  }
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        lookup,
        signal,
        headers: {
          'user-agent': 'parley (news analysis)',
          accept:
            'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
        },
      },
      resolve,
    )
    req.on('error', (error: NodeJS.ErrnoException) => reject(networkError(original, error, settings.timeoutMs)))
  })
}

function readBody(original: string, response: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length'])
  if (declared > maxBytes) {
    response.destroy()
    return Promise.reject(new InputError(original, `response too large (${declared} bytes; the limit is ${maxBytes})`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        response.destroy()
        reject(new InputError(original, `response too large (over ${maxBytes} bytes)`))
        return
      }
      chunks.push(chunk)
    })
    response.on('end', () => resolve(Buffer.concat(chunks)))
    response.on('error', (error: NodeJS.ErrnoException) => reject(networkError(original, error, timeoutMs)))
  })
}

function networkError(original: string, error: NodeJS.ErrnoException, timeoutMs: number): InputError {
  if (error.code === 'EPRIVATE') return new InputError(original, error.message)
  if (error.name === 'AbortError' || error.name === 'TimeoutError' || error.code === 'ABORT_ERR') {
    return new InputError(original, `timed out after ${timeoutMs / 1000} s`)
  }
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return new InputError(original, 'host not found')
  if (error.code === 'ECONNREFUSED') return new InputError(original, 'connection refused')
  return new InputError(original, `cannot fetch (${error.code ?? error.message})`)
}
