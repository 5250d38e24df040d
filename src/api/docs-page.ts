import { type Html, html } from '../web/html.js'

interface OpenApiOperation {
  summary?: string
  description?: string
  tags?: string[]
  security?: unknown[]
  parameters?: {
    name: string
    in: string
    required?: boolean
    description?: string
    schema?: Record<string, unknown>
  }[]
  requestBody?: unknown
}

/**
 * A readable page of the OpenAPI document: every endpoint with its parameters, grouped by tag.
 * Rendered on the server from the same document as /api/openapi.json, so the two never differ,
 * and with no third-party viewer to ship.
 */
export function docsPage(document: unknown): Html {
  const paths = ((document as { paths?: Record<string, Record<string, OpenApiOperation>> }).paths ?? {}) as Record<
    string,
    Record<string, OpenApiOperation>
  >
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  )
  const tags = [...new Set(operations.map((entry) => entry.operation.tags?.[0] ?? 'other'))]
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley API</title>
<style>
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}
code,.path{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.92em}
.op{border:1px solid #d8dde6;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}
.method{display:inline-block;min-width:3.5rem;font-weight:700;color:#1f5fbf}.lock{color:#a15c00;font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{text-align:left;padding:.2rem .5rem;border-top:1px solid #eef0f4;vertical-align:top}
</style></head><body>
<h1>Parley API</h1>
<p>The machine-readable document is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3). Errors are
<code>{"error": {"status", "code", "message"}}</code>. Lists are pages: <code>{items, total?, limit, offset, next}</code>.
Endpoints marked <span class="lock">token</span> need <code>Authorization: Bearer &lt;token&gt;</code>. <a href="/">Back to the UI</a></p>
${tags.map(
  (tag) =>
    html`<h2>${tag}</h2>${operations
      .filter((entry) => (entry.operation.tags?.[0] ?? 'other') === tag)
      .map(
        ({ path, method, operation }) => html`<section class="op">
      <div><span class="method">${method}</span> <span class="path">${path}</span> ${operation.security ? html`<span class="lock">token</span>` : ''}</div>
      <p>${operation.summary ?? ''}</p>${operation.description ? html`<p>${operation.description}</p>` : ''}
      ${
        operation.parameters && operation.parameters.length > 0
          ? html`<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>about</th></tr></thead><tbody>${operation.parameters.map(
              (
                parameter,
              ) => html`<tr><td><code>${parameter.name}</code>${parameter.required ? ' (required)' : ''}</td><td>${parameter.in}</td>
              <td>${describeSchema(parameter.schema)}</td><td>${parameter.description ?? String(parameter.schema?.description ?? '')}</td></tr>`,
            )}</tbody></table>`
          : ''
      }
      ${operation.requestBody ? html`<p>Body: JSON, see the OpenAPI document.</p>` : ''}
    </section>`,
      )}`,
)}
</body></html>`
}

function describeSchema(schema: Record<string, unknown> | undefined): string {
  if (!schema) return ''
  const parts = [String(schema.type ?? '')]
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.join(', ')}`)
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    parts.push(`${schema.minimum ?? ''}…${schema.maximum ?? ''}`)
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`)
  if (schema.pattern !== undefined) parts.push(`pattern ${String(schema.pattern)}`)
  return parts.filter((part) => part !== '').join('; ')
}
