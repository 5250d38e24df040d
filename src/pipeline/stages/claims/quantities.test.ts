import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readLanguage } from '../language/language.js'
import { findQuantities } from './quantities.js'

function quantitiesIn(text: string) {
  const { tokens } = readLanguage(text)
  return findQuantities(text, tokens, 0, tokens.length).map((q) => ({ text: q.text, value: q.value, unit: q.unit }))
}

test('quantities: "per cent" is a percentage', () => {
  assert.deepEqual(quantitiesIn('Prices rose 4 per cent in May.'), [{ text: '4 per cent', value: 4, unit: 'percent' }])
})

test('quantities: a text cut after "per" does not read past its end', () => {
  // Found by the property test: a truncated article ending in "4 per".
  const found = quantitiesIn('Employers could not go beyond 4 per')
  assert.equal(found.length, 1)
  assert.equal(found[0]!.value, 4)
  assert.notEqual(found[0]!.unit, 'percent')
})

test('quantities: the counted noun is the unit', () => {
  assert.deepEqual(quantitiesIn('The air force said it downed 41 drones overnight.'), [
    { text: '41 drones', value: 41, unit: 'drones' },
  ])
})

test('quantities: words that are also object properties are not numbers', () => {
  assert.deepEqual(quantitiesIn('Two constructor firms and 40 toString workers walked out.'), [
    { text: 'Two constructor firms', value: 2, unit: 'firms' },
    { text: '40 toString workers', value: 40, unit: 'workers' },
  ])
})

test('quantities: a currency sign apart from its number still names the unit', () => {
  assert.deepEqual(quantitiesIn('The repairs would cost $12.4 million, the report said.'), [
    { text: '$12.4 million', value: 12_400_000, unit: 'dollars' },
  ])
})

test('quantities: each bound of a range keeps its own scale', () => {
  const text = 'It would cost between 800 million and 1.1 billion euros a year.'
  const { tokens } = readLanguage(text)
  const [range] = findQuantities(text, tokens, 0, tokens.length)
  assert.equal(range?.low, 800_000_000)
  assert.equal(range?.high, 1_100_000_000)
  assert.equal(range?.unit, 'euros')
})

test('quantities: "90 of the 120 drones" counts drones twice', () => {
  assert.deepEqual(quantitiesIn('The air force said it shot down 90 of the 120 drones.'), [
    { text: '90', value: 90, unit: 'drones' },
    { text: '120 drones', value: 120, unit: 'drones' },
  ])
})

test('quantities: hyphenated number words, hyphenated modifiers before the unit, and ranges in one token', () => {
  assert.deepEqual(quantitiesIn('Twenty-seven children and 5 long-range drones.'), [
    { text: 'Twenty-seven children', value: 27, unit: 'children' },
    { text: '5 long-range drones', value: 5, unit: 'drones' },
  ])
  const { tokens } = readLanguage('Between 20-30 people came; the score was 3-1.')
  const found = findQuantities('Between 20-30 people came; the score was 3-1.', tokens, 0, tokens.length)
  assert.deepEqual(
    found.map((q) => ({ text: q.text, value: q.value, low: q.low, high: q.high, unit: q.unit })),
    [{ text: 'Between 20-30 people', value: null, low: 20, high: 30, unit: 'people' }],
  )
})

test('quantities: "the two sides" points back and an age between commas is no figure; "the two missiles" still counts', () => {
  assert.deepEqual(quantitiesIn('Veloso, 61, said the two sides had met.'), [])
  assert.deepEqual(quantitiesIn('It downed both of the two ballistic missiles.'), [
    { text: 'two ballistic missiles', value: 2, unit: 'missiles' },
  ])
})

test('quantities: a word in -ing after the counted noun is no compound head', () => {
  assert.deepEqual(quantitiesIn('He made 12 trips covering 40 days.'), [
    { text: '12 trips', value: 12, unit: 'trips' },
    { text: '40 days', value: 40, unit: 'days' },
  ])
})

test('quantities: ages, phone numbers and labels are no amounts; a term and a head count are', () => {
  const text =
    'The 25-year-old medic, who faces a ten-year sentence, joined the 40-member crew. The governor, 70, said so. ' +
    'Call 555 301 4422 or write to Unit 26165, says Dan Roe #12. Rebels fired 14 rockets.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => `${q.text}=${q.value} ${q.unit}`),
    ['ten-year=10 years', '40-member=40 members', '14 rockets=14 rockets'],
  )
})

test('quantities: a vote tally counts votes for and against; a score does not; letters may name a currency', () => {
  const text =
    'The council voted 5-2 to leave. Ashby beat Kellby 3-1. The Treasury must find Sh41 billion in a 60-day window.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => `${q.text}=${q.value} ${q.unit}`),
    ['5=5 votes', '2=2 votes against', 'Sh41 billion=41000000000 shillings', '60-day=60 days'],
  )
})

test('quantities: a year is four bare digits; "2,000 drones" and "1999 soldiers" are counts', () => {
  const text = 'Rebels fired 2,000 drones. In 2024 the siege ended. Since 2022, 1999 soldiers have died.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => `${q.value} ${q.unit}`),
    ['2000 drones', '1999 soldiers'],
  )
})

test('quantities: the whole after "of the", a count noun before "at", and a people in the plural name the unit', () => {
  const text =
    'Gunners shot down 121 of the drones. The agency put the number of arrests at 46 over the month. ' +
    'More than 5,000 Estavians have been freed.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => `${q.value} ${q.unit}`),
    ['121 drones', '46 arrests', '5000 estavians'],
  )
})

test('quantities: a bare figure after "and" and a verb counts what the one before counted; casualties count alone', () => {
  const text =
    'The raid killed 11 people and wounded at least 40. Gunners fired four Zorva-K ballistic missiles. ' +
    'The mission counted 180 dead and 900 injured.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => `${q.value} ${q.unit}`),
    ['11 people', '40 people', '4 missiles', '180 dead', '900 injured'],
  )
})

test('quantities: a range may sign both bounds; "from X to Y" is two figures; a number inside a name is none', () => {
  const text =
    'The damage was put at between $11 billion and $13 billion. Costs rose from $5 million to $7 million. ' +
    'She chairs the Group of 77 and China.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => `${q.text}=${q.value}`),
    ['between $11 billion and $13 billion=null', '$5 million=5000000', '$7 million=7000000'],
  )
})

test('quantities: the first figure of a change counts what the second does', () => {
  assert.deepEqual(
    quantitiesIn('Turnout rose from 40 to 55 percent.').map((q) => `${q.value} ${q.unit}`),
    ['40 percent', '55 percent'],
  )
})

test('quantities: a bare figure takes what it counts from the words around it', () => {
  assert.deepEqual(
    quantitiesIn(
      "The union represents about 900 of Nordmark's 1,200 drivers. Negotiators have settled 14 of the treaty's 20 chapters. " +
        "He offered to sell up to 12 of Fenwick's regional depots. The agency said the fleet had 300 patrol boats and would pass 500 by 2030. " +
        'Of the 48 schools, 30 said they would stay open. The official count of detained miners is about 250. ' +
        'The army said it had killed “up to 40” enemy soldiers. Some 90 or so delegations attended.',
    ).map((q) => `${q.text}|${q.unit}`),
    [
      'about 900|drivers',
      '1,200 drivers|drivers',
      '14|chapters',
      '20 chapters|chapters',
      'up to 12|depots',
      '300 patrol boats|boats',
      '500|boats',
      '48 schools|schools',
      '30|schools',
      'about 250|miners',
      'up to 40|soldiers',
      'Some 90|delegations',
    ],
  )
})

test('quantities: a bare figure does not take the unit of a share or a span before it', () => {
  assert.deepEqual(
    quantitiesIn('Turnout rose 12 percent, to 4,000. The strike lasted three weeks and cost 2,000.').map(
      (q) => `${q.text}|${q.unit}`,
    ),
    ['12 percent|percent', '4,000|', 'three weeks|weeks', '2,000|'],
  )
})

test('quantities: times of day in words, emergency lines and shared ages are no amounts', () => {
  const text =
    'The line takes 999 calls at the 999 centre in Kellby. The ferry leaves at quarter past nine. ' +
    'The survey asked 15- and 16-year-olds. Rebels fired 14 rockets.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => q.text),
    ['14 rockets'],
  )
})

test('quantities: a list that leaves out its verb counts what its first figure counts', () => {
  const text =
    'The Harbor Party took 31 seats, the Farmers Union 19, the Greens five. Officials inspected the Boeing 737.'
  assert.deepEqual(
    quantitiesIn(text).map((q) => `${q.text}=${q.value} ${q.unit}`),
    ['31 seats=31 seats', '19=19 seats', 'five=5 seats'],
  )
})

test('quantities: a calibre names a kind of weapon and counts nothing; a distance still counts', () => {
  assert.deepEqual(
    quantitiesIn('The battery fired 152mm shells and 120 mm mortar rounds after the column moved 15km east.').map(
      (q) => q.text,
    ),
    ['15km'],
  )
})

test('quantities: ranges with a percent sign or a country dollar on both bounds are one range', () => {
  assert.deepEqual(quantitiesIn('Tolls could rise by 12% to 18% on the bridges.'), [
    { text: '12% to 18%', value: null, unit: 'percent' },
  ])
  assert.deepEqual(quantitiesIn('Advisers put its value at between A$3.20 and A$3.70 a share.'), [
    { text: 'between A$3.20 and A$3.70', value: null, unit: 'Australian dollars' },
  ])
  assert.deepEqual(quantitiesIn('Prices rose more than 4% last year.'), [
    { text: 'more than 4%', value: 4, unit: 'percent' },
  ])
})

test('quantities: "several" is no figure, an older year after "since" is a date, "the two carriers" points back', () => {
  assert.deepEqual(quantitiesIn('Several members said the trust has run the mill since 1873.'), [])
  assert.deepEqual(quantitiesIn('The two airlines would share most routes, and all three governments agreed.'), [])
  assert.deepEqual(
    quantitiesIn('It downed both of the two ballistic missiles.').map((q) => q.text),
    ['two ballistic missiles'],
  )
})

test('quantities: "one" that singles a thing out counts nothing; one soldier or one abstention still counts', () => {
  assert.deepEqual(
    quantitiesIn('The park belongs to the town, not to one owner, and stalls are let one branch at a time.'),
    [],
  )
  assert.deepEqual(
    quantitiesIn('One soldier was killed, and the board approved it with one abstention.').map((q) => q.text),
    ['One soldier', 'one abstention'],
  )
})

test('quantities: "mn" and "tn" scale a figure; "several hundred" is vague; an hour in words and an age at the end are no amounts', () => {
  assert.deepEqual(quantitiesIn('The deal is worth about $250mn, and the strike costs between $3mn and $5mn a week.'), [
    { text: 'about $250mn', value: 250_000_000, unit: 'dollars' },
    { text: 'between $3mn and $5mn', value: null, unit: 'dollars' },
  ])
  assert.deepEqual(quantitiesIn('A protest by several hundred drivers followed.'), [
    { text: 'several hundred drivers', value: null, unit: 'drivers' },
  ])
  assert.deepEqual(quantitiesIn('"I have a train at seven Saturday evening," said Lena Ortiz, 41.'), [])
})

test("quantities: currencies written with their own signs or a country's letters, and the Indian scales", () => {
  assert.deepEqual(
    quantitiesIn('Arrears reached GH¢640 million, losses ₦5 billion and costs ₹300 crore, or ₹5 lakh a head.').map(
      (q) => `${q.value} ${q.unit}`,
    ),
    ['640000000 cedis', '5000000000 naira', '3000000000 rupees', '500000 rupees'],
  )
})
