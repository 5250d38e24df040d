import { UsageError } from '../../core/errors.js'
import { exportCsvLines, exportNdjsonLines } from '../../corpus/export-lines.js'
import { EXPORT_KINDS, type ExportKind, type Store } from '../../store/store.js'
import type { Io } from './analyze.js'

/**
 * `parley export [--format ndjson|csv] [--kind quotes,claims,positions,events]`. NDJSON rows carry
 * a "kind" field, so all kinds can share one stream; CSV has one header, so it takes one kind.
 */
export async function exportCommand(
  options: { format: 'ndjson' | 'csv'; kind?: string },
  store: Store,
  io: Io,
): Promise<number> {
  const kinds = (options.kind ?? EXPORT_KINDS.join(',')).split(',').map((kind) => kind.trim())
  for (const kind of kinds) {
    if (!EXPORT_KINDS.includes(kind as ExportKind)) {
      throw new UsageError(`--kind: expected ${EXPORT_KINDS.join(', ')}, got "${kind}"`)
    }
  }
  if (options.format === 'csv' && kinds.length !== 1) {
    throw new UsageError('--format csv: give one --kind (quotes, claims, positions or events); NDJSON takes several')
  }
  const lines =
    options.format === 'csv'
      ? exportCsvLines(store, kinds[0] as ExportKind)
      : exportNdjsonLines(store, kinds as ExportKind[])
  for await (const line of lines) io.out(line)
  return 0
}
