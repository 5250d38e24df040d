import { type Analysis, type AnalysisEntity, type AnalysisPosition, SCHEMA } from '../../src/core/analysis.js'

/** A contract record built by hand: spans are found by searching `text` for the given words. */
export interface AnalysisSketch {
  readonly text: string
  readonly headline?: string
  readonly source?: string
  readonly published?: string
  readonly input?: string
  readonly entities?: readonly Pick<AnalysisEntity, 'id' | 'name' | 'type' | 'aliases' | 'roles'>[]
  readonly quotes?: readonly { id: string; words: string; speaker: string | null }[]
  readonly positions?: readonly (Omit<AnalysisPosition, 'start' | 'end'> & { words: string })[]
}

/** The span of the first occurrence of `words` in `text`; throws when absent, so a typo fails loudly. */
export function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`test helper: "${words}" is not in the text`)
  return { start, end: start + words.length }
}

export function makeAnalysis(sketch: AnalysisSketch): Analysis {
  const { text } = sketch
  return {
    schema: SCHEMA,
    pack: null,
    article: {
      input: sketch.input ?? 'sketch.txt',
      headline: sketch.headline ?? null,
      text,
      published: sketch.published ?? null,
      source: sketch.source ?? null,
      url: null,
      language: 'en',
      removed: [],
    },
    entities: (sketch.entities ?? []).map((entity) => ({
      ...entity,
      mentions: [{ ...spanOf(text, entity.aliases[entity.aliases.length - 1] ?? entity.name), kind: 'name' }],
      partOf: null,
    })),
    quotes: (sketch.quotes ?? []).map((quote) => ({
      id: quote.id,
      kind: 'direct' as const,
      text: quote.words,
      ...spanOf(text, quote.words),
      speaker: quote.speaker,
      speakerName: sketch.entities?.find((entity) => entity.id === quote.speaker)?.name ?? null,
      cue: 'say',
      anonymous: false,
      speakerSpan: null,
      cueSpan: null,
    })),
    claims: [],
    positions: (sketch.positions ?? []).map(({ words, ...position }) => ({ ...position, ...spanOf(text, words) })),
    events: [],
    headline: null,
    overstatements: [],
    warnings: [],
  }
}
