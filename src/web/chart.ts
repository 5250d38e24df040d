import type { Timeline } from '../corpus/shifts.js'
import { type Html, html } from './html.js'
import { formatDay } from './layout.js'

const STANCE_Y: Record<string, number> = { for: 0, conditional: 1, undecided: 2, against: 3 }
const STANCES = ['for', 'conditional', 'undecided', 'against'] as const

/**
 * Position timelines as one small SVG: a row per actor, time along the x axis, a dot per position
 * coloured by stance, and a ring where the stance shifted. Drawn on the server, so it costs no
 * script; every label is escaped like any other text. Positions without a date are left out.
 */
export function timelineChart(lines: readonly Timeline[], options: { title: string }): Html {
  const dated = lines
    .map((line) => ({ ...line, positions: line.positions.filter((position) => position.date !== null) }))
    .filter((line) => line.positions.length > 0)
  if (dated.length === 0) return html`<p class="empty">No dated positions to chart yet.</p>`
  const days = dated.flatMap((line) => line.positions.map((position) => Date.parse(position.date!)))
  const first = Math.min(...days)
  const last = Math.max(...days)
  const span = Math.max(last - first, 86_400_000)
  const labelWidth = 170
  const width = 760
  const rowHeight = 34
  const top = 28
  const height = top + dated.length * rowHeight + 24
  const x = (day: number) => labelWidth + 12 + ((day - first) / span) * (width - labelWidth - 36)
  const rows = dated.map((line, index) => {
    const y = top + index * rowHeight + rowHeight / 2
    const shiftDays = new Set(line.shifts.map((shift) => shift.after.id))
    const points = line.positions.map((position) => ({ position, cx: x(Date.parse(position.date!)) }))
    const path = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.cx.toFixed(1)},${y}`).join(' ')
    return html`<g class="row">
      <text x="${labelWidth}" y="${y + 4}" text-anchor="end" class="label">${truncate(line.actorName, 24)}</text>
      <line x1="${labelWidth + 8}" x2="${width - 12}" y1="${y}" y2="${y}" class="guide"></line>
      ${points.length > 1 ? html`<path d="${path}" class="link"></path>` : ''}
      ${points.map(
        ({ position, cx }) => html`<circle cx="${cx.toFixed(1)}" cy="${y}" r="${shiftDays.has(position.id) ? 7 : 5}"
          class="dot stance-fill-${position.stance}${shiftDays.has(position.id) ? ' shift' : ''}"><title>${line.actorName}: ${position.stance} (${formatDay(position.date)}, ${position.source ?? 'unknown source'}): ${position.exact}</title></circle>`,
      )}
    </g>`
  })
  return html`<figure class="chart">
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${options.title}" preserveAspectRatio="xMinYMin meet">
      <text x="${labelWidth + 12}" y="16" class="axis">${formatDay(new Date(first).toISOString())}</text>
      <text x="${width - 12}" y="16" text-anchor="end" class="axis">${formatDay(new Date(last).toISOString())}</text>
      ${rows}
    </svg>
    <figcaption>${STANCES.map((stance) => html`<span class="stance stance-${stance}">${stance}</span> `)}<span class="ring-key">ring = shift of stance</span></figcaption>
  </figure>`
}

/** Sorts stances from most to least favourable, for "who stands where". */
export function stanceOrder(stance: string): number {
  return STANCE_Y[stance] ?? 9
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
