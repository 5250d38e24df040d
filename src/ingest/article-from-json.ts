import { parseHTML } from 'linkedom'
import type { Article } from '../core/article.js'
import { InputError } from '../core/errors.js'
import { type ArticleMeta, articleFromParts } from './article-from-text.js'
import { htmlToText } from './html-to-text.js'
import { parsePublished } from './parse-published.js'

// News APIs often deliver the body as HTML; these tags give it away.
const HTML_BODY = /<\/?(?:p|br|div|h[1-6]|li|blockquote)\b[^>]*>/i

/**
 * An article given as a JSON object: `headline`, `body` or `text`, and optionally `published`,
 * `source` and `url`. Throws InputError with a message naming the field when the object is unusable.
 *
 * @example articleFromJson('a.json', { headline: 'Talks resume', body: 'They met.' })
 */
export function articleFromJson(input: string, value: unknown, fallback: ArticleMeta = {}): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(input, `expected a JSON object, found ${describe(value)}`)
  }
  const record = value as Record<string, unknown>
  const warnings: string[] = []
  const headline = optionalString(input, record, 'headline')
  const body = readBody(input, record, warnings)
  const published = readPublished(input, record, warnings)
  const article = articleFromParts(input, headline, body, {
    published: published ?? fallback.published ?? null,
    source: optionalString(input, record, 'source') ?? fallback.source ?? null,
    url: optionalString(input, record, 'url') ?? fallback.url ?? null,
    warnings,
  })
  if (!article.text) throw new InputError(input, 'no article text found (the body is empty)')
  return article
}

/**
 * One line of a `.jsonl` file, parsed and read as an article.
 *
 * @example articleFromJsonLine('feed.jsonl:3', '{"headline":"H","body":"B"}')
 */
export function articleFromJsonLine(input: string, line: string, fallback: ArticleMeta = {}): Article {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new InputError(input, `invalid JSON: ${(error as Error).message}`)
  }
  return articleFromJson(input, value, fallback)
}

function readBody(input: string, record: Record<string, unknown>, warnings: string[]): string {
  const body = optionalString(input, record, 'body')
  const text = optionalString(input, record, 'text')
  if (body === null && text === null) throw new InputError(input, 'missing "body" (or "text"): the article text')
  if (body !== null && text !== null && body !== text) warnings.push('both "body" and "text" given; used "body"')
  const raw = body ?? text ?? ''
  if (!HTML_BODY.test(raw)) return raw
  warnings.push('the body was HTML; it was converted to plain text')
  return htmlToText(parseHTML(`<html><body>${raw}</body></html>`).document.body as unknown as Node).text
}

/** A date that is not ISO is a warning, not a failure: the article is still worth reading. */
function readPublished(input: string, record: Record<string, unknown>, warnings: string[]): string | null {
  const published = optionalString(input, record, 'published')
  if (published === null) return null
  const date = parsePublished(published)
  if (!date) warnings.push(`"published" is not an ISO date (YYYY-MM-DD): ${JSON.stringify(published)}; ignored`)
  return date
}

function optionalString(input: string, record: Record<string, unknown>, field: string): string | null {
  const value = record[field]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw new InputError(input, `"${field}" must be a string, found ${describe(value)}`)
  return value
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
