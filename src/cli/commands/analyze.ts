import type { Analyzer } from '../../analyzer.js'
import { UsageError } from '../../core/errors.js'
import { parsePublished, readArticles } from '../../ingest/read-articles.js'
import { renderBriefing } from '../../output/briefing.js'

export type OutputFormat = 'json' | 'md' | 'text'

export interface AnalyzeOptions {
  readonly format: OutputFormat
  readonly published?: string
  readonly source?: string
  readonly offsets: boolean
}

export interface Io {
  readonly out: (text: string) => void
  readonly err: (line: string) => void
  readonly stdin?: () => string
}

/** `parley analyze FILE...`: returns the exit status (0, or 1 when any input failed). */
export function analyzeCommand(
  files: readonly string[],
  options: AnalyzeOptions,
  createAnalyzer: () => Analyzer,
  io: Io,
): number {
  if (options.published !== undefined && parsePublished(options.published) === null) {
    throw new UsageError(`--published: "${options.published}" is not a date (expected YYYY-MM-DD)`)
  }
  const analyzer = createAnalyzer()
  let failed = 0
  let printed = 0
  for (const file of files) {
    for (const result of readArticles(file, {
      published: options.published,
      source: options.source,
      stdin: io.stdin,
    })) {
      if (!result.ok) {
        io.err(`parley: ${result.input}: ${result.message}`)
        failed++
        continue
      }
      const analysis = analyzer.analyze(result.article)
      if (options.format === 'json') io.out(`${JSON.stringify(analysis)}\n`)
      else
        io.out(
          `${printed > 0 ? '\n' : ''}${renderBriefing(analysis, { color: options.format === 'text', offsets: options.offsets })}`,
        )
      printed++
    }
  }
  return failed > 0 ? 1 : 0
}
