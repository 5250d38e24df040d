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
