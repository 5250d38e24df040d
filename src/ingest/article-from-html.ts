import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Article } from '../core/article.js'
import { type ArticleMeta, articleFromParts } from './article-from-text.js'
import { htmlToText } from './html-to-text.js'
import { parsePublished } from './parse-published.js'

/** What the page says about itself, read before Readability edits the document. */
interface PageMeta {
  readonly title: string | null
  readonly published: string | null
  readonly source: string | null
  readonly url: string | null
}

// Where pages put their publication date, most specific first.
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
]

// A page whose extracted text has no paragraph this long (about 12 English words) with a sentence
// end in it is a section front, a video page or an error page: Readability then returns menus and
// teasers, not an article. Counted in characters, not words, so Chinese and Japanese pages pass.
const MIN_PROSE_CHARS = 60

/**
 * Extracts the article from an HTML page with Mozilla Readability (over linkedom), then cleans it
 * like plain text. Returns null when the page holds no article text.
 *
 * @example articleFromHtml('page.html', html, { published: '2024-03-05' })?.headline
 */
export function articleFromHtml(input: string, html: string, fallback: ArticleMeta = {}): Article | null {
  const { document } = parseHTML(html)
  const page = readPageMeta(document as unknown as Document)
  prepareDocument(document as unknown as Document)
  const extracted = new Readability(document as unknown as Document, { serializer: (node) => node }).parse()
  if (!extracted?.content) return null
  const headline = extracted.title?.trim() || page.title
  const body = htmlToText(extracted.content)
  const article = articleFromParts(input, headline, body.text, {
    ...fallback,
    removed: [...(fallback.removed ?? []), ...body.removed],
    published: page.published ?? parsePublished(extracted.publishedTime ?? '') ?? fallback.published ?? null,
    source: page.source ?? (extracted.siteName?.trim() || null) ?? fallback.source ?? null,
    url: page.url ?? fallback.url ?? null,
  })
  return hasProse(article.text) ? article : null
}

// Hover cards and tooltips repeat a linked name with teasers of other stories ("Ilhan OmarIlhan
// OmarHillicon Valley: ..."); a page shows them only on hover, so they are never article text.
const HOVER_CARDS = '[class*="rollover"], [class*="tooltip"], [class*="popover"], [class*="hovercard"]'
// Readability drops blocks whose class says "social" or "embed", and short blocks dense with links;
// embedded posts are both, yet they are what people said, so their wrappers and links are undone.
const EMBEDDED_POSTS = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed'
const UNLIKELY_WRAPPER = /social|embed|share/i

/** Edits the page before Readability reads it: hover cards out, embedded posts kept in. */
function prepareDocument(document: Document): void {
  for (const card of document.querySelectorAll(HOVER_CARDS)) card.remove()
  for (const post of document.querySelectorAll(EMBEDDED_POSTS)) {
    for (const link of post.querySelectorAll('a')) link.replaceWith(document.createTextNode(link.textContent ?? ''))
    for (let node = post.parentElement; node && node !== document.body; node = node.parentElement) {
      if (UNLIKELY_WRAPPER.test(`${node.className} ${node.id}`)) {
        node.removeAttribute('class')
        node.removeAttribute('id')
      }
    }
  }
}

function readPageMeta(document: Document): PageMeta {
  return {
    title: metaContent(document, 'meta[property="og:title"]') ?? textOf(document.querySelector('h1')),
    published: findPublished(document),
    source: metaContent(document, 'meta[property="og:site_name"]'),
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
      metaContent(document, 'meta[property="og:url"]'),
  }
}

function findPublished(document: Document): string | null {
  const candidates = [
    ...PUBLISHED_SELECTORS.map((selector) => metaContent(document, selector)),
    ...jsonLdValues(document, 'datePublished'),
    document.querySelector('[itemprop="datePublished"][datetime]')?.getAttribute('datetime'),
    document.querySelector('time[pubdate][datetime], article time[datetime], time[datetime]')?.getAttribute('datetime'),
  ]
  for (const candidate of candidates) {
    const date = candidate ? parsePublished(candidate) : null
    if (date) return date
  }
  return null
}

/** Every string value of `key` in the page's JSON-LD blocks, `@graph` and nested objects included. */
function jsonLdValues(document: Document, key: string): string[] {
  const found: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      for (const [name, child] of Object.entries(value)) {
        if (name === key && typeof child === 'string') found.push(child)
        else walk(child)
      }
    }
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? ''))
    } catch {
      // Broken JSON-LD is common and harmless: the other date sources still apply.
    }
  }
  return found
}

function metaContent(document: Document, selector: string): string | null {
  return document.querySelector(selector)?.getAttribute('content')?.trim() || null
}

function textOf(element: Element | null): string | null {
  return element?.textContent?.replace(/\s+/g, ' ').trim() || null
}

function hasProse(text: string): boolean {
  return text.split('\n').some((line) => line.length >= MIN_PROSE_CHARS && /[.!?。！？]/.test(line))
}
