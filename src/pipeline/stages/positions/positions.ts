import type { Entity, Position, Quote, Reference, Stance } from '../../../core/facts.js'
import { type IssueMatcher, matchKey, signalWords } from '../../../knowledge/issue-matcher.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import { cueAt, requestedAction } from '../../attribution/cue.js'
import { framingAdjunctAt } from '../../attribution/framing.js'
import {
  isWorkforce,
  type Phrase,
  POSSESSIVE_PRONOUNS,
  resolveSpeaker,
  subjectBefore,
} from '../../attribution/speaker.js'
import type { Language, Sentence, Token } from '../../layers.js'
import { speechLemma } from '../../lexicon/speech-verbs.js'
import {
  ADVOCACY_MODALS,
  type BaseStance,
  COMMITMENT_MODALS,
  CONDITION_MARKERS,
  DENIED_WANTS,
  FACT_NOUNS,
  FOUGHT_MEASURES,
  HEDGING_MODALS,
  NEGATIONS,
  NEGATIVE_JUDGMENTS,
  NEGOTIATED_THINGS,
  NOT_COMMITMENTS,
  NOT_NEGOTIABLE_PREDICATES,
  OWNED_PROPOSALS,
  POSITIVE_JUDGMENTS,
  PROPOSAL_NOUNS,
  PROPOSITION_STOPS,
  REFUSAL_CONDITION_MARKERS,
  REJECTING_PREDICATES,
  SAID_THINGS,
  SIDE_NOUNS,
  SPONSOR_PARTICIPLES,
  SPONSORED_HEADS,
  STRONG_CONDITION_MARKERS,
  type StanceWord,
  stanceWord,
} from '../../lexicon/stance-words.js'
import { defineStage } from '../../stage.js'
import { beforeMainVerb, isPastForm, tokenIndexBefore, tokenIndexFrom } from '../../text/token-search.js'
import { GOVERNMENT_NOUNS } from '../entities/lexicon.js'

/** Who wants, refuses or accepts what, on which conditions, mapped to the active pack's issues. */
export function createPositionsStage(knowledge: Knowledge) {
  return defineStage({
    name: 'positions',
    version: 1,
    requires: ['language', 'pack', 'entities', 'references', 'quotes'],
    provides: 'positions',
    run: ({ text, language, pack, entities, references, quotes }) =>
      findPositions({ text, language, entities, references, quotes, knowledge, issues: knowledge.issuesOf(pack) }),
  })
}

export interface PositionsInput {
  readonly text: string
  readonly language: Language
  readonly entities: readonly Entity[]
  readonly references: readonly Reference[]
  readonly quotes: readonly Quote[]
  readonly knowledge: Knowledge
  /** The article's pack's issue signals, or null: every issue is null. */
  readonly issues: IssueMatcher | null
}

interface Context extends PositionsInput {
  readonly tokens: readonly Token[]
  readonly byName: ReadonlyMap<string, Entity>
  /** The holder of the sentence's last position: "X would back A but would never accept B" shares it. */
  readonly sharedHolder?: Holder
}

/** A position before ids are given; `reporter` is the speaker of the quote it came from. */
interface Draft {
  actor: Entity
  actorName: string
  proposition: Phrase
  stance: Stance
  conditions: string[]
  sentence: Sentence
  quote: Quote | null
  reporter: string | null
  /** The sentence the evidence starts in, when it is not `sentence`: the one a "that" points back to. */
  from?: Sentence
  /** What is refused about the proposition, when not the proposition itself: "negotiating" enrichment. */
  refused?: string
  /** The words that name the holder, when read from a subject: "Portugal and Spain" holds it twice. */
  holderPhrase?: Phrase
}

// Longer propositions are cut: a position is a short phrase, the evidence span keeps the rest.
const MAX_PROPOSITION_TOKENS = 16
const MAX_CONDITION_TOKENS = 16
// A condition stated by the same speaker this many sentences later still belongs to the position.
const CONDITION_REACH = 2

export function findPositions(input: PositionsInput): Position[] {
  const { entities } = input
  const context: Context = {
    ...input,
    tokens: input.language.tokens,
    byName: new Map(entities.map((entity) => [entity.name.toLowerCase(), entity])),
  }
  const drafts: Draft[] = []
  for (const sentence of input.language.sentences) {
    if (isQuestion(context, sentence)) continue
    drafts.push(...positionsInSentence(context, sentence))
    attachRequirements(context, sentence, drafts)
  }
  // Two rules may read the same stance in one sentence ("wants countries to …"), and a story may repeat
  // a sentence: keep each actor's stance on the same words once, with its first evidence.
  const seen = new Set<string>()
  const unique = drafts.filter((draft) => {
    const key = `${draft.actor.id}|${draft.stance}|${propositionText(context, draft).toLowerCase()}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.map((draft, index) => toPosition(context, draft, index))
}

function isQuestion(context: Context, sentence: Sentence): boolean {
  const last = context.tokens[sentence.endToken - 1]
  return last?.text === '?'
}

function positionsInSentence(sentenceContext: Context, sentence: Sentence): Draft[] {
  let context = sentenceContext
  const { tokens } = context
  const drafts: Draft[] = []
  let k = sentence.firstToken
  while (k < sentence.endToken) {
    const draft =
      harmWarningAt(context, sentence, k) ??
      stanceAt(context, sentence, k) ??
      stanceOnAntecedentAt(context, sentence, k) ??
      sponsorAt(context, sentence, k) ??
      rejectingPredicateAt(context, sentence, k) ??
      ownedProposalAt(context, sentence, k) ??
      commitmentAt(context, sentence, k) ??
      judgmentAt(context, sentence, k) ??
      openQuestionAt(context, sentence, k) ??
      openMindAt(context, sentence, k) ??
      refusalNounAt(context, sentence, k)
    if (draft) {
      // "wanted to read the full bill before deciding": a want that waits on a decision is no stance yet.
      const waits = draft.stance === 'for' ? decisionWaitedOn(tokens, draft.proposition) : -1
      if (waits > draft.proposition.first) {
        draft.stance = 'undecided'
        draft.proposition = { ...draft.proposition, end: waits }
      }
      drafts.push(pointedBack(context, draft))
      for (const partner of partnersOf(context, draft)) drafts.push(pointedBack(context, { ...draft, ...partner }))
      if (draft.holderPhrase) {
        const sharedHolder = {
          actor: draft.actor,
          actorName: draft.actorName,
          phrase: draft.holderPhrase,
          quote: draft.quote,
        }
        context = { ...sentenceContext, sharedHolder }
      }
      // Words inside the proposition are its content, not new stances ("refused to accept X").
      k = Math.max(k + 1, draft.proposition.end)
    } else k++
  }
  return drafts.filter(
    // One word says too little ("support it"), unless it names someone ("stand with Ukraine", "backed Zelensky").
    (draft) =>
      (draft.proposition.end - draft.proposition.first >= 2 ||
        // ("would sign only if Y": the condition says what the one word does not.)
        draft.conditions.length > 0 ||
        namesOnlyObject(tokens, draft.proposition) ||
        // ("oppose re-exports", "backs sanctions": a plural noun names a kind of measure.)
        isMeasureNoun(tokens, draft.proposition) ||
        // ("has not said whether it will match": an open question may be one verb.)
        (draft.stance === 'undecided' && tokens[draft.proposition.first]!.pos === 'VERB') ||
        // "ready to talk", "willing to negotiate": to negotiate at all is a position in itself.
        (draft.proposition.end - draft.proposition.first === 1 &&
          NEGOTIATING.has(tokens[draft.proposition.first]!.lower)) ||
        isRejectedSubject(tokens, draft.proposition)) &&
      !isBareReference(tokens, draft),
  )
}

/** A one-word proposition that is a plural common noun: "re-exports", "tariffs", "sanctions". */
function isMeasureNoun(tokens: readonly Token[], proposition: Phrase): boolean {
  const token = tokens[proposition.first]!
  return proposition.end - proposition.first === 1 && token.pos === 'NOUN' && /[a-z]{3}s$/.test(token.text)
}

/**
 * "Portugal and Spain pushed for …", "Russia and China have resisted …": every actor a coordinated
 * subject names holds the stance, not only the last one.
 */
function partnersOf(context: Context, draft: Draft): { actor: Entity; actorName: string }[] {
  const phrase = draft.holderPhrase
  if (!phrase) return []
  const { tokens } = context
  const partners: { actor: Entity; actorName: string }[] = []
  const seen = new Set([draft.actor.id])
  let listStart = phrase.first
  // "The Greens and most Social Democrats oppose …": the subject reader stops at a quantifier, so the
  // name joined before it is taken back in.
  // ("Neither Lima nor Quito has said": so does "nor".)
  const quantified =
    QUANTIFIERS.has(tokens[listStart - 1]?.lower ?? '') &&
    tokens[listStart - 2]?.lower === 'and' &&
    tokens[listStart - 3]?.pos === 'PROPN'
  const nor = tokens[listStart - 1]?.lower === 'nor' && tokens[listStart - 2]?.pos === 'PROPN'
  if (quantified || nor) {
    listStart -= quantified ? 3 : 2
    while (listStart - 1 >= draft.sentence.firstToken && tokens[listStart - 1]!.pos === 'PROPN') listStart--
  }
  if (phrase.end - listStart < 3) return []
  // "Portugal, Spain and Italy oppose …": the subject reader stops at a comma, so the names
  // listed before it are taken back in.
  const coordinated = tokens
    .slice(listStart, phrase.end)
    .some((token) => token.lower === 'and' || token.lower === 'nor')
  if (!coordinated) return []
  while (tokens[listStart - 1]?.text === ',' && tokens[listStart - 2]?.pos === 'PROPN') {
    let j = listStart - 2
    while (j - 1 >= draft.sentence.firstToken && tokens[j - 1]!.pos === 'PROPN') j--
    // ("After talks in Lisbon, Spain and Italy …": a name that ends an opening phrase is no list item.)
    if (j > draft.sentence.firstToken && tokens[j - 1]!.text !== ',') break
    listStart = j
  }
  let first = listStart
  for (let k = listStart; k <= phrase.end; k++) {
    const joiner = k < phrase.end && /^(and|nor|,)$/.test(tokens[k]!.lower)
    if (!joiner && k < phrase.end) continue
    if (k > first) {
      const part = { first, end: k }
      const resolved = resolveSpeaker(context.text, tokens, part, context.entities, context.references)
      const entity = resolved.entity ? entityById(context, resolved.entity) : undefined
      // Only names: "the United States and its allies" adds no actor for "its allies".
      if (entity && (entity.type !== 'person') === (draft.actor.type !== 'person') && !isMerePlace(context, entity)) {
        const partner = actorFor(context, entity)
        if (!seen.has(partner.actor.id)) {
          seen.add(partner.actor.id)
          partners.push(partner)
        }
      }
    }
    first = k + 1
  }
  return partners
}

const QUANTIFIERS = new Set(['most', 'many', 'some', 'several', 'all'])
const REFUSING_MODALS = new Set(['can', 'could', 'cannot', 'ca', 'would', 'will', 'wo'])

/**
 * "We are asking the poorest to pay the most. I cannot support that.": in one speaker's quote, a lone
 * "that" or "this" as the object points back to the sentence before, which becomes the proposition.
 */
function pointedBack(context: Context, draft: Draft): Draft {
  const { tokens } = context
  const { first, end } = draft.proposition
  const pointer = tokens[first]!
  if (draft.quote?.kind !== 'direct') return draft
  const after = tokens[end]
  if (end - first !== 1 || !/^(that|this)$/.test(pointer.lower) || (after && !isClauseEnd(after))) return draft
  const before = context.language.sentences[draft.sentence.index - 1]
  if (!before) return draft
  let last = before.endToken
  while (last > before.firstToken && /^[.!?”"]$/.test(tokens[last - 1]!.text)) last--
  // Only the quote's words: "X said: “We are asking …" starts with who said it.
  let start = before.firstToken
  while (start < last && (tokens[start]!.start < draft.quote.start || /^[“"]$/.test(tokens[start]!.text))) start++
  if (last - start < 2 || last - start > MAX_PROPOSITION_TOKENS) return draft
  return { ...draft, proposition: { first: start, end: last }, from: before }
}

/** A one-word proposition that is a name and the whole object ("backed Zelensky"), not the subject of a clause ("demanded Russia should …"). */
function namesOnlyObject(tokens: readonly Token[], proposition: Phrase): boolean {
  if (tokens[proposition.first]!.pos !== 'PROPN') return false
  return !/^(AUX|VERB|PART)$/.test(tokens[proposition.end]?.pos ?? '')
}

/** A one-word subject of "… is unacceptable" ("Annexation is unacceptable"): the matter itself. */
function isRejectedSubject(tokens: readonly Token[], proposition: Phrase): boolean {
  return (
    /^(NOUN|PROPN)$/.test(tokens[proposition.first]!.pos) &&
    /^(is|are|was|were|remains)$/.test(tokens[proposition.end]?.lower ?? '')
  )
}

const NEGOTIATING = new Set([
  'talk',
  'negotiate',
  'compromise',
  'mediate',
  'meet',
  'attend',
  'participate',
  'sign',
  'join',
  // "had no intention of selling": to settle a case or a dispute at all.
  'settle',
  'settling',
])

// "rejected it", "we support you on TV": a pronoun alone says nothing a reader can use.
const REFERRING_WORDS = new Set('it this that these those them one ones such you him her us me'.split(' '))

/** "rejected it", "rejected that account", "proposes one in the final chapter": nothing a reader can use. */
function isBareReference(tokens: readonly Token[], draft: Draft): boolean {
  const { first, end } = draft.proposition
  const opener = tokens[first]!
  // ("rejected that sequence", "backed this plan": a demonstrative before a noun names a thing the
  // story has described; the evidence says which.)
  const named =
    end - first === 2 &&
    /^(that|this|these|those)$/.test(opener.lower) &&
    tokens[first + 1]!.pos === 'NOUN' &&
    !FACT_NOUNS.has(tokens[first + 1]!.lower)
  if (REFERRING_WORDS.has(opener.lower) && !named && (end - first <= 2 || tokens[first + 1]!.pos === 'ADP')) return true
  // "refused to fulfil them": a verb whose only object is a pronoun.
  if (end - first <= 2 && REFERRING_WORDS.has(tokens[end - 1]!.lower)) return true
  // "rejected what the administration …", "how long it takes": a question is no proposition.
  if (/^(what|how|why|whether|who|which)$/.test(opener.lower)) return true
  // "rejected the report", "dismissed the allegations": disputing a statement of fact is no position.
  let head = first
  // ("the UK assessment": a name may stand before the head noun.)
  while (head < end - 1 && /^(DET|ADJ|PRON|PROPN)$/.test(tokens[head]!.pos)) head++
  // ("would oppose any new charge": a charge that is levied is a fee, not an accusation.)
  if (tokens[head]?.lower === 'charge' && LEVIED.test(tokens[head - 1]?.lower ?? '')) return false
  return FACT_NOUNS.has(tokens[head]?.lower ?? '')
}
const LEVIED = /^(any|a|new|proposed|extra|additional|flat|daily|annual)$/

// ---------------------------------------------------------------------------------------------
// "X is willing to Y", "X rejected Y", "X pushed for Y", "X denies any ambitions to Y".

function stanceAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const token = tokens[k]!
  const word = stanceWord(token.lower)
  if (!word) return null
  const complement = complementStart(tokens, k, sentence.endToken, word)
  if (complement === null) return null
  // ("what we hoped for has failed": "for" ends a relative clause; a finite verb follows, no thing wanted.)
  const wanted = tokens[complement]!
  if (word.particle === 'for' && (wanted.pos === 'AUX' || (wanted.pos === 'VERB' && !wanted.lower.endsWith('ing'))))
    return null
  // "We are against X"; not "voted against X".
  if (word.lemma === 'against' && !isAfterBe(tokens, k, sentence.firstToken)) return null
  if (word.lemma !== 'against' && !isPredicate(tokens, k, word)) return null
  // "is supported by few newspapers", "we are accepted": a passive says what others do to the subject.
  // ("is prepared to", "is opposed to" are adjectives with their particle, not passives.)
  // "are not welcome to travel" is the same: others would welcome them.
  const passive = (word.particle === null && /ed$/.test(token.lower)) || word.lemma === 'welcome'
  if (passive && isAfterBe(tokens, k, sentence.firstToken)) return null

  const holder = holderOf(context, sentence, k)
  if (!holder) return null
  const found = propositionFrom(tokens, complement, sentence.endToken)
  if (!found || makesOthersThink(tokens, found)) return null
  // "a court order demanding that the mill close has gone unheeded": a participle after a
  // noun opens no clause of its own; the proposition ends where the sentence's verb comes.
  const reduced = /ing$/.test(token.lower) && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')
  let proposition = reduced ? { first: found.first, end: beforeMainVerb(tokens, found.first, found.end) } : found
  // "refused to rule out further action": leaving something open is undecided, about what follows.
  const ruledOut =
    word.stance === 'against' &&
    tokens[proposition.first]?.lower === 'rule' &&
    tokens[proposition.first + 1]?.lower === 'out'
  if (isNoStanceObject(tokens, word, k, proposition)) return null
  // "could not rule out that some records had been lost": a possibility about what happened is no stance.
  if (word.lemma === 'rule out' && tokens[proposition.first - 1]?.lower === 'that' && tellsPast(tokens, proposition))
    return null
  // "Kyiv would not pay … and insisted that …": after a verb and a joiner, only the words from the
  // joiner on belong to this verb.
  let from = holder.phrase.end
  if (tokens.slice(from, k).some((t) => t.pos === 'VERB'))
    for (let j = k - 1; j > from; j--)
      if (/^(and|but)$/.test(tokens[j]!.lower)) {
        from = j + 1
        break
      }
  // "Harbor Homes, which was not a party to the case, welcomed …": a relative clause about the subject
  // says nothing of the stance.
  if (tokens[from]?.text === ',' && /^(who|which|whose)$/.test(tokens[from + 1]?.lower ?? '')) {
    let close = from + 2
    while (close < k && tokens[close]!.text !== ',') close++
    if (close < k) from = close + 1
  }
  const between = tokens.slice(from, k)
  // "denied that Tehran had agreed to any cap": a stance inside a denial is negated.
  // ("continues to deny he plans to invade": no "that" is needed.)
  const opener = tokens[holder.phrase.first - 1]
  const before = opener?.lower === 'that' ? tokens[holder.phrase.first - 2] : opener
  // "dismissed claims that Lima wanted to install …": what others allege is no stance of Lima's.
  if (opener?.lower === 'that' && isAllegation(tokens, holder.phrase.first - 2)) return null
  const denied = before !== undefined && /^(deny|denies|denied|denying)$/.test(before.lower)
  // "would accept no text that …": the refusal is in the object's determiner.
  const refusedObject = word.stance === 'for' && word.particle === null && tokens[proposition.first]?.lower === 'no'
  const negated =
    between.some((t) => NEGATIONS.has(t.lower)) || tokens[complement - 1]?.lower === 'not' || denied || refusedObject
  const hedged = between.some((t) => HEDGING_MODALS.has(t.lower))
  const conditions = conditionsOf(context, sentence, holder.phrase, proposition.end)
  // "would not accept any arrangement that did not reflect X": accepted only with X.
  const required = negated && word.stance === 'for' ? doubleNegation(context, proposition, sentence) : null
  if (required && conditions.list.length === 0) conditions.list.push(required)
  // "would only accept a deal that keeps its troops": the object itself is the condition.
  if (!negated && word.stance === 'for' && conditions.list.length === 0 && isOnlyAfterModal(between)) {
    const condition = onlyCondition(context, proposition, 0)
    if (condition) conditions.list.push(condition)
  }
  // "voted against X" reads its own stance; "is not committing to X" has its own negation.
  let base =
    word.alternativeStance && tokens[complement - 1]?.lower === word.alternative ? word.alternativeStance : word.stance
  // "urged shareholders to vote against the merger": the one who urges is against the merger.
  const urged = URGING.has(word.lemma) ? urgedVote(tokens, proposition) : null
  if (urged) {
    base = urged.stance
    proposition = urged.proposition
  }
  const modifiers = { negated: negated && !required, hedged, conditions: conditions.list, unless: conditions.unless }
  // ("is not committing to a rate" leaves it open; "could not commit to a date" refuses it.)
  const refused = word.lemma === 'commit' && between.some((t) => REFUSING_MODALS.has(t.lower))
  const stance =
    negated && word.negatedStance && !refused
      ? stanceOf(word.negatedStance, { ...modifiers, negated: false })
      : stanceOf(base, modifiers)
  return {
    actor: holder.actor,
    actorName: holder.actorName,
    proposition: ruledOut
      ? { first: proposition.first + 2, end: proposition.end }
      : refusedObject
        ? { first: proposition.first + 1, end: proposition.end }
        : proposition,
    stance: ruledOut ? 'undecided' : stance,
    conditions: conditions.list,
    sentence,
    quote: holder.quote,
    reporter: holder.quote?.speaker ?? null,
    holderPhrase: holder.phrase,
  }
}

// ---------------------------------------------------------------------------------------------
// "Kyiv wants the plant returned, something Moscow has refused", "changes to sick pay that the union
// has rejected": the stance word closes its clause, and what it is about stands before it.

const SUMMARY_NOUNS = /^(something|step|idea|demand|move|proposal|condition|arrangement|plan|option)$/

function stanceOnAntecedentAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const word = stanceWord(tokens[k]!.lower)
  if (!word || word.lemma === 'against') return null
  const next = tokens[k + 1]
  if (next && !isClauseEnd(next) && next.sentence === sentence.index) return null
  const floor = sentence.firstToken
  const subject = subjectBefore(tokens, k, floor)
  if (!subject || subject.first - 2 < floor) return null
  let proposition: Phrase | null = null
  const opener = tokens[subject.first - 1]!
  if (/^(that|which)$/.test(opener.lower)) {
    // "changes to sick pay that the union has rejected", "a clause on inspections, which China has
    // resisted": the noun phrase before the relative word.
    const end = tokens[subject.first - 2]!.text === ',' ? subject.first - 2 : subject.first - 1
    let first = end
    while (first - 1 >= floor && first > end - MAX_PROPOSITION_TOKENS) {
      const before = tokens[first - 1]!
      // ("in exchange for changes to sick pay": only "of", "to", "on" and "and" join one noun phrase.)
      const joins = /^(of|to|on|and|or)$/.test(before.lower)
      if (!joins && !/^(NOUN|PROPN|ADJ|DET|NUM)$/.test(before.pos)) break
      first--
    }
    while (first < end && /^(ADP|CCONJ|PART)$/.test(tokens[first]!.pos)) first++
    if (end - first >= 2 && /^(NOUN|PROPN)$/.test(tokens[end - 1]!.pos)) proposition = { first, end }
  } else {
    // "…, something Moscow has refused": the clause before the comma, after its verb.
    let comma = subject.first - 1
    if (!SUMMARY_NOUNS.test(tokens[comma]!.lower)) return null
    comma--
    if (tokens[comma]?.pos === 'DET') comma--
    if (tokens[comma]?.text !== ',' || comma <= floor) return null
    // What the sentence's first verb governs: "Kyiv wants [the plant returned to its control]".
    let first = floor
    while (first < comma && tokens[first]!.pos !== 'VERB') first++
    first = Math.max(first + 1, comma - MAX_PROPOSITION_TOKENS)
    if (comma - first >= 2) proposition = { first, end: comma }
  }
  if (!proposition) return null
  const holder = holderOf(context, sentence, k)
  if (!holder) return null
  const negated = tokens.slice(subject.end, k).some((t) => NEGATIONS.has(t.lower))
  return plainDraft(
    holder,
    proposition,
    stanceOf(word.stance, { negated, hedged: false, conditions: [], unless: false }),
    sentence,
  )
}

/** Where the complement starts after the stance word, or null when the required particle is missing. */
function complementStart(tokens: readonly Token[], k: number, end: number, word: StanceWord): number | null {
  let next = k + 1
  const particleWords = word.particle?.split(' ') ?? []
  // "objects strongly to", "firmly rejected": adverbs may come between the word and its particle.
  while (
    next < end &&
    tokens[next]!.pos === 'ADV' &&
    tokens[next]!.lower !== 'not' &&
    tokens[next]!.lower !== particleWords[0]
  )
    next++
  if (word.lemma === 'deny') return deniedWant(tokens, next, end)
  // "has not decided whether to back X": the question left open is what the stance is about.
  // ("is weighing whether to close the plant": so is what is weighed.)
  if ((word.lemma === 'decide' || word.stance === 'undecided') && tokens[next]?.lower === 'whether') {
    const to = tokens[next + 1]?.lower === 'to' ? next + 2 : next + 1
    return to < end ? to : null
  }
  if (word.particle === null) {
    // "proposed on Monday evening that the vote be put off": the time stands before what is proposed.
    const that = wordAfterTime(tokens, next, end, 'that')
    return that !== null ? that : next < end ? next : null
  }
  // "offered on Monday to return …": a time may stand before the particle too.
  const afterTime = word.particle.includes(' ') ? null : wordAfterTime(tokens, next, end, word.particle)
  if (afterTime !== null) next = afterTime
  // "had argued for weeks that …": "for" and a span of time say how long, they open no complement.
  if (tokens[next]?.lower === 'for' && isSpanAfter(tokens, next + 1)) {
    let k = next + 1
    while (k < end && k < next + 4 && !SPAN_WORDS.test(tokens[k]!.lower)) k++
    const after = tokens[k + 1]?.lower
    return word.alternative !== undefined && after === word.alternative && k + 2 < end ? k + 2 : null
  }
  // ("holding out for": a particle of two words must stand whole.)
  if (particleWords.length > 1)
    return particleWords.every((particle, i) => tokens[next + i]?.lower === particle) &&
      next + particleWords.length < end
      ? next + particleWords.length
      : null
  const particle = tokens[next]?.lower
  if (particle === word.particle || (particle !== undefined && particle === word.alternative))
    return next + 1 < end ? next + 1 : null
  // "asked the panel to keep the ban": what someone is asked to do, as with "urged".
  if (word.lemma === 'ask' && asksToDo(tokens, next, end)) return next
  return word.optional && next < end ? next : null
}

/** "the judges to annul", "the panel to keep": what someone is asked to do, as a demand on the other side. */
function asksToDo(tokens: readonly Token[], from: number, end: number): boolean {
  // ("asked her to form a government" after "who", "asked him to comment": a past act, a question put.)
  if (/^(him|her|them|us|me|you)$/.test(tokens[from]?.lower ?? '')) return false
  if (/^(who|which)$/.test(tokens[from - 2]?.lower ?? '')) return false
  // ('"We are asking the poorest to pay the most"': a speaker describing their own asks argues, it is
  // no demand reported.)
  let subject = from - 2
  while (subject > 0 && /^(AUX|ADV|PART)$/.test(tokens[subject]!.pos)) subject--
  if (/^(we|i)$/.test(tokens[subject]?.lower ?? '')) return false
  const to = requestedAction(tokens, from, end)
  return to >= 0 && speechLemma(tokens[to + 1]!.lower) === undefined && tokens[to + 1]!.lower !== 'comment'
}

const SPAN_WORDS = /^(days|weeks|months|years|decades|hours|day|week|month|year|decade|hour)$/

/** "weeks", "two years", "a decade", "several months": a span of time starts at `k`. */
function isSpanAfter(tokens: readonly Token[], k: number): boolean {
  for (let m = k; m < k + 3 && tokens[m]; m++) {
    if (SPAN_WORDS.test(tokens[m]!.lower)) return true
    if (!/^(DET|NUM|ADJ)$/.test(tokens[m]!.pos)) return false
  }
  return false
}

/**
 * "on Monday (evening) that", "last week that", "in May that", "on Thursday to": the index of `word`
 * after a time, or null.
 */
function wordAfterTime(tokens: readonly Token[], from: number, end: number, word: string): number | null {
  if (!/^(on|in|last|this|at|late|early)$/.test(tokens[from]?.lower ?? '')) return null
  for (let k = from + 1; k < Math.min(end, from + 5); k++) {
    if (tokens[k]!.lower === word) return k + 1 < end && k > from + 1 ? k : null
    if (!/^(PROPN|NOUN|NUM|ADJ|DET)$/.test(tokens[k]!.pos)) return null
  }
  return null
}

const EXPECTED_SUBJECTS =
  /^(it|this|that|result|results|outcome|outcomes|effect|effects|impact|rise|fall|increase|decline|trend|figures|data)$/

/**
 * Readings of stance words that take no stance: "backed up the reporting", "welcomed 900 guests",
 * "offered a muted response", "were studying in Kyiv", "refused to be drawn on", "wanted to say".
 */
function isNoStanceObject(tokens: readonly Token[], word: StanceWord, k: number, proposition: Phrase): boolean {
  const next = tokens[k + 1]?.lower ?? ''
  // Words given, not a thing offered.
  if (word.lemma === 'offer' && SAID_THINGS.has(nounAfter(tokens, proposition.first, proposition.end))) return true
  if (word.lemma === 'back' && /^(up|down|off|out|away)$/.test(next)) return true
  // "backed the duke into a corner": cornered, not supported.
  if (word.lemma === 'back') {
    for (let m = k + 1; m < proposition.end + 1; m++)
      if (tokens[m]?.lower === 'into' && tokens[m + 2]?.lower === 'corner') return true
  }
  // "people who live with asthma": only "could live with", "can live with" accept something.
  if (word.lemma === 'live with' && !/^(can|could|would|will)$/.test(tokens[k - 1]?.lower ?? '')) return true
  // "is opposed by most members": others oppose the subject.
  if (word.lemma === 'opposed' && next === 'by') return true
  // "floated a compromise", "tabled a motion": only a proposal is put forward.
  if (word.lemma === 'propose' && word.particle === null && !/^propos/.test(tokens[k]!.lower))
    return (
      !PROPOSAL_NOUNS.has(nounAfter(tokens, k + 1, proposition.end)) &&
      !TABLED_THINGS.has(nounAfter(tokens, k + 1, proposition.end))
    )
  if (
    (word.lemma === 'fight' || word.lemma === 'challenge') &&
    !FOUGHT_MEASURES.has(nounAfter(tokens, k + 1, proposition.end))
  )
    return true
  // "insisted that the talks were going well" is a claim; "insisted that the ports be added" a demand.
  // ("argued that the levy would hurt exporters": harm is read by harmWarningAt.)
  if ((word.lemma === 'insist' || word.lemma === 'argue') && tokens[proposition.first - 1]?.lower === 'that') {
    // "argued that the burden could no longer fall on a few": an argument that something must stop.
    const refusal = word.lemma === 'argue' && hasNegation(tokens, proposition)
    return !refusal && !isDemandClause(tokens, proposition.first, proposition.end)
  }
  if (word.lemma === 'welcome') {
    const opener = tokens[proposition.first]!
    if (opener.pos === 'NUM' || /^(over|more|some|about|nearly|around)$/.test(opener.lower)) return true
    if (RECEIVED_PEOPLE.has(nounAfter(tokens, proposition.first, proposition.end))) return true
  }
  // "considering", "studying": undecided only about a thing ("studying the proposal"), not a place.
  // ("weighing whether to close the plant": a question left open is such a thing.)
  if (
    word.stance === 'undecided' &&
    word.particle === null &&
    !/^(DET|NOUN|PROPN|ADJ|PRON|SCONJ)$/.test(tokens[k + 1]?.pos ?? '') &&
    tokens[k + 1]?.lower !== 'whether'
  )
    return true
  // "refused to be drawn on", "declined to comment", "wanted to say": about speaking, not a position.
  const verb = tokens[proposition.first]!.lower
  if (verb === 'be' && tokens[proposition.first + 1]?.lower === 'drawn') return true
  // ("willing to add ratios", "refused to add staff": adding a thing is no speaking.)
  const addsThing = verb === 'add' && /^(NOUN|ADJ|NUM|SYM)$/.test(tokens[proposition.first + 1]?.pos ?? '')
  return (
    tokens[proposition.first - 1]?.lower === 'to' &&
    (NOT_COMMITMENTS.has(verb) || (SPEAKING_VERBS.has(verb) && !addsThing))
  )
}
/**
 * "did not say whether he had been dismissed", "whether the ship was seized": a question about what
 * happened, not about what anyone wants.
 */
function isDoneTo(tokens: readonly Token[], clause: Phrase): boolean {
  for (let k = clause.first; k < clause.end; k++) {
    const token = tokens[k]!
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue
    if (token.lower === 'had') return true
    return /^(was|were)$/.test(token.lower) && /(ed|en|wn)$/.test(tokens[k + 1]?.lower ?? '')
  }
  return false
}

/** The clause's first verb is in the past ("had died", "were killed", "fled"), not a modal or a present. */
function tellsPast(tokens: readonly Token[], clause: Phrase): boolean {
  for (let k = clause.first; k < clause.end; k++) {
    const token = tokens[k]!
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue
    return /^(had|was|were|did)$/.test(token.lower) || (token.pos === 'VERB' && isPastForm(token.lower))
  }
  return false
}

function hasNegation(tokens: readonly Token[], phrase: Phrase): boolean {
  for (let k = phrase.first; k < phrase.end; k++) if (NEGATIONS.has(tokens[k]!.lower)) return true
  return false
}

/**
 * A clause that asks for something: its first verb is a bare subjunctive ("that Brazil eliminate the
 * duty", "that the ports be added") or carries "must"/"should".
 */
function isDemandClause(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k - from <= 8; k++) {
    const token = tokens[k]!
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue
    // ("that imposing new duties could …": a gerund subject is no subjunctive; its verb comes later.)
    if (token.pos === 'VERB' && token.lower.endsWith('ing')) continue
    if (/^(must|should|be)$/.test(token.lower)) return true
    return token.pos === 'VERB' && !/(s|ed)$/.test(token.lower) && !isPastForm(token.lower)
  }
  return false
}

const TABLED_THINGS = new Set(
  'compromise motion amendment draft resolution text idea option framework proposals plans amendments'.split(' '),
)

/** What one can refuse to do: after "cannot", these refuse; other verbs tell what one is unable to do. */
const CONSENT_VERBS = new Set(
  (
    'accept agree allow permit support tolerate sign give cede surrender negotiate recognize recognise endorse ' +
    'back approve compromise trade let join stand remain stay go return withdraw pay lift drop abandon rule'
  ).split(' '),
)

const RECEIVED_PEOPLE = new Set(
  'students guests visitors refugees tourists delegation delegations pilgrims fans crowds participants delegates athletes'.split(
    ' ',
  ),
)
const SPEAKING_VERBS = new Set([
  'express',
  'thank',
  'add',
  'note',
  'stress',
  'comment',
  'elaborate',
  'assure',
  'reassure',
])

/** "wants you to believe that …": wanting others to think something is persuasion, not a position. */
function makesOthersThink(tokens: readonly Token[], proposition: Phrase): boolean {
  const last = Math.min(proposition.end, proposition.first + 4)
  for (let k = proposition.first; k < last; k++)
    if (tokens[k]!.lower === 'to' && COGNITION_VERBS.test(tokens[k + 1]?.lower ?? '')) return true
  return false
}
const COGNITION_VERBS = /^(believe|think|know|understand|imagine|assume|forget)$/

/** "claims (from the UK) that", "reports that", "the assessment that": `at` ends a noun phrase of allegation. */
function isAllegation(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && at - k < 6; k--) {
    const token = tokens[k]!
    if (FACT_NOUNS.has(token.lower) && token.pos === 'NOUN') return true
    if (!/^(NOUN|PROPN|DET|ADJ|ADP)$/.test(token.pos)) return false
  }
  return false
}

/**
 * "if you think that the town should not be heard": the clause is a thought the speaker supposes
 * someone else has, not the speaker's own demand.
 */
function isSupposedThought(tokens: readonly Token[], subjectFirst: number): boolean {
  let j = subjectFirst - 1
  if (tokens[j]?.lower === 'that') j--
  if (!THINKING.has(tokens[j]?.lower ?? '')) return false
  for (let i = j - 1; i >= 0 && i >= j - 3; i--) if (/^(if|unless)$/.test(tokens[i]!.lower)) return true
  return false
}
const THINKING = new Set(
  'think thinks believe believes imagine imagines suppose supposes assume assumes expect expects want wants'.split(' '),
)

/** A form of "be" (or "get") before `k`, across "not" and adverbs: "is widely supported", "are not welcome". */
function isAfterBe(tokens: readonly Token[], k: number, floor: number): boolean {
  let j = k - 1
  // ('would be "fiercely and stubbornly resisted"': quotation marks and joined adverbs may stand between.)
  const between = (token: Token) =>
    token.pos === 'ADV' ||
    NEGATIONS.has(token.lower) ||
    QUOTE_MARKS.test(token.text) ||
    (/^(and|or)$/.test(token.lower) && tokens[token.index - 1]?.pos === 'ADV')
  while (j > floor && between(tokens[j]!)) j--
  return /^(is|are|was|were|be|been|being|get|gets|got|['’]s|['’]re)$/.test(tokens[j]?.lower ?? '')
}

/** "denies any ambitions to X", "denied wanting X": the complement of a denial of wants. */
function deniedWant(tokens: readonly Token[], from: number, end: number): number | null {
  let k = from
  if (/^(any|all|having)$/.test(tokens[k]?.lower ?? '')) k++
  if (!DENIED_WANTS.has(tokens[k]?.lower ?? '')) return null
  k++
  if (/^(to|of|in|for)$/.test(tokens[k]?.lower ?? '')) k++
  return k < end ? k : null
}

/** A stance word must work as a predicate: a verb or an adjective after a copula, not a noun ("the call for"). */
function isPredicate(tokens: readonly Token[], k: number, word: StanceWord): boolean {
  const token = tokens[k]!
  const previous = tokens[k - 1]
  if (previous && (previous.pos === 'DET' || /^['’]s$/.test(previous.text))) return false
  // "has demands of its own", "had plans for": a plural after "have" is a noun, whatever the tagger says.
  if (previous && /^(has|have|had)$/.test(previous.lower) && /s$/.test(token.lower) && !/ss$/.test(token.lower))
    return false
  // "who can veto council decisions": what someone is able to do is no stance.
  if (previous && /^(can|could)$/.test(previous.lower) && tokens[k - 2]?.lower === 'who') return false
  if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'ADJ') return true
  // "Berlin would back the deal", "would only back": after a modal the tagger may still call the word an adverb.
  const before = previous?.lower === 'only' ? tokens[k - 2] : previous
  if (before && (COMMITMENT_MODALS.has(before.lower) || before.lower === 'to')) return true
  // "Moscow objects to": the tagger reads some third-person verbs as plural nouns.
  if (token.pos === 'NOUN' && word.particle !== null && previous?.pos === 'PROPN') return true
  // "The Norvane Party backs the plan", "The Liberals back the request": a verb read as a noun or an
  // adverb right after a name (or a name's apposition), before the thing it takes.
  const named = previous?.pos === 'PROPN' || (previous?.text === ',' && tokens[k - 2]?.pos === 'PROPN')
  return (
    (token.pos === 'NOUN' || token.pos === 'ADV') &&
    word.particle === null &&
    named &&
    /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k + 1]?.pos ?? '')
  )
}

interface Holder {
  readonly actor: Entity
  readonly actorName: string
  readonly phrase: Phrase
  readonly quote: Quote | null
}

const FIRST_PERSON = new Set(['i', 'we'])
const LINKING_VERBS = new Set(
  'remain remains remained stay stays stayed seem seems seemed appear appears appeared'.split(' '),
)
const OWN_SIDE = /^(his|her|their|our|my)$/
const GOVERNMENT_HEADS = /^(government|country|administration|side|delegation|team)$/
const CLAUSE_OPENERS = new Set(['whether', 'if', 'unless', 'when'])
/** Bodies of a state that speak for it after "its": "its foreign ministry", "its army". */
const STATE_BODY_HEADS = /^(government|administration|delegation|ministry|army|military|cabinet|embassy)$/

/** Who holds the stance at `k`: the subject, read through coordination, seats of government and quotes. */
function holderOf(context: Context, sentence: Sentence, k: number): Holder | null {
  const own = ownHolderOf(context, sentence, k)
  if (own !== null || context.sharedHolder === undefined) return own
  // "… would back any solution the sides agree but would never accept a second terminal": a second predicate
  // after "but" or "and" keeps the holder of the first.
  let j = k - 1
  while (j > sentence.firstToken && /^(ADV|AUX|PART)$/.test(context.tokens[j]!.pos)) j--
  if (/^[“"]$/.test(context.tokens[j]?.text ?? '')) j--
  return /^(but|and)$/.test(context.tokens[j]?.lower ?? '') ? context.sharedHolder : null
}

function ownHolderOf(context: Context, sentence: Sentence, k: number): Holder | null {
  const { tokens } = context
  const floor = sentence.firstToken
  // He was now “open to both routes”: the reporter quotes the stance word; the subject is outside.
  // ('X "would not rule out" Y': the quotation may open before the modal and the negation.)
  let open = k - 1
  while (open > floor && k - open <= 3 && /^(AUX|PART|ADV)$/.test(tokens[open]!.pos)) open--
  let cue = open >= floor && /^[“"]$/.test(tokens[open]!.text) ? open : k
  // "remains opposed to", "seemed ready to": a linking verb stands between the subject and the stance.
  if (cue > floor && LINKING_VERBS.has(tokens[cue - 1]!.lower)) cue--
  // "Grace Lin, who voted against the measure": the relative pronoun stands for the name before it.
  let who = cue - 1
  while (who > floor && /^(AUX|ADV|PART)$/.test(tokens[who]!.pos)) who--
  // ("The Cyclists Alliance, which opposed the increase": a body's relative pronoun too.)
  if (who - 1 > floor && /^(who|which)$/.test(tokens[who]!.lower) && tokens[who - 1]!.text === ',') cue = who - 1
  const phrase =
    subjectBefore(tokens, cue, floor) ??
    coordinatedSubject(context, sentence, cue) ??
    participleSubject(tokens, floor, cue)
  if (!phrase) return null
  // "whether Russia would accept", "if Kyiv agreed": a question or a supposition, not a stance.
  if (CLAUSE_OPENERS.has(tokens[phrase.first - 1]?.lower ?? '')) return null
  if (/^['’]s?$/.test(tokens[phrase.end - 1]!.text)) return null
  const quote = quoteAt(context.quotes, tokens[k]!.start)
  const words = phrase.end - phrase.first
  if (words === 1 && FIRST_PERSON.has(tokens[phrase.first]!.lower)) {
    const speaker = quote?.speaker ? entityById(context, quote.speaker) : undefined
    return speaker ? { ...actorFor(context, speaker), phrase, quote } : null
  }
  // "her government was ready to": in reported speech, the speaker's own side.
  const head = tokens[phrase.end - 1]!.lower
  // ("her three councillors": a count may stand between the possessive and the head.)
  const counted = tokens[phrase.end - 2]?.pos === 'NUM' && words <= 3
  const own =
    (words <= 2 && OWN_SIDE.test(tokens[phrase.end - 2]?.lower ?? '')) ||
    (counted && OWN_SIDE.test(tokens[phrase.end - 3]?.lower ?? ''))
  if (own && GOVERNMENT_HEADS.test(head)) {
    const speaker = quote?.speaker ? entityById(context, quote.speaker) : undefined
    const state = speaker && /^(country|government)$/.test(head) ? speakersState(context, speaker) : undefined
    return speaker ? { ...actorFor(context, state ?? speaker), phrase, quote } : null
  }
  // "her group would back …", "his federation would oppose …": the body the speaker leads, named in
  // their role or earlier in the sentence; else the speaker.
  if (own && BODY_SIDE_HEADS.has(head)) {
    const speaker = quote?.speaker ? entityById(context, quote.speaker) : undefined
    const body = speaker ? speakersBody(context, sentence, speaker, phrase.first) : undefined
    const holder = body ?? speaker
    return holder ? { ...actorFor(context, holder), phrase, quote } : null
  }
  // "Nurses at Dunmore Health will strike unless …, their union said": workers at a body are not the
  // body; the one who speaks for them holds the stance.
  if (isWorkforce(tokens, phrase)) {
    const speaker = quote?.speaker ? entityById(context, quote.speaker) : undefined
    return speaker && speaker.type !== 'person' ? { ...actorFor(context, speaker), phrase, quote } : null
  }
  // "Norway's delegation proposed", "Chile's government would accept": a state's own side speaks for it.
  if (GOVERNMENT_HEADS.test(head) && words <= 4) {
    for (let p = phrase.first; p < phrase.end - 1; p++) {
      if (!/^['’]s?$/.test(tokens[p + 1]!.text)) continue
      const owner = entityEndingAt(context, tokens[p]!.end)
      if (owner && context.knowledge.isState(owner.name.toLowerCase()))
        return { ...actorFor(context, owner), phrase, quote }
      // ("Kellby's regional government is weighing …": a region's own government holds for the region,
      // under the name the text gives it.)
      if (owner?.type === 'location' && GOVERNMENT_NOUNS.has(head))
        return { actor: actorFor(context, owner).actor, actorName: phraseText(context, phrase), phrase, quote }
    }
  }
  // "The Tarvian government put off …": a people's adjective before the government names its state.
  if (GOVERNMENT_HEADS.test(head) && words <= 4) {
    const stateName = context.knowledge.demonymOf(tokens[phrase.end - 2]?.lower ?? '')
    const state = stateName ? context.byName.get(stateName.toLowerCase()) : undefined
    if (state) return { ...actorFor(context, state), phrase, quote }
  }
  // "its finance ministry demanded …": the state "its" refers to.
  const its = tokens[phrase.first]?.lower === 'its' ? phrase.first : phrase.first - 1
  if (tokens[its]?.lower === 'its' && STATE_BODY_HEADS.test(head) && words <= 4) {
    const reference = context.references.find((r) => r.start === tokens[its]!.start)
    const owner = reference ? entityById(context, reference.entity) : undefined
    if (owner && context.knowledge.isState(owner.name.toLowerCase()))
      return { ...actorFor(context, owner), phrase, quote }
  }
  // "The government refused to back the plan": the government of the state the article is about.
  if (words === 2 && tokens[phrase.first]!.lower === 'the') {
    const speaker = quote?.speaker ? entityById(context, quote.speaker) : undefined
    const government = governmentOf(context, head, speaker)
    if (government) return { ...government, phrase, quote }
  }
  let speaker = resolveSpeaker(context.text, tokens, phrase, context.entities, context.references)
  // "The minister said he was now open to …", "Putin said he would only accept …": "he" right after a
  // speech verb is that verb's subject, whoever else the sentence named first.
  if (words === 1 && /^(he|she)$/.test(tokens[phrase.first]!.lower)) {
    const reporter = reportingSubject(tokens, floor, phrase.first)
    const reported = reporter && resolveSpeaker(context.text, tokens, reporter, context.entities, context.references)
    const person = reported?.entity ? entityById(context, reported.entity)?.type === 'person' : false
    if (reported && (person || !speaker.entity)) speaker = reported
  }
  // "The European Union said it could support …", "the unions said they would strike": "it" and "they"
  // right after a speech verb are that verb's subject, when it is no person.
  if (words === 1 && /^(it|they)$/.test(tokens[phrase.first]!.lower)) {
    const reporter = reportingSubject(tokens, floor, phrase.first)
    // ("Nurses at Dunmore Health said they would …": they are not Dunmore Health.)
    if (reporter && isWorkforce(tokens, reporter)) return null
    const reported = reporter && resolveSpeaker(context.text, tokens, reporter, context.entities, context.references)
    const body = reported?.entity ? entityById(context, reported.entity) : undefined
    if (reported && body && body.type !== 'person') speaker = reported
    // ("The union's secretary, Jo Marsh, said it would oppose …": "it" is the body the person speaks for.)
    else if (body?.type === 'person' && !speaker.entity) {
      const own = speakersBody(context, sentence, body, phrase.first)
      if (own) speaker = { ...speaker, entity: own.id }
    }
  }
  if (!speaker.entity) return null
  const entity = entityById(context, speaker.entity)
  if (!entity) return null
  // "Erdoğan said Istanbul was ready to host talks": a city offered by a speaker is the speaker's offer.
  if (isMerePlace(context, entity)) {
    const reporter = quote?.speaker ? entityById(context, quote.speaker) : undefined
    return reporter && !isMerePlace(context, reporter) ? { ...actorFor(context, reporter), phrase, quote } : null
  }
  return { ...actorFor(context, entity), phrase, quote }
}

/**
 * "The minister walked out, rejecting a proposal to …": a participle after a comma shares the subject
 * of the sentence's first verb.
 */
function participleSubject(tokens: readonly Token[], floor: number, cue: number): Phrase | null {
  if (tokens[cue - 1]?.text !== ',' || !/ing$/.test(tokens[cue]!.lower)) return null
  for (let v = floor + 1; v < cue - 1; v++) {
    if (tokens[v]!.pos !== 'VERB') continue
    // A quote before the verb is someone else's words.
    if (tokens.slice(floor, v).some((token) => QUOTE_MARKS.test(token.text))) return null
    return subjectBefore(tokens, v, floor)
  }
  return null
}

const BODY_SIDE_HEADS = new Set(
  'group federation union association organization organisation company firm council alliance coalition bloc members party councillors councilors lawmakers mps deputies senators'.split(
    ' ',
  ),
)

/**
 * The organization a speaker speaks for: one named in their role ("head of the Teachers Union"), else
 * the last one named in the sentence before `before`.
 */
function speakersBody(context: Context, sentence: Sentence, speaker: Entity, before: number): Entity | undefined {
  const organizations = context.entities.filter((entity) => entity.type === 'organization')
  // ("Tarvian Greens transport spokesman X": a party named by its members in the role is the body too.)
  const sides = context.entities.filter(
    (entity) => entity.type === 'organization' || (entity.type === 'group' && entity.name.includes(' ')),
  )
  for (const role of speaker.roles) {
    const lower = role.toLowerCase()
    const named = sides.find((entity) => lower.includes(entity.name.toLowerCase()) && entity.name.length > 3)
    if (named) return named
  }
  const limit = context.tokens[before]!.start
  const lastIn = (from: number, to: number): Entity | undefined => {
    let last: { entity: Entity; start: number } | undefined
    for (const entity of organizations)
      for (const mention of entity.mentions)
        if (mention.start >= from && mention.end <= to && (!last || mention.start > last.start))
          last = { entity, start: mention.start }
    return last?.entity
  }
  // "X, who leads the Harbor Alliance, the largest bloc in the Senate, said her party …": the body the
  // speaker leads, before any other the sentence names.
  const led = ledIn(context, sentence.start, limit, organizations)
  if (led) return led
  const here = lastIn(sentence.start, limit)
  if (here) return here
  // "Teresa Lomani, who chairs the Alliance of …, said … She said her group would …": the body named
  // right after the speaker's name where the text introduced them.
  const named = speaker.mentions.filter((mention) => mention.end <= sentence.start && mention.kind === 'name').at(-1)
  const introduced = named ? lastIn(named.end, named.end + APPOSITION_REACH) : undefined
  if (introduced) return introduced
  // "The National Renewal party holds 11 seats. Its leader, X, said his party …": the body the sentence
  // before named.
  const previous = context.language.sentences[sentence.index - 1]
  return previous ? lastIn(previous.start, previous.end) : undefined
}

/** The first body named right after "leads", "heads", "chairs", "leader of", "head of" between two offsets. */
function ledIn(context: Context, from: number, to: number, organizations: readonly Entity[]): Entity | undefined {
  let found: { entity: Entity; start: number } | undefined
  for (const entity of organizations)
    for (const mention of entity.mentions) {
      if (mention.start < from || mention.end > to || (found && mention.start > found.start)) continue
      const before = context.text.slice(Math.max(from, mention.start - 24), mention.start)
      if (
        /\b(leads|led|heads|headed|chairs|chaired|runs|founded|leader of|head of|chair of)\s+(the\s+)?$/i.test(before)
      )
        found = { entity, start: mention.start }
    }
  return found?.entity
}

/**
 * The state a person speaks for, when their role names it ("Norway's foreign minister", "Egyptian
 * Foreign Minister"): "his country would not …" is that state's position.
 */
function speakersState(context: Context, speaker: Entity): Entity | undefined {
  if (speaker.type === 'organization') return bodysState(context, speaker)
  if (speaker.type !== 'person') return undefined
  for (const role of speaker.roles) {
    for (const word of role.split(/[\s'’]+/)) {
      const lower = word.toLowerCase()
      const name = context.knowledge.isState(lower) ? word : context.knowledge.demonymOf(lower)
      const state = name ? context.byName.get(name.toLowerCase()) : undefined
      if (state) return state
    }
  }
  // "Norway's foreign minister, Anna Lind, said …": a state's possessive before the name.
  for (const mention of speaker.mentions) {
    const before = context.text.slice(Math.max(0, mention.start - 60), mention.start)
    const owner = /(\p{Lu}[\p{L}. ]+?)['’]s\s+[\p{Ll} -]+,?\s*$/u.exec(before)?.[1]
    const state = owner ? context.byName.get(owner.toLowerCase()) : undefined
    if (state && context.knowledge.isState(owner!.toLowerCase())) return state
  }
  // "Portugal has shifted. Prime Minister X told parliament that his government …": a head
  // of government leads the state named last before the name, in its sentence or the one before.
  if (!speaker.roles.some((role) => HEADS_OF_GOVERNMENT.test(role))) return undefined
  const named = speaker.mentions.find((mention) => mention.kind === 'name')
  if (!named) return undefined
  const sentence = context.language.sentences.find((s) => s.start <= named.start && named.start < s.end)
  const previous = sentence ? context.language.sentences[sentence.index - 1] : undefined
  const from = previous?.start ?? sentence?.start ?? named.start
  let last: { entity: Entity; start: number } | undefined
  for (const entity of context.entities) {
    if (entity.type !== 'location' || !context.knowledge.isState(entity.name.toLowerCase())) continue
    for (const mention of entity.mentions)
      if (mention.start >= from && mention.end <= named.start && (!last || mention.start > last.start))
        last = { entity, start: mention.start }
  }
  return last?.entity
}

/** "Peru's Foreign Ministry", "the Tarvian Interior Ministry": the state a body's name gives it. */
function bodysState(context: Context, body: Entity): Entity | undefined {
  const first = /^(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*?)(?:['’]s\s|\s)/u.exec(body.name)?.[1]
  if (!first) return undefined
  const lower = first.toLowerCase()
  const name = context.knowledge.isState(lower) ? first : context.knowledge.demonymOf(lower)
  return name ? context.byName.get(name.toLowerCase()) : undefined
}

const HEADS_OF_GOVERNMENT = /\b(prime minister|premier|president|chancellor|taoiseach)\b/i

/** The words of a phrase as the text writes them. */
function phraseText(context: Context, phrase: Phrase): string {
  return context.text.slice(context.tokens[phrase.first]!.start, context.tokens[phrase.end - 1]!.end)
}

/**
 * "the government" with no name: the speaker's state when their role or introduction names it, else the
 * state or governed place the article names most, when one clearly leads. Named "<Peruvian> government".
 */
function governmentOf(
  context: Context,
  noun: string,
  speaker: Entity | undefined,
): { actor: Entity; actorName: string } | null {
  if (!GOVERNMENT_NOUNS.has(noun)) return null
  const state = (speaker && speakersState(context, speaker)) ?? leadingState(context)
  if (!state) return null
  const { actor, actorName } = actorFor(context, state)
  return { actor, actorName: `${context.knowledge.adjectiveOf(actorName) ?? actorName} ${noun}` }
}

/** The state or governed place named most often in the article, when it has more mentions than any other. */
function leadingState(context: Context): Entity | undefined {
  let known = LEADING_STATE.get(context.entities)
  if (known === undefined) {
    known = readLeadingState(context) ?? null
    LEADING_STATE.set(context.entities, known)
  }
  return known ?? undefined
}

const VENUE_BEFORE = /\b(?:in|at|to|from|near|outside|inside|into)\s+$/i

// Entities are made once per article: the leading state is read once per article.
const LEADING_STATE = new WeakMap<readonly Entity[], Entity | null>()

function readLeadingState(context: Context): Entity | undefined {
  const counts = new Map<Entity, number>()
  for (const entity of context.entities) {
    if (entity.type !== 'location' || isMerePlace(context, entity)) continue
    // ("Lima" counts for Peru.)
    // ("talks in Geneva": a venue is where the story happens, not whose government it is about.)
    const named = entity.mentions.filter(
      (mention) => !VENUE_BEFORE.test(context.text.slice(Math.max(0, mention.start - 8), mention.start)),
    ).length
    const { actor } = actorFor(context, entity)
    counts.set(actor, (counts.get(actor) ?? 0) + named)
  }
  let best: Entity | undefined
  let bestCount = 0
  let second = 0
  for (const [entity, count] of counts) {
    if (count > bestCount) {
      second = bestCount
      best = entity
      bestCount = count
    } else if (count > second) second = count
  }
  return bestCount > second ? best : undefined
}

/** How far after a name its apposition ("…, who chairs the X,") may name a body, in characters. */
const APPOSITION_REACH = 80

/** The subject of the speech verb just before `at` in its sentence ("The minister said he …" → the minister). */
function reportingSubject(tokens: readonly Token[], floor: number, at: number): Phrase | null {
  // ("said in a statement on Tuesday that it would …": a short phrase may stand between the verb and "that";
  // "said in a letter to the council on Friday that" is nine words.)
  for (let k = at - 1; k >= floor && at - k <= 10; k--) {
    if (tokens[k]!.pos !== 'VERB' || cueAt(tokens, k) === null) continue
    return subjectBefore(tokens, k, floor) ?? sharedReporter(tokens, floor, k)
  }
  return null
}

/** "Kellby Cricket wants X and says it will …": a speech verb after "and" shares the first verb's subject. */
function sharedReporter(tokens: readonly Token[], floor: number, k: number): Phrase | null {
  let j = k - 1
  while (j > floor && /^(ADV|AUX)$/.test(tokens[j]!.pos)) j--
  if (!/^(and|but)$/.test(tokens[j]?.lower ?? '')) return null
  for (let v = floor + 1; v < j; v++) {
    if (tokens[v]!.pos !== 'VERB') continue
    return subjectBefore(tokens, v, floor)
  }
  return null
}

/**
 * The subject of a verb after "but"/"and": "Washington had dropped X and would accept Y" (the nearest
 * verb's subject); "Zelenskyy stated that Ukraine is prepared to X but firmly rejected Y" (a plain past
 * verb pairs with the nearest plain past verb, not with "is prepared").
 */
function coordinatedSubject(context: Context, sentence: Sentence, k: number): Phrase | null {
  const { tokens } = context
  let j = k - 1
  let auxiliary = false
  // "… and will not accept": adverbs, auxiliaries and "not" stand between the joiner and the verb.
  while (j > sentence.firstToken && /^(ADV|AUX|PART)$/.test(tokens[j]!.pos)) {
    if (tokens[j]!.pos === 'AUX') auxiliary = true
    j--
  }
  if (!/^(but|and)$/.test(tokens[j]?.lower ?? '')) return null
  const plainPast = !auxiliary && isPastForm(tokens[k]!.lower)
  for (let v = j - 1; v > sentence.firstToken; v--) {
    const verb = tokens[v]!
    // ("his party was ready to talk but would not …": a copula is the clause's verb too.)
    const copula = /^(is|was|are|were)$/.test(verb.lower) && !/^(VERB|AUX)$/.test(tokens[v + 1]?.pos ?? '')
    if (verb.pos !== 'VERB' && !copula) continue
    if (plainPast && (!isPastForm(verb.lower) || tokens[v - 1]?.pos === 'AUX')) continue
    const phrase = subjectBefore(tokens, v, sentence.firstToken)
    if (phrase) return phrase
  }
  return null
}

// A state's armed forces act for it too ("British troops will join").
const GOVERNMENT_GROUP_HEADS =
  /^(side|camp|officials|government|authorities|negotiators|diplomats|leaders|leadership|delegation|delegations|delegates|representatives|envoys|administration|ministers|troops|forces|military|army|navy)$/

/**
 * The actor the text speaks for: a seat of government stands for its state ("Kyiv is willing" →
 * Ukraine) and so do a state's officials ("Russian officials pushed for" → Russia).
 */
function actorFor(context: Context, entity: Entity): { actor: Entity; actorName: string } {
  // "Kellby's government said it would …": a place's government holds its place's stance.
  const governed = entity.type === 'organization' ? GOVERNMENT_OF.exec(entity.name) : null
  const place = governed ? context.byName.get(governed[1]!.toLowerCase()) : undefined
  if (place?.type === 'location') return actorFor(context, place)
  if (entity.type === 'location' && entity.partOf) {
    const state = context.byName.get(entity.partOf.toLowerCase())
    return { actor: state ?? entity, actorName: entity.partOf }
  }
  if (entity.type === 'group') {
    const words = entity.name.toLowerCase().split(/\s+/)
    const head = words.at(-1)
    const modifier = words.slice(0, -1).join(' ')
    // "Russian officials" → Russia; "White House officials", "Kremlin officials" → the state of the seat.
    const stateName = modifier
      ? (context.knowledge.demonymOf(modifier) ?? context.knowledge.actor(modifier)?.seatOf)
      : undefined
    if (stateName && head && GOVERNMENT_GROUP_HEADS.test(head)) {
      const state = context.byName.get(stateName.toLowerCase())
      return { actor: state ?? entity, actorName: stateName }
    }
  }
  return { actor: entity, actorName: entity.name }
}

const GOVERNMENT_OF = /^(.+?)['’]s (?:government|administration|authorities|cabinet)$/i

function entityById(context: Context, id: string): Entity | undefined {
  return context.entities.find((entity) => entity.id === id)
}

function quoteAt(quotes: readonly Quote[], offset: number): Quote | null {
  for (const quote of quotes) if (quote.start <= offset && offset < quote.end) return quote
  return null
}

// ---------------------------------------------------------------------------------------------
// Commitments in reported speech: "X would not sign Y", "Kyiv would send a delegation if Y",
// "the city should start with Y", "Budapest would rather pay fines than accept Y".

const URGING = new Set(['urge', 'call', 'ask', 'press', 'appeal', 'encourage'])
const VOTES_AGAINST = new Set(['reject', 'oppose', 'block', 'defeat'])

/**
 * "shareholders to vote against the merger", "members to reject the offer": when others are urged to
 * vote down or refuse a thing, the one who urges is against that thing.
 */
function urgedVote(tokens: readonly Token[], proposition: Phrase): { stance: BaseStance; proposition: Phrase } | null {
  for (let k = proposition.first; k < Math.min(proposition.end - 2, proposition.first + 8); k++) {
    if (tokens[k]!.lower !== 'to') continue
    const verb = tokens[k + 1]!.lower
    if (verb === 'vote' && /^(against|for|down)$/.test(tokens[k + 2]!.lower)) {
      const stance = tokens[k + 2]!.lower === 'for' ? 'for' : 'against'
      return k + 3 < proposition.end ? { stance, proposition: { first: k + 3, end: proposition.end } } : null
    }
    // ("urged both sides to accept mediation" is for what they are urged to do, as it reads.)
    if (VOTES_AGAINST.has(verb)) return { stance: 'against', proposition: { first: k + 2, end: proposition.end } }
    return null
  }
  return null
}

/** "would call a general strike", "will call an election": calling an action is doing, not speaking. */
function callsAction(tokens: readonly Token[], v: number): boolean {
  if (tokens[v]!.lower !== 'call') return false
  for (let k = v + 1; k < v + 5 && tokens[k]; k++) {
    if (CALLED_ACTIONS.has(tokens[k]!.lower)) return true
    if (!/^(DET|ADJ|NUM|NOUN)$/.test(tokens[k]!.pos)) return false
  }
  return false
}
const CALLED_ACTIONS = new Set([
  'strike',
  'strikes',
  'election',
  'elections',
  'vote',
  'referendum',
  'boycott',
  'halt',
  'ceasefire',
  'truce',
  'walkout',
])

const BE_FORMS = new Set(['is', 'are', 'am', 'was', 'were', "'s", '’s', "'re", '’re'])

/** "is (not) going to VERB" after the be-form at `k`. */
function goingToAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 1
  while (tokens[j] && (NEGATIONS.has(tokens[j]!.lower) || tokens[j]!.pos === 'ADV')) j++
  return tokens[j]?.lower === 'going' && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.pos === 'VERB'
}

function commitmentAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const modal = tokens[k]!
  // "the county is not going to rewrite the formula": "going to" is "will".
  const goingTo = BE_FORMS.has(modal.lower) && goingToAfter(tokens, k)
  if (modal.pos !== 'AUX' || (!COMMITMENT_MODALS.has(modal.lower) && !goingTo)) return null
  // Only what someone is reported to say commits them; the author's own forecasts do not.
  // ('China would "not take part in …"': the reporter may quote all that follows the modal.)
  const quote = quoteAt(context.quotes, modal.start) ?? quoteOpeningAfter(context, k)
  if (!quote) return conditionalOffer(context, sentence, k)
  // ("A spokesperson said Washington would not …": words nobody named still bind the side they name.)
  const speaker = quote.speaker ? entityById(context, quote.speaker) : undefined
  if (quote.speaker && !speaker) return null
  let v = k + 1
  let negated = false
  let rather = false
  let only = false
  while (v < sentence.endToken) {
    const token = tokens[v]!
    if (NEGATIONS.has(token.lower) && token.lower !== 'no') negated = true
    else if (token.lower === 'rather') rather = true
    else if (token.lower === 'only') only = true
    else if (goingTo && token.lower === 'going' && tokens[v + 1]?.lower === 'to') v++
    // 'should not "overreact to every headline"': the reporter quotes the verb.
    else if (token.pos !== 'ADV' && !QUOTE_MARKS.test(token.text)) break
    v++
  }
  const verb = tokens[v]
  const callsOut = verb !== undefined && callsAction(tokens, v)
  // ("would add a further €50mn": adding money, not words.)
  const adds = verb !== undefined && verb.lower === 'add' && /^(DET|NUM|ADJ)$/.test(tokens[v + 1]?.pos ?? '')
  if (!verb || NOT_COMMITMENTS.has(verb.lower) || (speechLemma(verb.lower) !== undefined && !callsOut && !adds))
    return null
  // "we can't track down the informant" is inability; "we cannot accept" is a refusal.
  if (negated && /^(can|ca|could)$/.test(modal.lower) && !CONSENT_VERBS.has(verb.lower)) return null
  // "will never accept X", "would back X only if Y": the stance word itself is read where it stands.
  // ("will appeal to the inspectorate": a word whose particle is missing is an ordinary verb here.)
  const own = stanceWord(verb.lower)
  const particle = own?.particle?.split(' ')[0]
  const readsOwn =
    own !== undefined &&
    (particle === undefined ||
      own.optional ||
      tokens[v + 1]?.lower === particle ||
      tokens[v + 1]?.lower === own.alternative)
  if (readsOwn && !callsOut) return null
  // "there could be no agreement while …": an existential refusal; any other "be" describes.
  // Only over things a side can grant or withhold: "there will be no victory" is a forecast.
  const existential =
    verb.lower === 'be' &&
    tokens[k - 1]?.lower === 'there' &&
    tokens[v + 1]?.lower === 'no' &&
    NEGOTIATED_THINGS.has(nounAfter(tokens, v + 2, sentence.endToken))
  // "We will not be bullied out of our waters": a refusal in the passive.
  // ("would not be bound by": any participle, not only those in -ed.)
  const participle = tokens[v + 1]
  const passiveRefusal =
    negated &&
    verb.lower === 'be' &&
    participle !== undefined &&
    (participle.pos === 'VERB' || /ed$/.test(participle.lower))
  if (verb.lower === 'be' || verb.pos === 'AUX') {
    if (!existential && !passiveRefusal) return null
    negated = true
  }
  if (verb.pos !== 'VERB' && !existential && !passiveRefusal) return null

  const floor =
    quote.start >= modal.start
      ? sentence.firstToken
      : Math.max(sentence.firstToken, tokenIndexFrom(tokens, quote.start))
  // "there could be no agreement": the subject reader does not take "there".
  // ("… was ready to talk but would not sit with X": a modal after "but" shares the subject before it.)
  // ('Kellby "will not suspend …"': the reporter's quotation may open right before the modal.)
  const at = /^[“"]$/.test(tokens[k - 1]?.text ?? '') && k - 1 > floor ? k - 1 : k
  const subject =
    existential && k - 1 >= floor
      ? { first: k - 1, end: k }
      : (subjectBefore(tokens, at, floor) ?? coordinatedSubject(context, sentence, at))
  if (!subject) return null
  if (isSupposedThought(tokens, subject.first)) return null
  // "The minister should publish the contracts," Y said: who asks for it is Y, not X.
  const advocacy = ADVOCACY_MODALS.has(modal.lower) && !negated
  // "The result should draw attention to …": what a thing should do is an expectation, not a demand.
  if (advocacy && EXPECTED_SUBJECTS.test(tokens[subject.end - 1]!.lower)) return null
  if (advocacy && !speaker) return conditionalOffer(context, sentence, k)
  let holder =
    advocacy && speaker ? actorFor(context, speaker) : commitmentHolder(context, subject, speaker, quote, existential)
  // '"Our farmers will not be asked to compete …," the minister said': in a passive refusal, those the
  // subject names are acted on; the refusal is the speaker's, unless the subject is a side (a state, a body).
  if (passiveRefusal && holder?.actor.type === 'group' && speaker) holder = actorFor(context, speaker)
  if (!holder) return speaker ? null : conditionalOffer(context, sentence, k)

  const limit = Math.min(sentence.endToken, tokenIndexBefore(tokens, quote.end))
  const thanAt = rather ? findWord(tokens, v, limit, 'than') : -1
  const propositionStart = existential ? v + 1 : thanAt >= 0 ? thanAt + 1 : v
  let proposition = propositionFrom(tokens, propositionStart, limit)
  if (!proposition) return null
  // 'would not negotiate "with a gun to its head"': a quoted phrase right after the verb belongs to it
  // (unless the quotation opened before the verb and this mark closes it).
  const opened = QUOTE_MARKS.test(tokens[v - 1]?.text ?? '')
  // ('would not sign it "unless the unions agree"': a quotation that opens with a condition is the condition.)
  if (
    !opened &&
    /^["“]$/.test(tokens[proposition.end]?.text ?? '') &&
    markerAt(tokens, proposition.end + 1, CONDITION_MARKERS) === 0
  ) {
    let close = proposition.end + 1
    while (close < limit && close - proposition.end <= 12 && !QUOTE_MARKS.test(tokens[close]!.text)) close++
    // Keep the closing mark, so the phrase reads as the reporter quoted it.
    if (close < limit) proposition = { first: proposition.first, end: close + 1 }
  }
  // "will not load a container until there is a fair deal": the refusal waits for what follows "until".
  let refusalCondition: string | null = null
  if (negated) {
    for (let m = proposition.first + 1; m < proposition.end; m++) {
      const marker = markerAt(tokens, m, REFUSAL_CONDITION_MARKERS)
      if (marker === 0) continue
      const last = phraseEnd(tokens, m + marker, limit, MAX_CONDITION_TOKENS)
      if (last > m + marker) refusalCondition = context.text.slice(tokens[m + marker]!.start, tokens[last - 1]!.end)
      proposition = { first: proposition.first, end: m }
      break
    }
    if (!refusalCondition) {
      const marker = markerAt(tokens, proposition.end, REFUSAL_CONDITION_MARKERS)
      const last = marker > 0 ? phraseEnd(tokens, proposition.end + marker, limit, MAX_CONDITION_TOKENS) : 0
      if (marker > 0 && last > proposition.end + marker)
        refusalCondition = context.text.slice(tokens[proposition.end + marker]!.start, tokens[last - 1]!.end)
    }
  }
  const conditions = conditionsOf(context, sentence, subject, proposition.end)
  if (refusalCondition && conditions.list.length === 0) conditions.list.push(refusalCondition)
  // "would only join a government that froze the pension age": what follows the verb is the condition.
  if (only && !negated && conditions.list.length === 0) {
    const condition = onlyCondition(context, proposition, 1)
    if (condition) conditions.list.push(condition)
  }
  // "will not join any government that does not tax the banks": a refusal of all but one kind is a condition.
  const required = negated ? doubleNegation(context, proposition, sentence) : null
  if (required && conditions.list.length === 0) conditions.list.push(required)
  let stance: Stance
  if (rather && thanAt >= 0) stance = 'against'
  else if (conditions.list.length > 0) stance = 'conditional'
  else if (negated) stance = 'against'
  else if (ADVOCACY_MODALS.has(modal.lower)) stance = 'for'
  // "would consider similar licences": open to it, not decided.
  else if (verb.lower === 'consider') stance = 'undecided'
  else return null // "talks will resume on Monday": a forecast, not a position.
  return {
    actor: holder.actor,
    actorName: holder.actorName,
    proposition,
    stance,
    conditions: conditions.list,
    sentence,
    quote,
    reporter: quote.speaker,
  }
}

/**
 * "any government that does not introduce a levy": the clause a refused thing would have to satisfy
 * ("introduce a levy"), or null when the proposition has no such negated relative clause.
 */
function doubleNegation(context: Context, proposition: Phrase, sentence: Sentence): string | null {
  const { tokens } = context
  // (The proposition may stop where the relative clause starts.)
  for (let k = proposition.first + 1; k <= proposition.end && k + 2 < sentence.endToken; k++) {
    if (!/^(that|which|who)$/.test(tokens[k]!.lower) || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) continue
    let n = k + 1
    if (/^(does|did|do|would|will|could|can)$/.test(tokens[n]!.lower)) n++
    if (!NEGATIONS.has(tokens[n]?.lower ?? '')) return null
    // ('that did not "reflect where the fish are"': the reporter may quote the requirement.)
    const from = QUOTE_MARKS.test(tokens[n + 1]?.text ?? '') ? n + 2 : n + 1
    const end = phraseEnd(tokens, from, sentence.endToken, MAX_CONDITION_TOKENS, false)
    return end > from ? context.text.slice(tokens[from]!.start, tokens[end - 1]!.end) : null
  }
  return null
}

/** "would only accept", "will only sign": a modal, then "only", before the verb. */
function isOnlyAfterModal(between: readonly Token[]): boolean {
  const at = between.findIndex((token) => token.lower === 'only')
  return at > 0 && between.slice(0, at).some((token) => COMMITMENT_MODALS.has(token.lower))
}

/**
 * The condition "only" puts on a commitment: the proposition after its first `skip` words, when it is a
 * phrase a reader can use ("a deal that keeps its troops", "with a ceasefire in place").
 */
function onlyCondition(context: Context, proposition: Phrase, skip: number): string | null {
  const first = proposition.first + skip
  if (proposition.end - first < 2) return null
  return context.text.slice(context.tokens[first]!.start, context.tokens[proposition.end - 1]!.end)
}

/** A quote with a speaker that opens right after token `k`, past its quote mark. */
function quoteOpeningAfter(context: Context, k: number): Quote | null {
  // ('would not "pay Russia for …"': a negation may stand before the quote mark.)
  let m = k + 1
  while (m < k + 3 && NEGATIONS.has(context.tokens[m]?.lower ?? '')) m++
  const mark = context.tokens[m]
  if (!mark || !QUOTE_MARKS.test(mark.text)) return null
  const quote = quoteAt(context.quotes, mark.end)
  return quote?.speaker && quote.start <= mark.end + 1 ? quote : null
}

/** The head noun of the noun phrase opening at `k` ("no lasting peace deal" → "deal"), lower case. */
function nounAfter(tokens: readonly Token[], k: number, end: number): string {
  let head = ''
  if (tokens[k]?.pos === 'DET') k++
  for (let j = k; j < end && /^(ADJ|NOUN|PROPN)$/.test(tokens[j]!.pos); j++)
    if (tokens[j]!.pos !== 'ADJ') head = tokens[j]!.lower
  return head
}

/**
 * Who a reported commitment binds: a named actor as its subject ("Kyiv would send" → Ukraine), else the
 * speaker when the subject is the speaker's own side ("we", "our members") or, for "should" and
 * "there could be no", any subject. A third person nobody can name binds nobody.
 */
function commitmentHolder(
  context: Context,
  subject: Phrase,
  speaker: Entity | undefined,
  quote: Quote,
  anySubject: boolean,
): { actor: Entity; actorName: string } | null {
  const { tokens } = context
  if (!speaker) {
    // ("Nurses at Dunmore Health said they would …": "they" are the nurses, whom no entity stands for.)
    if (subject.end - subject.first === 1 && tokens[subject.first]!.pos === 'PRON') return null
    // Unnamed speakers bind only the side their words name: "Washington would not be bound by …".
    const resolved = resolveSpeaker(context.text, tokens, subject, context.entities, context.references)
    const entity = resolved.entity ? entityById(context, resolved.entity) : undefined
    return entity && entity.type !== 'person' && !isMerePlace(context, entity) ? actorFor(context, entity) : null
  }
  const first = tokens[subject.first]!.lower
  const words = subject.end - subject.first
  // "our crews", where the subject reader may leave the possessive out.
  const ownSide = OWN_SIDE.test(first) || /^(our|my)$/.test(tokens[subject.first - 1]?.lower ?? '')
  // "her party would only join …": the body the speaker leads, as in reported stances.
  const head = tokens[subject.end - 1]!
  const owned = ownSide || OWN_SIDE.test(tokens[subject.first - 1]?.lower ?? '')
  if (owned && words <= 2 && BODY_SIDE_HEADS.has(head.lower)) {
    const sentence = context.language.sentences[head.sentence]!
    return actorFor(context, speakersBody(context, sentence, speaker, subject.first) ?? speaker)
  }
  if ((words === 1 && FIRST_PERSON.has(first)) || ownSide || first === 'there') return actorFor(context, speaker)
  // "the government would not negotiate", "the bank should not overreact": a side named by a common
  // noun in a speaker's words is the speaker's side.
  // ("Its secretary, X, said the union would …": a side the article names is that side.)
  if (SIDE_NOUNS.has(head.lower) && head.pos !== 'PROPN') {
    const named = resolveSpeaker(context.text, tokens, subject, context.entities, context.references).entity
    const side = named ? entityById(context, named) : undefined
    // ("the bank should not overreact": what a side ought to do is the speaker's own view.)
    const advisory = /^(should|must|ought)$/.test(tokens[subject.end]?.lower ?? '')
    if (side?.type === 'organization' && side !== speaker && !advisory) return actorFor(context, side)
    if (
      /^(his|her|their|its)$/.test(tokens[subject.first - 1]?.lower ?? '') &&
      /^(country|government)$/.test(head.lower)
    )
      return actorFor(context, speakersState(context, speaker) ?? speaker)
    // ("The minister said the government would …": the government of the speaker's state.)
    const government = first === 'the' && words === 2 ? governmentOf(context, head.lower, speaker) : null
    return government ?? actorFor(context, speaker)
  }
  const resolved = resolveSpeaker(context.text, tokens, subject, context.entities, context.references)
  if (resolved.entity) {
    const entity = entityById(context, resolved.entity)
    if (!entity) return null
    // "The Black Sea cannot become a sea of mines": a place that is no state or seat holds nothing.
    if (isMerePlace(context, entity)) return null
    return actorFor(context, entity)
  }
  // "K4 spokesman X said the group would not …": an unresolved "the group" is the body the speaker speaks for.
  if (first === 'the' && words === 2 && BODY_SIDE_HEADS.has(head.lower)) {
    const body = speakersBody(context, context.language.sentences[head.sentence]!, speaker, subject.first)
    if (body) return actorFor(context, body)
  }
  // "Peru said it would not be bound by …": the pronoun opening reported speech is its speaker; "it"
  // or "they" in a person's words is the body the person speaks for.
  if (
    words === 1 &&
    /^(he|she|they|it)$/.test(first) &&
    quote.kind === 'indirect' &&
    tokens[subject.first]!.start === quote.start
  ) {
    if (speaker.type !== 'person' || /^(he|she)$/.test(first)) return actorFor(context, speaker)
    const body = speakersBody(context, context.language.sentences[head.sentence]!, speaker, subject.first)
    return body ? actorFor(context, body) : null
  }
  if (/^(he|she|they|it|him|her|them)$/.test(first)) return null
  return anySubject && quote.speaker ? actorFor(context, speaker) : null
}

/** A location that neither is a state nor stands for one (a city, a sea, a region). */
function isMerePlace(context: Context, entity: Entity): boolean {
  return (
    entity.type === 'location' &&
    !entity.partOf &&
    !context.knowledge.isState(entity.name.toLowerCase()) &&
    !isGoverned(context, entity)
  )
}

/**
 * "Kellby's government", "Kellby's transport minister", "the governor of Kellby": a place the article shows
 * with a government of its own (a province, a region, a city) acts through it, as a state does.
 */
function isGoverned(context: Context, entity: Entity): boolean {
  let known = GOVERNED.get(entity)
  if (known === undefined) {
    known = readGoverned(context, entity)
    GOVERNED.set(entity, known)
  }
  return known
}

// Entities are made once per article: what was read of one holds for the rest of its article.
const GOVERNED = new WeakMap<Entity, boolean>()

function readGoverned(context: Context, entity: Entity): boolean {
  const { text } = context
  return entity.mentions.some(
    (mention) =>
      GOVERNED_AFTER.test(text.slice(mention.end, mention.end + 40)) ||
      GOVERNED_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)),
  )
}

const GOVERNED_AFTER =
  /^['’]s (?:(?:provincial|regional|state|city|municipal|local)\s+)?(?:government|administration|authorities|cabinet|governor|premier|mayor|(?:[a-z]+ )?minister|(?:[a-z]+ )?secretary)\b/
const GOVERNED_BEFORE = /\b(?:government|governor|premier|mayor) of (?:the (?:province|region|state|city) of )?$/i

// ---------------------------------------------------------------------------------------------
// Judgments: "X called the plan "unworkable"", "X called the strikes an act of terror".

const CALLING = new Set([
  'called',
  'calls',
  'call',
  'calling',
  'branded',
  'brands',
  'labelled',
  'labeled',
  'termed',
  'dubbed',
])

function judgmentAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  if (!CALLING.has(tokens[k]!.lower)) return null
  // The object: a noun phrase up to the judgment ("the revised plan", "the strikes").
  let object = k + 1
  if (!/^(DET|PRON)$/.test(tokens[object]?.pos ?? '')) return null
  let end = object + 1
  while (end < sentence.endToken && end - object < 8 && /^(NOUN|PROPN|ADJ|DET)$/.test(tokens[end]!.pos)) end++
  if (end === object + 1 && tokens[object]!.pos === 'DET') return null
  // The judgment: the next few words, quoted or not; its polarity decides the stance.
  let polarity: 'for' | 'against' | null = null
  // "called the police after a dangerous driver …": the judgment must come right after the object,
  // in quotation marks, as "a/an …" or as the adjective itself.
  const opener = tokens[end]
  if (!opener || !(/^[“"‘']$/.test(opener.text) || /^(a|an)$/.test(opener.lower) || opener.pos === 'ADJ')) return null
  for (let m = end; m < sentence.endToken && m - end < 8; m++) {
    const word = tokens[m]!.lower
    if (word === ',' || word === ';' || word === 'and') break
    if (NEGATIVE_JUDGMENTS.has(word)) polarity = 'against'
    else if (POSITIVE_JUDGMENTS.has(word) && polarity === null) polarity = 'for'
  }
  if (!polarity) return null
  const holder = holderOf(context, sentence, k)
  if (!holder) return null
  if (tokens[object]!.pos === 'PRON' && REFERRING_WORDS.has(tokens[object]!.lower)) object = end
  const proposition = { first: object, end }
  return {
    actor: holder.actor,
    actorName: holder.actorName,
    proposition,
    stance: polarity,
    conditions: [],
    sentence,
    quote: holder.quote,
    reporter: holder.quote?.speaker ?? null,
    holderPhrase: holder.phrase,
  }
}

const QUOTE_MARKS = /^["“”‘’]$/

function findWord(tokens: readonly Token[], from: number, end: number, word: string): number {
  for (let k = from; k < end; k++) if (tokens[k]!.lower === word) return k
  return -1
}

// ---------------------------------------------------------------------------------------------
// Propositions and conditions: token ranges cut at clause boundaries.

function matchesAt(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let m = 0; m < words.length; m++) if (tokens[k + m]?.lower !== words[m]) return false
  return true
}

function markerAt(tokens: readonly Token[], k: number, markers: readonly (readonly string[])[]): number {
  for (const words of markers) if (matchesAt(tokens, k, words)) return words.length
  return 0
}

function isClauseEnd(token: Token): boolean {
  return /^[,;:.!?()“”"—–]$/.test(token.text)
}

/** An opening quote mark inside a phrase: 'demands Putin "steps back from the brink"' goes on into the quote. */
function opensQuote(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!
  const next = tokens[k + 1]
  if (token.text === '“') return true
  return token.text === '"' && next !== undefined && next.start === token.end && token.start > (tokens[k - 1]?.end ?? 0)
}

const isLabelAfterAs = (next: Token | undefined): boolean =>
  next !== undefined && (next.pos === 'DET' || next.pos === 'ADJ' || /^["“‘]$/.test(next.text))

/** "urged Russians to join the protests and said …": "and" before a finite verb starts a new predicate. */
function startsPredicate(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]
  if (tokens[k]!.pos !== 'CCONJ' || next === undefined || next.pos !== 'VERB') return false
  return speechLemma(next.lower) !== undefined || /ed$/.test(next.lower)
}

const DESIGNATING_VERBS = new Set(
  'designate declare recognize recognise list label classify name appoint treat brand'.split(' '),
)

/** One past the last token of a phrase that starts at `from`, cut at the first clause boundary. */
function phraseEnd(tokens: readonly Token[], from: number, end: number, maxTokens: number, clauseVerbs = true): number {
  let k = from
  let quoted = false
  while (k < end && k - from < maxTokens) {
    const token = tokens[k]!
    if (k > from && opensQuote(tokens, k)) {
      quoted = true
      k++
      continue
    }
    if (isClauseEnd(token)) {
      // The closing mark of a quote the phrase opened belongs to it.
      if (quoted && /^[”"]$/.test(token.text)) return k + 1
      break
    }
    if (k > from && startsPredicate(tokens, k)) break
    // "condemned the move as an invasion": the label after "as" is the judgment, not the object.
    // ("work as constructively as possible" is a comparison: a label follows a noun.)
    // ("designate the cartel as a terrorist organization": there the label is what is wanted.)
    if (
      k > from &&
      token.lower === 'as' &&
      /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos) &&
      isLabelAfterAs(tokens[k + 1]) &&
      !DESIGNATING_VERBS.has(tokens[from]!.lower)
    )
      break
    // "the proposal for X was met with a no": a finite verb after the proposition starts the main clause.
    if (!clauseVerbs && k > from && token.pos === 'AUX' && tokens[k - 1]!.lower !== 'to') break
    if (k > from && (markerAt(tokens, k, CONDITION_MARKERS) || markerAt(tokens, k, PROPOSITION_STOPS))) break
    // ("rejected the offer at a news conference on Tuesday": when and where is no part of what is rejected.)
    if (k > from && framingAdjunctAt(tokens, from, k, end)) break
    k++
  }
  // Never end on a word that needs a continuation ("give up territory to", "the", "an aid package that").
  while (
    k > from &&
    (/^(DET|ADP|CCONJ|PART|SCONJ|AUX)$/.test(tokens[k - 1]!.pos) || /^(that|which|who)$/.test(tokens[k - 1]!.lower))
  )
    k--
  return k
}

/** The proposition after a stance word; "proposals from the U.S. to give up X" is cut to "give up X". */
function propositionFrom(tokens: readonly Token[], start: number, end: number): Phrase | null {
  // 'would not accept “a rewriting of the rules”': the reporter quotes what is rejected.
  if (QUOTE_MARKS.test(tokens[start]?.text ?? '') && start + 1 < end) start++
  // "all I really want is peace": the copula of a pseudo-cleft leads to what is wanted.
  if (/^(is|was|are|were)$/.test(tokens[start]?.lower ?? '') && start + 1 < end) start++
  // "seeks to boost its ties": the infinitive's "to" is no part of what is sought.
  if (tokens[start]?.lower === 'to' && tokens[start + 1]?.pos === 'VERB' && start + 1 < end) start++
  // "We reject that.": a lone pointing word is the whole object (`pointedBack` may say what it points to).
  const pointer = tokens[start]
  if (pointer && /^(that|this)$/.test(pointer.lower) && tokens[start + 1] && isClauseEnd(tokens[start + 1]!))
    return { first: start, end: start + 1 }
  // "demanded that the junta step back": the complementizer is no part of what is demanded.
  // ("rejected that account" keeps its "that": a demonstrative before a noun, no clause.)
  if (tokens[start]?.lower === 'that' && /^(DET|PROPN|PRON)$/.test(tokens[start + 1]?.pos ?? '') && start + 1 < end)
    start++
  let first = start
  let k = start
  while (k < end && /^(DET|ADJ)$/.test(tokens[k]!.pos)) k++
  if (k < end && PROPOSAL_NOUNS.has(tokens[k]!.lower)) {
    let j = k + 1
    if (/^(from|by)$/.test(tokens[j]?.lower ?? '')) {
      j++
      while (j < end && /^(PROPN|NOUN|DET|ADJ)$/.test(tokens[j]!.pos)) j++
    }
    if (tokens[j]?.lower === 'to' && tokens[j + 1]?.pos === 'VERB') first = j + 1
    else if (tokens[j]?.lower === 'for') first = j + 1
  }
  // After "argued that" or "not decided whether", the proposition is a clause with its own verb.
  const clause = /^(that|whether)$/.test(tokens[start - 1]?.lower ?? '')
  let last = phraseEnd(tokens, first, end, MAX_PROPOSITION_TOKENS, clause)
  // "feared that Kyiv could fall and the Secretary of State said …": a second subject ends the clause.
  if (clause) {
    for (let k = first + 2; k < last; k++) {
      if (/^(and|but)$/.test(tokens[k]!.lower) && /^(DET|PROPN|PRON)$/.test(tokens[k + 1]?.pos ?? '')) {
        last = k
        break
      }
    }
  }
  // ('would back the pact “as long as …”': an opening mark before the condition is no part of the proposition.)
  if (last - 1 > first && isOpeningMark(tokens, last - 1)) last--
  return last > first ? { first, end: last } : null
}

/** A quote mark that opens a quotation: a curly opening one, or a straight one written against the next word. */
function isOpeningMark(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]!
  if (mark.text === '“' || mark.text === '‘') return true
  return mark.text === '"' && tokens[k + 1]?.start === mark.end && (tokens[k - 1]?.end ?? -1) < mark.start
}

interface Conditions {
  readonly list: string[]
  readonly unless: boolean
}

/** Conditions after the proposition ("in exchange for Y", "if Y") and before the holder ("If Y, X will..."). */
function conditionsOf(context: Context, sentence: Sentence, holder: Phrase, from: number): Conditions {
  const { tokens, text } = context
  const list: string[] = []
  let unless = false
  const take = (start: number, stopAtComma: boolean): number => {
    const last = stopAtComma
      ? phraseEnd(tokens, start, sentence.endToken, MAX_CONDITION_TOKENS)
      : conditionEnd(tokens, start, sentence.endToken)
    if (last > start) list.push(text.slice(tokens[start]!.start, tokens[last - 1]!.end))
    return last
  }
  let k = from
  while (k < sentence.endToken) {
    // "ready to sign a truce "tomorrow morning" if ...": a quoted fragment does not end the clause.
    // ('would back the pact “as long as …”': one that opens with a condition is the condition.)
    if (/^[“"]$/.test(tokens[k]!.text) && markerAt(tokens, k + 1, CONDITION_MARKERS) === 0) {
      let close = k + 1
      while (close < sentence.endToken && !/^[”"]$/.test(tokens[close]!.text)) close++
      if (close - k > 6) break
      k = close + 1
      continue
    }
    // "…, but only if Y": the comma and "but" stand between the proposition and its condition.
    // ("would back a deal, Irvine said, if Y": so does the reporter's aside.)
    k = asideEnd(tokens, k, sentence.endToken)
    let skip = 0
    // (', but “only if …”': the reporter may quote the condition.)
    while (skip < 3 && /^(,|but|[“"])$/.test(tokens[k + skip]?.lower ?? '')) skip++
    if (skip > 0 && k + skip < sentence.endToken && markerAt(tokens, k + skip, CONDITION_MARKERS) > 0) k += skip
    const marker = markerAt(tokens, k, CONDITION_MARKERS)
    if (marker === 0) break
    if (tokens[k]!.lower === 'unless') unless = true
    k = take(k + marker, false)
  }
  // "ready to open the crossings, but only within its laws and only if Y", "did not rule it out,
  // however, provided that Y": a marker that can only bring a condition binds from further on too.
  for (let j = k; j < sentence.endToken && list.length === 0; j++) {
    const word = tokens[j]!.text
    if (word === ';' || /^[“"]$/.test(word)) break
    const marker = markerAt(tokens, j, STRONG_CONDITION_MARKERS)
    if (marker === 0 || !/^(,|and|but|however|only)$/.test(tokens[j - 1]?.lower ?? '')) continue
    if (tokens[j]!.lower === 'unless') unless = true
    take(j + marker, false)
  }
  // "If the guarantees hold, Kyiv is ready to ...": a condition that opens the sentence (or its quote).
  const first = /^[“"‘']$/.test(tokens[sentence.firstToken]!.text) ? sentence.firstToken + 1 : sentence.firstToken
  const opener = markerAt(tokens, first, CONDITION_MARKERS)
  if (opener > 0 && holder.first > first + opener) {
    if (tokens[first]!.lower === 'unless') unless = true
    take(first + opener, true)
  }
  return { list, unless }
}

/** After ", Irvine said," (a comma, a short subject, a speech verb, a comma): where the sentence goes on. */
function asideEnd(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]?.text !== ',') return k
  for (let j = k + 2; j < end && j - k <= 6; j++) {
    if (tokens[j]!.text === ',') return cueAt(tokens, j - 1) !== null ? j : k
    if (!/^(PROPN|NOUN|DET|ADJ|PRON|VERB)$/.test(tokens[j]!.pos)) return k
  }
  return k
}

/** A condition runs to a comma, a stop word or the next condition; "and" stays inside it. */
function conditionEnd(tokens: readonly Token[], from: number, end: number): number {
  return phraseEnd(tokens, from, end, MAX_CONDITION_TOKENS)
}

interface StanceModifiers {
  readonly negated: boolean
  readonly hedged: boolean
  readonly conditions: readonly string[]
  readonly unless: boolean
}

/**
 * Reads negation, modality and conditions into the stance: "is not willing" is against; "did not rule
 * out" leaves the question open; "could accept" is undecided; "willing to X if Y" is conditional.
 */
export function stanceOf(base: BaseStance, modifiers: StanceModifiers): Stance {
  let stance: Stance = base
  if (modifiers.negated) stance = base === 'for' ? 'against' : 'undecided'
  if (modifiers.conditions.length > 0 && (stance === 'for' || stance === 'undecided' || modifiers.unless))
    return 'conditional'
  if (modifiers.hedged && stance === 'for') return 'undecided'
  return stance
}

/**
 * "Russia would sign only if the sanctions were lifted", "the federation would support retaliation only
 * if …": in the reporter's own words too, a modal with a condition that binds it states a side's terms.
 */
function conditionalOffer(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  let v = k + 1
  while (v < sentence.endToken && (tokens[v]!.pos === 'ADV' || tokens[v]!.lower === 'only')) v++
  const verb = tokens[v]
  if (verb?.pos !== 'VERB' || NOT_COMMITMENTS.has(verb.lower) || speechLemma(verb.lower) !== undefined) return null
  // ("would support X only if Y": a stance word is read where it stands.)
  if (stanceWord(verb.lower) || NEGATIONS.has(tokens[k + 1]?.lower ?? '')) return null
  // The condition must be one only a side can set: "only if", "provided", "unless", "in exchange for".
  let marker = -1
  for (let j = v + 1; j < sentence.endToken && marker < 0; j++)
    if (markerAt(tokens, j, STRONG_CONDITION_MARKERS) > 0) marker = j
  const onlyIf = tokens[k + 1]?.lower === 'only' && tokens.slice(v + 1, sentence.endToken).some((t) => t.lower === 'if')
  if (marker < 0 && !onlyIf) return null
  const holder = holderOf(context, sentence, k)
  if (!holder) return null
  const ifAt = onlyIf && marker < 0 ? findWord(tokens, v + 1, sentence.endToken, 'if') : marker
  const proposition = propositionFrom(tokens, v, ifAt)
  if (!proposition) return null
  const conditions = conditionsOf(context, sentence, holder.phrase, proposition.end)
  const list =
    conditions.list.length > 0
      ? conditions.list
      : [
          context.text.slice(
            tokens[ifAt + 1]!.start,
            tokens[phraseEnd(tokens, ifAt + 1, sentence.endToken, MAX_CONDITION_TOKENS) - 1]!.end,
          ),
        ]
  return { ...plainDraft(holder, proposition, 'conditional', sentence), conditions: list }
}

/** A stance with no conditions, held by `holder`, on `proposition`. */
function plainDraft(holder: Holder, proposition: Phrase, stance: Stance, sentence: Sentence): Draft {
  return {
    actor: holder.actor,
    actorName: holder.actorName,
    proposition,
    stance,
    conditions: [],
    sentence,
    quote: holder.quote,
    reporter: holder.quote?.speaker ?? null,
    holderPhrase: holder.phrase,
  }
}

// ---------------------------------------------------------------------------------------------
// "argued that a mandatory four-day week would price small firms out", "warned that the levy could
// cripple exporters": who says a proposal would do harm is against it.

const HARM_VERBS = new Set(
  (
    'hurt harm damage destroy cripple undermine weaken wreck ruin endanger devastate bankrupt kill price ' +
    'punish sink jeopardize jeopardise backfire fail lose doom derail destabilize destabilise hollow overwhelm ' +
    'erode discourage deter strangle choke gut undercut hamper hinder disrupt stifle sabotage torpedo imperil hobble'
  ).split(' '),
)
const FORECAST_MODALS = new Set(['would', 'could', 'will', 'might', 'may'])
const WARNING = new Set(['warn', 'caution', 'fear'])
const ARGUING = new Set(['argue', 'warn', 'say', 'insist', 'contend', 'caution', 'claim', 'fear', 'predict'])

function harmWarningAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const cue = cueAt(tokens, k)
  if (!cue || !ARGUING.has(cue.lemma) || tokens[cue.end]?.lower !== 'that') return null
  // The proposal: the noun phrase after "that", up to the modal.
  const first = cue.end + 1
  let modal = first
  // ("that imposing new duties now could …": a gerund may head the proposal.)
  const gerund = tokens[first]?.pos === 'VERB' && tokens[first]!.lower.endsWith('ing')
  while (modal < sentence.endToken && modal - first <= 8 && !FORECAST_MODALS.has(tokens[modal]!.lower)) {
    // ("the dredging would …": a noun in -ing may be tagged as a verb.)
    const nounLike = tokens[modal]!.lower.endsWith('ing') && (modal === first || tokens[modal - 1]!.pos === 'DET')
    if ((tokens[modal]!.pos === 'VERB' && !nounLike) || /^[,;:]$/.test(tokens[modal]!.text)) return null
    modal++
  }
  if (!FORECAST_MODALS.has(tokens[modal]?.lower ?? '') || modal - first < 2) return null
  let verb = modal + 1
  // ('would "price small firms out"': the reporter may quote the harm.)
  if (QUOTE_MARKS.test(tokens[verb]?.text ?? '')) verb++
  if (tokens[verb]?.lower === 'only' || tokens[verb]?.lower === 'also') verb++
  const lemma = tokens[verb]?.lower.replace(/(?:s|es)$/, '') ?? ''
  // A warning is about harm whatever its verb ("warned that the quota would push up prices").
  // ("warned that rolling blackouts would continue": a participle before a noun is no proposal, so a
  // gerund subject needs a verb of harm.)
  const warning = WARNING.has(cue.lemma) && tokens[verb]?.pos === 'VERB' && !gerund
  if (!warning && !HARM_VERBS.has(tokens[verb]?.lower ?? '') && !HARM_VERBS.has(lemma)) return null
  // (A person or a place as the subject is no proposal: "warned that Kyiv could lose" reports a risk.)
  if (!gerund && !/^(DET|ADJ|NOUN)$/.test(tokens[first]!.pos)) return null
  const holder = holderOf(context, sentence, k)
  if (!holder) return null
  return plainDraft(holder, { first, end: modal }, 'against', sentence)
}

// ---------------------------------------------------------------------------------------------
// "has no plans to X", "would appeal the ruling": refusals said without a stance verb.

const PLAN_NOUNS = new Set(['plans', 'plan', 'intention', 'intentions'])
const APPEALS = new Set(['appeal', 'appeals', 'appealed', 'appealing'])
const RULINGS = new Set(['ruling', 'decision', 'verdict', 'judgment', 'judgement', 'sentence', 'order', 'fine', 'ban'])

function refusalNounAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const token = tokens[k]!
  let first: number
  // ("no current plans to", "no immediate intention of": a word of time may stand before the noun;
  // 'had "no intention" of': the reporter may quote the words.)
  const noun = /^(current|immediate|present|further)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1
  const particle = QUOTE_MARKS.test(tokens[noun + 1]?.text ?? '') ? noun + 2 : noun + 1
  if (
    token.lower === 'no' &&
    PLAN_NOUNS.has(tokens[noun]?.lower ?? '') &&
    /^(to|of)$/.test(tokens[particle]?.lower ?? '')
  )
    first = particle + 1
  else if (APPEALS.has(token.lower) && tokens[k + 1]?.pos === 'DET') {
    // "would appeal the certification decision": what is appealed is a ruling.
    let head = k + 2
    while (head < sentence.endToken && head < k + 5 && !RULINGS.has(tokens[head]!.lower)) head++
    if (!RULINGS.has(tokens[head]?.lower ?? '')) return null
    first = k + 1
  } else return null
  if (first >= sentence.endToken) return null
  const holder = holderOf(context, sentence, k)
  if (!holder) return null
  const proposition = propositionFrom(tokens, first, sentence.endToken)
  if (!proposition) return null
  return plainDraft(holder, proposition, 'against', sentence)
}

// ---------------------------------------------------------------------------------------------
// "has not decided whether to support X", "declined to say whether it would X": the question is open.

const DECIDING_VERBS = new Set([
  'decide',
  'decided',
  'deciding',
  'say',
  'said',
  'indicate',
  'indicated',
  'disclose',
  'signal',
])
/** "Neither Lima nor Quito has said": the negation opens the subject, before the auxiliary at `n`. */
function neitherSubject(tokens: readonly Token[], sentence: Sentence, n: number): boolean {
  if (tokens[n]?.pos !== 'AUX') return false
  for (let j = n - 1; j >= sentence.firstToken && n - j <= 8; j--) if (tokens[j]!.lower === 'neither') return true
  return false
}

const DEFERRING_VERBS = new Set(['put', 'postponed', 'postpones', 'delayed', 'delays', 'deferred', 'defers'])

/** "put off a decision on whether …", "postponed its decision on whether …": where "whether" stands, or null. */
function deferredDecision(tokens: readonly Token[], k: number): number | null {
  if (!DEFERRING_VERBS.has(tokens[k]!.lower)) return null
  let j = k + 1
  if (tokens[k]!.lower === 'put') {
    if (tokens[j]?.lower !== 'off') return null
    j++
  }
  if (/^(a|its|their|the|his|her)$/.test(tokens[j]?.lower ?? '')) j++
  if (tokens[j]?.lower !== 'decision' || !/^(on|about)$/.test(tokens[j + 1]?.lower ?? '')) return null
  return tokens[j + 2]?.lower === 'whether' ? j + 2 : null
}
const TIME_BEFORE_WHETHER =
  /^(on|by|at|next|this|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|today|tomorrow|soon)$/
const REFUSING_TO = new Set(['yet', 'declined', 'declines', 'refused', 'refuses', 'decline', 'refuse'])

function openQuestionAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const deferred = deferredDecision(tokens, k)
  if (!DECIDING_VERBS.has(tokens[k]!.lower) && deferred === null) return null
  // The question: "whether" right after the verb (a closing quote may stand between).
  let w = deferred ?? k + 1
  if (QUOTE_MARKS.test(tokens[w]?.text ?? '')) w++
  // "would decide on Friday whether to …": a short time may stand before "whether" after a decision ahead.
  // ("is still deciding whether", "put off a decision on whether": the decision is not made yet.)
  const ahead =
    deferred !== null ||
    tokens[k]!.lower === 'deciding' ||
    (tokens[k]!.lower === 'decide' && /^(will|would|['’]ll)$/.test(tokens[k - 1]?.lower ?? ''))
  if (ahead) while (w < k + 5 && w < sentence.endToken && TIME_BEFORE_WHETHER.test(tokens[w]!.lower)) w++
  // ("has not said which bid it prefers", "had not decided how to vote": the open question.)
  const which = tokens[w]?.lower === 'which' && tokens[w + 1]?.pos === 'NOUN'
  const how = tokens[w]?.lower === 'how' && tokens[w + 1]?.lower === 'to'
  if (tokens[w]?.lower !== 'whether' && !which && !how) return null
  // The verb must be denied: "not (yet) decided", "has yet to say", "declined to say"; or the decision
  // lies ahead ("will decide whether").
  // (A deferring verb is itself the predicate: its subject comes right before it.)
  let n = deferred === null ? k - 1 : k
  if (QUOTE_MARKS.test(tokens[n]?.text ?? '')) n--
  // (When the decision lies ahead, the modal stands where the negation would.)
  if (tokens[n]?.lower === 'to' && REFUSING_TO.has(tokens[n - 1]?.lower ?? '')) n--
  else if (!ahead) {
    if (tokens[n]?.lower === 'yet') n--
    if (!NEGATIONS.has(tokens[n]?.lower ?? '') && !neitherSubject(tokens, sentence, n)) return null
  }
  if (QUOTE_MARKS.test(tokens[n - 1]?.text ?? '')) n--
  if (n <= sentence.firstToken) return null
  const holder = holderOf(context, sentence, n)
  if (!holder) return null
  // "whether to support X", "whether it would support X": the proposition is what is weighed.
  let first = w + 1
  if (tokens[first]?.lower === 'to') first++
  else if (tokens[first]?.pos === 'PRON' && /^(would|will|could|should|can)$/.test(tokens[first + 1]?.lower ?? ''))
    first += 2
  const proposition = propositionFrom(tokens, first, sentence.endToken)
  if (!proposition || isDoneTo(tokens, proposition)) return null
  return plainDraft(holder, proposition, 'undecided', sentence)
}

// ---------------------------------------------------------------------------------------------
// "is keeping an open mind", "has not made up her mind", "takes no position on the appointment": an actor that
// says it has no stance yet.

const KEEPING = new Set(['keep', 'keeps', 'keeping', 'kept'])
const TAKING = new Set(['take', 'takes', 'taking', 'took', 'taken'])
const MAKING = new Set(['make', 'makes', 'making', 'made'])

/** Where the words that say the actor has not made up its mind end, after the verb at `k`; -1 when they do not. */
function openMindEnd(tokens: readonly Token[], k: number): number {
  const verb = tokens[k]!.lower
  // (Most words are none of these: the check runs on every token.)
  if (!KEEPING.has(verb) && !TAKING.has(verb) && !MAKING.has(verb)) return -1
  // "keeping an open mind"
  if (
    KEEPING.has(verb) &&
    lowerAt(tokens, k + 1) === 'an' &&
    lowerAt(tokens, k + 2) === 'open' &&
    lowerAt(tokens, k + 3) === 'mind'
  )
    return k + 4
  // "took no position", "has not taken a position", "takes no stance"
  if (TAKING.has(verb) && /^(position|stance|view|side)$/.test(lowerAt(tokens, k + 2))) {
    if (lowerAt(tokens, k + 1) === 'no') return k + 3
    if (lowerAt(tokens, k + 1) === 'a' && NEGATIONS.has(lowerAt(tokens, k - 1))) return k + 3
  }
  // "has not made up her mind", "has yet to make up its mind"
  if (
    MAKING.has(verb) &&
    lowerAt(tokens, k + 1) === 'up' &&
    POSSESSIVE_PRONOUNS.test(lowerAt(tokens, k + 2)) &&
    /^minds?$/.test(lowerAt(tokens, k + 3))
  ) {
    const before = lowerAt(tokens, k - 1)
    if (NEGATIONS.has(before) || (before === 'to' && lowerAt(tokens, k - 2) === 'yet')) return k + 4
  }
  return -1
}

function lowerAt(tokens: readonly Token[], j: number): string {
  return tokens[j]?.lower ?? ''
}

/** "before deciding", "before taking a position", "before making a decision": a stance not yet taken. */
function beforeDeciding(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'before') return false
  const next = tokens[k + 1]?.lower ?? ''
  if (next === 'deciding' || next === 'committing') return true
  let noun = k + 2
  if (/^(a|any|its|their|his|her)$/.test(tokens[noun]?.lower ?? '')) noun++
  return /^(taking|making|reaching)$/.test(next) && /^(position|decision|stance|view)$/.test(tokens[noun]?.lower ?? '')
}

const WAITING_VERBS =
  /^(wants?|wanted|wait(s|ed|ing)?|needs?|needed|await(s|ed|ing)?|stud(y|ies|ied|ying)|review(s|ed|ing)?|consult(s|ed|ing)?|examine[sd]?|assess(es|ed|ing)?|see|read)$/

/** Where "before deciding" stands inside a proposition, or -1. */
function decisionWaitedOn(tokens: readonly Token[], proposition: Phrase): number {
  for (let k = proposition.first + 1; k < proposition.end; k++) if (beforeDeciding(tokens, k)) return k
  return -1
}

/** "The party wanted to read the full bill before deciding": what it waits for, with its holder. */
function waitsBeforeDeciding(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  for (let v = sentence.firstToken + 1; v < k; v++) {
    // Only waiting for something: "met the mayor before deciding" is an order of events.
    if (tokens[v]!.pos !== 'VERB' || !WAITING_VERBS.test(tokens[v]!.lower)) continue
    // (A verb inside a relative clause has no holder of its own: the main verb comes later.)
    const holder = holderOf(context, sentence, v)
    if (!holder) continue
    const proposition = propositionFrom(tokens, v + 1, k)
    return proposition ? plainDraft(holder, proposition, 'undecided', sentence) : null
  }
  return null
}

function openMindAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  if (beforeDeciding(tokens, k)) return waitsBeforeDeciding(context, sentence, k)
  const end = openMindEnd(tokens, k)
  if (end < 0) return null
  // ("has yet to make up": the subject stands before "yet".)
  const holder = holderOf(context, sentence, tokens[k - 1]!.lower === 'to' ? k - 2 : k)
  if (!holder) return null
  // What the mind is open about, when the text says: "on the deal", "about the merger", "whether to sign".
  let first = end
  if (QUOTE_MARKS.test(tokens[first]?.text ?? '')) first++
  if (/^(on|about|over)$/.test(tokens[first]?.lower ?? '')) first++
  else if (tokens[first]?.lower === 'whether') first += tokens[first + 1]?.lower === 'to' ? 2 : 1
  else first = k
  const proposition = propositionFrom(tokens, first, first === k ? end : sentence.endToken)
  if (!proposition) return null
  return plainDraft(holder, proposition, 'undecided', sentence)
}

// ---------------------------------------------------------------------------------------------
// "the U.S.-backed proposal for Ukraine to withdraw": the sponsor is for what it proposes.

function sponsorAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  if (tokens[k]!.text !== '-' || !SPONSOR_PARTICIPLES.has(tokens[k + 1]?.lower ?? '')) return null
  const head = tokens[k + 2]
  if (!head || !SPONSORED_HEADS.has(head.lower.replace(/s$/, ''))) return null
  const entity = entityEndingAt(context, tokens[k - 1]?.end ?? -1)
  if (!entity) return null
  const proposition = propositionFrom(tokens, k + 2, sentence.endToken)
  if (!proposition) return null
  const holder = actorFor(context, entity)
  const quote = quoteAt(context.quotes, tokens[k]!.start)
  return {
    ...holder,
    proposition,
    stance: 'for',
    conditions: [],
    sentence,
    quote,
    reporter: quote?.speaker ?? null,
  }
}

function entityEndingAt(context: Context, end: number): Entity | null {
  for (const entity of context.entities) {
    if (entity.mentions.some((mention) => mention.end === end)) return entity
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// "Any deal that cedes land is unacceptable," the minister said: the speaker rejects the subject.

function rejectingPredicateAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const copula = tokens[k]!
  if (!/^(is|are|was|were|be|remains|remain)$/.test(copula.lower)) return null
  const notNegotiable = markerAt(tokens, k + 1, NOT_NEGOTIABLE_PREDICATES) > 0
  if (!notNegotiable && markerAt(tokens, k + 1, REJECTING_PREDICATES) === 0) return null
  const quote = quoteAt(context.quotes, copula.start)
  const speaker = quote?.speaker ? entityById(context, quote.speaker) : undefined
  if (!quote || !speaker) return null
  // The subject runs from the clause start to the copula (modals in between are skipped).
  let first = k
  while (first > sentence.firstToken && !isClauseEnd(tokens[first - 1]!) && tokens[first - 1]!.lower !== 'that') first--
  while (first < k && (tokens[first]!.pos === 'AUX' || tokens[first]!.pos === 'CCONJ')) first++
  let end = k
  while (end > first && (tokens[end - 1]!.pos === 'AUX' || tokens[end - 1]!.pos === 'PART')) end--
  // "…, and that is non-negotiable": here "that" is the subject, not the start of a clause.
  if (first === end && tokens[first - 1]?.lower === 'that' && /^(and|but|,|;)$/.test(tokens[first - 2]?.lower ?? ''))
    first--
  // "Enrichment is our right, and it is not up for negotiation": "it" stands for the subject before.
  // "Russia keeps the land, and that is unacceptable": "that" stands for the whole clause before.
  if (end - first === 1 && POINTING_SUBJECTS.has(tokens[first]!.lower)) {
    const pointer = tokens[first]!.lower
    const earlier = earlierSubject(tokens, sentence, first)
    if (!earlier || (pointer !== 'it' && notNegotiable)) return null
    ;({ first, end } = pointer === 'it' ? earlier : { first: earlier.first, end: earlier.clauseEnd })
  }
  if (end - first < 2 || end - first > MAX_PROPOSITION_TOKENS) {
    // One noun may be the whole matter ("Enrichment", which the tagger may call a name at the head
    // of a quote), but not a pronoun or a name.
    const word = tokens[first]!
    const noun = word.pos === 'NOUN' || (word.pos === 'PROPN' && !entityEndingAt(context, word.end))
    if (end - first !== 1 || !noun) return null
  }
  return {
    ...actorFor(context, speaker),
    proposition: { first, end },
    ...(notNegotiable ? { refused: 'negotiating' } : {}),
    stance: 'against',
    conditions: [],
    sentence,
    quote,
    reporter: quote.speaker,
  }
}

const POINTING_SUBJECTS = new Set(['it', 'this', 'that'])

/**
 * The subject of the clause before the one starting at `first` in the same sentence, when that clause
 * joins it with a comma or "and": "Enrichment is our right, and it …" gives "Enrichment". `clauseEnd`
 * ends that whole clause.
 */
function earlierSubject(
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
): (Phrase & { clauseEnd: number }) | null {
  let joint = first - 1
  while (joint > sentence.firstToken && /^(and|but|,|;)$/.test(tokens[joint]!.lower)) joint--
  if (joint === first - 1) return null
  let start = joint
  while (start > sentence.firstToken && !isClauseEnd(tokens[start - 1]!)) start--
  if (/^[“"‘]$/.test(tokens[start]!.text)) start++
  let verb = start
  while (verb < joint && tokens[verb]!.pos !== 'AUX' && tokens[verb]!.pos !== 'VERB') verb++
  if (verb === start || verb >= joint) return null
  return { first: start, end: verb, clauseEnd: joint + 1 }
}

// ---------------------------------------------------------------------------------------------
// "Her proposal to hold a referendum", "Ukraine's bid to join NATO", "Moscow's refusal to withdraw":
// a proposal with its owner is the owner's position.

function ownedProposalAt(context: Context, sentence: Sentence, k: number): Draft | null {
  const { tokens } = context
  const noun = tokens[k]!
  const stance = OWNED_PROPOSALS.get(noun.lower)
  if (stance === undefined || noun.pos !== 'NOUN') return null
  const opener = tokens[k + 1]
  const infinitive = opener?.lower === 'to' && tokens[k + 2]?.pos === 'VERB'
  if (!infinitive && opener?.lower !== 'for') return null
  const owner = ownerBefore(context, sentence, k)
  if (!owner) return null
  const found = propositionFrom(tokens, k + 2, sentence.endToken)
  if (!found || makesOthersThink(tokens, found)) return null
  // "Ukraine's bid to join NATO stalled": as a subject, the proposal ends where the sentence's verb comes.
  const proposition = { first: found.first, end: beforeMainVerb(tokens, found.first, found.end) }
  if (proposition.end - proposition.first < 2) return null
  const quote = quoteAt(context.quotes, noun.start)
  return {
    ...actorFor(context, owner),
    proposition,
    stance,
    conditions: conditionsOf(context, sentence, { first: k, end: k + 1 }, proposition.end).list,
    sentence,
    quote,
    reporter: quote?.speaker ?? null,
  }
}

/** The owner of the noun at `k`: a possessive pronoun resolved to someone ("her"), or a name with "'s" ("Ukraine's"). */
function ownerBefore(context: Context, sentence: Sentence, k: number): Entity | null {
  const { tokens } = context
  const before = tokens[k - 1]
  if (!before || k - 1 < sentence.firstToken) return null
  let phrase: Phrase | null = null
  if (before.pos === 'PRON' && POSSESSIVE_PRONOUNS.test(before.lower)) phrase = { first: k - 1, end: k }
  else if (/^['’]s?$/.test(before.text)) {
    let first = k - 1
    while (first > sentence.firstToken && tokens[first - 1]!.pos === 'PROPN') first--
    if (first < k - 1) phrase = { first, end: k - 1 }
  }
  if (!phrase) return null
  const speaker = resolveSpeaker(context.text, tokens, phrase, context.entities, context.references)
  const entity = speaker.entity ? entityById(context, speaker.entity) : undefined
  return entity && !isMerePlace(context, entity) ? entity : null
}

// ---------------------------------------------------------------------------------------------
// "Kyiv is willing to compromise. However, he stressed that any guarantees must be binding.":
// a requirement the same speaker states right after a stance is a condition of it.

const REQUIREMENT = /^(must|has|have|needs|need)$/

function attachRequirements(context: Context, sentence: Sentence, drafts: Draft[]): void {
  const { tokens, text } = context
  let modal = -1
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const token = tokens[k]!
    if (token.lower === 'must' || (REQUIREMENT.test(token.lower) && tokens[k + 1]?.lower === 'to')) {
      modal = k
      break
    }
  }
  if (modal < 0) return
  const quote = quoteAt(context.quotes, tokens[modal]!.start)
  if (!quote?.speaker) return
  const target = [...drafts].reverse().find(
    (draft) =>
      draft.sentence.index < sentence.index &&
      sentence.index - draft.sentence.index <= CONDITION_REACH &&
      draft.sentence.paragraph === sentence.paragraph &&
      // A quote that goes on after the stance is more of the same statement, not its condition.
      draft.quote !== quote &&
      (draft.reporter === quote.speaker || draft.actor.id === quote.speaker) &&
      (draft.stance === 'for' || draft.stance === 'conditional'),
  )
  if (!target) return
  // Only this sentence's part of the quote: one requirement, not a whole speech.
  const start = Math.max(quote.start, sentence.start)
  const end = Math.min(quote.end, sentence.end)
  const clause = text.slice(start, end).replace(/^that\s+/i, '')
  target.conditions.push(clause)
  target.stance = 'conditional'
}

// ---------------------------------------------------------------------------------------------

function toPosition(context: Context, draft: Draft, index: number): Position {
  const { sentence } = draft
  return {
    id: `p${index + 1}`,
    actor: draft.actor.id,
    actorName: draft.actorName,
    issue: issueOf(context, draft),
    proposition: propositionText(context, draft),
    stance: draft.stance,
    conditions: draft.conditions,
    quote: draft.quote?.id ?? null,
    start: (draft.from ?? sentence).start,
    end: sentence.end,
  }
}

function propositionText(context: Context, draft: Draft): string {
  const { tokens, text } = context
  const { first, end } = draft.proposition
  const words = text.slice(tokens[first]!.start, tokens[end - 1]!.end)
  if (!draft.refused) return words
  // "negotiating enrichment": the subject's capital only marked the start of its sentence.
  const named = entityEndingAt(context, tokens[first]!.end) !== null
  return `${draft.refused} ${named ? words : words.charAt(0).toLowerCase() + words.slice(1)}`
}

/** The issue a signal in the proposition names; else one in the conditions; else the sentence's only issue. */
function issueOf(context: Context, draft: Draft): string | null {
  const matcher = context.issues
  if (!matcher) return null
  const { tokens } = context
  const keysOf = (first: number, end: number) => {
    const keys: string[] = []
    for (let k = first; k < end; k++) keys.push(matchKey(tokens[k]!.lower))
    return keys
  }
  const inProposition = matcher.find(keysOf(draft.proposition.first, draft.proposition.end))
  if (inProposition[0]) return inProposition[0].issue
  for (const condition of draft.conditions) {
    const found = findInText(matcher, condition)
    if (found) return found
  }
  const inSentence = new Set(
    matcher.find(keysOf(draft.sentence.firstToken, draft.sentence.endToken)).map((match) => match.issue),
  )
  return inSentence.size === 1 ? [...inSentence][0]! : null
}

function findInText(matcher: IssueMatcher, phrase: string): string | null {
  return matcher.find(signalWords(phrase))[0]?.issue ?? null
}
