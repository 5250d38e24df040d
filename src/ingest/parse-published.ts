// A date, optionally followed by a time: "2024-03-05", "2024-03-05T21:30:00-05:00", "2024-03-05 21:30".
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/

/**
 * Normalizes a publication date to YYYY-MM-DD, or returns null when it is not a real ISO date. A
 * timestamp keeps the calendar date as written, not converted to UTC: "2024-03-05T23:30:00-05:00"
 * was published on March 5 where it was written, and relative dates ("yesterday") resolve from there.
 *
 * @example parsePublished('2024-03-05T23:30:00-05:00') // '2024-03-05'
 * @example parsePublished('2024-02-30') // null
 */
export function parsePublished(value: string): string | null {
  const match = ISO_DATE.exec(value.trim())
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  const isRealDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return isRealDay ? `${match[1]}-${match[2]}-${match[3]}` : null
}
