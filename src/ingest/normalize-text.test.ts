import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeText } from './normalize-text.js'

const CASES: [string, string, string][] = [
  ['NFC', 'Cafe\u0301', 'Café'],
  ['line breaks unified', 'a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
  ['at most one blank line', 'a\n\n\n\nb', 'a\n\nb'],
  ['spaces collapsed and trimmed per line', '  a \u00A0 b\t\n  c  ', 'a b\nc'],
  ['invisible characters dropped', 'co\u00ADop\u200Berate\uFEFF', 'cooperate'],
  ['quote marks kept as written', '"a" \u201cb\u201d \'c\' \u2018d\u2019', '"a" \u201cb\u201d \'c\' \u2018d\u2019'],
  ['emoji joiners kept', '\u{1F469}\u200D\u{1F52C}', '\u{1F469}\u200D\u{1F52C}'],
]
for (const [name, raw, expected] of CASES) {
  test(`normalizeText: ${name}`, () => {
    assert.equal(normalizeText(raw), expected)
  })
}
