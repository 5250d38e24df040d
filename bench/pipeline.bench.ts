/**
 * `npm run bench`: throughput and memory of the analyzer on a generated corpus, next to the bare
 * tokenizer it wraps (wink-nlp tokenize + POS) and to compromise's people/places/organizations pass.
 *
 * Everything runs in ONE process, one pass after the other, on one core: Node runs JavaScript on a
 * single thread, so every figure is a per-core figure (V8's garbage collector does use helper threads;
 * the "cpu/wall" column shows how much). Figures go to stdout and to bench/out/pipeline.json.
 *
 *   npm run bench -- --articles 5000 --compromise 500 --warmup 200 --seed 1 [--source]
 *
 * It measures the compiled build in dist/ (what the `parley` command runs; `npm run bench` builds it
 * first), or with --source the TypeScript sources through tsx.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import type * as AnalyzerModule from '../src/analyzer.js'
import type { Article } from '../src/core/article.js'
import type * as IngestModule from '../src/ingest/article-from-text.js'
import type * as KnowledgeModule from '../src/knowledge/knowledge.js'
import type * as OutputModule from '../src/output/to-analysis.js'
import type { StageRun } from '../src/pipeline/pipeline.js'
import { type GeneratedArticle, generateCorpus } from './generate-corpus.js'

const TARGETS = {
  articlesPerSecond: 300,
  ratioToBareTokenizer: 0.6,
  factorOverCompromise: 10,
  peakRssMB: 300,
}

// --- Options -----------------------------------------------------------------------------------------

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    compromise: { type: 'string', default: '500' },
    warmup: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    words: { type: 'string', default: '600' },
    // The TypeScript sources as tsx runs them, instead of the compiled build `parley` runs.
    source: { type: 'boolean', default: false },
  },
})

// --- Code under test ---------------------------------------------------------------------------------

// By default the compiled build in dist/, which is what the `parley` command runs (`npm run bench`
// builds it first); tsx's on-the-fly transform of the sources costs time of its own.
const CODE = flags.source ? 'sources (src/, through tsx)' : 'compiled build (dist/, as `parley` runs it)'
const root = new URL(flags.source ? '../src/' : '../dist/', import.meta.url)
const moduleAt = (path: string) => new URL(flags.source ? path.replace(/\.js$/, '.ts') : path, root).href
if (!flags.source && !existsSync(fileURLToPath(new URL('analyzer.js', root)))) {
  console.error('bench: dist/ is missing: run `npm run build` first, or pass --source')
  process.exit(2)
}
const { createAnalyzer } = (await import(moduleAt('analyzer.js'))) as typeof AnalyzerModule
const { articleFromPlainText } = (await import(moduleAt('ingest/article-from-text.js'))) as typeof IngestModule
const { AUTO_PACK } = (await import(moduleAt('knowledge/knowledge.js'))) as typeof KnowledgeModule
const { toAnalysis } = (await import(moduleAt('output/to-analysis.js'))) as typeof OutputModule

function positive(name: string, text: string, min = 1): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer ≥ ${min} (got "${text}")`)
    process.exit(2)
  }
  return value
}

const ARTICLES = positive('articles', flags.articles)
const WARMUP = positive('warmup', flags.warmup, 0)
const SEED = positive('seed', flags.seed, 0)
const WORDS = positive('words', flags.words, 50)
const COMPROMISE = Math.min(positive('compromise', flags.compromise, 0), ARTICLES)
/** compromise is slow: warm it on a smaller set than the others. */
const COMPROMISE_WARMUP = Math.min(WARMUP, 25)

// --- Memory ------------------------------------------------------------------------------------------

const MB = 1024 * 1024

/** A full collection between passes, so one pass's garbage does not count against the next. */
const collect: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as unknown
    if (typeof gc === 'function') return () => (gc as () => void)()
  } catch {
    // Not available: the passes then share whatever garbage is left.
  }
  return () => {}
})()

/** RSS and heap sampled during a pass (the loop is synchronous: a timer would never fire). */
class MemoryPeak {
  rss = 0
  heapUsed = 0
  sample(): void {
    const memory = process.memoryUsage()
    if (memory.rss > this.rss) this.rss = memory.rss
    if (memory.heapUsed > this.heapUsed) this.heapUsed = memory.heapUsed
  }
}

/** The operating system's high-water mark for the whole process so far (never goes down). */
function processMaxRssMB(): number {
  return process.resourceUsage().maxRSS / 1024
}

// --- Passes ------------------------------------------------------------------------------------------

interface Pass {
  readonly name: string
  readonly articles: number
  readonly ms: number
  readonly cpuMs: number
  readonly baselineRssMB: number
  readonly peakRssMB: number
  readonly peakHeapUsedMB: number
  readonly processMaxRssMB: number
}

const SAMPLE_EVERY = 10

function measure(name: string, count: number, work: (index: number) => void): Pass {
  collect()
  const memory = new MemoryPeak()
  memory.sample()
  const baselineRssMB = memory.rss / MB
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    work(i)
    if (i % SAMPLE_EVERY === 0) memory.sample()
  }
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  memory.sample()
  return {
    name,
    articles: count,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    baselineRssMB,
    peakRssMB: memory.rss / MB,
    peakHeapUsedMB: memory.heapUsed / MB,
    processMaxRssMB: processMaxRssMB(),
  }
}

// --- Setup -------------------------------------------------------------------------------------------

const startedAll = performance.now()
const rssAtStartMB = process.memoryUsage().rss / MB
const loadAtStart = os.loadavg()[0]!

let t = performance.now()
const corpus: GeneratedArticle[] = generateCorpus(ARTICLES, SEED, { words: WORDS })
const generateMs = performance.now() - t
collect()
const rssWithCorpusMB = process.memoryUsage().rss / MB
const words = corpus.map((article) => article.text.split(/\s+/).filter(Boolean).length)

const totalWords = words.reduce((sum, n) => sum + n, 0)

t = performance.now()
// As `parley analyze` runs by default: each article gets the pack it is about.
const analyzer = createAnalyzer({ pack: AUTO_PACK })
const analyzerSetupMs = performance.now() - t
collect()
const rssAfterSetupMB = process.memoryUsage().rss / MB

// The analyzer is measured first: RSS rarely shrinks once grown, so a pass measured after another
// would inherit that pass's high-water mark and the memory target would say nothing.

// --- (1) Analyzer ------------------------------------------------------------------------------------

let sink = 0
for (let i = 0; i < Math.min(WARMUP, ARTICLES); i++) {
  const article = articleFromPlainText(corpus[i]!.input, corpus[i]!.text)
  sink += JSON.stringify(toAnalysis(analyzer.analyzeDocument(article))).length
}

let ingestMs = 0
let pipelineMs = 0
let recordMs = 0
let jsonMs = 0
let jsonBytes = 0
const stageMs = new Map<string, number>()
const timings: StageRun[] = []

const full = measure('analyzer', ARTICLES, (i) => {
  const { input, text } = corpus[i]!
  const t0 = performance.now()
  const article: Article = articleFromPlainText(input, text)
  const t1 = performance.now()
  timings.length = 0
  const doc = analyzer.analyzeDocument(article, timings)
  const t2 = performance.now()
  const record = toAnalysis(doc)
  const t3 = performance.now()
  const json = JSON.stringify(record)
  const t4 = performance.now()
  ingestMs += t1 - t0
  pipelineMs += t2 - t1
  recordMs += t3 - t2
  jsonMs += t4 - t3
  jsonBytes += json.length
  for (const run of timings) stageMs.set(run.stage, (stageMs.get(run.stage) ?? 0) + run.ms)
})
const analyzeMs = ingestMs + pipelineMs

// --- (2) Bare tokenizer ------------------------------------------------------------------------------

// Its own instance, as src/pipeline/stages/language/language.ts makes one (the model is shared).
t = performance.now()
const nlp = winkNLP(model, ['sbd', 'pos'])
const its = nlp.its
const winkSetupMs = performance.now() - t

/** The bare pass: what the language stage wraps, with POS materialized. Returns non-space tokens. */
function bareTokenize(text: string): number {
  const doc = nlp.readDoc(text)
  const tags = doc.tokens().out(its.pos) as string[]
  let tokens = 0
  for (const tag of tags) if (tag !== 'SPACE') tokens++
  return tokens
}

for (let i = 0; i < Math.min(WARMUP, ARTICLES); i++) sink += bareTokenize(corpus[i]!.text)

// Tokens per article as wink counts them (white space excluded): the unit of every tokens/s figure.
const tokens = new Int32Array(ARTICLES)
const bare = measure('bare wink tokenize+POS', ARTICLES, (i) => {
  tokens[i] = bareTokenize(corpus[i]!.text)
})
const totalTokens = (count: number) => tokens.subarray(0, count).reduce((sum, n) => sum + n, 0)

// --- (3) compromise ----------------------------------------------------------------------------------

interface CompromiseView {
  people(): { out(format: 'array'): string[] }
  places(): { out(format: 'array'): string[] }
  organizations(): { out(format: 'array'): string[] }
}

let compromisePass: Pass | null = null
let compromiseSetupMs = 0
let compromiseVersion = ''
if (COMPROMISE > 0) {
  // Loaded only now, so its lexicon does not weigh on the other passes' memory.
  t = performance.now()
  const { default: compromise } = (await import('compromise')) as unknown as {
    default: ((text: string) => CompromiseView) & { version: string }
  }
  compromiseSetupMs = performance.now() - t
  compromiseVersion = compromise.version
  const run = (text: string) => {
    const doc = compromise(text)
    return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length
  }
  for (let i = 0; i < COMPROMISE_WARMUP; i++) sink += run(corpus[ARTICLES - 1 - i]!.text)
  compromisePass = measure('compromise people/places/orgs', COMPROMISE, (i) => {
    sink += run(corpus[i]!.text)
  })
}

// --- Figures -----------------------------------------------------------------------------------------

interface Row {
  readonly pass: string
  readonly articles: number
  readonly articlesPerSecond: number
  readonly tokensPerSecond: number
  readonly msPerArticle: number
  readonly cpuPerWall: number | null
  /** Articles per second of CPU time (user + system, all threads): steadier than wall time on a busy machine. */
  readonly articlesPerCpuSecond: number | null
  readonly peakRssMB: number | null
  readonly peakHeapUsedMB: number | null
}

function row(pass: string, articles: number, ms: number, source: Pass | null): Row {
  return {
    pass,
    articles,
    articlesPerSecond: (articles / ms) * 1000,
    tokensPerSecond: (totalTokens(articles) / ms) * 1000,
    msPerArticle: ms / articles,
    cpuPerWall: source ? source.cpuMs / source.ms : null,
    articlesPerCpuSecond: source ? (source.articles / source.cpuMs) * 1000 : null,
    peakRssMB: source ? source.peakRssMB : null,
    peakHeapUsedMB: source ? source.peakHeapUsedMB : null,
  }
}

const analyzerRow = row('analyzer (ingest + pipeline)', ARTICLES, analyzeMs, full)
const rows: Row[] = [
  analyzerRow,
  row('  + record (toAnalysis + JSON)', ARTICLES, analyzeMs + recordMs + jsonMs, null),
  row('  whole loop, as timed', ARTICLES, full.ms, null),
  row('bare wink tokenize+POS', ARTICLES, bare.ms, bare),
]
if (compromisePass) rows.push(row(`compromise people/places/orgs`, COMPROMISE, compromisePass.ms, compromisePass))

const ratioToBare = analyzerRow.articlesPerSecond / rows[3]!.articlesPerSecond
const compromiseRow = compromisePass ? rows[4]! : null
const factorOverCompromise = compromiseRow ? analyzerRow.articlesPerSecond / compromiseRow.articlesPerSecond : null
const stages = [...stageMs].map(([stage, ms]) => ({
  stage,
  meanMs: ms / ARTICLES,
  share: ms / pipelineMs,
}))

const targets = [
  {
    target: `≥ ${TARGETS.articlesPerSecond} articles/s per core`,
    value: `${analyzerRow.articlesPerSecond.toFixed(0)} articles/s`,
    pass: analyzerRow.articlesPerSecond >= TARGETS.articlesPerSecond,
  },
  {
    target: `≥ ${TARGETS.ratioToBareTokenizer}× the bare tokenizer pass`,
    value: `${ratioToBare.toFixed(2)}×`,
    pass: ratioToBare >= TARGETS.ratioToBareTokenizer,
  },
  {
    target: `≥ ${TARGETS.factorOverCompromise}× compromise`,
    value: factorOverCompromise === null ? 'not measured (--compromise 0)' : `${factorOverCompromise.toFixed(1)}×`,
    pass: factorOverCompromise !== null && factorOverCompromise >= TARGETS.factorOverCompromise,
  },
  {
    target: `< ${TARGETS.peakRssMB} MB peak RSS (analyzer pass)`,
    value: `${full.peakRssMB.toFixed(0)} MB`,
    pass: full.peakRssMB < TARGETS.peakRssMB,
  },
]

const cpus = os.cpus()
const machine = {
  cpu: cpus[0]?.model.trim() ?? 'unknown',
  cores: cpus.length,
  totalMemoryGB: os.totalmem() / 1024 ** 3,
  node: process.version,
  v8: process.versions.v8,
  platform: `${os.platform()} ${os.arch()}`,
}

// --- Print -------------------------------------------------------------------------------------------

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

function table(header: string[], body: string[][], left = 1): string {
  const widths = header.map((cell, c) => Math.max(cell.length, ...body.map((line) => line[c]!.length)))
  const render = (line: string[]) =>
    line.map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(render)].join('\n')
}

const out: string[] = []
out.push('Parley pipeline benchmark')
out.push(`code:    ${CODE}`)
out.push(
  `machine: ${machine.cpu} · ${machine.cores} cores (one used: Node runs JS on one thread) · ` +
    `${fmt(machine.totalMemoryGB, 1)} GB · node ${machine.node} · ${machine.platform}`,
)
out.push(
  `corpus:  ${fmt(ARTICLES)} generated articles (seed ${SEED}) · ${fmt(totalWords / ARTICLES)} words and ` +
    `${fmt(totalTokens(ARTICLES) / ARTICLES)} wink tokens per article on average · generated in ${fmt(generateMs)} ms`,
)
out.push(
  `setup:   analyzer ${fmt(analyzerSetupMs)} ms · bare wink ${fmt(winkSetupMs)} ms · compromise import ` +
    `${fmt(compromiseSetupMs)} ms${compromiseVersion ? ` (v${compromiseVersion})` : ''} · warm-up ${WARMUP} ` +
    `articles (compromise ${COMPROMISE_WARMUP})`,
)
out.push('')
out.push(
  table(
    [
      'pass',
      'articles',
      'articles/s',
      'tokens/s',
      'ms/article',
      'cpu/wall',
      'art./cpu-s',
      'peak RSS MB',
      'peak heap MB',
    ],
    rows.map((r) => [
      r.pass,
      fmt(r.articles),
      fmt(r.articlesPerSecond),
      fmt(r.tokensPerSecond),
      fmt(r.msPerArticle, 3),
      r.cpuPerWall === null ? '' : fmt(r.cpuPerWall, 2),
      r.articlesPerCpuSecond === null ? '' : fmt(r.articlesPerCpuSecond),
      r.peakRssMB === null ? '' : fmt(r.peakRssMB),
      r.peakHeapUsedMB === null ? '' : fmt(r.peakHeapUsedMB),
    ]),
  ),
)
out.push('')
out.push(
  `relative: analyzer / bare tokenizer = ${ratioToBare.toFixed(2)}× · analyzer / compromise = ` +
    `${factorOverCompromise === null ? 'n/a' : `${factorOverCompromise.toFixed(1)}×`}` +
    (compromisePass ? ` (compromise measured on ${fmt(COMPROMISE)} articles, scaled per article)` : ''),
)
out.push(
  `analyzer loop, mean ms/article: ingest ${fmt(ingestMs / ARTICLES, 3)} · pipeline ${fmt(pipelineMs / ARTICLES, 3)}` +
    ` · toAnalysis ${fmt(recordMs / ARTICLES, 3)} · JSON.stringify ${fmt(jsonMs / ARTICLES, 3)}` +
    ` (${fmt(jsonBytes / ARTICLES / 1024, 1)} KB/article)`,
)
out.push('')
out.push(
  table(
    ['stage', 'mean ms', 'share of pipeline'],
    stages.map((s) => [s.stage, fmt(s.meanMs, 3), `${fmt(s.share * 100, 1)}%`]),
  ),
)
out.push('')
out.push(
  `memory: RSS after imports (wink model loaded) ${fmt(rssAtStartMB)} MB · + corpus ${fmt(rssWithCorpusMB)} MB` +
    ` · + analyzer ${fmt(rssAfterSetupMB)} MB (the in-memory corpus is bench overhead, counted in every pass)`,
)
out.push(
  `        RSS before each pass (after a full GC): analyzer ${fmt(full.baselineRssMB)} MB · bare ` +
    `${fmt(bare.baselineRssMB)} MB${compromisePass ? ` · compromise ${fmt(compromisePass.baselineRssMB)} MB` : ''}` +
    ` · OS max RSS after the analyzer pass ${fmt(full.processMaxRssMB)} MB, at the end ${fmt(processMaxRssMB())} MB`,
)
out.push(
  `        passes run in this order; RSS seldom shrinks, so a later pass's peak includes what earlier passes left`,
)
const busy = [full, bare, ...(compromisePass ? [compromisePass] : [])].filter((pass) => pass.cpuMs / pass.ms < 0.9)
out.push('')
out.push(
  `load:   1-min load average ${fmt(loadAtStart, 2)} at start, ${fmt(os.loadavg()[0]!, 2)} at the end on ${machine.cores} cores`,
)
if (busy.length > 0)
  out.push(
    `        WARNING: ${busy.map((pass) => pass.name).join(', ')} got less than 90% of a core (cpu/wall): the machine` +
      ` was busy, wall-clock figures are pessimistic; see art./cpu-s`,
  )
out.push('')
out.push('targets:')
for (const target of targets)
  out.push(`  ${target.pass ? 'PASS' : 'MISS'}  ${target.target.padEnd(40)} ${target.value}`)
const totalMs = performance.now() - startedAll
out.push('')
out.push(`total ${fmt(totalMs / 1000, 1)} s`)

const report = {
  schema: 'parley.bench.pipeline/1',
  date: new Date().toISOString(),
  machine,
  code: CODE,
  options: { articles: ARTICLES, compromiseArticles: COMPROMISE, warmup: WARMUP, seed: SEED, words: WORDS },
  corpus: {
    articles: ARTICLES,
    meanWords: totalWords / ARTICLES,
    meanTokens: totalTokens(ARTICLES) / ARTICLES,
    generateMs,
  },
  memoryMB: { rssAtStart: rssAtStartMB, rssWithCorpus: rssWithCorpusMB, rssAfterSetup: rssAfterSetupMB },
  setupMs: { analyzer: analyzerSetupMs, bareWink: winkSetupMs, compromiseImport: compromiseSetupMs },
  rows,
  passes: { bare, analyzer: full, compromise: compromisePass },
  analyzerLoopMeanMs: {
    ingest: ingestMs / ARTICLES,
    pipeline: pipelineMs / ARTICLES,
    toAnalysis: recordMs / ARTICLES,
    jsonStringify: jsonMs / ARTICLES,
    jsonBytes: jsonBytes / ARTICLES,
  },
  stages,
  relative: { analyzerToBareTokenizer: ratioToBare, analyzerOverCompromise: factorOverCompromise },
  targets,
  totalMs,
  sink,
}

const dir = fileURLToPath(new URL('./out/', import.meta.url))
mkdirSync(dir, { recursive: true })
const file = `${dir}pipeline.json`
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
out.push(`figures written to ${file}`)
console.log(out.join('\n'))
