/**
 * Text comparison as /work/shared/eval-data/SCORING.md defines it, so our figures mean the same as the
 * independent evaluation's: lower case; curly quotes as straight; every character that is not a letter,
 * digit, apostrophe or space becomes a space; spaces collapsed.
 */

const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g
const NOT_KEPT = /[^\p{L}\p{N}' ]/gu

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(NOT_KEPT, ' ')
    .replace(/ +/g, ' ')
    .trim()
}

export function tokens(text: string): string[] {
  const normalized = normalize(text)
  return normalized === '' ? [] : normalized.split(' ')
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Size of the multiset intersection of two word lists. */
export function commonWordCount(a: readonly string[], b: readonly string[]): number {
  const counts = countWords(b)
  let common = 0
  for (const word of a) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      common++
      counts.set(word, left - 1)
    }
  }
  return common
}

/** Bag-of-words F1 between two normalized texts; two empty texts are equal (1), one empty text scores 0. */
export function tokenF1(a: string, b: string): number {
  return tokenListF1(tokens(a), tokens(b))
}

export function tokenListF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1
  const common = commonWordCount(a, b)
  if (common === 0) return 0
  const precision = common / b.length
  const recall = common / a.length
  return (2 * precision * recall) / (precision + recall)
}

/** The exact-match form: normalized, without one leading "that" (indirect speech often keeps it). */
export function exactForm(text: string): string {
  return normalize(text).replace(/^that( |$)/, '')
}

/** True when the two words differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  const sameLength = short.length === long.length
  // After the first difference the rest must agree, skipping one letter of the longer word (or of both).
  return short.slice(sameLength ? i + 1 : i) === long.slice(i + 1)
}

/** SCORING's word equality for names: exact, or up to one letter when both words have five letters or more. */
export function sameNameWord(gold: string, predicted: string): boolean {
  if (gold === predicted) return true
  return gold.length >= 5 && predicted.length >= 5 && withinOneEdit(gold, predicted)
}

/** Drops a possessive ending, which SCORING says to ignore ("Trump's" is "Trump"). */
export function withoutPossessive(word: string): string {
  return word.replace(/'s$/, '').replace(/'$/, '')
}
