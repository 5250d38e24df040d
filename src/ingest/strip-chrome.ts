// Page chrome recognised in plain text. Every pattern matches a whole line (case-insensitive), so a
// sentence that merely contains "advertisement" or "read more" is never touched.

// Chrome that may stand on its own line anywhere: ads, share buttons, newsletter prompts, captions.
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      'advertisements?|advert',
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
      '(?=.{0,100}$).*\\bclick(?:ing)? here\\b.*',
      '(?:this (?:web)?site|we) uses? cookies\\b.*',
      'this slideshow requires javascript',
      'tell us what you think.*',
      // A shortcode the site failed to render: "[button link=...]Send us your review[/button]".
      '\\[(\\w+)\\b[^\\]]*\\].*\\[/\\1\\]',
      'image \\d+ of (?:/ )?\\d+|caption|close',
      'https?://\\S+',
      // Datelines: "Updated 5:27 am CST, Wednesday, November 20, 2019", "Published 1 day ago".
      // Not a sentence: a line ending in a word and a full stop ("Published in 2019, the report ...").
      '\\|?\\s*(?:published|updated|posted|last updated|first published)\\b(?=.*(?:\\d:\\d\\d|\\bago\\b|\\d{4}))(?=.{0,90}$)(?!.*\\b\\w{3,}\\.$).*',
      // Photo captions end with their credit: "(AP Photo/Alan Diaz, File)", "(Image: GETTY )".
      '.*\\((?:image|photo|picture|pic|credit|ap photo|afp photo|reuters photo)\\b[^)]*\\)',
    ].join('|') +
    ')[.!:]?$',
  'i',
)

// "Related: Talks stall in Geneva", "READ MORE: ..." — a teaser link, not article text.
const TEASER_LINE =
  /^(?:related|read more|read also|also read|see also|see more|more|watch|listen|more on this story)\s*:\s*\S/i

// A link to another story tagged in capitals: "Minister quits over leak [VIDEO]", "... [INSIGHT]|".
const TAGGED_TEASER = /^.{10,200}\[[A-Z][A-Z ]{2,14}\]\s*\|?$/

// Contact lines and author notes close an article: "Follow her on Twitter @...", "let us know at: x@y.com".
const CONTACT_NOTE = new RegExp(
  [
    '\\bfollow (?:him|her|them|us|me) (?:on|at) (?:twitter|x|facebook|instagram)\\b',
    '\\b(?:reach(?:ed)?|contact(?:ed)?|email|e-mail|write to|let us know|send (?:us )?(?:a |your )?tips?)\\b.{0,40}[\\w.+-]+@[\\w-]+\\.\\w',
  ].join('|'),
  'i',
)
const MAX_CONTACT_WORDS = 80

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
      "don'?t miss",
    ].join('|') +
    ')(?:[.:]|\\.\\.\\.|…)?$',
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
      '.*©\\s?\\d{4}.*',
      'breaking news',
    ].join('|') +
    ')$',
  'i',
)

// "By Justine Coleman - 11/18/19 11:04 PM EST", "By Jane Smith, Reuters". Case-sensitive, since
// names are capitalised; lines ending in a full stop are sentences ("By Monday, talks had ended.").
const BYLINE = /^By (?:[A-Z][\w.'’-]*\s?){1,4}(?:\s*[-–|,]\s.{0,60})?$/

// A menu is four or more lines of one to four words in a row ("Local", "US & World", "Sports", ...).
const MIN_MENU_LINES = 4
const MAX_MENU_WORDS = 4
// Also capped in characters: Chinese and Japanese paragraphs have no spaces, so are one "word".
const MAX_MENU_CHARS = 30

// 20 words, 200 chars: longer than any headline in a link list, shorter than most paragraphs.
const MAX_LINK_WORDS = 20
const MAX_LINK_CHARS = 200

export interface StrippedText {
  readonly text: string
  readonly removed: readonly string[]
}

export interface StripChromeOptions {
  /** The article's headline: a copy of it at the start of the text is dropped too. */
  readonly headline?: string | null
}

/**
 * Removes page chrome from a plain-text article: chrome lines at the start and the end ("Skip to
 * content", "MORE STORIES", "© 2024 ...", breadcrumbs), a trailing block of headline-like links
 * after a "More stories" heading, and lone chrome lines between paragraphs ("Advertisement",
 * "Related: ..."). Returns what it removed, in page order, so the reader can see it.
 *
 * @example stripChrome('Advertisement\nTalks resumed.\nMORE STORIES\nA link').text // 'Talks resumed.'
 */
export function stripChrome(text: string, options: StripChromeOptions = {}): StrippedText {
  const lines = text.split('\n')
  const dropped = new Array<boolean>(lines.length).fill(false)
  const headline = options.headline?.trim().toLowerCase() || null
  dropEdges(lines, dropped, (line) => line.toLowerCase() === headline)
  lines.forEach((line, index) => {
    // Only in the body: a headline may carry its own tag ("Minister quits [VIDEO]").
    if (isChromeLine(line.trim()) || TAGGED_TEASER.test(line.trim())) dropped[index] = true
  })
  dropKickedTeasers(lines, dropped)
  const removed = lines.filter((line, index) => dropped[index] && line.trim()).map((line) => line.trim())
  const kept = lines.filter((_, index) => !dropped[index])
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removed,
  }
}

/** A line that is chrome wherever it stands. */
export function isChromeLine(line: string): boolean {
  return CHROME_LINE.test(line) || TEASER_LINE.test(line) || HEADING_LINE.test(line)
}

/**
 * Removes chrome from the start of a text only, one line at a time: what stands above a plain-text
 * headline. Menus and link blocks are left alone here, since a short headline looks like a menu item.
 */
export function stripLeadingChrome(text: string): StrippedText {
  const lines = text.split('\n')
  let first = 0
  while (first < lines.length && isEdgeChrome(lines[first]!)) first++
  const removed = lines.slice(0, first).filter((line) => line.trim())
  return { text: lines.slice(first).join('\n'), removed: removed.map((line) => line.trim()) }
}

/** Drops chrome at both ends, repeatedly: removing a footer can expose a "More stories" block. */
function dropEdges(lines: readonly string[], dropped: boolean[], isHeadline: (line: string) => boolean): void {
  let first = 0
  let last = lines.length - 1
  let changed = true
  while (changed && first <= last) {
    const before = [first, last]
    while (first <= last && (isEdgeChrome(lines[first]!) || isHeadline(lines[first]!.trim()))) dropped[first++] = true
    while (last >= first && (isEdgeChrome(lines[last]!) || isContactNote(lines[last]!.trim()))) dropped[last--] = true
    first = dropMenu(lines, dropped, first, last, 1)
    last = dropMenu(lines, dropped, last, first, -1)
    // After menus, so that a menu's first item does not go alone and leave the menu too short.
    while (first < last && isSectionLabel(lines[first]!.trim())) dropped[first++] = true
    last = dropTrailingLinkBlock(lines, dropped, first, last)
    changed = before[0] !== first || before[1] !== last
  }
}

function isEdgeChrome(raw: string): boolean {
  const line = raw.trim()
  if (line === '' || isChromeLine(line) || EDGE_LINE.test(line) || isNavigationLine(line)) return true
  return BYLINE.test(line) && !/[.!?]$/.test(line)
}

/**
 * If a menu starts at `from` (walking by `step` towards `limit`), drops it and returns the first
 * line after it; otherwise returns `from`.
 */
function dropMenu(lines: readonly string[], dropped: boolean[], from: number, limit: number, step: 1 | -1): number {
  let index = from
  let items = 0
  while ((index - limit) * step <= 0 && (lines[index]!.trim() === '' || isMenuItem(lines[index]!.trim()))) {
    if (lines[index]!.trim()) items++
    index += step
  }
  if (items < MIN_MENU_LINES) return from
  for (let line = from; line !== index; line += step) dropped[line] = true
  return index
}

function isMenuItem(line: string): boolean {
  const words = line.split(/\s+/).length
  return (
    words <= MAX_MENU_WORDS && line.length <= MAX_MENU_CHARS && !/[.!?,;:。！？]$/.test(line) && !/["“”]/.test(line)
  )
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
  const endsLikeSentence = /[.;,。]["'”’)」]*$/.test(line) || /[!?！？]["'”’」]$/.test(line)
  return words <= MAX_LINK_WORDS && line.length <= MAX_LINK_CHARS && !endsLikeSentence
}

/**
 * A teaser as tabloids set them between paragraphs: a kicker in capitals over a headline
 * ("TIME TRAVELLER" / "Theorists spot singer in 120-year-old photo"). Both lines go.
 */
function dropKickedTeasers(lines: readonly string[], dropped: boolean[]): void {
  for (let index = 0; index < lines.length; index++) {
    if (!isCapsKicker(lines[index]!.trim())) continue
    let next = index + 1
    while (next < lines.length && lines[next]!.trim() === '') next++
    const headline = lines[next]?.trim() ?? ''
    if (headline === '' || !isSentenceCaseTitle(headline) || !isLinkLike(headline)) continue
    dropped[index] = true
    dropped[next] = true
  }
}

/** "RANDY ANDY", "‘NAÏVE AND TRUSTING’": a few words in capitals and nothing else ("(CROSSTALK.)" is a transcript's). */
function isCapsKicker(line: string): boolean {
  // Most lines have a lower-case letter: answered before splitting into words.
  if (/[a-z]/.test(line) || line.length > 80) return false
  const words = line.split(/\s+/)
  return words.length <= 6 && words.every((word) => /\p{Lu}{2}/u.test(word)) && /^[\p{Lu}\s'‘’"“”&-]+$/u.test(line)
}

/** A headline written like a sentence: six words or more, most of them in lower case (not a table row). */
function isSentenceCaseTitle(line: string): boolean {
  const words = line.split(/\s+/)
  const lower = words.filter((word) => /^\P{L}*\p{Ll}/u.test(word)).length
  return words.length >= 6 && lower * 2 >= words.length
}

/** A section name above the story: "Entertainment", "Science & Astronomy" (not a byline's name). */
function isSectionLabel(line: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: (?:&|and) \p{Lu}\p{Ll}+)?$/u.test(line)
}

function isContactNote(line: string): boolean {
  return line.split(/\s+/).length <= MAX_CONTACT_WORDS && CONTACT_NOTE.test(line)
}

/** Breadcrumbs and menus: "Home | World | Europe", "News › Politics › Ukraine". */
function isNavigationLine(line: string): boolean {
  const items = line.split(/\s+[|›»>·•/]\s+/)
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item))
}
