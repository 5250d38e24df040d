import type { ExportKind, ExportRow, Store } from '../store/store.js'

/** One kind as CSV lines (RFC 4180, CRLF), the header taken from the first row's fields. */
export async function* exportCsvLines(store: Store, kind: ExportKind): AsyncGenerator<string> {
  let header: string[] | null = null
  for await (const row of store.exportRows(kind)) {
    if (!header) {
      header = Object.keys(row)
      yield `${header.map(csvField).join(',')}\r\n`
    }
    yield `${header.map((key) => csvField(row[key])).join(',')}\r\n`
  }
}

/** Kinds as NDJSON lines, each row with a "kind" field, so several kinds can share one stream. */
export async function* exportNdjsonLines(store: Store, kinds: readonly ExportKind[]): AsyncGenerator<string> {
  for (const kind of kinds)
    for await (const row of store.exportRows(kind)) yield `${JSON.stringify({ kind, ...row })}\n`
}

/** RFC 4180: quote a field holding a comma, quote, or line break; double inner quotes. */
function csvField(value: ExportRow[string] | string | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
