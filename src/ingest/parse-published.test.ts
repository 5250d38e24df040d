import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePublished } from './parse-published.js'

const CASES: [string, string | null][] = [
  ['2024-03-05', '2024-03-05'],
  ['  2024-03-05 ', '2024-03-05'],
  ['2024-03-05T23:30:00-05:00', '2024-03-05'],
  ['2024-03-05T10:00:00.000Z', '2024-03-05'],
  ['2024-03-05 21:30', '2024-03-05'],
  ['2024-02-29', '2024-02-29'],
  ['2023-02-29', null],
  ['2024-13-01', null],
  ['2024-3-5', null],
  ['05/03/2024', null],
  ['Tuesday', null],
  ['2024-03-05garbage', null],
  ['', null],
]
for (const [value, expected] of CASES) {
  test(`parsePublished(${JSON.stringify(value)}) is ${expected}`, () => {
    assert.equal(parsePublished(value), expected)
  })
}
