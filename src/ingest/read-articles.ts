import { readFileSync, type Stats, statSync } from 'node:fs'
import { extname } from 'node:path'
import type { Article } from '../core/article.js'
import { InputError } from '../core/errors.js'
import { articleFromHtml } from './article-from-html.js'
import { articleFromJson, articleFromJsonLine } from './article-from-json.js'
import { type ArticleMeta, articleFromPlainText } from './article-from-text.js'
import { decodeText } from './decode-text.js'
import { parsePublished } from './parse-published.js'
import { articlesFromFeed, isFeed, parseFeed } from './read-feed.js'

export { parsePublished }

export type ReadResult = { ok: true; article: Article } | { ok: false; input: string; message: string }

export interface ReadOptions {
  /** The publication date to use when an input carries none (`--published`). */
  published?: string | null
  /** The source to use when an input names none (`--source`). */
  source?: string | null
  /** Reads standard input for the spec "-"; by default, file descriptor 0. */
  stdin?: () => string
}

type Format = 'text' | 'html' | 'json' | 'jsonl' | 'feed'

// 20 MB: a long news article is under 1 MB even as HTML; anything bigger is a mistake or a dump.
const MAX_BYTES = 20 * 1024 * 1024
const MEGABYTE = 1024 * 1024

/**
 * Reads the articles in one input: a file path (`.txt`, `.html`/`.htm`, `.json`, `.jsonl`, an RSS or
 * Atom feed as `.rss`/`.atom`/`.xml`, anything else read as plain text) or "-" for standard input as plain text. Never throws: an input that
 * cannot be read becomes a failure with a one-line message, and each line of a `.jsonl` file
 * succeeds or fails on its own, as "FILE:LINE".
 *
 * @example
 * for (const result of readArticles('talks.html', { published: '2024-03-05' })) {
 *   if (result.ok) analyze(result.article)
 *   else console.error(`parley: ${result.input}: ${result.message}`)
 * }
 */
export function readArticles(spec: string, options: ReadOptions = {}): ReadResult[] {
  try {
    const fallback: ArticleMeta = {
      published: options.published ? parsePublished(options.published) : null,
      source: options.source?.trim() || null,
    }
    return spec === '-' ? [readStandardInput(options, fallback)] : readFile(spec, fallback)
  } catch (error) {
    return [failure(spec, error)]
  }
}

function readStandardInput(options: ReadOptions, fallback: ArticleMeta): ReadResult {
  const text = options.stdin ? options.stdin() : decodeText('-', readFileSync(0))
  if (text.trim() === '') throw new InputError('-', 'empty input')
  if (text.includes('\u0000')) throw new InputError('-', 'binary input, not text')
  return succeed(articleFromPlainText('-', text, fallback), 'no article text after the headline')
}

function readFile(path: string, fallback: ArticleMeta): ReadResult[] {
  const bytes = readBytes(path)
  const text = decodeText(path, bytes, { html: formatOf(path, '') === 'html' })
  switch (formatOf(path, text)) {
    case 'html':
      return [succeed(articleFromHtml(path, text, fallback), 'no article text found')]
    case 'json':
      return [ok(articleFromJson(path, parseJson(path, text), fallback))]
    case 'jsonl':
      return readJsonLines(path, text, fallback)
    case 'feed':
      return articlesFromFeed(path, parseFeed(path, text))
    case 'text':
      return [succeed(articleFromPlainText(path, text, fallback), 'no article text after the headline')]
  }
}

/**
 * By extension; an unknown extension is plain text, unless it plainly starts as an HTML page or
 * an RSS/Atom feed (feeds are often served as .xml or with no extension at all).
 */
function formatOf(path: string, text: string): Format {
  const extension = extname(path).toLowerCase()
  if (extension === '.html' || extension === '.htm') return 'html'
  if (extension === '.json') return 'json'
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl'
  if (extension === '.rss' || extension === '.atom' || (extension !== '.txt' && isFeed(text))) return 'feed'
  if (extension !== '.txt' && /^\s*<(?:!doctype html|html)\b/i.test(text)) return 'html'
  return 'text'
}

/** Checks the size before reading, so a 5 GB file is refused without loading it. */
function readBytes(path: string): Buffer {
  const stats = statOrFail(path)
  if (stats.isDirectory()) throw new InputError(path, 'is a directory')
  if (stats.size > MAX_BYTES) throw new InputError(path, tooLarge(stats.size))
  const bytes = readOrFail(path)
  // A pipe or device has no size until it is read.
  if (bytes.length > MAX_BYTES) throw new InputError(path, tooLarge(bytes.length))
  return bytes
}

function statOrFail(path: string): Stats {
  try {
    return statSync(path)
  } catch (error) {
    throw new InputError(path, describeFsError(error))
  }
}

function readOrFail(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    throw new InputError(path, describeFsError(error))
  }
}

function tooLarge(bytes: number): string {
  return `file too large (${(bytes / MEGABYTE).toFixed(1)} MB; the limit is ${MAX_BYTES / MEGABYTE} MB)`
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'no such file (a parent is not a directory)'
  return `cannot read (${code ?? (error as Error).message})`
}

function parseJson(path: string, text: string): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(path, `invalid JSON: ${(error as Error).message}`)
  }
  if (Array.isArray(value)) {
    throw new InputError(
      path,
      'expected a JSON object, found an array (for several articles, use .jsonl: one per line)',
    )
  }
  return value
}

/** One result per non-blank line, each named "FILE:LINE" (1-based). */
function readJsonLines(path: string, text: string, fallback: ArticleMeta): ReadResult[] {
  const results: ReadResult[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return
    const input = `${path}:${index + 1}`
    try {
      results.push(ok(articleFromJsonLine(input, line, fallback)))
    } catch (error) {
      results.push(failure(input, error))
    }
  })
  return results
}

/** An article with no text is a failure: there is nothing to analyse. */
function succeed(article: Article | null, emptyMessage: string): ReadResult {
  if (!article?.text) throw new InputError(article?.input ?? '', emptyMessage)
  return ok(article)
}

function ok(article: Article): ReadResult {
  return { ok: true, article }
}

/** InputError carries its own input; anything else is a bug, reported in one line, never a stack. */
function failure(input: string, error: unknown): ReadResult {
  if (error instanceof InputError) return { ok: false, input: error.input || input, message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, input, message: `unexpected error while reading: ${message}` }
}
