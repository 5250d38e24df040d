import { Html, html } from './html.js'

/** One fact to mark in the text: its span, its kind (the CSS class) and its record's key. */
export interface Mark {
  readonly start: number
  readonly end: number
  readonly kind: 'quote' | 'claim' | 'position' | 'entity' | 'event'
  /** Key of the record the page's script shows when the mark is clicked ("quote:q1"). */
  readonly key: string
  /** Extra class, such as the entity type or the stance. */
  readonly variant?: string
}

// Innermost facts win the colour when marks overlap: an entity inside a quote is drawn as an entity.
const LAYER: Record<Mark['kind'], number> = { quote: 0, position: 1, claim: 2, event: 3, entity: 4 }

/**
 * The text cut at every mark boundary, each piece wrapped in one element that lists every fact
 * covering it (`data-keys`), so overlapping and nested facts need no nesting of elements. Text is
 * escaped; marks out of range or empty are skipped. A piece where a quote, claim or position starts
 * is focusable, so the facts can be reached with the keyboard.
 *
 * @example highlightText('Talks "went well," she said.', [{ start: 7, end: 16, kind: 'quote', key: 'quote:q1' }])
 */
export function highlightText(text: string, marks: readonly Mark[]): Html {
  const valid = marks.filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end)
  const cuts = new Set<number>([0, text.length])
  for (const mark of valid) {
    cuts.add(mark.start)
    cuts.add(mark.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Html[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const covering = valid
      .filter((mark) => mark.start <= start && end <= mark.end)
      .sort((a, b) => LAYER[a.kind] - LAYER[b.kind] || b.start - a.start)
    const piece = text.slice(start, end)
    if (covering.length === 0) {
      pieces.push(html`${piece}`)
      continue
    }
    const classes = new Set(['hl'])
    for (const mark of covering) {
      classes.add(mark.kind)
      if (mark.variant) classes.add(`${mark.kind}-${mark.variant}`)
    }
    const opens = covering.some((mark) => mark.start === start && mark.kind !== 'entity')
    const keys = [...covering].reverse().map((mark) => mark.key)
    pieces.push(
      html`<mark class="${[...classes].join(' ')}" data-keys="${keys.join(' ')}"${opens ? new Html(' tabindex="0" role="button"') : ''}>${piece}</mark>`,
    )
  }
  return html`${pieces}`
}

/** Paragraphs: the text split at blank lines, each highlighted with the marks inside it (offsets kept). */
export function highlightParagraphs(text: string, marks: readonly Mark[]): Html {
  const paragraphs: Html[] = []
  const breaks = /\n\s*\n/g
  let from = 0
  const push = (start: number, end: number) => {
    if (text.slice(start, end).trim() === '') return
    const local = marks
      .filter((mark) => mark.start < end && mark.end > start)
      .map((mark) => ({ ...mark, start: Math.max(mark.start, start) - start, end: Math.min(mark.end, end) - start }))
    paragraphs.push(html`<p data-start="${start}">${highlightText(text.slice(start, end), local)}</p>`)
  }
  for (const match of text.matchAll(breaks)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, text.length)
  return html`${paragraphs}`
}
