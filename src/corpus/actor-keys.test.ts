import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../core/facts.js'
import type { KnownActor } from '../knowledge/knowledge.js'
import { actorKeys, foldName } from './actor-keys.js'

const PACK = new Map<string, KnownActor>([
  ['zelensky', { name: 'Volodymyr Zelenskyy', type: 'person' }],
  ['kremlin', { name: 'Kremlin', type: 'location', seatOf: 'Russia' }],
])
const knowledge = { actor: (lower: string) => PACK.get(lower) }
const person = (name: string, aliases: string[] = [name]) => ({ name, type: 'person' as EntityType, aliases })

test('foldName: accents, case, punctuation, "the" and transliteration endings', () => {
  const cases: [string, string][] = [
    ['Zelenskyy', 'zelensky'],
    ['Zelenskiy', 'zelensky'],
    ['Zelenski', 'zelensky'],
    ['Andrii Sybiha', 'andry sybiha'],
    ['Andriy  Sybiha', 'andry sybiha'],
    ['the Kremlin', 'kremlin'],
    ['Ukraine’s General Staff', 'ukraine general staff'],
    ['Müller', 'muller'],
  ]
  for (const [name, folded] of cases) assert.equal(foldName(name), folded, name)
})

test('actorKeys: a pack alias gives the canonical name; spelling variants fold to one key', () => {
  const keys = actorKeys(person('Zelensky'), knowledge).map((key) => key.key)
  assert.ok(keys.includes('person:volodymyr zelensky'), keys.join(', '))
  const variant = actorKeys(person('Volodymyr Zelenskiy'), knowledge).map((key) => key.key)
  assert.ok(variant.includes('person:volodymyr zelensky'), variant.join(', '))
})

test('actorKeys: a surname alone joins only a unique holder and is never an exact key', () => {
  const lone = actorKeys(person('Witkoff'), knowledge)
  assert.deepEqual(
    lone.map((key) => [key.key, key.join, key.record]),
    [
      ['person-lone:witkoff', 'unique', 'add'],
      ['person-surname:witkoff', 'unique', null],
    ],
  )
  const full = actorKeys(person('Steve Witkoff', ['Steve Witkoff', 'Witkoff']), knowledge)
  assert.deepEqual(
    full.map((key) => [key.key, key.join, key.record]),
    [
      ['person:steve witkoff', 'exact', 'add'],
      ['person-lone:witkoff', 'unique', 'drop'],
      ['person-surname:witkoff', null, 'add'],
    ],
  )
})

test('actorKeys: persons, bodies and places never share keys; a seat is not its state', () => {
  const place = actorKeys({ name: 'Kremlin', type: 'location', aliases: ['the Kremlin'] }, knowledge).map((k) => k.key)
  assert.deepEqual(place, ['place:kremlin'])
  const body = actorKeys({ name: 'Kremlin', type: 'organization', aliases: ['Kremlin'] }, knowledge).map((k) => k.key)
  assert.deepEqual(body, ['body:kremlin'])
  const titled = actorKeys(person('Sir Keir Starmer'), knowledge).map((key) => key.key)
  assert.ok(titled.includes('person:keir starmer'), titled.join(', '))
})
