import type { Article } from '../core/article.js'
import { detectNotEnglish } from './detect-english.js'
import { normalizeText } from './normalize-text.js'
import { stripChrome, stripLeadingChrome } from './strip-chrome.js'

export interface ArticleMeta {
  readonly published?: string | null
  readonly source?: string | null
  readonly url?: string | null
  /** Chrome a reader already removed before the text got here (HTML extraction), to report with ours. */
  readonly removed?: readonly string[]
  readonly warnings?: readonly string[]
}

/** Builds an article from a headline and a body already in plain text. */
export function articleFromParts(
  input: string,
  headline: string | null,
  body: string,
  meta: ArticleMeta = {},
): Article {
  return articleFromNormalParts(input, headline, normalizeText(body), meta)
}

/** As `articleFromParts`, for a body that `normalizeText` has already seen. */
function articleFromNormalParts(input: string, headline: string | null, body: string, meta: ArticleMeta): Article {
  const clean = cleanHeadline(headline)
  const { text, removed } = stripChrome(body, { headline: clean })
  return buildArticle(input, clean, text, removed, meta)
}

/**
 * A `.txt` article: the first non-empty line is the headline, the rest is the body. Chrome above
 * the headline ("Skip to content", "Advertisement") is removed first, so it is not taken for one.
 *
 * @example articleFromPlainText('a.txt', 'Advertisement\nTalks resume\n\nThey met.').headline // 'Talks resume'
 */
export function articleFromPlainText(input: string, raw: string, meta: ArticleMeta = {}): Article {
  const { text, removed } = stripLeadingChrome(normalizeText(raw))
  const newline = text.indexOf('\n')
  const headline = newline === -1 ? text : text.slice(0, newline)
  const body = newline === -1 ? '' : text.slice(newline + 1)
  return articleFromNormalParts(input, headline, body, { ...meta, removed: [...(meta.removed ?? []), ...removed] })
}

function cleanHeadline(headline: string | null): string | null {
  if (headline === null) return null
  // "… over the port dispute06:35": a page's clock time glued to the end of a headline is no part of it.
  return (
    normalizeText(headline)
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/(?<=\p{L})\d{1,2}:\d{2}$/u, '') || null
  )
}

function buildArticle(
  input: string,
  headline: string | null,
  text: string,
  removed: readonly string[],
  meta: ArticleMeta,
): Article {
  const warnings = [...(meta.warnings ?? [])]
  const notEnglish = detectNotEnglish(`${headline ?? ''}\n${text}`)
  if (notEnglish) warnings.push(`language does not look like English (${notEnglish}); results will be poor`)
  return {
    input,
    headline,
    text,
    published: meta.published ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    removed: [...(meta.removed ?? []), ...removed],
    warnings,
  }
}
