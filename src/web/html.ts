/**
 * HTML built from tagged templates that escape every interpolated value: article text, headlines,
 * names and anything else that came from outside can never become markup. Only a value that is
 * already `Html` (built by this same tag) passes through as it is.
 *
 * @example html`<h1>${article.headline}</h1>` // "<script>" in a headline is shown, never run
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[]

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Html) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? ''
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '')
  })
  return new Html(out)
}

/**
 * Data for the page's script, inside `<script type="application/json">`. JSON.stringify leaves "<"
 * as it is, so "</script>" in an article would close the element: every "<" (and the two line
 * separators JavaScript once choked on) is written as a \u escape, which JSON.parse reads back.
 */
export function jsonScript(id: string, data: unknown): Html {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`)
}
