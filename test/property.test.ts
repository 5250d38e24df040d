// Property tests: the analyzer must hold its invariants on any text, not only on well-formed news.
// Three sources of input: arbitrary Unicode, news-shaped noise built from the pieces the rules react
// to (quote marks, speech verbs, titles, numbers, line breaks), and our fixture articles mutated at
// random (cut, duplicated, spliced, stray quote marks). On every run: no exception, every offset
// inside `article.text`, every `text` field equal to its slice, every entity id resolvable.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { createAnalyzer } from '../src/analyzer.js'
import type { Article } from '../src/core/article.js'
import { InputError } from '../src/core/errors.js'
import { articleFromPlainText } from '../src/ingest/article-from-text.js'
import { invariantProblems } from './helpers/golden.js'

const here = dirname(fileURLToPath(import.meta.url))
const fixturesRoot = join(here, 'fixtures', 'articles')
const seedPath = resolve(here, '../../shared/seed/berlin-talks.txt')

const analyzer = createAnalyzer({ pack: 'russia-ukraine' })

/** Runs text through ingest and the analyzer; returns the invariant problems (none expected). */
function problemsFor(raw: string): string[] {
  let article: Article
  try {
    article = articleFromPlainText('property.txt', raw)
  } catch (error) {
    // Ingest may refuse input with a clear message; anything else is a crash.
    if (error instanceof InputError) return []
    throw error
  }
  return invariantProblems(analyzer.analyze(article))
}

/** The same, skipping ingest: the pipeline must also survive text that cleaning would have changed. */
function problemsForRawBody(text: string): string[] {
  const article: Article = {
    input: 'property.txt',
    headline: null,
    text,
    published: null,
    source: null,
    url: null,
    removed: [],
    warnings: [],
  }
  return invariantProblems(analyzer.analyze(article))
}

const newsPieces = [
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  ',',
  '.',
  ':',
  ';',
  '—',
  '-',
  '(',
  ')',
  '\n',
  '\n\n',
  ' ',
  'said',
  'says',
  'told',
  'warned',
  'according to',
  'he',
  'she',
  'they',
  'his',
  'it',
  'President',
  'Minister',
  'the president',
  'spokesman',
  'Anna Kovalenko',
  'Kovalenko',
  'Mr.',
  'Dr.',
  'U.S.',
  'Kyiv',
  'the Kremlin',
  'Ukraine',
  "Russia's Defense Ministry",
  'officials',
  'a source',
  'that',
  'would',
  'not',
  'if',
  '138 drones',
  '1,200',
  'more than 60',
  'between 10 and 20',
  'dozens of',
  'two',
  'percent',
  '$4 billion',
  'on Sunday',
  'Dec. 2',
  'the talks',
  'ceasefire',
  'NATO',
  'rejected',
  'is willing to',
  'in exchange for',
  '🙂',
  '\u200b',
  '\ud83d',
  'é',
]

const newsNoise = fc
  .array(fc.tuple(fc.constantFrom(...newsPieces), fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 160 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''))

function fixtureTexts(): string[] {
  const texts = readdirSync(fixturesRoot)
    .map((slug) => join(fixturesRoot, slug, 'article.txt'))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'))
  if (existsSync(seedPath)) texts.push(readFileSync(seedPath, 'utf8'))
  return texts
}

const texts = fixtureTexts()

type Mutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'splice'; at: number; other: number; from: number; length: number }
  | { kind: 'truncate'; at: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...newsPieces) }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    other: fc.nat(),
    from: fc.nat(),
    length: fc.nat({ max: 600 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1)
  switch (m.kind) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + m.length)
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length)
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at)
    case 'splice': {
      const other = texts[m.other % texts.length]!
      const from = m.from % (other.length + 1)
      return text.slice(0, at) + other.slice(from, from + m.length) + text.slice(at)
    }
    case 'truncate':
      return text.slice(0, at)
  }
}

const mutatedArticle = fc
  .tuple(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([index, mutations]) => mutations.reduce(mutate, texts[index]!))

test('property fixtures: there are real texts to mutate', () => {
  assert.ok(texts.length >= 10, `only ${texts.length} fixture texts found under ${fixturesRoot}`)
})

test('property: arbitrary Unicode text keeps every invariant', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      assert.deepEqual(problemsFor(text), [])
      assert.deepEqual(problemsForRawBody(text), [])
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
  )
})

test('property: news-shaped noise keeps every invariant', () => {
  fc.assert(
    fc.property(newsNoise, (text) => {
      assert.deepEqual(problemsFor(text), [])
      assert.deepEqual(problemsForRawBody(text), [])
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
  )
})

test('property: mutated fixture articles keep every invariant', () => {
  fc.assert(
    fc.property(mutatedArticle, (text) => {
      assert.deepEqual(problemsFor(text), [])
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
  )
})
