import { InputError } from '../core/errors.js'

// Git's rule: a NUL byte in the first 8,000 bytes means binary. Text never contains NUL.
const SNIFF_BYTES = 8000
// More than 10% control bytes (other than tab, newline, carriage return, form feed, escape) is not text.
const MAX_CONTROL_SHARE = 0.1

export interface DecodeOptions {
  /** The input is HTML, so a charset declared in a <meta> tag may rescue bytes that are not UTF-8. */
  readonly html?: boolean
}

/**
 * Decodes a file's bytes as text, or throws InputError saying why they are not text.
 *
 * Invalid UTF-8 is a failure, not a warning with U+FFFD in its place: the replaced bytes are almost
 * always curly quotes and dashes from a Windows-1252 file, so the analysis would silently lose the
 * very quote marks it looks for. A clear "convert it first" is more useful than poor results.
 * Two exceptions, both unambiguous: a UTF-16 byte-order mark, and an HTML page declaring its charset.
 *
 * @example decodeText('a.txt', new TextEncoder().encode('Talks resume')) // 'Talks resume'
 */
export function decodeText(input: string, bytes: Uint8Array, options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new InputError(input, 'empty file')
  const utf16 = utf16Encoding(bytes)
  const text = utf16 ? tryDecode(bytes, utf16) : decodeBytes(input, bytes, options)
  if (text === null) throw new InputError(input, `not valid ${utf16?.toUpperCase()} text`)
  if (text.trim() === '') throw new InputError(input, 'empty file (only whitespace)')
  return text
}

function decodeBytes(input: string, bytes: Uint8Array, options: DecodeOptions): string {
  if (looksBinary(bytes)) throw new InputError(input, 'binary file, not text')
  const text = tryDecode(bytes, 'utf-8') ?? decodeDeclaredCharset(bytes, options)
  if (text === null) {
    throw new InputError(input, 'not valid UTF-8 text; convert it first (e.g. iconv -f windows-1252 -t utf-8)')
  }
  return text
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte)) control++
    if (byte === 0x7f) control++
  }
  return control / sample.length > MAX_CONTROL_SHARE
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** `<meta charset="windows-1252">` or `content="text/html; charset=iso-8859-1"` near the top. */
function decodeDeclaredCharset(bytes: Uint8Array, options: DecodeOptions): string | null {
  if (!options.html) return null
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase()
  if (!charset) return null
  return WINDOWS_1252_LABELS.has(charset) ? decodeWindows1252(bytes) : tryDecode(bytes, charset)
}

// The WHATWG Encoding standard reads all of these as windows-1252, the commonest legacy charset.
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii'])
// Bytes 0x80-0x9F in windows-1252; the rest of the range is Latin-1. Mapped by hand because Node 20's
// TextDecoder decodes 'windows-1252' as plain Latin-1, turning curly quotes into C1 control codes.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
  }
  return text
}
