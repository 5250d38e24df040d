import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { PositionRecord, Stance } from '../store/store.js'
import { timelines } from './shifts.js'

function position(actorId: number, issue: string | null, stance: Stance, date: string): PositionRecord {
  return {
    id: `${actorId}-${date}`,
    articleId: date,
    storyId: 1,
    actorId,
    actorName: `actor ${actorId}`,
    issue,
    proposition: 'p',
    stance,
    conditions: [],
    start: 0,
    end: 1,
    exact: 'x',
    date,
    source: null,
  }
}

test('shifts: a change of stance is a shift; repeating a stance is not', () => {
  const [timeline] = timelines([
    position(1, 'dmz', 'against', '2025-11-20'),
    position(1, 'dmz', 'against', '2025-12-06'),
    position(1, 'dmz', 'conditional', '2025-12-11'),
    position(1, 'dmz', 'conditional', '2025-12-29'),
  ])
  assert.equal(timeline?.positions.length, 4)
  assert.deepEqual(
    timeline?.shifts.map((shift) => [shift.from, shift.to, shift.date]),
    [['against', 'conditional', '2025-12-11']],
  )
})

test('shifts: per actor and issue, in date order whatever the input order; no issue, no timeline', () => {
  const result = timelines([
    position(2, 'assets', 'undecided', '2025-12-19'),
    position(2, 'assets', 'for', '2025-11-23'),
    position(3, 'troops', 'against', '2025-12-02'),
    position(3, 'troops', 'against', '2026-01-07'),
    position(2, null, 'for', '2025-11-01'),
  ])
  assert.deepEqual(
    result.map((t) => [t.actorId, t.issue, t.shifts.map((s) => `${s.from}→${s.to}`)]),
    [
      [2, 'assets', ['for→undecided']],
      [3, 'troops', []],
    ],
  )
})
