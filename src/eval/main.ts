/**
 * `npm run eval`: scores the analyzer on the development splits in /work/shared/eval-data the way SCORING.md says
 * the independent evaluation scores it, prints a table and writes a JSON report with every figure and miss.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type Analyzer, createAnalyzer } from '../analyzer.js'
import { createTextAnalyzer } from './analyze-text.js'
import { readConll, scoreConll } from './conll.js'
import { readExtraction, scoreExtraction } from './extraction.js'
import { readFixtures, scoreFixtures } from './fixtures.js'
import { readFnc, scoreFnc } from './fnc.js'
import { readPolnear, scorePolnear } from './polnear.js'
import { type EvalReport, formatComparison, formatTable, SET_NAMES, type SetName } from './report.js'
import { formatSeed, runSeed } from './seed.js'
import { readSemeval, scoreSemeval } from './semeval.js'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const VERBOSE_ROWS = 25

class UsageError extends Error {}

interface Options {
  readonly sets: readonly SetName[]
  readonly limit: number | undefined
  readonly verbose: boolean
  readonly reportPath: string
  readonly comparePath: string | undefined
}

const USAGE =
  'usage: npm run eval -- [--only polnear,conll,fnc,extraction,semeval,fixtures,holdout,seed] [--limit N] [--verbose] [--report PATH] [--compare OLD.json]'

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      limit: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      report: { type: 'string', default: 'eval-report.json' },
      compare: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const sets = values.only === undefined ? [...SET_NAMES] : values.only.split(',').map((name) => name.trim())
  const unknown = sets.filter((name) => !(SET_NAMES as readonly string[]).includes(name))
  if (unknown.length > 0) throw new UsageError(`unknown set ${unknown.join(', ')} (sets: ${SET_NAMES.join(', ')})`)
  const limit = values.limit === undefined ? undefined : Number(values.limit)
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError('--limit wants a positive integer')
  return {
    sets: sets as SetName[],
    limit,
    verbose: values.verbose ?? false,
    reportPath: resolve(values.report ?? 'eval-report.json'),
    comparePath: values.compare,
  }
}

/** The commit being measured, and whether uncommitted changes make the figures differ from it. */
function gitState(): { commit: string | null; dirty: boolean } {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim()
    return { commit: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain') !== '' }
  } catch {
    return { commit: null, dirty: false }
  }
}

type SetResults = Pick<
  EvalReport,
  'polnear' | 'conll' | 'fnc' | 'extraction' | 'semeval' | 'fixtures' | 'holdout' | 'seed'
>

// Our own hand-annotated articles live in the repository, not in the shared data folder.
const FIXTURES_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'articles')
// Articles annotated blind and kept out of the tests, so a rule written from a fixture's miss cannot
// flatter them: the nearest we have to the unseen articles of the independent evaluation.
const HOLDOUT_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'holdout')

// The folder each shared set reads; an older copy of the data may lack some of them.
const SET_FOLDERS: Partial<Record<SetName, string>> = {
  polnear: 'polnear',
  conll: 'conllpp',
  fnc: 'fnc-1',
  extraction: 'article-extraction',
  semeval: 'semeval2025-t10-entity-framing-en',
}

function runSet(set: SetName, analyzer: Analyzer, dataDir: string, limit: number | undefined): SetResults {
  const folder = SET_FOLDERS[set]
  if (folder !== undefined && !existsSync(resolve(dataDir, folder))) {
    process.stderr.write(`parley eval: ${set}: no ${folder} folder in ${dataDir}; skipped\n`)
    return {}
  }
  // A fresh wrapper per set, so each set reports its own failures.
  const text = createTextAnalyzer(analyzer)
  switch (set) {
    case 'polnear':
      return { polnear: scorePolnear(readPolnear(dataDir, limit), text) }
    case 'conll':
      return { conll: scoreConll(readConll(dataDir, limit), text) }
    case 'fnc':
      return { fnc: scoreFnc(readFnc(dataDir, limit), text) }
    case 'extraction':
      return { extraction: scoreExtraction(readExtraction(dataDir, limit), analyzer) }
    case 'semeval':
      return { semeval: scoreSemeval(readSemeval(dataDir, limit), text) }
    case 'fixtures':
      return { fixtures: scoreFixtures(readFixtures(FIXTURES_DIR, limit), text) }
    case 'holdout':
      return existsSync(HOLDOUT_DIR) ? { holdout: scoreFixtures(readFixtures(HOLDOUT_DIR, limit), text) } : {}
    case 'seed': {
      const file = resolve(dataDir, '..', 'seed', 'berlin-talks.txt')
      if (!existsSync(file)) return {}
      const seed = runSeed(file, text)
      process.stdout.write(`${formatSeed(seed)}\n\n`)
      return { seed }
    }
  }
}

function formatMisses(report: EvalReport): string {
  const lines: string[] = []
  const section = <T>(title: string, rows: readonly T[], show: (row: T) => string) => {
    lines.push(`${title} (${rows.length}${rows.length > VERBOSE_ROWS ? `, first ${VERBOSE_ROWS}` : ''}):`)
    for (const row of rows.slice(0, VERBOSE_ROWS)) lines.push(`  ${show(row)}`)
  }
  const misses = report.polnear?.misses
  if (misses) {
    section('polnear: gold quotes missed', misses.unmatchedGold, (m) => {
      const near = m.bestPredicted === null ? '' : `\n      nearest (F1 ${m.bestF1}): ${m.bestPredicted}`
      return `${m.article}: ${m.source ?? '(no source)'} | ${m.cue ?? '-'} | ${m.content}\n      in: ${m.sentence}${near}`
    })
    section('polnear: predicted quotes matching no gold', misses.falsePositives, (m) => {
      return `${m.article}: [${m.kind}] ${m.speakerName ?? '(no speaker)'}: ${m.text}`
    })
    section('polnear: matched with the wrong speaker', misses.wrongSpeaker, (m) => {
      return `${m.article}: gold ${m.goldSource} / predicted ${m.predictedSpeaker ?? '(none)'}: ${m.content}`
    })
  }
  const conll = report.conll?.misses
  if (conll) {
    section('conll: gold mentions missed', conll.unmatchedGold, (m) => `doc ${m.document}: ${m.type} ${m.text}`)
    section('conll: predicted mentions matching no gold', conll.falsePositives, (m) => {
      return `doc ${m.document}: ${m.type} ${m.text}`
    })
  }
  const extraction = report.extraction
  if (extraction) {
    const worst = [...extraction.results].sort((a, b) => a.tp - b.tp).filter((r) => !r.exact)
    section('extraction: pages by shared shingles, worst first', worst, (r) => {
      const why = r.error ?? `tp ${r.tp.toFixed(2)} fp ${r.fp.toFixed(2)} fn ${r.fn.toFixed(2)}`
      return `${r.key.slice(0, 12)}: ${why} (${r.predictedChars} chars, expected ${r.expectedChars})`
    })
  }
  const semeval = report.semeval
  if (semeval) section('semeval: framed entities no entity names', semeval.misses, (m) => `${m.article}: ${m.mention}`)
  for (const set of ['fixtures', 'holdout'] as const) {
    const fixtures = report[set]?.misses
    if (!fixtures) continue
    section(`${set}: gold positions missed`, fixtures.positions, (m) => {
      const near = [
        ...m.sameActor.map((p) => `\n      same actor predicted ${p}`),
        ...m.sameEvidence.map((p) => `\n      same evidence predicted for ${p}`),
      ].join('')
      return `${m.article}: ${m.actor} ${m.stance}: ${m.evidence}${near || '\n      (no predicted position for this actor)'}`
    })
    section(`${set}: predicted positions matching no gold`, fixtures.inventedPositions, (m) => {
      return `${m.article}: ${m.actorName} ${m.stance} "${m.proposition}"\n      evidence: ${m.evidence}`
    })
    section(`${set}: headline support wrong`, fixtures.headline, (m) => {
      return `${m.article}: gold ${m.gold}, predicted ${m.predicted ?? '(no headline)'}`
    })
    section(`${set}: gold quotes missed or with the wrong speaker`, fixtures.quotes, (m) => {
      const got = m.predictedSpeaker === null ? 'text not found' : `speaker given: ${m.predictedSpeaker}`
      return `${m.article}: [${m.kind}] ${m.speaker ?? '(anonymous)'}: ${m.contains} (${got})`
    })
  }
  return lines.join('\n')
}

function readReport(path: string): EvalReport {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EvalReport
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function notes(report: EvalReport): string[] {
  const lines: string[] = []
  for (const set of SET_NAMES) {
    const failures = report[set]?.failures.length ?? 0
    if (failures > 0) lines.push(`note: the analyzer threw on ${failures} ${set} inputs (scored as empty analyses)`)
  }
  if (report.fnc && report.fnc.noPrediction > 0) {
    lines.push(
      `note: fnc: ${report.fnc.noPrediction} of ${report.fnc.pairs} pairs had headline: null (no prediction, wrong for every class)`,
    )
  }
  if (report.conll && report.conll.goldInHeadline > 0) {
    lines.push(
      `note: conll: ${report.conll.goldInHeadline} gold mentions are in the first sentence, the headline, outside article.text`,
    )
  }
  return lines
}

function run(argv: string[]): number {
  const options = parseOptions(argv)
  const dataDir = resolve(process.env.PARLEY_EVAL_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'eval-data'))
  if (!existsSync(dataDir)) {
    process.stderr.write(`parley eval: no evaluation data at ${dataDir} (set PARLEY_EVAL_DATA)\n`)
    return 2
  }
  const old = options.comparePath === undefined ? undefined : readReport(options.comparePath)
  const analyzer = createAnalyzer()
  const seconds: Partial<Record<SetName, number>> = {}
  let results: SetResults = {}
  for (const set of options.sets) {
    const started = performance.now()
    const result = runSet(set, analyzer, dataDir, options.limit)
    // A set with no data (skipped) gets no row in the table.
    if (Object.keys(result).length === 0) continue
    results = { ...results, ...result }
    seconds[set] = (performance.now() - started) / 1000
    process.stderr.write(`parley eval: ${set} done in ${seconds[set]!.toFixed(1)}s\n`)
  }
  const report: EvalReport = {
    schema: 'parley.eval/1',
    date: new Date().toISOString(),
    ...gitState(),
    dataDir,
    limit: options.limit ?? null,
    seconds,
    ...results,
  }
  writeFileSync(options.reportPath, `${JSON.stringify(report, null, 2)}\n`)
  if (options.verbose) process.stdout.write(`${formatMisses(report)}\n\n`)
  process.stdout.write(`${formatTable(report)}\n`)
  for (const line of notes(report)) process.stdout.write(`${line}\n`)
  if (old) process.stdout.write(`\n${formatComparison(old, report)}\n`)
  process.stdout.write(`report: ${options.reportPath}\n`)
  return 0
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (error) {
  // Bad arguments exit 2 like the CLI's bad usage; anything else is a bug worth its stack trace.
  if (!(error instanceof UsageError || isParseArgsError(error))) throw error
  process.stderr.write(`parley eval: ${error.message}\n${USAGE}\n`)
  process.exitCode = 2
}
