import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../analyzer.js'
import { articleFromPlainText } from '../ingest/article-from-text.js'
import { articleWords, choosePack } from './choose-pack.js'
import { loadKnowledge } from './knowledge.js'

const { packs } = loadKnowledge()
const chosen = (headline: string, text: string) => choosePack(articleWords({ headline, text }), packs)?.pack.id ?? null

test('auto pack: an article naming a negotiation’s parties and one of its issues gets that pack', () => {
  assert.equal(
    chosen(
      'Envoys meet again on grain route',
      'Kyiv and Moscow sent delegations to Ankara on Monday. Ukrainian officials said a ceasefire at sea must come first; ' +
        'the Kremlin said it would talk about it.',
    ),
    'russia-ukraine',
  )
  assert.equal(
    chosen(
      'Omani mediators carry new offer',
      'Tehran is ready to discuss the enrichment level, an Iranian negotiator said, if the talks in Muscat stay indirect. ' +
        'Iran wants sanctions relief first.',
    ),
    'iran-nuclear',
  )
})

test('auto pack: a state named in passing, one side only, or no issue is no choice', () => {
  // One side of a two-sided negotiation, however often.
  assert.equal(
    chosen('Harbor vote', 'Russia abstained. Russia said the ceasefire was premature, and Moscow asked for sanctions.'),
    null,
  )
  // Both sides, but no issue of the negotiation.
  assert.equal(chosen('Grid repairs', 'Ukraine said Russia hit two substations; Ukrainian crews restored power.'), null)
  // Nothing of any pack.
  assert.equal(chosen('Bike lanes', 'The council voted 7-2 for new bike lanes on Harbor Road.'), null)
})

test('auto pack: the analyzer maps positions to the chosen pack’s issues and says which pack it used', () => {
  const analyzer = createAnalyzer({ pack: 'auto' })
  const about = analyzer.analyze(
    articleFromPlainText(
      'talks.txt',
      'Kyiv rejects land swap\n\nUkraine rejected any proposal to give up territory, President Volodymyr Zelenskyy said. ' +
        'Russia wants a ceasefire only on its terms, the Kremlin said.',
    ),
  )
  assert.equal(about.pack, 'russia-ukraine')
  assert.ok(about.positions.some((position) => position.issue === 'territory'))
  const elsewhere = analyzer.analyze(
    articleFromPlainText(
      'lanes.txt',
      'Council backs lanes\n\nThe council voted for new bike lanes, Mayor Lena Vos said.',
    ),
  )
  assert.equal(elsewhere.pack, null)
  assert.ok(elsewhere.positions.every((position) => position.issue === null))
})
