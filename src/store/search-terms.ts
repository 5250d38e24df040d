/** One thing every hit must contain: a word, or a phrase of words in order; `prefix` for a trailing `*`. */
export interface SearchTerm {
  readonly words: readonly string[]
  readonly prefix: boolean
}

/**
 * The user's search text as terms: every term must occur, "quoted phrases" stay phrases, and a
 * trailing * makes a prefix search. Only letters and digits survive, so no input can become query
 * syntax in any back end (FTS5's MATCH, PostgreSQL's tsquery). Empty when no word is left.
 *
 * @example parseSearchText('"security guarantees" referend*')
 *   // [{ words: ['security', 'guarantees'], prefix: false }, { words: ['referend'], prefix: true }]
 */
export function parseSearchText(text: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const raw = match[1] ?? match[2] ?? ''
    const words = raw.match(/[\p{L}\p{N}]+/gu)
    if (!words) continue
    terms.push({ words, prefix: match[1] === undefined && raw.endsWith('*') })
  }
  return terms
}
