import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../../analyzer.js'
import { articleFromPlainText } from '../../../ingest/article-from-text.js'

const analyzer = createAnalyzer()

/** Each quote's speaker entity name, in order. */
function speakers(body: string): (string | null)[] {
  const analysis = analyzer.analyze(articleFromPlainText('test.txt', `Results\n\n${body}`))
  const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]))
  return analysis.quotes.map((quote) => (quote.speaker === null ? null : (names.get(quote.speaker) ?? null)))
}

test('references: "it" before a speech verb is the organization named last', () => {
  assert.deepEqual(
    speakers(
      'The Estavian Grid Authority published its figures on Monday. In a statement, it said 40 substations were hit.',
    ),
    ['Estavian Grid Authority'],
  )
  // "It" that does not speak refers to nothing here.
  assert.deepEqual(speakers('The Estavian Grid Authority met. It rained all day in the capital, Ana Ruiz said.'), [
    'Ana Ruiz',
  ])
})

test('references: "the company" is the business named last, not a public body', () => {
  const found = speakers(
    'Norhalt Microsystems opposed the bid before the Trade Commission opened its review. ' +
      'The company said the offer undervalued its plants.',
  )
  assert.equal(found.at(-1), 'Norhalt Microsystems')
})

test('speakers: unnamed people placed by a city are anonymous, and still speak for its state in positions', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Results\n\nDiplomats in Brussels said the summit would slip. Officials in Paris oppose the quota system.',
    ),
  )
  assert.equal(analysis.quotes[0]?.anonymous, true)
  assert.equal(analysis.quotes[0]?.speakerName, 'Diplomats in Brussels')
  assert.deepEqual(
    analysis.positions.map((position) => `${position.actorName} ${position.stance}`),
    ['France against'],
  )
})

test('speakers: a seat of government speaks for its state; a department spokeswoman for the department', () => {
  assert.deepEqual(
    speakers(
      'Russia and Ukraine traded blame. Moscow insisted that its forces hit only military targets. ' +
        'The Kellby Department of Water is reviewing the plan. A department spokeswoman said the review would end in June.',
    ),
    ['Russia', 'Kellby Department of Water'],
  )
})

test('speakers: "his office said" speaks for him; "the team" and "the union" reach back to the body named many sentences before', () => {
  assert.deepEqual(
    speakers('Mayor Tomas Berg defended the plan. His office said the mayor was open to changes.').at(-1),
    'Tomas Berg',
  )
  const far =
    'The Kellby Observer Team began work in May. ' +
    'Roads were closed. Rain fell. Crews waited. Shops shut. Trains stopped. Schools closed. Power failed. Phones died. ' +
    'The team said it had reached only a few sites.'
  assert.equal(speakers(far).at(-1), 'Kellby Observer Team')
})

test('references: "the report" speaks for who made it; "the Nordic institute" is the institute named before', () => {
  const body =
    'A report by the Harlan Institute for Work was published on Monday. The report found that output rose 4 percent. ' +
    'The Nordic Institute for Arms Control said the count was low. The Nordic institute said it would publish more.'
  assert.deepEqual(speakers(body), [
    'Harlan Institute for Work',
    'Nordic Institute for Arms Control',
    'Nordic Institute for Arms Control',
  ])
  // A report nobody was said to make speaks for nobody.
  assert.deepEqual(speakers('The ministry was closed on Monday. The report found that output rose 4 percent.'), [null])
})

test('references: "the group" is the association named before; a surname used alone makes "Lena Park" a person', () => {
  assert.deepEqual(
    speakers('The Calder Riders Alliance met on Monday. The group said the higher fare would drive away riders.'),
    ['Calder Riders Alliance'],
  )
  assert.deepEqual(speakers('Council member Lena Park spoke first. "A fare rise is a tax," Park said.'), ['Lena Park'])
})

test('references: "the university" and "the trust" are the university and the trust named before', () => {
  assert.deepEqual(
    speakers(
      'Vos University employs 900 staff. The university said the offer was final. The Kellby Land Trust ' +
        'owns the meadow. The trust said it would not sell.',
    ),
    ['Vos University', 'Kellby Land Trust'],
  )
})

test('references: "the Kellby-based company" is the firm named before; "the group" may be an armed front', () => {
  assert.deepEqual(
    speakers(
      'Harbor Foods GmbH opened a bakery on Thursday. In a statement, the Kellby-based company said ' +
        'the bakery would cost it 90 million euros. The Norvane Liberation Front holds the hills. The group said ' +
        'it had shot down two drones.',
    ),
    ['Harbor Foods GmbH', 'Norvane Liberation Front'],
  )
})

test('references: a modifier after "Kellby-based" is still read against the name ("the Kellby-based Harbor company")', () => {
  assert.deepEqual(
    speakers(
      'Harbor Foods GmbH opened a bakery. The Kellby-based Harbor company said the bakery would cost 90 million euros.',
    ),
    ['Harbor Foods GmbH'],
  )
})

test('references: "the aid office" is the U.N. aid office named before', () => {
  assert.deepEqual(speakers('The U.N. aid office opened a depot. The aid office said 4,000 people had crossed.'), [
    'U.N. aid office',
  ])
})

test('references: "the Organization for …" that starts a name is that name, no description of a body named before', () => {
  const body =
    'The Nordic Fisheries Organization said on Monday that talks would resume. ' +
    'Catches fell by about 40,000 tonnes in 2025, according to a report by the Organization for Baltic Marine Research.'
  assert.deepEqual(speakers(body), ['Nordic Fisheries Organization', 'Organization for Baltic Marine Research'])
  const analysis = analyzer.analyze(articleFromPlainText('test.txt', `Results\n\n${body}`))
  const nordic = analysis.entities.find((entity) => entity.name === 'Nordic Fisheries Organization')
  assert.equal(nordic?.mentions.length, 1)
})

test('speakers: "an EU spokesperson" speaks for the body that names them; a mission keeps where it is sent', () => {
  assert.deepEqual(
    speakers(
      'The European Union has no plans to ease its sanctions, an EU spokesperson said. ' +
        'The European Union Mission in Armenia said it could not establish where the shots came from.',
    ),
    ['European Union', 'European Union Mission in Armenia'],
  )
})

test('references: a person a title named stays in reach of the next pronoun', () => {
  assert.deepEqual(
    speakers(
      'Trade Minister Jonas Dahl said on Tuesday that the talks had moved. The navy, led by Adm. Tomas Berg, ' +
        'sent a team. The main dispute, the minister said, is over fishing quotas. Two diplomats said the navy ' +
        'wanted patrols near the coast. Asked whether the country would send inspectors, he said it would send a small team.',
    ),
    ['Jonas Dahl', 'Jonas Dahl', null, null, 'Jonas Dahl'],
  )
})

test('references: someone close to a body is unnamed, and "the company" is the firm, not its board', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Results\n\nNorhalt Logistics is in talks with prosecutors. A person close to Norhalt Logistics’ board said ' +
        'the company could accept a larger payment.',
    ),
  )
  const quote = analysis.quotes.at(-1)!
  assert.equal(quote.speaker, null)
  assert.equal(quote.anonymous, true)
  assert.deepEqual(
    analysis.positions.map((position) => `${position.actorName}|${position.stance}`),
    ['Norhalt Logistics|for'],
  )
})

test('references: a state that opens a sentence speaks as "it" and through "its ministry", past a firm named before', () => {
  const analysis = analyzer.analyze(
    articleFromPlainText(
      'test.txt',
      'Results\n\nThe Norhalt group, an energy firm, warned of costs. Portugal changed course twice. In March, its ' +
        'finance ministry demanded that the levy be delayed. By June it was asking for an exemption instead.',
    ),
  )
  const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]))
  // The ministry speaks as itself (the article names no such body); "it" is Portugal.
  assert.deepEqual(
    analysis.quotes.map((quote) => (quote.speaker ? names.get(quote.speaker) : quote.speakerName)),
    ['finance ministry', 'Portugal'],
  )
  // Both stances are Portugal's.
  assert.deepEqual(
    analysis.positions.map((position) => position.actorName),
    ['Portugal', 'Portugal'],
  )
  // A state named inside a sentence, not as its subject, is not what "it" means.
  assert.deepEqual(
    speakers('Norhalt Energy warned of costs. In talks with Portugal, it was asking for a cap instead.'),
    ['Norhalt Energy'],
  )
})

test('speakers: a source close to or familiar with a body is unnamed, whatever the phrase goes on to name', () => {
  assert.deepEqual(
    speakers(
      'Norhalt Labs runs the plant. A person close to the firm, who asked not to be named, said it ' +
        'would consider selling the site. Two officials familiar with the Kellby League said the bid had won.',
    ),
    [null, null],
  )
})

test('references: "it" opening a sentence after a subject that names no entity is left unresolved', () => {
  assert.deepEqual(
    speakers(
      'Norhalt Energy runs the pipeline. The new leaflet lists its costs. It also says the levy would ' +
        'double bills.',
    ),
    [null],
  )
})
