import type { Claim, Entity, Quantity, Quote, Reference } from '../../../core/facts.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import { type Cue, cueAt } from '../../attribution/cue.js'
import { resolveSpeaker, subjectBefore } from '../../attribution/speaker.js'
import type { Language, Sentence, Token } from '../../layers.js'
import { defineStage } from '../../stage.js'
import { findQuantities } from './quantities.js'

/** Factual assertions that carry a quantity, with who asserts them. */
export function createClaimsStage(_knowledge: Knowledge) {
  return defineStage({
    name: 'claims',
    version: 1,
    requires: ['language', 'entities', 'references', 'quotes'],
    provides: 'claims',
    run: ({ text, language, entities, references, quotes }) => findClaims(text, language, entities, references, quotes),
  })
}

interface Claimant {
  readonly id: string | null
  readonly name: string | null
  /**
   * Offsets from the end of the claimant's name to the speech verb: "Nordmark, which employs 4,000
   * people, said": a figure in these words describes the claimant, and the reporter states it.
   */
  readonly described?: { readonly start: number; readonly end: number }
}

const NOBODY: Claimant = { id: null, name: null }

export function findClaims(
  text: string,
  language: Language,
  entities: readonly Entity[],
  references: readonly Reference[],
  quotes: readonly Quote[],
): Claim[] {
  const claims: Claim[] = []
  for (const sentence of language.sentences) {
    const quantities = findQuantities(text, language.tokens, sentence.firstToken, sentence.endToken).filter(
      // ("over several decades": a span with no number in it is no term one can check.)
      (quantity) =>
        !TIME_UNITS.has(quantity.unit) ||
        isAgeOfThing(text, quantity) ||
        ((quantity.value !== null || quantity.low !== undefined) && isTermOfAFact(text, quantity)),
    )
    if (quantities.length === 0) continue
    // "She said the gap was too wide, while he insisted they could not go beyond 4 percent": figures
    // reported by different people in one sentence are separate claims.
    for (const found of groupByQuote(text, quantities, quotes)) {
      const byClaimant = new Map<string, { claimant: Claimant; quantities: Quantity[] }>()
      for (const quantity of found) {
        let claimant = claimantOf(text, language, sentence, quantity.start, entities, references, quotes)
        // "Two board members who spoke on condition of anonymity said …": a count that opens the
        // claimant's own words counts the sources, it is no figure they assert.
        if (claimant.name?.toLowerCase().startsWith(quantity.text.toLowerCase())) continue
        const { described } = claimant
        if (described && described.start <= quantity.start && quantity.end <= described.end) claimant = NOBODY
        const key = `${claimant.id}|${claimant.name}`
        const group = byClaimant.get(key)
        if (group) group.quantities.push(quantity)
        else byClaimant.set(key, { claimant, quantities: [quantity] })
      }
      for (const { claimant, quantities } of byClaimant.values()) {
        claims.push({
          id: `c${claims.length + 1}`,
          text: text.slice(sentence.start, sentence.end),
          start: sentence.start,
          end: sentence.end,
          claimant: claimant.id,
          claimantName: claimant.name,
          quantities,
        })
      }
    }
  }
  return claims
}

// A span of time is a claim only when it is a term of what is reported (see `isTermOfAFact`).
const TIME_UNITS = new Set(
  'second seconds minute minutes hour hours day days week weeks weekend weekends month months year years decade decades century centuries'.split(
    ' ',
  ),
)

/**
 * "phase it out over three years", "keep the sites open for five years", "wait two more years", "a review
 * of 90 working days": a span that is a term of a plan, a demand or a fact is a figure one can check.
 * A span that only places or frames the story is not: "two years ago", "over the past three months",
 * "four years of war", "the talks lasted six hours", "the next round is due in two weeks".
 */
function isTermOfAFact(text: string, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, quantity.start - 30), quantity.start)
  const after = text.slice(quantity.end, quantity.end + 60)
  if (FRAMING_AFTER.test(after) || FRAMING_BEFORE.test(before)) return false
  // ("met Putin for nearly five hours": the meeting verb may stand a few words before "for".)
  const clause = text.slice(Math.max(0, quantity.start - 60), quantity.start)
  // "has kept the depot open for three years", "have waited for three years": how long something has
  // lasted frames the story ("keep the sites open for five years" stays a term).
  const lasting =
    /\bfor\s+$/i.test(before) && (PERFECT.test(clause) || /^\s*for\s+$/i.test(clause.split(/[.!?]\s/).at(-1)!))
  return !HOW_LONG_BEFORE.test(before) && !lasting && !(/\bfor\s+$/i.test(before) && MEETING_VERB.test(clause))
}

const PERFECT =
  /\b(?:has|have|had|'s|’s)\s+(?:\w+\s+)?(?:been|kept|held|run|lived|worked|waited|fought|served|stood|remained|closed|\w+ed)\b/i

const MEETING_VERB = /\b(?:met|meet|meets|talked|spoke|sat|negotiated|deliberated)\b/i

const FRAMING_AFTER =
  /^\s+(?:ago|earlier|later|before|after|since|from now|of (?:[A-Za-z.]+\s+){0,3}(?:coverage|talks|negotiations|war|fighting|conflict|discussions|meetings|debate|occupation|shelling|siege|rule|crisis|talking|comment|testimony|deliberations|questioning|hearings))\b/i
const FRAMING_BEFORE =
  /\b(?:the|its|their|his|her|past|last|previous|next|coming|first|final|recent|following|in|after|almost|nearly)\s+$/i
// "met for nearly five hours", "the session lasted six hours", "spent two hours on": how long a meeting ran.
const HOW_LONG_BEFORE =
  /\b(?:met|meet|meets|talked|lasted|lasts|last|spent|spend|spends|sat|negotiated)\s+(?:for\s+)?$/i

/** "mains more than 70 years old": how old something is, a figure one can check. */
const isAgeOfThing = (text: string, quantity: Quantity): boolean =>
  /^\s+old\b/.test(text.slice(quantity.end, quantity.end + 5))

/** True when the quantity's words open a nearby quote's speaker phrase ("two people familiar with …"). */
function namesSource(quote: Quote, quantity: Quantity): boolean {
  const name = quote.speakerName
  if (!name || Math.abs(quote.start - quantity.start) > 400) return false
  return name === quantity.text || name.startsWith(`${quantity.text} `)
}

/**
 * "citing two unnamed officials", "according to three diplomats", "two sources familiar with the talks":
 * a count of who told the reporter, not a figure anyone asserts.
 */
function countsSources(text: string, quantity: Quantity): boolean {
  if (!SOURCE_NOUNS.test(quantity.unit)) return false
  const before = text.slice(Math.max(0, quantity.start - 16), quantity.start)
  const after = text.slice(quantity.end, quantity.end + 40)
  return SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after)
}

const SOURCE_NOUNS = /^(officials?|sources?|people|persons|diplomats?|insiders?|aides?)$/
const SOURCE_BEFORE = /\b(?:citing|according to|told|quoting)\s+$/i
const SOURCE_AFTER =
  /^\s*(?:familiar with|with (?:direct )?knowledge of|close to|briefed on|who (?:spoke|asked|requested|declined)|speaking on condition|said|say|says|told|added)\b/i

/** Quantities in the order found, one group per quote that holds them (those outside quotes together). */
function groupByQuote(text: string, quantities: readonly Quantity[], quotes: readonly Quote[]): Quantity[][] {
  const groups = new Map<Quote | null, Quantity[]>()
  for (const quantity of quantities) {
    const quote =
      quotes.find((candidate) => candidate.start <= quantity.start && quantity.start < candidate.end) ?? null
    // "two people familiar with the matter said": a count that names the source is no claim of its own.
    if (!quote && quotes.some((candidate) => namesSource(candidate, quantity))) continue
    if (countsSources(text, quantity)) continue
    const group = groups.get(quote)
    if (group) group.push(quantity)
    else groups.set(quote, [quantity])
  }
  return [...groups.values()]
}

/**
 * Who asserts a figure: the speaker of the quote that holds it, else the subject of a speech verb in
 * the sentence ("the air force reported intercepting 90 drones"), else nobody but the author.
 */
function claimantOf(
  text: string,
  language: Language,
  sentence: Sentence,
  at: number,
  entities: readonly Entity[],
  references: readonly Reference[],
  quotes: readonly Quote[],
): Claimant {
  const holding = quotes.filter((candidate) => candidate.start <= at && at < candidate.end)
  // "Nordmark has offered £60 million", "the union wants 6 percent": the reporter states what a side
  // offers or asks for; the side asserts no figure (unless it is quoted saying so).
  if (holding.length > 0 && holding.every((candidate) => candidate.cue !== null && ASKING.has(candidate.cue)))
    return NOBODY
  const quote = holding.find((candidate) => candidate.cue === null || !ASKING.has(candidate.cue)) ?? holding[0]
  // "The institute put the figure at “no more than 40”": the words quoted are the estimate of who put it.
  const estimate = quote?.kind === 'partial' ? estimatorOf(text, language, sentence, quote, entities, references) : null
  if (estimate) return estimate
  if (quote && (quote.speaker || quote.speakerName)) {
    // "two people familiar with the plan said": an unnamed source is no claimant one can name.
    if (quote.speaker === null && isUnnamedPeople(quote.speakerName)) return NOBODY
    // The entity's own name, not the attribution's wording ("Brandt, the union leader").
    const entity = quote.speaker === null ? undefined : entities.find((candidate) => candidate.id === quote.speaker)
    return { id: quote.speaker, name: entity?.name ?? quote.speakerName }
  }
  // "The party puts the cost at 6 billion kroner, while the watchdog estimated 9 billion": each figure
  // belongs to the last speech verb before it, else to the first one after it.
  const { tokens } = language
  let claimant: Claimant | null = null
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const cue = cueAt(tokens, k) ?? figureCueAt(tokens, k)
    if (!cue || cue.lemma === 'according to') continue
    if (claimant && tokens[k]!.start > at) break
    const phrase = subjectBefore(tokens, k, sentence.firstToken)
    if (!phrase) continue
    // "The council voted 7-5, after a report found the cost had doubled": a speech verb in a clause that
    // opens after the figure is about that clause, not about the figure.
    // (", U.S. officials said." closes the whole sentence, whatever clauses stand before it.)
    const closing = tokens[phrase.first - 1]?.text === ','
    if (!claimant && !closing && tokens[k]!.start > at && opensClauseBetween(tokens, at, phrase.first)) break
    const speaker = resolveSpeaker(text, tokens, phrase, entities, references)
    if (!speaker.entity && !speaker.name) continue
    if (!speaker.entity && isUnnamedPeople(speaker.name)) {
      if (tokens[k]!.start > at) break
      claimant = null
      continue
    }
    // ("Nordmark, which says it employs 4,000 people, said": words the claimant says of itself stay its own.
    // "A survey of 800 members found": a figure inside the claimant's name is part of who speaks.)
    const selfDescribed = tokens.slice(phrase.end, k).some((_, offset) => cueAt(tokens, phrase.end + offset))
    const described = { start: tokens[phrase.end]!.start, end: tokens[k]!.start }
    claimant = { id: speaker.entity, name: speaker.name, ...(selfDescribed ? {} : { described }) }
    if (tokens[k]!.start > at) break
  }
  return claimant ?? NOBODY
}

/**
 * "Two people familiar with the plan", "a union official", "a Gulf diplomat, who asked not to be
 * named", "traders": people the text does not name, whose figures the reader cannot trace.
 */
function isUnnamedPeople(name: string | null): boolean {
  if (!name) return false
  const phrase = name
    .toLowerCase()
    .split(/,|\s(?:who|that|familiar|close|involved|briefed|in|from|at|with|on)(?:\s|$)/)[0]!
    .trim()
  const words = phrase.split(/\s+/)
  // ("the sources said": sources the story mentioned before are still unnamed.)
  if (words.length === 2 && words[0] === 'the' && words[1] === 'sources') return true
  return UNNAMED_PEOPLE.has(words.at(-1)!) && !/^(the|his|her|its|their)$/.test(words[0]!)
}
const UNNAMED_PEOPLE = new Set(
  (
    'people person persons official officials source sources diplomat diplomats trader traders insider insiders ' +
    'aide aides lawyer lawyers banker bankers negotiator negotiators'
  ).split(' '),
)

const CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'because',
  'while',
  'when',
  'since',
  'although',
  'though',
  'as',
  'following',
  'until',
  'unless',
  'if',
])

/** True when a subordinating word stands after offset `at` and before token `before`. */
function opensClauseBetween(tokens: readonly Token[], at: number, before: number): boolean {
  for (let j = before - 1; j >= 0 && tokens[j]!.start > at; j--) if (CLAUSE_OPENERS.has(tokens[j]!.lower)) return true
  return false
}

const ASKING = new Set([
  'offer',
  'want',
  'demand',
  'propose',
  'seek',
  'push for',
  'call for',
  'ask for',
  'pledge',
  'promise',
  'plan',
  'vow',
])

/** The subject of "put … at" right before a partial quote ("put the toll at “more than 40”"), if any. */
function estimatorOf(
  text: string,
  language: Language,
  sentence: Sentence,
  quote: Quote,
  entities: readonly Entity[],
  references: readonly Reference[],
): Claimant | null {
  const { tokens } = language
  const opening = tokens.findIndex((token) => token.end > quote.start - 1)
  if (opening < 0 || tokens[opening - 1]?.lower !== 'at') return null
  for (let k = opening - 2; k >= sentence.firstToken && k >= opening - 9; k--) {
    if (!figureCueAt(tokens, k)) continue
    const phrase = subjectBefore(tokens, k, sentence.firstToken)
    if (!phrase) return null
    const speaker = resolveSpeaker(text, tokens, phrase, entities, references)
    return speaker.entity || speaker.name ? { id: speaker.entity, name: speaker.name } : null
  }
  return null
}

/**
 * "put the death toll at 40", "puts its own total at under 400 kilograms": an estimate given as a
 * figure, a claim as firm as "said" (not a speech cue for quotes: it reports no words).
 */
function figureCueAt(tokens: readonly Token[], k: number): Cue | null {
  const token = tokens[k]!
  if (!/^(?:put|puts|putting)$/.test(token.lower) || token.pos === 'NOUN') return null
  for (let j = k + 1; j < tokens.length && j <= k + 7 && tokens[j]!.sentence === token.sentence; j++) {
    const word = tokens[j]!
    if (word.lower === 'at') return j > k + 1 ? { index: k, end: k + 1, lemma: 'put' } : null
    if (/^[,;:.!?()—–]$/.test(word.text) || word.pos === 'VERB') return null
  }
  return null
}
