/**
 * Two back ends given the same records in the same order end in the same state (src/store/store.ts).
 * The sample corpus is analysed once; its records go into SQLite and into PostgreSQL, and everything
 * the Store port can answer is compared: stats, stories, actors and their profiles, positions,
 * comparable figures (and so conflicts), digests' new actors, exports, stored articles, search hits.
 */
import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createAnalyzer } from '../src/analyzer.js'
import { findConflicts } from '../src/corpus/conflicts.js'
import { prepareRecord } from '../src/corpus/prepare-record.js'
import { findInputs } from '../src/ingest/find-inputs.js'
import { readArticles } from '../src/ingest/read-articles.js'
import { openPostgresStore } from '../src/store/postgres/postgres-store.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import { EXPORT_KINDS, type IngestRecord, type Store } from '../src/store/store.js'
import { freshSchema, POSTGRES_URL, postgresSkip } from './helpers/services.js'

const CORPUS = fileURLToPath(new URL('../samples/corpus/', import.meta.url))
const skip = await postgresSkip()

/** Everything a store can say about its contents, as plain data. */
async function snapshot(store: Store) {
  const actors = await store.actors()
  const exports: Record<string, unknown[]> = {}
  for (const kind of EXPORT_KINDS) {
    exports[kind] = []
    for await (const row of store.exportRows(kind)) exports[kind].push(row)
  }
  const articleIds = (exports.quotes ?? []).map((row) => (row as { article_id: string }).article_id)
  const searches: Record<string, string[]> = {}
  for (const words of ['drones', 'Witkoff', 'referend*', '"security guarantees"', 'Zelenskiy', 'ceasefire energy']) {
    const hits = await store.search({ text: words, limit: 1000 })
    searches[words] = hits.map((hit) => `${hit.kind}:${hit.quoteId ?? hit.articleId}`).sort()
  }
  const figures = await store.comparableFigures()
  const listed = await store.listArticles()
  const related = await Promise.all(listed.items.map((item) => store.relatedArticles(item.id)))
  return {
    stats: await store.stats(),
    stories: await store.stories(),
    actors,
    profiles: await Promise.all(actors.map((actor) => store.actorProfile(actor.id))),
    found: await store.findActors('Zelensky'),
    positions: await store.positions(),
    figures,
    conflicts: findConflicts(figures),
    since: await store.actorsSince('2025-12-01'),
    exports,
    articles: await Promise.all([...new Set(articleIds)].map((id) => store.getArticle(id))),
    searches,
    listed,
    pages: await store.listArticles({ limit: 5, offset: 5, issue: 'ceasefire' }),
    related,
    claims: await store.claims(),
    events: await store.events(),
  }
}

let records: IngestRecord[] = []
before(async () => {
  if (skip) return
  const analyzer = createAnalyzer()
  records = findInputs([CORPUS])
    .flatMap((file) => readArticles(file))
    .flatMap((result) => (result.ok ? [result.article] : []))
    .map((article) => prepareRecord(analyzer.analyze(article), analyzer.knowledge, '2025-12-20T09:00:00.000Z'))
})

test('equivalence: the sample corpus ends in the same state in SQLite and PostgreSQL', { skip }, async () => {
  assert.equal(records.length, 28)
  const sqlite = openSqliteStore(':memory:')
  const postgres = await openPostgresStore(POSTGRES_URL, { schema: await freshSchema() })
  for (const record of records) {
    // A write that fails inside its transaction (after the story and actors were written) must not
    // shift the ids either back end gives later articles.
    const broken = { ...record, contentSha256: `broken-${record.contentSha256}`, signature: [] }
    broken.analysis = { ...record.analysis, positions: [BAD_POSITION] }
    await assert.rejects(sqlite.ingest(broken), /CHECK constraint/)
    await assert.rejects(postgres.ingest(broken), /check constraint/)
    assert.deepEqual(await postgres.ingest(record), await sqlite.ingest(record))
  }
  const [left, right] = [await snapshot(sqlite), await snapshot(postgres)]
  await sqlite.close()
  await postgres.close()
  assert.ok(left.stats.articles === 28 && left.conflicts.length > 0 && left.stories.length > 0)
  for (const key of Object.keys(left) as (keyof typeof left)[]) assert.deepEqual(right[key], left[key], key)
})

/** A stance the schema's CHECK refuses: the write fails after most of the article is in. */
const BAD_POSITION = {
  id: 'bad',
  actor: 'nobody',
  actorName: 'Nobody',
  issue: null,
  proposition: 'nothing',
  stance: 'perhaps' as 'for',
  quote: null,
  conditions: [],
  start: 0,
  end: 1,
}
