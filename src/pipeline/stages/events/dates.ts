import * as chrono from 'chrono-node'

/** A date read from the text, resolved to a calendar day. */
export interface ResolvedDate {
  /** ISO date (YYYY-MM-DD). */
  readonly date: string
  /** The words it was read from ("Sunday", "overnight", "on Dec. 2"). */
  readonly text: string
  readonly start: number
  readonly end: number
}

// chrono is thorough but costs about 0.1 ms a sentence: it only sees what this cheap scan finds.
const MONTHS =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?'
const DATE_WORDS = new RegExp(
  [
    '\\b(?:(?:late|early|earlier|later)\\s+(?:on\\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
    `\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`,
    `\\b\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?\\b`,
    '\\b(?:yesterday|today|tonight|overnight)\\b',
    '\\b(?:last|this|next)\\s+(?:week|month|year|weekend)\\b',
    '\\bearlier\\s+this\\s+(?:week|month|year)\\b',
    '\\b(?:a|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?|months?)\\s+ago\\b',
  ].join('|'),
  'g',
)

const YEAR = /\b\d{4}\b/
/** How far before a weekday a word that looks ahead may stand ("would discuss the strikes with X by phone on"). */
const LOOK_AHEAD_REACH = 80

const SET_FOR = /\b(for|starting|beginning|by)\s+(?:next\s+)?$/i

/** Words that put a weekday ahead of the publication date rather than behind it. */
const FUTURE = /\b(will|would|next|scheduled|due to|plans? to|expected to|set to|to hold|to meet|upcoming)\b/i

const DAY_MS = 86_400_000

interface Parsed {
  readonly time: number
  readonly certainYear: boolean
  readonly bareWeekday: boolean
}

// Date phrases repeat ("on Sunday", "last week") and so do publication dates: chrono runs once per pair.
const PARSED = new Map<string, Parsed | null>()

function parseCached(words: string, published: string | null): Parsed | null {
  const key = `${published ?? ''}\u0000${words}`
  let parsed = PARSED.get(key)
  if (parsed !== undefined) return parsed
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(0)
  const [result] = chrono.en.casual.parse(words, reference, { forwardDate: false })
  parsed = result
    ? {
        time: Date.UTC(
          result.start.get('year') ?? 0,
          (result.start.get('month') ?? 1) - 1,
          result.start.get('day') ?? 1,
        ),
        certainYear: result.start.isCertain('year'),
        bareWeekday: result.start.isCertain('weekday') && !result.start.isCertain('day'),
      }
    : null
  if (PARSED.size > 10_000) PARSED.clear()
  PARSED.set(key, parsed)
  return parsed
}

/**
 * The first date in `sentence` (which starts at `offset` in the article), resolved against `published`;
 * with `from`, the first one from that index on (the words before it still tell past from future).
 * Without a publication date only dates that name their year can be resolved.
 *
 * @example resolveDate('They met on Sunday.', 0, '2025-12-15')?.date // '2025-12-14'
 */
export function resolveDate(
  sentence: string,
  offset: number,
  published: string | null,
  /** Only dates from this index of `sentence` on. */
  from = 0,
): ResolvedDate | null {
  DATE_WORDS.lastIndex = from
  for (let match = DATE_WORDS.exec(sentence); match; match = DATE_WORDS.exec(sentence)) {
    const words = match[0]
    const at = { text: words, start: offset + match.index, end: offset + match.index + words.length }
    const reference = published ? new Date(`${published}T12:00:00Z`) : null
    // "launched overnight": the night before the morning the report is dated.
    // "overnight into Tuesday": the named day says more than "overnight".
    if (/^overnight$/i.test(words) && /^\s+(into|to)\s/.test(sentence.slice(match.index + words.length))) continue
    if (/^overnight$/i.test(words)) {
      if (reference) return { ...at, date: published! }
      continue
    }
    // Without a publication date only a date that names its year can be placed: chrono would resolve
    // "yesterday" against the epoch.
    if (!reference && !YEAR.test(words)) continue
    const parsed = parseCached(words, published)
    if (!parsed) continue
    if (!reference && !parsed.certainYear) continue
    let time = parsed.time
    const lead = sentence.slice(Math.max(0, match.index - LOOK_AHEAD_REACH), match.index)
    // ("called a meeting for Thursday", "a strike starting Oct. 6": the day something is set for.)
    const ahead = FUTURE.test(lead) || SET_FOR.test(lead)
    // "would return on Oct. 20", published in March: a day without a year that the sentence looks
    // ahead to is this year's or next year's, not last year's.
    if (reference && !parsed.certainYear && !parsed.bareWeekday && ahead && time < reference.getTime() - DAY_MS) {
      const later = new Date(time)
      later.setUTCFullYear(later.getUTCFullYear() + 1)
      time = later.getTime()
    }
    // News reports the past: a bare weekday after the publication date is last week's, unless the
    // sentence looks ahead ("will meet on Tuesday").
    if (reference && parsed.bareWeekday) {
      if (time > reference.getTime() && !ahead) time -= 7 * DAY_MS
      // ("are scheduled to meet on Tuesday", published on a Thursday: next Tuesday, not the last one.)
      else if (time < reference.getTime() - DAY_MS / 2 && ahead) time += 7 * DAY_MS
    }
    return { ...at, date: new Date(time).toISOString().slice(0, 10) }
  }
  return null
}
