import { UsageError } from '../../core/errors.js'
import { buildDigest, renderDigest } from '../../corpus/digest.js'
import type { Store } from '../../store/store.js'
import type { Io } from './analyze.js'
import { dateOption } from './search.js'

/** `parley digest --since DATE [--format md|json]`. */
export async function digestCommand(
  options: { since?: string; format: 'md' | 'json' },
  store: Store,
  io: Io,
): Promise<number> {
  const since = dateOption('--since', options.since)
  if (!since) throw new UsageError('digest: --since DATE is required (YYYY-MM-DD)')
  const digest = await buildDigest(store, since)
  io.out(options.format === 'json' ? `${JSON.stringify(digest)}\n` : renderDigest(digest))
  return 0
}
