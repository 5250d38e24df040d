import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../../analyzer.js'
import { articleFromPlainText } from '../../../ingest/article-from-text.js'

const analyzer = createAnalyzer()

/** Claims of an article as "claimant|quantity texts" lines. */
function claimsOf(body: string): string[] {
  const analysis = analyzer.analyze(articleFromPlainText('test.txt', `Wage talks\n\n${body}`))
  return analysis.claims.map(
    (claim) => `${claim.claimantName ?? '-'}|${claim.quantities.map((q) => q.text).join(', ')}`,
  )
}

test('claims: figures two people report in one sentence are two claims, each with its own claimant', () => {
  assert.deepEqual(
    claimsOf(
      'Union leader Sofie Brandt and employers’ chief Karel Vos met on Friday. ' +
        'Brandt said the union wanted 7 percent, while Vos insisted that employers could offer no more than 3 percent.',
    ),
    ['Sofie Brandt|7 percent', 'Karel Vos|no more than 3 percent'],
  )
})

test('claims: a figure the author states alone has no claimant', () => {
  assert.deepEqual(claimsOf('About 400 workers gathered outside the plant on Monday.'), ['-|About 400 workers'])
})

test('claims: a count that describes the source is no claim ("according to two people familiar with …")', () => {
  assert.deepEqual(
    claimsOf('The draft was sent to Warsaw on Monday, according to three officials familiar with the talks.'),
    [],
  )
})

test('claims: a number that is part of a name is no figure ("Baltic Link 2 pipeline")', () => {
  assert.deepEqual(
    claimsOf('The Baltic Link 2 pipeline could carry 40 billion cubic metres a year, the operator Ostwind said.'),
    ['Ostwind|40 billion cubic metres'],
  )
})

test('claims: a plural noun at the end of a sentence ("frontline states.") is no speech verb and names no claimant', () => {
  assert.deepEqual(claimsOf('Leaders clashed over a plan to move 30,000 people a year from frontline states.'), [
    '-|30,000 people',
  ])
})

test('claims: a span of time that frames the story is no figure; one that is a term of what is reported is', () => {
  assert.deepEqual(
    claimsOf(
      'The envoys met for nearly five hours on Tuesday. Two years ago the talks lasted six hours. ' +
        'After four years of war, the next round is due in two weeks. Over the past three months, prices rose.',
    ),
    [],
  )
  assert.deepEqual(
    claimsOf(
      'A raise of 12 percent over three years is on the table, the minister said. ' +
        'The firm will keep the plant open for at least five years. The pipes are more than 60 years old.',
    ),
    // (How old something is is a figure too.)
    ['the minister|12 percent, over three years', '-|at least five years', '-|more than 60 years'],
  )
})

test('claims: a count of who told the reporter is no figure ("citing two unnamed officials")', () => {
  assert.deepEqual(
    claimsOf(
      'The draft sets a limit of 40 tanks, the Tribune said, citing two unnamed officials. ' +
        'Three diplomats familiar with the talks described the mood as tense.',
    ),
    ['Tribune|40 tanks'],
  )
})

test('claims: a document speaks for who made it, and a newsroom after "the" is no person', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Results\n\nThe Kellby Business Council opposes the law. The council’s own survey of 800 members found that ' +
        '72 percent opposed it. A poll by Tallis Research for the Courier found 63 percent support.',
    ),
  )
  assert.deepEqual(
    analysis.claims.map((claim) => `${claim.claimantName}: ${claim.quantities.map((q) => q.value).join(', ')}`),
    ['Kellby Business Council: 800', 'Kellby Business Council: 72', 'Tallis Research: 63'],
  )
  assert.ok(!analysis.entities.some((entity) => entity.name === 'Courier' && entity.type === 'person'))
})

test('claims: a count that opens the claimant’s words counts the sources, not a figure they assert', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Results\n\nTwo board members who spoke on condition of anonymity said 12 clubs had signed.',
    ),
  )
  assert.deepEqual(
    analysis.claims.flatMap((claim) => claim.quantities.map((q) => q.text)),
    ['12 clubs'],
  )
})

test('claims: "two officials said" counts the sources, not a figure', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Results\n\nOslo would pay only if costs stayed at 2 percent, two Norwegian officials said.',
    ),
  )
  assert.deepEqual(
    analysis.claims.flatMap((claim) => claim.quantities.map((q) => q.text)),
    ['2 percent'],
  )
})

test('claims: a figure in the words that describe the claimant is the reporter’s, unless the claimant says it', () => {
  assert.deepEqual(
    claimsOf(
      'Nordmark Shipping, which operates 60 vessels, said freight rates had fallen 12 percent. ' +
        'Mayor Tomas Lind, whose district has three ferry terminals, told reporters the city would borrow 5 million euros. ' +
        'The Fenwick Tenants League, which says it speaks for about 2,000 families, said rents rose 9 percent.',
    ),
    [
      '-|60 vessels',
      'Nordmark Shipping|12 percent',
      '-|three ferry terminals',
      'Tomas Lind|5 million euros',
      'Fenwick Tenants League|about 2,000 families',
      'Fenwick Tenants League|9 percent',
    ],
  )
})

test('claims: "put the cost at" gives an estimate, and each figure belongs to the speech verb before it', () => {
  assert.deepEqual(
    claimsOf(
      'The Farmers Union puts the cost at about 3 billion kroner a year, while the Norvik Fiscal Council ' +
        'estimated in a report that the freeze would cost 5 billion kroner. ' +
        'The Harbour Research Institute, an independent think tank, put the real figure at "no more than 40 vessels," citing port records.',
    ),
    [
      'Farmers Union|about 3 billion kroner',
      'Norvik Fiscal Council|5 billion kroner',
      'Harbour Research Institute|no more than 40 vessels',
    ],
  )
})

test("claims: what a side offers or asks for is the reporter's figure; what a speaker says stays theirs", () => {
  assert.deepEqual(
    claimsOf(
      'Corvid has offered £620 million for the lease. The union wants a pay rise of 6 percent. ' +
        'Union negotiator Marta Lind said: "Employers are offering a raise of 3.5 percent."',
    ),
    ['-|£620 million', '-|6 percent', 'Marta Lind|3.5 percent'],
  )
})

test('claims: a speech verb in a clause that opens after the figure does not claim it; a closing attribution does', () => {
  assert.deepEqual(
    claimsOf(
      'The Dunmore council voted 7-5 on Tuesday to delay the plan, after an audit by the city engineer found it would cost $12.4 million. ' +
        'The state will cut aid by 25 percent unless the council acts, Governor Ana Ruiz said.',
    ),
    ['-|7, 5', 'an audit by the city engineer|$12.4 million', 'Ana Ruiz|25 percent'],
  )
})

test('claims: a span of time with no number ("over several decades") is no term, and heads no compound', () => {
  assert.deepEqual(claimsOf('A licence costs about $90 a year, but the fee over several decades averages out lower.'), [
    '-|about $90',
  ])
  assert.deepEqual(claimsOf('The council would phase out the levy over three years.'), ['-|over three years'])
})

test('claims: a figure from people the text does not name has no claimant; a named body keeps its figure', () => {
  assert.deepEqual(
    claimsOf(
      'Two people familiar with the plan said the sides had met six times. A union official said 300 jobs were at risk. ' +
        'The water ministry said the plant had treated 2 billion litres.',
    ),
    ['-|six times', '-|300 jobs', 'The water ministry|2 billion litres'],
  )
})

test('claims: how long something has lasted frames the story; the term of a plan is a figure', () => {
  assert.deepEqual(
    claimsOf(
      'Staff have waited for three years for a new contract. Three weeks of regional trade ' +
        'negotiations ended on Friday. The council would keep the sites open for five years.',
    ),
    ['-|five years'],
  )
})

test('claims: "put the number of X at closer to N" is the subject\'s estimate of X; figures her office released are hers', () => {
  assert.deepEqual(
    claimsOf(
      'The Kellby Port Board said it would divert ferries. The board put the number of stranded cars at ' +
        'closer to 700. Dr. Ana Ruiz told a briefing that berths would close. About 450 cars are ' +
        'stranded, according to figures her office released on Friday.',
    ),
    ['Kellby Port Board|700', 'Ana Ruiz|About 450 cars'],
  )
})

test('claims: a measure or head count written as a modifier is a figure ("a 40-megawatt plant"); an age is not', () => {
  const claims = claimsOf(
    'The firm planned a 40-megawatt plant along the 310-kilometre canal. Crews of six-person teams ' +
      'worked the line. A 25-year-old driver was hurt.',
  )
  assert.deepEqual(claims, ['-|40-megawatt, 310-kilometre', '-|six-person'])
})

test('claims: a noun ending in "ss" ("grid stress") is no speech verb and names no claimant', () => {
  assert.deepEqual(
    claimsOf(
      'Farms may draw river water only in times of drought stress, and must return at least ' +
        '60 per cent of it within two days.',
    ),
    ['-|at least 60 per cent, two days'],
  )
})

test('claims: "the sources" are unnamed, and a participle aside does not hide who said the figure', () => {
  assert.deepEqual(
    claimsOf(
      'Sources familiar with the plan said the port would close. The sources said 40 ships were waiting. ' +
        'Harbor Steel GmbH makes rails. In a statement on Friday, the Kellby-based company said the merger, ' +
        'announced in May, would cut 300 jobs.',
    ),
    ['-|40 ships', 'Harbor Steel GmbH|300 jobs'],
  )
})
