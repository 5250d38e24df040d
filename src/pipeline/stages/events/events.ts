import type { Claim, Entity, EventMention, EventType, Mention, Quote } from '../../../core/facts.js'
import type { Knowledge } from '../../../knowledge/knowledge.js'
import { resolveSpeaker, subjectBefore } from '../../attribution/speaker.js'
import type { Language, Sentence, Token } from '../../layers.js'
import { speechLemma } from '../../lexicon/speech-verbs.js'
import { defineStage } from '../../stage.js'
import { tokenIndexFrom } from '../../text/token-search.js'
import { type ResolvedDate, resolveDate } from './dates.js'

/** Meetings, talks, calls, visits, attacks and announcements, with who, where and when. */
export function createEventsStage(knowledge: Knowledge) {
  return defineStage({
    name: 'events',
    version: 1,
    requires: ['language', 'entities', 'references', 'quotes', 'claims'],
    provides: 'events',
    run: ({ text, published, language, entities, references, quotes, claims }) =>
      findEvents({ text, published, language, entities, references, quotes, claims, knowledge }),
  })
}

export interface EventsInput {
  readonly text: string
  readonly published: string | null
  readonly language: Language
  readonly entities: readonly Entity[]
  readonly references: Parameters<typeof resolveSpeaker>[4]
  readonly quotes: readonly Quote[]
  readonly claims: readonly Claim[]
  readonly knowledge: Knowledge
}

/** A trigger word: the event type, and whether it needs a weapon nearby to mean an attack ("launched"). */
interface Trigger {
  readonly type: EventType
  readonly needsWeapon?: boolean
  /** Verbs name their agent as subject; nouns through a demonym or possessive ("Russian strikes"). */
  readonly verb: boolean
}

const TRIGGERS = new Map<string, Trigger>()
const define = (trigger: Trigger, forms: readonly string[]) => {
  for (const form of forms) TRIGGERS.set(form, trigger)
}
define({ type: 'talks', verb: false }, ['talks', 'negotiations'])
define({ type: 'meeting', verb: true }, ['met', 'meet', 'meets', 'meeting'])
define({ type: 'meeting', verb: false }, ['summit', 'meeting', 'dinner', 'lunch', 'breakfast'])
define({ type: 'visit', verb: true }, ['visited', 'visits', 'arrived', 'landed'])
define({ type: 'visit', verb: false }, ['visit'])
define({ type: 'call', verb: false }, ['phone', 'telephone', 'call'])
define({ type: 'attack', verb: true }, [
  'attacked',
  'struck',
  'shelled',
  'bombed',
  'pounded',
  'targeted',
  'stormed',
  'rammed',
  'attacking',
])
define({ type: 'attack', verb: true, needsWeapon: true }, ['launched', 'fired', 'hit'])
define({ type: 'attack', verb: false }, [
  'attack',
  'attacks',
  'gunfire',
  'firefight',
  'shootout',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'shelling',
  'bombardment',
  'bombing',
  'barrage',
  'offensive',
  'assault',
  'raid',
])
define({ type: 'statement', verb: true }, ['announced', 'declared'])
define({ type: 'statement', verb: false }, [
  'statement',
  'address',
  'conference',
  'briefing',
  'message',
  'communique',
  'communiqué',
  'speech',
])

const WEAPONS =
  /^(drones?|missiles?|rockets?|shells?|bombs?|artillery|munitions|projectiles|warheads?|airstrikes?|strikes?|attacks?|cannons?)$/
const CASUALTIES = /^(killed|killing|wounded|injured|dead|died|casualties|destroyed|damaged|downed|intercepted)$/

interface Context extends EventsInput {
  readonly tokens: readonly Token[]
  /** Name mentions in text order, with their entity. */
  readonly mentions: readonly { mention: Mention; entity: Entity }[]
}

export function findEvents(input: EventsInput): EventMention[] {
  const mentions = input.entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })))
    .sort((a, b) => a.mention.start - b.mention.start)
  const context: Context = { ...input, tokens: input.language.tokens, mentions }
  const events: EventMention[] = []
  const reported = new Set<EventType>()
  for (const sentence of input.language.sentences) {
    const found = eventsInSentence(context, sentence, reported)
    for (const event of found) {
      events.push({ ...event, id: `ev${events.length + 1}` })
      reported.add(event.type)
    }
  }
  return events
}

/** "the talks", "this attack": a definite mention of a kind of event already reported is that event again. */
function isAnaphoric(tokens: readonly Token[], k: number, type: EventType, reported: ReadonlySet<EventType>): boolean {
  if (
    !reported.has(type) &&
    !(type === 'talks' && reported.has('meeting')) &&
    !(type === 'meeting' && reported.has('talks'))
  )
    return false
  // ("published its final decision": a decision is news of its own, not the statement told before.)
  if (DECISION_NOUNS.test(tokens[k]!.lower)) return false
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const lower = tokens[j]!.lower
    if (/^(the|this|that|these|those|its|their)$/.test(lower)) return true
    if (tokens[j]!.pos !== 'ADJ' && tokens[j]!.pos !== 'NOUN') return false
  }
  return false
}

/** "ready to host talks", "offered to meet": an event that is only proposed has not happened. */
function isOnlyProposed(tokens: readonly Token[], k: number): boolean {
  // ("are scheduled to hold a video call on Tuesday", "is due to meet": on the calendar, not proposed.)
  // ("agreed to meet again in Vienna on Feb. 3", "are expected to meet on Friday": a date is set.)
  const scheduled = (to: number) => /^(scheduled|due|set|agreed|expected)$/.test(tokens[to - 1]?.lower ?? '')
  if (tokens[k - 1]?.lower === 'to' && tokens[k]!.pos === 'VERB') return !scheduled(k - 1)
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (tokens[j]!.lower === 'to' && tokens[j + 1]?.pos === 'VERB') return !scheduled(j)
    if (/^[,;.]$/.test(tokens[j]!.text)) return false
  }
  return false
}

/**
 * "Norland will open a new offensive", "could strike again", "if Tarvia attacks": an attack that may
 * come has not happened. (A meeting announced for a day is kept: it is on the calendar.)
 */
function isHypothetical(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const lower = tokens[j]!.lower
    if (HYPOTHETICAL.has(lower)) return true
    if (/^[,;.]$/.test(tokens[j]!.text)) return false
  }
  return false
}

/** "could meet on Friday", "might travel to Oslo": a gathering that may happen is on no calendar. */
function isMerePossibility(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const lower = tokens[j]!.lower
    if (lower === 'could' || lower === 'might' || lower === 'may') return true
    if (!/^(ADV|AUX|PART)$/.test(tokens[j]!.pos)) return false
  }
  return false
}

const HYPOTHETICAL = new Set(['will', 'would', 'could', 'might', 'may', "'ll", 'if', 'unless', 'whether', 'possible'])

/**
 * "a verbal attack on the mayor", "a charm offensive", "a hybrid attack", "struck a hopeful note",
 * "struck a deal": no weapon is fired.
 */
function isFigurative(tokens: readonly Token[], k: number): boolean {
  if (FIGURATIVE_ATTACKS.has(tokens[k - 1]?.lower ?? '')) return true
  if (tokens[k]!.lower !== 'struck' && tokens[k]!.lower !== 'strikes' && tokens[k]!.lower !== 'strike') return false
  // "the court struck down the law": a ruling, not a strike ("was struck down by a drone" stays one).
  if (tokens[k + 1]?.lower === 'down' && tokens[k + 2]?.pos === 'DET') return true
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    if (STRUCK_OBJECTS.has(tokens[j]!.lower)) return true
    if (!/^(DET|ADJ|ADV|NOUN)$/.test(tokens[j]!.pos)) return false
  }
  return false
}

/** "The strike, called by the union, will run for five days": a strike among workers, with no weapon named. */
function isWalkout(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  if (!/^strikes?$/.test(tokens[k]!.lower)) return false
  // "went on strike", "are on strike": only workers are.
  if (tokens[k - 1]?.lower === 'on' && tokens[k]!.lower === 'strike') return true
  // (A strike or an attack word is no weapon here: it is the word in question.)
  // (Dead and wounded make it a strike from the air, whoever they were.)
  for (let j = sentence.firstToken; j < sentence.endToken; j++) {
    const word = tokens[j]!.lower
    if (CASUALTIES.test(word)) return false
    if (WEAPONS.test(word) && !/^(strikes?|attacks?)$/.test(word) && !isFigurative(tokens, j)) return false
  }
  for (let j = sentence.firstToken; j < sentence.endToken; j++) if (LABOR_WORDS.has(tokens[j]!.lower)) return true
  return false
}

const LABOR_WORDS = new Set(
  'union unions workers staff pay wage wages walkout picket pickets ballot employer employers members branch teachers nurses drivers'.split(
    ' ',
  ),
)

/** What one strikes without a weapon. */
const STRUCK_OBJECTS = new Set(
  'note tone deal bargain balance chord compromise agreement pose accord pact blow'.split(' '),
)

const FIGURATIVE_ATTACKS = new Set([
  'verbal',
  'hybrid',
  'charm',
  'rhetorical',
  'personal',
  'political',
  'diplomatic',
  'legal',
  'media',
  'propaganda',
])

const ARRIVALS = new Set(['arrived', 'landed'])

/**
 * "any multilateral talks would have to include …", "no meeting is planned", "only if the government
 * first exhausted talks": talks named in general or as a condition are no gathering that took place.
 */
function isNotAGathering(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(sentence.firstToken, k - 3); j--) {
    const lower = tokens[j]!.lower
    if (lower === 'any' || lower === 'no') return true
    if (!/^(ADJ|NOUN|PROPN|ADV)$/.test(tokens[j]!.pos)) break
  }
  for (let j = k - 1; j >= Math.max(sentence.firstToken, k - 8); j--) {
    const lower = tokens[j]!.lower
    if (lower === 'if' || lower === 'unless') return true
    if (/^[,;:]$/.test(tokens[j]!.text)) break
  }
  return false
}

/** Kinds of coming together: a sentence reports one of them, the most specific word wins. */
const GATHERINGS: readonly EventType[] = ['talks', 'meeting', 'call', 'visit']

const rank = (type: EventType): number => {
  const index = GATHERINGS.indexOf(type)
  return index < 0 ? GATHERINGS.length : index
}

function eventsInSentence(context: Context, sentence: Sentence, reported: ReadonlySet<EventType>): Draft[] {
  const { tokens } = context
  if (tokens[sentence.endToken - 1]?.text === '?') return []
  const candidates = new Map<EventType, number>()
  const triggers = new Map<number, Trigger>()
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const trigger = triggerAt(context, sentence, k)
    if (!trigger || candidates.has(trigger.type)) continue
    triggers.set(k, trigger)
    // An anaphoric or proposed mention takes the type's turn in this sentence: "the attack had targeted X".
    const unreal =
      isOnlyProposed(tokens, k) ||
      (GATHERINGS.includes(trigger.type) && (isNotAGathering(tokens, sentence, k) || isMerePossibility(tokens, k))) ||
      (trigger.verb && isDenied(tokens, k)) ||
      (trigger.type === 'attack' &&
        (isHypothetical(tokens, k) ||
          isFigurative(tokens, k) ||
          isTally(tokens, sentence) ||
          isWalkout(tokens, sentence, k)))
    candidates.set(trigger.type, isAnaphoric(tokens, k, trigger.type, reported) || unreal ? -1 : k)
  }
  const events: Draft[] = []
  let gathered: { event: Draft; at: number } | null = null
  const ordered = [...candidates].sort(([a], [b]) => rank(a) - rank(b))
  for (const [type, k] of ordered) {
    // "X arrived in Muscat and met Y": an arrival is a visit beside the meeting it leads to.
    const arrival = type === 'visit' && k >= 0 && ARRIVALS.has(tokens[k]!.lower)
    if (k < 0) continue
    const event = eventAt(context, sentence, k, triggers.get(k)!)
    if (!event) continue
    // One gathering a sentence, unless the second has a day of its own in a clause of its own ("spoke
    // by phone on Wednesday and would travel to Brussels on Monday to meet …").
    if (gathered && GATHERINGS.includes(type) && !arrival && !isSeparateGathering(tokens, gathered, { event, at: k }))
      continue
    events.push(event)
    if (GATHERINGS.includes(type) && !gathered) gathered = { event, at: k }
  }
  return events.sort((a, b) => a.start - b.start)
}

function isSeparateGathering(
  tokens: readonly Token[],
  first: { event: Draft; at: number },
  second: { event: Draft; at: number },
): boolean {
  const [one, two] = [first.event.date, second.event.date]
  if (one === null || two === null || one === two) return false
  const from = Math.min(first.at, second.at)
  const to = Math.max(first.at, second.at)
  for (let j = from + 1; j < to; j++) if (/^(and|but|;)$/.test(tokens[j]!.lower)) return true
  return false
}

function triggerAt(context: Context, sentence: Sentence, k: number): Trigger | null {
  const { tokens } = context
  const token = tokens[k]!
  const isVerb = token.pos === 'VERB'
  const known = TRIGGERS.get(token.lower)
  const trigger = (known?.verb === isVerb ? known : triggerInContext(tokens, k, isVerb)) ?? known
  if (!trigger) return null
  // The tagger sometimes reads "talks" as a verb ("during earlier talks with").
  const plural = token.lower === 'talks' || token.lower === 'negotiations'
  // ("his evening video address": the tagger may read the noun as a verb after its modifiers.)
  const addressed = token.lower === 'address' && ADDRESS_KINDS.test(tokens[k - 1]?.lower ?? '')
  if (trigger.verb !== isVerb && !(plural && tokens[k + 1]?.lower !== 'to') && !addressed && trigger !== INTERCEPTION)
    return null
  // "offensive infrastructure": a noun trigger used as an adjective names no event.
  if (!trigger.verb && token.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) return null
  // "told NBC's Meet the Press": a capitalized verb inside a sentence is part of a title.
  // (A quote that opens the sentence may start with one.)
  const opensSentence =
    k === sentence.firstToken || (k - 1 === sentence.firstToken && /^[“"‘']$/.test(tokens[k - 1]!.text))
  if (isVerb && token.text !== token.lower && !opensSentence) return null
  // "the first declared candidate", "an announced visit": a participle after a determiner describes a noun.
  const before = tokens[k - 1]
  if (isVerb && (before?.pos === 'DET' || (tokens[k - 2]?.pos === 'DET' && /^(ADV|ADJ)$/.test(before?.pos ?? ''))))
    return null
  // "a phone call", "spoke by phone".
  const phone = token.lower === 'phone' || token.lower === 'telephone'
  if (phone && !/^(call|conversation|talks)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k - 1]?.lower !== 'by')
    return null
  // ('she said by phone from Taiz', 'told the Kellby Ledger by phone': how the reporter reached a speaker is no
  // call between parties.)
  // ("had spoken by phone with the mediators": with whom makes it a call between parties.)
  if (phone && tokens[k - 1]?.lower === 'by' && tokens[k + 1]?.lower !== 'with') {
    for (let m = k - 2; m >= sentence.firstToken && m >= k - 5; m--)
      if (speechLemma(tokens[m]!.lower) !== undefined) return null
  }
  // "a phone call", "a video call", "told analysts on a call".
  if (token.lower === 'call' && !/^(phone|video|conference)$/.test(tokens[k - 1]?.lower ?? '') && !isOnACall(tokens, k))
    return null
  // "said in her speech", "delivered a speech": a speech given ("a compromise, not a speech" is none).
  if ((token.lower === 'speech' || /^communiq/.test(token.lower)) && !isDelivered(tokens, k)) return null
  // "said on a call with analysts", "told investors on an earnings call": a firm speaking to its
  // market is a statement, not a call between parties.
  if (token.lower === 'call' && isMarketCall(tokens, k)) return STATEMENT_NOUN
  if (token.lower === 'address' && !addressed) return null
  // "in a video message to staff": a recorded message is a statement; any other message is not.
  // ("said in a message to staff": a message the speaker put out is a statement too.)
  const putOut =
    tokens[k - 1]?.lower === 'a' &&
    tokens[k - 2]?.lower === 'in' &&
    speechLemma(tokens[k - 3]?.lower ?? '') !== undefined
  if (token.lower === 'message' && !/^(video|recorded|televised)$/.test(tokens[k - 1]?.lower ?? '') && !putOut)
    return null
  // "a news conference", and "told a conference in Brussels" (a speech to one).
  if (token.lower === 'conference' && !/^(news|press)$/.test(tokens[k - 1]?.lower ?? '') && !isToldTo(tokens, k))
    return null
  // "would meet its commitments", "met the deadline": to meet a target is no meeting.
  if (/^(meet|meets|met|meeting)$/.test(token.lower) && isVerb && meetsTarget(tokens, k)) return null
  // "in a statement", "issued a statement", "In a closing statement".
  if (token.lower === 'statement' && !isIssuedStatement(tokens, k)) return null
  if (trigger.needsWeapon && !hasWeapon(tokens, sentence)) return null
  // "two diplomats involved in the talks", "people familiar with the negotiations": who a source is;
  // the talks are an event only when the sentence dates them.
  if (
    !isVerb &&
    /^(in|on|with|to)$/.test(tokens[k - 2]?.lower ?? '') &&
    SOURCE_WORDS.test(tokens[k - 3]?.lower ?? '') &&
    !tokens.slice(sentence.firstToken, sentence.endToken).some((t) => DAY_WORDS.test(t.lower))
  )
    return null
  // "would be announced", "which has also announced its exit", "…, the chair announced.": a
  // statement is an event only when the sentence is about it.
  if (/^(announced|declared)$/.test(token.lower) && isVerb && !isStatementEvent(tokens, sentence, k)) return null
  // "shot down 41 of the 60 drones that Russia launched": the interception is the attack's other side;
  // the sentence's own attack word names it, with its attacker.
  if (trigger === INTERCEPTION && hasAttackWord(tokens, sentence, k)) return null
  // "was met with a hard no", "were hit by doubts": passive idioms, not events.
  if (isVerb && /^(was|were|been|is|are|be)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower === 'with')
    return null
  return trigger
}

const SOURCE_WORDS = /^(involved|briefed|familiar|close|privy)$/
const DAY_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|january|february|march|april|june|july|august|september|october|november|december)$/

/** A statement verb that tells of a statement, not one that is passive, in a relative clause or closing a report. */
function isStatementEvent(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  let j = k - 1
  while (j > sentence.firstToken && /^(ADV|AUX|PART)$/.test(tokens[j]!.pos)) {
    if (/^(be|been|being|is|are|was|were)$/.test(tokens[j]!.lower)) return false
    j--
  }
  if (/^(which|who|that)$/.test(tokens[j]?.lower ?? '')) return false
  // ", the chair, X, announced.": the verb closes the sentence after a comma, attributing what came before.
  const closes = k + 1 >= sentence.endToken - 1 && /^[.!]$/.test(tokens[sentence.endToken - 1]?.text ?? '')
  return !(closes && tokens.slice(sentence.firstToken, k).some((token) => token.text === ','))
}

/**
 * Triggers that depend on the words around them: verbs that share a spelling with a noun trigger or
 * need their object ("is due to visit Tarvik", "will travel to Doha", "receive her", "opened fire",
 * "talks resumed"), and a round that has its place in a series ("a third round").
 */
function triggerInContext(tokens: readonly Token[], k: number, isVerb: boolean): Trigger | null {
  const lower = tokens[k]!.lower
  // "for a third round", "the next round of talks": a round with its place in a series is a round of talks.
  if (lower === 'round' && !isVerb) {
    const before = tokens[k - 1]?.lower ?? ''
    const after = tokens[k + 1]?.lower === 'of' ? (tokens[k + 2]?.lower ?? '') : 'talks'
    return SERIES.test(before) && /^(talks|negotiations|discussions|consultations)$/.test(after) ? TALKS_NOUN : null
  }
  // "a 14-hour bargaining session", "back to the negotiating table", "a mediated session",
  // "at the third session".
  if (
    /^(session|table)$/.test(lower) &&
    !isVerb &&
    (/^(bargaining|negotiating|mediated|mediation)$/.test(tokens[k - 1]?.lower ?? '') ||
      (lower === 'session' && /^(first|second|third|fourth|fifth|final|last|next)$/.test(tokens[k - 1]?.lower ?? '')))
  )
    return TALKS_NOUN
  // "an all-night session mediated by the labour board": a session someone mediates is talks.
  if (lower === 'session' && !isVerb && /^(mediated|brokered|chaired)$/.test(tokens[k + 1]?.lower ?? ''))
    return TALKS_NOUN
  // "will vote at an assembly in Kellby": a gathering, not the legislature ("the assembly voted").
  if (lower === 'assembly' && !isVerb && /^(an|a)$/.test(tokens[k - 1]?.lower ?? '')) return MEETING_NOUN
  // "spoke over their hotline", "held a video conference call".
  if (lower === 'hotline' && !isVerb) return CALL_NOUN
  // "brought down 14 drones", "shot down two missiles", "intercepted nine drones": an attack met.
  // (The tagger may read "shot" as a noun.)
  if ((/^(brought|shot)$/.test(lower) && tokens[k + 1]?.lower === 'down') || /^(intercepted|downed)$/.test(lower))
    return INTERCEPTION
  // "published its final decision on Wednesday", "issued a ruling": a body's decision made public.
  if (DECISION_NOUNS.test(lower) && !isVerb && isIssuedStatement(tokens, k)) return STATEMENT_NOUN
  if (!isVerb) return null
  // "were scheduled to sit down Monday", "sat down with the union": a meeting in plain words.
  if (
    /^(sit|sits|sat|sitting)$/.test(lower) &&
    tokens[k + 1]?.lower === 'down' &&
    (tokens[k + 2]?.lower === 'with' || tokens[k - 1]?.lower === 'to')
  )
    return RECEPTION
  // "Governments reconvened at the agency on Monday".
  if (/^reconvene[sd]?$/.test(lower)) return TALKS_VERB
  // "addressed the leaders by video link", "addressed the nation": a speech.
  if (
    /^address(?:ed|es)?$/.test(lower) &&
    /^(the|a)$/.test(tokens[k + 1]?.lower ?? '') &&
    AUDIENCES.test(tokens[k + 2]?.lower ?? '')
  )
    return STATEMENT_VERB
  // "positions had opened fire on the village".
  if (/^open(?:s|ed)?$/.test(lower) && tokens[k + 1]?.lower === 'fire') return ATTACK_VERB
  // "The delegations will resume on Thursday", "negotiators resumed talks": talks taken up again.
  if (/^resume[sd]?$/.test(lower)) {
    let s = k - 1
    while (s > 0 && /^(AUX|ADV|PART)$/.test(tokens[s]!.pos)) s--
    const parties = /^(talks|negotiations|delegations|negotiators|sides)$/
    if (parties.test(tokens[s]?.lower ?? '') || parties.test(tokens[k + 1]?.lower ?? '')) return TALKS_VERB
  }
  if (lower === 'visit' || lower === 'visiting') return VISIT_VERB
  if (/^travel(?:s|led|ed|ling|ing)?$/.test(lower) && tokens[k + 1]?.lower === 'to') return VISIT_VERB
  // "receive her", "received the envoy": a host meets a guest (not "received aid").
  const guest = tokens[k + 1]
  if (/^receive[sd]?$/.test(lower) && guest && (/^(him|her|them)$/.test(guest.lower) || guest.pos === 'PROPN'))
    return RECEPTION
  return null
}
// "1:30 p.m. — Zelenskyy asks for air defenses": a live blog stamps each entry with the time of day.
const TIME_STAMP = /^\s*\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm|[A-Z]{2,4})?\s*[—–-]/i

/**
 * The publication day, for an event in a live blog's entry: the nearest paragraph at or before the
 * sentence that opens with a time of day ("1:30 p.m. —") stamps what follows it.
 */
function stampedDate(context: Context, sentence: Sentence): ResolvedDate | null {
  if (!context.published) return null
  const { sentences } = context.language
  for (let i = sentence.index; i >= 0; i--) {
    const candidate = sentences[i]!
    if (i > 0 && sentences[i - 1]!.paragraph === candidate.paragraph) continue
    const stamp = TIME_STAMP.exec(context.text.slice(candidate.start, candidate.start + 24))
    if (stamp)
      return {
        date: context.published,
        text: stamp[0].trim(),
        start: candidate.start,
        end: candidate.start + stamp[0].length,
      }
  }
  return null
}

/** True when another word of the sentence names an attack. */
function hasAttackWord(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  for (let j = sentence.firstToken; j < sentence.endToken; j++)
    if (j !== k && TRIGGERS.get(tokens[j]!.lower)?.type === 'attack') return true
  return false
}

const VISIT_VERB: Trigger = { type: 'visit', verb: true }
const CALL_NOUN: Trigger = { type: 'call', verb: false }
const STATEMENT_NOUN: Trigger = { type: 'statement', verb: false }
const MEETING_NOUN: Trigger = { type: 'meeting', verb: false }
const STATEMENT_VERB: Trigger = { type: 'statement', verb: true }
const INTERCEPTION: Trigger = { type: 'attack', verb: true, needsWeapon: true }
const AUDIENCES =
  /^(leaders|nation|country|assembly|parliament|summit|conference|delegates|rally|crowd|meeting|council|congress|session|chamber)$/
const TALKS_VERB: Trigger = { type: 'talks', verb: true }
const ATTACK_VERB: Trigger = { type: 'attack', verb: true }
const TALKS_NOUN: Trigger = { type: 'talks', verb: false }
const SERIES =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|next|new|another|latest|final|fresh|last)$/
const RECEPTION: Trigger = { type: 'meeting', verb: true }

const ADDRESS_KINDS = /^(video|televised|nightly|evening|national|weekly|radio|closing|opening)$/

/**
 * "launched more than 2,000 drones since January", "since the war began": a tally over a period, not one
 * attack on a day.
 */
function isTally(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let j = sentence.firstToken; j < sentence.endToken - 1; j++) {
    if (tokens[j]!.lower !== 'since') continue
    const next = tokens[j + 1]!
    if (MONTH_WORDS.test(next.lower) || /^\d{4}$/.test(next.text) || /^the$/.test(next.lower)) return true
  }
  return false
}

const MONTH_WORDS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/

/** "on a call", "on a conference call": a call someone speaks on. */
function isOnACall(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.lower === 'a' && /^(on|during|in)$/.test(tokens[k - 2]?.lower ?? '')
}

/** "in her speech", "gave a speech", "in a joint communique": words delivered. */
function isDelivered(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? ''
  const verb = tokens[k - 2]?.lower ?? ''
  return (
    (/^(a|his|her|its|their|the|joint)$/.test(before) && /^(in|gave|delivered|made|giving|delivering|a)$/.test(verb)) ||
    /^(in|gave|delivered|made)$/.test(tokens[k - 3]?.lower ?? '')
  )
}

function isMarketCall(tokens: readonly Token[], k: number): boolean {
  const listeners = /^(analysts|investors|shareholders|reporters)$/
  return (
    tokens[k - 1]?.lower === 'earnings' ||
    (tokens[k + 1]?.lower === 'with' && listeners.test(tokens[k + 2]?.lower ?? '')) ||
    listeners.test(tokens[k - 3]?.lower ?? '')
  )
}

/** "told a conference", "told the conference": the speech verb right before "a"/"the". */
function isToldTo(tokens: readonly Token[], k: number): boolean {
  return /^(a|the)$/.test(tokens[k - 1]?.lower ?? '') && /^(told|addressed)$/.test(tokens[k - 2]?.lower ?? '')
}

/** Things one meets without meeting anyone. */
const MET_TARGETS = new Set(
  'commitment commitments target targets deadline deadlines demand demands obligation obligations goal goals need needs criteria standard standards requirement requirements threshold expectations'.split(
    ' ',
  ),
)

function meetsTarget(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    if (MET_TARGETS.has(tokens[j]!.lower)) return true
    if (!/^(DET|ADJ|PRON|NOUN)$/.test(tokens[j]!.pos)) return false
  }
  return false
}

/** "in a statement", "issued a statement", "published its final ruling": words a body made public. */
function isIssuedStatement(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const lower = tokens[j]!.lower
    if (/^(in|issued|released|published|posted|announced|handed)$/.test(lower)) return true
    // "has put out a statement".
    if (lower === 'out' && /^(put|puts|putting)$/.test(tokens[j - 1]?.lower ?? '')) return true
    // ("published its final decision": a possessive may stand before the noun.)
    if (!/^(DET|ADJ|NOUN|VERB)$/.test(tokens[j]!.pos) && !POSSESSIVES.test(lower)) return false
  }
  return false
}

const POSSESSIVES = /^(its|their|his|her|our)$/

const DECISION_NOUNS = /^(decision|ruling|notice|findings|judgment|verdict)$/

/** "had never met", "did not meet", "have yet to meet": a gathering denied did not take place. */
function isDenied(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const lower = tokens[j]!.lower
    if (lower === 'not' || lower === "n't" || lower === 'never' || (lower === 'yet' && tokens[j + 1]?.lower === 'to'))
      return true
    if (!/^(AUX|ADV|PART)$/.test(tokens[j]!.pos) && lower !== 'to') return false
  }
  return false
}

function hasWeapon(tokens: readonly Token[], sentence: Sentence): boolean {
  // ("launched a verbal attack": a figurative attack is no weapon.)
  for (let k = sentence.firstToken; k < sentence.endToken; k++)
    if (WEAPONS.test(tokens[k]!.lower) && !isFigurative(tokens, k)) return true
  return false
}

type Draft = Omit<EventMention, 'id'>

function eventAt(context: Context, sentence: Sentence, k: number, trigger: Trigger): Draft | null {
  const { text, tokens } = context
  const inSentence = context.mentions.filter(
    ({ mention }) => mention.start >= sentence.start && mention.end <= sentence.end,
  )
  // Only names in the trigger's own clause take part: "X attacked Y, as negotiators met in Z".
  const clause = clauseAround(tokens, sentence, k)
  // "told reporters on Wednesday that the board would meet on Saturday": the meeting's own date
  // follows its word; a date elsewhere in the sentence is the date of something else.
  const words = text.slice(sentence.start, clause.end)
  const own = resolveDate(words, sentence.start, context.published, tokens[k]!.start - sentence.start)
  const date =
    own ??
    resolveDate(text.slice(sentence.start, sentence.end), sentence.start, context.published) ??
    stampedDate(context, sentence)
  const inClause = inSentence.filter(({ mention }) => mention.start >= clause.start && mention.end <= clause.end)
  const location = placeOf(context, inClause)
  let agent: string | null = null
  let target: string | null = null
  if (trigger.type === 'attack') {
    agent = attackerOf(context, sentence, k, inClause)
    target = attackedOf(context, sentence, k, inClause, agent)
  }
  // "a shipment of equipment arrived in Ukraine": only someone arrives for a visit.
  const visitor = trigger.type === 'visit' && trigger.verb ? subjectEntityOf(context, sentence, k) : null
  if (trigger.type === 'visit' && trigger.verb && !visitor) return null
  let participants = participantsOf(context, inClause, location, agent)
  // "X arrived in Oslo and met Y": who arrives is the visit's party; the meeting has its own event.
  if (visitor && ARRIVALS.has(tokens[k]!.lower)) participants = [visitor.id]
  // "Berg's visit", "Putin's meeting with Xi": the owner of a gathering takes part in it.
  const owner = trigger.type !== 'attack' && !trigger.verb ? ownerOf(context, k, inClause) : null
  if (owner && !participants.includes(owner)) participants = [owner, ...participants]
  // "Officials announced the arrest of Mayor X": who makes a statement takes part in it, not what
  // it is about. "X said in a statement", "told a news conference": the one who said it.
  if (trigger.type === 'statement') {
    if (insideQuote(context, k, false)) return null
    const verb = trigger.verb ? k : speechVerbBefore(tokens, sentence, k)
    const announcer = verb === null ? null : subjectEntityOf(context, sentence, verb)
    // Else whoever the clause names before the statement ("Oman’s foreign ministry said in a statement").
    const before = tokens[verb ?? k]!.start
    const named = inClause.filter(({ mention }) => mention.end <= before).map(({ entity }) => entity.id)
    participants = announcer ? [announcer.id] : participants.filter((id) => named.includes(id)).slice(-1)
    // "In a statement, the ministry said …", "Speaking at a news conference, Moen said …": the speaker
    // of the words the sentence reports after it.
    if (participants.length === 0) {
      const after = context.quotes.find(
        (quote) => quote.speaker !== null && quote.start > tokens[k]!.end && quote.start < sentence.end,
      )
      if (after?.speaker) participants = [after.speaker]
    }
  }
  // ("Chile said it shot down 14 drones": who reports an interception made it, and takes part.)
  if (trigger.type === 'attack' && trigger !== INTERCEPTION) {
    // "the air force reported intercepting 90 drones launched by Russia": who reports an attack's
    // figures is its source, not a party to it (unless it is the attacker or the target).
    const reporters = new Set(
      context.claims
        .filter((claim) => claim.start === sentence.start && claim.claimant !== null)
        .map((claim) => claim.claimant!),
    )
    participants = participants.filter((id) => !reporters.has(id) || id === agent || id === target)
  }
  // "X said she remembers the Russian strikes": who reports an attack is its source, not a party to it.
  // (Who reports a meeting or a call usually took part: "X said he would call Y".)
  if (trigger.type === 'attack' && trigger !== INTERCEPTION) {
    const speakers = new Set(
      context.quotes
        .filter((quote) => quote.start <= tokens[k]!.start && tokens[k]!.end <= quote.end && quote.speaker !== null)
        .map((quote) => quote.speaker!),
    )
    participants = participants.filter((id) => !speakers.has(id) || id === agent || id === target)
  }
  // ("Gunfire broke out near the depot before dawn": fighting itself needs no named side.)
  // ('found "damage consistent with gunfire"': words quoted from someone describe, they report no clash.)
  const fighting =
    trigger.type === 'attack' &&
    FIGHTING_NOUNS.has(tokens[k]!.lower) &&
    (date !== null || location !== null) &&
    !insideQuote(context, k, true)
  if (!fighting && !isFounded(trigger.type, participants, location, date, agent, target)) return null
  return {
    type: trigger.type,
    text: text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    trigger: tokens[k]!.text,
    participants,
    agent,
    target,
    location: location?.id ?? null,
    date: date?.date ?? null,
    dateText: date?.text ?? null,
    claims: claimsOf(context, sentence, trigger.type),
  }
}

/**
 * An event needs more than its word: "attacks on civilians are war crimes" names none. Meetings need
 * two parties, or one with a place or a date; attacks an attacker or a target; statements a speaker.
 */
/** Words for violence itself, never a labour strike or a figure of speech. */
const FIGHTING_NOUNS = new Set([
  'gunfire',
  'firefight',
  'shootout',
  'shelling',
  'bombardment',
  'airstrike',
  'airstrikes',
])

function isFounded(
  type: EventType,
  participants: readonly string[],
  location: Entity | null,
  date: { date: string } | null,
  agent: string | null,
  target: string | null,
): boolean {
  if (type === 'attack')
    return (agent !== null || target !== null) && (date !== null || location !== null || agent !== null)
  if (type === 'statement') return participants.length > 0
  // ("Talks are due to resume on Friday", "Tuesday: a mediated session …": dated talks are
  // an event of the story even when the sentence names no side.)
  if (type === 'talks' && date !== null) return true
  if (participants.length >= 2 || (location !== null && date !== null)) return true
  return participants.length === 1 && (location !== null || date !== null)
}

const CLAUSE_BREAKS = /^(;|:|—|as|while|but|whereas|although|though|after|before|when|because)$/

/** The character range of the clause around token `k`: cut at semicolons and clause-joining words. */
function clauseAround(tokens: readonly Token[], sentence: Sentence, k: number): { start: number; end: number } {
  let first = k
  while (first > sentence.firstToken && !CLAUSE_BREAKS.test(tokens[first - 1]!.lower)) first--
  let end = k + 1
  while (end < sentence.endToken && !CLAUSE_BREAKS.test(tokens[end]!.lower)) end++
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end }
}

const PLACE_PREPOSITIONS = /^(in|at|near|outside|over)$/
const PLACE_KINDS = /^(city|town|village|port|region|province|district)$/
const SCHEDULING =
  /^(scheduled|set|planned|due|travel|travels|travelled|traveled|travelling|traveling|return|returns|returned|head|heads|headed)$/

/** The place: a location named after "in", "at", "near", a city or region rather than a whole country. */
function placeOf(context: Context, inSentence: Context['mentions']): Entity | null {
  const { tokens } = context
  for (const { mention, entity } of inSentence) {
    if (entity.type !== 'location' || mention.kind !== 'name') continue
    let index = tokenIndexFrom(tokens, mention.start)
    // "on the city of Kharkiv", "in the port of Odesa": the place kind and "of" stand before the name.
    if (tokens[index - 1]?.lower === 'of' && PLACE_KINDS.test(tokens[index - 2]?.lower ?? '')) {
      const kindAt = index - 2
      if (tokens[kindAt - 1]?.lower === 'the' && /^(in|at|on|near|over)$/.test(tokens[kindAt - 2]?.lower ?? ''))
        return entity
      index = kindAt
    }
    // "talks are scheduled for Oslo", "to visit Tarvik", "will travel to Doha": where they are set to be.
    const bound =
      (/^(for|to)$/.test(tokens[index - 1]?.lower ?? '') && SCHEDULING.test(tokens[index - 2]?.lower ?? '')) ||
      /^(visit|visiting|visits|visited)$/.test(tokens[index - 1]?.lower ?? '') ||
      // "drones struck Dorvaka", "guns shelled Kasmira": the place hit.
      /^(struck|shelled|bombed|pounded)$/.test(tokens[index - 1]?.lower ?? '')
    if (bound) return entity
    if (!PLACE_PREPOSITIONS.test(tokens[index - 1]?.lower ?? '') && tokens[index - 1]?.lower !== 'the') continue
    if (tokens[index - 1]?.lower === 'the' && !PLACE_PREPOSITIONS.test(tokens[index - 2]?.lower ?? '')) continue
    if (isPossessor(context.text, mention)) continue
    return entity
  }
  return null
}

/** "according to The Associated Press", "via Twitter", "in a Telegram post": where it was said, not who took part. */
function isChannel(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.start - 24), mention.start).toLowerCase()
  if (/(according to|via)\s+(the\s+)?$/.test(before)) return true
  const after = text.slice(mention.end, mention.end + 12).toLowerCase()
  return /\b(on|in an?)\s+$/.test(before) && /^\s*(post|message|video|channel|account|interview)\b/.test(after)
}

function isPossessor(text: string, mention: Mention): boolean {
  return /^['’]s?\s/.test(text.slice(mention.end, mention.end + 3))
}

/** "said in a statement", "told a news conference", "said in his nightly video address": the verb before the noun. */
function speechVerbBefore(tokens: readonly Token[], sentence: Sentence, k: number): number | null {
  for (let j = k - 1; j >= Math.max(sentence.firstToken, k - 5); j--) {
    if (tokens[j]!.pos === 'VERB') return speechLemma(tokens[j]!.lower) !== undefined ? j : null
  }
  return null
}

/** The words of someone's direct quote: a statement reported inside one is theirs to tell, not an event. */

/** True when token `k` is inside quoted words: only direct quotes, or partial ones too. */
function insideQuote(context: Context, k: number, partialToo: boolean): boolean {
  const at = context.tokens[k]!.start
  return context.quotes.some(
    (quote) =>
      (quote.kind === 'direct' || (partialToo && quote.kind === 'partial')) && quote.start <= at && at < quote.end,
  )
}

/** The entity named right before "'s" ahead of the trigger noun at `k` ("Berg's visit", "Envoy's Moscow visit"). */
function ownerOf(context: Context, k: number, inClause: Context['mentions']): string | null {
  const { tokens } = context
  let j = k - 1
  // "Envoy's Moscow visit": a place may stand between the owner and the noun.
  while (j > 0 && tokens[j]!.pos === 'PROPN' && !/^['’]s?$/.test(tokens[j]!.text)) j--
  if (!/^['’]s?$/.test(tokens[j]?.text ?? '')) return null
  const end = tokens[j - 1]?.end
  return inClause.find(({ mention }) => mention.end === end)?.entity.id ?? null
}

/**
 * "U.S. special envoy Steve Witkoff": a state named in a person's title is part of who the person is,
 * not a party of its own. The person's roles say so.
 */
function isInRole(text: string, mention: Mention, inSentence: Context['mentions']): boolean {
  const next = inSentence.find(
    ({ mention: other, entity }) =>
      entity.type === 'person' && other.start > mention.end && other.start - mention.end <= MAX_ROLE_CHARS,
  )
  if (!next) return false
  const role = text.slice(mention.start, next.mention.start).trim().toLowerCase()
  return next.entity.roles.some((known) => known.toLowerCase() === role)
}

const MAX_ROLE_CHARS = 60

/** States, people, bodies and groups named in the sentence, the agent first; not the place, not possessors. */
function participantsOf(
  context: Context,
  inSentence: Context['mentions'],
  location: Entity | null,
  agent: string | null,
): string[] {
  const ids: string[] = agent ? [agent] : []
  for (const { mention, entity } of inSentence) {
    if (ids.includes(entity.id) || entity.id === location?.id) continue
    if (isPossessor(context.text, mention)) continue
    if (isChannel(context.text, mention)) continue
    if (isInRole(context.text, mention, inSentence)) continue
    if (entity.type === 'location' && context.knowledge.placeKind(entity.name.toLowerCase()) !== 'country') continue
    // "Russian and Ukrainian delegations": a state's delegates or forces take part for their states.
    const states = entity.type === 'group' ? groupStates(context, mention, entity) : []
    if (states.length > 0) {
      for (const state of states) if (!ids.includes(state)) ids.push(state)
      continue
    }
    ids.push(entity.id)
  }
  return ids
}

const STATE_GROUP_HEADS =
  /^(delegations?|delegates|negotiators|officials|governments?|forces|troops|leaders|ministers|diplomats|envoys)$/

/** The states a group named by origin stands for: "Ukrainian negotiators", "Russian and Ukrainian delegations". */
function groupStates(context: Context, mention: Mention, entity: Entity): string[] {
  const words = entity.name.toLowerCase().split(/\s+/)
  if (!STATE_GROUP_HEADS.test(words.at(-1) ?? '')) return []
  const origins = words.slice(0, -1)
  // "Russian and Ukrainian delegations": the first origin may stand before "and", outside the name.
  const before = /([A-Z][a-z]+)\s+and\s+$/.exec(context.text.slice(Math.max(0, mention.start - 30), mention.start))
  if (before) origins.unshift(before[1]!.toLowerCase())
  const ids: string[] = []
  for (const origin of origins) {
    const state = context.knowledge.demonymOf(origin)
    const found = state ? entityNamed(context, state) : undefined
    if (found) ids.push(found.id)
  }
  return ids
}

/** The entity named by the subject of the verb at `k` ("Russia launched", "Officials announced"). */
function subjectEntityOf(context: Context, sentence: Sentence, k: number): Entity | null {
  const phrase = subjectBefore(context.tokens, k, sentence.firstToken)
  if (!phrase) return null
  const speaker = resolveSpeaker(context.text, context.tokens, phrase, context.entities, context.references)
  return context.entities.find((candidate) => candidate.id === speaker.entity) ?? null
}

/** "Russia launched", "launched by Russia", "Russian strikes", "Russia's attack". */
function attackerOf(context: Context, sentence: Sentence, k: number, inSentence: Context['mentions']): string | null {
  const { tokens } = context
  // Passive: "drones launched overnight by Russia".
  for (let j = k + 1; j < Math.min(sentence.endToken, k + 4); j++) {
    if (tokens[j]!.lower !== 'by') continue
    const after = inSentence.find(({ mention }) => mention.start === tokens[j + 1]?.start)
    if (after) return stateOf(context, after.entity)
  }
  if (TRIGGERS.get(tokens[k]!.lower)?.verb) {
    const entity = subjectEntityOf(context, sentence, k)
    return entity ? stateOf(context, entity) : null
  }
  // "Russian strikes", "Russia's overnight attack", "a Russian missile and drone attack".
  for (let j = k - 1; j >= Math.max(sentence.firstToken, k - 4); j--) {
    const state = context.knowledge.demonymOf(tokens[j]!.lower)
    if (state) return entityNamed(context, state)?.id ?? null
    const possessor = inSentence.find(({ mention }) => mention.end === tokens[j]!.start)
    if (possessor && /^['’]s?$/.test(tokens[j]!.text)) return stateOf(context, possessor.entity)
  }
  return null
}

/** "attack on Kharkiv", "strikes against Ukraine", "attacked a port in Odesa": the first entity after the trigger. */
function attackedOf(
  context: Context,
  sentence: Sentence,
  k: number,
  inSentence: Context['mentions'],
  agent: string | null,
): string | null {
  const { tokens } = context
  const after = tokens[k]!.end
  for (const { mention, entity } of inSentence) {
    if (mention.start < after || entity.id === agent) continue
    const index = tokenIndexFrom(tokens, mention.start)
    if (index - k > 8) break
    const before = tokens[index - 1]?.lower ?? ''
    if (before === 'by' || before === 'from') continue
    if (entity.type === 'person') continue
    if (sentence.endToken <= index) break
    return stateOf(context, entity) === agent ? null : entity.id
  }
  return null
}

function entityNamed(context: Context, name: string): Entity | undefined {
  const lower = name.toLowerCase()
  return context.entities.find((entity) => entity.name.toLowerCase() === lower)
}

/** A seat of government acts for its state ("Moscow launched" → Russia) when the state is named too. */
function stateOf(context: Context, entity: Entity): string {
  if (entity.type === 'location' && entity.partOf) return entityNamed(context, entity.partOf)?.id ?? entity.id
  return entity.id
}

/**
 * Figures that belong to an event: claims in its sentence, and for an attack, casualty and weapon
 * counts in the next sentence of the paragraph ("At least 12 people were killed").
 */
function claimsOf(context: Context, sentence: Sentence, type: EventType): string[] {
  const ids = context.claims.filter((claim) => claim.start >= sentence.start && claim.end <= sentence.end)
  if (type === 'attack') {
    const next = context.language.sentences[sentence.index + 1]
    if (next && next.paragraph === sentence.paragraph) {
      const followUp = context.claims.find((claim) => claim.start >= next.start && claim.end <= next.end)
      const { tokens } = context
      let relevant = false
      for (let k = next.firstToken; k < next.endToken; k++) if (CASUALTIES.test(tokens[k]!.lower)) relevant = true
      if (followUp && relevant) ids.push(followUp)
    }
  }
  return ids.map((claim) => claim.id)
}
