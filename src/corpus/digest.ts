import type { ActorSummary, PositionRecord, Store } from '../store/store.js'
import { type Conflict, findConflicts } from './conflicts.js'
import { type Shift, timelines } from './shifts.js'

/** What changed in the corpus since a day: the answer to "what is new since yesterday?". */
export interface Digest {
  readonly since: string
  readonly newPositions: readonly PositionRecord[]
  readonly shifts: readonly Shift[]
  readonly conflicts: readonly Conflict[]
  readonly newActors: readonly ActorSummary[]
}

/**
 * Everything dated on or after `since` (YYYY-MM-DD; an article's date is its publication date, or
 * the day it was ingested when it carries none): positions taken, stance shifts, conflicting
 * claims with at least one figure that new, and actors first seen. Shifts are computed over the
 * whole history, so a stance taken today is compared with the one from last month.
 */
export async function buildDigest(store: Store, since: string): Promise<Digest> {
  const positions = await store.positions()
  const isNew = (date: string | null) => date !== null && date >= since
  return {
    since,
    newPositions: positions.filter((position) => isNew(position.date)),
    shifts: timelines(positions)
      .flatMap((timeline) => timeline.shifts)
      .filter((shift) => isNew(shift.date)),
    conflicts: findConflicts(await store.comparableFigures()).filter((conflict) =>
      conflict.figures.some((figure) => isNew(figure.published ?? figure.date)),
    ),
    // Places come and go with every dateline; the digest names people, bodies and groups.
    newActors: (await store.actorsSince(since)).filter((actor) => actor.type !== 'location'),
  }
}

/** The digest as Markdown: one section per kind of change, every item with its source and date. */
export function renderDigest(digest: Digest): string {
  const lines = [`# What changed since ${digest.since}`, '']
  lines.push(`## Stance shifts (${digest.shifts.length})`, '')
  for (const shift of digest.shifts) {
    lines.push(
      `- **${shift.actorName}** on _${shift.issue}_: ${shift.from} → **${shift.to}** (${shift.date ?? 'undated'}, ${shift.after.source ?? 'unknown source'})`,
      `  > ${shift.after.exact}`,
    )
  }
  lines.push('', `## New positions (${digest.newPositions.length})`, '')
  for (const position of digest.newPositions) {
    const conditions = position.conditions.length > 0 ? ` if ${position.conditions.join('; ')}` : ''
    lines.push(
      `- **${position.actorName}** ${position.stance} ${position.proposition}${conditions} _(${position.issue ?? 'no issue'}; ${position.date ?? 'undated'}, ${position.source ?? 'unknown source'})_`,
    )
  }
  lines.push('', `## Conflicting claims (${digest.conflicts.length})`, '')
  for (const conflict of digest.conflicts) lines.push(...renderConflict(conflict), '')
  lines.push(`## New actors (${digest.newActors.length})`, '')
  for (const actor of digest.newActors)
    lines.push(`- ${actor.name} (${actor.type}, first seen ${actor.firstSeen ?? '?'})`)
  return `${lines.join('\n').trimEnd()}\n`
}

/** One conflict: the figures side by side, each with who says it, where and when. */
export function renderConflict(conflict: Conflict): string[] {
  const lines = [`### ${conflict.unit} on ${conflict.date ?? 'an unknown day'}: ${conflict.reason}`, '']
  lines.push('| figure | says who | outlet | published | evidence |', '|---|---|---|---|---|')
  for (const figure of conflict.figures) {
    const who = figure.claimantName ?? (figure.claimantKey?.startsWith('outlet:') ? '(the outlet)' : '?')
    lines.push(
      `| **${figure.exact}** | ${who} | ${figure.source ?? '?'} | ${figure.published ?? '?'} | ${figure.claimText.replace(/\|/g, '\\|').replace(/\s+/g, ' ')} |`,
    )
  }
  return lines
}
