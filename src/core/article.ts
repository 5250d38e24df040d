/** One cleaned news item, ready for analysis. `text` is the body every offset points into. */
export interface Article {
  /** Where it came from: a path, "FILE:LINE" for a line of a .jsonl file, "-" for standard input. */
  readonly input: string
  readonly headline: string | null
  readonly text: string
  /** ISO date (YYYY-MM-DD) or null. */
  readonly published: string | null
  readonly source: string | null
  readonly url: string | null
  /** Page chrome that cleaning removed ("MORE STORIES", "Advertisement"), for the reader to see. */
  readonly removed: readonly string[]
  /** What cleaning wants a reader to know (text cut, odd encoding, ...). */
  readonly warnings: readonly string[]
}
