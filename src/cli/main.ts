import { readFileSync } from 'node:fs'
import { createAnalyzer } from '../analyzer.js'
import { articleFromPlainText } from '../ingest/article-from-text.js'

/** Entry point: returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command !== 'analyze') return 2
  const analyzer = createAnalyzer()
  for (const file of rest) {
    const article = articleFromPlainText(file, readFileSync(file, 'utf8'))
    process.stdout.write(`${JSON.stringify(analyzer.analyze(article))}\n`)
  }
  return 0
}
