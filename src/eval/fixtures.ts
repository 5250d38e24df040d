/**
 * The 14 invented fixture articles scored the way SCORING.md scores hand-annotated articles ("Quotes, people,
 * claims and positions on hand-annotated articles"): positions and headline support against the blind
 * annotation in `positions.json`, quotes against the `contains` / `kind` / `speaker` entries of `expected.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Analysis, AnalysisPosition, AnalysisQuote } from '../core/analysis.js'
import type { AnalysisFailure, TextAnalyzer } from './analyze-text.js'
import { type Prf, prf, ratio } from './metrics.js'
import { commonWordCount, normalize, sameNameWord, tokens, withoutPossessive } from './normalize.js'
import { matchByOverlap, predictedSpeakerNames } from './polnear.js'

// ---------------------------------------------------------------- data

export type GoldStance = AnalysisPosition['stance']

export interface GoldPosition {
  readonly actor: string
  readonly stance: GoldStance
  readonly evidence: string
  readonly proposition: string
  readonly conditions?: readonly string[]
}

export interface GoldQuote {
  readonly contains: string
  /**
   * The whole quoted or reported content, as SCORING's gold has it. Token F1 is taken against it when
   * given; `contains` alone is often a fragment, which makes a whole predicted quote look too long.
   */
  readonly content?: string
  readonly kind: 'direct' | 'partial' | 'indirect'
  readonly speaker: string | null
}

export interface GoldPerson {
  readonly name: string
  readonly aliases?: readonly string[]
}

export interface GoldClaim {
  readonly value: number | null
  readonly unit: string
  readonly claimant: string | null
}

export interface GoldEvent {
  readonly type: string
  readonly evidence: string
  readonly participants: readonly string[]
  readonly location: string | null
  readonly date: string | null
}

/** Events annotated blind, with the publication date their dates were resolved against. */
export interface GoldEvents {
  readonly published: string
  readonly events: readonly GoldEvent[]
}

export interface FixtureItem {
  readonly name: string
  /** Headline line, blank line, body: the `.txt` the independent evaluation analyzes. */
  readonly text: string
  readonly headlineSupported: boolean
  readonly positions: readonly GoldPosition[]
  readonly quotes: readonly GoldQuote[]
  readonly people: readonly GoldPerson[]
  readonly claims: readonly GoldClaim[]
  /** Null for an article without an `events.json`. */
  readonly events: GoldEvents | null
}

interface PositionsFile {
  readonly headlineSupported: boolean
  readonly positions: readonly GoldPosition[]
}

interface ExpectedFile {
  readonly quotes?: readonly Partial<GoldQuote>[]
  readonly people?: readonly GoldPerson[]
  readonly claims?: readonly Partial<GoldClaim>[]
}

const QUOTE_KINDS = new Set(['direct', 'partial', 'indirect'])

/** Every fixture folder with both an article and a positions annotation, in name order. */
export function readFixtures(dir: string, limit?: number): FixtureItem[] {
  if (!existsSync(dir)) return []
  const names = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'positions.json')) && existsSync(join(dir, name, 'article.txt')))
    .sort()
  const items = names.map((name): FixtureItem => {
    const folder = join(dir, name)
    const gold = JSON.parse(readFileSync(join(folder, 'positions.json'), 'utf8')) as PositionsFile
    const expectedPath = join(folder, 'expected.json')
    const expected = existsSync(expectedPath)
      ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedFile)
      : { quotes: [] }
    // Only entries with all three fields are gold quotes; the golden test's other checks are not.
    const quotes = (expected.quotes ?? []).filter(
      (q): q is GoldQuote => typeof q.contains === 'string' && QUOTE_KINDS.has(q.kind ?? '') && q.speaker !== undefined,
    )
    // A claim is gold only with a value (or null for a vague amount), a unit and a claimant field.
    const claims = (expected.claims ?? []).filter(
      (c): c is GoldClaim => c.value !== undefined && typeof c.unit === 'string' && c.claimant !== undefined,
    )
    const eventsPath = join(folder, 'events.json')
    const events = existsSync(eventsPath) ? (JSON.parse(readFileSync(eventsPath, 'utf8')) as GoldEvents) : null
    return {
      name,
      events,
      text: readFileSync(join(folder, 'article.txt'), 'utf8'),
      headlineSupported: gold.headlineSupported,
      positions: gold.positions,
      quotes,
      people: expected.people ?? [],
      claims,
    }
  })
  return limit === undefined ? items : items.slice(0, limit)
}

// ---------------------------------------------------------------- positions

const ARTICLES = new Set(['the', 'a', 'an'])

/** Name words as SCORING compares them: normalized, without articles and possessive endings. */
function nameWords(name: string): string[] {
  return tokens(name)
    .filter((word) => !ARTICLES.has(word))
    .map(withoutPossessive)
    .filter((word) => word !== '')
}

/** Every word of the gold actor must be found, up to one letter for long words, among the predicted names. */
export function actorMatches(goldActor: string, predictedNames: readonly string[]): boolean {
  const gold = nameWords(goldActor)
  const predicted = predictedNames.flatMap(nameWords)
  return gold.length > 0 && gold.every((word) => predicted.some((candidate) => sameNameWord(word, candidate)))
}

/** The predicted evidence span holds at least half of the gold evidence's words (as a multiset). */
export function evidenceMatches(goldEvidence: string, predictedEvidence: string): boolean {
  const gold = tokens(goldEvidence)
  return gold.length > 0 && commonWordCount(gold, tokens(predictedEvidence)) * 2 >= gold.length
}

/** A predicted position as the matcher sees it: the names of its holder and the text of its span. */
export interface PredictedPosition {
  readonly names: readonly string[]
  readonly stance: GoldStance
  readonly evidence: string
}

/**
 * Each gold position, in file order, takes the first unused predicted position with a matching actor and evidence
 * (and stance unless `ignoreStance`). Returns the predicted index taken per gold position, or null.
 */
export function matchPositions(
  gold: readonly GoldPosition[],
  predicted: readonly PredictedPosition[],
  ignoreStance = false,
): (number | null)[] {
  const used = new Set<number>()
  return gold.map((g) => {
    const index = predicted.findIndex(
      (p, i) =>
        !used.has(i) &&
        (ignoreStance || p.stance === g.stance) &&
        actorMatches(g.actor, p.names) &&
        evidenceMatches(g.evidence, p.evidence),
    )
    if (index < 0) return null
    used.add(index)
    return index
  })
}

export function predictedPositions(analysis: Analysis): PredictedPosition[] {
  return analysis.positions.map((position) => {
    const entity = analysis.entities.find((e) => e.id === position.actor)
    const names = [position.actorName, entity?.name, ...(entity?.aliases ?? [])].filter(
      (name): name is string => typeof name === 'string' && name.trim() !== '',
    )
    return { names, stance: position.stance, evidence: analysis.article.text.slice(position.start, position.end) }
  })
}

// ---------------------------------------------------------------- quotes

export type QuoteClass = 'quoted' | 'reported'

export const quoteClass = (kind: string): QuoteClass => (kind === 'indirect' ? 'reported' : 'quoted')

/** Every word of the gold speaker's name among the predicted speaker's names; an anonymous gold wants no name. */
export function quoteSpeakerMatches(goldSpeaker: string | null, quote: AnalysisQuote, analysis: Analysis): boolean {
  if (goldSpeaker === null) return quote.anonymous || quote.speaker === null
  return actorMatches(goldSpeaker, predictedSpeakerNames(quote, analysis))
}

// ---------------------------------------------------------------- people and claims

/** A predicted person is a gold person when a name or alias of one equals a name or alias of the other. */
export function personMatches(gold: GoldPerson, names: readonly string[]): boolean {
  const goldForms = new Set([gold.name, ...(gold.aliases ?? [])].map(normalize))
  return names.some((name) => goldForms.has(normalize(name)))
}

/**
 * Each gold figure takes the first unused claim quantity with the same value (null for a vague amount), a word
 * in common with what it counts, and the right claimant (every word of the gold claimant among its names).
 */
export function matchClaims(gold: readonly GoldClaim[], analysis: Analysis): (string | null)[] {
  const candidates = analysis.claims.flatMap((claim) => {
    const entity = analysis.entities.find((e) => e.id === claim.claimant)
    const names = [claim.claimantName, entity?.name, ...(entity?.aliases ?? [])].filter(
      (name): name is string => typeof name === 'string' && name !== '',
    )
    return claim.quantities.map((quantity) => ({ key: `${claim.id}:${quantity.start}`, quantity, names }))
  })
  const used = new Set<string>()
  return gold.map((g) => {
    const found = candidates.find(
      (c) =>
        !used.has(c.key) &&
        c.quantity.value === g.value &&
        commonWordCount(tokens(g.unit), tokens(`${c.quantity.unit} ${c.quantity.text}`)) > 0 &&
        (g.claimant === null ? c.names.length === 0 : actorMatches(g.claimant, c.names)),
    )
    if (!found) return null
    used.add(found.key)
    return found.key
  })
}

// ---------------------------------------------------------------- events

/** Talks and meetings are one kind of gathering to a reader: an annotator may call a sit-down either. */
const sameEventType = (gold: string, predicted: string): boolean =>
  gold === predicted || (GATHERING.has(gold) && GATHERING.has(predicted))
const GATHERING = new Set(['talks', 'meeting'])

/** A predicted event as the matcher sees it: its type, its sentence and the names of its parts. */
export interface PredictedEvent {
  readonly type: string
  readonly evidence: string
  readonly participants: readonly (readonly string[])[]
  readonly location: readonly string[]
  readonly date: string | null
}

export function predictedEvents(analysis: Analysis): PredictedEvent[] {
  const namesOf = (id: string | null): string[] => {
    const entity = analysis.entities.find((e) => e.id === id)
    return entity ? [entity.name, ...entity.aliases] : []
  }
  return analysis.events.map((event) => ({
    type: event.type,
    evidence: analysis.article.text.slice(event.start, event.end),
    participants: event.participants.map(namesOf),
    location: namesOf(event.location),
    date: event.date,
  }))
}

/**
 * Each gold event, in file order, takes the first unused predicted event of the same type (talks and meeting
 * alike) whose sentence holds at least half of the gold evidence's words.
 */
export function matchEvents(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): (number | null)[] {
  const used = new Set<number>()
  return gold.map((g) => {
    const index = predicted.findIndex(
      (p, i) => !used.has(i) && sameEventType(g.type, p.type) && evidenceMatches(g.evidence, p.evidence),
    )
    if (index < 0) return null
    used.add(index)
    return index
  })
}

export interface EventsScore {
  readonly detection: Prf
  /** Over matched events: gold participants found among the predicted ones, and predicted ones that are gold. */
  readonly participants: Prf
  readonly date: { readonly correct: number; readonly gold: number; readonly accuracy: number | null }
  readonly location: { readonly correct: number; readonly gold: number; readonly accuracy: number | null }
}

// ---------------------------------------------------------------- report

export interface PositionMiss {
  readonly article: string
  readonly actor: string
  readonly stance: GoldStance
  readonly evidence: string
  /** Predicted positions with the same actor, as "stance: evidence", to tell stance misses from detection misses. */
  readonly sameActor: readonly string[]
  /** Predicted positions on the same evidence with another actor, as "actor stance", to tell actor misses apart. */
  readonly sameEvidence: readonly string[]
}

export interface InventedPosition {
  readonly article: string
  readonly actorName: string
  readonly stance: GoldStance
  readonly proposition: string
  readonly evidence: string
}

export interface QuoteMiss {
  readonly article: string
  readonly kind: string
  readonly speaker: string | null
  readonly contains: string
  /** The matched quote's speaker when the text matched but the speaker did not. */
  readonly predictedSpeaker: string | null
}

export interface FixturesReport {
  readonly articles: number
  readonly positions: Prf
  /** Actor and evidence only: recall here minus recall above is what the stance costs. */
  readonly positionsAnyStance: Prf
  readonly headline: { readonly correct: number; readonly articles: number; readonly accuracy: number | null }
  readonly quotes: Record<QuoteClass, Prf>
  /**
   * Not a SCORING figure: gold `contains` found inside a predicted quote of its class. `contains` is often a
   * fragment of the quote, so a token-F1 miss with a hit here is a boundary artefact of our gold, not a lost quote.
   */
  readonly quotesContained: Record<QuoteClass, { found: number; gold: number; recall: number | null }>
  /** Text and speaker both right, over all quote classes. */
  readonly quotesEndToEnd: Prf
  /** SCORING's people rule: gold persons found among person entities; unmatched predicted persons count against. */
  readonly people: Prf
  /** SCORING's claims rule: gold figures found (value, counted words, claimant), over all predicted quantities. */
  readonly claims: Prf
  /**
   * Not a SCORING figure: events against a blind annotation (`events.json`), the article analysed with the
   * annotation's publication date. Null when no fixture has events.
   */
  readonly events: EventsScore | null
  readonly failures: readonly AnalysisFailure[]
  readonly misses: {
    readonly positions: readonly PositionMiss[]
    readonly inventedPositions: readonly InventedPosition[]
    readonly headline: readonly { article: string; gold: boolean; predicted: boolean | null }[]
    readonly quotes: readonly QuoteMiss[]
    readonly people: readonly { article: string; missed: readonly string[]; invented: readonly string[] }[]
    readonly claims: readonly { article: string; value: number | null; unit: string; claimant: string | null }[]
    readonly events?: readonly EventMiss[]
  }
}

export interface EventMiss {
  readonly article: string
  /** "missed" for a gold event no prediction matched, "invented" for a prediction no gold event took. */
  readonly miss: 'missed' | 'invented'
  readonly type: string
  readonly evidence: string
}

interface Counts {
  matched: number
  predicted: number
  gold: number
}

const counts = (): Counts => ({ matched: 0, predicted: 0, gold: 0 })
const toPrf = (c: Counts): Prf => prf(c.matched, c.predicted, c.gold)

/** Precision over predicted persons that match a gold person; recall over gold persons found. */
function peoplePrf(c: Counts, found: number): Prf {
  const byPredicted = prf(c.matched, c.predicted, c.gold)
  const recall = prf(found, c.predicted, c.gold).recall
  const p = byPredicted.precision ?? 0
  const r = recall ?? 0
  return {
    ...byPredicted,
    recall,
    found,
    f1: c.gold === 0 && c.predicted === 0 ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r),
  }
}

export function scoreFixtures(items: readonly FixtureItem[], analyzer: TextAnalyzer): FixturesReport {
  const positions = counts()
  const anyStance = counts()
  const quotes: Record<QuoteClass, Counts> = { quoted: counts(), reported: counts() }
  const endToEnd = counts()
  const contained = { quoted: { found: 0, gold: 0 }, reported: { found: 0, gold: 0 } }
  let headlineCorrect = 0
  const positionMisses: PositionMiss[] = []
  const invented: InventedPosition[] = []
  const headlineMisses: { article: string; gold: boolean; predicted: boolean | null }[] = []
  const quoteMisses: QuoteMiss[] = []
  const people = counts()
  let peopleFound = 0
  const claims = counts()
  const peopleMisses: { article: string; missed: string[]; invented: string[] }[] = []
  const claimMisses: { article: string; value: number | null; unit: string; claimant: string | null }[] = []
  const events = counts()
  const participants = counts()
  const dates = { correct: 0, gold: 0 }
  const locations = { correct: 0, gold: 0 }
  const eventMisses: EventMiss[] = []

  for (const item of items) {
    if (item.events) {
      const eventAnalysis = analyzer.analyze(`${item.name}.txt`, item.text, item.events.published)
      const predicted = predictedEvents(eventAnalysis)
      const matches = matchEvents(item.events.events, predicted)
      events.gold += item.events.events.length
      events.predicted += predicted.length
      item.events.events.forEach((gold, index) => {
        const taken = matches[index]
        if (taken === null || taken === undefined) {
          eventMisses.push({ article: item.name, miss: 'missed', type: gold.type, evidence: gold.evidence })
          return
        }
        events.matched++
        const event = predicted[taken]!
        participants.gold += gold.participants.length
        participants.predicted += event.participants.length
        participants.matched += gold.participants.filter((name) =>
          event.participants.some((names) => actorMatches(name, names)),
        ).length
        if (gold.date !== null) {
          dates.gold++
          if (event.date === gold.date) dates.correct++
        }
        if (gold.location !== null) {
          locations.gold++
          if (actorMatches(gold.location, event.location)) locations.correct++
        }
      })
      const taken = new Set(matches)
      predicted.forEach((event, index) => {
        if (!taken.has(index)) eventMisses.push({ article: item.name, miss: 'invented', ...pickEvent(event) })
      })
    }

    const analysis = analyzer.analyze(`${item.name}.txt`, item.text)

    const predicted = predictedPositions(analysis)
    const strict = matchPositions(item.positions, predicted)
    const loose = matchPositions(item.positions, predicted, true)
    positions.gold += item.positions.length
    positions.predicted += predicted.length
    positions.matched += strict.filter((m) => m !== null).length
    anyStance.gold += item.positions.length
    anyStance.predicted += predicted.length
    anyStance.matched += loose.filter((m) => m !== null).length
    item.positions.forEach((gold, index) => {
      if (strict[index] !== null) return
      const sameActor = predicted
        .filter((p) => actorMatches(gold.actor, p.names))
        .map((p) => `${p.stance}: ${p.evidence}`)
      const sameEvidence = analysis.positions
        .filter(
          (_, i) =>
            !actorMatches(gold.actor, predicted[i]!.names) && evidenceMatches(gold.evidence, predicted[i]!.evidence),
        )
        .map((p) => `${p.actorName} ${p.stance}`)
      positionMisses.push({ article: item.name, ...pick(gold), sameActor, sameEvidence })
    })
    const taken = new Set(strict)
    analysis.positions.forEach((position, index) => {
      if (taken.has(index)) return
      invented.push({
        article: item.name,
        actorName: position.actorName,
        stance: position.stance,
        proposition: position.proposition,
        evidence: predicted[index]!.evidence,
      })
    })

    const persons = analysis.entities.filter((entity) => entity.type === 'person')
    const personNames = persons.map((person) => [person.name, ...person.aliases])
    people.gold += item.people.length
    people.predicted += persons.length
    const missed = item.people.filter((g) => !personNames.some((names) => personMatches(g, names))).map((g) => g.name)
    people.matched += persons.filter((_, i) => item.people.some((g) => personMatches(g, personNames[i]!))).length
    // (Recall counts gold persons found once each: a person split into two entities is found once.)
    peopleFound += item.people.length - missed.length
    const inventedPeople = persons
      .filter((_, i) => !item.people.some((g) => personMatches(g, personNames[i]!)))
      .map((person) => person.name)
    if (missed.length > 0 || inventedPeople.length > 0)
      peopleMisses.push({ article: item.name, missed, invented: inventedPeople })

    const claimMatches = matchClaims(item.claims, analysis)
    claims.gold += item.claims.length
    claims.predicted += analysis.claims.reduce((sum, claim) => sum + claim.quantities.length, 0)
    claims.matched += claimMatches.filter((m) => m !== null).length
    item.claims.forEach((g, index) => {
      if (claimMatches[index] === null) claimMisses.push({ article: item.name, ...g })
    })

    const headline = analysis.headline?.supported ?? null
    if (headline === item.headlineSupported) headlineCorrect++
    else headlineMisses.push({ article: item.name, gold: item.headlineSupported, predicted: headline })

    for (const cls of ['quoted', 'reported'] as const) {
      const gold = item.quotes.filter((q) => quoteClass(q.kind) === cls)
      const candidates = analysis.quotes.filter((q) => quoteClass(q.kind) === cls)
      const matches = matchByOverlap(
        gold.map((q) => q.content ?? q.contains),
        candidates.map((q) => q.text),
        0.6,
      )
      quotes[cls].gold += gold.length
      quotes[cls].predicted += candidates.length
      endToEnd.gold += gold.length
      endToEnd.predicted += candidates.length
      const candidateForms = candidates.map((q) => ` ${normalize(q.text)} `)
      gold.forEach((g, index) => {
        contained[cls].gold++
        if (candidateForms.some((form) => form.includes(` ${normalize(g.contains)} `))) contained[cls].found++
        const taken = matches[index]!.predicted
        const quote = taken === null ? undefined : candidates[taken]
        if (quote) quotes[cls].matched++
        const speakerRight = quote !== undefined && quoteSpeakerMatches(g.speaker, quote, analysis)
        if (speakerRight) endToEnd.matched++
        else {
          const predictedSpeaker = quote ? predictedSpeakerNames(quote, analysis).join(' / ') || '(none)' : null
          quoteMisses.push({
            article: item.name,
            kind: g.kind,
            speaker: g.speaker,
            contains: g.contains,
            predictedSpeaker,
          })
        }
      })
    }
  }

  return {
    articles: items.length,
    positions: toPrf(positions),
    positionsAnyStance: toPrf(anyStance),
    headline: { correct: headlineCorrect, articles: items.length, accuracy: ratio(headlineCorrect, items.length) },
    quotes: { quoted: toPrf(quotes.quoted), reported: toPrf(quotes.reported) },
    quotesContained: {
      quoted: { ...contained.quoted, recall: ratio(contained.quoted.found, contained.quoted.gold) },
      reported: { ...contained.reported, recall: ratio(contained.reported.found, contained.reported.gold) },
    },
    quotesEndToEnd: toPrf(endToEnd),
    people: peoplePrf(people, peopleFound),
    claims: toPrf(claims),
    events:
      events.gold === 0 && events.predicted === 0
        ? null
        : {
            detection: toPrf(events),
            participants: toPrf(participants),
            date: { ...dates, accuracy: ratio(dates.correct, dates.gold) },
            location: { ...locations, accuracy: ratio(locations.correct, locations.gold) },
          },
    failures: [...analyzer.failures],
    misses: {
      positions: positionMisses,
      inventedPositions: invented,
      headline: headlineMisses,
      quotes: quoteMisses,
      people: peopleMisses,
      claims: claimMisses,
      events: eventMisses,
    },
  }
}

const pick = ({ actor, stance, evidence }: GoldPosition) => ({ actor, stance, evidence })
const pickEvent = ({ type, evidence }: PredictedEvent) => ({ type, evidence })
