import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../../analyzer.js'
import type { Analysis } from '../../../core/analysis.js'
import { articleFromParts } from '../../../ingest/article-from-text.js'
import { splitHeadline } from './headline.js'
import { stem } from './headline-words.js'

const analyzer = createAnalyzer()
const analyze = (headline: string, body: string): Analysis =>
  analyzer.analyze(articleFromParts('test.txt', headline, body))

const BODY =
  'Finland and Norway signed a fisheries agreement in Oslo on Tuesday after two years of talks. ' +
  'The deal sets a quota of 40,000 tonnes of cod a year for each country, Norwegian Fisheries Minister Kari Dahl said. ' +
  'Fishing groups in both countries welcomed the agreement.'

test('headline: every part backed by the body is supported', () => {
  const { headline } = analyze('Finland and Norway Sign Fisheries Agreement', BODY)
  assert.ok(headline)
  assert.equal(headline.supported, true)
  assert.equal(headline.relation, 'supported')
  assert.match(headline.claims[0]!.reason, /every key word/)
})

test('headline: a part the body never states is unsupported, and the reason names the words', () => {
  const { headline } = analyze('Finland and Norway Sign Fisheries Deal, Stunning Brussels', BODY)
  assert.ok(headline)
  assert.equal(headline.supported, false)
  assert.deepEqual(
    headline.claims.map((claim) => claim.supported),
    [true, false],
  )
  assert.match(headline.claims[1]!.reason, /"Stunning", "Brussels"/)
})

test('headline: a thing the body calls only potential is no support', () => {
  const body =
    'Ministers from Peru and Chile met in Lima on Monday to discuss a potential trade deal. ' +
    'Officials said many questions remained open and no date was set for another round.'
  const { headline } = analyze('Peru Chile Trade Deal', body)
  assert.ok(headline)
  assert.equal(headline.supported, false)
  assert.match(headline.claims[0]!.reason, /potential/)
})

test('headline: a body about something else is unrelated', () => {
  const { headline } = analyze('Apple Unveils Cheaper iPhone Model', BODY)
  assert.equal(headline?.relation, 'unrelated')
})

test('headline: a body that calls the headline a hoax contradicts it', () => {
  const body =
    'Reports that a shark swam through a flooded Houston highway are a hoax. The photo is fake: ' +
    'it was edited from a 2005 picture, and fact-checkers debunked it within hours. The city denied the claims.'
  const { headline } = analyze('Shark Swims Through Flooded Houston Highway', body)
  assert.equal(headline?.relation, 'contradicted')
})

test('headline: a body that debunks agrees with a headline that debunks too', () => {
  const body =
    'Reports that a shark swam through a flooded Houston highway are a hoax. The photo is fake: ' +
    'it was edited from a 2005 picture, and fact-checkers debunked it within hours. The city denied the claims.'
  const { headline } = analyze('Photo of Shark on Flooded Houston Highway Is Fake', body)
  assert.equal(headline?.relation, 'supported')
})

test('headline: one refuting word in the lead contradicts the headline, the same word deep in a long body does not', () => {
  const middle =
    'The picture shows a moose standing in the lobby of a hotel in Tromsø, next to the reception desk. ' +
    'It was shared thousands of times on Monday and Tuesday, and several websites ran it with a short caption. ' +
    'The hotel has 120 rooms and sits near the harbour, a few minutes on foot from the cathedral. ' +
    'Moose are common in the forests around the town, and drivers are warned about them every autumn. ' +
    'Local wildlife officers said they receive many calls about moose in gardens during the winter months. ' +
    'The manager of the hotel said staff had been answering questions from guests and reporters all week. ' +
    'Tourism in the region has grown for a decade, with most visitors arriving to see the northern lights. ' +
    'The town council plans to extend the airport terminal next year and to add two new bus routes. ' +
    'Hotels in the centre reported that bookings for December were already higher than last year. '
  const early = analyze(
    'Moose Walks Into Tromsø Hotel Lobby',
    `The story of a moose that walked into a Tromsø hotel lobby is false. ${middle}`,
  )
  assert.equal(early.headline?.relation, 'contradicted')
  const late = analyze(
    'Moose Walks Into Tromsø Hotel Lobby',
    `A moose walked into a Tromsø hotel lobby, according to posts. ${middle}One guest called the reaction wrong.`,
  )
  assert.notEqual(late.headline?.relation, 'contradicted')
})

test('headline: "went wrong" in the lead reports an event and does not contradict the headline', () => {
  const body =
    'Finland and Norway signed a fisheries agreement in Oslo on Tuesday after talks that nearly went wrong. ' +
    'The deal sets a quota of 40,000 tonnes of cod a year for each country, Norwegian Fisheries Minister Kari Dahl said.'
  const { headline } = analyze('Finland and Norway Sign Fisheries Agreement', body)
  assert.equal(headline?.relation, 'supported')
})

test('headline: no headline, no check', () => {
  const analysis = analyzer.analyze(articleFromParts('test.txt', null, BODY))
  assert.equal(analysis.headline, null)
})

test('headline: claims split at colons, dashes and joining words', () => {
  assert.deepEqual(splitHeadline('Talks Resume in Geneva as Strikes Hit Kharkiv'), [
    'Talks Resume in Geneva',
    'Strikes Hit Kharkiv',
  ])
  assert.deepEqual(splitHeadline('Exclusive: Kremlin Rejects Truce'), ['Kremlin Rejects Truce'])
  assert.deepEqual(splitHeadline('Ceasefire Holds'), ['Ceasefire Holds'])
  // A first fragment of one content word joins the claim after it.
  assert.deepEqual(splitHeadline('At Last, Talks Resume in Geneva'), ['At Last Talks Resume in Geneva'])
})

test('headline: stems join a headline word with its body forms', () => {
  // A figure is its digits: "$26B" over "$26 billion", "1000" over "1,000".
  assert.equal(stem('26b'), '26')
  assert.equal(stem('1,000'), stem('1000'))
  assert.equal(stem('stuns'), stem('stunned'))
  assert.equal(stem('agreements'), stem('agreement'))
  assert.equal(stem('talks'), stem('talk'))
  assert.equal(stem('allies'), stem('ally'))
  assert.equal(stem('withdrawal'), stem('withdraw'))
  assert.equal(stem('refusal'), stem('refused'))
  assert.equal(stem('settlement'), stem('settled'))
})

test('headline: a figure in digits is backed by the same figure in words, a date stamp claims nothing', () => {
  const analysis = analyze(
    '12/03/2025 Shelling hits border village, killing 2',
    'Shelling hit a border village on Tuesday and two people were killed, the regional governor said.',
  )
  assert.equal(analysis.headline?.supported, true, JSON.stringify(analysis.headline?.claims))
})

test('headline: a word of the same family as a body word is found ("Withdrawal", "withdrawn")', () => {
  const analysis = analyze(
    'Reports of troop withdrawal from the border',
    'Some troops have been withdrawn from the border, the defence ministry reported on Tuesday.',
  )
  assert.equal(analysis.headline?.supported, true, JSON.stringify(analysis.headline?.claims))
})

test('overstatements: an intensifier without a figure is flagged; one with a figure or in a quote is not', () => {
  const analysis = analyze(
    'Storm Hits Coast',
    'The storm caused unprecedented damage along the coast. A record 31 inches of rain fell in one day. ' +
      '“It was a devastating night,” the mayor said.',
  )
  assert.deepEqual(
    analysis.overstatements.map((item) => item.text),
    ['unprecedented'],
  )
  assert.ok(analysis.warnings.some((warning) => warning.includes('"unprecedented"')))
})

test('headline: a paraphrased headline is still supported when its outcome is in the body', () => {
  const { headline } = analyze('Norway, Finland Clinch Cod Quota Agreement', BODY)
  assert.ok(headline)
  assert.equal(headline.supported, true)
  assert.match(headline.claims.at(-1)!.reason, /paraphrased/)
})

test('headline: an outcome the body denies is unsupported', () => {
  const body =
    'Negotiators from Peru and Chile met in Lima on Monday. Chile has not accepted the proposed quota, ' +
    'and officials said another round would be needed.'
  const { headline } = analyze('Chile Accepts Peru Quota Proposal', body)
  assert.ok(headline)
  assert.equal(headline.supported, false)
  // The reason quotes the denial, subject and all.
  assert.match(headline.claims[0]!.reason, /"Chile has not accepted"/)
})

test('headline: a headline that attributes its claim ("Report:", "reportedly") is discussed, not backed', () => {
  const plain = analyze('Finland and Norway Sign Fisheries Agreement', BODY)
  assert.equal(plain.headline?.relation, 'supported')
  const reported = analyze('Report: Finland and Norway Sign Fisheries Agreement', BODY)
  assert.equal(reported.headline?.relation, 'discussed')
  const hedged = analyze('Finland and Norway Reportedly Sign Fisheries Agreement', BODY)
  assert.equal(hedged.headline?.relation, 'discussed')
})

test('headline: a headline word the body says in other words is backed, and the reason says which', () => {
  const { headline } = analyze(
    'Dockers Walk Out After Pay Talks Collapse',
    'Dockers at the port of Gdynia walked off the job on Monday. Negotiations over wages broke down on Sunday night, the union said.',
  )
  assert.ok(headline)
  assert.equal(headline.supported, true, JSON.stringify(headline.claims))
  assert.match(headline.claims.map((claim) => claim.reason).join(' '), /"Collapse" as "broke"/)
})

test('headline: a debate the body never says was revived is unsupported', () => {
  const { headline } = analyze(
    'Minister’s Memoir Revives Debate Over Pension Reform',
    'A former labor minister has published a memoir about the pension reform of 2009. The book recounts the debate inside the cabinet.',
  )
  assert.ok(headline)
  assert.equal(headline.supported, false)
})

test('headline: a person named May is no modal, in the headline or the body', () => {
  const { headline } = analyze(
    'Harriet May Resigns as Party Leader',
    'Harriet May resigned as party leader on Friday, ending ten years in the post.',
  )
  assert.ok(headline)
  assert.equal(headline.relation, 'supported')
})

test('headline: a country or city the body never names is unsupported; another name for it is fine', () => {
  const body =
    'European leaders failed on Friday to agree on a plan to share asylum seekers, and Italy and Hungary clashed over it.'
  assert.equal(analyze('Italy and Hungary clash over asylum plan at Vienna summit', body).headline?.supported, false)
  const britain = 'Britain and Norway signed a fisheries agreement on Monday after two years of talks.'
  assert.equal(analyze('UK and Norway sign fisheries agreement', britain).headline?.supported, true)
})

test('headline: "ends without" a deal is backed by a body where the deal stays proposed', () => {
  const analysis = analyze(
    'Envoy visit ends without prisoner swap deal',
    'The envoy met the president for five hours in the capital, but the visit produced no agreement on a proposed prisoner exchange, officials said.',
  )
  assert.equal(analysis.headline?.supported, true, JSON.stringify(analysis.headline?.claims))
})

test('headline: an outcome the lead denies is unsupported, with the denying words as the reason', () => {
  const body =
    'Fisheries talks between Finland and Norway ended in Oslo on Tuesday without agreement on cod quotas. ' +
    'Both sides said they would agree to meet again in the spring.'
  const { headline } = analyze('Finland and Norway Agree Cod Quotas', body)
  assert.equal(headline?.supported, false)
  assert.match(headline!.claims[0]!.reason, /without agreement/)
  const banned = analyze(
    'League Bans Rebel Clubs',
    'The league stopped short on Monday of banning the rebel clubs, and sent the matter to its members.',
  )
  assert.equal(banned.headline?.supported, false)
})

test('headline: a short label before a colon is no claim', () => {
  const body =
    'Every morning Ana Ruiz calls both sides of the prisoner talks from her office in Geneva. ' +
    'The mediator has kept the swaps going for two years, officials on both sides said.'
  const { headline } = analyze('The Night Caller: How a Mediator Keeps Prisoner Swaps Going', body)
  assert.equal(headline?.supported, true)
  assert.match(headline!.claims[0]!.reason, /label/)
})

test('headline: a figure keeps its thousands comma, a country may be named by its people, and a threatened act is no act', () => {
  const homes = analyze(
    'Kellby Residents Split Over Plan for 9,000 Homes',
    'Residents of Kellby split on Tuesday over a plan for up to 9,000 new homes near the stations.',
  )
  assert.equal(homes.headline?.supported, true, JSON.stringify(homes.headline?.claims))
  const hosts = analyze(
    'Norway Hosts Shipping Talks',
    'Norwegian mediators hosted shipping talks in Oslo on Tuesday between the two delegations.',
  )
  assert.equal(hosts.headline?.supported, true, JSON.stringify(hosts.headline?.claims))
  const veto = analyze(
    'Estavia Vetoes Council Resolution',
    'The council adopted the resolution on Tuesday by 12 votes to none. Estavia had threatened for weeks to veto the text.',
  )
  assert.equal(veto.headline?.supported, false, JSON.stringify(veto.headline?.claims))
})

test('headline: a court outcome the body reverses is unsupported; a watchdog and a deadline may be reworded', () => {
  const ruling =
    'The Supreme Court of Norland on Monday struck down a law that let the police read travellers’ phones at the border. ' +
    'The judges said the law gave officers too much power.'
  const upheld = analyze('Top Court Upholds Border Phone Searches', ruling).headline
  assert.equal(upheld?.supported, false)
  assert.match(upheld!.claims[0]!.reason, /"Upholds"/)

  const bid =
    'Harbor Foods rejected a $2 billion takeover bid from Kessel Group on Monday, a day after the competition ' +
    'regulator warned the deal could push up prices. The treaty on fishing rights expires in March.'
  const reworded = analyze('Harbor Foods Rejects Bid as Watchdog Raises Concerns', bid).headline
  assert.equal(reworded?.supported, true)
  assert.match(reworded!.claims[1]!.reason, /"Watchdog" as "regulator"/)
  assert.equal(analyze('Fishing Treaty Expiry Nears', bid).headline?.supported, true)
})

test('headline: a lifting the body only weighs is no lifting; a council that voted approved', () => {
  const weighed =
    'The Treasury said on Tuesday that the sanctions on the potash producer remain in full force. ' +
    'An official said Washington would consider lifting the sanctions if more prisoners were freed.'
  assert.equal(analyze('U.S. Lifts Sanctions on Potash Producer', weighed).headline?.supported, false)
  const voted = 'The city council voted 6-3 on Tuesday to raise the bus fare, the first increase since 2017.'
  assert.equal(analyze('City Council Approves Bus Fare Increase', voted).headline?.supported, true)
})

test('headline: headlinese verbs are backed by the body’s plainer words', () => {
  const cases: [string, string][] = [
    [
      'Dunmore Moves to Quit Regional Water Board',
      'The Dunmore council voted on Monday to pull out of the regional water board unless its fees fall.',
    ],
    [
      'Senators Drop Fuel Levy From Budget Bill',
      'Senators removed the fuel levy from the budget bill on Friday after a week of protests by hauliers.',
    ],
    [
      'Pension Fund Urges Investors to Reject Merger',
      'The pension fund urged investors on Tuesday to vote against the merger, saying the price was too low.',
    ],
    [
      'Pilots Set Strike Date as Talks Stall',
      'The pilots set a strike date of May 4 after a ten-hour bargaining session ended without a deal.',
    ],
  ]
  for (const [title, body] of cases) assert.equal(analyze(title, body).headline?.supported, true, title)
})

test('headline: a demonym in the headline names the country the body names', () => {
  const body = 'Members of parliament in Ghana voted on Tuesday to remove the tax on mobile payments from the budget.'
  assert.equal(analyze('Ghanaian MPs Drop Mobile Payments Tax', body).headline?.supported, true)
})

test('headline: a death toll must be a toll in the body, not another count', () => {
  const body =
    'The army said it shot down 14 drones over the valley overnight. Three people were killed when debris hit a market, ' +
    'local officials said.'
  const wrong = analyze('Drone Strikes Kill 14 in Valley', body).headline
  assert.equal(wrong?.supported, false)
  assert.match(wrong?.claims[0]?.reason ?? '', /never gives 14 as a number of dead/)
  assert.equal(analyze('Drone Strikes Kill Three in Valley', body).headline?.supported, true)
})

test('headline: "Unanimously" needs a unanimous vote, and "Fines" a fine imposed, not intended', () => {
  const vote = 'Clubs voted 11-2 in favour of the broadcast deal on Friday.'
  assert.equal(analyze('Clubs Unanimously Back Broadcast Deal', vote).headline?.supported, false)
  assert.equal(analyze('Clubs Back Broadcast Deal', vote).headline?.supported, true)
  const intended =
    'The regulator has provisionally found that the app broke the law and intends to fine the company £2 million. ' +
    'The law allows the regulator to fine companies up to 10 per cent of their revenue.'
  assert.equal(analyze('Regulator Fines App £2 Million', intended).headline?.supported, false)
  const imposed = 'The regulator fined the app £2 million on Monday for failing to check users’ ages.'
  assert.equal(analyze('Regulator Fines App £2 Million', imposed).headline?.supported, true)
})

test('headline: "Evict" needs an eviction in the body', () => {
  const body =
    'Market traders in Kellby say they may move to a new hall next year unless the board cuts their rents. ' +
    'The board said it wanted the traders to stay.'
  assert.equal(
    analyze('Board Moves to Evict Kellby Market Traders as Rent Talks Stall', body).headline?.supported,
    false,
  )
  const evicted = 'The market board voted on Monday to evict Kellby market traders from the hall over unpaid rent.'
  assert.equal(analyze('Board Votes to Evict Kellby Market Traders', evicted).headline?.supported, true)
})

test('headline: a multiple must be in the body; a tally in the headline is the tally the body gives', () => {
  const rise = 'Kellby agreed on Tuesday to raise fishing quotas from 2 to 2.6 million tonnes.'
  assert.equal(analyze('Kellby Agrees to Double Fishing Quotas', rise).headline?.supported, false)
  const doubled = 'Kellby agreed on Tuesday to double fishing quotas, from 2 to 4 million tonnes.'
  assert.equal(analyze('Kellby Agrees to Double Fishing Quotas', doubled).headline?.supported, true)
  const vote = 'The Kellby library board voted 6-3 on Monday to approve longer opening hours.'
  assert.equal(analyze('Kellby Library Board Approves Longer Hours 6-3', vote).headline?.supported, true)
})

test('headline: "Concedes" needs a concession in the body', () => {
  const denied =
    'The minister was asked whether the port contract had been a mistake. "No, I will not say that, because ' +
    'it is not true," she said.'
  assert.equal(analyze('Minister Concedes Port Contract Was a Mistake', denied).headline?.supported, false)
  const admitted = 'The minister admitted on Tuesday that the port contract was a mistake.'
  assert.equal(analyze('Minister Concedes Port Contract Was a Mistake', admitted).headline?.supported, true)
})

test('headline: a figure must count in the body what it counts in the headline', () => {
  const costs =
    'Harbor Radio will apologise to the former mayor, Tom Vos, in court. The damages were not disclosed. His ' +
    'lawyers said the station would also pay his legal costs, which they put at about £80,000.'
  const wrong = analyze('Harbor Radio to pay former mayor £80,000 libel damages', costs).headline
  assert.equal(wrong?.supported, false)
  assert.match(wrong?.claims[0]?.reason ?? '', /80,000 as libel damages/)
  const damages = 'Harbor Radio agreed to pay the former mayor, Tom Vos, £80,000 in libel damages, his lawyers said.'
  assert.equal(analyze('Harbor Radio to pay former mayor £80,000 libel damages', damages).headline?.supported, true)
})

test('headline: sides that "unite" are not backed by a body that says they are not united; a name is no verb', () => {
  const split =
    'Ferry operators are split over the Kellby port levy. Two back it, three oppose it. Shippers who use the ' +
    'port are no more united, and the United States has not commented.'
  assert.equal(analyze('Ferry operators unite against Kellby port levy', split).headline?.supported, false)
  const united = 'Ferry operators united on Monday against the Kellby port levy, saying it would cost them millions.'
  assert.equal(analyze('Ferry operators unite against Kellby port levy', united).headline?.supported, true)
})

test('headline: an outcome the body words only as denied or weighed is unsupported, unless the headline is an aim', () => {
  const body =
    'The Harbor Rowing board has not voted on the new season format. No vote was taken on Friday, and clubs ' +
    'that would back the format were told to wait for a cost study. The question returns to the board in May.'
  assert.equal(analyze('Harbor Rowing Board Approves New Season Format', body).headline?.supported, false)
  const urged =
    'Kellby Capital, which owns 4 percent of the bank, told investors on Monday that it would not support the ' +
    'merger. The board says the merger is the best route for the bank.'
  assert.equal(analyze('Kellby Capital Urges Investors to Reject Bank Merger', urged).headline?.supported, true)
})

test('headline: a share must count in the body what it counts in the headline ("Vote 90% to Reject")', () => {
  const body =
    'The Dunmore nurses union said 90% of its members took part in the ballot. A majority of 64% voted to ' +
    'reject the hospital pay offer.'
  const { headline } = analyze('Dunmore Nurses Vote 90% to Reject Hospital Pay Offer', body)
  assert.equal(headline?.supported, false)
  assert.match(headline!.claims[0]!.reason, /never gives 90/)
})

test('headline: "Rejects" and "Halts" are backed by a body that denies their opposite', () => {
  const rejects =
    'Tarvia will not accept the harbor lease on the terms offered, its transport minister said on Thursday. The ' +
    'Kellby Port Company had offered the lease last month.'
  assert.equal(analyze('Tarvia Rejects Kellby Port Lease Offer', rejects).headline?.supported, true)
  const halts =
    'No new hotels will be approved in the Dunmore old town until 2029, the planning board ruled on Monday. ' +
    'Four hotels that already hold permits are exempt.'
  assert.equal(analyze('Planning Board Halts New Hotels in Dunmore Old Town', halts).headline?.supported, true)
})

test('headline: a stance the headline gives one side while the body gives it to another is unsupported', () => {
  const body =
    'The fishing row between Chile and Peru escalated this week. Chile said on Tuesday it would shut its ports to ' +
    'Peruvian trawlers unless Peru lowered its new quota fees. Peru will not lower a single fee, its fisheries ' +
    'minister said. Port officials shut two docks near the border on Monday.'
  const wrong = analyze('Peru Threatens to Shut Ports to Trawlers as Row With Chile Escalates', body).headline
  assert.equal(wrong?.supported, false)
  assert.match(wrong!.claims[0]!.reason, /gives that stance to Chile, not to Peru/)
  assert.equal(
    analyze('Chile Threatens to Shut Ports to Trawlers as Row With Peru Escalates', body).headline?.supported,
    true,
  )
})

test('headline: a side said to agree where the body says it has not signed is unsupported', () => {
  const body =
    'Swiss mediators said on Monday that a plan to release 8 detained engineers in a trade for 20 prisoners ' +
    'had been agreed by the government. The Kellby Front has not signed the plan, its spokesman said.'
  const { headline } = analyze('Kellby Front Agrees to Release 8 Engineers in Trade', body)
  assert.ok(headline)
  assert.equal(headline.supported, false)
  assert.match(headline.claims[0]!.reason, /has not signed/)
  // Another side's refusal says nothing of the headline's subject.
  const other = analyze(
    'Kellby Front Agrees to Release 8 Engineers in Trade',
    body.replace('The Kellby Front', 'The Dunmore Navy'),
  ).headline
  assert.doesNotMatch(other!.claims[0]!.reason, /has not signed/)
})

test("headline: a sum the body ties to another act than the headline's verb is unsupported; a sum is no toll", () => {
  const body =
    'Norvane Lines has demanded $45 million from the shipyard Vos Marine over a late ferry. ' +
    'The delay will cost Norvane Lines about $70 million this year, the company said.'
  const wrong = analyze('Norvane Lines Demands $70 Million From Vos Marine', body).headline
  assert.equal(wrong?.supported, false)
  assert.match(wrong!.claims[0]!.reason, /\$45 million for "Demands"/)
  assert.equal(analyze('Norvane Lines Demands $45 Million From Vos Marine', body).headline?.supported, true)
  const fee = analyze(
    '‘We Cannot Live on $12 an Hour’: Cooks Walk Out',
    'Cooks at Harbor Foods walked out on Monday. "We cannot live on $12 an hour," their steward said.',
  ).headline
  assert.equal(fee?.claims[0]?.supported, true)
})

test('headline: an attack the body has the other way round is unsupported', () => {
  const body =
    'Greek patrol boats rammed a Turkish fishing boat near the islet on Friday, damaging its hull, ' +
    'the Turkish coast guard said. Turkey protested, and Greece said its boats had acted within its waters.'
  const reversed = analyze('Turkey Rams Greek Patrol Boats Near Islet', body).headline
  assert.equal(reversed?.supported, false)
  assert.match(reversed!.claims[0]!.reason, /Greece doing it to Turkey/)
  assert.equal(analyze('Greece Rams Turkish Fishing Boat Near Islet', body).headline?.supported, true)
})
