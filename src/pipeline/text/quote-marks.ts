import type { Span } from '../../core/span.js'

/** Words inside a pair of quotation marks. `start`/`end` exclude the marks. */
export interface QuotedRegion extends Span {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset just past the closing mark, or the paragraph end when the quote runs on. */
  readonly close: number
  /** True when the paragraph ends before the quote closes (news style for a quote that goes on). */
  readonly runsOn: boolean
}

// Char codes of the marks, so the scan over every character compares numbers, not strings.
const LINE_FEED = 0x0a
const STRAIGHT = 0x22 // "
const APOSTROPHE = 0x27 // ' (two in a row stand for a double mark in some wire and archive text)
const BACKTICK = 0x60 // ` (two in a row open a quote in the same typewriter convention)
const OPENING = new Set([0x201c, 0xab, 0x201e]) // “ « „
const CLOSING = new Set([0x201d, 0xbb]) // ” »
const BEFORE_OPENING = /[\s([—–:,;-]/

// The quotes and references stages both ask for the same article's regions: keep the last answer.
let lastText: string | null = null
let lastRegions: readonly QuotedRegion[] = []

/**
 * Finds double-quoted regions: curly, straight, guillemets, and the typewriter pairs '' and ``.
 * Single quotes are left out: they are too often apostrophes. A quote never crosses a paragraph break; one left open at the paragraph end
 * runs on (the next paragraph usually reopens it).
 */
export function findQuotedRegions(text: string): readonly QuotedRegion[] {
  if (text === lastText) return lastRegions
  const regions: QuotedRegion[] = []
  let open = -1
  let openWidth = 1
  let straight = false
  const closeAt = (end: number, after: number, runsOn: boolean) => {
    let start = open + openWidth
    let stop = end
    while (start < stop && /\s/.test(text[start]!)) start++
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--
    if (stop > start) regions.push({ start, end: stop, open, close: after, runsOn })
    open = -1
  }
  const opensAt = (i: number, width: number, isStraight: boolean) => {
    open = i
    openWidth = width
    straight = isStraight
  }
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    // Letters, digits and most punctuation are plain ASCII: skip them fast.
    if (code !== LINE_FEED && code !== STRAIGHT && code !== APOSTROPHE && code !== BACKTICK && code < 0xab) continue
    let width = 1
    if (code === APOSTROPHE || code === BACKTICK) {
      if (text.charCodeAt(i + 1) !== code) continue
      width = 2
      if (code === BACKTICK) {
        opensAt(i, 2, false)
        i++
        continue
      }
      code = STRAIGHT
    }
    if (code === LINE_FEED) {
      if (open >= 0) closeAt(i, i, true)
    } else if (OPENING.has(code)) {
      opensAt(i, 1, false)
    } else if (CLOSING.has(code)) {
      if (open >= 0 && !straight) closeAt(i, i + 1, false)
      // '”Mr. Trump embodies …”': a closing mark set where an opening one belongs, before a word.
      else if (open < 0 && code === 0x201d && opensWord(text, i)) opensAt(i, 1, false)
    } else if (code === STRAIGHT) {
      // A typewriter '' also closes a `` opening; a straight mark after a word closes a curly opening.
      const closesCurly = open >= 0 && !straight && !opensWord(text, i + width - 1)
      if (open >= 0 && (straight || (width === 2 && openWidth === 2) || closesCurly)) closeAt(i, i + width, false)
      else if (open < 0 || !straight) {
        const before = text[i - 1]
        const after = text[i + width]
        const looksOpening = before === undefined || BEFORE_OPENING.test(before) || !/\s/.test(after ?? ' ')
        if (looksOpening) opensAt(i, width, true)
      }
    }
    i += width - 1
  }
  if (open >= 0) closeAt(text.length, text.length, true)
  lastText = text
  lastRegions = regions
  return regions
}

/** True when the mark at `i` stands after a space (or starts a line) and before a word. */
function opensWord(text: string, i: number): boolean {
  const before = text[i - 1]
  const after = text[i + 1]
  return (before === undefined || /\s/.test(before)) && after !== undefined && /[\p{L}\p{N}.…]/u.test(after)
}

/** Index of the region containing offset `at`, or -1 (regions are sorted and do not overlap). */
export function regionAt(regions: readonly QuotedRegion[], at: number): number {
  let low = 0
  let high = regions.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const region = regions[mid]!
    if (at < region.open) high = mid - 1
    else if (at >= region.close) low = mid + 1
    else return mid
  }
  return -1
}
