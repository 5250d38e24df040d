/** The seed article as a smoke case: no gold, just the quotes and people printed for a reader to check. */
import { readFileSync } from 'node:fs'
import type { AnalysisFailure, TextAnalyzer } from './analyze-text.js'

export interface SeedReport {
  readonly file: string
  readonly quotes: readonly { kind: string; speakerName: string | null; cue: string | null; text: string }[]
  readonly people: readonly { name: string; aliases: readonly string[]; roles: readonly string[] }[]
  readonly failures: readonly AnalysisFailure[]
}

export function runSeed(file: string, analyzer: TextAnalyzer): SeedReport {
  const analysis = analyzer.analyze(file, readFileSync(file, 'utf8'))
  return {
    file,
    quotes: analysis.quotes.map(({ kind, speakerName, cue, text }) => ({ kind, speakerName, cue, text })),
    people: analysis.entities
      .filter((entity) => entity.type === 'person')
      .map(({ name, aliases, roles }) => ({ name, aliases, roles })),
    failures: [...analyzer.failures],
  }
}

export function formatSeed(report: SeedReport): string {
  const lines = [`seed: ${report.file}`, `  quotes (${report.quotes.length}):`]
  for (const quote of report.quotes) {
    lines.push(`    [${quote.kind}] ${quote.speakerName ?? '(no speaker)'} (${quote.cue ?? '-'}): ${quote.text}`)
  }
  lines.push(`  people (${report.people.length}):`)
  for (const person of report.people) {
    const aliases = person.aliases.filter((alias) => alias !== person.name)
    const extra = [aliases.length > 0 ? `aka ${aliases.join(', ')}` : '', person.roles.join(', ')].filter(Boolean)
    lines.push(`    ${person.name}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`)
  }
  for (const failure of report.failures) lines.push(`  analyzer failed: ${failure.message}`)
  return lines.join('\n')
}
