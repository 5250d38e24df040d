import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findQuotedRegions } from './quote-marks.js'

const quoted = (text: string): string[] => findQuotedRegions(text).map((region) => text.slice(region.start, region.end))

test('quote marks: curly, straight, guillemets and typewriter pairs', () => {
  assert.deepEqual(quoted('He said “no” and “never.” She said "yes" and ``maybe.\'\' «Non», dit-il.'), [
    'no',
    'never.',
    'yes',
    'maybe.',
    'Non',
  ])
})

test('quote marks: a closing mark set where the opening belongs, and a curly quote closed by a straight mark', () => {
  assert.deepEqual(quoted('”Mr. Berg embodies the worst of us,” said Ana Ruiz.'), [
    'Mr. Berg embodies the worst of us,',
  ])
  assert.deepEqual(quoted('She said “the plan is dead" and left the room.'), ['the plan is dead'])
  // A closing mark after a word with nothing open is a stray mark, not an opening.
  assert.deepEqual(quoted('The word” stands alone here.'), [])
})

test('quote marks: a quote left open at the paragraph end runs on', () => {
  const regions = findQuotedRegions('“We will stay.\n\n“And we will win,” she said.')
  assert.deepEqual(
    regions.map((region) => region.runsOn),
    [true, false],
  )
})
