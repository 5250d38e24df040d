import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readLanguage } from './language.js'
import { isCommonWord, vocabularyClass } from './vocabulary.js'

const words = (text: string): string[] => readLanguage(text).tokens.map((token) => token.text)

test('language: words with letters beyond Latin-1 stay whole, with their offsets', () => {
  const text = 'Mehmet Şahin met Jiří Dvořák and Nguyễn Thị Hà in Łódź.'
  const { tokens } = readLanguage(text)
  assert.deepEqual(words(text), [
    'Mehmet',
    'Şahin',
    'met',
    'Jiří',
    'Dvořák',
    'and',
    'Nguyễn',
    'Thị',
    'Hà',
    'in',
    'Łódź',
    '.',
  ])
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text)
  assert.equal(tokens[1]!.pos, 'PROPN')
})

test('language: offsets survive odd white space, and a line break ends a sentence', () => {
  const text = 'Talks resume\n\nThe  envoy\u00a0arrived. "Yes," she said.\n– Reuters'
  const { tokens, sentences } = readLanguage(text)
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text)
  assert.deepEqual(
    sentences.map((sentence) => text.slice(sentence.start, sentence.end)),
    ['Talks resume', 'The  envoy\u00a0arrived.', '"Yes," she said.', '– Reuters'],
  )
})

test('language: an article is tokenized the same whatever was read before it', () => {
  const article = "Orvald's plan failed, and Brekke's aides left."
  const first = readLanguage(article).tokens.map((token) => `${token.text}/${token.pos}`)
  // wink keeps a possessive whole after seeing it before a comma or full stop in an earlier text.
  readLanguage("The delay was Orvald's. It was Brekke's, they said.")
  const again = readLanguage(article).tokens.map((token) => `${token.text}/${token.pos}`)
  assert.deepEqual(again, first)
  assert.deepEqual(words(article).slice(0, 3), ['Orvald', "'s", 'plan'])
})

test('language: a title abbreviation whose full stop the tokenizer splits off ends no sentence ("the Rev. Anna Lind")', () => {
  const text = '"Go home," said the Rev. Anna Lind of Eastfield. He left.'
  const { sentences } = readLanguage(text)
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['"Go home," said the Rev. Anna Lind of Eastfield.', 'He left.'],
  )
})

test('vocabulary: the model knows common words with their usual class, not the names of people', () => {
  assert.equal(vocabularyClass('property'), 'NOUN')
  assert.equal(vocabularyClass('economic'), 'ADJ')
  assert.equal(vocabularyClass('kesk'), undefined)
  // Words wink met in earlier articles are not vocabulary.
  readLanguage('Tarvo Kesk met Ilse Varik.')
  assert.equal(vocabularyClass('varik'), undefined)
  assert.equal(isCommonWord('constructor'), true)
  assert.equal(isCommonWord('__proto__'), false)
})
