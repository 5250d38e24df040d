import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readLanguage } from '../language/language.js'
import { findQuantities } from './quantities.js'

function quantitiesIn(text: string) {
  const { tokens } = readLanguage(text)
  return findQuantities(text, tokens, 0, tokens.length).map((q) => ({ text: q.text, value: q.value, unit: q.unit }))
}

test('quantities: "per cent" is a percentage', () => {
  assert.deepEqual(quantitiesIn('Prices rose 4 per cent in May.'), [{ text: '4 per cent', value: 4, unit: 'percent' }])
})

test('quantities: a text cut after "per" does not read past its end', () => {
  // Found by the property test: a truncated article ending in "4 per".
  const found = quantitiesIn('Employers could not go beyond 4 per')
  assert.equal(found.length, 1)
  assert.equal(found[0]!.value, 4)
  assert.notEqual(found[0]!.unit, 'percent')
})

test('quantities: the counted noun is the unit', () => {
  assert.deepEqual(quantitiesIn('The air force said it downed 41 drones overnight.'), [
    { text: '41 drones', value: 41, unit: 'drones' },
  ])
})

test('quantities: words that are also object properties are not numbers', () => {
  assert.deepEqual(quantitiesIn('Two constructor firms and 40 toString workers walked out.'), [
    { text: 'Two constructor firms', value: 2, unit: 'firms' },
    { text: '40 toString workers', value: 40, unit: 'workers' },
  ])
})
