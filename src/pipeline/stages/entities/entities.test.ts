import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../../analyzer.js'
import { articleFromPlainText } from '../../../ingest/article-from-text.js'

const analyzer = createAnalyzer()

function people(body: string): string[] {
  const analysis = analyzer.analyze(articleFromPlainText('test.txt', `Results\n\n${body}`))
  return analysis.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)
}

test('entities: an adjective of origin before a name is not part of the name', () => {
  assert.deepEqual(people('Australian Lena Marsh won the second stage on Sunday.'), ['Lena Marsh'])
})

test('entities: adjectives of origin alone name no person', () => {
  assert.deepEqual(people('Iraqi Kurdish fighters held the ridge, the Iraqi news agency said.'), [])
})

test('entities: a competition is not a person', () => {
  assert.deepEqual(people('Chile reached the Davis Cup final after beating Peru.'), [])
})
