import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

/** The UI's stylesheet and script, read once from web/ and served under a content-hashed path. */
export interface Asset {
  readonly path: string
  readonly body: string
  readonly type: string
}

// From src/web/ (tsx) and dist/web/ (compiled) alike, the repository's web/ is two levels up.
const WEB_DIR = new URL('../../web/', import.meta.url)

export function loadAssets(): { readonly css: Asset; readonly js: Asset } {
  const load = (name: string, type: string): Asset => {
    const body = readFileSync(new URL(name, WEB_DIR), 'utf8')
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
    const [base, extension] = name.split('.')
    return { path: `/assets/${base}.${hash}.${extension}`, body, type }
  }
  return { css: load('style.css', 'text/css; charset=utf-8'), js: load('app.js', 'text/javascript; charset=utf-8') }
}
