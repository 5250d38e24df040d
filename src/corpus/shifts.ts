import type { PositionRecord, Stance } from '../store/store.js'

/** A change of stance by one actor on one issue: an event of its own. */
export interface Shift {
  readonly actorId: number | null
  readonly actorName: string
  readonly issue: string
  readonly from: Stance
  readonly to: Stance
  readonly date: string | null
  /** The last position with the old stance and the first with the new one, with their evidence. */
  readonly before: PositionRecord
  readonly after: PositionRecord
}

/** One actor's positions on one issue, oldest first, with the shifts between them. */
export interface Timeline {
  readonly actorId: number | null
  readonly actorName: string
  readonly issue: string
  readonly positions: readonly PositionRecord[]
  readonly shifts: readonly Shift[]
}

/**
 * Positions grouped per actor and issue, in date order, with a shift wherever the stance differs
 * from the one before. Positions without an issue cannot be compared and are left out; a stance
 * repeated by later articles (round-ups, syndicated copies) is one run, not new shifts.
 *
 * @example timelines(await store.positions({ actorId })).flatMap((t) => t.shifts)
 */
export function timelines(positions: readonly PositionRecord[]): Timeline[] {
  const groups = new Map<string, PositionRecord[]>()
  for (const position of positions) {
    if (position.issue === null) continue
    const key = `${position.actorId ?? `name:${position.actorName}`}\u0000${position.issue}`
    groups.set(key, [...(groups.get(key) ?? []), position])
  }
  const result: Timeline[] = []
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    const stances = oneStancePerArticle(ordered)
    const shifts: Shift[] = []
    for (let i = 1; i < stances.length; i++) {
      const before = stances[i - 1]!
      const after = stances[i]!
      if (before.stance === after.stance) continue
      shifts.push({
        actorId: after.actorId,
        actorName: after.actorName,
        issue: after.issue!,
        from: before.stance,
        to: after.stance,
        date: after.date,
        before,
        after,
      })
    }
    const first = ordered[0]!
    result.push({ actorId: first.actorId, actorName: first.actorName, issue: first.issue!, positions: ordered, shifts })
  }
  return result.sort((a, b) => a.actorName.localeCompare(b.actorName) || a.issue.localeCompare(b.issue))
}

// When one article gives an actor several stances on an issue ("rejected a buffer zone on our side
// only", "could accept a demilitarized zone if …"), the most qualified one is the article's stance.
const STANCE_WEIGHT: Record<Stance, number> = { conditional: 3, against: 2, for: 1, undecided: 0 }

/** One position per article, in order: the article's stance, so a nuanced article makes no shifts of its own. */
function oneStancePerArticle(ordered: readonly PositionRecord[]): PositionRecord[] {
  const chosen: PositionRecord[] = []
  for (const position of ordered) {
    const last = chosen[chosen.length - 1]
    if (last && last.articleId === position.articleId) {
      if (STANCE_WEIGHT[position.stance] > STANCE_WEIGHT[last.stance]) chosen[chosen.length - 1] = position
    } else chosen.push(position)
  }
  return chosen
}
