import type { Token } from '../layers.js'
import { speechLemma } from '../lexicon/speech-verbs.js'

export interface Cue {
  /** Token index of the (first word of the) cue. */
  readonly index: number
  /** One past the cue's last token ("according to" is two). */
  readonly end: number
  readonly lemma: string
}

/** The cue that starts at token `i`, if any: a speech verb or "according to". */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  const token = tokens[i]!
  if (token.lower === 'according' && tokens[i + 1]?.lower === 'to')
    return { index: i, end: i + 2, lemma: 'according to' }
  const lemma = speechLemma(token.lower)
  if (lemma === undefined) return null
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !(token.pos === 'NOUN' && /s$/.test(token.lower))) return null
  return { index: i, end: i + 1, lemma }
}
