/**
 * A deterministic generator of news-like articles for the benchmark.
 *
 * Every article is written here, from templates and word lists (invented people, invented or generic
 * places and bodies, a few real states and alliances so the world pack has something to find). Same
 * count and seed, same corpus, byte for byte: the PRNG is seeded (mulberry32), never Math.random().
 *
 * The output is `.txt`-shaped: a headline line, a blank line, then paragraphs separated by blank lines.
 */

export interface GeneratedArticle {
  /** A made-up file name, as `input` for articleFromPlainText(). */
  readonly input: string
  /** The whole `.txt` content: headline, blank line, body. */
  readonly text: string
}

export interface CorpusOptions {
  /** Words per article to aim for; each article lands within about ±10% of it. Default 600. */
  readonly words?: number
}

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
type Gender = 'f' | 'm'

interface Person {
  readonly first: string
  readonly last: string
  readonly gender: Gender
  /** Title before the name: "Foreign Minister". */
  readonly title: string
  /** Role after the name: "the country's foreign minister". */
  readonly role: string
  mentioned: boolean
}

interface Story {
  readonly topic: Topic
  readonly countryA: string
  readonly countryB: string
  readonly demonymA: string
  readonly demonymB: string
  readonly city: string
  readonly venue: string
  readonly region: string
  readonly mediator: string
  readonly org: string
  readonly company: string
  readonly people: Person[]
  /** The person named last, for pronouns. */
  last: Person | null
}

type Topic = 'negotiations' | 'conflict' | 'economy' | 'politics'

const TOPICS: readonly Topic[] = ['negotiations', 'conflict', 'economy', 'politics']

// --- Word lists (invented or generic) ---------------------------------------------------------------

const FIRST_F = [
  'Anna',
  'Mira',
  'Elena',
  'Sofia',
  'Lena',
  'Ines',
  'Dalia',
  'Nora',
  'Ruth',
  'Amara',
  'Katrin',
  'Yara',
  'Helga',
  'Marta',
  'Selin',
  'Noor',
  'Ilse',
  'Greta',
  'Lucia',
  'Zofia',
]
const FIRST_M = [
  'Pavel',
  'Tomas',
  'Omar',
  'Daniel',
  'Viktor',
  'Jonas',
  'Karim',
  'Luca',
  'Anton',
  'Samir',
  'Felix',
  'Idris',
  'Marek',
  'Oskar',
  'Rafael',
  'Bruno',
  'Emil',
  'Yusuf',
  'Hugo',
  'Nikolai',
]
const LAST = [
  'Berg',
  'Varga',
  'Halvorsen',
  'Okafor',
  'Petrenko',
  'Lindqvist',
  'Moreau',
  'Castellano',
  'Haddad',
  'Novak',
  'Sørensen',
  'Demir',
  'Kowalczyk',
  'Brandt',
  'Adeyemi',
  'Marchetti',
  'Szabo',
  'Rahimi',
  'Vandermeer',
  'Ostrowski',
  'Keller',
  'Mendoza',
  'Tanaka',
  'Abbasi',
  'Dragomir',
  'Holm',
  'Ferreira',
  'Lazarev',
  'Quinlan',
  'Esposito',
]

/** [title before a name, role after a name]. `{A}` is the person's country. */
const OFFICES: readonly (readonly [string, string])[] = [
  ['Foreign Minister', "{A}'s foreign minister"],
  ['Defense Minister', "{A}'s defense minister"],
  ['President', 'the president of {A}'],
  ['Prime Minister', "{A}'s prime minister"],
  ['Finance Minister', "{A}'s finance minister"],
  ['Ambassador', "{A}'s ambassador to the talks"],
  ['General', 'a senior commander in the {D} army'],
  ['Deputy Foreign Minister', "{A}'s deputy foreign minister"],
  ['Senator', 'a senior lawmaker in {A}'],
  ['Governor', 'the governor of the border region'],
  ['Spokeswoman', 'a spokeswoman for the {D} government'],
  ['Spokesman', 'a spokesman for the {D} government'],
  ['Central Bank Governor', "the head of {A}'s central bank"],
  ['Opposition Leader', 'the leader of the {D} opposition'],
  ['Mayor', 'the mayor of {C}'],
]

/** [country, demonym]: invented states, plus the few in the world pack. */
const COUNTRIES: readonly (readonly [string, string])[] = [
  ['Valdoria', 'Valdorian'],
  ['Marenth', 'Marenthian'],
  ['Ostria', 'Ostrian'],
  ['Kalvania', 'Kalvanian'],
  ['Serapia', 'Serapian'],
  ['Norvand', 'Norvandi'],
  ['Taleria', 'Talerian'],
  ['Drovnia', 'Drovnian'],
  ['Eskavar', 'Eskavari'],
  ['Lusenia', 'Lusenian'],
  ['Ukraine', 'Ukrainian'],
  ['Russia', 'Russian'],
  ['Germany', 'German'],
  ['the United States', 'American'],
]
const CITIES = [
  'Port Aldric',
  'Velmora',
  'Rostavel',
  'Kessar',
  'Lindhaven',
  'Oradel',
  'Tarnow Heights',
  'Selvik',
  'Brannoch',
  'Zamira',
  'Geneva',
  'Vienna',
  'Istanbul',
  'Doha',
  'Oslo',
  'Berlin',
  'Kyiv',
  'Moscow',
  'Washington',
]
const VENUES = ['a lakeside hotel', 'the foreign ministry', 'a former palace', 'a conference center', 'the UN offices']
const REGIONS = [
  'the eastern provinces',
  'the Salvar valley',
  'the northern border region',
  'the coastal strip',
  'the Drava basin',
  'the southern front',
  'the industrial belt around Kessar',
]
const MEDIATORS = [
  'the United Nations',
  'the European Union',
  'NATO',
  'the Council of Coastal States',
  'the Organization for Regional Security',
  'the African Union',
  'the Red Cross',
]
const ORGS = [
  'the International Monetary Fund',
  'the World Bank',
  'the Northern Trade Alliance',
  'the Federation of Independent Unions',
  'the Ministry of Finance',
  'the National Statistics Office',
  'the Institute for Strategic Studies',
  'the Meridian Policy Center',
  'Human Rights Monitor',
  'the Civic Alliance party',
  'the Labor and Progress Party',
]
const COMPANIES = [
  'Northgate Energy',
  'Valdor Steel',
  'Helix Shipping',
  'Aurum Capital',
  'Sable Rail',
  'Brightwater Grain',
  'Kestrel Telecom',
  'Orvane Mining',
]
const OUTLETS = ['state television', 'a local radio station', 'the national news agency', 'a morning newspaper']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen']

// --- Small helpers -----------------------------------------------------------------------------------

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

function chance(random: Random, p: number): boolean {
  return random() < p
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function countWords(text: string): number {
  let count = 0
  for (const part of text.split(/\s+/)) if (part) count++
  return count
}

function date(random: Random): string {
  const r = random()
  if (r < 0.35) return `on ${pick(random, DAYS)}`
  if (r < 0.5) return pick(random, ['last week', 'last month', 'earlier this week', 'this week', 'late on Sunday'])
  if (r < 0.65) return `on ${pick(random, MONTHS)} ${int(random, 1, 28)}`
  if (r < 0.75) return `in ${pick(random, MONTHS)}`
  if (r < 0.85) return pick(random, ['on Monday night', 'on Friday morning', 'overnight', 'earlier on Thursday'])
  return `since ${pick(random, MONTHS)} ${int(random, 2019, 2025)}`
}

/** A time for a verb of saying: "said on Monday", "said last week". */
function saidWhen(random: Random): string {
  const r = random()
  if (r < 0.55) return `on ${pick(random, DAYS)}`
  if (r < 0.8) return pick(random, ['last week', 'earlier this week', 'late on Sunday', 'on Friday morning'])
  return `on ${pick(random, MONTHS)} ${int(random, 1, 28)}`
}

function count(random: Random): string {
  const r = random()
  if (r < 0.2) return String(int(random, 3, 95))
  if (r < 0.35) return `more than ${int(random, 2, 9) * 10}`
  if (r < 0.5) return `at least ${int(random, 4, 60)}`
  if (r < 0.6) return pick(random, ['hundreds of', 'dozens of', 'thousands of', 'tens of thousands of'])
  if (r < 0.7) return pick(random, NUMBER_WORDS)
  if (r < 0.8) return `nearly ${int(random, 1, 9) * 100}`
  if (r < 0.9) return `${int(random, 1, 9)},${String(int(random, 0, 999)).padStart(3, '0')}`
  return `about ${int(random, 12, 40)},000`
}

function percent(random: Random): string {
  const value = `${int(random, 0, 14)}.${int(random, 0, 9)}`
  return chance(random, 0.5) ? `${value}%` : `${value} percent`
}

function money(random: Random): string {
  const r = random()
  const amount = `${int(random, 1, 90)}${chance(random, 0.4) ? `.${int(random, 1, 9)}` : ''}`
  if (r < 0.4) return `$${amount} billion`
  if (r < 0.6) return `${amount} million euros`
  if (r < 0.8) return `$${amount} million`
  return `${int(random, 100, 900)} million dollars`
}

// --- People -------------------------------------------------------------------------------------------

function makePerson(random: Random, story: Omit<Story, 'people' | 'last'>, used: Set<string>): Person {
  const gender: Gender = chance(random, 0.5) ? 'f' : 'm'
  const first = pick(random, gender === 'f' ? FIRST_F : FIRST_M)
  let last = pick(random, LAST)
  while (used.has(last)) last = pick(random, LAST)
  used.add(last)
  let [title, role] = pick(random, OFFICES)
  if (title.startsWith('Spokes')) {
    const word = gender === 'f' ? 'spokeswoman' : 'spokesman'
    title = capitalize(word)
    role = role.replace(/spokes(wo)?man/, word)
  }
  const home = chance(random, 0.5) ? story.countryA : story.countryB
  const demonym = home === story.countryA ? story.demonymA : story.demonymB
  return {
    first,
    last,
    gender,
    title,
    role: role.replaceAll('{A}', home).replaceAll('{D}', demonym).replaceAll('{C}', story.city),
    mentioned: false,
  }
}

/**
 * A person as the subject of a verb. First mention: a full name with a title ("Foreign Minister Anna
 * Berg") or an appositive role ("Anna Berg, Valdoria's foreign minister,"); later: the surname, the
 * full name, or a pronoun when the person was the last one named.
 */
function subject(random: Random, story: Story, person: Person, pronouns = false): string {
  const last = story.last
  story.last = person
  if (!person.mentioned) {
    person.mentioned = true
    if (chance(random, 0.55)) return `${person.title} ${person.first} ${person.last}`
    return `${person.first} ${person.last}, ${person.role},`
  }
  if (pronouns && last === person && chance(random, 0.6)) return person.gender === 'f' ? 'she' : 'he'
  return chance(random, 0.85) ? person.last : `${person.first} ${person.last}`
}

/** A person anywhere else (object, "according to X"): no appositive, no pronoun. */
function mention(random: Random, story: Story, person: Person): string {
  story.last = person
  if (!person.mentioned) {
    person.mentioned = true
    return `${person.title} ${person.first} ${person.last}`
  }
  return chance(random, 0.85) ? person.last : `${person.first} ${person.last}`
}

// --- What people say -----------------------------------------------------------------------------------

function quoteBody(random: Random, story: Story): string {
  const s = story
  const bank: Record<Topic, (() => string)[]> = {
    negotiations: [
      () => `We came here to negotiate, not to listen to ultimatums`,
      () => `There will be no agreement until every prisoner is home`,
      () => `The door to ${s.city} remains open, but our patience is not unlimited`,
      () =>
        `We have made ${pick(random, ['real', 'modest', 'limited', 'some'])} progress on the humanitarian questions`,
      () => `Nobody should expect a breakthrough ${date(random)}`,
      () => `${capitalize(s.countryB)} has to withdraw its troops from ${s.region} before we sign anything`,
      () => `Any ceasefire must be verified by ${s.mediator}`,
      () => `We are ready to meet again ${pick(random, ['next week', 'within days', 'before the end of the month'])}`,
      () => `This is the closest we have been to a deal in ${pick(random, NUMBER_WORDS)} years`,
      () => `The proposal on the table is unacceptable in its current form`,
    ],
    conflict: [
      () => `The shelling did not stop for ${pick(random, ['a single hour', 'two days', 'the whole night'])}`,
      () => `Our forces pushed the enemy back from ${s.region}`,
      () => `${capitalize(count(random))} families have no water and no electricity`,
      () => `We will answer every attack on our cities`,
      () => `The situation in ${s.region} is extremely difficult`,
      () => `They are hitting hospitals, schools and power stations`,
      () => `We need air defense, and we need it now`,
      () => `The front line has not moved in weeks`,
      () => `We have evidence that ${s.demonymB} units fired first`,
    ],
    economy: [
      () => `Inflation is the biggest threat to ordinary households`,
      () => `The economy will grow by ${percent(random)} next year if the war does not spread`,
      () => `We will not raise taxes on working families`,
      () => `The budget gap is ${money(random)}, and it is growing`,
      () => `Investors are waiting to see whether the talks hold`,
      () => `Prices for bread and fuel have doubled since ${pick(random, MONTHS)}`,
      () => `The sanctions are hurting us, but they are hurting them more`,
      () => `${s.company} will keep every plant open this year`,
    ],
    politics: [
      () => `The government has lost the trust of the people`,
      () => `We will hold elections on time, as the constitution requires`,
      () => `This law is an attack on the free press`,
      () => `Our coalition is stable and will serve its full term`,
      () => `The opposition has offered no plan of its own`,
      () => `We expect the parliament to vote ${pick(random, ['before the summer', 'next month', 'within weeks'])}`,
      () => `Corruption is costing this country ${money(random)} a year`,
    ],
  }
  const own = bank[story.topic]
  const any = bank[pick(random, TOPICS)]
  return pick(random, chance(random, 0.75) ? own : any)()
}

/** Two different quotes, for a quote split around its attribution. */
function twoQuotes(random: Random, story: Story): [string, string] {
  const first = quoteBody(random, story)
  let second = quoteBody(random, story)
  while (second === first) second = quoteBody(random, story)
  return [first, second]
}

/** Content for indirect speech: "X said that <claim>". Past tense, third person. */
function claim(random: Random, story: Story): string {
  const s = story
  const options: (() => string)[] = [
    () => `${s.countryB} had moved ${count(random)} troops to the border ${date(random)}`,
    () => `the ceasefire had been violated ${count(random)} times ${date(random)}`,
    () => `${s.mediator} would send ${count(random)} observers to ${s.region}`,
    () => `${count(random)} prisoners would be exchanged under the deal`,
    () => `the economy had shrunk by ${percent(random)} in the first quarter`,
    () => `${s.org} would lend the government ${money(random)}`,
    () =>
      `the two delegations would meet again in ${s.city} ${pick(random, ['next week', 'on Friday', 'in two weeks'])}`,
    () => `${count(random)} civilians had been killed in ${s.region} ${date(random)}`,
    () => `the government would cut fuel subsidies by ${percent(random)}`,
    () => `${s.company} had laid off ${count(random)} workers`,
    () => `the talks were "constructive but difficult"`,
    () => `${s.countryA} was not ready to give up any territory`,
    () => `unemployment had risen to ${percent(random)}, the highest level in a decade`,
    () => `the vote would be postponed until ${pick(random, MONTHS)}`,
    () => `the opposition had collected ${count(random)} signatures`,
  ]
  return pick(random, options)()
}

function speechVerb(random: Random): string {
  return pick(random, ['said', 'said', 'said', 'told reporters', 'added', 'warned', 'insisted', 'noted'])
}

/** Opening and closing quotation marks: mostly straight, sometimes typographic. */
function marks(curly: boolean): [string, string] {
  return curly ? ['\u201c', '\u201d'] : ['"', '"']
}

// --- Sentences ---------------------------------------------------------------------------------------

function sentence(random: Random, story: Story, curly: boolean): string {
  const s = story
  const [open, close] = marks(curly)
  const who = pick(random, s.people)
  const other = pick(random, s.people)
  const kind = random()

  // Direct quote, attribution after.
  if (kind < 0.14) {
    const verb = speechVerb(random)
    const q = quoteBody(random, s)
    if (verb === 'told reporters')
      return `${open}${q},${close} ${subject(random, s, who, true)} told reporters in ${s.city} ${saidWhen(random)}.`
    if (chance(random, 0.3) && who.mentioned) return `${open}${q},${close} said ${mention(random, s, who)}.`
    return `${open}${q},${close} ${subject(random, s, who, true)} ${verb}.`
  }
  // Direct quote, attribution before.
  if (kind < 0.22) {
    return `${subject(random, s, who)} ${pick(random, ['said', 'told ' + pick(random, OUTLETS), 'wrote on social media'])}: ${open}${quoteBody(random, s)}.${close}`
  }
  // Split quote across two sentences.
  if (kind < 0.3) {
    const [first, second] = twoQuotes(random, s)
    return `${open}${first},${close} ${subject(random, s, who, true)} said. ${open}${second}.${close}`
  }
  // Split quote inside one sentence.
  if (kind < 0.35) {
    const [first, second] = twoQuotes(random, s)
    const rest =
      /^(We|The|Our|This|They|There|Nobody|Any|Investors|Prices|Corruption|Inflation|More|At|Nearly|About|Tens|Hundreds|Dozens|Thousands)\b/.test(
        second,
      )
        ? second.charAt(0).toLowerCase() + second.slice(1)
        : second
    return `${open}${first},${close} ${subject(random, s, who, true)} said, ${open}${rest}.${close}`
  }
  // Indirect speech.
  if (kind < 0.5) {
    const when = chance(random, 0.5) ? ` ${saidWhen(random)}` : ''
    const that = chance(random, 0.7) ? ' that' : ''
    return `${subject(random, s, who)} said${when}${that} ${claim(random, s)}.`
  }
  // "According to".
  if (kind < 0.58) {
    const source = chance(random, 0.5)
      ? mention(random, s, who)
      : chance(random, 0.5)
        ? s.org
        : `${s.demonymA} officials`
    if (chance(random, 0.5)) return `According to ${source}, ${claim(random, s)}.`
    return `${capitalize(claim(random, s))}, according to ${source}.`
  }
  // Figures with an attribution to a body.
  if (kind < 0.66) {
    const options = [
      () =>
        `${capitalize(count(random))} people were killed and ${count(random)} wounded in ${s.region} ${date(random)}, officials said.`,
      () =>
        `Inflation rose to ${percent(random)} in ${pick(random, MONTHS)} from ${percent(random)} a month earlier, ${s.org} said.`,
      () =>
        `${s.company} said it would invest ${money(random)} in ${s.countryA} over ${pick(random, NUMBER_WORDS)} years.`,
      () =>
        `The ${s.demonymA} currency fell ${percent(random)} against the dollar ${date(random)}, its lowest level since ${int(random, 2001, 2022)}.`,
      () =>
        `${capitalize(s.mediator)} estimated that ${count(random)} people had fled ${s.region} ${date(random)}, bringing the total to more than ${int(random, 2, 9)} million.`,
      () =>
        `${capitalize(s.org)} cut its growth forecast for ${s.countryB} to ${percent(random)} and warned of ${money(random)} in lost output.`,
    ]
    return pick(random, options)()
  }
  // Background and narrative.
  if (kind < 0.8) {
    const options = [
      () =>
        `The talks, mediated by ${s.mediator}, began at ${s.venue} in ${s.city} ${date(random)} and are expected to last ${pick(random, NUMBER_WORDS)} days.`,
      () =>
        `${capitalize(s.countryA)} and ${s.countryB} have fought over ${s.region} since ${int(random, 1991, 2021)}, when a previous truce collapsed.`,
      () => `Delegations from both sides arrived in ${s.city} ${date(random)} under heavy security.`,
      () =>
        `${subject(random, s, who)} met ${mention(random, s, other === who ? s.people[s.people.length - 1]! : other)} for ${pick(random, ['two hours', 'more than three hours', 'about 90 minutes'])} ${date(random)}.`,
      () =>
        `${capitalize(count(random))} protesters gathered outside the parliament in ${s.city} ${date(random)}, demanding the resignation of the government.`,
      () =>
        `The previous round of talks, held in ${pick(random, CITIES)} ${pick(random, ['last month', 'in ' + pick(random, MONTHS), 'last year', 'in the spring'])}, ended without a deal.`,
      () =>
        `${capitalize(s.org)} is due to publish its next report ${pick(random, ['on Thursday', 'next week', 'at the end of the month'])}.`,
      () => `Neither side has released casualty figures, and the claims could not be independently verified.`,
      () => `The ${s.demonymB} defense ministry did not respond to a request for comment.`,
      () => `Shares of ${s.company} fell ${percent(random)} in early trading after the announcement.`,
    ]
    return pick(random, options)()
  }
  // Reported reaction from a body or a state.
  if (kind < 0.9) {
    const options = [
      () =>
        `${capitalize(s.mediator)} called on both sides to ${pick(random, ['show restraint', 'return to the table', 'respect the truce', 'open humanitarian corridors'])}.`,
      () =>
        `${capitalize(s.countryB)} rejected the proposal ${date(random)}, calling it ${open}a recipe for surrender.${close}`,
      () =>
        `The ${s.demonymA} government said it was ${pick(random, ['studying the offer', 'ready to resume talks', 'not bound by the deal'])}.`,
      () =>
        `${capitalize(s.countryA)} accused ${s.countryB} of ${pick(random, ['breaking the truce', 'stalling the talks', 'shelling civilian areas', 'blocking grain exports'])}.`,
      () => `Officials in ${s.city} told ${pick(random, OUTLETS)} that ${claim(random, s)}.`,
    ]
    return pick(random, options)()
  }
  // A question and answer, or a denial.
  const options = [
    () =>
      `Asked whether ${s.countryA} would accept the terms, ${subject(random, s, who, true)} said: ${open}${quoteBody(random, s)}.${close}`,
    () => `${subject(random, s, who)} denied that ${claim(random, s)}.`,
    () => `${subject(random, s, who)} declined to comment on reports that ${claim(random, s)}.`,
  ]
  return pick(random, options)()
}

function headline(random: Random, story: Story): string {
  const s = story
  const options: Record<Topic, string[]> = {
    negotiations: [
      `${capitalize(s.countryA)} and ${s.countryB} resume talks in ${s.city} as hopes for a truce fade`,
      `Talks in ${s.city} stall over prisoners and ${s.region}`,
      `${capitalize(s.mediator)} pushes for a ceasefire in ${s.region}`,
    ],
    conflict: [
      `Fighting intensifies in ${s.region} as ${s.countryB} presses offensive`,
      `${capitalize(count(random))} killed in overnight strikes on ${s.city}`,
      `${capitalize(s.countryA)} says it repelled attack near ${s.region}`,
    ],
    economy: [
      `${capitalize(s.countryA)} inflation hits ${percent(random)} as war weighs on prices`,
      `${capitalize(s.org)} offers ${money(random)} as ${s.countryA} budget gap widens`,
      `${s.company} cuts jobs as sanctions bite`,
    ],
    politics: [
      `${capitalize(s.countryA)} coalition under pressure ahead of key vote`,
      `Opposition in ${s.countryA} calls for early elections`,
      `Protests grow in ${s.city} over new media law`,
    ],
  }
  return pick(random, options[s.topic])
}

/** One article of about `words` words. */
export function generateArticle(random: Random, index: number, words = 600): GeneratedArticle {
  const [countryA, demonymA] = pick(random, COUNTRIES)
  let [countryB, demonymB] = pick(random, COUNTRIES)
  while (countryB === countryA) [countryB, demonymB] = pick(random, COUNTRIES)
  const base = {
    topic: pick(random, TOPICS),
    countryA,
    countryB,
    demonymA,
    demonymB,
    city: pick(random, CITIES),
    venue: pick(random, VENUES),
    region: pick(random, REGIONS),
    mediator: pick(random, MEDIATORS),
    org: pick(random, ORGS),
    company: pick(random, COMPANIES),
  }
  const used = new Set<string>()
  const people: Person[] = []
  const cast = int(random, 3, 6)
  for (let i = 0; i < cast; i++) people.push(makePerson(random, base, used))
  const story: Story = { ...base, people, last: null }
  const curly = chance(random, 0.2)

  const target = Math.round(words * (0.9 + random() * 0.2))
  const paragraphs: string[] = []
  let total = 0
  while (total < target) {
    const sentences: string[] = []
    const length = int(random, 1, 3)
    for (let i = 0; i < length; i++) sentences.push(sentence(random, story, curly))
    const paragraph = sentences.join(' ')
    paragraphs.push(paragraph)
    total += countWords(paragraph)
  }

  const title = headline(random, story)
  const input = `bench/article-${String(index).padStart(5, '0')}.txt`
  return { input, text: `${title}\n\n${paragraphs.join('\n\n')}\n` }
}

/** `count` articles, the same for the same seed. */
export function generateCorpus(count: number, seed: number, options: CorpusOptions = {}): GeneratedArticle[] {
  const random = createRandom(seed)
  const articles: GeneratedArticle[] = []
  for (let i = 0; i < count; i++) articles.push(generateArticle(random, i, options.words))
  return articles
}
