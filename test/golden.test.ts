// Golden tests: hand-written fixture articles (test/fixtures/articles/<slug>/) with what a careful human
// annotator expects the analyzer to find. One test per expected item, so a failure names what is missing.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { test as nodeTest, type TestFn, type TestOptions } from 'node:test'
import { fileURLToPath } from 'node:url'
import { type Analyzer, createAnalyzer } from '../src/analyzer.js'
import type { Analysis } from '../src/core/analysis.js'
import { articleFromPlainText } from '../src/ingest/article-from-text.js'
import {
  claimMatches,
  describeClaim,
  describeQuote,
  type ExpectedQuote,
  findOrganization,
  findPerson,
  fold,
  formatClaim,
  invariantProblems,
  loadFixtures,
  norm,
  quoteMatches,
  quoteTextMatches,
} from './helpers/golden.js'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const fixturesRoot = join(here, 'fixtures', 'articles')
const seedPath = resolve(repoRoot, '../shared/seed/berlin-talks.txt')

// Expectations the analyzer does not meet yet, by test name: they run and report, but as "todo", so the
// list is the honest record of known gaps. Remove a line when its test passes.
const knownGaps = new Set(
  readFileSync(join(here, 'fixtures', 'known-gaps.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
)

function test(name: string, options: TestOptions | TestFn, fn?: TestFn): void {
  const body = (typeof options === 'function' ? options : fn)!
  const base = typeof options === 'function' ? {} : options
  nodeTest(name, knownGaps.has(name) ? { ...base, todo: 'known gap (test/fixtures/known-gaps.txt)' } : base, body)
}

let analyzer: Analyzer | undefined
const analyses = new Map<string, Analysis>()

/** Analyzes a file once; errors surface in every test that needs the result. */
function analyzeFile(path: string, raw: string): Analysis {
  const cached = analyses.get(path)
  if (cached) return cached
  analyzer ??= createAnalyzer()
  const analysis = analyzer.analyze(articleFromPlainText(path, raw))
  analyses.set(path, analysis)
  return analysis
}

function checkQuote(analysis: Analysis, e: ExpectedQuote): void {
  const found = analysis.quotes.some((q) => quoteMatches(analysis, q, e))
  if (found) return
  const near = analysis.quotes.filter((q) => quoteTextMatches(q.text, e.contains)).map(describeQuote)
  assert.fail(
    `no ${e.kind} quote containing "${e.contains}" by ${e.speaker ?? '(anonymous/none)'}; ` +
      (near.length ? `quotes with that text: ${near.join(' | ')}` : 'no quote has that text'),
  )
}

function speakerLabel(e: ExpectedQuote): string {
  if (e.speaker !== null) return e.speaker
  return e.anonymous ? 'anonymous' : 'nobody'
}

function short(phrase: string): string {
  return phrase.length > 50 ? `${phrase.slice(0, 47)}...` : phrase
}

const fixtures = loadFixtures(fixturesRoot)

test('fixtures: there are 12 to 16 golden articles', () => {
  assert.ok(fixtures.length >= 12 && fixtures.length <= 16, `found ${fixtures.length} fixtures in ${fixturesRoot}`)
})

for (const fx of fixtures) {
  const { slug, expected } = fx
  const run = (): Analysis => analyzeFile(fx.articlePath, fx.raw)

  // The fixture itself: catches typos in expected.json before blaming the analyzer.
  test(`${slug}: fixture is well-formed`, () => {
    const lines = fx.raw.split('\n')
    assert.ok(lines[0]?.trim(), 'first line must be the headline')
    assert.equal(lines[1]?.trim(), '', 'second line must be blank')
    const body = lines.slice(2).join('\n')
    const words = body.split(/\s+/).filter(Boolean).length
    assert.ok(words >= 120 && words <= 350, `body has ${words} words, want 120-350`)
    const text = norm(body)
    for (const q of expected.quotes)
      assert.ok(text.includes(norm(q.contains)), `quote phrase not in article: ${q.contains}`)
    for (const p of expected.people) {
      assert.ok(fold(body).includes(fold(p.name)), `name not in article: ${p.name}`)
      // An alias must be seen on its own, not only inside the full name.
      const rest = fold(body).split(fold(p.name)).join(' ')
      for (const a of p.aliases ?? []) assert.ok(rest.includes(fold(a)), `alias not used on its own: ${a}`)
    }
    for (const o of expected.organizations ?? [])
      assert.ok(fold(body).includes(fold(o)), `organization not in article: ${o}`)
    for (const a of expected.absentQuotes ?? []) assert.ok(text.includes(norm(a)), `absent phrase not in article: ${a}`)
    for (const r of expected.removed ?? []) assert.ok(fx.raw.includes(r), `chrome line not in article: ${r}`)
    assert.ok(existsSync(join(fx.dir, 'NOTES.md')), 'NOTES.md is missing')
  })

  test(`${slug}: analyzes without throwing`, () => {
    const analysis = run()
    assert.equal(analysis.schema, 'parley.analysis/1')
  })

  test(`${slug}: every offset lies inside article.text, evidence equals its slice, ids resolve`, () => {
    assert.deepEqual(invariantProblems(run()), [])
  })

  for (const e of expected.quotes) {
    test(`${slug}: quote "${short(e.contains)}" by ${speakerLabel(e)} (${e.kind})`, () => checkQuote(run(), e))
  }

  for (const p of expected.people) {
    test(`${slug}: person ${p.name}`, () => {
      const analysis = run()
      const entity = findPerson(analysis, p.name)
      const people = analysis.entities.filter((x) => x.type === 'person').map((x) => x.name)
      assert.ok(entity, `no person entity named ${p.name}; people: ${people.join(', ') || '(none)'}`)
      const forms = [entity.name, ...entity.aliases].map(fold)
      for (const alias of p.aliases ?? []) {
        assert.ok(
          forms.includes(fold(alias)),
          `${entity.name}: alias ${alias} missing; aliases: ${entity.aliases.join(', ')}`,
        )
      }
      for (const role of p.roles ?? []) {
        assert.ok(
          entity.roles.some((r) => fold(r).includes(fold(role))),
          `${entity.name}: no role containing "${role}"; roles: ${entity.roles.join(', ') || '(none)'}`,
        )
      }
    })
  }

  for (const o of expected.organizations ?? []) {
    test(`${slug}: organization ${o}`, () => {
      const analysis = run()
      const orgs = analysis.entities.filter((x) => x.type === 'organization' || x.type === 'group').map((x) => x.name)
      assert.ok(
        findOrganization(analysis, o),
        `no organization named ${o}; organizations: ${orgs.join(', ') || '(none)'}`,
      )
    })
  }

  for (const e of expected.claims) {
    test(`${slug}: claim ${formatClaim(e)}`, () => {
      const analysis = run()
      if (analysis.claims.some((c) => claimMatches(analysis, c, e))) return
      assert.fail(`no matching claim; claims: ${analysis.claims.map(describeClaim).join(' | ') || '(none)'}`)
    })
  }

  for (const phrase of expected.absentQuotes ?? []) {
    test(`${slug}: no quote "${short(phrase)}"`, () => {
      const wild = run().quotes.filter((q) => norm(q.text).includes(norm(phrase)))
      assert.deepEqual(wild.map(describeQuote), [])
    })
  }

  for (const chrome of expected.removed ?? []) {
    test(`${slug}: page chrome "${chrome}" removed`, () => {
      const { article } = run()
      assert.ok(
        article.removed.some((r) => r.trim().toLowerCase() === chrome.toLowerCase()),
        `article.removed: ${JSON.stringify(article.removed)}`,
      )
      assert.ok(!article.text.includes(chrome), `article.text still contains "${chrome}"`)
    })
  }
}

// The seed article in the shared folder (not part of the repository): speakers a reader checks first.
const seedExists = existsSync(seedPath)
const seedSkip = seedExists ? false : `seed article not found at ${seedPath}`
const seedQuotes: ExpectedQuote[] = [
  { contains: 'These security guarantees are an opportunity', kind: 'direct', speaker: 'Volodymyr Zelenskyy' },
  { contains: 'If Ukraine falls', kind: 'direct', speaker: 'Friedrich Merz' },
  { contains: 'Today a fair possible option', kind: 'direct', speaker: 'Volodymyr Zelenskyy' },
  { contains: 'very sensitive', kind: 'partial', speaker: 'Volodymyr Zelenskyy' },
  { contains: 'Ukraine needs peace on decent terms', kind: 'direct', speaker: 'Volodymyr Zelenskyy' },
  { contains: 'Moscow objects strongly', kind: 'indirect', speaker: 'Yuri Ushakov' },
  { contains: 'Kyiv is willing to compromise', kind: 'indirect', speaker: 'Volodymyr Zelenskyy' },
]
const runSeed = (): Analysis => analyzeFile(seedPath, readFileSync(seedPath, 'utf8'))

for (const e of seedQuotes) {
  test(`seed berlin-talks: quote "${e.contains}" by ${speakerLabel(e)} (${e.kind})`, { skip: seedSkip }, () =>
    checkQuote(runSeed(), e),
  )
}

test('seed berlin-talks: "MORE STORIES" removed from text', { skip: seedSkip }, () => {
  const analysis = runSeed()
  assert.ok(!analysis.article.text.includes('MORE STORIES'), 'article.text still contains "MORE STORIES"')
  assert.deepEqual(invariantProblems(analysis), [])
})
