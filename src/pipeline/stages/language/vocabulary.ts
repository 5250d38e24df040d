import type { Model } from 'wink-nlp'

/**
 * The English vocabulary the tagger's model ships: about 87,000 lower-case words with their usual part
 * of speech. Names of people are almost all missing from it ("putin", "carney", "sandu"), while the
 * words of a document's or a department's name are in it ("property", "measures", "transport"): that
 * difference tells a name from a phrase written with capitals.
 *
 * The model's data is read where wink keeps it, through the model object wink was built with, so no
 * second copy is loaded (it weighs about 28 MB). If a later wink lays its model out differently, every
 * word reads as unknown and the analyzer behaves as it did without this list.
 */
interface PackedCore {
  readonly packing: { readonly size: number; readonly layout: { readonly pos: readonly [number, number, number] } }
  readonly lexicon: ArrayLike<number>
  readonly features: {
    readonly lexeme: { readonly hash: Readonly<Record<string, number>>; readonly intrinsicSize: number }
    readonly pos: { readonly list: readonly string[] }
  }
}

let core: PackedCore | null = null

/** The model with its `core` loader wrapped, so the vocabulary of the latest wink instance is kept. */
export function modelKeepingVocabulary(model: Model): Model {
  const load = model.core as unknown as () => unknown
  return { ...model, core: (() => remember(load())) as unknown as Model['core'] }
}

function remember(loaded: unknown): unknown {
  const candidate = loaded as Partial<PackedCore> | null
  core =
    candidate?.packing?.layout?.pos && candidate.lexicon && candidate.features?.lexeme?.hash && candidate.features.pos
      ? (candidate as PackedCore)
      : null
  return loaded
}

/** The usual part of speech of a lower-case word ("NOUN", "ADJ", "VERB" …), undefined when the model has no such word. */
export function vocabularyClass(lower: string): string | undefined {
  if (core === null) return undefined
  const lexeme = core.features.lexeme
  const index = Object.hasOwn(lexeme.hash, lower) ? lexeme.hash[lower] : undefined
  // wink adds every new word it meets after the model's own: those are not vocabulary.
  if (index === undefined || index >= lexeme.intrinsicSize) return undefined
  const [slot, mask, shift] = core.packing.layout.pos
  return core.features.pos.list[((core.lexicon[index * core.packing.size + slot] ?? 0) & mask) >>> shift]
}

const COMMON_CLASSES = new Set(['NOUN', 'ADJ', 'VERB', 'ADV'])

/** True for a common English noun, adjective, verb or adverb ("property", "economic"), never for a name the model lacks. */
export const isCommonWord = (lower: string): boolean => COMMON_CLASSES.has(vocabularyClass(lower) ?? '')
