import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'
import type { EntityType } from '../core/facts.js'
import { compileIssueMatcher, type IssueMatcher } from './issue-matcher.js'
import { type Pack, PackError, readPack } from './pack.js'

/** What a known surface form stands for. */
export interface KnownActor {
  readonly name: string
  readonly type: EntityType
  /** Set when the surface form is a seat of government ("Kyiv" for Ukraine). */
  readonly seatOf?: string
}

export type Gender = 'male' | 'female'
export type PlaceKind = 'country' | 'city' | 'region'

/** Everything the analyzer knows before it reads an article: packs plus a general English lexicon. */
export interface Knowledge {
  readonly packs: readonly Pack[]
  /** The negotiation pack whose issues positions are mapped to, if any. */
  readonly activePack: Pack | null
  /** True for `--pack auto`: each article gets the negotiation pack it is about (the pack stage). */
  readonly autoPack: boolean
  /** A pack's issue signals, compiled once per pack; null for an unknown pack or one without issues. */
  issuesOf(packId: string | null): IssueMatcher | null
  actor(lower: string): KnownActor | undefined
  /** Country name for a demonym ("ukrainian" → "Ukraine"). */
  demonymOf(lower: string): string | undefined
  /** The adjective a pack gives a state ("Ukraine" → "Ukrainian"), for naming its government. */
  adjectiveOf(state: string): string | undefined
  firstNameGender(lower: string): Gender | 'unknown' | undefined
  isLastName(lower: string): boolean
  placeKind(lower: string): PlaceKind | undefined
  isOrganization(lower: string): boolean
  /** True when a pack says the press calls the actor named `name` "the <noun>" ("the bloc" → European Union). */
  describes(noun: string, name: string): boolean
  /** True when some pack actor is called "the <noun>". */
  isDescription(noun: string): boolean
  /** True for a state a pack knows with its seat of government or demonyms ("ukraine", "germany"). */
  isState(lower: string): boolean
  /** True for a thing a pack names that is no actor ("storm shadow", "nord stream"), plural too. */
  isThing(lower: string): boolean
  /** True for a plain adjective of the English lexicon ("paranoid", "sleepy"), never a first name. */
  isAdjective(lower: string): boolean
}

/** `--pack auto`: each article gets the negotiation pack it is about (see choose-pack.ts), or none. */
export const AUTO_PACK = 'auto'
/** `--pack none`: no issues; actors of every pack are still known. */
export const NO_PACK = 'none'

const ASCII = /^[\x00-\x7f]*$/
const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '')

export const PACKS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../packs')

/** Every pack file under packs/, read and checked. */
export function listPacks(dir = PACKS_DIR): Pack[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readPack(join(dir, name)))
}

interface LexiconModel {
  one: { lexicon: Record<string, string> }
}

// compromise ships a curated English lexicon (first names with gender, surnames, places,
// organizations); we read it once and never run compromise's slower tagger.
function readLexicon(): Map<string, string> {
  const model = (nlp as unknown as { model(): LexiconModel }).model()
  return new Map(Object.entries(model.one.lexicon))
}

/**
 * Loads the general lexicon and every pack. `pack` (an id or a path) chooses the negotiation whose
 * issues are used; actors of all packs are known either way, since aliases never hurt. "auto" and
 * "none" leave no pack active here: the analyzer chooses per article for "auto".
 */
export function loadKnowledge(pack?: string): Knowledge {
  const packs = listPacks()
  let activePack: Pack | null = null
  if (pack && pack !== AUTO_PACK && pack !== NO_PACK) {
    activePack = existsSync(pack) ? readPack(pack) : (packs.find((candidate) => candidate.id === pack) ?? null)
    if (!activePack) throw new PackError(`${pack}: no such pack (parley packs lists them)`)
    if (!packs.some((candidate) => candidate.id === activePack?.id)) packs.push(activePack)
  }

  const actorNames = new Set(packs.flatMap((source) => source.actors.map((actor) => actor.name)))
  for (const source of packs)
    for (const party of source.parties)
      if (!actorNames.has(party)) throw new PackError(`${source.file}: party "${party}" is no actor of any pack`)

  const actors = new Map<string, KnownActor>()
  const demonyms = new Map<string, string>()
  const adjectives = new Map<string, string>()
  const states = new Set<string>()
  // "bloc" → the names and aliases (lower case) of the actors the press calls "the bloc".
  const described = new Map<string, Set<string>>()
  const things = new Set<string>()
  for (const source of packs) {
    for (const thing of source.things) things.add(thing.toLowerCase())
    for (const actor of source.actors) {
      const known: KnownActor = { name: actor.name, type: actor.type }
      if (actor.type === 'location' && (actor.seats?.length || actor.demonyms?.length))
        for (const alias of [actor.name, ...(actor.aliases ?? [])]) states.add(alias.toLowerCase())
      for (const alias of [actor.name, ...(actor.aliases ?? [])]) actors.set(alias.toLowerCase(), known)
      for (const seat of actor.seats ?? []) {
        actors.set(seat.toLowerCase(), { name: seat.replace(/^the /i, ''), type: 'location', seatOf: actor.name })
      }
      for (const demonym of actor.demonyms ?? []) demonyms.set(demonym.toLowerCase(), actor.name)
      // (Packs list the adjective first: "Peruvian", then "Peruvians".)
      const adjective = actor.demonyms?.[0]
      if (adjective) adjectives.set(actor.name.toLowerCase(), adjective)
      for (const noun of actor.descriptions ?? []) {
        const names = described.get(noun) ?? new Set<string>()
        for (const alias of [actor.name, ...(actor.aliases ?? [])]) names.add(alias.toLowerCase())
        described.set(noun, names)
      }
    }
  }

  const matchers = new Map<string, IssueMatcher | null>()
  const lexicon = readLexicon()
  const tagOf = (lower: string) => lexicon.get(lower) ?? ''
  // "Bogotá", "Zürich": the lexicon spells many places without their accents. (Not first names:
  // "Jānis" is a man, the lexicon's "Janis" a woman.)
  const placeTagOf = (lower: string) =>
    lexicon.get(lower) ?? (ASCII.test(lower) ? '' : (lexicon.get(withoutAccents(lower)) ?? ''))
  return {
    packs,
    activePack,
    autoPack: pack === AUTO_PACK,
    issuesOf(packId) {
      if (packId === null) return null
      let matcher = matchers.get(packId)
      if (matcher === undefined) {
        const found = packs.find((candidate) => candidate.id === packId)
        matcher = found && found.issues.length > 0 ? compileIssueMatcher(found.issues) : null
        matchers.set(packId, matcher)
      }
      return matcher
    },
    actor: (lower) => actors.get(lower),
    demonymOf: (lower) => demonyms.get(lower),
    adjectiveOf: (state) => adjectives.get(state.toLowerCase()),
    isState: (lower) => states.has(lower) || tagOf(lower).includes('Country'),
    firstNameGender(lower) {
      const tag = tagOf(lower)
      if (tag.includes('MaleName') && !tag.includes('FemaleName')) return 'male'
      if (tag.includes('FemaleName')) return 'female'
      if (tag.includes('FirstName')) return 'unknown'
      return undefined
    },
    isLastName: (lower) => tagOf(lower).includes('LastName'),
    placeKind(lower) {
      const tag = placeTagOf(lower)
      if (tag.includes('Country')) return 'country'
      if (tag.includes('City')) return 'city'
      if (tag.includes('Region') || tag.includes('Place')) return 'region'
      return undefined
    },
    isOrganization: (lower) => {
      const tag = tagOf(lower)
      return tag.includes('Organization') || tag.includes('SportsTeam')
    },
    describes: (noun, name) => described.get(noun)?.has(name.toLowerCase()) === true,
    isDescription: (noun) => described.has(noun),
    isThing: (lower) => things.has(lower) || (lower.endsWith('s') && things.has(lower.slice(0, -1))),
    isAdjective: (lower) => tagOf(lower) === 'Adjective',
  }
}
