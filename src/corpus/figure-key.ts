import * as chrono from 'chrono-node'
import type { Analysis, AnalysisClaim, AnalysisQuantity } from '../core/analysis.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { FigureKey } from '../store/store.js'
import { foldName } from './actor-keys.js'
import {
  CLAUSE_BREAK,
  FIGURE_ACTIONS,
  PEOPLE_UNITS,
  PERIOD_WORDS,
  PLACE_PREPOSITIONS,
  REVISION_BEFORE,
  SUBJECT_FILLERS,
} from './lexicon/figures.js'

type PlaceKnowledge = Pick<Knowledge, 'actor' | 'demonymOf' | 'placeKind'>

interface Word {
  readonly lower: string
  /** Offset in the article text. */
  readonly start: number
  readonly end: number
}

const ACTION_OF = new Map<string, string>()
for (const [action, words] of FIGURE_ACTIONS) for (const word of words) ACTION_OF.set(word, action)

/**
 * For each claim of an analysis, one FigureKey per quantity: what it counts, what happened to it,
 * whose it is, where, over which period, on which day and who says so. Conflicting claims are found
 * by comparing these (src/corpus/conflicts.ts), so "96 drones launched at Ukraine" and "94 drones
 * destroyed over Russia" are never set side by side as one figure.
 *
 * `claimantKeyOf` maps an entity id of the analysis to its identity across articles.
 */
export function figureKeys(
  analysis: Analysis,
  knowledge: PlaceKnowledge,
  claimantKeyOf: (entityId: string) => string | null,
): Record<string, FigureKey[]> {
  const result: Record<string, FigureKey[]> = {}
  for (const claim of analysis.claims) {
    const claimantKey = claimantOf(claim, analysis, claimantKeyOf)
    const text = analysis.article.text
    const clauses = clausesOf(text, claim)
    const firstUnit = claim.quantities.map((q) => normalizeUnit(q.unit)).find((unit) => unit !== '') ?? ''
    const date = dateOf(text.slice(claim.start, claim.end), analysis.article.published)
    const keys: FigureKey[] = []
    for (const quantity of claim.quantities) {
      const clause = clauses.find((c) => c.start <= quantity.start && quantity.start < c.end) ?? clauses[0]!
      const words = wordsOf(text, clause.start, clause.end)
      const place = placeOf(words, quantity, analysis, knowledge)
      const action = actionOf(words, quantity)
      const first = keys[0]
      // "78 of them", "121 of the drones": a part of the claim's first count, so its owner and place.
      const part =
        first !== undefined &&
        /^\s+of\s+(?:them|the|those|these|its|their)\b/i.test(text.slice(quantity.end, quantity.end + 12))
      // Not a count to compare: part of who says it ("two people familiar with the talks"), or a
      // scale ("a few hundred civilians").
      const notACount =
        (claim.claimantName?.includes(quantity.text) ?? false) ||
        /\b(?:a few|few|several)\s+$/i.test(text.slice(Math.max(0, quantity.start - 12), quantity.start))
      keys.push({
        unit: notACount ? '' : unitOf(text, quantity, firstUnit),
        action,
        side: sideOf(words, quantity, action, analysis, knowledge) || (part ? first.side : ''),
        place: place?.name ?? (part ? first.place : ''),
        placeIsState: place ? place.isState : part ? first.placeIsState : false,
        revision: REVISION_BEFORE.test(text.slice(Math.max(clause.start, quantity.start - 30), quantity.start)),
        period: periodOf(text.slice(clause.start, clause.end)) || (part ? first.period : ''),
        date,
        claimantKey,
      })
    }
    result[claim.id] = keys
  }
  return result
}

/** The claimant's actor key, its folded description ("the regional governor"), or else the outlet. */
function claimantOf(
  claim: AnalysisClaim,
  analysis: Analysis,
  claimantKeyOf: (entityId: string) => string | null,
): string | null {
  if (claim.claimant) {
    const key = claimantKeyOf(claim.claimant)
    if (key) return key
  }
  if (claim.claimantName) return `said-by:${foldName(claim.claimantName)}`
  return analysis.article.source ? `outlet:${foldName(analysis.article.source)}` : null
}

function clausesOf(text: string, claim: AnalysisClaim): { start: number; end: number }[] {
  const sentence = text.slice(claim.start, claim.end)
  const clauses: { start: number; end: number }[] = []
  let from = 0
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start: claim.start + from, end: claim.start + match.index })
    from = match.index + match[0].length
  }
  clauses.push({ start: claim.start + from, end: claim.end })
  return clauses
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = []
  for (const match of text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    words.push({
      lower: match[0].toLowerCase(),
      start: start + match.index,
      end: start + match.index + match[0].length,
    })
  }
  return words
}

/**
 * The counted noun, normalized; when the claims stage found none ("78 of them", "about 40 long-range
 * drones"), the noun just after the number, else the claim's first counted noun.
 */
function unitOf(text: string, quantity: AnalysisQuantity, firstUnit: string): string {
  // "the 28-point plan", "a 30-day pause": the number describes a thing, it does not count one.
  if (/^[-‑–]\p{L}/u.test(text.slice(quantity.end, quantity.end + 2))) return ''
  const own = normalizeUnit(quantity.unit)
  if (own !== '') return own
  const after = /^\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}]+s)\b/u.exec(text.slice(quantity.end, quantity.end + 40))
  if (after && !/^(?:of|over|in|at|on|and|were|was|had|has)\s/i.test(after[1] ?? '')) {
    const noun = normalizeUnit(after[2] ?? '')
    if (noun !== '' && !['was', 'has', 'is'].includes(noun)) return noun
  }
  return firstUnit
}

/**
 * Lower case, the last word of a compound ("long-range drones" → "drones"), people nouns by kind
 * ("people", "people:troops", "people:civilians", "people:prisoners").
 */
export function normalizeUnit(unit: string): string {
  const word =
    unit
      .toLowerCase()
      .trim()
      .split(/[\s-]+/)
      .pop() ?? ''
  return PEOPLE_UNITS.get(word) ?? word
}

/** The action word nearest to the number in its clause ("destroyed 94 drones", "12 people killed"). */
function actionOf(words: readonly Word[], quantity: AnalysisQuantity): string {
  let best: { action: string; distance: number } | null = null
  for (const word of words) {
    const action = ACTION_OF.get(word.lower)
    if (!action) continue
    const distance = word.end <= quantity.start ? quantity.start - word.end : word.start - quantity.end
    if (distance >= 0 && (!best || distance < best.distance)) best = { action, distance }
  }
  return best?.action ?? ''
}

/**
 * Whose things are counted: a demonym in or just after the quantity ("94 Ukrainian drones"), else a
 * state just before the action word when it comes first ("Russia also launched 96 drones").
 */
function sideOf(
  words: readonly Word[],
  quantity: AnalysisQuantity,
  action: string,
  analysis: Analysis,
  knowledge: PlaceKnowledge,
): string {
  const near = words.filter((word) => word.start >= quantity.start && word.start <= quantity.end + 20).slice(0, 4)
  for (const word of near) {
    const state = knowledge.demonymOf(word.lower)
    if (state) return foldName(state)
  }
  if (action === '') return ''
  const before = words.filter((word) => word.end <= quantity.start)
  let index = before.length - 1
  while (index >= 0 && ACTION_OF.get(before[index]!.lower) !== action) index--
  if (index < 0) return ''
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const word = before[k]!
    if (SUBJECT_FILLERS.has(word.lower)) continue
    const place = placeAt(word, analysis, knowledge)
    return place?.isState ? place.name : ''
  }
  return ''
}

/**
 * Where: the first place named after a place preposition following the number, in its clause. A
 * city's or seat's state is used when the analysis links it ("Kyiv" → Ukraine); a demonym before
 * "regions" or "territory" names its state ("over Russian regions").
 */
function placeOf(
  words: readonly Word[],
  quantity: AnalysisQuantity,
  analysis: Analysis,
  knowledge: PlaceKnowledge,
): { name: string; isState: boolean } | null {
  const after = words.filter((word) => word.start >= quantity.end)
  for (let i = 0; i < after.length; i++) {
    if (!PLACE_PREPOSITIONS.has(after[i]!.lower)) continue
    for (const word of after.slice(i + 1, i + 5)) {
      const place = placeAt(word, analysis, knowledge)
      if (place) return place
    }
  }
  return null
}

function placeAt(word: Word, analysis: Analysis, knowledge: PlaceKnowledge): { name: string; isState: boolean } | null {
  const entity = analysis.entities.find(
    (candidate) =>
      candidate.type === 'location' &&
      candidate.mentions.some((mention) => mention.start <= word.start && word.start < mention.end),
  )
  if (entity) {
    const state = entity.partOf ? analysis.entities.find((candidate) => candidate.id === entity.partOf) : undefined
    const name = state?.name ?? entity.name
    return { name: foldName(name), isState: isState(name, knowledge) }
  }
  const demonym = knowledge.demonymOf(word.lower)
  if (demonym) return { name: foldName(demonym), isState: true }
  return null
}

function isState(name: string, knowledge: PlaceKnowledge): boolean {
  const lower = name.toLowerCase()
  return (
    knowledge.placeKind(lower) === 'country' || knowledge.demonymOf(lower) !== undefined || hasDemonym(name, knowledge)
  )
}

/** A pack lists demonyms only for states, so a place with one is a state. */
function hasDemonym(name: string, knowledge: PlaceKnowledge): boolean {
  const known = knowledge.actor(name.toLowerCase())
  return known?.type === 'location' && !known.seatOf && knowledge.placeKind(name.toLowerCase()) !== 'city'
}

function periodOf(clause: string): string {
  for (const [period, pattern] of PERIOD_WORDS) if (pattern.test(clause)) return period
  return ''
}

/**
 * The day a claim is about: a date or weekday in its sentence, resolved against the article's date
 * (a weekday is the last one on or before it: news reports the past); else the article's date.
 */
function dateOf(sentence: string, published: string | null): string | null {
  if (!published) return null
  // chrono is thorough and slow: most claims name no day, so ask it only when one might be there.
  if (!DAY_WORDS.test(sentence)) return published
  const reference = new Date(`${published}T12:00:00Z`)
  for (const result of chrono.parse(sentence, reference)) {
    if (!result.start.isCertain('day') && !result.start.isCertain('weekday')) continue
    const day = result.start.date()
    if (day.getTime() > reference.getTime() + 12 * 3600 * 1000) day.setUTCDate(day.getUTCDate() - 7)
    const iso = toIsoDay(day)
    // A date a year or more away is a reference to the past ("since 2014"), not the day of the figure.
    if (Math.abs(day.getTime() - reference.getTime()) < 40 * 24 * 3600 * 1000) return iso
  }
  return published
}

const DAY_WORDS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\byesterday\b|\b\d{4}-\d{2}-\d{2}\b/i

function toIsoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}
