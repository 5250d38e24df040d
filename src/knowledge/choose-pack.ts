import type { Article } from '../core/article.js'
import type { Pack, PackActor } from './pack.js'

/** Why a pack was chosen for an article: how often its parties are named and its issues signalled. */
export interface PackChoice {
  readonly pack: Pack
  /** Occurrences of the parties' names, aliases, seats and demonyms. */
  readonly partyHits: number
  /** True when every party is named at least once (for a pack without parties: always). */
  readonly allParties: boolean
  /** Distinct issues whose signals occur. */
  readonly issues: number
  /** Occurrences of issue signals. */
  readonly signalHits: number
}

/**
 * `--pack auto`: the negotiation pack an article is about, or null. A pack qualifies when the article
 * names every one of its parties, three times in all, and signals one of its issues: "ceasefire" is said
 * of many wars, and a state named in passing does not make an article about its war. A pack without
 * parties must signal two issues. The pack with the most hits wins; a tie is no choice, since guessing
 * would put one negotiation's issue ids on another's positions. `packs` are all packs loaded, so that
 * parties may be actors another pack describes (a state of `world`). `words` are the article's words,
 * lower case, as `wordsOnly` splits them.
 */
export function choosePack(words: readonly string[], packs: readonly Pack[]): PackChoice | null {
  const qualified = scorePacks(words, packs).filter(
    (choice) => choice.allParties && choice.partyHits >= 3 && choice.issues >= (choice.pack.parties.length > 0 ? 1 : 2),
  )
  const score = (choice: PackChoice) => choice.partyHits + choice.signalHits
  qualified.sort((a, b) => score(b) - score(a))
  const [best, second] = qualified
  if (!best || (second && score(second) === score(best))) return null
  return best
}

/** How often each negotiation pack's parties and issues occur in the words, unfiltered. */
function scorePacks(words: readonly string[], packs: readonly Pack[]): PackChoice[] {
  return packs.filter((pack) => pack.issues.length > 0).map((pack) => scorePack(words, pack, packs))
}

/** An article's words for `choosePack`: headline and body, split as `wordsOnly` splits a phrase. */
export function articleWords(article: Pick<Article, 'headline' | 'text'>): string[] {
  return wordsOnly(`${article.headline ?? ''}\n${article.text}`).split(' ')
}

/** A name or signal as words, and what it counts for: party `index` or issue `index`. */
interface Phrase {
  readonly words: readonly string[]
  readonly party: boolean
  readonly index: number
}

// A pack's names and signals by their first word, compiled once per pack rather than once per article:
// one map lookup per word of the article.
interface Forms {
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>
  readonly parties: number
  readonly issues: number
}
const formsCache = new WeakMap<Pack, Forms>()

function formsOf(pack: Pack, packs: readonly Pack[]): Forms {
  const cached = formsCache.get(pack)
  if (cached) return cached
  const wanted = new Set(pack.parties)
  const partyActors =
    wanted.size === 0 ? pack.actors : packs.flatMap((source) => source.actors.filter((actor) => wanted.has(actor.name)))
  const names = (actor: PackActor) => [
    actor.name,
    ...(actor.aliases ?? []),
    ...(actor.seats ?? []),
    ...(actor.demonyms ?? []),
  ]
  // Without parties, the pack's actors are one party together.
  const parties = wanted.size === 0 ? [partyActors.flatMap(names)] : partyActors.map(names)
  const byFirst = new Map<string, Phrase[]>()
  const add = (phrases: readonly string[], party: boolean, index: number) => {
    for (const phrase of new Set(phrases.map(wordsOnly))) {
      const words = phrase.split(' ')
      if (phrase === '') continue
      const list = byFirst.get(words[0]!) ?? []
      list.push({ words, party, index })
      byFirst.set(words[0]!, list)
    }
  }
  for (const [index, phrases] of parties.entries()) add(phrases, true, index)
  for (const [index, issue] of pack.issues.entries()) add(issue.signals, false, index)
  const forms = { byFirst, parties: parties.length, issues: pack.issues.length }
  formsCache.set(pack, forms)
  return forms
}

function scorePack(words: readonly string[], pack: Pack, packs: readonly Pack[]): PackChoice {
  const forms = formsOf(pack, packs)
  const perParty = new Array<number>(forms.parties).fill(0)
  const perIssue = new Array<number>(forms.issues).fill(0)
  for (let i = 0; i < words.length; i++) {
    const phrases = forms.byFirst.get(words[i]!)
    if (!phrases) continue
    for (const phrase of phrases) {
      if (!startsAt(words, i, phrase.words)) continue
      if (phrase.party) perParty[phrase.index]!++
      else perIssue[phrase.index]!++
    }
  }
  return {
    pack,
    partyHits: perParty.reduce((a, b) => a + b, 0),
    allParties: perParty.every((hits) => hits > 0),
    issues: perIssue.filter((hits) => hits > 0).length,
    signalHits: perIssue.reduce((a, b) => a + b, 0),
  }
}

function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false
  for (let k = 1; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false
  return true
}

/** Lower case, every run of characters that are not letters or digits one space ("Cease-fire" → "cease fire"). */
export function wordsOnly(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
