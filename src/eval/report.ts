/** The JSON report of one eval run, its headline figures, the summary table and the comparison with an older run. */
import type { ConllReport } from './conll.js'
import type { ExtractionReport } from './extraction.js'
import type { EventsScore, FixturesReport } from './fixtures.js'
import type { FncReport } from './fnc.js'
import type { Prf } from './metrics.js'
import type { BucketRecall, PolnearReport } from './polnear.js'
import type { SeedReport } from './seed.js'
import type { SemevalReport } from './semeval.js'

export const SET_NAMES = ['polnear', 'conll', 'fnc', 'extraction', 'semeval', 'fixtures', 'holdout', 'seed'] as const
export type SetName = (typeof SET_NAMES)[number]

export interface EvalReport {
  readonly schema: 'parley.eval/1'
  readonly date: string
  readonly commit: string | null
  /** True when the working tree had changes: the figures are not exactly those of `commit`. */
  readonly dirty: boolean
  readonly dataDir: string
  readonly limit: number | null
  readonly seconds: Partial<Record<SetName, number>>
  readonly polnear?: PolnearReport
  readonly conll?: ConllReport
  readonly fnc?: FncReport
  readonly extraction?: ExtractionReport
  readonly semeval?: SemevalReport
  readonly fixtures?: FixturesReport
  /** Our articles annotated blind and never tuned on: scored like `fixtures`. */
  readonly holdout?: FixturesReport
  readonly seed?: SeedReport
}

export interface Figure {
  readonly set: SetName
  readonly key: string
  readonly label: string
  readonly value: number | null
  /** What the figure was counted over, for the table. */
  readonly basis: string
}

/** The share of a precision/recall/F1 triple, whatever else a report keeps beside it. */
type Shares = Pick<Prf, 'f1' | 'precision' | 'recall'>

/** An F1 row with its basis, then its P and R rows ("quotes F1 (overlap)", "quotes P", "quotes R"). */
function prfRows(set: SetName, key: string, noun: string, f1Label: string, shares: Shares, basis: string): Figure[] {
  return [
    { set, key: `${key}.f1`, label: `${noun} ${f1Label}`, value: shares.f1, basis },
    { set, key: `${key}.precision`, label: `${noun} P`, value: shares.precision, basis: '' },
    { set, key: `${key}.recall`, label: `${noun} R`, value: shares.recall, basis: '' },
  ]
}

/** One F1 row whose basis gives its P and R, and what they were counted over when `counted` says. */
function f1Row(set: SetName, key: string, label: string, shares: Shares, counted = ''): Figure {
  const basis = `P ${percent(shares.precision)} R ${percent(shares.recall)}`
  return { set, key, label, value: shares.f1, basis: counted ? `${basis}, ${counted}` : basis }
}

function polnearFigures(r: PolnearReport): Figure[] {
  const basis = `${r.gold} gold, ${r.predicted} predicted, ${r.articles} articles`
  const s = r.speaker
  return [
    ...prfRows('polnear', 'polnear.overlap', 'quotes', 'F1 (overlap)', r.overlap, basis),
    { set: 'polnear', key: 'polnear.exact.f1', label: 'quotes F1 (exact)', value: r.exact.f1, basis: '' },
    f1Row(
      'polnear',
      'polnear.overlapAsStatements.f1',
      '  F1 in PolNeAR units',
      r.overlapAsStatements,
      'a diagnostic: split quotes joined, nested partials once',
    ),
    {
      set: 'polnear',
      key: 'polnear.speaker.namedAccuracy',
      label: 'named speaker acc.',
      value: s.namedAccuracy,
      basis: `${s.namedCorrect}/${s.namedMatches} matches`,
    },
    {
      set: 'polnear',
      key: 'polnear.speaker.pronounResolutionRate',
      label: 'pronoun resolved',
      value: s.pronounResolutionRate,
      basis: `${s.pronounResolved}/${s.pronounMatches} matches`,
    },
    ...bucketFigures('cue', r.recallByCue),
    ...bucketFigures('speech', r.recallBySpeech),
  ]
}

/** Recall per gold bucket (cue word, direct or indirect speech). */
function bucketFigures(by: string, buckets: Record<string, BucketRecall>): Figure[] {
  return Object.entries(buckets).map(([name, bucket]) => ({
    set: 'polnear',
    key: `polnear.recall.${by}.${name.replace(/ /g, '-')}`,
    label: `  R ${by} ${name}`,
    value: bucket.recall,
    basis: `${bucket.matched}/${bucket.gold}`,
  }))
}

function conllFigures(r: ConllReport): Figure[] {
  const o = r.overall
  return [
    ...prfRows(
      'conll',
      'conll.overall',
      'entities',
      'F1',
      o,
      `${o.gold} gold, ${o.predicted} predicted, ${r.documents} docs`,
    ),
    ...(['PER', 'ORG', 'LOC'] as const).map((type) => f1Row('conll', `conll.${type}.f1`, `${type} F1`, r.byType[type])),
  ]
}

function fncFigures(r: FncReport): Figure[] {
  return [
    {
      set: 'fnc',
      key: 'fnc.scorePercent',
      label: 'FNC score (% of max)',
      value: r.scorePercent,
      basis: `${r.pairs} pairs, ${r.noPrediction} without prediction`,
    },
    { set: 'fnc', key: 'fnc.macroF1', label: 'macro F1', value: r.macroF1, basis: '' },
    ...(['agree', 'disagree', 'discuss', 'unrelated'] as const).map(
      (stance): Figure => ({
        set: 'fnc',
        key: `fnc.${stance}.f1`,
        label: `${stance} F1`,
        value: r.byClass[stance].f1,
        basis: '',
      }),
    ),
  ]
}

function extractionFigures(r: ExtractionReport): Figure[] {
  const failed = r.results.filter((page) => page.error !== null).length
  return [
    ...prfRows(
      'extraction',
      'extraction',
      'body',
      'F1 (shingles)',
      r,
      `${r.pages} pages, ${failed} without an article`,
    ),
    { set: 'extraction', key: 'extraction.accuracy', label: 'body exact', value: r.accuracy, basis: '' },
  ]
}

function semevalFigures(r: SemevalReport): Figure[] {
  return [
    {
      set: 'semeval',
      key: 'semeval.recall',
      label: 'framed entities named',
      value: r.recall,
      basis: `${r.found}/${r.gold} gold mentions, ${r.articles} articles`,
    },
    {
      set: 'semeval',
      key: 'semeval.personsPerArticle',
      label: 'persons per article',
      // Not a share: shown ×100 would mislead, so the table prints it in the basis.
      value: null,
      basis: `${r.personsPerArticle?.toFixed(2) ?? '–'} (${r.persons} persons)`,
    },
  ]
}

function fixturesFigures(set: 'fixtures' | 'holdout', r: FixturesReport): Figure[] {
  const p = r.positions
  const counted = (x: Prf) =>
    x.found === undefined
      ? `${x.matched}/${x.gold} gold, ${x.predicted} predicted`
      : `${x.found}/${x.gold} gold found, ${x.matched}/${x.predicted} predicted matched`
  return [
    ...prfRows(set, `${set}.positions`, 'positions', 'F1', p, counted(p)),
    {
      set,
      key: `${set}.positionsAnyStance.recall`,
      label: 'positions R any stance',
      value: r.positionsAnyStance.recall,
      basis: `${r.positionsAnyStance.matched}/${r.positionsAnyStance.gold} actor + evidence`,
    },
    {
      set,
      key: `${set}.headline.accuracy`,
      label: 'headline supported',
      value: r.headline.accuracy,
      basis: `${r.headline.correct}/${r.headline.articles} articles`,
    },
    ...(['quoted', 'reported'] as const).map((cls) =>
      f1Row(set, `${set}.quotes.${cls}.f1`, `${cls} F1`, r.quotes[cls], counted(r.quotes[cls])),
    ),
    ...(['quoted', 'reported'] as const).flatMap((cls): Figure[] => {
      // A report written before this figure existed has no such field; --compare still reads it.
      const c = (r.quotesContained as FixturesReport['quotesContained'] | undefined)?.[cls]
      if (c === undefined) return []
      return [
        {
          set,
          key: `${set}.quotesContained.${cls}.recall`,
          label: `  ${cls} R contained`,
          value: c.recall,
          basis: `${c.found}/${c.gold} gold inside a predicted quote`,
        },
      ]
    }),
    f1Row(set, `${set}.quotesEndToEnd.f1`, 'quotes F1 with speaker', r.quotesEndToEnd, counted(r.quotesEndToEnd)),
    ...(['people', 'claims'] as const).map((kind) =>
      f1Row(set, `${set}.${kind}.f1`, `${kind} F1`, r[kind], counted(r[kind])),
    ),
    ...(r.events ? eventFigures(set, r.events) : []),
  ]
}

function eventFigures(set: 'fixtures' | 'holdout', e: EventsScore): Figure[] {
  const counted = (x: Prf) => `${x.matched}/${x.gold} gold, ${x.predicted} predicted`
  return [
    ...prfRows(set, `${set}.events`, 'events', 'F1', e.detection, counted(e.detection)),
    f1Row(
      set,
      `${set}.events.participants.f1`,
      '  participants F1',
      e.participants,
      `${counted(e.participants)}, in matched events`,
    ),
    {
      set,
      key: `${set}.events.date.accuracy`,
      label: '  dates right',
      value: e.date.accuracy,
      basis: `${e.date.correct}/${e.date.gold} matched events with a gold date`,
    },
    {
      set,
      key: `${set}.events.location.accuracy`,
      label: '  places right',
      value: e.location.accuracy,
      basis: `${e.location.correct}/${e.location.gold} matched events with a gold place`,
    },
  ]
}

export function headlineFigures(report: EvalReport): Figure[] {
  return [
    ...(report.polnear ? polnearFigures(report.polnear) : []),
    ...(report.conll ? conllFigures(report.conll) : []),
    ...(report.fnc ? fncFigures(report.fnc) : []),
    ...(report.extraction ? extractionFigures(report.extraction) : []),
    ...(report.semeval ? semevalFigures(report.semeval) : []),
    ...(report.fixtures ? fixturesFigures('fixtures', report.fixtures) : []),
    ...(report.holdout ? fixturesFigures('holdout', report.holdout) : []),
  ]
}

export const percent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : (value * 100).toFixed(1)

/** The figures as a table, percentages with one decimal, with the seconds each set took. */
export function formatTable(report: EvalReport): string {
  const figures = headlineFigures(report)
  const lines = [`${'set'.padEnd(10)} ${'figure'.padEnd(22)} ${'%'.padStart(6)}  basis`]
  for (const set of SET_NAMES) {
    const seconds = report.seconds[set]
    if (seconds === undefined) continue
    for (const figure of figures.filter((f) => f.set === set)) {
      lines.push(`${set.padEnd(10)} ${figure.label.padEnd(22)} ${percent(figure.value).padStart(6)}  ${figure.basis}`)
    }
    lines.push(`${set.padEnd(10)} ${'time'.padEnd(22)} ${`${seconds.toFixed(1)}s`.padStart(6)}`)
  }
  return lines.join('\n')
}

/** Each headline figure old → new with the change in points, for the keys either run has. */
export function formatComparison(old: EvalReport, current: EvalReport): string {
  const before = new Map(headlineFigures(old).map((f) => [f.key, f.value]))
  const lines = [`compared with ${old.date} (${old.commit ?? 'no commit'}${old.limit ? `, limit ${old.limit}` : ''}):`]
  for (const figure of headlineFigures(current)) {
    const previous = before.get(figure.key) ?? null
    const delta =
      previous === null || figure.value === null ? '' : ` (${signed((figure.value - previous) * 100)} points)`
    lines.push(
      `  ${figure.key.padEnd(40)} ${percent(previous).padStart(6)} → ${percent(figure.value).padStart(6)}${delta}`,
    )
  }
  return lines.join('\n')
}

const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`
