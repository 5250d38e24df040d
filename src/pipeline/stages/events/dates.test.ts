import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveDate } from './dates.js'

// Published on Monday 2025-12-15.
const PUBLISHED = '2025-12-15'

const CASES: readonly [string, string | null, string | null][] = [
  ['The envoys met on Sunday in Doha.', '2025-12-14', 'Sunday'],
  ['Drones were launched overnight by the rebels.', '2025-12-15', 'overnight'],
  ['The strikes came overnight into Saturday.', '2025-12-13', 'Saturday'],
  ['The talks ended on Thursday.', '2025-12-11', 'Thursday'],
  ['The ministers will meet again on Thursday.', '2025-12-18', 'Thursday'],
  ['The two leaders spoke last week.', '2025-12-08', 'last week'],
  ['The deal was signed on Dec. 2 in Brussels.', '2025-12-02', 'Dec. 2'],
  ['The truce began on 3 March 2024.', '2024-03-03', '3 March 2024'],
  ['Officials met yesterday.', '2025-12-14', 'yesterday'],
  ['No date here, and May we never say so.', null, null],
]

for (const [sentence, date, words] of CASES) {
  test(`dates: "${sentence}" → ${date}`, () => {
    const resolved = resolveDate(sentence, 10, PUBLISHED)
    assert.equal(resolved?.date ?? null, date)
    assert.equal(resolved?.text ?? null, words)
    if (resolved) assert.equal(sentence.slice(resolved.start - 10, resolved.end - 10), words)
  })
}

test('dates: without a publication date only dates that name their year resolve', () => {
  assert.equal(resolveDate('They met on Sunday.', 0, null), null)
  assert.equal(resolveDate('They met overnight.', 0, null), null)
  // Relative words have nothing to count from (chrono alone would count from 1970).
  assert.equal(resolveDate('They met yesterday.', 0, null), null)
  assert.equal(resolveDate('The ministers spoke last week.', 0, null), null)
  assert.equal(resolveDate('The shelling began three days ago.', 0, null), null)
  assert.equal(resolveDate('They met on March 3, 2024.', 0, null)?.date, '2024-03-03')
})

test('dates: a weekday in a sentence that looks ahead is the next one, also before the publication day', () => {
  assert.equal(resolveDate('They are scheduled to hold a call on Tuesday.', 0, '2026-03-12')?.date, '2026-03-17')
  assert.equal(resolveDate('They met on Tuesday.', 0, '2026-03-12')?.date, '2026-03-10')
})
