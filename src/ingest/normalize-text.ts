/**
 * Unicode NFC, one kind of line break, no control characters, no trailing spaces on lines, and at
 * most one blank line between paragraphs. Quote marks are kept as written: offsets must match what
 * the reader sees, and the quote finder understands curly and straight marks alike.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u200C\u200D\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
