import { readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'

// What a folder may hold that is an article or a batch of them. Named files are read whatever their
// extension; in a folder, a README or a MANIFEST.md is documentation, not news.
const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.rss', '.atom', '.xml'])

/**
 * Expands the paths a user named into files: a file as it is, a folder recursively (article
 * extensions only, hidden entries skipped, in name order so runs are repeatable). A path that does
 * not exist is kept, so that reading it reports the error in the batch's summary.
 *
 * @example findInputs(['samples/corpus']) // ['samples/corpus/01-….json', …]
 */
export function findInputs(paths: readonly string[]): string[] {
  const files: string[] = []
  for (const path of paths) {
    if (path === '-') {
      files.push(path)
      continue
    }
    let isDirectory = false
    try {
      isDirectory = statSync(path).isDirectory()
    } catch {
      // Missing or unreadable: readArticles says why, in one line.
    }
    if (isDirectory) walk(path, files)
    else files.push(path)
  }
  return files
}

function walk(dir: string, files: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path, files)
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path)
  }
}
