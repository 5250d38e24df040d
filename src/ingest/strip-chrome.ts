// Lines that belong to the page around an article, not to the article. Matched whole-line, case-insensitive.
const CHROME_LINE =
  /^(?:more stories|related stories|related articles?|related|read more|read the rest here\.?|advertisement|ad|sponsored( content)?|share this( article| story)?|share( on (facebook|twitter|x))?|sign up for (our|the) .*newsletter.*|subscribe( now| to our newsletter.*)?|click here.*|follow us.*|recommended( for you)?|most read|trending( now)?|comments?|continue reading.*|skip to (main )?content|image:.*|photo:.*|getty images|listen to this article.*)$/i

export interface StrippedText {
  readonly text: string
  readonly removed: readonly string[]
}

/**
 * Removes page chrome from the start and the end of a plain-text article ("MORE STORIES",
 * "Advertisement", "Share this article", newsletter prompts), and lone chrome lines between
 * paragraphs. Returns what it removed so the reader can see it.
 */
export function stripChrome(text: string): StrippedText {
  const lines = text.split('\n')
  const removed: string[] = []
  const kept: string[] = []
  for (const line of lines) {
    const trimmed = line.trim()
    if (trimmed && CHROME_LINE.test(trimmed)) removed.push(trimmed)
    else kept.push(line)
  }
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), removed }
}
