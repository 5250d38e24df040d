import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../../analyzer.js'
import type { Analysis } from '../../../core/analysis.js'
import { articleFromParts } from '../../../ingest/article-from-text.js'

const analyzer = createAnalyzer()

function analyze(body: string, published: string | null = '2025-12-15'): Analysis {
  return analyzer.analyze(articleFromParts('test.txt', 'News', body, { published }))
}

const nameOf = (analysis: Analysis, id: string | null) => analysis.entities.find((e) => e.id === id)?.name ?? null

test('events: a meeting with its participants, place and date', () => {
  const analysis = analyze('Foreign Minister Anna Lind met Chinese envoy Wang Lu in Geneva on Sunday.')
  const [event] = analysis.events
  assert.equal(event?.type, 'meeting')
  assert.deepEqual(
    event.participants.map((id) => nameOf(analysis, id)),
    ['Anna Lind', 'Wang Lu'],
  )
  assert.equal(nameOf(analysis, event.location), 'Geneva')
  assert.equal(event.date, '2025-12-14')
})

test('events: an attack with its attacker, the date and the figures claimed for it', () => {
  const analysis = analyze(
    'Ukraine’s air force said it shot down 41 of the 60 drones that Russia launched overnight. At least three people were killed in Odesa, officials said.',
  )
  const attack = analysis.events.find((event) => event.type === 'attack')
  assert.ok(attack, JSON.stringify(analysis.events))
  assert.equal(nameOf(analysis, attack.agent), 'Russia')
  assert.equal(attack.date, '2025-12-15')
  const figures = attack.claims.map((id) => analysis.claims.find((claim) => claim.id === id)?.quantities[0]?.value)
  assert.deepEqual(figures, [41, 3])
})

test('events: a passive attack names its attacker after "by"', () => {
  const analysis = analyze('Kharkiv was struck by Russian missiles on Tuesday, the mayor said.')
  const attack = analysis.events.find((event) => event.type === 'attack')
  assert.ok(attack)
  assert.equal(attack.date, '2025-12-09')
})

test('events: a trigger word alone is no event', () => {
  for (const body of [
    'Attacks on civilians are war crimes, the report said.',
    'Talks are the only way forward, analysts say.',
    'Istanbul is ready to host talks between the two sides.',
    'The proposal was met with a hard no.',
  ]) {
    assert.deepEqual(
      analyze(body).events.map((event) => `${event.type}: ${event.text}`),
      [],
    )
  }
})

test('events: "the talks" after talks were reported is the same event', () => {
  const analysis = analyze(
    'Serbian and Kosovar negotiators held talks in Brussels on Monday. The talks ended without a deal, Josep Borrell said.',
  )
  assert.equal(analysis.events.filter((event) => event.type === 'talks').length, 1)
})

test("events: who reports an attack's figures is no party to it", () => {
  const analysis = analyze(
    'Moldova’s border police reported tracking 12 drones launched overnight by Russia toward the Odesa region.',
  )
  const attack = analysis.events.find((event) => event.type === 'attack')
  assert.ok(attack, JSON.stringify(analysis.events))
  const names = attack.participants.map((id) => nameOf(analysis, id))
  assert.ok(names.includes('Russia'), JSON.stringify(names))
  assert.ok(!names.some((name) => name?.includes('border police')), JSON.stringify(names))
})

test('events: who announces takes part in a statement, not the one the announcement is about', () => {
  const analysis = analyze('Governor Ana Ruiz announced on Sunday the arrest of Mayor Tom Berg.')
  const statement = analysis.events.find((event) => event.type === 'statement')
  assert.ok(statement, JSON.stringify(analysis.events))
  assert.deepEqual(
    statement.participants.map((id) => nameOf(analysis, id)),
    ['Ana Ruiz'],
  )
})

test('events: the source or the channel of a report takes no part in the event', () => {
  const analysis = analyze(
    'Harbor forces attacked the port of Lunde on Sunday, according to the Nordic Press Agency. Mayor Tom Berg wrote in a Telegram post that Harbor forces attacked Lunde again on Monday.',
  )
  const attacks = analysis.events.filter((event) => event.type === 'attack')
  assert.equal(attacks.length, 2)
  const names = attacks.flatMap((event) => event.participants.map((id) => nameOf(analysis, id)))
  assert.ok(names.includes('Harbor forces'), JSON.stringify(names))
  assert.ok(!names.includes('Nordic Press Agency'), JSON.stringify(names))
  assert.ok(!names.includes('Telegram'), JSON.stringify(names))
})

test("events: a state named in a participant's title is no party of its own", () => {
  const analysis = analyze('Prime Minister Ana Ruiz met U.S. special envoy Tom Berg in Oslo on Sunday for talks.')
  const [event] = analysis.events
  assert.deepEqual(
    event?.participants.map((id) => nameOf(analysis, id)),
    ['Ana Ruiz', 'Tom Berg'],
  )
  // Named on its own, the state takes part.
  const alone = analyze('Prime Minister Ana Ruiz met envoys of the United States in Oslo on Sunday.')
  assert.ok(alone.events[0]?.participants.map((id) => nameOf(alone, id)).includes('United States'))
})

test('events: titles, things that arrive and adjectives are no events; who recalls an attack is no party to it', () => {
  assert.deepEqual(
    analyze('“We will not back down,” Mayor Ana Ruiz told the show “Meet the Voters” on Sunday.').events,
    [],
  )
  assert.deepEqual(analyze('A shipment of generators arrived in Kharkiv on Tuesday.').events, [])
  assert.deepEqual(analyze('Officials said Norland would move its offensive units to Tarvia on Sunday.').events, [])
  const recalled = analyze('Mayor Ana Ruiz said she still remembers how Russia shelled Kharkiv on Sunday.')
  const [attack] = recalled.events
  assert.equal(attack?.type, 'attack')
  assert.deepEqual(
    attack.participants.map((id) => nameOf(recalled, id)),
    ['Russia'],
  )
})

test('events: an attack that may come, or one made of words, has not happened', () => {
  assert.deepEqual(analyze('Officials fear Russia will launch a new offensive against Georgia on Sunday.').events, [])
  assert.deepEqual(analyze('On Sunday, Mayor Ana Ruiz launched a verbal attack on Russia.').events, [])
  assert.equal(analyze('Russia launched a new offensive against Georgia on Sunday.').events[0]?.type, 'attack')
})

test('events: a statement needs its speaker, not a date; calls by phone, rammings and visits are events', () => {
  const statement = analyze('The Norwegian Ministry of Finance said in a statement that the levy would stay.', null)
  assert.equal(statement.events[0]?.type, 'statement')
  assert.deepEqual(
    statement.events[0]?.participants.map((id) => nameOf(statement, id)),
    ['Norwegian Ministry of Finance'],
  )
  const call = analyze(
    'Prime Minister Ana Ruiz said she would discuss the strikes with Tom Berg by phone on Wednesday.',
  )
  assert.equal(call.events[0]?.type, 'call')
  // Published on a Monday: "would … on Wednesday" looks ahead.
  assert.equal(call.events[0]?.date, '2025-12-17')
  assert.deepEqual(
    call.events[0]?.participants.map((id) => nameOf(call, id)),
    ['Ana Ruiz', 'Tom Berg'],
  )
  const rammed = analyze("China's coast guard rammed a Philippine supply boat near Manila on Sunday.")
  assert.equal(rammed.events[0]?.type, 'attack')
  const visit = analyze("Envoy Tom Berg's visit to Oslo ended on Sunday.")
  assert.equal(visit.events[0]?.type, 'visit')
})

test('events: a participle after a determiner describes a noun ("the first declared candidate")', () => {
  const analysis = analyze('On Sunday, Senator Ana Ruiz became the first declared candidate to visit the border.')
  assert.ok(!analysis.events.some((event) => event.type === 'statement'))
  assert.equal(analyze('On Sunday, Senator Ana Ruiz declared her candidacy.').events[0]?.type, 'statement')
})

test('events: a statement named before or around its speech verb is the speaker’s; a denied meeting and a struck note are none', () => {
  const analysis = analyze(
    'In a closing statement, Governor Tomas Berg said the grid would hold. ' +
      'Speaking at a news conference on Sunday, Minister Ana Lind said repairs had begun. ' +
      '"We are ready," Lind said in her evening video address. ' +
      'Berg said he had never met President Lars Moen. Envoy Nadia Ferrante struck a more hopeful note.',
  )
  assert.deepEqual(
    analysis.events.map((event) => `${event.type}: ${event.participants.map((id) => nameOf(analysis, id)).join(', ')}`),
    ['statement: Tomas Berg', 'statement: Ana Lind', 'statement: Ana Lind'],
  )
})

test('events: delegations named by origin take part for their states; "the city of X" is the place', () => {
  const analysis = analyze(
    'Norway and Sweden traded proposals. Norwegian and Swedish delegations ended a day of talks in Bergen on Sunday. ' +
      'A Norwegian missile and drone attack on the city of Oslo overnight damaged the port.',
  )
  assert.deepEqual(
    analysis.events.map(
      (event) =>
        `${event.type}: ${event.participants.map((id) => nameOf(analysis, id)).join(', ')} @${nameOf(analysis, event.location)}`,
    ),
    ['talks: Norway, Sweden @Bergen', 'attack: Norway @Oslo'],
  )
})

test('events: calls and conferences spoken on, a dinner with someone; met targets and tallies since a month are none', () => {
  const analysis = analyze(
    'Minister Ana Lind told allies in a video call on Sunday that aid would come. ' +
      '"Deterrence is costly," Governor Tomas Berg told a conference in Oslo on Saturday. ' +
      'Lind spoke after a dinner with Envoy Lars Moen in Bergen on Friday. ' +
      'Berg said Norway would meet its spending commitments. ' +
      'The army said Sweden had launched more than 2,000 drones at Norway since January.',
  )
  assert.deepEqual(
    analysis.events.map((event) => event.type),
    ['call', 'statement', 'meeting'],
  )
})

test('events: an arrival is a visit of who arrives, beside the meeting it leads to', () => {
  const analysis = analyze('Foreign Minister Ana Lind arrived in Oslo on Sunday and met Envoy Lars Moen.')
  assert.deepEqual(
    analysis.events.map((event) => `${event.type}: ${event.participants.map((id) => nameOf(analysis, id)).join(', ')}`),
    ['meeting: Ana Lind, Lars Moen', 'visit: Ana Lind'],
  )
})

test('events: a scheduled call, a video message and a closing address are events; "said by phone" is none', () => {
  const analysis = analyze(
    'Officials from Norway and Sweden are scheduled to hold a video call on Tuesday. ' +
      '"I will talk to anyone," Governor Tomas Berg said in a video message to staff. ' +
      '"They tell us next week," Ana Lind said by phone from Oslo. ' +
      'Minister Lars Moen told delegates in a closing address that they were close.',
  )
  assert.deepEqual(
    analysis.events.map((event) => event.type),
    ['call', 'statement', 'statement'],
  )
})

test('events: what is set for a day is on the calendar: "scheduled for", "agreed to meet", "is due to visit", "will travel to", "receive"', () => {
  const summary = (body: string) =>
    analyze(body, '2026-03-12').events.map((event) => {
      const analysis = analyze(body, '2026-03-12')
      return `${event.type}|${nameOf(analysis, event.location)}|${event.date}`
    })
  assert.deepEqual(summary('The next round of fishing talks is scheduled for Bergen on March 26.'), [
    'talks|Bergen|2026-03-26',
  ])
  assert.deepEqual(summary('Norwegian and Danish negotiators agreed to meet again in Vienna on April 3.'), [
    'meeting|Vienna|2026-04-03',
  ])
  assert.deepEqual(summary('Minister Anna Berg is due to visit Lerwick on Monday.'), ['visit|Lerwick|2026-03-16'])
  assert.deepEqual(summary('Ali Musa traveled to Doha on Monday.'), ['visit|Doha|2026-03-09'])
  assert.deepEqual(summary('President Jan Olsen received her at Riga Castle on Monday.'), [
    'meeting|Riga Castle|2026-03-09',
  ])
  // Not a guest, and not a place set for anyone.
  assert.deepEqual(summary('The city received aid on Monday. Tourists visit Lerwick every summer.'), [])
})

test('events: talks in general or as a condition, and a court striking down a law, are no events', () => {
  const types = (body: string) => analyze(body, '2026-03-12').events.map((event) => event.type)
  assert.deepEqual(types('Ryabkov said any multilateral talks in Geneva would have to include Britain and France.'), [])
  assert.deepEqual(
    types('Ana Ruiz said the federation would back retaliation only if the government first exhausted talks in Lima.'),
    [],
  )
  assert.deepEqual(types('The Federal Court of Norland on Wednesday struck down the core of a law on face scans.'), [])
})

test("events: a round in a series and talks resumed are talks; a day looked ahead to is not last year's", () => {
  const summary = (body: string) => {
    const analysis = analyze(body, '2026-03-12')
    return analysis.events.map((event) => `${event.type}|${nameOf(analysis, event.location)}|${event.date}`)
  }
  assert.deepEqual(
    summary('The delegations would return to Istanbul on Oct. 20 for a third round, Hakan Fidan said.'),
    ['talks|Istanbul|2026-10-20'],
  )
  assert.deepEqual(summary('Norway and Iceland resumed talks in Oslo on Monday.'), ['talks|Oslo|2026-03-09'])
  assert.deepEqual(summary('A round of applause followed in Oslo on Monday.'), [])
})

test("events: a call by telephone, a message put out to staff, and no attack in a workers' strike", () => {
  const types = (body: string) => analyze(body, '2026-03-12').events.map((event) => event.type)
  assert.deepEqual(
    types('Minister Badr Abdelatty discussed the dispute by telephone on Tuesday with Mahmoud Youssouf.'),
    ['call'],
  )
  assert.deepEqual(
    types('Vice-Chancellor Alan Ruddock said in a message to staff on Wednesday that the offer was final.'),
    ['statement'],
  )
  assert.deepEqual(
    types(
      'The strike, called by the Wexbridge branch of the Academic Staff Union, will run for five days from Thursday.',
    ),
    [],
  )
})

test('events: a bargaining session, a hotline call, talks reconvened and a speech to leaders', () => {
  const published = '2025-12-15'
  const cases: [string, string, string][] = [
    [
      'Dunmore Health and the Harbor Nurses Alliance held a nine-hour bargaining session that broke up without a deal on Sunday.',
      'talks',
      '2025-12-14',
    ],
    ['The army chiefs of Chile and Peru used their military hotline on Saturday morning.', 'call', '2025-12-13'],
    ['Fisheries delegates reconvened at the Nordic Council on Sunday.', 'talks', '2025-12-14'],
    ['President Anna Lind addressed the nation from Oslo on Sunday.', 'statement', '2025-12-14'],
  ]
  for (const [body, type, date] of cases) {
    const event = analyze(body, published).events[0]
    assert.equal(event?.type, type, body)
    assert.equal(event?.date, date, body)
  }
  assert.equal(analyze('Anna Lind addressed the issue on Sunday.').events.length, 0)
})

test('events: an interception is an attack only when the sentence names no other attack', () => {
  const intercepted = analyze("Chile's air force shot down nine Peruvian drones near the border overnight.")
  assert.equal(intercepted.events[0]?.type, 'attack')
  const launched = analyze('Chile said it shot down 41 of the 60 drones that Peru launched overnight.')
  const attacks = launched.events.filter((event) => event.type === 'attack')
  assert.equal(attacks.length, 1)
  assert.equal(nameOf(launched, attacks[0]!.agent), 'Peru')
})

test('events: a day something is set for lies ahead; a live blog entry is on the publication day', () => {
  // Published on a Monday: "for Thursday" is the coming Thursday.
  const set = analyze('Prime Minister Anna Lind has called a cabinet meeting for Thursday.')
  assert.equal(set.events[0]?.date, '2025-12-18')
  const blog = analyzer.analyze(
    articleFromParts(
      'live.txt',
      'Live',
      '9:05 a.m. — Lind heads to parliament\n\nPresident Anna Lind addressed the nation from Oslo.',
      { published: '2025-12-15' },
    ),
  )
  assert.equal(blog.events[0]?.date, '2025-12-15')
})

test('events: a passive, relative or closing "announced" and talks that only place a source are no events', () => {
  const analysis = analyze(
    'The motion passed with 88 votes, the chair, Lena Berg, announced. Chile, which has also announced its exit, ' +
      'sent an observer. Any change would be announced on Monday. Peru has offered a compromise, according to two ' +
      'diplomats involved in the talks. Governor Ana Ruiz announced on Sunday the arrest of Mayor Tom Berg.',
  )
  assert.deepEqual(
    analysis.events.map((event) => `${event.type}: ${event.participants.map((id) => nameOf(analysis, id)).join(', ')}`),
    ['statement: Ana Ruiz'],
  )
})

test('events: dated talks are events even when the sentence names no side; a mediated or numbered session is talks', () => {
  const analysis = analyze(
    'Tuesday: A mediated session runs late and ends without a deal. ' +
      '"We want a fair rate," the painter Ana Ruiz told the Kellby Ledger by phone on Friday.',
  )
  assert.deepEqual(
    analysis.events.map((event) => event.type),
    ['talks'],
  )
})

test('events: gunfire with a time or place, a call "by phone with", a session someone mediates, a vote at an assembly', () => {
  const analysis = analyze(
    'Gunfire broke out near the Kellby rail depot overnight. Ana Ruiz said she had spoken by phone with ' +
      'Tarvik officials on Friday evening. The deal came after an all-night session mediated by the Harbor Labour ' +
      'Board in Dunmore. The clubs will vote on the offers at an assembly in Dunmore on Monday.',
  )
  assert.deepEqual(
    analysis.events.map((event) => `${event.type} ${event.date}`),
    ['attack 2025-12-15', 'call 2025-12-12', 'talks null', 'meeting 2025-12-15'],
  )
})

test('events: workers on strike are no attack; a strike that kills is one', () => {
  const analysis = analyze(
    'The port workers went on strike in Kharkiv on Monday. The union called a strike at the Kharkiv plant on ' +
      'Monday. Russian strikes hit Kharkiv on Monday, killing two workers.',
  )
  assert.deepEqual(
    analysis.events.map((event) => `${event.type} ${event.text.slice(0, 14)}`),
    ['attack Russian strike'],
  )
})

test('events: a meeting takes the date after its own word; a call with analysts, a speech and a communique are statements', () => {
  const analysis = analyze(
    'Ana Ruiz told a press conference in Dunmore on Wednesday that the council would meet on Saturday. The ' +
      'firm’s counsel, Tom Vos, said on a call with analysts on Tuesday that no payment was made. The ' +
      'minister, Lena Berg, said in her speech that Norway would add more. Norway and Sweden said in a ' +
      'joint communique issued on Thursday that the border would open.',
  )
  assert.deepEqual(
    analysis.events.map((event) => `${event.type} ${event.date}`),
    ['meeting 2025-12-20', 'statement 2025-12-10', 'statement 2025-12-09', 'statement null', 'statement 2025-12-11'],
  )
})

test('events: "not a speech" and "walls marked by gunfire" inside quoted words are no events', () => {
  const analysis = analyze(
    'Council President Ana Ruiz told both sides to "bring a plan, not a speech." The Kellby ' +
      'mission said a team visited Dunmore on Tuesday and saw "walls marked by gunfire."',
  )
  assert.deepEqual(
    analysis.events.map((event) => event.type),
    [],
  )
})

test('events: two gatherings in clauses of their own, each with its own day, are two events', () => {
  const analysis = analyze(
    'Ana Ruiz spoke by phone with Tom Vos on Monday and met Lena Berg in Oslo on Wednesday. Ana Ruiz met ' +
      'Tom Vos in Oslo on Monday and again on Tuesday.',
  )
  assert.deepEqual(
    analysis.events.map((event) => `${event.type} ${event.date}`),
    ['meeting 2025-12-10', 'call 2025-12-15', 'meeting 2025-12-15'],
  )
})

test('events: a statement put out, a decision published, and sides due to sit down are events; a sit-down protest is not', () => {
  const analysis = analyze(
    'The Kellby Growers Union has put out a statement on Tuesday. The Harbor Water Board published its final ruling ' +
      'on Wednesday. Ana Berg and Rui Vos were scheduled to sit down on Friday. Protesters sat down in the road on ' +
      'Monday.',
  )
  assert.deepEqual(
    analysis.events.map(
      (event) => `${event.type} ${event.date} ${event.participants.map((id) => nameOf(analysis, id)).join('+')}`,
    ),
    [
      'statement 2025-12-09 Kellby Growers Union',
      'statement 2025-12-10 Harbor Water Board',
      'meeting 2025-12-19 Ana Berg+Rui Vos',
    ],
  )
})

test('events: a gathering that "could" or "might" happen is none; one that "will" happen on a day is on the calendar', () => {
  const types = (body: string) => analyze(body, '2026-03-12').events.map((event) => event.type)
  assert.deepEqual(types('Ana Vos could meet Tomas Berg on Friday if the talks go well.'), [])
  assert.deepEqual(types('Ana Vos might travel to Oslo next week.'), [])
  assert.deepEqual(types('Ana Vos will meet Tomas Berg in Oslo on Friday.'), ['meeting'])
})

test('events: the place an attack struck is its location', () => {
  const analysis = analyze('Army drones struck Dorvaka on Sunday, the governor said.', '2026-03-12')
  const [event] = analysis.events
  assert.equal(event?.type, 'attack')
  assert.equal(nameOf(analysis, event!.location), 'Dorvaka')
})
