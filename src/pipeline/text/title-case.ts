/** Words a title in title case may leave in lower case ("Face the Nation", "Book of the Year"). */
export const TITLE_MINOR_WORDS = new Set(
  'a an the and or but nor of to in on at by for from with as vs via into over than'.split(' '),
)

/** Names of books, shows, nicknames and slogans: every word capitalized (or a figure) but the minor ones. */
export const isTitleLike = (words: string): boolean =>
  words
    .replace(/[,.!?]+$/, '')
    .split(/\s+/)
    .every((word) => /^[\p{Lu}\d]/u.test(word) || TITLE_MINOR_WORDS.has(word))
