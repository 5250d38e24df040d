// Word lists and a light stemmer for comparing a headline with its body.

/** Function words and headline filler that carry no claim. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at for from by with about as into onto over under after before ' +
    "than then that this these those there here it its it’s it's is are was were be been being am do does did " +
    'has have had having will would shall should can could may might must not no yes so if while when where ' +
    'who whom whose which what why how all any some each every more most other such only own same too very ' +
    'just also up down out off again once i me my we our us you your he him his she her they them their ' +
    'says say said saying report reports reported reportedly new news video watch photos photo update ' +
    'breaking exclusive via amid after against now still get gets got one two three year years day days ' +
    'remain remains remained ' +
    'could be s t don doesn didn isn wasn aren weren won wouldn can’t don’t doesn’t didn’t'
  ).split(/\s+/),
)

/** Words a body uses to say a claim is false. */
export const REFUTING_WORDS = new Set([
  'fake',
  'fraud',
  'hoax',
  'false',
  'deny',
  'denies',
  'denied',
  'denial',
  'debunk',
  'debunked',
  'debunks',
  'refute',
  'refuted',
  'refutes',
  'untrue',
  'fabricated',
  'fabrication',
  'satire',
  'satirical',
  'doubt',
  'doubts',
  'bogus',
  'misleading',
  'myth',
  'rumour',
  'prank',
  'pranks',
  'retract',
  'retracted',
  'nonsense',
  'baseless',
  'unfounded',
  'dismissed',
  // Not 'wrong': "went wrong", "the wrong turn" report events, they do not refute.
])

/** Words a body uses to report a claim without vouching for it. */
export const HEDGING_WORDS = new Set([
  'reportedly',
  'allegedly',
  'alleged',
  'claims',
  'claimed',
  'claim',
  'purportedly',
  'purported',
  'apparently',
  'unconfirmed',
  'unverified',
  'rumor',
  'rumors',
  'rumours',
  'speculation',
  'may',
  'might',
  'could',
  'possibly',
  'appears',
  'appear',
  'seems',
  'suggests',
  'according',
  'believed',
  'suspected',
  'if',
  'whether',
])

/**
 * Headline words that put the claim in someone else's mouth or leave it open: "Report: …", "… , source says",
 * "X reportedly …", "X may …". Such a headline announces a report, and the body reports it rather than vouching.
 */
export const HEADLINE_HEDGES = new Set(
  (
    'reportedly allegedly alleged purportedly purported apparently possibly may might could ' +
    'rumor rumors rumour rumours rumored rumoured unconfirmed suspected speculation appears suggests ' +
    'according claims report reports reported says say said source sources'
  ).split(' '),
)

/** Words that make a noun hypothetical: "a potential deal" is no deal. */
export const HYPOTHETICAL_MODIFIERS = new Set([
  'potential',
  'possible',
  'proposed',
  'prospective',
  'hypothetical',
  'future',
  'draft',
  'any',
  'no',
  'planned',
  'would-be',
])

/** Superlatives and intensifiers a reporter should back with facts. */
export const INTENSIFIERS = new Set([
  'unprecedented',
  'historic',
  'massive',
  'huge',
  'devastating',
  'catastrophic',
  'stunning',
  'stunned',
  'shocking',
  'shocked',
  'dramatic',
  'dramatically',
  'extraordinary',
  'staggering',
  'explosive',
  'sweeping',
  'crushing',
  'brutal',
  'record',
  'worst',
  'biggest',
  'largest',
  'greatest',
  'deadliest',
  'unparalleled',
  'spectacular',
  'unbelievable',
  'incredible',
  'enormous',
  'colossal',
  'unthinkable',
])

/**
 * Reduces a lower-case word to a comparison stem: possessive, plural and common verb endings dropped.
 * Not a linguistic stemmer; it only has to map a headline word and its body forms to one key.
 *
 * @example stem('stuns') === stem('stunned') // both 'stun'
 */
export function stem(lower: string): string {
  let cached = STEMS.get(lower)
  if (cached === undefined) {
    cached = stemWord(lower)
    // News vocabulary repeats: a bounded cache makes stemming a map lookup.
    if (STEMS.size > 100_000) STEMS.clear()
    STEMS.set(lower, cached)
  }
  return cached
}

const STEMS = new Map<string, string>()

// "$26B" in a headline, "$26 billion" in its body; "1000" and "1,000": a figure's key is its digits.
const FIGURE = /^(\d[\d,]*(?:\.\d+)?)(?:b|bn|m|mn|k|tn)?$/

function stemWord(lower: string): string {
  const figure = FIGURE.exec(lower)
  if (figure) return figure[1]!.replace(/,/g, '')
  let word = lower.replace(/['’]s$/, '').replace(/['’]/g, '')
  if (word.length <= 3) return word
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`
  else if (/(ss|us|is)$/.test(word)) return word
  else if (/(sses|shes|ches|xes|zes)$/.test(word)) word = word.slice(0, -2)
  else if (word.endsWith('s')) word = word.slice(0, -1)
  // Nouns made from verbs: "withdrawal" and "withdraw", "agreement" and "agreed", "refusal" and "refused".
  if (word.length >= 9 && word.endsWith('ment')) word = word.slice(0, -4)
  else if (word.length >= 7 && word.endsWith('al') && !word.endsWith('ial')) word = word.slice(0, -2)
  if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3)
  else if (word.endsWith('ed') && word.length > 4) word = word.slice(0, -2)
  // "stunned" → "stunn" → "stun"; "planned" → "plan".
  if (/([bdfgklmnprt])\1$/.test(word)) word = word.slice(0, -1)
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1)
  return word
}

// ("9,000 Homes": a thousands comma stays inside its figure.)
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]|,(?=\d{3}\b))*/gu

/** The words of a headline with their offsets in it, trailing dots and dashes dropped. */
export function headlineWords(headline: string): { text: string; lower: string; start: number; end: number }[] {
  const words: { text: string; lower: string; start: number; end: number }[] = []
  for (const match of headline.matchAll(WORD)) {
    const text = match[0].replace(/[.'’-]+$/, '')
    if (text === '') continue
    const start = match.index
    words.push({ text, lower: text.toLowerCase(), start, end: start + text.length })
  }
  return words
}

/**
 * Headline words that assert an outcome or a reaction. A headline may paraphrase its body ("Hammers"
 * for "criticized"), but when one of these is absent the headline claims something the body does not
 * report: a deal, a surrender, a record, allies stunned.
 */
export const CLAIM_WORDS = new Set(
  (
    'deal agreement agrees agreed accepts accepted breakthrough ceasefire truce peace treaty pact accord ' +
    'surrender surrenders collapse collapses resigns resigned quits fired wins won victory defeat defeated ' +
    'loses lost stuns stunned stunning shock shocks shocked confirms confirmed rejects rejected approves ' +
    'approved signs signed ban bans banned kills killed dead dies death war invades invasion record first ' +
    'biggest largest worst historic unprecedented arrest arrested charged sanctions withdraws withdrawal ' +
    'retreat captures captured seizes seized falls ends halts suspends suspended cancels cancelled canceled ' +
    'deploys deployed admits admitted denies denied backs backed dumps dropped drops revives revived sparks sparked ' +
    'upholds upheld overturns overturned lifts lifted fines fined unanimously unanimous evict evicts evicted ' +
    // Multiples are figures ("Agrees to Double Quotas"); pulling something and conceding are outcomes.
    'double doubles doubled triple triples tripled halve halves halved quadruple quadruples pulls pulled ' +
    'concedes conceded ' +
    // Sides that unite: a body that shows them split does not back it.
    'unite unites united'
  ).split(' '),
)

/**
 * Headline words the body may say as a denial of their opposite: "Rejects" over "will not accept",
 * "Halts" over "will no longer connect". Each entry: a headline word, then body words that back it when
 * a negator stands before them.
 */
export const NEGATED_OPPOSITES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      'rejects accept accepts agree support',
      'rejected accept accepted agree support',
      'refuses accept agree',
      'halts allow allowed approve approved continue connect connected open opened',
      'stops allow allowed continue',
      'bans allow allowed permit permitted',
    ] as const
  ).map((line) => {
    const [word, ...opposites] = line.split(' ')
    return [word!, opposites] as const
  }),
)

/**
 * Words a headline uses for what its body says in other words: "Talks Collapse" over "talks broke down",
 * "Swap Deal" over "an exchange agreement". Each entry: a headline word, then body words that back it.
 */
export const HEADLINE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      'double doubled doubling twofold',
      'doubles doubled doubling twofold',
      'triple tripled tripling threefold',
      'halve halved halving half',
      'pulls pulled removed removes withdrew withdraws',
      'concedes conceded admitted admits acknowledged acknowledges',
      'deal agreement accord pact treaty',
      'agreement deal accord pact',
      'pact agreement deal accord treaty',
      'swap exchange trade',
      'invaded invasion invading',
      'invades invasion invading',
      'invade invasion invading',
      'exchange swap',
      'collapse broke failed stalled',
      'collapses broke failed stalled',
      'talks negotiations meeting discussions bargaining',
      'stall stalled deadlock deadlocked impasse stuck without',
      'visit trip met meeting talks',
      'ends ended concluded closed finished',
      'warns warned cautioned risk risks threat',
      'cloud risk risks threaten threatens weigh weighs',
      'outlook growth forecast prospects',
      'pay wage wages salary salaries raise',
      'tense heated angry clash clashed tension tensions',
      'hearing session meeting comment testimony',
      'clash clashed dispute disagree disagreed argued sides',
      'point issue',
      'without no not never failed',
      'sticking dispute disagreement obstacle divided insist insists concern concerns',
      'edge closer near nearer progress',
      'holds held kept unchanged steady',
      'slams criticized criticised attacked condemned',
      'hits struck attacked',
      'kill killed dead died deaths death lives',
      'kills killed dead died deaths death lives',
      'vows pledged promised',
      'rejects rejected refused dismissed against opposed oppose',
      'drops dropped removed removing scrapped thrown struck deleted axed abandoned',
      'backs supported endorsed backed favour favor',
      'fines fined',
      'urges urged called pressed',
      'eyes considering weighing',
      'mulls considering weighing',
      'quits resigned resigns leave leaving withdraw withdrawing exit pull',
      'strike walkout walked',
      'walk walked walkout strike',
      'upholds upheld confirmed',
      'approves voted passed adopted approved backed',
      'approved voted passed adopted backed',
      'upheld confirmed',
      'overturns overturned struck annulled quashed invalidated',
      'overturned struck annulled quashed invalidated',
      'watchdog regulator authority commission agency ombudsman',
      'concerns concern concerned worried worries warned doubts',
      'raises voiced flagged warned',
      'nears approaches approaching looms looming nearing',
      'looms approaches approaching nears nearing',
      'expiry expires expire expired expiration',
    ] as const
  ).map((line) => {
    const [word, ...synonyms] = line.split(' ')
    return [word!, synonyms] as const
  }),
)
