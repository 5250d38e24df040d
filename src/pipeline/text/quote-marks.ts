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

const OPENING = new Set(['“', '«', '„'])
const CLOSING = new Set(['”', '»'])

/**
 * Finds double-quoted regions: curly, straight and guillemets. Single quotes are left out: they are
 * too often apostrophes. A quote never crosses a paragraph break; one left open at the paragraph end
 * runs on (the next paragraph usually reopens it).
 */
export function findQuotedRegions(text: string): QuotedRegion[] {
  const regions: QuotedRegion[] = []
  let open = -1
  let straight = false
  const closeAt = (end: number, after: number, runsOn: boolean) => {
    let start = open + 1
    let stop = end
    while (start < stop && /\s/.test(text[start]!)) start++
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--
    if (stop > start) regions.push({ start, end: stop, open, close: after, runsOn })
    open = -1
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '\n') {
      if (open >= 0) closeAt(i, i, true)
      continue
    }
    if (OPENING.has(char)) {
      open = i
      straight = false
    } else if (CLOSING.has(char)) {
      if (open >= 0 && !straight) closeAt(i, i + 1, false)
    } else if (char === '"') {
      if (open >= 0 && straight) closeAt(i, i + 1, false)
      else if (open < 0 || !straight) {
        const before = text[i - 1]
        const after = text[i + 1]
        const looksOpening = before === undefined || /[\s([—–:,;-]/.test(before) || !/\s/.test(after ?? ' ')
        if (looksOpening) {
          open = i
          straight = true
        }
      }
    }
  }
  if (open >= 0) closeAt(text.length, text.length, true)
  return regions
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
