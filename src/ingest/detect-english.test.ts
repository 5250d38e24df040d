import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detectNotEnglish } from './detect-english.js'

const CASES: [string, string, string | null][] = [
  [
    'English news',
    'The two delegations met in Geneva on Tuesday and agreed that the next round of talks would focus on the release of prisoners, officials said.',
    null,
  ],
  [
    'German',
    'Die beiden Delegationen trafen sich am Dienstag in Genf und vereinbarten, dass sich die nächste Verhandlungsrunde auf die Freilassung von Gefangenen konzentrieren soll.',
    'few English function words',
  ],
  [
    'Spanish',
    'Las dos delegaciones se reunieron el martes en Ginebra y acordaron que la próxima ronda de negociaciones se centrará en la liberación de los prisioneros, dijeron los funcionarios.',
    'few English function words',
  ],
  [
    'Russian',
    'Две делегации встретились во вторник в Женеве и договорились о следующем раунде переговоров.',
    'mostly non-Latin script',
  ],
  ['too short to judge', 'Zelenskyy meets Erdogan in Istanbul', null],
]
for (const [name, text, expected] of CASES) {
  test(`detectNotEnglish: ${name}`, () => {
    assert.equal(detectNotEnglish(text), expected)
  })
}
