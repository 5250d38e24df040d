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

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/**
 * The text of an element as paragraphs separated by a blank line: one paragraph per block element,
 * `<br>` kept as a line break, runs of whitespace collapsed as a browser would.
 *
 * @example htmlToText(parse('<p>One <b>two</b></p><p>Three</p>')) // 'One two\n\nThree'
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = []
  let current = ''
  const flush = () => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter(Boolean)
      .join('\n')
    if (paragraph) paragraphs.push(paragraph)
    current = ''
  }
  const visit = (node: Node) => {
    // Newlines in HTML source are plain whitespace; only <br> breaks a line.
    if (node.nodeType === TEXT_NODE) current += (node.textContent ?? '').replace(/\s+/g, ' ')
    if (node.nodeType !== ELEMENT_NODE) return
    const tag = (node as Element).tagName.toUpperCase()
    if (SKIPPED_TAGS.has(tag)) return
    if (tag === 'BR') current += '\n'
    const isBlock = BLOCK_TAGS.has(tag)
    if (isBlock) flush()
    node.childNodes.forEach(visit)
    if (isBlock) flush()
  }
  visit(root)
  flush()
  return paragraphs.join('\n\n')
}
