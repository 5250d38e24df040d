/**
 * A half-open range [start, end) in `Article.text`, counted in UTF-16 code units — the unit of
 * `String.prototype.slice`, so `text.slice(start, end)` is always the evidence.
 */
export interface Span {
  readonly start: number
  readonly end: number
}

export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`span: expected integers 0 <= start <= end, got [${start}, ${end})`)
  }
  return { start, end }
}

export const textOf = (text: string, s: Span): string => text.slice(s.start, s.end)

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** Sort key: by start, then longer span first, so nested spans follow their parent. */
export const byPosition = (a: Span, b: Span): number => a.start - b.start || b.end - a.end

/** Shrinks a span so that it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}
