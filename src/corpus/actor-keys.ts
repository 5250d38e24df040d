import type { AnalysisEntity } from '../core/analysis.js'
import type { EntityType } from '../core/facts.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { ActorKey } from '../store/store.js'

/**
 * The keys an entity of one article is recognised by across articles, strongest first.
 *
 * - A name or alias that a pack knows gives the pack's canonical name ("Zelensky" → "Volodymyr
 *   Zelenskyy"), so every spelling the pack lists is one actor.
 * - The name and every multi-word alias, folded (accents, case, common transliteration endings:
 *   "Zelenskiy", "Zelenski" and "Zelenskyy" fold alike), so variants no pack lists still meet.
 * - A person named by a surname alone ("Witkoff said") joins the one actor with that surname, and a
 *   full name joins the one actor known only by its surname; when two people share the surname,
 *   neither joins, since a wrong merge is worse than a split.
 *
 * Titles are not part of a name (the entities stage keeps them as roles), so a title that changes
 * between articles ("Foreign Minister" → "former foreign minister") never splits an actor.
 *
 * @example actorKeys({ name: 'Steve Witkoff', type: 'person', aliases: ['Witkoff'] }, knowledge).map((k) => k.key)
 * // ['person:steve witkoff', 'person-lone:witkoff', 'person-surname:witkoff']
 */
export function actorKeys(
  entity: Pick<AnalysisEntity, 'name' | 'type' | 'aliases'>,
  knowledge: Pick<Knowledge, 'actor'>,
): ActorKey[] {
  const group = groupOf(entity.type)
  const keys: ActorKey[] = []
  const add = (key: string, join: ActorKey['join'], record: ActorKey['record']) => {
    if (!keys.some((existing) => existing.key === key)) keys.push({ key, join, record })
  }
  for (const form of [entity.name, ...entity.aliases]) {
    const known = knowledge.actor(form.toLowerCase())
    if (known && !known.seatOf && groupOf(known.type) === group) add(`${group}:${foldName(known.name)}`, 'exact', 'add')
  }
  for (const form of [entity.name, ...entity.aliases]) {
    const folded = foldName(form)
    // A lone word naming a person is a surname, which several people may share.
    if (folded === '' || (entity.type === 'person' && !folded.includes(' '))) continue
    add(`${group}:${folded}`, 'exact', 'add')
  }
  if (entity.type === 'person') {
    const folded = foldName(entity.name)
    // A longer name whose last two words are a full name is that person ("Sir Keir Starmer", or a
    // title the entities stage left in, "State Marco Rubio").
    const words = folded.split(' ')
    if (words.length > 2) add(`person:${words.slice(-2).join(' ')}`, 'exact', 'add')
    const surname = folded.split(' ').pop() ?? ''
    if (surname === '') return keys
    if (folded.includes(' ')) {
      add(`person-lone:${surname}`, 'unique', 'drop')
      add(`person-surname:${surname}`, null, 'add')
    } else {
      add(`person-lone:${surname}`, 'unique', 'add')
      add(`person-surname:${surname}`, 'unique', null)
    }
  }
  return keys
}

/** Persons, bodies (organizations and groups) and places are never one actor, whatever their names. */
function groupOf(type: EntityType): string {
  if (type === 'person') return 'person'
  if (type === 'location') return 'place'
  return 'body'
}

/**
 * Lower case, no accents, no punctuation, no leading "the", and one spelling for the transliteration
 * endings -y, -i, -iy, -yy, -ii, -yi of words over four letters (Zelenskyy, Zelenskiy, Zelenski;
 * Andriy, Andrii).
 *
 * @example foldName('Andrii  Sybiha') // 'andry sybiha'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .split(' ')
    .map((word) => (word.length > 4 ? word.replace(/(?:iy|yy|yi|ii|ij|y|i)$/, 'y') : word))
    .join(' ')
}
