import type { Article } from '../core/article.js'
import { InputError } from '../core/errors.js'
import { articleFromHtml } from './article-from-html.js'
import { decodeText } from './decode-text.js'
import { type FetchOptions, fetchUrl } from './fetch-url.js'
import type { ReadResult } from './read-articles.js'
import { articlesFromFeed, isFeed, parseFeed } from './read-feed.js'

// A feed item shorter than this is a teaser: the article itself is on the linked page.
const TEASER_CHARS = 600

/**
 * Fetches one page and reads its article (an HTML page, or a feed when the URL serves one).
 * Never throws: failures are ReadResults with one line, as for files.
 */
export async function readUrl(url: string, options: FetchOptions = {}): Promise<ReadResult[]> {
  try {
    const fetched = await fetchUrl(url, options)
    const text = decodeText(url, fetched.body, { html: true })
    if (isFeed(text)) return articlesFromFeed(url, parseFeed(url, text))
    const article = articleFromHtml(url, text, { url: fetched.url })
    if (!article?.text) return [{ ok: false, input: url, message: 'no article text found on the page' }]
    return [{ ok: true, article }]
  } catch (error) {
    return [failure(url, error)]
  }
}

/**
 * Fetches a feed and reads its items; an item that is only a teaser is replaced by the article on
 * its linked page (fetched under the same rules), when that page has one.
 */
export async function readFeedUrl(url: string, options: FetchOptions = {}): Promise<ReadResult[]> {
  let results: ReadResult[]
  try {
    const fetched = await fetchUrl(url, options)
    const text = decodeText(url, fetched.body, { html: true })
    if (!isFeed(text)) return [{ ok: false, input: url, message: 'not an RSS or Atom feed' }]
    results = articlesFromFeed(url, parseFeed(url, text))
  } catch (error) {
    return [failure(url, error)]
  }
  const full: ReadResult[] = []
  for (const result of results) {
    if (!result.ok || result.article.text.length >= TEASER_CHARS || !result.article.url) {
      full.push(result)
      continue
    }
    const [page] = await readUrl(result.article.url, options)
    full.push(page?.ok ? { ok: true, article: withFeedMeta(page.article, result.article) } : result)
  }
  return full
}

/** The page's text with the feed's input name, and its dates and source when the page has none. */
function withFeedMeta(page: Article, item: Article): Article {
  return {
    ...page,
    input: item.input,
    published: page.published ?? item.published,
    source: page.source ?? item.source,
  }
}

function failure(input: string, error: unknown): ReadResult {
  if (error instanceof InputError) return { ok: false, input: error.input || input, message: error.message }
  return { ok: false, input, message: `unexpected error: ${error instanceof Error ? error.message : String(error)}` }
}
