import type { Article } from '../core/article.js'
import { InputError } from '../core/errors.js'
import { articleFromHtml } from '../ingest/article-from-html.js'
import { articleFromJson } from '../ingest/article-from-json.js'
import { articleFromPlainText } from '../ingest/article-from-text.js'
import { badRequest } from './errors.js'
import type { ArticleInput } from './schemas.js'

/** What an article posted to the API is called in the store, where a file would give its path. */
export const API_INPUT = 'api'

/**
 * The article a request body holds (one of `text`, `html` or `article`), read by the same readers
 * as files, so a posted article is cleaned exactly as the CLI would clean it. One-line 400s for
 * anything unusable.
 */
export function articleFromInput(input: ArticleInput): Article {
  const kind = inputKind(input, ['text', 'html', 'article'])
  const meta = { published: input.published ?? null, source: input.source?.trim() || null }
  try {
    if (input.text !== undefined) {
      if (input.text.includes('\u0000')) throw badRequest('text: binary data, not text')
      const article = articleFromPlainText(API_INPUT, input.text, meta)
      if (!article.text) throw badRequest('text: no article text after the headline line')
      return article
    }
    if (input.html !== undefined) {
      const article = articleFromHtml(API_INPUT, input.html, meta)
      if (!article?.text) throw badRequest('html: no article text found on the page')
      return article
    }
    return articleFromJson(API_INPUT, input.article, meta)
  } catch (error) {
    if (error instanceof InputError) throw badRequest(`${kind}: ${error.message}`)
    throw error
  }
}

export type InputKind = 'text' | 'html' | 'article' | 'url'

/** The one field of `kinds` the body gives; a 400 naming them when it gives none or several. */
export function inputKind<K extends InputKind>(input: ArticleInput, kinds: readonly K[]): K {
  const given = kinds.filter((kind) => input[kind] !== undefined)
  if (given.length !== 1 || !given[0]) {
    throw badRequest(`give exactly one of ${kinds.map((kind) => `"${kind}"`).join(', ')}; found ${given.length}`)
  }
  return given[0]
}
