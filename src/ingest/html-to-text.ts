// Elements that start a new paragraph. Everything else is inline and flows into the current one.
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
)
// Never article text: code, widgets, and captions (a caption describes a photo, it does not report).
const SKIPPED_TAGS = new Set(
  'BUTTON FIGCAPTION IFRAME NOSCRIPT OBJECT SCRIPT SELECT STYLE SVG TEMPLATE TEXTAREA'.split(' '),
)

// A paragraph that is all link ("Photos: the moon's icy plumes", "Minister quits [VIDEO]") is a
// teaser for another page. Up to this share of its letters may stand outside the link (a tag, a bar).
const TEASER_LINK_SHARE = 0.75
// Longer than that, a linked paragraph is prose that happens to be linked, and stays. Shorter than
// the minimum, it is a menu item or a name, which the plain-text chrome rules judge in context.
const MAX_TEASER_WORDS = 25
const MIN_TEASER_WORDS = 4
// A shop link with its price, or an address written out, is what the writer means the reader to see.
const WRITTEN_OUT_LINK = /https?:\/\/|www\.|[$£€¥₩]\s?\d/

const ELEMENT_NODE = 1
const TEXT_NODE = 3

export interface HtmlText {
  readonly text: string
  /** Teaser links dropped from between the paragraphs, in page order. */
  readonly removed: readonly string[]
}

/**
 * The text of an element as paragraphs separated by a blank line: one paragraph per block element,
 * `<br>` kept as a line break, runs of whitespace collapsed as a browser would. Paragraphs that are
 * nothing but a link to another story are left out and reported.
 *
 * @example htmlToText(parse('<p>One <b>two</b></p><p>Three</p>')).text // 'One two\n\nThree'
 */
export function htmlToText(root: Node): HtmlText {
  const paragraphs: string[] = []
  const removed: string[] = []
  let current = ''
  let linkLetters = 0
  const flush = () => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter(Boolean)
      .join('\n')
    if (paragraph && isTeaser(paragraph, linkLetters)) removed.push(paragraph)
    else if (paragraph) paragraphs.push(paragraph)
    current = ''
    linkLetters = 0
  }
  const visit = (node: Node, inLink: boolean) => {
    // Newlines in HTML source are plain whitespace; only <br> breaks a line.
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? ''
      current += text.replace(/\s+/g, ' ')
      if (inLink) linkLetters += countLetters(text)
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const tag = (node as Element).tagName.toUpperCase()
    if (SKIPPED_TAGS.has(tag)) return
    if (tag === 'BR') current += '\n'
    const isBlock = BLOCK_TAGS.has(tag)
    if (isBlock) flush()
    for (const child of node.childNodes) visit(child, inLink || tag === 'A')
    if (isBlock) flush()
  }
  visit(root, false)
  flush()
  return { text: paragraphs.join('\n\n'), removed }
}

function isTeaser(paragraph: string, linkLetters: number): boolean {
  if (linkLetters === 0) return false
  const words = paragraph.split(/\s+/).length
  if (words < MIN_TEASER_WORDS || words > MAX_TEASER_WORDS || WRITTEN_OUT_LINK.test(paragraph)) return false
  return linkLetters >= countLetters(paragraph) * TEASER_LINK_SHARE
}

const countLetters = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0
