import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Language, Sentence, Token } from '../layers.js'
import { joinCutSentences } from './cut-sentences.js'

/** A language layer from words, each sentence a list of words, all in one paragraph. */
function layer(...parts: string[][]): Language {
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  let offset = 0
  parts.forEach((words, index) => {
    const firstToken = tokens.length
    const start = offset
    for (const text of words) {
      tokens.push({
        index: tokens.length,
        text,
        lower: text.toLowerCase(),
        pos: 'X',
        sentence: index,
        start: offset,
        end: offset + text.length,
      })
      offset += text.length + 1
    }
    sentences.push({ index, firstToken, endToken: tokens.length, paragraph: 0, start, end: offset - 1 })
  })
  return { tokens, sentences }
}

test('joinCutSentences: a sentence opening in lower case or with ")" goes on the one before', () => {
  const joined = joinCutSentences(
    layer(['Rep.', 'Lund', '(D-Vt.'], [')', 'said', 'so', '.'], ['Then', 'it', 'rained', '.']),
  )
  assert.deepEqual(
    joined.sentences.map((s) => [s.index, s.firstToken, s.endToken]),
    [
      [0, 0, 7],
      [1, 7, 11],
    ],
  )
  assert.deepEqual(
    joined.tokens.map((t) => t.sentence),
    [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1],
  )
})

test('joinCutSentences: sentences that open with a capital are left alone', () => {
  const language = layer(['It', 'rained', '.'], ['Then', 'it', 'stopped', '.'])
  assert.equal(joinCutSentences(language), language)
})
