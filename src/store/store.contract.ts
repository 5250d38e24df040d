import assert from 'node:assert/strict'
import { test as nodeTest } from 'node:test'
import { makeAnalysis, spanOf } from '../../test/helpers/analysis.js'
import type { Analysis } from '../core/analysis.js'
import { actorKeys } from '../corpus/actor-keys.js'
import { fingerprint, STORY_THRESHOLD } from '../corpus/fingerprint.js'
import type { IngestRecord, Store } from './store.js'

const NO_PACKS = { actor: () => undefined }

/** A record as prepare-record.ts would make it, without running the analyzer. */
export function recordOf(analysis: Analysis, ingestedAt = '2025-12-01T10:00:00.000Z'): IngestRecord {
  const print = fingerprint(analysis.article)
  return {
    analysis,
    ...print,
    storyThreshold: STORY_THRESHOLD,
    actorKeys: Object.fromEntries(analysis.entities.map((entity) => [entity.id, actorKeys(entity, NO_PACKS)])),
    figures: {},
    issues: ['demilitarized-zone'],
    ingestedAt,
  }
}

const BODY =
  'Kyiv could accept a demilitarized zone in Donetsk only if Russian forces pulled back by the same distance, ' +
  'Ukrainian President Volodymyr Zelenskyy said on Thursday. "We will not simply give away our land," Zelenskyy said. ' +
  'The proposal would have to be approved in a national referendum, he added, a shift from his flat refusal last month.'

export const ARTICLE = makeAnalysis({
  text: BODY,
  headline: 'Zelenskyy opens door to demilitarized zone, with conditions',
  source: 'Meridian Wire',
  published: '2025-12-11',
  entities: [
    {
      id: 'e1',
      name: 'Volodymyr Zelenskyy',
      type: 'person',
      aliases: ['Volodymyr Zelenskyy', 'Zelenskyy'],
      roles: ['Ukrainian President'],
    },
  ],
  quotes: [{ id: 'q1', words: 'We will not simply give away our land', speaker: 'e1' }],
  positions: [
    {
      id: 'p1',
      actor: 'e1',
      actorName: 'Volodymyr Zelenskyy',
      issue: 'demilitarized-zone',
      proposition: 'a demilitarized zone in Donetsk',
      stance: 'conditional',
      conditions: ['Russian forces pulled back by the same distance'],
      quote: null,
      words:
        'Kyiv could accept a demilitarized zone in Donetsk only if Russian forces pulled back by the same distance',
    },
  ],
})

const LATER_TEXT =
  'Russia launched 120 drones overnight, Zelenskyy said on Friday, as talks on a demilitarized zone resumed in Berlin.'

/** A second article, a day later, from another outlet: the same actor, the same issue, a claim and an event. */
export const LATER: Analysis = (() => {
  const analysis = makeAnalysis({
    text: LATER_TEXT,
    headline: 'Talks resume in Berlin',
    source: 'Eastbridge Post',
    published: '2025-12-12',
    entities: [
      {
        id: 'e1',
        name: 'Volodymyr Zelenskyy',
        type: 'person',
        aliases: ['Volodymyr Zelenskyy', 'Zelenskyy'],
        roles: [],
      },
    ],
  })
  const claim = spanOf(LATER_TEXT, 'Russia launched 120 drones overnight')
  const figure = spanOf(LATER_TEXT, '120 drones')
  analysis.claims.push({
    id: 'c1',
    text: LATER_TEXT.slice(claim.start, claim.end),
    ...claim,
    claimant: 'e1',
    claimantName: 'Zelenskyy',
    quantities: [{ value: 120, unit: 'drones', text: '120 drones', ...figure }],
  })
  const talks = spanOf(LATER_TEXT, 'talks on a demilitarized zone resumed in Berlin')
  analysis.events.push({
    id: 'v1',
    type: 'talks',
    text: LATER_TEXT.slice(talks.start, talks.end),
    ...talks,
    participants: ['e1'],
    location: null,
    date: '2025-12-12',
    dateText: null,
    trigger: 'talks',
    agent: null,
    target: null,
    claims: [],
  })
  return analysis
})()

/**
 * The behaviour every Store must have, run by each adapter's test with a fresh, empty store.
 * Adding a back end means making this suite pass against it. `skip` (a reason) skips the suite
 * when the back end's server is not there.
 */
export function storeContract(name: string, open: () => Store | Promise<Store>, skip: string | false = false): void {
  const test = (title: string, run: () => Promise<void>) => nodeTest(title, { skip }, run)

  test(`${name}: an article is stored with its evidence, and re-ingesting it is a no-op`, async () => {
    const store = await open()
    const first = await store.ingest(recordOf(ARTICLE))
    assert.equal(first.status, 'ingested')
    const again = await store.ingest(recordOf(ARTICLE))
    assert.deepEqual(again, { status: 'duplicate', articleId: first.articleId })
    const stats = await store.stats()
    assert.deepEqual([stats.articles, stats.quotes, stats.positions], [1, 1, 1])
    const stored = await store.getArticle(first.articleId)
    assert.equal(stored?.analysis.article.text, BODY)
    const [position] = await store.positions()
    assert.ok(position)
    assert.equal(position.exact, BODY.slice(position.start, position.end))
    assert.equal(position?.stance, 'conditional')
    await store.close()
  })

  test(`${name}: a failed ingest leaves the store as it was`, async () => {
    const store = await open()
    const broken = makeAnalysis({ text: 'Short text.', source: 'X', entities: [] })
    broken.quotes.push({ ...ARTICLE.quotes[0]!, start: 5, end: 500 })
    await assert.rejects(store.ingest(recordOf(broken)), /outside the article text/)
    assert.deepEqual(await store.stats(), {
      articles: 0,
      stories: 0,
      actors: 0,
      quotes: 0,
      claims: 0,
      positions: 0,
      events: 0,
    })
    await store.close()
  })

  test(`${name}: a copy from another outlet joins the story; the same name is one actor`, async () => {
    const store = await open()
    const original = await store.ingest(recordOf(ARTICLE))
    const copy = makeAnalysis({ ...sketchOf(ARTICLE), source: 'The Harbour Times' })
    const second = await store.ingest(recordOf(copy))
    assert.equal(original.status, 'ingested')
    assert.equal(second.status, 'ingested')
    if (original.status !== 'ingested' || second.status !== 'ingested') return
    assert.equal(second.storyId, original.storyId)
    assert.equal(second.newStory, false)
    const [story] = await store.stories()
    assert.deepEqual(
      story?.sources.map((source) => source.source),
      ['Meridian Wire', 'The Harbour Times'],
    )
    const actors = await store.findActors('zelenskyy')
    assert.equal(actors.length, 1)
    assert.equal(actors[0]?.articles, 1, 'one story, however many copies')
    const profile = await store.actorProfile(actors[0]!.id)
    assert.equal(profile?.quotes.length, 1, 'a syndicated quote is listed once')
    assert.deepEqual(
      profile?.roles.map((role) => role.role),
      ['Ukrainian President'],
    )
    await store.close()
  })

  test(`${name}: search finds articles and quotes, and filters by outlet, actor, issue and date`, async () => {
    const store = await open()
    await store.ingest(recordOf(ARTICLE))
    const hits = await store.search({ text: 'land' })
    assert.deepEqual(hits.map((hit) => hit.kind).sort(), ['article', 'quote'])
    const quote = hits.find((hit) => hit.kind === 'quote')!
    assert.equal(BODY.slice(quote.start!, quote.end!), 'We will not simply give away our land')
    assert.equal((await store.search({ text: 'land', source: 'Nobody' })).length, 0)
    assert.equal((await store.search({ text: 'land', since: '2026-01-01' })).length, 0)
    assert.equal((await store.search({ text: 'land', issue: 'ceasefire' })).length, 0)
    assert.equal((await store.search({ text: 'referend*', issue: 'demilitarized-zone' })).length, 1)
    const [actor] = await store.findActors('Volodymyr Zelenskyy')
    assert.equal((await store.search({ text: 'land', actorId: actor!.id + 1000 })).length, 0)
    assert.equal((await store.search({ text: '"AND OR NOT (' })).length, 0, 'operators are words, never syntax errors')
    await store.close()
  })

  test(`${name}: articles list newest first, a page at a time; related articles share actors and issues`, async () => {
    const store = await open()
    const first = await store.ingest(recordOf(ARTICLE))
    const second = await store.ingest(recordOf(LATER))
    assert.ok(first.status === 'ingested' && second.status === 'ingested')
    const page = await store.listArticles({ limit: 1 })
    assert.equal(page.total, 2)
    assert.deepEqual(
      page.items.map((article) => [article.id, article.day, article.quotes, article.claims]),
      [[second.articleId, '2025-12-12', 0, 1]],
    )
    assert.deepEqual(
      (await store.listArticles({ offset: 1 })).items.map((article) => article.id),
      [first.articleId],
    )
    assert.equal((await store.listArticles({ source: 'meridian wire' })).total, 1)
    assert.equal((await store.listArticles({ issue: 'ceasefire' })).total, 0)
    const [zelenskyy] = await store.findActors('Zelenskyy')
    assert.equal((await store.listArticles({ actorId: zelenskyy!.id })).total, 2)
    const related = await store.relatedArticles(first.articleId)
    assert.deepEqual(
      related.map((article) => [article.id, article.sharedActors, article.sharedIssues]),
      [[second.articleId, ['Volodymyr Zelenskyy'], ['demilitarized-zone']]],
    )
    assert.deepEqual(await store.relatedArticles('no-such-article'), [])
    await store.close()
  })

  test(`${name}: claims come with their figures and claimant; events with their participants`, async () => {
    const store = await open()
    await store.ingest(recordOf(ARTICLE))
    const later = await store.ingest(recordOf(LATER))
    assert.ok(later.status === 'ingested')
    const [claim] = await store.claims()
    assert.ok(claim)
    assert.equal(claim.claimantName, 'Volodymyr Zelenskyy')
    assert.equal(claim.date, '2025-12-12')
    assert.deepEqual(
      claim.quantities.map((q) => [q.value, q.unit, q.text]),
      [[120, 'drones', '120 drones']],
    )
    assert.equal(LATER_TEXT.slice(claim.start, claim.end), claim.text)
    assert.equal((await store.claims({ claimantId: claim.claimantId! + 1000 })).length, 0)
    assert.equal((await store.claims({ articleId: later.articleId })).length, 1)
    const [event] = await store.events()
    assert.equal(event?.type, 'talks')
    assert.deepEqual(
      event?.participants.map((p) => p.name),
      ['Volodymyr Zelenskyy'],
    )
    assert.equal((await store.events({ actorId: event!.participants[0]!.actorId })).length, 1)
    assert.equal((await store.events({ actorId: event!.participants[0]!.actorId + 1000 })).length, 0)
    assert.equal((await store.events({ limit: 1, offset: 1 })).length, 0)
    await store.close()
  })

  test(`${name}: export yields every kind with evidence offsets`, async () => {
    const store = await open()
    await store.ingest(recordOf(ARTICLE))
    const quotes = []
    for await (const row of store.exportRows('quotes')) quotes.push(row)
    assert.equal(quotes.length, 1)
    assert.equal(quotes[0]?.text, BODY.slice(Number(quotes[0]?.start), Number(quotes[0]?.end)))
    assert.equal(quotes[0]?.speaker, 'Volodymyr Zelenskyy')
    const positions = []
    for await (const row of store.exportRows('positions')) positions.push(row)
    assert.equal(positions[0]?.stance, 'conditional')
    await store.close()
  })
}

function sketchOf(analysis: Analysis) {
  return {
    text: analysis.article.text,
    headline: analysis.article.headline ?? undefined,
    published: analysis.article.published ?? undefined,
    entities: analysis.entities,
    quotes: analysis.quotes.map((quote) => ({ id: quote.id, words: quote.text, speaker: quote.speaker })),
    positions: analysis.positions.map(({ start, end, ...position }) => ({
      ...position,
      words: analysis.article.text.slice(start, end),
    })),
  }
}
