// Words that report where an actor stands, and the words around them that change the stance.

/** The stance a word reports before negation, modality and conditions are read. */
export type BaseStance = 'for' | 'against' | 'undecided'

/**
 * What must follow the word before its complement starts: "to" (willing to, objects to), "for"
 * (pushed for), "on" (insisted on), "out" (ruled out), or nothing (rejected X). `optional` lets the
 * particle be absent ("wants X", "wants to X").
 */
export interface StanceWord {
  readonly lemma: string
  readonly stance: BaseStance
  readonly particle: 'to' | 'for' | 'on' | 'out' | 'that' | 'with' | 'of' | 'out for' | null
  readonly optional?: boolean
  /** A second particle that opens the complement too: "called for X", "called on Y to X", "argued that X". */
  readonly alternative?: 'on' | 'that' | 'against'
  /** The stance when the alternative particle opens the complement: "voted against X". */
  readonly alternativeStance?: BaseStance
  /** The stance when negated, if not the opposite: "not committing to a rate path" leaves it open. */
  readonly negatedStance?: BaseStance
}

const ENTRIES: readonly [StanceWord, readonly string[]][] = [
  // Readiness: "is willing to", "is prepared to drop", "stands ready to".
  [{ lemma: 'willing', stance: 'for', particle: 'to' }, ['willing']],
  [{ lemma: 'prepared', stance: 'for', particle: 'to' }, ['prepared']],
  [{ lemma: 'ready', stance: 'for', particle: 'to' }, ['ready']],
  [{ lemma: 'eager', stance: 'for', particle: 'to' }, ['eager', 'keen']],
  // "open to both routes": willing to consider, not decided.
  [{ lemma: 'open', stance: 'undecided', particle: 'to' }, ['open']],
  [{ lemma: 'committed', stance: 'for', particle: 'to', negatedStance: 'undecided' }, ['committed']],
  [{ lemma: 'determined', stance: 'for', particle: 'to' }, ['determined']],
  // "commits to a ceasefire"; "is not pre-committing to any rate path" keeps every path open.
  [
    { lemma: 'commit', stance: 'for', particle: 'to', negatedStance: 'undecided' },
    ['commit', 'commits', 'committing', 'pre-commit', 'pre-commits', 'pre-committing', 'precommitting'],
  ],
  [{ lemma: 'unwilling', stance: 'against', particle: 'to' }, ['unwilling', 'reluctant']],
  // "decided to X"; "has not decided whether to X" leaves it open (read in `complementStart`).
  [{ lemma: 'decide', stance: 'for', particle: 'to', negatedStance: 'undecided' }, ['decide', 'decides', 'decided']],
  // "would not hesitate to strengthen the law": hesitating is holding back; not hesitating, resolve.
  [{ lemma: 'hesitate', stance: 'against', particle: 'to' }, ['hesitate', 'hesitates', 'hesitated']],
  // "is opposed to X"; "opposed any limits" (the verb's past).
  [{ lemma: 'opposed', stance: 'against', particle: 'to', optional: true }, ['opposed']],
  // "has been critical of the deal", "is supportive of the plan".
  [{ lemma: 'critical', stance: 'against', particle: 'of' }, ['critical', 'sceptical', 'skeptical']],
  [{ lemma: 'supportive', stance: 'for', particle: 'of' }, ['supportive']],
  // Asking for something.
  [{ lemma: 'push', stance: 'for', particle: 'for' }, ['push', 'pushes', 'pushed', 'pushing']],
  [{ lemma: 'call', stance: 'for', particle: 'for', alternative: 'on' }, ['call', 'calls', 'called', 'calling']],
  [{ lemma: 'appeal', stance: 'for', particle: 'for' }, ['appeal', 'appeals', 'appealed', 'appealing']],
  [{ lemma: 'ask', stance: 'for', particle: 'for' }, ['ask', 'asks', 'asked', 'asking']],
  [{ lemma: 'press', stance: 'for', particle: 'for' }, ['press', 'presses', 'pressed', 'pressing']],
  // "is holding out for 60,000 tonnes": refusing less than X ("held talks for hours" holds out for nothing).
  [{ lemma: 'hold out', stance: 'for', particle: 'out for' }, ['hold', 'holds', 'held', 'holding']],
  [{ lemma: 'lobby', stance: 'for', particle: 'for' }, ['lobby', 'lobbies', 'lobbied', 'lobbying']],
  [{ lemma: 'argue', stance: 'for', particle: 'for', alternative: 'that' }, ['argue', 'argues', 'argued', 'arguing']],
  // "insisted on X"; "insisted that the ports be added" (a demand, read only with a subjunctive).
  [
    { lemma: 'insist', stance: 'for', particle: 'on', alternative: 'that' },
    ['insist', 'insists', 'insisted', 'insisting'],
  ],
  [{ lemma: 'demand', stance: 'for', particle: null }, ['demand', 'demands', 'demanded', 'demanding']],
  [{ lemma: 'seek', stance: 'for', particle: null }, ['seek', 'seeks', 'sought', 'seeking']],
  [{ lemma: 'want', stance: 'for', particle: 'to', optional: true }, ['want', 'wants', 'wanted']],
  [{ lemma: 'propose', stance: 'for', particle: null }, ['propose', 'proposes', 'proposed']],
  // "floated a compromise", "tabled a proposal": put forward, only with a proposal as the object.
  [{ lemma: 'propose', stance: 'for', particle: null }, ['floated', 'floats', 'tabled', 'tables']],
  // "urged European partners to speed up deliveries": what the speaker asks others to do.
  [{ lemma: 'urge', stance: 'for', particle: null }, ['urge', 'urges', 'urged', 'urging']],
  // Agreeing and backing.
  [{ lemma: 'support', stance: 'for', particle: null }, ['support', 'supports', 'supported']],
  [{ lemma: 'back', stance: 'for', particle: null }, ['back', 'backs', 'backed']],
  [{ lemma: 'endorse', stance: 'for', particle: null }, ['endorse', 'endorses', 'endorsed']],
  // "the union would recommend a deal that …" to its members.
  [{ lemma: 'recommend', stance: 'for', particle: null }, ['recommend', 'recommends', 'recommended']],
  [{ lemma: 'favor', stance: 'for', particle: null }, ['favor', 'favors', 'favored', 'favour', 'favours', 'favoured']],
  [{ lemma: 'welcome', stance: 'for', particle: null }, ['welcome', 'welcomes', 'welcomed']],
  [{ lemma: 'accept', stance: 'for', particle: null }, ['accept', 'accepts', 'accepted']],
  [{ lemma: 'agree', stance: 'for', particle: 'to' }, ['agree', 'agrees', 'agreed']],
  // "offered to mediate", "are offering a raise of 3.5 percent".
  [{ lemma: 'offer', stance: 'for', particle: 'to', optional: true }, ['offer', 'offers', 'offered', 'offering']],
  // "would not extend defense commitments to Ukraine": granting something asked for.
  [{ lemma: 'extend', stance: 'for', particle: null }, ['extend', 'extends', 'extended']],
  [{ lemma: 'vow', stance: 'for', particle: 'to' }, ['vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged']],
  [{ lemma: 'promise', stance: 'for', particle: 'to' }, ['promise', 'promises', 'promised']],
  // Intentions and threats: "plans to expand the program", "threatened to cut gas supplies".
  [{ lemma: 'plan', stance: 'for', particle: 'to' }, ['plan', 'plans', 'planned', 'planning']],
  [{ lemma: 'intend', stance: 'for', particle: 'to' }, ['intend', 'intends', 'intended', 'intending']],
  // "still hoping for a settlement": wanting an outcome.
  [{ lemma: 'hope', stance: 'for', particle: 'for' }, ['hope', 'hopes', 'hoped', 'hoping']],
  [{ lemma: 'aim', stance: 'for', particle: 'to' }, ['aim', 'aims', 'aimed', 'aiming']],
  [{ lemma: 'threaten', stance: 'for', particle: 'to' }, ['threaten', 'threatens', 'threatened', 'threatening']],
  [{ lemma: 'defend', stance: 'for', particle: null }, ['defend', 'defends', 'defended']],
  // "Washington stood with its ally": solidarity is support.
  [{ lemma: 'stand with', stance: 'for', particle: 'with' }, ['stand', 'stands', 'stood', 'standing']],
  // "could live with a later deadline": can accept it (only after a modal, see the positions stage).
  [{ lemma: 'live with', stance: 'for', particle: 'with' }, ['live']],
  // "will vote for the measure", "would vote against the budget". ("voted against" is a decision taken,
  // which readers do not count as a position.)
  [
    { lemma: 'vote', stance: 'for', particle: 'for', alternative: 'against', alternativeStance: 'against' },
    ['vote', 'votes', 'voting'],
  ],
  // Refusing.
  [{ lemma: 'reject', stance: 'against', particle: null }, ['reject', 'rejects', 'rejected', 'rejecting']],
  // "Officials in Paris fear that the quota system could lock in …": against what is feared.
  [{ lemma: 'fear', stance: 'against', particle: 'that' }, ['fear', 'fears', 'feared']],
  [{ lemma: 'worry', stance: 'against', particle: 'that' }, ['worry', 'worries', 'worried']],
  [{ lemma: 'oppose', stance: 'against', particle: null }, ['oppose', 'opposes', 'opposing']],
  [{ lemma: 'object', stance: 'against', particle: 'to' }, ['object', 'objects', 'objected']],
  [{ lemma: 'refuse', stance: 'against', particle: 'to', optional: true }, ['refuse', 'refuses', 'refused']],
  [{ lemma: 'rule out', stance: 'against', particle: 'out' }, ['rule', 'rules', 'ruled']],
  [{ lemma: 'dismiss', stance: 'against', particle: null }, ['dismiss', 'dismisses', 'dismissed']],
  [{ lemma: 'resist', stance: 'against', particle: null }, ['resist', 'resists', 'resisted']],
  // "would fight any attempt to impose one": only against a measure (see FOUGHT_MEASURES), not an enemy.
  [{ lemma: 'fight', stance: 'against', particle: null }, ['fight', 'fights', 'fought']],
  // "would challenge any new law that …" (in court): like "fight", only against a measure.
  [{ lemma: 'challenge', stance: 'against', particle: null }, ['challenge', 'challenges', 'challenged']],
  [{ lemma: 'veto', stance: 'against', particle: null }, ['veto', 'vetoes', 'vetoed']],
  [{ lemma: 'balk', stance: 'against', particle: null }, ['balk', 'balks', 'balked', 'baulked']],
  [{ lemma: 'deny', stance: 'against', particle: null }, ['deny', 'denies', 'denied']],
  // Condemning: "condemned the strikes", "criticised the decision".
  [
    { lemma: 'condemn', stance: 'against', particle: null },
    ['condemn', 'condemns', 'condemned', 'denounce', 'denounces', 'denounced', 'decried', 'decries'],
  ],
  [
    { lemma: 'criticize', stance: 'against', particle: null },
    ['criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised'],
  ],
  // Not yet decided.
  [{ lemma: 'consider', stance: 'undecided', particle: null }, ['considering', 'weighing', 'mulling', 'studying']],
  // "We are against any merger that …": against after a form of "be".
  [{ lemma: 'against', stance: 'against', particle: null }, ['against']],
]

const BY_FORM = new Map<string, StanceWord>()
for (const [word, forms] of ENTRIES) for (const form of forms) BY_FORM.set(form, word)

/** The stance word a lower-case form belongs to, if any. */
export const stanceWord = (lower: string): StanceWord | undefined => BY_FORM.get(lower)

/** "deny" reports a stance only about wants and plans ("denies any ambitions to"), not facts ("denied that"). */
export const DENIED_WANTS = new Set([
  'ambition',
  'ambitions',
  'plan',
  'plans',
  'intention',
  'intentions',
  'intent',
  'desire',
  'aim',
  'aims',
  'designs',
  'wanting',
  'seeking',
  'planning',
  'interest',
])

export const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no', 'nor'])
/** Modal verbs that make a stance a possibility, not a decision. */
// ("could accept X" says X is acceptable: a position for X, as readers take it; "might" keeps it open.)
export const HEDGING_MODALS = new Set(['may', 'might'])

/** Modal verbs that commit the subject in reported speech: "would not sign", "should start", "won't". */
export const COMMITMENT_MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'shall',
  'wo',
  'ca',
  "'ll",
  '’ll',
])
/** What one side can grant or withhold: "there will be no deal" refuses one; "no victory" foretells. */
export const NEGOTIATED_THINGS = new Set(
  (
    'deal deals agreement agreements compromise compromises concession concessions talks negotiations ' +
    'negotiation ceasefire truce peace settlement retreat withdrawal surrender return exchange amnesty ' +
    'recognition membership accession discussion discussions dialogue funding aid money extension exemption'
  ).split(' '),
)
/** Modals that ask for something: "the city should start with a pilot route" is a position for it. */
export const ADVOCACY_MODALS = new Set(['should', 'must'])
/**
 * Verbs after a modal that report knowledge, speech or a mere event rather than a commitment:
 * "we cannot say", "it will happen".
 */
export const NOT_COMMITMENTS = new Set(
  'say tell comment speculate confirm know guess imagine predict expect remember see happen recall describe explain reveal disclose hesitate wait mind help need'.split(
    ' ',
  ),
)
/** After "will not", "would not": these open the condition the refusal waits for ("until Y", "before Y"). */
export const REFUSAL_CONDITION_MARKERS: readonly (readonly string[])[] = [
  ['until'],
  ['before'],
  ['while'],
  ['as', 'long', 'as'],
]

/** Nouns for a party to a dispute, which a speaker of that party speaks for. */
export const SIDE_NOUNS = new Set(
  'government administration country side delegation party union employers workers management company bank council city ministry'.split(
    ' ',
  ),
)

/**
 * Words that judge what they describe, for "called the plan "unworkable"", "called the strikes an act of
 * terror": the judgment is a stance against or for the thing called so.
 */
export const NEGATIVE_JUDGMENTS = new Set(
  (
    'unworkable unacceptable unrealistic absurd ridiculous reckless dangerous illegal illegitimate unlawful ' +
    'outrageous shameful disgraceful irresponsible terror terrorism terrorist crime crimes criminal ' +
    'provocation provocative mistake blunder disaster catastrophe betrayal farce sham hoax nonsense ' +
    'unjust unfair insult insulting threat attack aggression blackmail non-starter nonstarter ' +
    'disproportionate brutal cruel draconian excessive punitive disgrace scandal scandalous appalling ' +
    'deplorable misguided flawed cynical arbitrary discriminatory premature pointless counterproductive ' +
    'undemocratic unconstitutional'
  ).split(' '),
)
export const POSITIVE_JUDGMENTS = new Set(
  (
    'constructive positive useful productive fair reasonable acceptable workable promising historic ' +
    'breakthrough welcome encouraging important necessary essential step overdue sensible vital landmark ' +
    'balanced'
  ).split(' '),
)

/** Words that open a condition: "willing to X if Y", "in exchange for Y". One or more words each. */
export const CONDITION_MARKERS: readonly (readonly string[])[] = [
  ['only', 'if'],
  ['if'],
  ['unless'],
  ['provided', 'that'],
  ['provided'],
  ['providing'],
  ['on', 'condition', 'that'],
  ['on', 'the', 'condition', 'that'],
  ['as', 'long', 'as'],
  ['so', 'long', 'as'],
  ['in', 'exchange', 'for'],
  ['in', 'return', 'for'],
  ['subject', 'to'],
  ['conditional', 'on'],
  ['contingent', 'on'],
  ['as', 'soon', 'as'],
  ['only', 'once'],
  ['only', 'when'],
  // "would consider her release only after the courts had ruled".
  ['only', 'after'],
]

/** Markers that bring nothing but a condition, so they may stand further from the proposition than "if". */
const WEAK_MARKERS = new Set(['if', 'as soon as', 'subject to'])
export const STRONG_CONDITION_MARKERS: readonly (readonly string[])[] = CONDITION_MARKERS.filter(
  (marker) => !WEAK_MARKERS.has(marker.join(' ')),
)

/** Words that end a proposition: the clause or its main content is over. */
export const PROPOSITION_STOPS: readonly (readonly string[])[] = [
  ['but'],
  ['yet'],
  ['while'],
  ['whereas'],
  ['although'],
  ['though'],
  ['because'],
  ['since'],
  ['after'],
  ['amid'],
  ['during'],
  ['despite'],
  ['as', 'part', 'of'],
  ['as', 'a', 'condition'],
  ['as', 'a', 'result'],
  ['in', 'light', 'of'],
  ['due', 'to'],
  ['because', 'of'],
  ['according', 'to'],
  // "wants to close the port so they cannot smuggle arms": the purpose is no part of what is wanted.
  ['so', 'that'],
  ...'he she they we it i you'.split(' ').map((pronoun) => ['so', pronoun]),
  // "asked for trains when he visited the capital", "dismissed the plan as it ignored …": a clause of its own.
  ...'he she they we it i you the'.split(' ').map((subject) => ['when', subject]),
  ...'he she they we it i you'.split(' ').map((pronoun) => ['as', pronoun]),
  ['saying'],
  ['adding'],
  ['which'],
  ['who'],
  // When it was said is no part of what is wanted: "appealed for calm on Tuesday".
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' ').map((day) => ['on', day]),
  ['yesterday'],
  ['today'],
  ['overnight'],
  ['last', 'week'],
  ['this', 'week'],
  ['earlier', 'this'],
  ['on', 'the', 'sidelines'],
]

/** What one offers in words, not in a deal: "offered a muted response", "offered condolences". */
export const SAID_THINGS = new Set(
  (
    'response responses reaction reactions comment comments outlook view views assessment analysis ' +
    'explanation explanations apology apologies condolences prayers thoughts praise insight insights glimpse ' +
    'advice testimony account details clues hint hints warning warnings'
  ).split(' '),
)

/** Nouns that only announce the thing proposed: "proposals (from X) to give up territory" → "give up territory". */
export const PROPOSAL_NOUNS = new Set([
  'proposal',
  'proposals',
  'plan',
  'plans',
  'demand',
  'demands',
  'call',
  'calls',
  'idea',
  'ideas',
  'offer',
  'offers',
  'request',
  'requests',
  'suggestion',
  'suggestions',
  'attempt',
  'attempts',
  'effort',
  'efforts',
  'ambition',
  'ambitions',
  'intention',
  'intentions',
  'pressure',
  'push',
  'bid',
  'move',
  'moves',
])

/** Nouns that carry their owner's stance on what follows "to" or "for": "her proposal to", "Moscow's refusal to". */
export const OWNED_PROPOSALS: ReadonlyMap<string, BaseStance> = new Map([
  ...'proposal plan demand call offer bid push pledge promise vow drive'
    .split(' ')
    .map((word): [string, BaseStance] => [word, 'for']),
  ...'refusal rejection opposition'.split(' ').map((word): [string, BaseStance] => [word, 'against']),
])

/** "the U.S.-backed proposal": participles that make the named actor the proposal's sponsor. */
export const SPONSOR_PARTICIPLES = new Set(['backed', 'proposed', 'brokered', 'drafted', 'sponsored', 'authored'])
/** What a sponsor backs: only proposals and agreements, not any noun ("U.S.-backed forces"). */
export const SPONSORED_HEADS = new Set([
  'proposal',
  'plan',
  'deal',
  'agreement',
  'framework',
  'initiative',
  'resolution',
  'draft',
  'ceasefire',
  'truce',
  'settlement',
  'roadmap',
  'blueprint',
])

/** Predicates that reject their subject: "any deal that cedes land is unacceptable". */
export const REJECTING_PREDICATES: readonly (readonly string[])[] = [
  ['unacceptable'],
  ['out', 'of', 'the', 'question'],
  ['off', 'the', 'table'],
  ['a', 'non', '-', 'starter'],
  ['not', 'acceptable'],
  ['not', 'on', 'the', 'table'],
]

/**
 * "Enrichment is not up for negotiation": the speaker holds on to the subject, and what is refused is
 * negotiating it.
 */
export const NOT_NEGOTIABLE_PREDICATES: readonly (readonly string[])[] = [
  ['not', 'up', 'for', 'negotiation'],
  ['not', 'up', 'for', 'discussion'],
  ['not', 'negotiable'],
  ['non', '-', 'negotiable'],
  ['non-negotiable'],
]

/** Objects that are statements of fact: rejecting "the report" disputes a fact, it takes no position. */
export const FACT_NOUNS = new Set([
  'account',
  'accounts',
  'claim',
  'claims',
  'report',
  'reports',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'criticism',
  'characterization',
  'assessment',
  'figures',
  'version',
  'story',
  'rumors',
  'rumours',
  'speculation',
])

/** What "fight" opposes as a stance: a measure or a move, not a side in a war ("fought the rebels"). */
export const FOUGHT_MEASURES = new Set(
  (
    'attempt attempts effort efforts move moves plan plans bid bids proposal proposals measure measures ban bans ' +
    'cut cuts closure closures law laws bill bills rule rules decision order merger takeover tax taxes tariff tariffs ' +
    'ruling rulings verdict decisions ceiling cap licence license fine fines'
  ).split(' '),
)
