import type { ArticleSummary, SearchHit } from '../../store/store.js'
import { type Html, html } from '../html.js'
import { formatDay } from '../layout.js'

export interface SearchForm {
  readonly q: string
  readonly actor: string
  readonly issue: string
  readonly source: string
  readonly since: string
  readonly until: string
}

/** Search with filters; the results, or why there are none. */
export function searchPage(
  form: SearchForm,
  hits: readonly SearchHit[] | null,
  options: { issues: readonly [string, string][]; notice: string | null },
): Html {
  return html`<h1>Search</h1>
  <form class="search-form" action="/search" method="get" role="search">
    <div class="field wide"><label for="q">Words</label>
      <input id="q" name="q" type="search" value="${form.q}" placeholder='e.g. guarantees, referend*, "energy truce"' autofocus></div>
    <div class="field"><label for="actor">Actor</label><input id="actor" name="actor" value="${form.actor}" placeholder="name or alias"></div>
    <div class="field"><label for="issue">Issue</label><select id="issue" name="issue"><option value="">any</option>${options.issues.map(
      ([id, label]) => html`<option value="${id}"${id === form.issue ? html` selected` : ''}>${label}</option>`,
    )}</select></div>
    <div class="field"><label for="source">Outlet</label><input id="source" name="source" value="${form.source}" placeholder="any"></div>
    <div class="field"><label for="since">From</label><input id="since" name="since" type="date" value="${form.since}"></div>
    <div class="field"><label for="until">To</label><input id="until" name="until" type="date" value="${form.until}"></div>
    <div class="field"><button type="submit">Search</button></div>
  </form>
  ${options.notice ? html`<p class="notice">${options.notice}</p>` : ''}
  ${
    hits === null
      ? ''
      : hits.length === 0
        ? html`<p class="empty">No matches.</p>`
        : html`<p class="meta">${hits.length} match${hits.length === 1 ? '' : 'es'}</p><ol class="results">${hits.map(hitItem)}</ol>`
  }`
}

function hitItem(hit: SearchHit): Html {
  const where = html`<span class="meta">${hit.source ?? 'unknown source'} · ${formatDay(hit.published)}</span>`
  if (hit.kind === 'quote') {
    return html`<li class="hit hit-quote"><span class="tag">quote</span> <strong>${hit.speaker ?? 'unknown speaker'}</strong>
      <blockquote>${snippet(hit.snippet)}</blockquote>
      <a href="/articles/${hit.articleId}">${hit.headline ?? '(no headline)'}</a> ${where}</li>`
  }
  return html`<li class="hit"><span class="tag">article</span> <a href="/articles/${hit.articleId}">${hit.headline ?? '(no headline)'}</a> ${where}
    <p>${snippet(hit.snippet)}</p></li>`
}

/** The store marks hit words with [brackets]; each bracketed run becomes a <mark>, all text escaped. */
function snippet(text: string): Html {
  const parts = text.split(/\[([^\]]*)\]/)
  return html`${parts.map((part, index) => (index % 2 === 1 ? html`<mark>${part}</mark>` : part))}`
}

export function articlesPage(articles: readonly ArticleSummary[], title: string, pager: Html): Html {
  return html`<h1>${title}</h1>
  <ol class="article-list">${articles.map(
    (article) => html`<li><a href="/articles/${article.id}">${article.headline ?? '(no headline)'}</a>
      <span class="meta">${article.source ?? 'unknown source'} · ${formatDay(article.day)} · ${article.quotes} quotes · ${article.claims} claims · ${article.positions} positions${
        article.language !== 'en' ? ` · language: ${article.language}` : ''
      }</span></li>`,
  )}</ol>${pager}`
}
