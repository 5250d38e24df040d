import { type Html, html } from '../html.js'

/** Paste or upload an article; the analysis shows on the next page, nothing is stored. */
export function analyzeForm(options: { error: string | null; text: string; format: string; maxBytes: number }): Html {
  return html`<h1>Analyze an article</h1>
  <p>Paste an article, or choose a file (.txt, .html, .json). It is analysed at once and <strong>not stored</strong>.</p>
  ${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ''}
  <form class="analyze-form" action="/analyze" method="post">
    <div class="field"><label for="format">Format</label>
      <select id="format" name="format">${[
        ['text', 'Plain text (first line is the headline)'],
        ['html', 'HTML page'],
        ['json', 'JSON article object'],
      ].map(
        ([value, label]) =>
          html`<option value="${value}"${value === options.format ? html` selected` : ''}>${label}</option>`,
      )}</select></div>
    <div class="field"><label for="file">File</label><input id="file" type="file" accept=".txt,.html,.htm,.json,text/plain,text/html,application/json"></div>
    <div class="field"><label for="published">Published</label><input id="published" name="published" type="date"></div>
    <div class="field"><label for="source">Outlet</label><input id="source" name="source" maxlength="200"></div>
    <div class="field wide"><label for="article">Article</label>
      <textarea id="article" name="article" rows="16" required maxlength="${options.maxBytes}" placeholder="Headline&#10;&#10;Body…">${options.text}</textarea></div>
    <div class="field"><button type="submit">Analyze</button></div>
  </form>`
}

export function loginPage(next: string, failed: boolean): Html {
  return html`<h1>Sign in</h1>
  <p>This server asks for its token (printed when it first started, or set in <code>PARLEY_TOKEN</code>).</p>
  ${failed ? html`<p class="error" role="alert">That token is not right.</p>` : ''}
  <form class="login" action="/login" method="post">
    <input type="hidden" name="next" value="${next}">
    <div class="field"><label for="token">Token</label><input id="token" name="token" type="password" autocomplete="current-password" required></div>
    <div class="field"><button type="submit">Sign in</button></div>
  </form>`
}

export function notFoundPage(what: string): Html {
  return html`<h1>Not found</h1><p>${what}</p><p><a href="/">Back to the overview</a></p>`
}
