// Page chrome recognised in plain text. Every pattern matches a whole line (case-insensitive), so a
// sentence that merely contains "advertisement" or "read more" is never touched.

// Chrome that may stand on its own line anywhere: ads, share buttons, newsletter prompts, captions.
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      'advertisements?',
      'ad',
      'sponsored(?: content)?',
      'skip (?:advertisement|ad)',
      '(?:story|article) continues below(?: advertisement)?',
      'continue reading.*',
      'scroll (?:down )?to continue.*',
      'read more',
      'read the rest here',
      'share(?: this)?(?: article| story| page)?',
      'share (?:on|via) \\w+',
      'click to (?:share|email|print).*',
      'facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|e-mail|print|copy link(?: to clipboard)?',
      'listen to this article.*',
      '\\d* ?comments?|show comments|view comments',
      '(?:image|photo|video): .*',
      '(?:image|photo) (?:copyright|credit|source):? .*',
      'getty images',
      '(?:sign up|subscribe|register)\\b.*\\bnewsletters?\\b.*',
      '(?:get|receive) (?:our|the) .*newsletters?\\b.*',
      'click here\\b.*',
    ].join('|') +
    ')[.!:]?$',
  'i',
)

// "Related: Talks stall in Geneva", "READ MORE: ..." — a teaser link, not article text.
const TEASER_LINE = /^(?:related|read more|read also|also read|see also|more|watch|listen|more on this story)\s*:\s*\S/i

// Headings of a "more stories" box. Alone they are chrome; at the end they head a block of links.
const HEADING_LINE = new RegExp(
  '^(?:' +
    [
      'more stories',
      'more news',
      'related(?: stories| articles?| content| coverage| news| links| topics| reading)?',
      'most (?:read|popular|viewed|shared)',
      'recommended(?: for you| stories| reading)?',
      'you (?:may|might) (?:also )?like',
      'trending(?: now| stories)?',
      'top stories',
      'latest(?: news| stories)?',
      "editor'?s picks",
      'what to read next|read next|up next|further reading|popular now|in other news',
      'more (?:from|on|in) .{1,40}',
    ].join('|') +
    ')[.:]?$',
  'i',
)

// Site furniture that belongs at the very start or end of a page, never inside an article.
const EDGE_LINE = new RegExp(
  '^(?:' +
    [
      'menu|search|home|log ?in|sign ?in|sign up|subscribe(?: now)?|back to top',
      'skip to (?:main )?(?:content|navigation)',
      '©.*|copyright (?:©|\\(c\\)|\\d{4}).*',
      '.*all rights reserved\\.?',
      'privacy(?: policy)?|terms (?:of|and) (?:use|service|conditions).*|cookie (?:policy|settings)',
      '(?:tags|topics|filed under|posted in|categories)\\s*:.*',
      'follow us\\b.*',
      'we use cookies\\b.*',
    ].join('|') +
    ')$',
  'i',
)

// 20 words, 200 chars: longer than any headline in a link list, shorter than most paragraphs.
const MAX_LINK_WORDS = 20
const MAX_LINK_CHARS = 200

export interface StrippedText {
  readonly text: string
  readonly removed: readonly string[]
}

/**
 * Removes page chrome from a plain-text article: chrome lines at the start and the end ("Skip to
 * content", "MORE STORIES", "© 2024 ...", breadcrumbs), a trailing block of headline-like links
 * after a "More stories" heading, and lone chrome lines between paragraphs ("Advertisement",
 * "Related: ..."). Returns what it removed, in page order, so the reader can see it.
 *
 * @example stripChrome('Advertisement\nTalks resumed.\nMORE STORIES\nA link').text // 'Talks resumed.'
 */
export function stripChrome(text: string): StrippedText {
  const lines = text.split('\n')
  const dropped = new Array<boolean>(lines.length).fill(false)
  dropEdges(lines, dropped)
  lines.forEach((line, index) => {
    if (isChromeLine(line.trim())) dropped[index] = true
  })
  const removed = lines.filter((line, index) => dropped[index] && line.trim()).map((line) => line.trim())
  const kept = lines.filter((_, index) => !dropped[index])
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), removed }
}

/** A line that is chrome wherever it stands. */
export function isChromeLine(line: string): boolean {
  return CHROME_LINE.test(line) || TEASER_LINE.test(line) || HEADING_LINE.test(line)
}

/** Drops chrome at both ends, repeatedly: removing a footer can expose a "More stories" block. */
function dropEdges(lines: readonly string[], dropped: boolean[]): void {
  let first = 0
  let last = lines.length - 1
  let changed = true
  while (changed && first <= last) {
    const before = [first, last]
    while (first <= last && isEdgeChrome(lines[first]!)) dropped[first++] = true
    while (last >= first && isEdgeChrome(lines[last]!)) dropped[last--] = true
    last = dropTrailingLinkBlock(lines, dropped, first, last)
    changed = before[0] !== first || before[1] !== last
  }
}

function isEdgeChrome(raw: string): boolean {
  const line = raw.trim()
  return line === '' || isChromeLine(line) || EDGE_LINE.test(line) || isNavigationLine(line)
}

/**
 * If the last heading before `last` is followed only by link-like lines, drops the heading and the
 * links and returns the new last line; otherwise returns `last` unchanged.
 */
function dropTrailingLinkBlock(lines: readonly string[], dropped: boolean[], first: number, last: number): number {
  let heading = last
  while (heading >= first && !HEADING_LINE.test(lines[heading]!.trim())) heading--
  if (heading < first) return last
  const block = lines.slice(heading + 1, last + 1)
  if (!block.every((line) => line.trim() === '' || isLinkLike(line.trim()))) return last
  for (let index = heading; index <= last; index++) dropped[index] = true
  return heading - 1
}

/** A headline in a list of links: short, and not a sentence (full stop, or speech ending in a quote). */
function isLinkLike(line: string): boolean {
  const words = line.split(/\s+/).length
  const endsLikeSentence = /[.;,]["'”’)]*$/.test(line) || /[!?]["'”’]$/.test(line)
  return words <= MAX_LINK_WORDS && line.length <= MAX_LINK_CHARS && !endsLikeSentence
}

/** Breadcrumbs and menus: "Home | World | Europe", "News › Politics › Ukraine". */
function isNavigationLine(line: string): boolean {
  const items = line.split(/\s+[|›»>·•/]\s+/)
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item))
}
