/**
 * Entities against CoNLL++ dev (SCORING.md, "Entities against CoNLL++"): per document, the multiset of
 * (type, normalized mention text) of gold PER/ORG/LOC against that of the predicted mentions, pronouns excluded.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Analysis } from '../core/analysis.js'
import type { AnalysisFailure, TextAnalyzer } from './analyze-text.js'
import { type Prf, prf } from './metrics.js'
import { normalize } from './normalize.js'

export const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const
export type ScoredType = (typeof SCORED_TYPES)[number]

const TYPE_OF_ENTITY: Readonly<Record<string, ScoredType>> = {
  person: 'PER',
  organization: 'ORG',
  location: 'LOC',
}

export interface GoldMention {
  readonly type: string
  readonly text: string
  /** Index of the sentence it is in; sentence 0 becomes the headline. */
  readonly sentence: number
}

export interface ConllDocument {
  readonly index: number
  readonly sentences: readonly string[]
  readonly mentions: readonly GoldMention[]
}

// ---------------------------------------------------------------- data

interface Token {
  readonly word: string
  readonly tag: string
}

/** Spans of an IOB tag sequence; reads IOB2 and also IOB1 (an I- tag after another type starts a mention). */
export function mentionsFromTags(tokens: readonly Token[], sentence: number): GoldMention[] {
  const mentions: GoldMention[] = []
  let current: { type: string; words: string[] } | null = null
  const close = () => {
    if (current) mentions.push({ type: current.type, text: current.words.join(' '), sentence })
    current = null
  }
  for (const { word, tag } of tokens) {
    const [prefix, type] = tag.split('-', 2) as [string, string | undefined]
    if (type === undefined || prefix === 'O') {
      close()
    } else if (prefix === 'B' || current === null || current.type !== type) {
      close()
      current = { type, words: [word] }
    } else {
      current.words.push(word)
    }
  }
  close()
  return mentions
}

function toDocument(index: number, sentences: readonly Token[][]): ConllDocument {
  return {
    index,
    sentences: sentences.map((tokens) => tokens.map((token) => token.word).join(' ')),
    mentions: sentences.flatMap((tokens, sentence) => mentionsFromTags(tokens, sentence)),
  }
}

/** Parses CoNLL-2003 columns (`token POS chunk NER`): blank lines end sentences, -DOCSTART- starts documents. */
export function parseConll(raw: string): ConllDocument[] {
  const documents: ConllDocument[] = []
  let sentences: Token[][] = []
  let sentence: Token[] = []
  const endSentence = () => {
    if (sentence.length > 0) sentences.push(sentence)
    sentence = []
  }
  const endDocument = () => {
    endSentence()
    if (sentences.length > 0) documents.push(toDocument(documents.length, sentences))
    sentences = []
  }
  for (const line of raw.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/)
    if (columns[0] === '-DOCSTART-') endDocument()
    else if (line.trim() === '') endSentence()
    else sentence.push({ word: columns[0]!, tag: columns.at(-1)! })
  }
  endDocument()
  return documents
}

export function readConll(dataDir: string, limit?: number): ConllDocument[] {
  const documents = parseConll(readFileSync(join(dataDir, 'conllpp', 'conllpp_dev.txt'), 'utf8'))
  return limit === undefined ? documents : documents.slice(0, limit)
}

/** The `.txt` SCORING builds: one sentence a line, so the first sentence is the headline. */
export const documentText = (document: ConllDocument): string => document.sentences.join('\n')

// ---------------------------------------------------------------- scoring

export interface TypedMention {
  readonly type: ScoredType
  readonly text: string
}

/** Predicted mentions of scored types: the text of every non-pronoun mention of a person, organization or location. */
export function predictedMentions(analysis: Analysis): TypedMention[] {
  return analysis.entities.flatMap((entity) => {
    const type = TYPE_OF_ENTITY[entity.type]
    if (type === undefined) return []
    return entity.mentions
      .filter((mention) => mention.kind !== 'pronoun')
      .map((mention) => ({ type, text: analysis.article.text.slice(mention.start, mention.end) }))
  })
}

const keyOf = (mention: TypedMention): string => `${mention.type}\u0000${normalize(mention.text)}`

/** Multiset intersection size per type. */
export function matchMentions(
  gold: readonly TypedMention[],
  predicted: readonly TypedMention[],
): Map<ScoredType, number> {
  const available = new Map<string, number>()
  for (const mention of predicted) available.set(keyOf(mention), (available.get(keyOf(mention)) ?? 0) + 1)
  const matched = new Map<ScoredType, number>()
  for (const mention of gold) {
    const key = keyOf(mention)
    const left = available.get(key) ?? 0
    if (left === 0) continue
    available.set(key, left - 1)
    matched.set(mention.type, (matched.get(mention.type) ?? 0) + 1)
  }
  return matched
}

const isScored = (type: string): type is ScoredType => (SCORED_TYPES as readonly string[]).includes(type)

export interface ConllMiss {
  readonly document: number
  readonly type: ScoredType
  readonly text: string
}

export interface ConllReport {
  readonly documents: number
  readonly overall: Prf
  readonly byType: Record<ScoredType, Prf>
  /** Gold mentions in the first sentence: it becomes the headline, which `article.text` does not hold. */
  readonly goldInHeadline: number
  readonly failures: readonly AnalysisFailure[]
  readonly misses: { readonly unmatchedGold: readonly ConllMiss[]; readonly falsePositives: readonly ConllMiss[] }
}

interface Counts {
  matched: number
  predicted: number
  gold: number
}

/** The mentions of `from` left over after taking away those of `taken` (multiset difference). */
function leftOver(from: readonly TypedMention[], taken: readonly TypedMention[]): TypedMention[] {
  const counts = new Map<string, number>()
  for (const mention of taken) counts.set(keyOf(mention), (counts.get(keyOf(mention)) ?? 0) + 1)
  return from.filter((mention) => {
    const left = counts.get(keyOf(mention)) ?? 0
    if (left > 0) counts.set(keyOf(mention), left - 1)
    return left === 0
  })
}

export function scoreConll(documents: readonly ConllDocument[], analyzer: TextAnalyzer): ConllReport {
  const counts = new Map<ScoredType, Counts>(SCORED_TYPES.map((type) => [type, { matched: 0, predicted: 0, gold: 0 }]))
  const unmatchedGold: ConllMiss[] = []
  const falsePositives: ConllMiss[] = []
  let goldInHeadline = 0
  for (const document of documents) {
    const analysis = analyzer.analyze(`conllpp-dev-${document.index}.txt`, documentText(document))
    const scoredGold = document.mentions.filter((mention) => isScored(mention.type))
    goldInHeadline += scoredGold.filter((mention) => mention.sentence === 0).length
    const gold = scoredGold.map((mention) => ({ type: mention.type as ScoredType, text: mention.text }))
    const predicted = predictedMentions(analysis)
    const matched = matchMentions(gold, predicted)
    for (const [type, count] of counts) {
      count.gold += gold.filter((mention) => mention.type === type).length
      count.predicted += predicted.filter((mention) => mention.type === type).length
      count.matched += matched.get(type) ?? 0
    }
    const asMiss = (mention: TypedMention): ConllMiss => ({ document: document.index, ...mention })
    unmatchedGold.push(...leftOver(gold, predicted).map(asMiss))
    falsePositives.push(...leftOver(predicted, gold).map(asMiss))
  }
  const total = [...counts.values()].reduce(
    (sum, count) => ({
      matched: sum.matched + count.matched,
      predicted: sum.predicted + count.predicted,
      gold: sum.gold + count.gold,
    }),
    { matched: 0, predicted: 0, gold: 0 },
  )
  const figure = (c: Counts): Prf => prf(c.matched, c.predicted, c.gold)
  return {
    documents: documents.length,
    overall: figure(total),
    byType: { PER: figure(counts.get('PER')!), ORG: figure(counts.get('ORG')!), LOC: figure(counts.get('LOC')!) },
    goldInHeadline,
    failures: [...analyzer.failures],
    misses: { unmatchedGold, falsePositives },
  }
}
