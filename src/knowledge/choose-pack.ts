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
 * parties may be actors another pack describes (a state of `world`).
 */
export function choosePack(article: Pick<Article, 'headline' | 'text'>, packs: readonly Pack[]): PackChoice | null {
  const qualified = scorePacks(article, packs).filter(
    (choice) => choice.allParties && choice.partyHits >= 3 && choice.issues >= (choice.pack.parties.length > 0 ? 1 : 2),
  )
  const score = (choice: PackChoice) => choice.partyHits + choice.signalHits
  qualified.sort((a, b) => score(b) - score(a))
  const [best, second] = qualified
  if (!best || (second && score(second) === score(best))) return null
  return best
}

/** How often each negotiation pack's parties and issues occur in the article, unfiltered. */
export function scorePacks(article: Pick<Article, 'headline' | 'text'>, packs: readonly Pack[]): PackChoice[] {
  const haystack = ` ${wordsOnly(`${article.headline ?? ''}\n${article.text}`)} `
  return packs.filter((pack) => pack.issues.length > 0).map((pack) => scorePack(haystack, pack, packs))
}

// A pack's searchable forms, normalized once per pack rather than once per article.
interface Forms {
  /** Per party, its padded names: name, aliases, seats and demonyms. */
  readonly parties: readonly string[][]
  /** Per issue, its padded signals. */
  readonly issues: readonly string[][]
}
const formsCache = new WeakMap<Pack, Forms>()

function formsOf(pack: Pack, packs: readonly Pack[]): Forms {
  let forms = formsCache.get(pack)
  if (!forms) {
    const padded = (phrases: readonly string[]) =>
      [...new Set(phrases.map((phrase) => ` ${wordsOnly(phrase)} `))].filter((form) => form.trim() !== '')
    const wanted = new Set(pack.parties)
    const parties =
      wanted.size === 0
        ? pack.actors
        : packs.flatMap((source) => source.actors.filter((actor) => wanted.has(actor.name)))
    const names = (actor: PackActor) => [
      actor.name,
      ...(actor.aliases ?? []),
      ...(actor.seats ?? []),
      ...(actor.demonyms ?? []),
    ]
    forms = {
      // Without parties, the pack's actors are one party together.
      parties: wanted.size === 0 ? [padded(parties.flatMap(names))] : parties.map((actor) => padded(names(actor))),
      issues: pack.issues.map((issue) => padded(issue.signals)),
    }
    formsCache.set(pack, forms)
  }
  return forms
}

function scorePack(haystack: string, pack: Pack, packs: readonly Pack[]): PackChoice {
  const forms = formsOf(pack, packs)
  const hitsOf = (phrases: readonly string[]) => phrases.reduce((sum, form) => sum + occurrences(haystack, form), 0)
  const perParty = forms.parties.map(hitsOf)
  const perIssue = forms.issues.map(hitsOf)
  return {
    pack,
    partyHits: perParty.reduce((a, b) => a + b, 0),
    allParties: perParty.every((hits) => hits > 0),
    issues: perIssue.filter((hits) => hits > 0).length,
    signalHits: perIssue.reduce((a, b) => a + b, 0),
  }
}

/** Non-overlapping occurrences of ` word word ` in ` text `; the padding makes them whole words. */
function occurrences(haystack: string, form: string): number {
  let count = 0
  // Step past the form but keep its trailing space, which the next occurrence's leading space needs.
  for (let at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + form.length - 1)) count++
  return count
}

/** Lower case, every run of characters that are not letters or digits one space ("Cease-fire" → "cease fire"). */
export function wordsOnly(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
