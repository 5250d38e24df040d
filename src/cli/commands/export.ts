import { UsageError } from '../../core/errors.js'
import { EXPORT_KINDS, type ExportKind, type ExportRow, type Store } from '../../store/store.js'
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
  for (const kind of kinds as ExportKind[]) {
    let header: string[] | null = null
    for await (const row of store.exportRows(kind)) {
      if (options.format === 'ndjson') {
        io.out(`${JSON.stringify({ kind, ...row })}\n`)
        continue
      }
      if (!header) {
        header = Object.keys(row)
        io.out(`${header.map(csvField).join(',')}\r\n`)
      }
      io.out(`${header.map((key) => csvField(row[key])).join(',')}\r\n`)
    }
  }
  return 0
}

/** RFC 4180: quote a field holding a comma, quote, or line break; double inner quotes. */
function csvField(value: ExportRow[string] | string | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
