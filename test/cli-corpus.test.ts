/** The corpus commands through `main`, as a user runs them: exit codes, one-line errors, outputs. */
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { main } from '../src/cli/main.js'

const CORPUS = fileURLToPath(new URL('../samples/corpus/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'parley-cli-corpus-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string[] }> {
  let out = ''
  const err: string[] = []
  const status = await main(argv, { out: (text) => (out += text), err: (line) => err.push(line) })
  return { status, out, err }
}

test('ingest: bad articles fail one by one with a reason, the rest are stored, exit status 1', async () => {
  const dir = join(scratch, 'mixed')
  mkdirSync(join(dir, 'nested'), { recursive: true })
  copyFileSync(join(CORPUS, '01-kyiv-receives-us-draft-framework.json'), join(dir, '01.json'))
  copyFileSync(join(CORPUS, '27-abu-dhabi-and-outlook.jsonl'), join(dir, 'nested', '27.jsonl'))
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'broken.json'), '{"headline": "x", ')
  writeFileSync(join(dir, 'notes.md'), '# not an article, and not read from a folder')
  const db = join(scratch, 'mixed.db')
  const result = await run('ingest', dir, join(scratch, 'missing.txt'), '--db', db)
  assert.equal(result.status, 1)
  assert.equal(result.out, '3 ingested, 0 duplicates, 3 failed\n')
  const errors = [...result.err].sort()
  assert.equal(errors.length, 3)
  assert.equal(errors[0], `parley: ${join(scratch, 'missing.txt')}: no such file`)
  assert.match(errors[1] ?? '', new RegExp(`^parley: ${join(dir, 'broken.json')}: invalid JSON: `))
  assert.equal(errors[2], `parley: ${join(dir, 'empty.txt')}: empty file`)
  const again = await run('ingest', dir, '--db', db, '--json')
  assert.deepEqual(JSON.parse(again.out).duplicates, 3)
})

test('ingest: worker threads give the same store as the main thread', async () => {
  const files = [
    '05-geneva-progress-19-points.json',
    '06-geneva-progress-harbour-times.json',
    '09-witkoff-kushner-meet-putin.json',
  ]
  const paths = files.map((file) => join(CORPUS, file))
  const inline = await run('ingest', ...paths, '--db', join(scratch, 'inline.db'), '--workers', '0', '--verbose')
  const pooled = await run('ingest', ...paths, '--db', join(scratch, 'pooled.db'), '--workers', '2', '--verbose')
  assert.equal(pooled.status, 0, pooled.err.join('\n'))
  assert.equal(pooled.out, inline.out, 'same article ids, same order, same summary')
  const exports = await Promise.all(
    ['inline.db', 'pooled.db'].map(async (db) => (await run('export', '--db', join(scratch, db))).out),
  )
  assert.equal(exports[0], exports[1])
  assert.ok((exports[0] ?? '').length > 1000)
})

test('read commands: a missing database is one line and exit 2, never created', async () => {
  const db = join(scratch, 'nowhere', 'none.db')
  for (const argv of [
    ['search', 'truce'],
    ['digest', '--since', '2025-12-01'],
    ['export'],
    ['actors'],
    ['conflicts'],
  ]) {
    const result = await run(...argv, '--db', db)
    assert.equal(result.status, 2, argv.join(' '))
    assert.deepEqual(result.err, [
      `parley: --db ${db}: no such database (run \`parley ingest\` first, or check the path)`,
    ])
  }
})

test('usage errors: bad dates, kinds and worker counts are one line, exit 2', async () => {
  const db = join(scratch, 'usage.db')
  await run('ingest', join(CORPUS, '08-prisoner-swap-november.json'), '--db', db)
  const cases: [string[], RegExp][] = [
    [['digest', '--since', 'yesterday'], /--since: "yesterday" is not a date/],
    [['export', '--format', 'csv'], /--format csv: give one --kind/],
    [['export', '--kind', 'tweets'], /--kind: expected quotes, claims, positions, events/],
    [['ingest', CORPUS, '--workers', 'many'], /--workers: expected "auto" or a number/],
    [['search', 'x', '--actor', 'Nobody At All'], /no actor called "Nobody At All"/],
    [['ingest', '--url', 'http://127.0.0.1:1/x', '--url', 'ftp://example.com/x', '--workers', '0'], /./],
  ]
  for (const [argv, message] of cases) {
    const result = await run(...argv, '--db', db)
    if (argv[0] === 'ingest' && argv[1] === '--url') {
      assert.equal(result.status, 1)
      assert.deepEqual(result.err, [
        'parley: http://127.0.0.1:1/x: refused: 127.0.0.1 is a private, loopback or link-local address (use --allow-private to allow it)',
        'parley: ftp://example.com/x: only http and https URLs can be fetched, not ftp',
      ])
      continue
    }
    assert.equal(result.status, 2, argv.join(' '))
    assert.equal(result.err.length, 1, result.err.join('\n'))
    assert.match(result.err[0] ?? '', message)
  }
})

test('export csv, digest md, conflicts, stories, actor: real output from the sample corpus', async () => {
  const db = join(scratch, 'sample.db')
  const ingest = await run('ingest', CORPUS, '--db', db)
  assert.equal(ingest.out, '28 ingested, 0 duplicates, 0 failed\n')
  const csv = (await run('export', '--format', 'csv', '--kind', 'claims', '--db', db)).out.split('\r\n')
  assert.match(csv[0] ?? '', /^id,article_id,story_id,date,source,text,start,end,/)
  const stories = (await run('stories', '--db', db)).out
  assert.match(stories, /Meridian Wire, 2025-11-24/)
  assert.match(stories, /The Harbour Times, 2025-11-24/)
  const conflicts = (await run('conflicts', '--db', db)).out
  assert.equal(conflicts.match(/^### /gm)?.length, 4)
  const digest = (await run('digest', '--since', '2025-12-10', '--db', db)).out
  assert.match(digest, /## Conflicting claims \(1\)/)
  const actor = await run('actor', 'Zelenskiy', '--db', db)
  assert.equal(actor.status, 0, actor.err.join('\n'))
  assert.match(actor.out, /^# Volodymyr Zelenskyy\n/)
})
