import type { Conflict } from '../../corpus/conflicts.js'
import type { Digest } from '../../corpus/digest.js'
import type { PositionMatrix } from '../../corpus/matrix.js'
import type { ArticleSummary, StoreStats, Story } from '../../store/store.js'
import { type Html, html } from '../html.js'
import { formatDay, stanceChip } from '../layout.js'

export interface OverviewData {
  readonly stats: StoreStats
  readonly digest: Digest
  readonly matrix: PositionMatrix
  readonly labels: ReadonlyMap<string, string>
  readonly conflicts: readonly Conflict[]
  readonly latest: readonly ArticleSummary[]
  readonly stories: readonly Story[]
}

// The matrix is read at a glance: the busiest actors and issues fit a laptop screen.
const MATRIX_ROWS = 16
const MATRIX_ISSUES = 10

export function overviewPage(data: OverviewData): Html {
  const { stats, digest } = data
  return html`
<h1>Overview</h1>
<ul class="stats" aria-label="Corpus size">
  ${(
    [
      ['articles', stats.articles],
      ['stories', stats.stories],
      ['actors', stats.actors],
      ['quotes', stats.quotes],
      ['claims', stats.claims],
      ['positions', stats.positions],
      ['events', stats.events],
    ] as const
  ).map(([label, count]) => html`<li><strong>${count.toLocaleString('en')}</strong> ${label}</li>`)}
</ul>
${stats.articles === 0 ? html`<p class="empty">The store is empty. Ingest articles with <code>parley ingest</code>, or paste one on the <a href="/analyze">Analyze</a> page.</p>` : ''}
<div class="grid-2">
<section aria-labelledby="changes">
  <h2 id="changes">What changed since ${formatDay(digest.since)}</h2>
  ${changes(digest)}
</section>
<section aria-labelledby="latest">
  <h2 id="latest">Latest articles</h2>
  <ol class="article-list">${data.latest.map(articleItem)}</ol>
  <p><a href="/articles">All articles →</a></p>
</section>
</div>
<section aria-labelledby="matrix">
  <h2 id="matrix">Who stands where</h2>
  ${matrixTable(data.matrix, data.labels)}
</section>
<section aria-labelledby="conflicts">
  <h2 id="conflicts">Conflicting claims</h2>
  ${data.conflicts.length === 0 ? html`<p class="empty">No figures in the corpus disagree.</p>` : data.conflicts.map(conflictCard)}
</section>
${
  data.stories.length > 0
    ? html`<section aria-labelledby="stories">
  <h2 id="stories">Stories told by several sources</h2>
  <ul class="plain">${data.stories.map(
    (story) =>
      html`<li><strong>${story.headline ?? '(no headline)'}</strong>: ${story.sources.map(
        (source, index) =>
          html`${index > 0 ? ', ' : ''}<a href="/articles/${source.articleId}">${source.source ?? 'unknown'}</a> (${formatDay(source.published)})`,
      )}</li>`,
  )}</ul>
</section>`
    : ''
}`
}

function changes(digest: Digest): Html {
  const items: Html[] = [
    ...digest.shifts.map(
      (shift) => html`<li class="change"><span class="tag">shift</span>
        ${shift.actorId === null ? shift.actorName : html`<a href="/actors/${shift.actorId}">${shift.actorName}</a>`}
        on <a href="/issues/${shift.issue}">${shift.issue}</a>: ${stanceChip(shift.from)} → ${stanceChip(shift.to)}
        <span class="meta">${formatDay(shift.date)}, <a href="/articles/${shift.after.articleId}">${shift.after.source ?? 'source'}</a></span></li>`,
    ),
    ...digest.conflicts.map(
      (conflict) => html`<li class="change"><span class="tag tag-conflict">conflict</span> ${conflict.unit}
        on ${formatDay(conflict.date)}: ${conflict.figures.map((figure) => figure.exact).join(' vs ')}</li>`,
    ),
  ]
  const counts = html`<p class="meta">${digest.newPositions.length} new positions · ${digest.newActors.length} new actors${
    digest.newActors.length > 0
      ? html`: ${digest.newActors.slice(0, 8).map((actor, index) => html`${index > 0 ? ', ' : ''}<a href="/actors/${actor.id}">${actor.name}</a>`)}`
      : ''
  }</p>`
  if (items.length === 0) return html`<p class="empty">No shifts of stance or new conflicting claims.</p>${counts}`
  return html`<ul class="changes">${items}</ul>${counts}`
}

function articleItem(article: ArticleSummary): Html {
  return html`<li><a href="/articles/${article.id}">${article.headline ?? '(no headline)'}</a>
    <span class="meta">${article.source ?? 'unknown source'} · ${formatDay(article.day)}</span></li>`
}

export function matrixTable(matrix: PositionMatrix, labels: ReadonlyMap<string, string>): Html {
  if (matrix.rows.length === 0) return html`<p class="empty">No positions with an issue yet.</p>`
  const issues = matrix.issues.slice(0, MATRIX_ISSUES)
  return html`<div class="table-wrap"><table class="matrix">
    <caption class="visually-hidden">Each actor's latest stance on each issue</caption>
    <thead><tr><th scope="col">Actor</th>${issues.map(
      (issue) =>
        html`<th scope="col"><a href="/issues/${issue}" title="${labels.get(issue) ?? issue}">${labels.get(issue) ?? issue}</a></th>`,
    )}</tr></thead>
    <tbody>${matrix.rows.slice(0, MATRIX_ROWS).map(
      (row) =>
        html`<tr><th scope="row">${row.actorId === null ? row.actorName : html`<a href="/actors/${row.actorId}">${row.actorName}</a>`}</th>${issues.map(
          (issue) => {
            const cell = row.cells.find((candidate) => candidate.issue === issue)
            if (!cell) return html`<td class="none"><span class="visually-hidden">no stance</span></td>`
            return html`<td class="cell stance-bg-${cell.stance}" title="${cell.stance} since ${formatDay(cell.latest.date)}: ${cell.latest.exact}">
            <a href="/articles/${cell.latest.articleId}">${cell.stance}${cell.shifts > 0 ? html` <span aria-label="${cell.shifts} shifts">↻</span>` : ''}</a></td>`
          },
        )}</tr>`,
    )}</tbody>
  </table></div>
  <p class="legend">${['for', 'conditional', 'undecided', 'against'].map((stance) => html`${stanceChip(stance)} `)} ↻ = the stance shifted</p>`
}

/** One conflict: its figures side by side, each with who says it, where and when. */
export function conflictCard(conflict: Conflict): Html {
  return html`<article class="conflict">
    <h3>${conflict.unit} · ${formatDay(conflict.date)} <span class="meta">${conflict.reason}</span></h3>
    <div class="side-by-side">${conflict.figures.map(
      (figure) => html`<div class="figure-card">
        <p class="figure">${figure.exact}</p>
        <p class="who">${figure.claimantName ?? (figure.claimantKey?.startsWith('outlet:') ? 'the outlet' : 'unknown')}</p>
        <p class="meta"><a href="/articles/${figure.articleId}">${figure.source ?? 'unknown source'}</a>, ${formatDay(figure.published)}</p>
        <blockquote>${figure.claimText}</blockquote>
      </div>`,
    )}</div>
  </article>`
}
