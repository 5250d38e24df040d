import type { Token } from '../layers.js'

/** Index of the token that contains or starts after `offset` (first token with end > offset). */
export function tokenIndexFrom(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid]!.end <= offset) low = mid + 1
    else high = mid
  }
  return low
}

/** Index one past the last token that ends at or before `offset`. */
export function tokenIndexBefore(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid]!.start < offset) low = mid + 1
    else high = mid
  }
  return low
}

const IRREGULAR_PAST = new Set(
  (
    'sought said told made took gave held met spoke wrote drew came went saw found got began left kept brought ' +
    'won lost ran sent led fell rose stood became felt heard thought knew grew paid built bought'
  ).split(' '),
)

/** A verb form in the past: "-ed" or a common irregular one ("sought", "drew"). */
export const isPastForm = (lower: string): boolean => lower.endsWith('ed') || IRREGULAR_PAST.has(lower)

/**
 * One past a phrase that a sentence goes on from with its own verb: an auxiliary or a past form right
 * after a noun, adjective or number ("Ukraine's bid to join NATO stalled", "X's claim that the bridge was
 * safe drew ridicule"). With `ownVerb`, the phrase is a clause and its first verb is its own.
 */
export function beforeMainVerb(tokens: readonly Token[], first: number, end: number, ownVerb = false): number {
  let waiting = ownVerb
  for (let k = first; k < end; k++) {
    const token = tokens[k]!
    const finite = token.pos === 'AUX' || (token.pos === 'VERB' && isPastForm(token.lower))
    if (finite && !waiting && k > first && /^(NOUN|PROPN|ADJ|ADV|NUM)$/.test(tokens[k - 1]!.pos)) return k
    if (token.pos === 'VERB' || token.pos === 'AUX') waiting = false
  }
  return end
}

/** "far-right", "late-night": a piece of a hyphenated word (a word glued to a hyphen, or the hyphen itself). */
export function isHyphenPiece(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  if (token === undefined) return false
  if (token.text === '-') return tokens[k - 1]?.end === token.start && tokens[k + 1]?.start === token.end
  return tokens[k + 1]?.text === '-' || tokens[k - 1]?.text === '-'
}
