// Verbs and phrases that introduce reported speech, each inflected form mapped to its lemma.

const LEMMAS: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  state: ['state', 'states', 'stated'],
  add: ['add', 'adds', 'added'],
  note: ['note', 'notes', 'noted'],
  warn: ['warn', 'warns', 'warned'],
  stress: ['stress', 'stresses', 'stressed'],
  insist: ['insist', 'insists', 'insisted'],
  claim: ['claim', 'claims', 'claimed'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  deny: ['deny', 'denies', 'denied'],
  indicate: ['indicate', 'indicates', 'indicated'],
  announce: ['announce', 'announces', 'announced'],
  argue: ['argue', 'argues', 'argued'],
  explain: ['explain', 'explains', 'explained'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  admit: ['admit', 'admits', 'admitted'],
  report: ['report', 'reports', 'reported'],
  write: ['write', 'writes', 'wrote'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  post: ['post', 'posts', 'posted'],
  declare: ['declare', 'declares', 'declared'],
  assert: ['assert', 'asserts', 'asserted'],
  allege: ['allege', 'alleges', 'alleged'],
  suggest: ['suggest', 'suggests', 'suggested'],
  predict: ['predict', 'predicts', 'predicted'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  pledge: ['pledge', 'pledges', 'pledged'],
  urge: ['urges', 'urged'],
  caution: ['caution', 'cautions', 'cautioned'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  repeat: ['repeat', 'repeats', 'repeated'],
  recall: ['recall', 'recalls', 'recalled'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  answer: ['answer', 'answers', 'answered'],
  ask: ['ask', 'asks', 'asked'],
  describe: ['describe', 'describes', 'described'],
  call: ['call', 'calls', 'called', 'calling'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  contend: ['contend', 'contends', 'contended'],
  maintain: ['maintain', 'maintains', 'maintained'],
  concede: ['concede', 'concedes', 'conceded'],
  complain: ['complain', 'complains', 'complained'],
  estimate: ['estimate', 'estimates', 'estimated'],
  conclude: ['conclude', 'concludes', 'concluded'],
  reveal: ['reveal', 'reveals', 'revealed'],
  disclose: ['disclose', 'discloses', 'disclosed'],
  mention: ['mention', 'mentions', 'mentioned'],
  remark: ['remark', 'remarks', 'remarked'],
  observe: ['observe', 'observes', 'observed'],
  point: ['point', 'points', 'pointed'],
  boast: ['boast', 'boasts', 'boasted'],
  joke: ['joke', 'jokes', 'joked'],
  quip: ['quip', 'quips', 'quipped'],
  // '"…," the letter reads': a document speaking, in the present.
  read: ['reads'],
  show: ['show', 'shows', 'showed'],
  find: ['find', 'finds', 'found'],
  accuse: ['accuse', 'accuses', 'accused'],
  charge: ['charge', 'charges', 'charged'],
  insinuate: ['insinuate', 'insinuates', 'insinuated'],
  signal: ['signal', 'signals', 'signaled', 'signalled'],
  hint: ['hint', 'hints', 'hinted'],
  threaten: ['threaten', 'threatens', 'threatened'],
  agree: ['agree', 'agrees', 'agreed'],
  counter: ['counter', 'counters', 'countered'],
  testify: ['testify', 'testifies', 'testified'],
  inform: ['inform', 'informs', 'informed'],
  assure: ['assure', 'assures', 'assured'],
  remind: ['remind', 'reminds', 'reminded'],
  shout: ['shout', 'shouts', 'shouted'],
  whisper: ['whisper', 'whispers', 'whispered'],
  recount: ['recount', 'recounts', 'recounted'],
  learn: ['learn', 'learns', 'learned', 'learnt'],
  expect: ['expect', 'expects', 'expected'],
  fear: ['fear', 'fears', 'feared'],
  hope: ['hope', 'hopes', 'hoped'],
  worry: ['worry', 'worries', 'worried'],
  feel: ['feel', 'feels', 'felt'],
  know: ['know', 'knows', 'knew'],
  realize: ['realize', 'realizes', 'realized', 'realise', 'realises', 'realised'],
  understand: ['understand', 'understands', 'understood'],
  suspect: ['suspect', 'suspects', 'suspected'],
  doubt: ['doubt', 'doubts', 'doubted'],
  recognize: ['recognize', 'recognizes', 'recognized', 'recognise', 'recognises', 'recognised'],
}

// "-ing" forms report speech after a comma (", adding that …", ", arguing that …").
const PRESENT_PARTICIPLES: Record<string, string> = {
  admit: 'admitting',
  quip: 'quipping',
  testify: 'testifying',
  reply: 'replying',
  deny: 'denying',
  worry: 'worrying',
  signal: 'signaling',
  feel: 'feeling',
  see: 'seeing',
}

function presentParticiple(lemma: string): string {
  const irregular = PRESENT_PARTICIPLES[lemma]
  if (irregular !== undefined) return irregular
  if (lemma.endsWith('ee')) return `${lemma}ing`
  if (lemma.endsWith('e')) return `${lemma.slice(0, -1)}ing`
  return `${lemma}ing`
}

const LEMMA_OF = new Map<string, string>()
for (const [lemma, forms] of Object.entries(LEMMAS)) {
  for (const form of forms) LEMMA_OF.set(form, lemma)
  if (!LEMMA_OF.has(presentParticiple(lemma))) LEMMA_OF.set(presentParticiple(lemma), lemma)
}

/** Lemma of a speech verb form ("told" → "tell"), or undefined when the word is no speech verb. */
export const speechLemma = (lower: string): string | undefined => LEMMA_OF.get(lower)

/** Verbs that take the addressee as object before the content ("told reporters that ..."). */
export const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'ask', 'promise'])

/**
 * Verbs that report speech only with a that-clause or a colon, never in `"…," X verb.` style and never as
 * a bare object ("thought about it", "knew the man"): cognition and discovery.
 */
export const WEAK_CUES = new Set([
  'believe',
  'think',
  'expect',
  'fear',
  'hope',
  'worry',
  'feel',
  'know',
  'realize',
  'understand',
  'suspect',
  'doubt',
  'recognize',
  'find',
  'show',
  'learn',
  'agree',
  'point',
  'call',
  'describe',
  'charge',
  'accuse',
  'threaten',
  'signal',
  'hint',
  'estimate',
  'post',
  'report',
  'recall',
])

/**
 * Weak cues that still close a report after a comma ("The talks will fail, he believes.", "…, the
 * Herald reported."): at the end of the sentence they can only be about the words before them.
 */
export const CLOSING_WEAK_CUES = new Set([
  'believe',
  'think',
  'fear',
  'hope',
  'suspect',
  'expect',
  'report',
  'estimate',
  'recall',
  'post',
  'find',
  'show',
])

/**
 * Labels an outlet puts before a colon that name no speaker: "CORRECTION: An earlier version …",
 * "UPDATE: The vote was moved …". Lower case; a label of two words is written with its space.
 */
export const EDITORIAL_LABELS = new Set([
  'clarification',
  'correction',
  'corrections',
  'update',
  'updated',
  'note',
  "editor's note",
  'editor’s note',
  'related',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'watch',
  'read more',
  'see also',
  'disclosure',
])

/** Verbs that can follow the content with an inverted subject (`"…," said X`). */
export const INVERSION_VERBS = new Set([
  'say',
  'add',
  'note',
  'write',
  'tell',
  'ask',
  'explain',
  'insist',
  'warn',
  'reply',
  'continue',
  'conclude',
  'declare',
])

/**
 * Verbs that report what someone wants, proposes or condemns with a noun phrase or an infinitive
 * rather than a that-clause ("called for a moratorium", "criticized the party's record", "plans to
 * run"). Each form maps to its lemma; a particle that belongs to the verb follows after a space.
 */
const OBJECT_LEMMAS: Record<string, readonly string[]> = {
  want: ['want', 'wants', 'wanted'],
  plan: ['plan', 'plans', 'planned', 'planning'],
  // "hopes to win the seat": a hope reported with its infinitive, as a plan is.
  hope: ['hope', 'hopes', 'hoped', 'hoping'],
  propose: ['propose', 'proposes', 'proposed', 'proposing'],
  support: ['support', 'supports', 'supported', 'supporting'],
  // "accused the mayor of hiding the audit": the charge and whom it is laid against.
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  // "voted against the bill", "voted to repeal the tax": a vote is a stand on the measure.
  'vote for': ['voted for', 'votes for', 'voting for', 'vote for'],
  'vote against': ['voted against', 'votes against', 'voting against', 'vote against'],
  'vote to': ['voted to', 'votes to', 'voting to'],
  oppose: ['oppose', 'opposes', 'opposed', 'opposing'],
  criticize: ['criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised', 'criticizing'],
  condemn: ['condemn', 'condemns', 'condemned', 'condemning'],
  praise: ['praise', 'praises', 'praised', 'praising'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting'],
  blast: ['blast', 'blasts', 'blasted', 'blasting'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  question: ['question', 'questions', 'questioned', 'questioning'],
  defend: ['defend', 'defends', 'defended', 'defending'],
  refuse: ['refuse', 'refuses', 'refused', 'refusing'],
  decline: ['declines', 'declined', 'declining'],
  demand: ['demand', 'demands', 'demanded', 'demanding'],
  endorse: ['endorse', 'endorses', 'endorsed', 'endorsing'],
  recommend: ['recommend', 'recommends', 'recommended', 'recommending'],
  dismiss: ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  welcome: ['welcome', 'welcomes', 'welcomed', 'welcoming'],
  blame: ['blame', 'blames', 'blamed', 'blaming'],
  cite: ['cite', 'cites', 'cited', 'citing'],
  liken: ['likens', 'likened', 'likening'],
  tout: ['tout', 'touts', 'touted', 'touting'],
  decry: ['decry', 'decries', 'decried', 'decrying'],
  lament: ['lament', 'laments', 'lamented', 'lamenting'],
  dispute: ['dispute', 'disputes', 'disputed', 'disputing'],
  hail: ['hail', 'hails', 'hailed', 'hailing'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledges', 'pledged', 'pledging'],
  promise: ['promises', 'promised', 'promising'],
  threaten: ['threatens', 'threatened', 'threatening'],
  deny: ['denies', 'denied', 'denying'],
  acknowledge: ['acknowledges', 'acknowledged', 'acknowledging'],
  announce: ['announces', 'announced', 'announcing'],
  urge: ['urges', 'urged', 'urging'],
  // "called the charges unsubstantiated": what someone calls something is their judgment.
  call: ['call', 'called', 'calls', 'calling'],
  'call for': ['called for', 'calls for', 'calling for', 'call for'],
  encourage: ['encourages', 'encouraged', 'encouraging'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  express: ['expresses', 'expressed', 'expressing'],
  discuss: ['discuss', 'discusses', 'discussed', 'discussing'],
  offer: ['offers', 'offered', 'offering'],
  label: ['labels', 'labeled', 'labelled', 'labeling'],
  promote: ['promotes', 'promoted', 'promoting'],
  describe: ['describes', 'described', 'describing'],
  show: ['shows', 'showed', 'showing'],
  'agree to': ['agreed to', 'agrees to', 'agreeing to'],
  'agree with': ['agreed with', 'agrees with', 'agreeing with'],
  'decide against': ['decided against', 'decides against'],
  'call on': ['called on', 'calls on', 'calling on'],
  'push for': ['pushed for', 'pushes for', 'pushing for', 'push for'],
  'speak of': ['spoke of', 'speaks of', 'spoke about', 'speaks about', 'speaking of', 'speaking about'],
  // "talked about rebuilding the harbor", "commented on the ruling": the topic of what was said.
  'talk about': ['talked about', 'talks about', 'talking about'],
  'comment on': ['commented on', 'comments on', 'commenting on'],
  'write about': ['wrote about', 'writes about', 'writing about'],
  'complain about': ['complained about', 'complains about', 'complaining about'],
  'joke about': ['joked about', 'jokes about', 'joking about'],
  'point to': ['pointed to', 'points to', 'pointing to'],
  'insist on': ['insisted on', 'insists on', 'insisting on'],
  'warn of': ['warned of', 'warns of', 'warning of', 'warned against', 'warns against'],
  'argue for': ['argued for', 'argues for', 'arguing for', 'argued against', 'argues against'],
  'rail against': ['railed against', 'rails against', 'railing against'],
  back: ['backs', 'backed', 'backing'],
  attack: ['attacks', 'attacked', 'attacking'],
  mock: ['mock', 'mocks', 'mocked', 'mocking'],
  applaud: ['applaud', 'applauds', 'applauded', 'applauding'],
  commend: ['commends', 'commended', 'commending'],
  embrace: ['embrace', 'embraces', 'embraced', 'embracing'],
  favor: ['favor', 'favors', 'favored', 'favoring', 'favours', 'favoured'],
  advocate: ['advocate', 'advocates', 'advocated', 'advocating'],
  admire: ['admires', 'admired'],
  challenge: ['challenges', 'challenged', 'challenging'],
  chastise: ['chastises', 'chastised', 'chastising'],
  lambaste: ['lambastes', 'lambasted', 'lambasting'],
  ridicule: ['ridicules', 'ridiculed', 'ridiculing'],
  rebuke: ['rebukes', 'rebuked', 'rebuking'],
  voice: ['voices', 'voiced', 'voicing'],
  'ask for': ['asked for', 'asks for', 'asking for'],
  'appeal for': ['appealed for', 'appeals for', 'appealing for'],
  denounce: ['denounce', 'denounces', 'denounced', 'denouncing'],
  prefer: ['prefer', 'prefers', 'preferred'],
  bemoan: ['bemoans', 'bemoaned', 'bemoaning'],
  assail: ['assails', 'assailed', 'assailing'],
  portray: ['portrays', 'portrayed', 'portraying'],
  highlight: ['highlights', 'highlighted', 'highlighting'],
  thank: ['thanks', 'thanked', 'thanking'],
  'refer to': ['referred to', 'refers to', 'referring to'],
  'decide to': ['decided to', 'decides to'],
  'lash out at': ['lashed out at', 'lashes out at', 'lashing out at'],
  'take aim at': ['took aim at', 'takes aim at', 'taking aim at'],
  'fire back at': ['fired back at', 'fires back at', 'firing back at'],
  'shrug off': ['shrugged off', 'shrugs off', 'shrugging off'],
  'brush off': ['brushed off', 'brushes off', 'brushing off'],
  'lay out': ['laid out', 'lays out', 'laying out'],
  'weigh in on': ['weighed in on', 'weighs in on', 'weighing in on'],
  'come out against': ['came out against', 'comes out against', 'coming out against'],
  'come out for': ['came out for', 'comes out for', 'coming out for'],
  'campaign against': ['campaigned against', 'campaigns against', 'campaigning against'],
  'caution against': ['cautioned against', 'cautions against', 'cautioning against'],
  'apologize for': ['apologized for', 'apologizes for', 'apologizing for', 'apologised for'],
  'point out': ['pointed out', 'points out', 'pointing out'],
  // "noted the bridge's age", "mentioned his links to the port": what was spoken of.
  note: ['notes', 'noted', 'noting'],
  mention: ['mentions', 'mentioned', 'mentioning'],
  // "reported his absence at the hearing", "reporting other figures to each office".
  report: ['reports', 'reported', 'reporting'],
  // "is considering a run", "compared the plan to a blank check", "ordered the agency to release …".
  // ("considered the vote a mistake", like "deemed the plan unworkable", judges its object: active only.)
  consider: ['considers', 'considering', 'considered'],
  deem: ['deem', 'deems', 'deemed', 'deeming'],
  // "listed the loan as a liability", "the filing lists three owners": what a person or a record names.
  list: ['lists', 'listed', 'listing'],
  compare: ['compares', 'compared', 'comparing'],
  order: ['orders', 'ordered', 'ordering'],
}

/**
 * Verbs that state a judgment only with "as" after their object ("sees the deal as a trap", "viewed
 * him as a threat"); without it they are perception ("saw the ship"). Each form maps to its lemma.
 */
const AS_LEMMAS: Record<string, readonly string[]> = {
  'see as': ['see', 'sees', 'saw', 'seeing'],
  'view as': ['view', 'views', 'viewed', 'viewing'],
  'regard as': ['regard', 'regards', 'regarded', 'regarding'],
}
const AS_LEMMA_OF = new Map<string, string>()
for (const [lemma, forms] of Object.entries(AS_LEMMAS)) for (const form of forms) AS_LEMMA_OF.set(form, lemma)

/** Lemma of a judgment verb that needs "as" ("sees" → "see as"), or undefined. */
export const asCueLemma = (word: string): string | undefined => AS_LEMMA_OF.get(word)

const OBJECT_LEMMA_OF = new Map<string, string>()
for (const [lemma, forms] of Object.entries(OBJECT_LEMMAS)) for (const form of forms) OBJECT_LEMMA_OF.set(form, lemma)

/** Lemma of an object-taking attitude verb ("called for" → "call for", "took aim at"), from one to three words. */
export function objectCueLemma(
  word: string,
  next: string | undefined,
  third?: string,
): { lemma: string; words: 1 | 2 | 3 } | null {
  if (next !== undefined) {
    if (third !== undefined) {
      const long = OBJECT_LEMMA_OF.get(`${word} ${next} ${third}`)
      if (long !== undefined) return { lemma: long, words: 3 }
    }
    const phrase = OBJECT_LEMMA_OF.get(`${word} ${next}`)
    if (phrase !== undefined) return { lemma: phrase, words: 2 }
  }
  const lemma = OBJECT_LEMMA_OF.get(word)
  return lemma === undefined ? null : { lemma, words: 1 }
}

/**
 * Participles whose passive with "by" still reports a stand: "the plan was rejected by the council" is the
 * council's rejection of the plan. (Not "backed by" nor "led by", which more often describe than report.)
 */
const PASSIVE_LEMMAS: Record<string, readonly string[]> = {
  reject: ['rejected'],
  criticize: ['criticized', 'criticised'],
  condemn: ['condemned'],
  denounce: ['denounced'],
  praise: ['praised'],
  applaud: ['applauded'],
  welcome: ['welcomed'],
  endorse: ['endorsed'],
  support: ['supported'],
  oppose: ['opposed'],
  echo: ['echoed'],
  claim: ['claimed'],
  accuse: ['accused'],
  attack: ['attacked'],
  rebuke: ['rebuked'],
  dismiss: ['dismissed'],
  dispute: ['disputed'],
  question: ['questioned'],
  challenge: ['challenged'],
  mock: ['mocked'],
  ridicule: ['ridiculed'],
  blast: ['blasted'],
  slam: ['slammed'],
  hail: ['hailed'],
  decry: ['decried'],
  lambaste: ['lambasted'],
  deny: ['denied'],
  contradict: ['contradicted'],
  tweet: ['tweeted'],
  // "The error was first reported by the Post", "as was predicted by analysts".
  report: ['reported'],
  state: ['stated'],
  write: ['written'],
  announce: ['announced'],
  disclose: ['disclosed'],
  reveal: ['revealed'],
  suggest: ['suggested'],
  propose: ['proposed'],
  predict: ['predicted'],
}
const PASSIVE_LEMMA_OF = new Map<string, string>()
for (const [lemma, forms] of Object.entries(PASSIVE_LEMMAS)) for (const form of forms) PASSIVE_LEMMA_OF.set(form, lemma)

/** Lemma of a participle that reports its agent's stand in the passive ("rejected" → "reject"), or undefined. */
export const passiveCueLemma = (word: string): string | undefined => PASSIVE_LEMMA_OF.get(word)

/** Documents that report findings for whoever made them ("a poll by X found", "the report said"). */
export const MADE_DOCUMENTS = new Set(
  'report survey poll study analysis audit review assessment estimate estimates census inquiry investigation statement letter figures data'.split(
    ' ',
  ),
)
