import { readFileSync } from 'node:fs'
import { createAnalyzer } from '/work/main/src/analyzer.ts'
import { articleFromPlainText } from '/work/main/src/ingest/article-from-text.ts'

const a = createAnalyzer()
const f = process.argv[2] ?? '/work/shared/seed/berlin-talks.txt'
const r = a.analyze(articleFromPlainText(f, readFileSync(f, 'utf8')))
for (const e of r.entities)
  console.log(
    e.id,
    e.type,
    JSON.stringify(e.name),
    e.aliases.join('|'),
    'roles:',
    e.roles.join('|'),
    e.mentions.length,
    e.partOf ?? '',
  )
for (const q of r.quotes)
  console.log(q.kind, JSON.stringify(q.text.slice(0, 80)), '→', q.speakerName, q.cue, q.anonymous ? 'anon' : '')
for (const c of r.claims)
  console.log(
    'claim',
    JSON.stringify(c.text.slice(0, 80)),
    c.claimantName,
    JSON.stringify(c.quantities.map((q) => [q.value, q.unit, q.text])),
  )
