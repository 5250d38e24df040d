import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { makeAnalysis } from '../../test/helpers/analysis.js'
import { createAnalyzer } from '../analyzer.js'
import type { Analysis, AnalysisQuote } from '../core/analysis.js'
import { createTextAnalyzer, type TextAnalyzer } from './analyze-text.js'
import { matchMentions, mentionsFromTags, parseConll, readConll, scoreConll } from './conll.js'
import { matchShingles, readExtraction, scoreExtraction, scoreMatches, shingleTokens } from './extraction.js'
import {
  actorMatches,
  evidenceMatches,
  type FixtureItem,
  matchEvents,
  matchPositions,
  type PredictedEvent,
  type PredictedPosition,
  scoreFixtures,
} from './fixtures.js'
import { fncPairScore, parseCsv, scoreStances } from './fnc.js'
import type { Prf } from './metrics.js'
import { exactForm, normalize, sameNameWord, tokenF1, tokens, withinOneEdit } from './normalize.js'
import {
  cueBucket,
  goldSourceKind,
  goldSpeakerWord,
  matchByOverlap,
  matchExactly,
  predictedSpeakerNames,
  readPolnear,
  scorePolnear,
  speakerIsCorrect,
  speechBucket,
} from './polnear.js'
import { mentionFound, readSemeval, scoreSemeval } from './semeval.js'

describe('normalize', () => {
  it('lower-cases, straightens curly quotes and keeps only letters, digits, apostrophes and spaces', () => {
    assert.equal(normalize('  “We’re READY,” he said —  in 2024! '), "we're ready he said in 2024")
    assert.equal(normalize('U.S.-backed\u00A0plan'), 'u s backed plan')
    assert.equal(normalize('Zelenskyy’s'), "zelenskyy's")
    assert.deepEqual(tokens('...'), [])
  })

  it('drops one leading "that" for exact matching', () => {
    assert.equal(exactForm('that the talks failed.'), 'the talks failed')
    assert.equal(exactForm('That that is so'), 'that is so')
    assert.equal(exactForm('thatcher spoke'), 'thatcher spoke')
  })
})

describe('tokenF1', () => {
  it('is the bag-of-words F1', () => {
    assert.equal(tokenF1('a b c d', 'a b c d'), 1)
    assert.equal(tokenF1('a b', 'c d'), 0)
    // 2 common of 4 gold and 2 predicted: P 1, R 0.5, F1 2/3.
    assert.ok(Math.abs(tokenF1('a b c d', 'a b') - 2 / 3) < 1e-9)
    // Repeated words count once each: "a a" against "a" shares one word.
    assert.ok(Math.abs(tokenF1('a a', 'a') - 2 / 3) < 1e-9)
    assert.equal(tokenF1('', 'a'), 0)
  })
})

describe('name words', () => {
  it('allows one letter of difference only for words of five letters or more', () => {
    assert.ok(withinOneEdit('zelensky', 'zelenskyy'))
    assert.ok(withinOneEdit('kushner', 'kuschner'))
    assert.ok(!withinOneEdit('abcde', 'abxye'))
    assert.ok(sameNameWord('zelensky', 'zelenskyy'))
    assert.ok(sameNameWord('putin', 'putin'))
    assert.ok(!sameNameWord('bush', 'busk'))
  })
})

describe('overlap matching', () => {
  it('gives each gold item, in order, the best unused prediction at token F1 >= threshold', () => {
    const gold = ['the talks will go on', 'we stand where we stand', 'nothing like this']
    const predicted = ['we stand where we stand today', 'the talks will go on', 'unrelated words entirely']
    const matches = matchByOverlap(gold, predicted, 0.5)
    assert.deepEqual(
      matches.map((m) => m.predicted),
      [1, 0, null],
    )
    assert.equal(matches[2]!.predicted, null)
  })

  it('does not reuse a prediction for a second gold item', () => {
    const matches = matchByOverlap(['peace now', 'peace now'], ['peace now'])
    assert.deepEqual(
      matches.map((m) => m.predicted),
      [0, null],
    )
  })

  it('rejects a best candidate below the threshold', () => {
    assert.equal(matchByOverlap(['a b c d e f'], ['a x y z'], 0.5)[0]!.predicted, null)
  })

  it('matches exactly after normalization and a dropped leading "that"', () => {
    assert.deepEqual(matchExactly(['that Kyiv is ready.', '“Peace,” now'], ['Kyiv is ready', 'peace now']), [0, 1])
    assert.deepEqual(matchExactly(['Kyiv is ready'], ['Kyiv is ready now']), [null])
  })
})

const quote = (speakerName: string | null, speaker: string | null = null): AnalysisQuote => ({
  id: 'q1',
  kind: 'direct',
  text: 'x',
  start: 0,
  end: 1,
  speaker,
  speakerName,
  cue: 'say',
  anonymous: false,
  speakerSpan: null,
  cueSpan: null,
})

describe('speakers', () => {
  it('tells pronoun, named and missing gold sources apart', () => {
    assert.equal(goldSourceKind('He'), 'pronoun')
    assert.equal(goldSourceKind('who'), 'pronoun')
    assert.equal(goldSourceKind('Mr. Obama'), 'named')
    assert.equal(goldSourceKind(null), 'missing')
  })

  it('judges a named source by its last word, ignoring articles and possessives', () => {
    assert.equal(goldSpeakerWord('The New York Post'), 'post')
    assert.equal(goldSpeakerWord('Clinton’s'), 'clinton')
    assert.ok(speakerIsCorrect('Mr. Obama', ['Barack Obama']))
    assert.ok(speakerIsCorrect('President Zelensky', ['Volodymyr Zelenskyy']))
    assert.ok(!speakerIsCorrect('Mr. Obama', ['Hillary Clinton']))
    assert.ok(!speakerIsCorrect('Bush', ['Busk']))
  })

  it('reads the speaker entity name and aliases as well as speakerName', () => {
    const analysis = {
      entities: [
        {
          id: 'e1',
          name: 'Volodymyr Zelenskyy',
          type: 'person',
          aliases: ['Zelensky'],
          roles: [],
          mentions: [],
          partOf: null,
        },
      ],
    } as unknown as Analysis
    assert.deepEqual(predictedSpeakerNames(quote(null, 'e1'), analysis), ['Volodymyr Zelenskyy', 'Zelensky'])
    assert.deepEqual(predictedSpeakerNames(quote('he'), analysis), ['he'])
  })
})

describe('breakdowns', () => {
  it('buckets gold cues', () => {
    assert.equal(cueBucket('has said'), 'said')
    assert.equal(cueBucket('told'), 'told')
    assert.equal(cueBucket('According to'), 'according to')
    assert.equal(cueBucket('warned'), 'other')
    assert.equal(cueBucket(null), 'other')
  })

  it('calls content direct when it opens with a quote mark or is mostly quoted', () => {
    assert.equal(speechBucket('“We will not give up land,”'), 'direct')
    assert.equal(speechBucket('We will not give up land', 'he said: “'), 'direct')
    assert.equal(speechBucket('the plan was “a trap” for Kyiv and its many allies'), 'indirect')
    assert.equal(speechBucket('that Kyiv is ready'), 'indirect')
  })
})

describe('fixture positions', () => {
  const gold = { proposition: 'x', stance: 'conditional' as const }
  const predicted = (names: string[], stance: PredictedPosition['stance'], evidence: string): PredictedPosition => ({
    names,
    stance,
    evidence,
  })

  it('matches an actor when every gold word is among the predicted names, one letter off for long words', () => {
    assert.ok(actorMatches('Volodymyr Zelenskyy', ['Zelensky', 'Volodymyr Zelensky']))
    assert.ok(actorMatches('the Kremlin', ["Kremlin's"]))
    assert.ok(!actorMatches('Dutch Ministry of Economic Affairs', ['Ministry of Economic Affairs']))
    assert.ok(!actorMatches('Ukraine', ['Kyiv']))
  })

  it('wants at least half of the gold evidence words in the predicted span', () => {
    assert.ok(evidenceMatches('Kyiv would send a delegation', 'He said Kyiv would send people.'))
    assert.ok(!evidenceMatches('Kyiv would send a delegation', 'Kyiv is ready.'))
    assert.ok(!evidenceMatches('', 'anything'))
  })

  it('needs the same stance unless told to ignore it, and uses each prediction once', () => {
    const golds = [
      { ...gold, actor: 'Ukraine', evidence: 'Kyiv would send a delegation if Moscow agreed' },
      { ...gold, actor: 'Ukraine', evidence: 'Kyiv would send a delegation if Moscow agreed' },
      { ...gold, actor: 'Russia', evidence: 'Moscow would not release any prisoners' },
    ]
    const predictions = [
      predicted(['Russia'], 'against', 'Moscow would not release any prisoners before sanctions eased'),
      predicted(['Ukraine', 'Kyiv'], 'conditional', 'Kyiv would send a delegation if Moscow agreed to a ban'),
    ]
    assert.deepEqual(matchPositions(golds, predictions), [1, null, null])
    assert.deepEqual(matchPositions(golds, predictions, true), [1, null, 0])
  })

  it('matches events by type (talks and meetings alike) and evidence, each prediction once', () => {
    const event = (type: string, evidence: string): PredictedEvent => ({
      type,
      evidence,
      participants: [],
      location: [],
      date: null,
    })
    const golds = [
      { type: 'talks', evidence: 'The envoys met in Oslo on Monday', participants: [], location: null, date: null },
      { type: 'attack', evidence: 'Rebels shelled the port overnight', participants: [], location: null, date: null },
      { type: 'talks', evidence: 'The envoys met in Oslo on Monday', participants: [], location: null, date: null },
    ]
    const predictions = [
      event('statement', 'Rebels shelled the port overnight, the army said in a statement.'),
      event('meeting', 'The envoys met in Oslo on Monday.'),
    ]
    assert.deepEqual(matchEvents(golds, predictions), [1, null, null])
  })
})

describe('conll', () => {
  it('reads IOB2 and IOB1 mentions and splits documents and sentences', () => {
    const raw = [
      '-DOCSTART- -X- -X- O',
      '',
      'EU NNP B-NP B-ORG',
      'rejects VBZ B-VP O',
      '',
      'Peter NNP B-NP B-PER',
      'Blackburn NNP I-NP I-PER',
      'in IN B-PP O',
      'New NNP B-NP I-LOC',
      'York NNP I-NP I-LOC',
      '',
      '-DOCSTART- -X- -X- O',
      '',
      'Bonn NNP B-NP B-LOC',
    ].join('\n')
    const documents = parseConll(raw)
    assert.equal(documents.length, 2)
    assert.deepEqual(documents[0]!.sentences, ['EU rejects', 'Peter Blackburn in New York'])
    assert.deepEqual(
      documents[0]!.mentions.map((m) => `${m.type}:${m.text}`),
      ['ORG:EU', 'PER:Peter Blackburn', 'LOC:New York'],
    )
    const tags = [
      { word: 'A', tag: 'I-PER' },
      { word: 'B', tag: 'B-PER' },
    ]
    assert.equal(mentionsFromTags(tags, 0).length, 2)
  })

  it('compares multisets of (type, normalized text)', () => {
    const gold = [
      { type: 'PER' as const, text: 'Putin' },
      { type: 'PER' as const, text: 'Putin' },
      { type: 'LOC' as const, text: 'U.S.' },
    ]
    const predicted = [
      { type: 'PER' as const, text: 'putin' },
      { type: 'ORG' as const, text: 'U.S.' },
    ]
    const matched = matchMentions(gold, predicted)
    assert.equal(matched.get('PER'), 1)
    assert.equal(matched.get('LOC') ?? 0, 0)
  })
})

describe('fnc', () => {
  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    const rows = parseCsv('a,b\n1,"x, ""y""\nz"\r\n2,\n')
    assert.deepEqual(rows, [
      ['a', 'b'],
      ['1', 'x, "y"\nz'],
      ['2', ''],
    ])
  })

  it('scores like the FNC-1 scorer', () => {
    assert.equal(fncPairScore('unrelated', 'unrelated'), 0.25)
    assert.equal(fncPairScore('agree', 'agree'), 1)
    assert.equal(fncPairScore('agree', 'discuss'), 0.25)
    assert.equal(fncPairScore('agree', 'unrelated'), 0)
    assert.equal(fncPairScore('unrelated', 'discuss'), 0)
    assert.equal(fncPairScore('discuss', null), 0)
  })

  it('counts a missing prediction as wrong for every class', () => {
    const scored = scoreStances(['agree', 'unrelated', 'unrelated'], ['agree', null, 'unrelated'])
    assert.equal(scored.score, 1.25)
    assert.equal(scored.maxScore, 1.5)
    assert.equal(scored.byClass.unrelated.recall, 0.5)
    assert.equal(scored.byClass.unrelated.precision, 1)
    assert.equal(scored.confusion.unrelated.none, 1)
  })
})

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const DATA_DIR = resolve(process.env.PARLEY_EVAL_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'eval-data'))
const noData = existsSync(DATA_DIR) ? false : `no evaluation data at ${DATA_DIR} (set PARLEY_EVAL_DATA)`

function assertFigures(label: string, figures: Prf) {
  for (const key of ['precision', 'recall', 'f1'] as const) {
    const value = figures[key]
    // Null is allowed (nothing predicted yet); a number must be a proportion.
    if (value !== null) assert.ok(value >= 0 && value <= 1, `${label} ${key} = ${value}`)
  }
  assert.ok(figures.gold > 0, `${label}: no gold items read`)
}

describe('scorers on the evaluation data', { skip: noData }, () => {
  const analyzer = createAnalyzer()

  it('scores a slice of PolNeAR', () => {
    const report = scorePolnear(readPolnear(DATA_DIR, 3), createTextAnalyzer(analyzer))
    assert.equal(report.articles, 3)
    assertFigures('polnear overlap', report.overlap)
    assertFigures('polnear exact', report.exact)
    assert.ok(report.overlap.matched + report.misses.unmatchedGold.length === report.gold)
  })

  it('scores a slice of the article-extraction pages', () => {
    const report = scoreExtraction(readExtraction(DATA_DIR, 3), analyzer)
    assert.equal(report.pages, 3)
    for (const value of [report.precision, report.recall, report.f1])
      assert.ok(value !== null && value >= 0 && value <= 1)
  })

  it('scores a slice of the SemEval Ukraine articles', () => {
    const report = scoreSemeval(readSemeval(DATA_DIR, 5), createTextAnalyzer(analyzer))
    assert.equal(report.articles, 5)
    assert.ok(report.gold > 0 && report.recall !== null && report.recall >= 0 && report.recall <= 1)
  })

  it('scores a slice of CoNLL++', () => {
    const report = scoreConll(readConll(DATA_DIR, 3), createTextAnalyzer(analyzer))
    assert.equal(report.documents, 3)
    assertFigures('conll overall', report.overall)
  })
})

describe('extraction metric', () => {
  it('tokenizes like Python \\w: letters and digits of any script, underscores, no punctuation', () => {
    assert.deepEqual(shingleTokens('Kyiv’s 2nd_round: Zürich, 東京!'), ['Kyiv', 's', '2nd_round', 'Zürich', '東京'])
  })

  it('counts shared, extra and missing 4-token shingles, normalized per page', () => {
    const expected = 'one two three four five'
    assert.deepEqual(matchShingles(expected, expected), { tp: 1, fp: 0, fn: 0 })
    // Gold: [1-4], [2-5]; predicted adds a sixth token: [1-4], [2-5], [3-6]
    assert.deepEqual(matchShingles(expected, `${expected} six`), { tp: 2 / 3, fp: 1 / 3, fn: 0 })
    assert.deepEqual(matchShingles('a b', 'a b'), { tp: 1, fp: 0, fn: 0 })
    assert.deepEqual(matchShingles('one two three four', ''), { tp: 0, fp: 0, fn: 1 })
  })

  it('averages precision over pages with a prediction and recall over pages with a gold body', () => {
    const scores = scoreMatches([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.5, fp: 0.5, fn: 0 },
      { tp: 0, fp: 0, fn: 1 }, // nothing extracted: counts for recall only
    ])
    assert.equal(scores.precision, 0.75)
    assert.ok(Math.abs((scores.recall ?? 0) - 2 / 3) < 1e-9)
    assert.ok(Math.abs((scores.f1 ?? 0) - 12 / 17) < 1e-9)
  })
})

describe('semeval entity coverage', () => {
  it('finds a gold mention as a name, an alias or the end of a titled mention', () => {
    assert.equal(mentionFound('German Chancellor Olaf Scholz', ['Olaf Scholz']), true)
    assert.equal(mentionFound('Kremlin', ['Russia', 'Kremlin']), true)
    assert.equal(mentionFound('the West', ['the West']), true)
    // Any ending of the mention: a surname alias finds the full name, not the other way round.
    assert.equal(mentionFound('Olaf Scholz', ['Scholz']), true)
    assert.equal(mentionFound('Scholz', ['Olaf Scholz']), false)
    assert.equal(mentionFound('Biden administration', ['Joe Biden', 'Biden']), false)
  })
})

it('fixtures scoring: a gold person split into two entities is found once (recall never passes 100)', () => {
  const text = 'Ana Ruiz spoke. Ms. Ruiz left.'
  const analysis = makeAnalysis({
    text,
    entities: [
      { id: 'e1', name: 'Ana Ruiz', type: 'person', aliases: ['Ana Ruiz'], roles: [] },
      { id: 'e2', name: 'Ms. Ruiz', type: 'person', aliases: ['Ana Ruiz'], roles: [] },
    ],
  })
  const analyzer: TextAnalyzer = { failures: [], analyze: () => analysis }
  const item: FixtureItem = {
    name: 'split',
    text: `Headline\n\n${text}`,
    headlineSupported: true,
    positions: [],
    quotes: [],
    people: [{ name: 'Ana Ruiz' }],
    claims: [],
    events: null,
  }
  const { people } = scoreFixtures([item], analyzer)
  assert.equal(people.recall, 1)
  assert.equal(people.precision, 1)
})
