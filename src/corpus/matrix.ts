import type { PositionRecord, Stance } from '../store/store.js'
import { timelines } from './shifts.js'

/** Where one actor stands on one issue now: the latest stance, with how it got there. */
export interface MatrixCell {
  readonly actorId: number | null
  readonly actorName: string
  readonly issue: string
  readonly stance: Stance
  /** The date and evidence of the latest position. */
  readonly latest: PositionRecord
  readonly positions: number
  readonly shifts: number
}

/** Actors × issues: one row per actor (most issues first), one cell per issue they took a stance on. */
export interface PositionMatrix {
  readonly issues: readonly string[]
  readonly rows: readonly {
    readonly actorId: number | null
    readonly actorName: string
    readonly cells: readonly MatrixCell[]
  }[]
}

/**
 * The position matrix from every stored position: each actor's latest stance per issue, built from
 * the same timelines as shifts, so the matrix and the shift list never disagree.
 *
 * @example positionMatrix(await store.positions()).rows[0]?.cells
 */
export function positionMatrix(positions: readonly PositionRecord[]): PositionMatrix {
  const rows = new Map<string, { actorId: number | null; actorName: string; cells: MatrixCell[] }>()
  const issues = new Map<string, number>()
  for (const timeline of timelines(positions)) {
    const latest = timeline.positions[timeline.positions.length - 1]
    if (!latest) continue
    const key = timeline.actorId === null ? `name:${timeline.actorName}` : String(timeline.actorId)
    const row = rows.get(key) ?? { actorId: timeline.actorId, actorName: timeline.actorName, cells: [] }
    row.cells.push({
      actorId: timeline.actorId,
      actorName: timeline.actorName,
      issue: timeline.issue,
      stance: latest.stance,
      latest,
      positions: timeline.positions.length,
      shifts: timeline.shifts.length,
    })
    rows.set(key, row)
    issues.set(timeline.issue, (issues.get(timeline.issue) ?? 0) + timeline.positions.length)
  }
  return {
    issues: [...issues.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([issue]) => issue),
    rows: [...rows.values()].sort(
      (a, b) =>
        b.cells.length - a.cells.length || sum(b.cells) - sum(a.cells) || a.actorName.localeCompare(b.actorName),
    ),
  }
}

function sum(cells: readonly MatrixCell[]): number {
  return cells.reduce((total, cell) => total + cell.positions, 0)
}
