/**
 * Unicode NFC, one kind of line break, no control characters, single spaces, no spaces at either end
 * of a line, and at most one blank line between paragraphs. Quote marks are kept as written: offsets
 * must match what the reader sees, and the quote finder understands curly and straight marks alike.
 *
 * @example normalizeText('Cafe\u0301  said:\r\n\r\n\r\n\u201cNo.\u201d') // 'Café said:\n\n“No.”'
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
