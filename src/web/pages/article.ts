import type { Analysis } from '../../core/analysis.js'
import type { RelatedArticle, StorySource } from '../../store/store.js'
import { highlightParagraphs } from '../highlight.js'
import { type Html, html, jsonScript } from '../html.js'
import { externalLink, formatDay, stanceChip } from '../layout.js'
import { articleRecords } from '../records.js'

export interface ArticleViewData {
  readonly analysis: Analysis
  readonly actorOf: Readonly<Record<string, number>>
  /** Null for an analysis that was not stored (the Analyze page). */
  readonly articleId: string | null
  readonly copies: readonly StorySource[]
  readonly related: readonly RelatedArticle[] | null
}

const KINDS = [
  ['quote', 'Quotes'],
  ['claim', 'Claims'],
  ['position', 'Positions'],
  ['entity', 'Entities'],
  ['event', 'Events'],
] as const

/** The article's text with every fact highlighted; a click on a highlight shows its record. */
export function articlePage(data: ArticleViewData): Html {
  const { analysis } = data
  const { article } = analysis
  const { marks, records } = articleRecords(analysis, data.actorOf)
  const actorHref = (entityId: string | null) =>
    entityId !== null && data.actorOf[entityId] !== undefined ? `/actors/${data.actorOf[entityId]}` : null
  return html`
<article class="article-view" data-article="${data.articleId ?? ''}">
  <header class="article-head">
    <h1>${article.headline ?? '(no headline)'}</h1>
    <p class="meta">${article.source ?? 'unknown source'} · ${formatDay(article.published)}${
      article.url ? html` · ${externalLink(article.url, 'original')}` : ''
    }${data.articleId === null ? html` · <strong>not stored</strong>` : ''}</p>
    ${analysis.headline ? headlineCheck(analysis) : ''}
    ${analysis.warnings.length > 0 ? html`<ul class="warnings">${analysis.warnings.map((warning) => html`<li>${warning}</li>`)}</ul>` : ''}
    ${
      data.copies.length > 1
        ? html`<p class="meta">Also told by: ${data.copies
            .filter((copy) => copy.articleId !== data.articleId)
            .map(
              (copy, index) =>
                html`${index > 0 ? ', ' : ''}<a href="/articles/${copy.articleId}">${copy.source ?? 'unknown'}</a> (${formatDay(copy.published)})`,
            )}</p>`
        : ''
    }
  </header>
  <fieldset class="legend-toggles">
    <legend>Highlight</legend>
    ${KINDS.map(
      ([kind, label]) =>
        html`<label class="toggle toggle-${kind}"><input type="checkbox" data-toggle="${kind}" checked> ${label} <span class="count">${countOf(analysis, kind)}</span></label>`,
    )}
  </fieldset>
  <div class="reader">
    <div class="text" id="article-text">${highlightParagraphs(article.text, marks)}</div>
    <aside class="panel" aria-label="Selected fact">
      <div id="record" class="record" aria-live="polite">
        <p class="hint">Click or press Enter on a highlight to see what was extracted.</p>
      </div>
    </aside>
  </div>
  <section class="facts" aria-labelledby="facts-h">
    <h2 id="facts-h">Extracted</h2>
    <div class="grid-2">
      <div>
        <h3>Who said what (${analysis.quotes.length})</h3>
        <ol class="fact-list">${analysis.quotes.map(
          (
            quote,
          ) => html`<li><button type="button" class="linklike" data-show="quote:${quote.id}">“${clip(quote.text)}”</button>
            <span class="meta">— ${
              actorHref(quote.speaker)
                ? html`<a href="${actorHref(quote.speaker)}">${quote.speakerName}</a>`
                : (quote.speakerName ??
                  (quote.anonymous
                    ? 'unnamed source'
                    : quote.cue === 'ask'
                      ? 'question put, asker not named'
                      : 'unknown'))
            }</span></li>`,
        )}</ol>
      </div>
      <div>
        <h3>Figures (${analysis.claims.length})</h3>
        <ol class="fact-list">${analysis.claims.map(
          (
            claim,
          ) => html`<li><button type="button" class="linklike" data-show="claim:${claim.id}">${claim.quantities.map((quantity) => quantity.text).join('; ') || clip(claim.text)}</button>
            <span class="meta">— ${claim.claimantName ?? 'the outlet'}</span></li>`,
        )}</ol>
        <h3>Positions (${analysis.positions.length})</h3>
        <ol class="fact-list">${analysis.positions.map(
          (
            position,
          ) => html`<li><button type="button" class="linklike" data-show="position:${position.id}">${position.actorName}</button>
            ${stanceChip(position.stance)} ${position.proposition}
            ${position.issue ? html`<a class="meta" href="/issues/${position.issue}">${position.issue}</a>` : ''}</li>`,
        )}</ol>
      </div>
    </div>
  </section>
  ${data.related === null ? '' : relatedSection(data.related)}
</article>
${jsonScript('records', records)}`
}

function countOf(analysis: Analysis, kind: (typeof KINDS)[number][0]): number {
  switch (kind) {
    case 'quote':
      return analysis.quotes.length
    case 'claim':
      return analysis.claims.length
    case 'position':
      return analysis.positions.length
    case 'entity':
      return analysis.entities.length
    case 'event':
      return analysis.events.length
  }
}

function headlineCheck(analysis: Analysis): Html {
  const headline = analysis.headline
  if (!headline) return html``
  const unsupported = headline.claims.filter((claim) => !claim.supported)
  return html`<p class="headline-check ${headline.supported ? 'ok' : 'warn'}">Headline: ${headline.relation}${
    unsupported.length > 0
      ? html` · not in the body: ${unsupported.map((claim) => `“${claim.text}” (${claim.reason})`).join('; ')}`
      : ''
  }</p>`
}

function relatedSection(related: readonly RelatedArticle[]): Html {
  return html`<section class="related" aria-labelledby="more-stories">
    <h2 id="more-stories">More stories</h2>
    ${
      related.length === 0
        ? html`<p class="empty">No other story shares actors or issues with this one.</p>`
        : html`<ul class="cards">${related.map(
            (
              article,
            ) => html`<li class="card"><a href="/articles/${article.id}">${article.headline ?? '(no headline)'}</a>
              <p class="meta">${article.source ?? 'unknown source'} · ${formatDay(article.day)}</p>
              <p class="meta">${article.sharedIssues.length > 0 ? html`Issues: ${article.sharedIssues.join(', ')}. ` : ''}${
                article.sharedActors.length > 0 ? html`Actors: ${article.sharedActors.slice(0, 5).join(', ')}` : ''
              }</p></li>`,
          )}</ul>`
    }
  </section>`
}

function clip(text: string, length = 140): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
