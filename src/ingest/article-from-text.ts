import type { Article } from '../core/article.js'
import { normalizeText } from './normalize-text.js'
import { stripChrome } from './strip-chrome.js'

export interface ArticleMeta {
  readonly published?: string | null
  readonly source?: string | null
  readonly url?: string | null
}

/** Builds an article from a headline and a body already in plain text. */
export function articleFromParts(input: string, headline: string | null, body: string, meta: ArticleMeta = {}): Article {
  const warnings: string[] = []
  const normalized = normalizeText(body)
  const { text, removed } = stripChrome(normalized)
  const cleanHeadline = headline === null ? null : normalizeText(headline).replace(/\s+/g, ' ').trim() || null
  return {
    input,
    headline: cleanHeadline,
    text,
    published: meta.published ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    removed,
    warnings,
  }
}

/** A `.txt` article: the first non-empty line is the headline, the rest is the body. */
export function articleFromPlainText(input: string, raw: string, meta: ArticleMeta = {}): Article {
  const text = raw.replace(/^\uFEFF/, '')
  const match = /^\s*([^\n]*)\n?([\s\S]*)$/.exec(text)
  const headline = match?.[1]?.trim() ?? ''
  const body = match?.[2] ?? ''
  return articleFromParts(input, headline || null, body, meta)
}
