import type { Timeline } from '../../corpus/shifts.js'
import type { ActorProfile, ActorSummary, ClaimRecord } from '../../store/store.js'
import { timelineChart } from '../chart.js'
import { type Html, html } from '../html.js'
import { formatDay, stanceChip } from '../layout.js'

export function actorsPage(actors: readonly ActorSummary[], type: string | undefined, pager: Html): Html {
  const types = ['person', 'organization', 'group', 'location']
  return html`<h1>Actors</h1>
  <nav class="filters" aria-label="Actor types">
    <a href="/actors"${type === undefined ? html` aria-current="page"` : ''}>All</a>
    ${types.map((candidate) => html`<a href="/actors?type=${candidate}"${candidate === type ? html` aria-current="page"` : ''}>${candidate}</a>`)}
  </nav>
  <div class="table-wrap"><table class="list">
    <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Stories</th><th scope="col">First seen</th><th scope="col">Also called</th></tr></thead>
    <tbody>${actors.map(
      (actor) => html`<tr><th scope="row"><a href="/actors/${actor.id}">${actor.name}</a></th><td>${actor.type}</td>
        <td class="num">${actor.articles}</td><td>${formatDay(actor.firstSeen)}</td>
        <td class="meta">${actor.aliases
          .filter((alias) => alias !== actor.name)
          .slice(0, 4)
          .join(', ')}</td></tr>`,
    )}</tbody>
  </table></div>${pager}`
}

export function actorPage(profile: ActorProfile, lines: readonly Timeline[], claims: readonly ClaimRecord[]): Html {
  const { actor } = profile
  const aliases = actor.aliases.filter((alias) => alias !== actor.name)
  return html`<h1>${actor.name}</h1>
  <p class="meta">${actor.type} · in ${actor.articles} ${actor.articles === 1 ? 'story' : 'stories'} · first seen ${formatDay(actor.firstSeen)}${
    aliases.length > 0 ? html` · also called ${aliases.join(', ')}` : ''
  } · <a href="/articles?actor=${actor.id}">articles</a> · <a href="/search?actor=${encodeURIComponent(actor.name)}&amp;q=${encodeURIComponent(actor.name.split(' ').pop() ?? '')}">search</a></p>
  <div class="grid-2">
  <section aria-labelledby="roles"><h2 id="roles">Roles</h2>
    ${
      profile.roles.length === 0
        ? html`<p class="empty">No titles or roles found.</p>`
        : html`<table class="list"><thead><tr><th scope="col">Role</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Stories</th></tr></thead>
      <tbody>${profile.roles.map((role) => html`<tr><td>${role.role}</td><td>${formatDay(role.first)}</td><td>${formatDay(role.last)}</td><td class="num">${role.articles}</td></tr>`)}</tbody></table>`
    }
  </section>
  <section aria-labelledby="claims-h"><h2 id="claims-h">Figures claimed (${claims.length})</h2>
    ${
      claims.length === 0
        ? html`<p class="empty">No figures attributed.</p>`
        : html`<ul class="plain">${claims.map(
            (claim) => html`<li><strong>${claim.quantities.map((quantity) => quantity.text).join('; ')}</strong>
              <span class="meta">${formatDay(claim.date)}, <a href="/articles/${claim.articleId}">${claim.source ?? 'source'}</a></span>
              <div class="evidence">${claim.text}</div></li>`,
          )}</ul>`
    }
  </section>
  </div>
  <section aria-labelledby="positions-h"><h2 id="positions-h">Positions over time</h2>
    ${
      lines.length === 0
        ? html`<p class="empty">No positions on an issue yet.</p>`
        : timelineChart(
            lines.map((line) => ({ ...line, actorName: line.issue })),
            { title: `${actor.name}: positions over time by issue` },
          )
    }
    ${lines.map(
      (
        line,
      ) => html`<h3><a href="/issues/${line.issue}">${line.issue}</a>${line.shifts.length > 0 ? html` <span class="tag">${line.shifts.length} shift${line.shifts.length > 1 ? 's' : ''}</span>` : ''}</h3>
      <ol class="timeline">${line.positions.map(
        (
          position,
        ) => html`<li>${stanceChip(position.stance)} <span class="meta">${formatDay(position.date)}, <a href="/articles/${position.articleId}">${position.source ?? 'source'}</a></span>
          <div class="evidence">${position.exact}</div>${position.conditions.length > 0 ? html`<div class="meta">if ${position.conditions.join('; ')}</div>` : ''}</li>`,
      )}</ol>`,
    )}
  </section>
  <section aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes over time (${profile.quotes.length})</h2>
    ${
      profile.quotes.length === 0
        ? html`<p class="empty">No quotes attributed.</p>`
        : html`<ol class="timeline">${profile.quotes.map(
            (
              quote,
            ) => html`<li><span class="meta">${formatDay(quote.date)} · ${quote.kind}${quote.cue ? ` · ${quote.cue}` : ''} · <a href="/articles/${quote.articleId}">${quote.source ?? 'source'}</a></span>
              <blockquote>${quote.text}</blockquote></li>`,
          )}</ol>`
    }
  </section>`
}
