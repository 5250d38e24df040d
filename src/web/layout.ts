import { type Html, html } from './html.js'

export interface LayoutOptions {
  readonly title: string
  /** Which nav entry is current. */
  readonly section?: 'overview' | 'articles' | 'actors' | 'issues' | 'claims' | 'search' | 'analyze' | 'docs'
  /** Versioned asset URLs (content hashes), so they can be cached for good. */
  readonly assets: { readonly css: string; readonly js: string }
  readonly query?: string
}

const NAV: readonly [NonNullable<LayoutOptions['section']>, string, string][] = [
  ['overview', '/', 'Overview'],
  ['articles', '/articles', 'Articles'],
  ['actors', '/actors', 'Actors'],
  ['issues', '/issues', 'Issues'],
  ['claims', '/claims', 'Claims'],
  ['analyze', '/analyze', 'Analyze'],
]

/** The page around every view: header with navigation and search, main, footer. */
export function layout(options: LayoutOptions, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Parley</title>
<link rel="stylesheet" href="${options.assets.css}">
<script type="module" src="${options.assets.js}"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">Parley</a>
  <nav aria-label="Main">
    <ul>${NAV.map(
      ([key, href, label]) =>
        html`<li><a href="${href}"${key === options.section ? html` aria-current="page"` : ''}>${label}</a></li>`,
    )}</ul>
  </nav>
  <form class="quick-search" action="/search" method="get" role="search">
    <label class="visually-hidden" for="quick-q">Search articles and quotes</label>
    <input id="quick-q" name="q" type="search" placeholder="Search articles and quotes" value="${options.query ?? ''}">
  </form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="bottom">Parley · every fact links to its words · <a href="/api/docs">API</a> · <a href="/api/openapi.json">OpenAPI</a></footer>
</body>
</html>`
}

/** "2025-12-11" → "11 Dec 2025"; anything else as it is. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return 'undated'
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  if (!match) return day
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? ''} ${match[1]}`
}

/** A stance as a coloured chip. */
export function stanceChip(stance: string): Html {
  return html`<span class="stance stance-${stance}">${stance}</span>`
}

/** An http(s) URL as a link; anything else (javascript:, data:) as plain text. */
export function externalLink(url: string | null, label: string): Html {
  if (!url) return html``
  return /^https?:\/\//i.test(url)
    ? html`<a href="${url}" rel="noopener noreferrer nofollow">${label}</a>`
    : html`${label}`
}

/** Previous / next links for a paged list. */
export function pager(path: string, params: URLSearchParams, offset: number, limit: number, total: number): Html {
  if (total <= limit) return html``
  const link = (to: number) => {
    const next = new URLSearchParams(params)
    next.set('offset', String(to))
    return `${path}?${next.toString()}`
  }
  return html`<nav class="pager" aria-label="Pages">
    ${offset > 0 ? html`<a href="${link(Math.max(0, offset - limit))}">← Newer</a>` : html`<span></span>`}
    <span>${offset + 1}–${Math.min(total, offset + limit)} of ${total}</span>
    ${offset + limit < total ? html`<a href="${link(offset + limit)}">Older →</a>` : html`<span></span>`}
  </nav>`
}
