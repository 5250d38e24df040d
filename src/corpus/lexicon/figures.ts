/**
 * General English words that tell what a figure counts and what happened to it. Not about any
 * negotiation (those words live in packs): these are how news text reports counts of anything.
 */

/** What happened to the counted things. Matched on lower-case word starts, nearest to the number wins. */
export const FIGURE_ACTIONS: readonly (readonly [action: string, words: readonly string[]])[] = [
  ['launch', ['launched', 'launch', 'launches', 'launching', 'fired', 'sent', 'deployed']],
  [
    'down',
    [
      'downed',
      'shot',
      'intercepted',
      'intercepting',
      'destroyed',
      'destroying',
      'neutralized',
      'neutralised',
      'suppressed',
      'repelled',
    ],
  ],
  ['hit', ['hit', 'struck', 'reached', 'penetrated']],
  ['kill', ['killed', 'killing', 'dead', 'died', 'deaths', 'toll', 'lives']],
  ['injure', ['injured', 'injuring', 'wounded', 'wounding', 'hurt']],
  ['exchange', ['exchanged', 'swapped', 'freed', 'released', 'returned', 'exchange', 'swap']],
  ['capture', ['captured', 'seized', 'took', 'taken', 'occupied']],
  ['limit', ['cap', 'capped', 'caps', 'ceiling', 'limit', 'limited', 'limits', 'maximum']],
  [
    'propose',
    ['proposed', 'proposing', 'offered', 'offering', 'asked', 'demanded', 'sought', 'requested', 'wants', 'proposal'],
  ],
]

/**
 * Nouns that count people, by kind. "people" is compatible with either kind ("12 people" and "60
 * servicemen" may count the same dead); soldiers and civilians are never the same count.
 */
export const PEOPLE_UNITS: ReadonlyMap<string, string> = new Map([
  ...['people', 'persons', 'person', 'residents', 'victims', 'passengers', 'workers', 'men', 'women'].map(
    (word) => [word, 'people'] as const,
  ),
  ...['servicemen', 'soldiers', 'troops', 'fighters', 'personnel', 'marines', 'conscripts'].map(
    (word) => [word, 'people:troops'] as const,
  ),
  ...['civilians', 'civilian', 'children', 'residents'].map((word) => [word, 'people:civilians'] as const),
  ...['prisoners', 'captives', 'detainees', 'pows'].map((word) => [word, 'people:prisoners'] as const),
])

/** Words after which a place names where something happened or was aimed. */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'over',
  'at',
  'on',
  'against',
  'into',
  'across',
  'inside',
  'toward',
  'towards',
  'near',
])

/** Clause boundaries inside a sentence: figures on either side may be about different things. */
export const CLAUSE_BREAK = /;|:|,\s+(?:while|whereas|but)\s+|\s+(?:while|whereas|but)\s+|,\s+and\s+that\s+/g

/** A figure for one day or night, one week, or a running total. */
export const PERIOD_WORDS: readonly (readonly [period: string, pattern: RegExp])[] = [
  ['total', /\b(?:since|so far|in total|total|to date|cumulative|altogether)\b/i],
  ['week', /\b(?:this|last|past|previous) week\b/i],
  [
    'day',
    /\b(?:overnight|tonight|today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening))\b/i,
  ],
]

/** A verb that gives a figure as a new value when followed by "to": "raised to 800,000", "cut to 19". */
export const REVISION_BEFORE =
  /\b(?:raised|cut|reduced|increased|lowered|trimmed|revised|rose|risen|rises|climbed|fell|dropped|jumped)\s+to\s+(?:about\s+|around\s+|some\s+)?$/i

/** Words between a subject and its verb that do not change who acts ("Russia also launched"). */
export const SUBJECT_FILLERS = new Set(['also', 'had', 'has', 'have', 'again', 'then', 'reportedly', 'allegedly'])
