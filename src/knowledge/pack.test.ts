import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Io } from '../cli/commands/analyze.js'
import { packsCommand } from '../cli/commands/packs.js'
import { loadKnowledge } from './knowledge.js'
import { PackError, readPack } from './pack.js'

function packFile(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-pack-')), 'pack.json')
  writeFileSync(file, body)
  return file
}

test('packs: a pack with an error is refused with its file and line', () => {
  const broken = packFile(
    '{\n  "id": "harbor",\n  "label": "Harbor talks",\n  "actors": [\n    {"name": "X",\n  ]\n}\n',
  )
  assert.throws(
    () => readPack(broken),
    (error: Error) => error instanceof PackError && /pack\.json:\d+: invalid JSON/.test(error.message),
  )
  const badDescription = packFile(
    '{\n  "id": "harbor",\n  "label": "Harbor talks",\n  "actors": [\n    {"name": "Harbor League", "type": "organization", "descriptions": ["the league"]}\n  ]\n}\n',
  )
  assert.throws(
    () => readPack(badDescription),
    (error: Error) =>
      error.message ===
      `${badDescription}:5: actor "Harbor League": description "the league" must be one lower-case word`,
  )
})

test('packs: descriptions tell which named body "the <noun>" refers to', () => {
  const knowledge = loadKnowledge(
    packFile(
      '{"id": "harbor", "label": "Harbor talks", "actors": [{"name": "Harbor League", "type": "organization", "aliases": ["HL"], "descriptions": ["league"]}]}',
    ),
  )
  assert.equal(knowledge.isDescription('league'), true)
  assert.equal(knowledge.describes('league', 'HL'), true)
  assert.equal(knowledge.describes('league', 'European Union'), false)
  // The world pack's own: the press calls the EU "the bloc" and NATO "the alliance".
  assert.equal(knowledge.describes('bloc', 'European Union'), true)
  assert.equal(knowledge.describes('alliance', 'North Atlantic Treaty Organization'), true)
})

test('packs: things are names that are no actor, and a bad list is refused with its line', () => {
  const knowledge = loadKnowledge(
    packFile('{"id": "harbor", "label": "Harbor talks", "actors": [], "things": ["Sea Lance", "Harbor Line 2"]}'),
  )
  assert.equal(knowledge.isThing('sea lance'), true)
  assert.equal(knowledge.isThing('sea lances'), true)
  assert.equal(knowledge.isThing('harbor league'), false)
  const bad = packFile('{\n  "id": "harbor",\n  "label": "Harbor talks",\n  "things": ["Sea Lance", ""]\n}\n')
  assert.throws(
    () => readPack(bad),
    (error: Error) => error.message === `${bad}:4: "things" must be a list of non-empty strings`,
  )
})

test('packs: a party must be an actor of some pack, and parties must be a list of names', () => {
  const unknownParty = packFile(
    '{\n  "id": "harbor",\n  "label": "Harbor talks",\n  "parties": ["Harbor League"],\n  "actors": [],\n  "issues": []\n}\n',
  )
  assert.throws(
    () => loadKnowledge(unknownParty),
    (error: Error) =>
      error instanceof PackError && error.message === `${unknownParty}: party "Harbor League" is no actor of any pack`,
  )
  const known = packFile(
    '{\n  "id": "harbor",\n  "label": "Harbor talks",\n  "parties": ["Harbor League", "Ukraine"],\n  "actors": [{"name": "Harbor League", "type": "organization"}],\n  "issues": []\n}\n',
  )
  assert.deepEqual(loadKnowledge(known).activePack?.parties, ['Harbor League', 'Ukraine'])
  const notList = packFile('{\n  "id": "harbor",\n  "label": "Harbor talks",\n  "parties": "Ukraine"\n}\n')
  assert.throws(() => readPack(notList), /pack\.json:4: "parties" must be a list of actor names/)
})

test('packs: `parley packs` lists each pack with its actors, issues and the parties --pack auto looks for', () => {
  let out = ''
  const io: Io = { out: (text) => (out += text), err: () => {} }
  const status = packsCommand(io)
  assert.equal(status, 0)
  assert.match(out, /^russia-ukraine\t.*\d+ actors, \d+ issues, parties Ukraine and Russia\t/m)
  assert.match(out, /^world\t.*\d+ actors, 0 issues\t/m)
})
