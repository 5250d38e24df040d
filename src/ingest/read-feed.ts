import { XMLParser } from 'fast-xml-parser'
import { InputError } from '../core/errors.js'
import { articleFromJson } from './article-from-json.js'
import { parsePublished } from './parse-published.js'
import type { ReadResult } from './read-articles.js'

/** One entry of an RSS or Atom feed, before it becomes an article. */
export interface FeedItem {
  readonly title: string | null
  readonly link: string | null
  /** The richest body the feed carries (content:encoded or Atom content, else the description), as HTML. */
  readonly html: string
  readonly published: string | null
}

export interface Feed {
  readonly title: string | null
  readonly items: readonly FeedItem[]
}

/** True when the text is an RSS or Atom document (whatever the file is called). */
export function isFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(text)
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Entities in feeds are HTML bodies escaped once; keep them text, never expand external ones.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
})

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed. Throws InputError when the text is not one.
 *
 * @example parseFeed('<rss><channel><item><title>T</title><description>B</description></item></channel></rss>').items[0]?.title // 'T'
 */
export function parseFeed(input: string, text: string): Feed {
  let document: Record<string, unknown>
  try {
    document = parser.parse(text) as Record<string, unknown>
  } catch (error) {
    throw new InputError(input, `not a valid feed: ${(error as Error).message.split('\n')[0]}`)
  }
  const rss = (document.rss as Record<string, unknown> | undefined)?.channel as Record<string, unknown> | undefined
  const rdf = document['rdf:RDF'] as Record<string, unknown> | undefined
  const atom = document.feed as Record<string, unknown> | undefined
  if (rss || rdf) {
    const channel = rss ?? (rdf?.channel as Record<string, unknown> | undefined) ?? {}
    const items = ((rss?.item ?? rdf?.item) as Record<string, unknown>[] | undefined) ?? []
    return { title: textOf(channel.title), items: items.map(rssItem) }
  }
  if (atom) {
    const entries = (atom.entry as Record<string, unknown>[] | undefined) ?? []
    return { title: textOf(atom.title), items: entries.map(atomEntry) }
  }
  throw new InputError(input, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)')
}

/** Each feed item as an article, named "FEED#N" (1-based); a bad item fails alone. */
export function articlesFromFeed(input: string, feed: Feed): ReadResult[] {
  if (feed.items.length === 0) return [{ ok: false, input, message: 'the feed has no items' }]
  return feed.items.map((item, index): ReadResult => {
    const itemInput = `${input}#${index + 1}`
    try {
      const article = articleFromJson(itemInput, {
        headline: item.title,
        // articleFromJson turns an HTML body into text; a plain one is kept as it is.
        body: /<[a-z][^>]*>/i.test(item.html) ? item.html : `<p>${escapeHtml(item.html)}</p>`,
        published: item.published,
        source: feed.title,
        url: item.link,
      })
      return {
        ok: true,
        article: { ...article, warnings: article.warnings.filter((w) => !w.startsWith('the body was HTML')) },
      }
    } catch (error) {
      if (error instanceof InputError) return { ok: false, input: itemInput, message: error.message }
      return { ok: false, input: itemInput, message: `unexpected error while reading: ${(error as Error).message}` }
    }
  })
}

function rssItem(item: Record<string, unknown>): FeedItem {
  const links = (item.link as unknown[] | undefined) ?? []
  return {
    title: textOf(item.title),
    link: textOf(links[0]) ?? textOf(item.guid),
    html: textOf(item['content:encoded']) ?? textOf(item.description) ?? '',
    published: dateOf(textOf(item.pubDate) ?? textOf(item['dc:date'])),
  }
}

function atomEntry(entry: Record<string, unknown>): FeedItem {
  const links = ((entry.link as Record<string, unknown>[] | undefined) ?? []).filter(
    (link) => link['@rel'] === undefined || link['@rel'] === 'alternate',
  )
  return {
    title: textOf(entry.title),
    link: typeof links[0]?.['@href'] === 'string' ? (links[0]['@href'] as string) : null,
    html: textOf(entry.content) ?? textOf(entry.summary) ?? '',
    published: dateOf(textOf(entry.published) ?? textOf(entry.updated)),
  }
}

/** Element text, whether the parser gave a string, a number or an object with attributes. */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object' && '#text' in value) return textOf((value as Record<string, unknown>)['#text'])
  return null
}

/** ISO dates as they are; RSS's RFC 822 dates ("Mon, 08 Dec 2025 10:00:00 GMT") by their UTC day. */
function dateOf(value: string | null): string | null {
  if (!value) return null
  const iso = parsePublished(value)
  if (iso) return iso
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
