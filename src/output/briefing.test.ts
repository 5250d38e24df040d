import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../analyzer.js'
import { articleFromPlainText } from '../ingest/article-from-text.js'
import { renderBriefing } from './briefing.js'

const analyzer = createAnalyzer()

function briefingOf(body: string, offsets = false): string {
  const analysis = analyzer.analyze(articleFromPlainText('note.txt', `Harbor talks resume\n\n${body}`))
  return renderBriefing(analysis, { color: false, offsets })
}

test('briefing: quotes are grouped under their speaker, with the cue', () => {
  const md = briefingOf(
    'Mayor Lena Vos said the ferry would run in winter. "We have the money," Vos said. Councillor Tomas Berg warned that the pier was unsafe.',
  )
  const said = md.slice(md.indexOf('## Who said what'))
  assert.match(said, /\*\*Lena Vos\*\* \(2\)/)
  assert.match(said, /indirect: the ferry would run in winter _— say_/)
  assert.match(said, /\*\*Tomas Berg\*\* \(1\)\n- indirect: the pier was unsafe _— warn_/)
})

test('briefing: a question put by an unnamed interviewer is listed as a question, not as unattributed words', () => {
  const md = briefingOf(
    'Asked whether the union would accept the offer, Mayor Lena Vos said the city had no more money.',
  )
  assert.match(
    md,
    /\*\*Lena Vos\*\* \(1\)\n- indirect: the city had no more money _— say_\n\n\*\*Questions put \(asker not named\)\*\* \(1\)\n- indirect: whether the union would accept the offer _— ask_/,
  )
  assert.doesNotMatch(md, /Unattributed/)
})

test('briefing: offsets are shown only on request, and point at the evidence', () => {
  const body = 'Mayor Lena Vos said the ferry would run in winter.'
  assert.doesNotMatch(briefingOf(body), /\[\d+–\d+\]/)
  const start = body.indexOf('the ferry')
  assert.match(
    briefingOf(body, true),
    new RegExp(`the ferry would run in winter .*\\[${start}–${start + 'the ferry would run in winter'.length}\\]`),
  )
})
