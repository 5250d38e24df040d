import { choosePack, wordsOnly } from '../../../knowledge/choose-pack.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import type { Token } from '../../layers.js'
import { defineStage } from '../../stage.js'

/**
 * Which negotiation pack the article's issues come from: the one `--pack` names, or with `--pack auto`
 * the one the article is about (`choosePack`), or none. Positions map to this pack's issues.
 */
export function createPackStage(knowledge: Knowledge) {
  return defineStage({
    name: 'pack',
    version: 1,
    requires: ['language'],
    provides: 'pack',
    run: ({ headline, language }) => {
      if (knowledge.activePack) return knowledge.activePack.id
      if (!knowledge.autoPack) return null
      return choosePack(wordsOf(headline, language.tokens), knowledge.packs)?.pack.id ?? null
    },
  })
}

/** The headline's and body's words as `wordsOnly` splits them, read off the tokens the text already has. */
function wordsOf(headline: string | null, tokens: readonly Token[]): string[] {
  const words = headline ? wordsOnly(headline).split(' ') : []
  for (const token of tokens) {
    // Punctuation, hyphens and "’s" are no words; "u.s." splits as `wordsOnly` splits it.
    if (token.pos === 'PUNCT' || token.pos === 'PART' || token.pos === 'SYM') continue
    if (token.lower.includes('.')) for (const word of wordsOnly(token.lower).split(' ')) words.push(word)
    else words.push(token.lower)
  }
  return words
}
