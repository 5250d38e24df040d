import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import type { Language, Sentence, Token } from '../../layers.js'
import { defineStage } from '../../stage.js'
import { modelKeepingVocabulary } from './vocabulary.js'

// Setting wink up takes about 100 ms, so one instance serves many articles. But wink adds every new
// word it meets to its lexicon, which only grows: a fresh instance every so many articles keeps a
// long ingest or server from growing without bound.
const ARTICLES_PER_INSTANCE = 20_000
const tagger = modelKeepingVocabulary(model)
let nlp = winkNLP(tagger, ['sbd', 'pos'])
let articlesRead = 0
const its = nlp.its

function readDoc(text: string) {
  if (++articlesRead > ARTICLES_PER_INSTANCE) {
    nlp = winkNLP(tagger, ['sbd', 'pos'])
    articlesRead = 1
  }
  return nlp.readDoc(text)
}

/** Tokens, parts of speech and sentences, with offsets into the text. */
export const languageStage = defineStage({
  name: 'language',
  version: 1,
  requires: [],
  provides: 'language',
  run: ({ text }) => readLanguage(text),
})

export function readLanguage(text: string): Language {
  const doc = readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const { starts, breaks } = locateTokens(text, values, tags) ?? locateWithSpaces(values, tags, doc)

  const sentenceEnds: number[] = []
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [, last] = sentence.out(its.span) as unknown as [number, number]
    sentenceEnds.push(last + 1)
  })

  // wink cuts words at letters beyond Latin-1 ("Erdo|ğ|an"): only then are pieces joined back.
  const extended = EXTENDED_LETTER.test(text)
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  let paragraph = 0
  let first = 0
  const closeSentence = (end: number) => {
    // Skip white-space-only tokens at the edges (wink keeps line breaks as tokens).
    let a = first
    let b = end
    while (a < b && tags[a] === 'SPACE') a++
    while (b > a && tags[b - 1] === 'SPACE') b--
    if (a < b) {
      const index = sentences.length
      sentences.push({
        index,
        start: starts[a]!,
        end: starts[b - 1]! + values[b - 1]!.length,
        firstToken: tokens.length,
        endToken: tokens.length + (b - a),
        paragraph,
      })
      for (let i = a; i < b; i++) {
        if (tags[i] === 'SPACE') continue
        let j = i
        if (extended) while (j + 1 < b && splitWord(values, starts, j)) j++
        const start = starts[i]!
        const end = starts[j]! + values[j]!.length
        const value = j === i ? values[i]! : text.slice(start, end)
        const pos = j === i || !UPPER_FIRST.test(value) ? tags[i]! : 'PROPN'
        // wink remembers words across documents: once it has kept "Putin's" whole somewhere, it stops
        // splitting it. Splitting a name's possessive here keeps every article's tokens independent of
        // the articles read before it.
        const possessive = value.length > 2 && value.endsWith('s') ? GLUED_POSSESSIVE.exec(value) : null
        if (possessive) {
          const cut = start + possessive[1]!.length
          tokens.push(makeToken(tokens.length, start, cut, possessive[1]!, pos, index))
          tokens.push(makeToken(tokens.length, cut, end, possessive[2]!, 'PART', index))
        } else tokens.push(makeToken(tokens.length, start, end, value, pos, index))
        i = j
      }
      // Spaces removed inside the sentence: fix its token range.
      const last = sentences[index]!
      sentences[index] = { ...last, endToken: tokens.length }
    }
    first = end
  }

  let next = 0
  for (let i = 0; i < values.length; i++) {
    const hasBreak = breaks[i] === 1
    if (hasBreak && i > first) {
      // A line break always ends a sentence: headlines and list items have no full stop.
      closeSentence(tags[i] === 'SPACE' ? i : i)
      paragraph++
    } else if (hasBreak && i === first && sentences.length > 0) {
      paragraph++
    }
    while (next < sentenceEnds.length && sentenceEnds[next]! <= i) next++
    if (next < sentenceEnds.length && sentenceEnds[next] === i + 1 && !endsInAbbreviation(text, values, starts, i))
      closeSentence(i + 1)
  }
  if (first < values.length) closeSentence(values.length)
  return { tokens, sentences }
}

const GLUED_POSSESSIVE = /^(\p{Lu}[\p{L}\p{N}.-]*)(['’]s)$/u

function makeToken(index: number, start: number, end: number, text: string, pos: string, sentence: number): Token {
  return { index, start, end, text, lower: text.toLowerCase(), pos, sentence }
}

// Abbreviations that are followed by a capitalized word inside a sentence: titles, "Rep. Jane Doe".
const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms dr rep reps sen sens gov gen lt col maj sgt capt cmdr adm prof rev st mt ft sr vs no'.split(' '),
)

const EXTENDED_LETTER = /[\u0100-\u024f\u1e00-\u1eff]/
const LETTERS = /^\p{L}+$/u
const UPPER_FIRST = /^\p{Lu}/u

/** True when token `j` and the next are pieces of one word that wink cut at a letter it does not know. */
function splitWord(values: readonly string[], starts: Int32Array, j: number): boolean {
  const value = values[j]!
  const next = values[j + 1]!
  if (starts[j + 1] !== starts[j]! + value.length || !LETTERS.test(value) || !LETTERS.test(next)) return false
  return EXTENDED_LETTER.test(value) || EXTENDED_LETTER.test(next)
}

/** Where each token starts, and whether a line break comes before it (or, for a space token, in it). */
interface TokenPlaces {
  readonly starts: Int32Array
  readonly breaks: Uint8Array
}

/**
 * wink reproduces the text losslessly, so each token is found by skipping white space from the end of
 * the one before. Cheaper than asking wink for every token's preceding spaces; null if a token is
 * not where it should be, and the caller asks wink instead.
 */
function locateTokens(text: string, values: readonly string[], tags: readonly string[]): TokenPlaces | null {
  const starts = new Int32Array(values.length)
  const breaks = new Uint8Array(values.length)
  let offset = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    let start = offset
    let lineBreak = false
    // Comparing the first letter finds the token; the last letter (and, on a mismatch, the whole
    // token) confirms it. A full comparison of every token costs more than wink's own lookup.
    const first = value.charCodeAt(0)
    while (text.charCodeAt(start) !== first) {
      const code = text.charCodeAt(start)
      if (!isSpace(code)) return null
      if (code === 10) lineBreak = true
      start++
    }
    const last = value.length - 1
    if (text.charCodeAt(start + last) !== value.charCodeAt(last) && !text.startsWith(value, start)) return null
    starts[i] = start
    breaks[i] = (tags[i] === 'SPACE' ? value.includes('\n') : lineBreak) ? 1 : 0
    offset = start + value.length
  }
  return { starts, breaks }
}

function locateWithSpaces(
  values: readonly string[],
  tags: readonly string[],
  doc: { tokens(): { out(f: unknown): unknown } },
): TokenPlaces {
  const spaces = doc.tokens().out(its.precedingSpaces) as string[]
  const starts = new Int32Array(values.length)
  const breaks = new Uint8Array(values.length)
  let offset = 0
  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? ''
    offset += space.length
    starts[i] = offset
    breaks[i] = (tags[i] === 'SPACE' ? values[i]!.includes('\n') : space.includes('\n')) ? 1 : 0
    offset += values[i]!.length
  }
  return { starts, breaks }
}

/** Space, tab, line breaks and the other white space wink keeps between tokens. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000
  )
}

/**
 * True when wink ended a sentence at token `i` only because of an abbreviation: "said Mr. Burman",
 * "Rep. Jane Doe (R-S.C.) said", "Ana J. Ruiz". The next word must follow on the same line.
 */
function endsInAbbreviation(text: string, values: readonly string[], starts: Int32Array, i: number): boolean {
  const next = values[i + 1]
  if (next === undefined || !/^[A-Z(]/.test(next)) return false
  const last = values[i]!
  const end = starts[i]! + last.length
  if (text.slice(end, starts[i + 1]).includes('\n')) return false
  // "J." as one token, or "S" then "." with no space between.
  if (/^[A-Z]\.$/.test(last)) return true
  const attached = last === '.' && starts[i] === starts[i - 1]! + (values[i - 1] ?? '').length
  if (attached && /^[A-Z]$/.test(values[i - 1] ?? '')) return true
  // ("Rev" then "." : the word is the token before the full stop, not the stop without its dot.)
  const word = attached ? (values[i - 1] ?? '') : last.endsWith('.') ? last.slice(0, -1) : ''
  return TITLE_ABBREVIATIONS.has(word.toLowerCase())
}
