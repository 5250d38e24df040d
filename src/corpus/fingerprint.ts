import { createHash } from 'node:crypto'

export { signatureSimilarity } from '../core/signature.js'

/** Everything a store needs to recognise the same article and the same story. */
export interface Fingerprint {
  readonly contentSha256: string
  readonly signature: number[]
  readonly bands: string[]
}

// 64 hash functions in 16 bands of 4: two articles share a band with probability 1-(1-J^4)^16, which
// is 0.5 near Jaccard 0.5 and above 0.98 from 0.75, so the candidates cover the story threshold.
const HASHES = 64
const ROWS_PER_BAND = 4
// Five-word shingles: short enough to survive an edited sentence, long enough that two different
// stories about the same talks ("the two delegations met in") rarely share many.
const SHINGLE_WORDS = 5

/** Story threshold: estimated Jaccard similarity of shingles at which two articles are one story. */
export const STORY_THRESHOLD = 0.5

const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix32((i + 1) * 0x9e3779b1))

/**
 * Content hash, MinHash signature and LSH bands of an article.
 *
 * The hash covers source, headline and text, so the same article ingested twice is a no-op while a
 * syndicated copy from another outlet is a new article of the same story. The signature covers the
 * body only, normalized (case, punctuation, quote marks, whitespace), so datelines and bylines added
 * by the syndicating outlet change it little.
 *
 * @example fingerprint({ source: 'AP', headline: 'Talks resume', text: 'They met.' }).contentSha256
 */
export function fingerprint(article: ArticleIdentity): Fingerprint {
  const signature = minHash(shingles(article.text))
  return { contentSha256: contentHash(article), signature, bands: bandsOf(signature) }
}

type ArticleIdentity = { source: string | null; headline: string | null; text: string }

/** The SHA-256 of outlet, headline and text: what makes two inputs the same article. */
export function contentHash(article: ArticleIdentity): string {
  return createHash('sha256')
    .update(`${article.source ?? ''}\u0000${article.headline ?? ''}\u0000${article.text}`)
    .digest('hex')
}

/** Lower-case words with accents, punctuation and quote marks dropped. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

function shingles(text: string): Set<number> {
  const words = normalizeWords(text)
  const set = new Set<number>()
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) set.add(hashString(words.join(' ')))
    return set
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    set.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')))
  }
  return set
}

function minHash(set: Set<number>): number[] {
  const signature = new Array<number>(HASHES).fill(0xffffffff)
  for (const shingle of set) {
    for (let i = 0; i < HASHES; i++) {
      const value = fmix32(shingle ^ SEEDS[i]!)
      if (value < signature[i]!) signature[i] = value
    }
  }
  return signature
}

function bandsOf(signature: readonly number[]): string[] {
  const bands: string[] = []
  for (let band = 0; band * ROWS_PER_BAND < signature.length; band++) {
    const rows = signature.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND)
    bands.push(`${band}:${rows.map((row) => row.toString(36)).join('.')}`)
  }
  return bands
}

/** FNV-1a over UTF-16 code units, 32 bits. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** MurmurHash3's finalizer: spreads every input bit over the output, cheaply. */
function fmix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
