/**
 * The corpus on the sample articles (samples/corpus, described in its MANIFEST.md): dedup, one
 * actor across spellings and titles, conflicting claims and the look-alike figures that are not,
 * and the digest. One store is filled once, in a temp dir, and the tests read it.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createAnalyzer } from '../src/analyzer.js'
import { createInlineMaker } from '../src/corpus/analyze-pool.js'
import { type Conflict, findConflicts } from '../src/corpus/conflicts.js'
import { buildDigest, renderDigest } from '../src/corpus/digest.js'
import { type IngestSource, type IngestSummary, ingestBatch } from '../src/corpus/ingest-batch.js'
import { findInputs } from '../src/ingest/find-inputs.js'
import { readArticles } from '../src/ingest/read-articles.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import type { Store } from '../src/store/store.js'

const CORPUS = fileURLToPath(new URL('../samples/corpus/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'parley-corpus-'))
const analyzer = createAnalyzer({ pack: 'russia-ukraine' })
let store: Store
let first: IngestSummary
let conflicts: Conflict[]

const sources = (): IngestSource[] =>
  findInputs([CORPUS]).map((file) => ({ input: file, read: async () => readArticles(file) }))

before(async () => {
  store = openSqliteStore(join(scratch, 'corpus.db'))
  first = await ingestBatch(sources(), { store, maker: createInlineMaker(analyzer) })
  conflicts = findConflicts(await store.comparableFigures())
})
after(async () => {
  await store.close()
  rmSync(scratch, { recursive: true, force: true })
})

const fileOf = (input: string) => input.slice(CORPUS.length)
const valuesOf = (conflict: Conflict) => conflict.figures.map((figure) => figure.value)
/** The conflicts holding all of these values (as one set of figures, side by side). */
const conflictsWith = (...values: number[]) => conflicts.filter((c) => values.every((v) => valuesOf(c).includes(v)))

test('ingest: all 28 articles of the 27 files (the .jsonl holds two); the MANIFEST is not an article', () => {
  assert.deepEqual([first.ingested, first.duplicates, first.failed.length], [28, 0, 0])
})

test('ingest: running the same batch again is a no-op, reported as duplicates', async () => {
  const before = await store.stats()
  const again = await ingestBatch(sources(), { store, maker: createInlineMaker(analyzer) })
  assert.deepEqual([again.ingested, again.duplicates, again.failed.length], [0, 28, 0])
  assert.deepEqual(await store.stats(), before)
})

test('dedup: the exact syndicated copy (05 ↔ 06) and the updated version (12 → 13) are each one story', async () => {
  const stories = await store.stories()
  const grouped = stories.map((story) => story.sources.map((source) => fileOf(source.input)).sort())
  assert.deepEqual(grouped, [
    ['05-geneva-progress-19-points.json', '06-geneva-progress-harbour-times.json'],
    ['12-dnipro-rail-depot-strike.json', '13-dnipro-toll-rises.json'],
  ])
  assert.deepEqual(
    stories[1]?.sources.map((source) => source.source),
    ['Meridian Wire', 'The Harbour Times'],
  )
  assert.equal((await store.stats()).stories, 26, 'every other article is a story of its own')
})

test('identity: Zelenskyy, Zelenskiy and Zelensky are one actor across outlets', async () => {
  const [zelenskyy, ...others] = await store.findActors('Zelensky')
  assert.equal(zelenskyy?.name, 'Volodymyr Zelenskyy')
  assert.equal(others.filter((actor) => actor.type === 'person').length, 0, JSON.stringify(others))
  for (const spelling of ['Zelenskiy', 'Zelensky', 'Zelenskyy'])
    assert.ok(zelenskyy?.aliases.includes(spelling), spelling)
  assert.ok((zelenskyy?.articles ?? 0) >= 20, `${zelenskyy?.articles} stories`)
})

test('identity: "Dmitri Peskov", "Dmitry Peskov" and a bare "Peskov" are one actor; so are Yuri and Yury Ushakov', async () => {
  for (const [query, name, forms] of [
    ['Peskov', 'Dmitry Peskov', ['Dmitri Peskov', 'Dmitry Peskov', 'Peskov']],
    ['Ushakov', 'Yuri Ushakov', ['Yuri Ushakov', 'Yury Ushakov', 'Ushakov']],
  ] as const) {
    const found = (await store.findActors(query)).filter((actor) => actor.type === 'person')
    assert.equal(found.length, 1, `${query}: ${found.map((actor) => actor.name).join(', ')}`)
    assert.equal(found[0]?.name, name)
    for (const form of forms) assert.ok(found[0]?.aliases.includes(form), form)
  }
})

test('identity: a surname alone joins the full name ("Witkoff" → Steve Witkoff), and the full name is kept', async () => {
  const found = (await store.findActors('Witkoff')).filter((actor) => actor.type === 'person')
  assert.deepEqual(
    found.map((actor) => actor.name),
    ['Steve Witkoff'],
  )
  const articles = await store.search({ text: 'Witkoff', actorId: found[0]!.id, limit: 100 })
  assert.ok(articles.length >= 10, `${articles.length} hits`)
})

test('identity: a title that changes (Umerov: Security Council secretary → chief negotiator) is one actor with dated roles', async () => {
  const [umerov] = await store.findActors('Rustem Umerov')
  const profile = await store.actorProfile(umerov!.id)
  const roles = profile?.roles ?? []
  assert.ok(
    roles.some((role) => /secretary/i.test(role.role)),
    JSON.stringify(roles),
  )
  assert.ok(
    roles.some((role) => /negotiator/i.test(role.role)),
    JSON.stringify(roles),
  )
  const secretary = roles.find((role) => /secretary/i.test(role.role))!
  const negotiator = roles.find((role) => /negotiator/i.test(role.role))!
  assert.ok(secretary.first! < negotiator.last!, 'roles carry the dates they were used')
  assert.ok((profile?.quotes.length ?? 0) > 0)
  const dates = profile!.quotes.map((quote) => quote.date ?? '')
  assert.deepEqual(dates, [...dates].sort(), 'quotes over time, oldest first')
})

test('conflicts C1: 94 drones destroyed (Russia) vs about 40 launched (Ukraine), side by side', () => {
  const [c1] = conflictsWith(94, 40)
  assert.ok(c1, JSON.stringify(conflicts.map(valuesOf)))
  assert.equal(c1.unit, 'drones')
  assert.match(c1.reason, /destroyed than said launched/)
  for (const figure of c1.figures) assert.equal(figure.source, 'Continental Review')
})

test('conflicts C2: fewer than 200 troops vs about 1,200 in Myrnohrad, from two outlets', () => {
  const [c2] = conflictsWith(200, 1200)
  assert.ok(c2, JSON.stringify(conflicts.map(valuesOf)))
  assert.deepEqual(c2.figures.map((figure) => figure.source).sort(), ['Atlantic Dispatch', 'Eastbridge Post'])
})

test('conflicts C3: the Dnipro toll, 12 killed (Ukraine) vs up to 60 servicemen (Russia); 9 → 12 is an update, not a conflict', () => {
  const [c3] = conflictsWith(12, 60)
  assert.ok(c3, JSON.stringify(conflicts.map(valuesOf)))
  assert.equal(conflictsWith(9, 12).length, 0)
})

test('conflicts C4: 19 points (Rubio) vs 20 points (Kyiv)', () => {
  const [c4] = conflictsWith(19, 20)
  assert.ok(c4, JSON.stringify(conflicts.map(valuesOf)))
  assert.equal(c4.unit, 'points')
  assert.ok(
    c4.figures.some(
      (figure) => figure.claimantName?.includes('Doroshenko') || figure.claimantKey?.includes('doroshenko'),
    ),
  )
})

test('not conflicts N1–N6: opposite directions, other nights, other exchanges, other drafts, proposals', () => {
  const lookAlikes: [string, number, number][] = [
    ['N1 147 launched at Ukraine vs 71 downed over Russia', 147, 71],
    ['N1 121 of them downed vs 71 downed over Russia', 121, 71],
    ['N2 84 vs 150 prisoners, different months', 84, 150],
    ['N3 412 vs 96 drones, consecutive nights', 412, 96],
    ['N4 army cap 600,000 vs 800,000, two drafts', 600000, 800000],
    ['N5 126 launched at Ukraine vs 58 downed over Russia', 126, 58],
    ['N5 101 of them downed vs 58 downed over Russia', 101, 58],
    ['N6 20-year guarantees proposed vs 40 asked for', 20, 40],
  ]
  for (const [name, a, b] of lookAlikes) assert.deepEqual(conflictsWith(a, b).map(valuesOf), [], name)
  assert.equal(conflicts.length, 4, JSON.stringify(conflicts.map(valuesOf)))
})

test('conflicts: every figure points at its words in its article', async () => {
  for (const figure of conflicts.flatMap((conflict) => conflict.figures)) {
    const article = await store.getArticle(figure.articleId)
    assert.equal(article?.analysis.article.text.slice(figure.start, figure.end), figure.exact)
  }
})

test('digest --since 2025-12-10: the conflicts and actors that are new then, not the older ones', async () => {
  const digest = await buildDigest(store, '2025-12-10')
  assert.deepEqual(
    digest.conflicts.map((conflict) => valuesOf(conflict).sort((x, y) => (x ?? 0) - (y ?? 0))),
    [[40, 94]],
    'C1 is dated 2025-12-10; C2–C4 are older',
  )
  const names = digest.newActors.map((actor) => actor.name)
  assert.ok(names.includes('Kirill Dmitriev'), 'first named on 2025-12-16')
  assert.ok(!names.includes('Volodymyr Zelenskyy'), 'named since 2025-11-20')
  assert.ok(digest.newActors.every((actor) => (actor.firstSeen ?? '') >= '2025-12-10'))
  const markdown = renderDigest(digest)
  assert.match(markdown, /^# What changed since 2025-12-10/)
  assert.match(markdown, /\| \*\*94 Ukrainian drones\*\* \|/)
  const later = await buildDigest(store, '2026-02-01')
  assert.deepEqual([later.conflicts.length, later.newActors.length, later.newPositions.length], [0, 0, 0])
})

test('search: words over articles and quotes, with outlet, actor and date filters', async () => {
  const all = await store.search({ text: 'energy truce', limit: 100 })
  assert.ok(all.some((hit) => hit.kind === 'quote') && all.some((hit) => hit.kind === 'article'))
  const dispatch = await store.search({ text: 'energy truce', source: 'Atlantic Dispatch', limit: 100 })
  assert.ok(dispatch.length > 0 && dispatch.every((hit) => hit.source === 'Atlantic Dispatch'))
  const [peskov] = await store.findActors('Dmitry Peskov')
  const byPeskov = await store.search({ text: 'truce', actorId: peskov!.id, limit: 100 })
  assert.ok(byPeskov.length > 0)
  assert.ok(byPeskov.filter((hit) => hit.kind === 'quote').every((hit) => /Peskov/.test(hit.speaker ?? '')))
  const january = await store.search({ text: 'truce', since: '2026-01-01', limit: 100 })
  assert.ok(january.length > 0 && january.every((hit) => (hit.published ?? '') >= '2026-01-01'))
})

test('export: every quote row carries its speaker and exact words at its offsets', async () => {
  let rows = 0
  for await (const row of store.exportRows('quotes')) {
    rows++
    const article = await store.getArticle(String(row.article_id))
    assert.equal(article?.analysis.article.text.slice(Number(row.start), Number(row.end)), row.text)
  }
  assert.equal(rows, (await store.stats()).quotes)
})

test('shifts from the analyzer’s own positions: S1 Ukraine on a demilitarized zone, S2 Russia on an energy-strike pause, S3 Merz on frozen assets, S4 the US on guarantees', async () => {
  const { timelines } = await import('../src/corpus/shifts.js')
  const all = timelines(await store.positions())
  const shiftsOn = (issue: string) => all.filter((t) => t.issue === issue).flatMap((t) => t.shifts)
  const has = (issue: string, from: string, to: string, date: string) =>
    shiftsOn(issue).some((shift) => shift.from === from && shift.to === to && shift.date === date)
  assert.ok(
    has('demilitarized-zone', 'against', 'conditional', '2025-12-11'),
    'S1: Kyiv rejects, then accepts on conditions',
  )
  assert.ok(
    has('ceasefire', 'against', 'conditional', '2026-01-10'),
    'S2: the Kremlin rejects, then offers a conditional pause',
  )
  assert.ok(has('frozen-assets', 'for', 'undecided', '2025-12-19'), 'S3: Merz from the assets to "open to both routes"')
  assert.ok(has('security-guarantees', 'against', 'conditional', '2025-12-16'), 'S4: Washington refuses, then offers')
  // R1: Russia never moves on troops from NATO countries.
  const troops = all.filter((t) => t.actorName === 'Russia' && t.issue === 'foreign-troops')
  assert.ok(troops.length > 0 && troops.every((t) => t.shifts.length === 0), 'R1: no shift on foreign troops')
  // The digest from the day before S1 reports it.
  const digest = await buildDigest(store, '2025-12-10')
  assert.ok(digest.shifts.some((shift) => shift.issue === 'demilitarized-zone' && shift.to === 'conditional'))
  assert.match(renderDigest(digest), /against → \*\*conditional\*\*/)
})
