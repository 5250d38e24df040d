// The commonest English function words. They make up a third or more of English prose; in other
// languages only a few shared spellings ("a", "in", "on", "die") ever match.
const FUNCTION_WORDS = new Set(
  (
    'the of and to a in that is was for on it with as by at from he she his her they their them be ' +
    'have has had are were been not but an this which who will would said says or its after about ' +
    'than also we i you our there what when can could should if into over no up out'
  ).split(' '),
)

// 12%: measured on the 91 Zyte benchmark pages, English prose scores 22% or more and Portuguese,
// German, Indonesian and Russian pages 3.4% or less. English box scores and ingredient lists
// (7%) fall below too, and the warning suits them: they are not prose either.
const MIN_ENGLISH_SHARE = 0.12
// Below 20 words the share is too noisy to judge ("Zelenskyy meets Erdogan in Istanbul").
const MIN_WORDS = 20
// Judging the first 300 words is enough (English prose is far above the line, other languages far
// below) and keeps this cheap for every article; they fit in 3,600 characters.
const MAX_WORDS = 300
const SAMPLE_CHARS = 3_600

/**
 * Says why `text` does not look like English, or returns null when it does (or is too short to
 * tell). A cheap check, not a language identifier: it exists so a user gets a warning instead of
 * silently poor results.
 *
 * @example detectNotEnglish('Les négociations de paix ont repris ...') // 'few English function words'
 */
export function detectNotEnglish(text: string): string | null {
  if (mostlyNonLatin(text)) return 'mostly non-Latin script'
  let words = 0
  let englishWords = 0
  // Words are runs of Latin letters (the text is mostly Latin by now). Only words short enough to be a
  // function word are cut out and looked up: this runs on every article.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  let start = -1
  for (let i = 0; i <= sample.length; i++) {
    const letter = i < sample.length && isWordLetter(sample.charCodeAt(i))
    if (letter) {
      if (start < 0) start = i
      continue
    }
    if (start < 0) continue
    words++
    if (i - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.has(sample.slice(start, i).toLowerCase())) englishWords++
    start = -1
    if (words === MAX_WORDS) break
  }
  if (words < MIN_WORDS) return null
  return englishWords / words < MIN_ENGLISH_SHARE ? 'few English function words' : null
}

/** Chinese or Japanese text has few spaces, so it is judged by script, not by words. */
function mostlyNonLatin(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS)
  let letters = 0
  let latin = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    // ASCII letters and the Latin blocks up to Latin Extended-B, then anything else that is a letter.
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++
      latin++
    } else if (code >= 0xc0) {
      const char = sample[i]!
      if (!LETTER.test(char)) continue
      letters++
      if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) latin++
    }
  }
  return letters >= MIN_WORDS && latin / letters < 0.5
}

const LETTER = /\p{L}/u
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((word) => word.length))

/** ASCII letters and the Latin letters of Latin-1 and Latin Extended-A and -B. */
function isWordLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  )
}
