import type { MatrixCell } from '../../corpus/matrix.js'
import type { Timeline } from '../../corpus/shifts.js'
import { stanceOrder, timelineChart } from '../chart.js'
import { type Html, html } from '../html.js'
import { formatDay, stanceChip } from '../layout.js'

export interface IssueSummary {
  readonly id: string
  readonly label: string
  readonly positions: number
  readonly actors: number
  readonly shifts: number
}

export function issuesPage(issues: readonly IssueSummary[]): Html {
  return html`<h1>Issues</h1>
  <div class="table-wrap"><table class="list">
    <thead><tr><th scope="col">Issue</th><th scope="col">Positions</th><th scope="col">Actors</th><th scope="col">Shifts</th></tr></thead>
    <tbody>${issues.map(
      (
        issue,
      ) => html`<tr><th scope="row"><a href="/issues/${issue.id}">${issue.label}</a> <span class="meta">${issue.id}</span></th>
        <td class="num">${issue.positions}</td><td class="num">${issue.actors}</td><td class="num">${issue.shifts}</td></tr>`,
    )}</tbody>
  </table></div>`
}

export function issuePage(
  id: string,
  label: string,
  standings: readonly MatrixCell[],
  lines: readonly Timeline[],
): Html {
  const groups = ['for', 'conditional', 'undecided', 'against'].map((stance) => ({
    stance,
    cells: standings.filter((cell) => cell.stance === stance),
  }))
  const shifts = lines.flatMap((line) => line.shifts).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
  return html`<h1>${label}</h1>
  <p class="meta">Issue <code>${id}</code> · ${standings.length} actors · ${shifts.length} shifts · <a href="/search?issue=${id}&amp;q=${encodeURIComponent(label.split(' ')[0] ?? id)}">search</a> · <a href="/articles?issue=${id}">articles</a></p>
  <section aria-labelledby="where"><h2 id="where">Who stands where</h2>
    ${
      standings.length === 0
        ? html`<p class="empty">No positions on this issue yet.</p>`
        : html`<div class="standings">${groups
            .sort((a, b) => stanceOrder(a.stance) - stanceOrder(b.stance))
            .map(
              (
                group,
              ) => html`<div class="standing stance-border-${group.stance}"><h3>${stanceChip(group.stance)} <span class="count">${group.cells.length}</span></h3>
              <ul class="plain">${group.cells.map(
                (
                  cell,
                ) => html`<li>${cell.actorId === null ? cell.actorName : html`<a href="/actors/${cell.actorId}">${cell.actorName}</a>`}
                  <span class="meta">${formatDay(cell.latest.date)}</span>
                  <div class="evidence">${cell.latest.exact}</div></li>`,
              )}</ul></div>`,
            )}</div>`
    }
  </section>
  <section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2>
    ${timelineChart(lines, { title: `${label}: stances over time` })}
  </section>
  <section aria-labelledby="shifts"><h2 id="shifts">Shifts of stance</h2>
    ${
      shifts.length === 0
        ? html`<p class="empty">No actor has changed stance on this issue.</p>`
        : html`<ol class="timeline">${shifts.map(
            (shift) => html`<li><strong>${shift.actorName}</strong>: ${stanceChip(shift.from)} → ${stanceChip(shift.to)}
              <span class="meta">${formatDay(shift.date)}, <a href="/articles/${shift.after.articleId}">${shift.after.source ?? 'source'}</a></span>
              <div class="evidence">${shift.after.exact}</div></li>`,
          )}</ol>`
    }
  </section>`
}
