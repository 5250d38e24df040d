import { Command, CommanderError, Option } from 'commander'
import { createAnalyzer } from '../analyzer.js'
import { UsageError } from '../core/errors.js'
import { PackError } from '../knowledge/pack.js'
import { analyzeCommand, type Io, type OutputFormat } from './commands/analyze.js'
import { packsCommand } from './commands/packs.js'

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
}

/** Entry point: parses argv, runs one command, returns the exit status (0 ok, 1 input failed, 2 usage). */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let status = 0
  const program = new Command()
    .name('parley')
    .description(
      'Turns news articles into a source-linked record: who said what, who wants what, who claims which figures.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text.trimEnd()) })

  program
    .command('analyze')
    .description('analyze articles (.txt, .html, .json, .jsonl, or - for standard input) and print the record')
    .argument('<files...>', 'articles to analyze')
    .addOption(
      new Option('-f, --format <format>', 'json (one object per line), md, or text (coloured briefing)')
        .choices(['json', 'md', 'text'])
        .default(process.stdout.isTTY ? 'text' : 'md'),
    )
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .option('--source <name>', 'source name for articles that carry none')
    .option('--pack <name>', 'issue pack: an id from `parley packs` or a path to a pack file')
    .option('--offsets', 'show the offsets of every fact in the briefing', false)
    .action(
      (
        files: string[],
        options: { format: OutputFormat; published?: string; source?: string; pack?: string; offsets: boolean },
      ) => {
        status = analyzeCommand(files, options, () => createAnalyzer({ pack: options.pack }), io)
      },
    )

  program
    .command('packs')
    .description('list the data packs (known actors and negotiation issues)')
    .action(() => {
      status = packsCommand(io)
    })

  try {
    await program.parseAsync([...argv], { from: 'user' })
    return status
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof UsageError) {
      io.err(`parley: ${error.message}`)
      return 2
    }
    if (error instanceof PackError) {
      io.err(`parley: ${error.message}`)
      return 2
    }
    io.err(`parley: internal error: ${(error as Error).message}`)
    return 1
  }
}
