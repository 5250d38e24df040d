import type { Conflict } from '../../corpus/conflicts.js'
import type { ClaimRecord } from '../../store/store.js'
import { type Html, html } from '../html.js'
import { formatDay } from '../layout.js'
import { conflictCard } from './overview.js'

/** The claims ledger: conflicts side by side, then every figure grouped by who claims it. */
export function claimsPage(conflicts: readonly Conflict[], claims: readonly ClaimRecord[]): Html {
  const groups = new Map<string, { href: string | null; claims: ClaimRecord[] }>()
  for (const claim of claims) {
    const name = claim.claimantName ?? `${claim.source ?? 'the outlet'} (the outlet itself)`
    const group = groups.get(name) ?? {
      href: claim.claimantId === null ? null : `/actors/${claim.claimantId}`,
      claims: [],
    }
    group.claims.push(claim)
    groups.set(name, group)
  }
  const ordered = [...groups.entries()].sort(
    (a, b) => b[1].claims.length - a[1].claims.length || a[0].localeCompare(b[0]),
  )
  return html`<h1>Claims ledger</h1>
  <section aria-labelledby="conflicts"><h2 id="conflicts">Conflicting claims (${conflicts.length})</h2>
    ${conflicts.length === 0 ? html`<p class="empty">No figures disagree.</p>` : conflicts.map(conflictCard)}
  </section>
  <section aria-labelledby="ledger"><h2 id="ledger">Figures per claimant</h2>
    <nav class="toc" aria-label="Claimants"><ul>${ordered.map(
      ([name, group], index) =>
        html`<li><a href="#claimant-${index}">${name}</a> <span class="count">${group.claims.length}</span></li>`,
    )}</ul></nav>
    ${ordered.map(
      (
        [name, group],
        index,
      ) => html`<h3 id="claimant-${index}">${group.href ? html`<a href="${group.href}">${name}</a>` : name}</h3>
      <div class="table-wrap"><table class="list ledger">
        <thead><tr><th scope="col">Figure</th><th scope="col">Claim</th><th scope="col">Source</th><th scope="col">Date</th></tr></thead>
        <tbody>${group.claims.map(
          (claim) => html`<tr><td class="figure">${claim.quantities.map((quantity) => quantity.text).join('; ')}</td>
            <td>${claim.text}</td><td><a href="/articles/${claim.articleId}">${claim.source ?? 'unknown'}</a></td><td>${formatDay(claim.date)}</td></tr>`,
        )}</tbody>
      </table></div>`,
    )}
  </section>`
}
