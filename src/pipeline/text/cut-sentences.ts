import type { Language, Sentence, Token } from '../layers.js'

/**
 * The sentences with each one that was cut after an abbreviation joined back to the one before it: a
 * "sentence" that opens, on the same paragraph, with a lower-case word, a comma, a semicolon or a
 * closing parenthesis goes on the previous one ("Rep. Jane Doe (D-Ohio.) said Friday."). Tokens are
 * copied with their new sentence index; the language layer is left as it is.
 */
export function joinCutSentences(language: Language): Language {
  const { tokens, sentences } = language
  const cut = (s: number): boolean => {
    const sentence = sentences[s]!
    const opener = tokens[sentence.firstToken]
    return (
      s > 0 &&
      sentences[s - 1]!.paragraph === sentence.paragraph &&
      opener !== undefined &&
      /^[a-z,;)]/.test(opener.text)
    )
  }
  if (!sentences.some((_, s) => cut(s))) return language
  const joined: Sentence[] = []
  const indexOf: number[] = []
  sentences.forEach((sentence, s) => {
    const last = joined.at(-1)
    if (last && cut(s)) {
      joined[joined.length - 1] = { ...last, end: sentence.end, endToken: sentence.endToken }
    } else {
      joined.push({ ...sentence, index: joined.length })
    }
    indexOf.push(joined.length - 1)
  })
  const retagged: Token[] = tokens.map((token) =>
    indexOf[token.sentence] === token.sentence ? token : { ...token, sentence: indexOf[token.sentence]! },
  )
  return { tokens: retagged, sentences: joined }
}
