import type { Token } from '../layers.js'
import { isHyphenPiece } from '../text/token-search.js'
import { isTimeWord, POSSESSIVE_PRONOUNS } from './speaker.js'

// When and where something was said, after what was said or wanted: "condemned the levy in a radio
// broadcast", "rejected the offer at a news conference on Tuesday". Quotes and positions both end
// their object before it.

const TIME_MODIFIERS = new Set(['this', 'last', 'next', 'late', 'early', 'earlier', 'later', 'mid'])
const FRAME_PREPOSITIONS = new Set(['during', 'since', 'until', 'amid', 'throughout'])
const FRAME_NOUNS = new Set(
  'speech speeches interview interviews ruling statement letter email e-mail tweet tweets post video debate debates forum rally rallies hearing appearance diatribe op-ed column broadcast podcast briefing news conference remarks address'.split(
    ' ',
  ),
)

/**
 * True when token `k` opens an adjunct of time or medium after an object noun phrase: "during the
 * debate", "since Monday", "in a ruling released Thursday", "at last week's forum".
 */
export function framingAdjunctAt(tokens: readonly Token[], start: number, k: number, end: number): boolean {
  if (!/^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '')) return false
  // Only after a bare noun phrase: "urged partners to fund the pumps promised at a summit in May"
  // keeps its own details.
  for (let m = start; m < k; m++) if (/^(VERB|AUX|ADP|SCONJ)$/.test(tokens[m]!.pos)) return false
  const after = framingAdjunctEnd(tokens, k, end)
  // "accused Vos on Monday of lying": the object's own complement follows, so the time is inside it.
  return after > 0 && tokens[after]?.lower !== 'of'
}

/** Where an adjunct of time or medium opening at `k` ends, or -1 when none opens there. */
export function framingAdjunctEnd(tokens: readonly Token[], k: number, end: number): number {
  const token = tokens[k]!
  // ("since" is often tagged a conjunction; a clause after it is no adjunct: no noun phrase follows.)
  const preposition = token.pos === 'ADP' || (token.pos === 'SCONJ' && FRAME_PREPOSITIONS.has(token.lower))
  if (!preposition) return -1
  let framing = FRAME_PREPOSITIONS.has(token.lower)
  if (!framing && !/^(in|at|on)$/.test(token.lower)) return -1
  let m = k + 1
  // ("a late-night broadcast": the pieces of a hyphenated word are one modifier.)
  while (
    m < end &&
    (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[m]!.pos) ||
      isHyphenPiece(tokens, m) ||
      POSSESSIVE_PRONOUNS.test(tokens[m]!.lower))
  ) {
    const word = tokens[m]!.lower
    if (FRAME_NOUNS.has(word) || (isTimeWord(word) && !TIME_MODIFIERS.has(word))) framing = true
    m++
  }
  return framing && m > k + 1 ? m : -1
}
