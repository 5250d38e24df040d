// Helpers for the golden fixtures under test/fixtures/articles/<slug>/ (article.txt, expected.json, NOTES.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type {
  Analysis,
  AnalysisClaim,
  AnalysisEntity,
  AnalysisQuantity,
  AnalysisQuote,
} from '../../src/core/analysis.js'

export interface ExpectedQuote {
  /** A distinctive phrase of the quote's text (quote marks and whitespace are normalized before comparing). */
  contains: string
  kind: 'direct' | 'partial' | 'indirect'
  /** Full name of the speaker (person or organization), or null when nobody is named. */
  speaker: string | null
  anonymous?: boolean
}

export interface ExpectedPerson {
  name: string
  /** Surface forms that must be among the entity's aliases (or be its name). */
  aliases?: string[]
  /** Words that must each appear in one of the entity's roles (case-insensitive). */
  roles?: string[]
}

export interface ExpectedClaim {
  /** The quantity's value; null for vague amounts ("hundreds of thousands"). Not checked when low/high are given. */
  value: number | null
  /** For ranges ("between 20 and 30"): the bounds the quantity must carry. */
  low?: number
  high?: number
  /** A word of what is counted ("drones"); "dollars", "euros" and "percent" also accept USD/$, EUR/€, %. */
  unit: string
  /** Who asserts it; null when nobody in the text does (then a null or anonymous-group claimant is accepted). */
  claimant: string | null
}

export interface Expected {
  quotes: ExpectedQuote[]
  people: ExpectedPerson[]
  organizations?: string[]
  claims: ExpectedClaim[]
  /** Phrases that must not be (part of) any quote's text: titles, nicknames, scare quotes. */
  absentQuotes?: string[]
  /** Page chrome that cleaning must remove. */
  removed?: string[]
}

export interface Fixture {
  slug: string
  dir: string
  articlePath: string
  raw: string
  expected: Expected
}

/** Every fixture directory that has an article.txt and an expected.json, sorted by slug. */
export function loadFixtures(root: string): Fixture[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .filter((slug) => existsSync(join(root, slug, 'article.txt')) && existsSync(join(root, slug, 'expected.json')))
    .map((slug) => {
      const dir = join(root, slug)
      const articlePath = join(dir, 'article.txt')
      return {
        slug,
        dir,
        articlePath,
        raw: readFileSync(articlePath, 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
      }
    })
}

/** Straight quote marks, single spaces, no leading/trailing space, lower case, no diacritics. */
export function norm(s: string): string {
  return fold(
    s
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

/** Lower case without diacritics ("Orbán" → "orban"). */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** The quote text contains the phrase; phrases of fewer than 4 characters ("no") must be the whole text. */
export function quoteTextMatches(quoteText: string, phrase: string): boolean {
  const q = norm(quoteText)
  const p = norm(phrase)
  if (p.length < 4) return q.replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, '') === p
  return q.includes(p)
}

/** The last word of a name ("Pieter de Wit" → "wit", "air force" → "force"), folded. */
export function lastWord(name: string): string {
  const words = fold(name)
    .replace(/\b(jr|sr)\.?$/i, '')
    .split(/[\s-]+/)
    .filter(Boolean)
  return words[words.length - 1] ?? ''
}

export function entityById(analysis: Analysis, id: string | null): AnalysisEntity | undefined {
  return id === null ? undefined : analysis.entities.find((e) => e.id === id)
}

/** Names by which an entity id or a free-text name refers to someone: the entity's name and aliases, plus the given name. */
function namesOf(analysis: Analysis, id: string | null, name: string | null): string[] {
  const names: string[] = []
  if (name) names.push(name)
  const entity = entityById(analysis, id)
  if (entity) names.push(entity.name, ...entity.aliases)
  return names
}

/** Whether a speaker/claimant (entity id + name) is the expected one: some name contains its last word. */
export function refersTo(analysis: Analysis, id: string | null, name: string | null, expected: string): boolean {
  const word = lastWord(expected)
  return namesOf(analysis, id, name).some((n) => new RegExp(`(^|[^a-z])${escapeRegExp(word)}([^a-z]|$)`).test(fold(n)))
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function quoteMatches(analysis: Analysis, q: AnalysisQuote, e: ExpectedQuote): boolean {
  if (!quoteTextMatches(q.text, e.contains) || q.kind !== e.kind) return false
  if (e.speaker === null) return q.speaker === null || q.anonymous
  return refersTo(analysis, q.speaker, q.speakerName, e.speaker)
}

export function describeQuote(q: AnalysisQuote): string {
  return `${q.kind} by ${q.speakerName ?? '(none)'}${q.anonymous ? ' [anonymous]' : ''}: "${q.text}"`
}

export function findPerson(analysis: Analysis, name: string): AnalysisEntity | undefined {
  const wanted = fold(name)
  return analysis.entities.find(
    (e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => fold(n.replace(/\s+/g, ' ').trim()) === wanted),
  )
}

export function findOrganization(analysis: Analysis, name: string): AnalysisEntity | undefined {
  const wanted = fold(name)
  return analysis.entities.find(
    (e) =>
      (e.type === 'organization' || e.type === 'group') &&
      [e.name, ...e.aliases].some((n) => {
        const f = fold(n)
        return f === wanted || f.includes(wanted)
      }),
  )
}

const UNIT_SYNONYMS: Record<string, string[]> = {
  dollars: ['dollar', 'usd', '$'],
  euros: ['euro', 'eur', '€'],
  percent: ['percent', 'per cent', '%', 'percentage'],
  'percentage points': ['percentage point', 'pp', 'points'],
}

export function unitMatches(unit: string, expected: string): boolean {
  const u = fold(unit)
  const e = fold(expected)
  const candidates = [e, e.replace(/s$/, ''), ...(UNIT_SYNONYMS[e] ?? [])]
  return candidates.some((c) => c !== '' && u.includes(c))
}

function sameNumber(a: number | undefined | null, b: number): boolean {
  return typeof a === 'number' && Math.abs(a - b) <= Math.abs(b) * 1e-9
}

export function quantityMatches(q: AnalysisQuantity, e: ExpectedClaim): boolean {
  if (!unitMatches(q.unit, e.unit)) return false
  if (e.low !== undefined || e.high !== undefined) {
    return (e.low === undefined || sameNumber(q.low, e.low)) && (e.high === undefined || sameNumber(q.high, e.high))
  }
  return e.value === null ? q.value === null : sameNumber(q.value, e.value)
}

export function claimMatches(analysis: Analysis, c: AnalysisClaim, e: ExpectedClaim): boolean {
  if (!c.quantities.some((q) => quantityMatches(q, e))) return false
  if (e.claimant === null) return c.claimant === null || entityById(analysis, c.claimant)?.type === 'group'
  return refersTo(analysis, c.claimant, c.claimantName, e.claimant)
}

export function describeClaim(c: AnalysisClaim): string {
  const qs = c.quantities
    .map((q) => `${q.value ?? (q.low !== undefined ? `${q.low}-${q.high}` : 'vague')} ${q.unit}`)
    .join(', ')
  return `[${qs}] by ${c.claimantName ?? '(none)'}: "${c.text}"`
}

export function formatClaim(e: ExpectedClaim): string {
  const amount = e.low !== undefined || e.high !== undefined ? `${e.low}-${e.high}` : (e.value ?? 'vague')
  return `${amount} ${e.unit} by ${e.claimant ?? '(nobody)'}`
}

/** Problems with the generic invariants: offsets inside the text, evidence equals its slice, ids resolve. */
export function invariantProblems(analysis: Analysis): string[] {
  const text = analysis.article.text
  const problems: string[] = []
  const ids = new Set(analysis.entities.map((e) => e.id))
  const span = (where: string, s: { start: number; end: number } | null | undefined): void => {
    if (!s) return
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end
    if (!ok || s.end > text.length) problems.push(`${where}: span ${s.start}-${s.end} outside 0-${text.length}`)
  }
  const evidence = (where: string, s: { start: number; end: number; text: string }): void => {
    span(where, s)
    if (text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(s.start, s.end))}`)
    }
  }
  const ref = (where: string, id: string | null): void => {
    if (id !== null && !ids.has(id)) problems.push(`${where}: entity id ${id} does not resolve`)
  }
  for (const e of analysis.entities) {
    e.mentions.forEach((m, i) => {
      span(`entity ${e.id} mention ${i}`, m)
    })
  }
  for (const q of analysis.quotes) {
    evidence(`quote ${q.id}`, q)
    span(`quote ${q.id} speakerSpan`, q.speakerSpan)
    span(`quote ${q.id} cueSpan`, q.cueSpan)
    ref(`quote ${q.id} speaker`, q.speaker)
  }
  for (const c of analysis.claims) {
    evidence(`claim ${c.id}`, c)
    c.quantities.forEach((q, i) => {
      evidence(`claim ${c.id} quantity ${i}`, q)
    })
    ref(`claim ${c.id} claimant`, c.claimant)
  }
  for (const p of analysis.positions) {
    span(`position ${p.id}`, p)
    ref(`position ${p.id} actor`, p.actor)
  }
  for (const ev of analysis.events) {
    evidence(`event ${ev.id}`, ev)
    for (const id of ev.participants) ref(`event ${ev.id} participant`, id)
    ref(`event ${ev.id} location`, ev.location)
  }
  return problems
}
