import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FigureRecord } from '../store/store.js'
import { disagreement, findConflicts, rangeOf } from './conflicts.js'

let next = 0
function figure(fields: Partial<FigureRecord> & Pick<FigureRecord, 'value' | 'claimantKey'>): FigureRecord {
  next++
  return {
    claimId: `c${next}`,
    articleId: `a${next}`,
    storyId: next,
    unit: 'drones',
    action: '',
    side: '',
    place: '',
    placeIsState: false,
    revision: false,
    period: 'day',
    date: '2025-12-10',
    claimantName: null,
    low: null,
    high: null,
    exact: String(fields.value),
    start: 0,
    end: 1,
    claimText: '',
    source: null,
    published: fields.date ?? '2025-12-10',
    ...fields,
  }
}

test('rangeOf: bounds and approximations', () => {
  const cases: [Partial<FigureRecord>, [number, number]][] = [
    [{ value: 94, exact: '94 drones' }, [94, 94]],
    [{ value: 40, exact: 'about 40' }, [36, 44]],
    [{ value: 60, low: 60, exact: 'more than 60' }, [60, Number.POSITIVE_INFINITY]],
    [{ value: 60, high: 60, exact: 'up to 60' }, [30, 60]],
    [{ value: 200, exact: 'fewer than 200' }, [0, 200]],
  ]
  for (const [fields, range] of cases) {
    assert.deepEqual(rangeOf({ low: null, high: null, value: null, exact: '', ...fields }), range, fields.exact)
  }
})

test('conflict: same thing, same day, different claimants, values apart', () => {
  const a = figure({ value: 12, unit: 'people', action: 'kill', claimantKey: 'body:ukrainian officials' })
  const b = figure({
    value: 60,
    high: 60,
    exact: 'up to 60',
    unit: 'people:troops',
    action: 'kill',
    claimantKey: 'body:russian defense ministry',
  })
  assert.equal(disagreement(a, b), 'values disagree')
  const [conflict] = findConflicts([a, b])
  assert.deepEqual(
    conflict?.figures.map((f) => f.value),
    [12, 60],
  )
})

test('conflict: more said destroyed than said launched', () => {
  const downed = figure({ value: 94, action: 'down', side: 'ukraine', claimantKey: 'body:russian defense ministry' })
  const launched = figure({
    value: 40,
    exact: 'about 40',
    action: 'launch',
    place: 'russia',
    placeIsState: true,
    claimantKey: 'body:ukrainian general staff',
  })
  assert.equal(disagreement(downed, launched), 'more said destroyed than said launched')
  assert.equal(disagreement({ ...downed, value: 30, exact: '30' }, launched), null)
})

test('not a conflict: drones launched at Ukraine vs drones downed over Russia', () => {
  const atUkraine = figure({
    value: 147,
    action: 'launch',
    side: 'russia',
    place: 'ukraine',
    placeIsState: true,
    claimantKey: 'body:ukrainian air force',
  })
  const overRussia = figure({
    value: 71,
    action: 'down',
    side: 'ukraine',
    place: 'russia',
    placeIsState: true,
    claimantKey: 'body:russian defense ministry',
  })
  const downedOfThem = figure({
    value: 121,
    action: 'down',
    side: 'russia',
    place: 'ukraine',
    placeIsState: true,
    claimantKey: 'body:ukrainian air force',
  })
  assert.deepEqual(findConflicts([atUkraine, overRussia, downedOfThem]), [])
})

test('not a conflict: same claimant, other nights, other units, other kinds of people, proposals', () => {
  const cases: [FigureRecord, FigureRecord][] = [
    [figure({ value: 9, claimantKey: 'k' }), figure({ value: 12, claimantKey: 'k' })],
    [
      figure({ value: 412, action: 'launch', claimantKey: 'a', date: '2025-12-06' }),
      figure({ value: 96, action: 'launch', claimantKey: 'b', date: '2025-12-07' }),
    ],
    [figure({ value: 19, unit: 'points', claimantKey: 'a' }), figure({ value: 20, unit: 'years', claimantKey: 'b' })],
    [
      figure({ value: 200, unit: 'people:troops', claimantKey: 'a' }),
      figure({ value: 300, unit: 'people:civilians', claimantKey: 'b' }),
    ],
    [
      figure({ value: 20, unit: 'years', action: 'propose', claimantKey: 'a' }),
      figure({ value: 40, unit: 'years', action: 'propose', claimantKey: 'b' }),
    ],
  ]
  for (const [a, b] of cases) assert.equal(disagreement(a, b), null, `${a.value} ${a.unit} vs ${b.value} ${b.unit}`)
})

test('updates are not conflicts: a later figure from the same claimant or a revision replaces the earlier one', () => {
  const first = figure({
    value: 9,
    unit: 'people',
    action: 'kill',
    claimantKey: 'said-by:regional governor',
    published: '2025-12-07',
    date: '2025-12-07',
  })
  const update = figure({
    value: 12,
    unit: 'people',
    action: 'kill',
    claimantKey: 'said-by:regional governor',
    published: '2025-12-08',
    date: '2025-12-07',
  })
  const officials = figure({
    value: 12,
    unit: 'people',
    action: 'kill',
    period: '',
    claimantKey: 'body:ukrainian officials',
    published: '2025-12-08',
    date: '2025-12-08',
  })
  assert.deepEqual(findConflicts([first, update, officials]), [])
  const cap = figure({
    value: 600000,
    unit: 'people:troops',
    action: 'limit',
    period: '',
    claimantKey: 'x',
    published: '2025-11-21',
    date: '2025-11-21',
  })
  const raised = figure({
    value: 800000,
    unit: 'people:troops',
    action: 'limit',
    period: '',
    revision: true,
    claimantKey: 'y',
    published: '2025-11-24',
    date: '2025-11-24',
  })
  assert.deepEqual(findConflicts([cap, raised]), [])
})
