import type { EntityType, QuoteKind } from './facts.js'

/** The record `parley analyze --format json` prints: see docs/analysis-contract.md (parley.analysis/1). */
export const SCHEMA = 'parley.analysis/1'

export interface AnalysisSpan {
  start: number
  end: number
}

export interface AnalysisEntity {
  id: string
  name: string
  type: EntityType
  aliases: string[]
  roles: string[]
  mentions: (AnalysisSpan & { kind: string })[]
  partOf: string | null
}

export interface AnalysisQuote {
  id: string
  kind: QuoteKind
  text: string
  start: number
  end: number
  speaker: string | null
  speakerName: string | null
  cue: string | null
  anonymous: boolean
  speakerSpan: AnalysisSpan | null
  cueSpan: AnalysisSpan | null
}

export interface AnalysisQuantity {
  value: number | null
  low?: number
  high?: number
  unit: string
  text: string
  start: number
  end: number
}

export interface AnalysisClaim {
  id: string
  text: string
  start: number
  end: number
  claimant: string | null
  claimantName: string | null
  quantities: AnalysisQuantity[]
}

export interface AnalysisPosition {
  id: string
  actor: string
  actorName: string
  issue: string | null
  proposition: string
  stance: 'for' | 'against' | 'conditional' | 'undecided'
  conditions: string[]
  start: number
  end: number
  /** Added: the quote the position was read from, null when the article reports it. */
  quote: string | null
}

export interface AnalysisEvent {
  id: string
  type: string
  text: string
  start: number
  end: number
  participants: string[]
  location: string | null
  date: string | null
  /** Added: the words the date was read from, the trigger word, attacker and target, linked claim ids. */
  dateText: string | null
  trigger: string
  agent: string | null
  target: string | null
  claims: string[]
}

export interface AnalysisHeadline {
  claims: { text: string; supported: boolean; reason: string }[]
  supported: boolean
  relation: 'supported' | 'contradicted' | 'discussed' | 'unrelated'
  /** Added: share (0–1) of the headline's content words found in the body. */
  overlap: number
}

/** Added: a superlative or intensifier in the body that no figure in its sentence backs. */
export interface AnalysisOverstatement {
  text: string
  start: number
  end: number
  reason: string
}

export interface Analysis {
  schema: typeof SCHEMA
  /** The pack whose issue ids `positions[].issue` uses ("russia-ukraine"), or null: no issues. */
  pack: string | null
  article: {
    input: string
    headline: string | null
    text: string
    published: string | null
    source: string | null
    url: string | null
    language: string
    removed: string[]
  }
  entities: AnalysisEntity[]
  quotes: AnalysisQuote[]
  claims: AnalysisClaim[]
  positions: AnalysisPosition[]
  events: AnalysisEvent[]
  headline: AnalysisHeadline | null
  overstatements: AnalysisOverstatement[]
  warnings: string[]
}
