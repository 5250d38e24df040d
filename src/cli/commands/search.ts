import { UsageError } from '../../core/errors.js'
import { parsePublished } from '../../ingest/read-articles.js'
import type { Store } from '../../store/store.js'
import { resolveActor } from './actors.js'
import type { Io } from './analyze.js'

export interface SearchOptions {
  readonly actor?: string
  readonly issue?: string
  readonly source?: string
  readonly since?: string
  readonly until?: string
  readonly limit?: string
  readonly format: 'md' | 'json'
}

/** `parley search WORDS [--actor NAME] [--issue ID] [--source OUTLET] [--since DATE] [--until DATE]`. */
export async function searchCommand(
  words: readonly string[],
  options: SearchOptions,
  store: Store,
  io: Io,
): Promise<number> {
  const since = dateOption('--since', options.since)
  const until = dateOption('--until', options.until)
  const limit = options.limit === undefined ? 20 : Number(options.limit)
  if (!(Number.isInteger(limit) && limit > 0 && limit <= 1000))
    throw new UsageError(`--limit: expected 1 to 1000, got "${options.limit}"`)
  const actor = options.actor === undefined ? undefined : await resolveActor(store, options.actor)
  const hits = await store.search({
    text: words.join(' '),
    actorId: actor?.id,
    issue: options.issue,
    source: options.source,
    since,
    until,
    limit,
  })
  if (options.format === 'json') {
    for (const hit of hits) io.out(`${JSON.stringify(hit)}\n`)
    return 0
  }
  if (hits.length === 0) io.out('no matches\n')
  for (const hit of hits) {
    const where = `${hit.source ?? '?'}, ${hit.published ?? 'undated'}`
    if (hit.kind === 'quote') {
      io.out(
        `- quote by ${hit.speaker ?? 'unknown'} (${where}, [${hit.start}, ${hit.end}) in ${hit.articleId}): ${hit.snippet}\n`,
      )
    } else {
      io.out(`- article ${hit.articleId} "${hit.headline ?? ''}" (${where}): ${hit.snippet}\n`)
    }
  }
  return 0
}

export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const date = parsePublished(value)
  if (!date) throw new UsageError(`${name}: "${value}" is not a date (expected YYYY-MM-DD)`)
  return date
}
