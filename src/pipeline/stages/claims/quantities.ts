import type { Quantity } from '../../../core/facts.js'
import type { Token } from '../../layers.js'

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
}
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mln: 1e6,
  bln: 1e9,
  bn: 1e9,
  m: 1e6,
  // "$250mn", "£2.1tn": the abbreviations some papers write.
  mn: 1e6,
  tn: 1e12,
  trn: 1e12,
  // "₹300 crore", "Rs 5 lakh": the Indian scales.
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
}
/**
 * Amounts that name no number: "hundreds of thousands", "dozens of". ("Several", "numerous" say less
 * than a figure: they are no claim one can check.)
 */
const VAGUE = new Set(['hundreds', 'thousands', 'millions', 'billions', 'dozens', 'scores', 'tens'])
const CURRENCY: Record<string, string> = {
  $: 'dollars',
  '€': 'euros',
  '£': 'pounds',
  '¥': 'yen',
  '₴': 'hryvnias',
  '₽': 'rubles',
  '₦': 'naira',
  '₹': 'rupees',
  '₱': 'pesos',
  '₩': 'won',
  '₺': 'lira',
  '₪': 'shekels',
  '₵': 'cedis',
}
const COUNTRY_DOLLARS: Record<string, string> = {
  a$: 'Australian dollars',
  au$: 'Australian dollars',
  c$: 'Canadian dollars',
  ca$: 'Canadian dollars',
  us$: 'dollars',
  nz$: 'New Zealand dollars',
  hk$: 'Hong Kong dollars',
  s$: 'Singapore dollars',
}
const LOWER_BOUND = /^(more than|over|at least|upwards of|in excess of|above|no fewer than|no less than)$/
const UPPER_BOUND = /^(less than|fewer than|under|up to|at most|below|no more than)$/
const ROUGHLY = /^(about|around|roughly|nearly|almost|approximately|some|an estimated|close to)$/
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/
const UNIT_SKIP = new Set(['ADJ', 'PROPN', 'NUM'])

const JOINED_RANGE = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/
const isDigits = (token: Token): boolean => /^[$€£¥₴₽]?\d[\d,]*(\.\d+)?%?$/.test(token.text)

// "Sh41 billion", "KSh2.5 million", "Rs 400": currencies written as letters before the digits.
const LETTER_CURRENCY = /^(KSh|Ksh|Sh|Rs)\.?(\d[\d,]*(?:\.\d+)?)$/
const LETTER_CURRENCY_UNITS: Record<string, string> = {
  KSh: 'shillings',
  Ksh: 'shillings',
  Sh: 'shillings',
  Rs: 'rupees',
}

function numberOf(token: Token): number | null {
  const lettered = token.text.length > 2 ? LETTER_CURRENCY.exec(token.text) : null
  if (lettered) return Number(lettered[2]!.replace(/,/g, ''))
  // Most tokens are words: only look further at those that start with a digit or a currency sign.
  const first = token.text.charCodeAt(0)
  if (first !== 36 && (first < 48 || (first > 57 && first < 0xa2))) return wordNumber(token.lower)
  const digits = token.text
    .replace(/^[$€£¥₴₽]/, '')
    .replace(/%$/, '')
    .replace(/,/g, '')
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits)
  return wordNumber(token.lower)
}

// An own-property check: "constructor" is not a number.
const NUMBER_OF_WORD = new Map(Object.entries(WORD_NUMBERS))
const wordNumber = (word: string): number | null => NUMBER_OF_WORD.get(word) ?? null

/** Years, days of the month and clock times are dates, not amounts. */
function isDate(tokens: readonly Token[], i: number, value: number): boolean {
  const before = tokens[i - 1]?.lower ?? ''
  const after = tokens[i + 1]?.lower ?? ''
  if (MONTHS.test(before) || MONTHS.test(after)) return true
  // A year is four bare digits: "2,000 drones" is a count, and so is "2000 drones" outside "in 2000".
  // ("since 1873", "in 1961": an older year after a word of time is a date too.)
  const older = value >= 1000 && value < 1900 && /^(in|since|until|from|by|before|after)$/.test(before)
  if (Number.isInteger(value) && ((value >= 1900 && value <= 2100) || older) && /^\d{4}$/.test(tokens[i]!.text)) {
    const counts =
      tokens[i + 1]?.pos === 'NOUN' && /s$/.test(after) && !/^(in|since|by|until|from|of|to|before|after)$/.test(before)
    if (!counts) return true
  }
  return /^(a\.m\.|p\.m\.|am|pm|gmt|utc)$/.test(after) || tokens[i]!.text.includes(':')
}

/** ", the Liberal Democrats 22": a name after ", the" with a figure earlier in its sentence. */
function listsAfterFigure(tokens: readonly Token[], i: number): boolean {
  let k = i - 1
  while (k > 0 && tokens[k]!.pos === 'PROPN' && i - k <= 4) k--
  if (tokens[k]?.lower !== 'the' || tokens[k - 1]?.text !== ',') return false
  for (let j = k - 2; j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence; j--)
    if (tokens[j]!.pos === 'NUM') return true
  return false
}

/** "voted 5-2", "approved 8-1", "by a 14-5 vote", "a 5-2 vote": a score that counts votes. */
function voteTally(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? ''
  const after = tokens[i + 1]?.lower ?? ''
  if (/^(vote|voted|votes|voting)$/.test(before) || /^(vote|votes|margin|majority)$/.test(after)) return true
  return /^(approved|passed|rejected|adopted|backed)$/.test(before) && tokens[i + 1]?.pos !== 'NOUN'
}

/**
 * "Nord Stream 2", "Apollo 11", "Boeing 737": a small bare number right after a capitalized word inside
 * a sentence belongs to the name. (Sports scores, "Ukraine 2 Russia 1", come as numbers after names too,
 * but are not claims anyone makes.)
 */
function isNamePart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  const before = tokens[i - 1]
  if (!before || before.sentence !== token.sentence || before.end !== token.start - 1) return false
  if (!/^\d{1,5}$/.test(token.text) || !/^\p{Lu}/u.test(before.text) || before.pos !== 'PROPN') return false
  // "Reform won 24 seats, the Liberal Democrats 22, the Greens seven": a list that leaves out its verb.
  if (listsAfterFigure(tokens, i)) return false
  // "Ukraine's 2 ...", "in 2 weeks" never get here; a sentence's first word is capitalized anyway.
  return tokens[i - 2]?.sentence === token.sentence && !MONTHS.test(before.lower)
}

/** "152mm shells", "a 120 mm mortar": a calibre names a kind of weapon, it counts nothing. */
function isCalibre(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  const glued = /^\d+(?:\.\d+)?mm$/i.test(token.text)
  const apart = !glued && tokens[i + 1]?.lower === 'mm'
  if (!glued && !apart) return false
  const next = tokens[i + (apart ? 2 : 1)]
  return next !== undefined && /^(NOUN|ADJ|PROPN)$/.test(next.pos)
}

/**
 * Finds amounts in a token range: digits ("138 drones", "$4.5 billion", "40%"), words ("two missiles"),
 * bounds ("more than 40"), ranges ("between 20 and 30 people") and vague amounts ("hundreds of thousands").
 */
export function findQuantities(text: string, tokens: readonly Token[], first: number, end: number): Quantity[] {
  const quantities: Quantity[] = []
  // The sentence of each quantity, by index.
  const sentences: number[] = []
  let i = first
  while (i < end) {
    const token = tokens[i]!
    // "20-30 people": the tokenizer keeps a range written with a hyphen as one token.
    const lead = token.text.charCodeAt(0)
    const joined = lead >= 48 && lead <= 57 ? JOINED_RANGE.exec(token.text) : null
    // ("3-1", "24-7" are scores: a range runs upwards.)
    const from = joined ? Number(joined[1]!.replace(/,/g, '')) : 0
    // "voted 5-2", "passed 8-1", "by a 14-5 vote": a tally is votes for and votes against.
    const tally = joined ? voteTally(tokens, i) : false
    if (joined && tally) {
      const against = Number(joined[2]!.replace(/,/g, ''))
      const digits = token.text.indexOf(joined[2]!, joined[1]!.length)
      quantities.push(
        { value: from, unit: 'votes', text: joined[1]!, start: token.start, end: token.start + joined[1]!.length },
        { value: against, unit: 'votes against', text: joined[2]!, start: token.start + digits, end: token.end },
      )
      sentences.push(token.sentence, token.sentence)
      i++
      continue
    }
    if (joined && Number(joined[2]!.replace(/,/g, '')) > from && !isDate(tokens, i, from)) {
      const start = tokens[i - 1]?.lower === 'between' && i - 1 >= first ? i - 1 : i
      const counted = countedNoun(tokens, i + 1, end)
      const stop = counted ? counted.end : i + 1
      quantities.push({
        value: null,
        low: from,
        high: Number(joined[2]!.replace(/,/g, '')),
        unit: counted?.unit ?? '',
        text: text.slice(tokens[start]!.start, tokens[stop - 1]!.end),
        start: tokens[start]!.start,
        end: tokens[stop - 1]!.end,
      })
      sentences.push(token.sentence)
      i = stop
      continue
    }
    // "several hundred students", "a few thousand": a magnitude with no number is vague.
    const unnumbered =
      /^(hundred|thousand|million|billion)$/.test(token.lower) &&
      /^(several|few|many)$/.test(tokens[i - 1]?.lower ?? '')
    const vague =
      unnumbered || (VAGUE.has(token.lower) && (tokens[i + 1]?.lower === 'of' || tokens[i - 1]?.lower !== 'the'))
    const value = numberOf(token)
    if (!vague && (value === null || token.pos === 'PRON' || (token.lower === 'one' && !isCounting(tokens, i)))) {
      i++
      continue
    }
    if (value !== null && isDigits(token) && isDate(tokens, i, value)) {
      i++
      continue
    }
    if (value !== null && isDigits(token) && isNamePart(tokens, i)) {
      i++
      continue
    }
    // "the two sides", "the three rival parties", "all three governments": a small number in words
    // after "the" points back, it counts nothing new.
    if (
      value !== null &&
      value < 10 &&
      !isDigits(token) &&
      /^(the|all|both|['’]s)$/.test(tokens[i - 1]?.lower ?? '') &&
      pointsBack(tokens, i)
    ) {
      i++
      continue
    }
    // "Veloso, 61, toured the north": an age set off by commas after a name. "half past eleven" is a
    // time, "911 calls" a telephone number, "13- and 14-year-olds" ages.
    if (value !== null && (isAge(tokens, i) || isClockOrLine(tokens, i) || isCalibre(tokens, i))) {
      i++
      continue
    }
    if (value !== null && !vague && isNumberInName(tokens, i)) {
      i++
      continue
    }
    let start = unnumbered ? (tokens[i - 2]?.lower === 'a' && tokens[i - 1]!.lower === 'few' ? i - 2 : i - 1) : i
    let stop = i + 1
    let amount: number | null = vague ? null : value
    let low: number | undefined
    let high: number | undefined
    let unit = CURRENCY[token.text[0] ?? ''] ?? LETTER_CURRENCY_UNITS[LETTER_CURRENCY.exec(token.text)?.[1] ?? ''] ?? ''
    // "$ 12.4 million": the tokenizer may keep the currency sign apart from the number.
    const sign = tokens[i - 1]
    if (!unit && sign && i - 1 >= first && sign.end === token.start && Object.hasOwn(CURRENCY, sign.text)) {
      unit = CURRENCY[sign.text]!
      start = i - 1
    }
    // "GH¢480": Ghana's cedi written with the cent sign after the country's letters.
    if (!unit && sign?.text === '¢' && sign.end === token.start && tokens[i - 2]?.text === 'GH' && i - 2 >= first) {
      unit = 'cedis'
      start = i - 2
    }
    // "A$4.85", "C$ 3 billion": a dollar named by its country.
    if (!unit && sign && i - 1 >= first && Object.hasOwn(COUNTRY_DOLLARS, sign.lower)) {
      unit = COUNTRY_DOLLARS[sign.lower]!
      start = i - 1
    }
    if (token.text.endsWith('%')) unit = 'percent'
    // Scale words and vague chains: "4.5 billion", "hundreds of thousands".
    while (stop < end) {
      const next = tokens[stop]!
      const scale = Object.hasOwn(SCALES, next.lower) ? SCALES[next.lower]! : null
      const word = isDigits(next) ? null : wordNumber(next.lower)
      if (amount !== null && scale !== null && next.pos !== 'PROPN') {
        amount *= scale
        stop++
      } else if (next.lower === 'of' && VAGUE.has(tokens[stop + 1]?.lower ?? '') && amount === null) {
        stop += 2
      } else if (amount !== null && word !== null) {
        amount = amount < 100 && word < 10 ? amount + word : amount * word
        stop++
      } else if (amount !== null && isTensHyphen(tokens, stop, amount)) {
        // "Twenty-seven": a tens word joined to a unit word by a hyphen is one number, not a range.
        amount += wordNumber(tokens[stop + 1]!.lower)!
        stop += 2
      } else break
    }
    // Range: "between 20 and 30", "20 to 30"; "12% to 18%" (a percent sign may stand before the joiner).
    const percentFirst = amount !== null && tokens[stop]?.text === '%' && stop + 1 < end
    if (percentFirst) stop++
    const joiner = tokens[stop]
    // "between $11 billion and $13 billion", "between A$3.20 and A$3.70": the upper bound may carry its
    // own currency sign.
    const upperSign = tokens[stop + 1]
    const signed =
      upperSign !== undefined &&
      unit !== '' &&
      (Object.hasOwn(CURRENCY, upperSign.text) || Object.hasOwn(COUNTRY_DOLLARS, upperSign.lower))
    const other = tokens[stop + (signed ? 2 : 1)]
    if (
      amount !== null &&
      joiner &&
      other &&
      /^(and|to|-|–)$/.test(joiner.lower) &&
      // ("rose from $5 million to $7 million" is a change between two figures, not a range.)
      !(joiner.lower === 'to' && /^(from|of)$/.test(tokens[start - 1]?.lower ?? '')) &&
      numberOf(other) !== null &&
      stop + (signed ? 2 : 1) < end
    ) {
      low = amount
      high = numberOf(other)!
      amount = null
      stop += signed ? 3 : 2
      // "between 800 million and 1.1 billion": the upper bound has its own scale.
      const scale = tokens[stop] && Object.hasOwn(SCALES, tokens[stop]!.lower) ? SCALES[tokens[stop]!.lower]! : null
      if (scale !== null && stop < end) {
        high *= scale
        stop++
      }
      if (tokens[start - 1]?.lower === 'between') start--
      if (percentFirst) unit = 'percent'
    } else {
      // No range after all: the percent sign is read below as the first figure's unit.
      if (percentFirst) stop--
      const bound = amount !== null ? boundBefore(tokens, start, first) : null
      if (bound) {
        start = bound.start
        if (bound.kind === 'low') low = amount!
        if (bound.kind === 'high') high = amount!
      }
    }
    const perCent = tokens[stop]?.lower === 'per' && stop + 1 < end && tokens[stop + 1]!.lower === 'cent'
    const percent = stop < end && (tokens[stop]!.lower === 'percent' || tokens[stop]!.text === '%')
    if (percent || perCent) {
      unit = 'percent'
      stop += perCent ? 2 : 1
    }
    // "a 60-day tender", "a 10-point plan": a figure joined by a hyphen to its unit.
    const hyphen = tokens[stop]
    const joinedUnit = tokens[stop + 1]
    if (
      !unit &&
      hyphen?.text === '-' &&
      hyphen.start === tokens[stop - 1]!.end &&
      joinedUnit !== undefined &&
      joinedUnit.start === hyphen.end &&
      joinedUnit.pos === 'NOUN' &&
      /^[a-z]+$/.test(joinedUnit.text) &&
      stop + 1 < end
    ) {
      unit = joinedUnit.lower.endsWith('s') ? joinedUnit.lower : `${joinedUnit.lower}s`
      stop += 2
    }
    if (!unit) {
      const counted = countedNoun(tokens, stop, end)
      if (counted) {
        unit = counted.unit
        stop = counted.end
      }
    }
    // "90 of the 120 drones": a part takes the unit of the whole that follows.
    if (!unit && tokens[stop]?.lower === 'of' && stop + 2 < end) {
      const whole = wholeAfterOf(tokens, stop + 1, end)
      if (numberOf(tokens[whole]!) !== null) {
        const counted = countedNoun(tokens, whole + 1, end)
        if (counted) unit = counted.unit
      } else if (whole > stop + 1) {
        // "shot down 121 of the drones": the whole is named without its number.
        // (The figure's words stay "121": "of the drones" names a part of a count given before.)
        const counted = countedNoun(tokens, whole, end)
        if (counted && /s$/.test(counted.unit)) unit = counted.unit
      }
    }
    // "killed “up to 70” soldiers": the counted noun may stand past the closing quote mark.
    const closing = tokens[stop]
    if (!unit && closing && /^[”"]$/.test(closing.text) && closing.start === tokens[stop - 1]!.end && stop + 1 < end)
      unit = countedNoun(tokens, stop + 1, end)?.unit ?? ''
    // "the 170 or so countries": a rough figure before its noun.
    if (!unit && tokens[stop]?.lower === 'or' && tokens[stop + 1]?.lower === 'so' && stop + 2 < end) {
      const counted = countedNoun(tokens, stop + 2, end)
      if (counted) unit = counted.unit
    }
    // "killed 11 people and wounded at least 40": a bare figure after "and" and a verb counts what the
    // figure before it counted.
    if (!unit && quantities.length > 0) unit = sharedUnit(tokens, start, quantities[quantities.length - 1]!)
    // "put the number of arrests at 46", "the death toll of civilians at 180", "the count of prisoners is
    // about 400": what is counted comes first.
    // ("… at closer to 900": the nearness words stand between "at" and the figure.)
    const near = tokens[start - 1]?.lower === 'to' && /^(closer|close|nearer)$/.test(tokens[start - 2]?.lower ?? '')
    const linked = near ? start - 3 : start - 1
    if (!unit && /^(at|is|was|were|stood|reached)$/.test(tokens[linked]?.lower ?? ''))
      unit = countedBefore(tokens, linked, first)
    // "had 600 warheads and would pass 1,000 by 2030", "Of the 61 firms, 55 said": a bare figure in digits
    // counts what an earlier figure of its sentence counted.
    if (!unit && isDigits(token) && tokens[stop]?.lower !== 'of') unit = earlierCount(quantities, sentences, token)
    // ("…, the Greens seven": a number in words in such a list counts the same.)
    if (!unit && !isDigits(token) && listsAfterFigure(tokens, i)) unit = earlierCount(quantities, sentences, token)
    if (!unit && value !== null && value < 10 && !isDigits(token)) {
      // "two" with nothing counted is usually a pronoun-like use ("the two met"), not a figure.
      i = stop
      continue
    }
    const quantity: Quantity = {
      value: amount,
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
      unit,
      text: text.slice(tokens[start]!.start, tokens[stop - 1]!.end),
      start: tokens[start]!.start,
      end: tokens[stop - 1]!.end,
    }
    quantities.push(quantity)
    sentences.push(token.sentence)
    i = stop
  }
  // "rose from 40 to 55 percent": the first figure of a change counts what the second does.
  for (let k = 0; k + 1 < quantities.length; k++) {
    const [before, after] = [quantities[k]!, quantities[k + 1]!]
    if (before.unit === '' && after.unit !== '' && /^\s+to\s+$/.test(text.slice(before.end, after.start)))
      quantities[k] = { ...before, unit: after.unit }
  }
  return quantities
}

/** Plurals that "the two …" uses to point back at parties already named. */
/**
 * Sides the story is about follow the number word, after at most two modifiers ("the three rival
 * parties", "the two biggest trading powers"); "the two ballistic missiles" still counts missiles.
 */
function pointsBack(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && tokens[k]; k++) {
    const token = tokens[k]!
    if (REFERRING_PLURALS.has(token.lower)) return true
    if (!/^(ADJ|NOUN|PROPN)$/.test(token.pos)) return false
  }
  return false
}
const REFERRING_PLURALS = new Set(
  (
    'sides countries nations men women leaders parties others governments teams companies candidates presidents ' +
    'ministers delegations states camps allies rivals neighbours neighbors powers carriers airlines firms banks ' +
    'unions clubs regions provinces cities dams reservoirs chambers houses blocs groups families'
  ).split(' '),
)

/** "half past eleven", "eleven o'clock", "the 911 center", "13- and 14-year-olds". */
function isClockOrLine(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  if (/^(past|to)$/.test(tokens[i - 1]?.lower ?? '') && /^(half|quarter|minutes)$/.test(tokens[i - 2]?.lower ?? ''))
    return true
  if (/^o['’]clock$/.test(tokens[i + 1]?.lower ?? '')) return true
  // "a train at seven Saturday evening", "at seven tonight": an hour in words before a day or part of one.
  if (
    tokens[i - 1]?.lower === 'at' &&
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this|in)$/.test(
      tokens[i + 1]?.lower ?? '',
    )
  )
    return true
  if (EMERGENCY_LINES.has(token.text) && tokens[i + 1]?.pos === 'NOUN') return true
  // "13- and 14-year-olds": the first of two ages sharing one hyphenated word.
  return tokens[i + 1]?.text === '-' && /^(and|or|to)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.pos === 'NUM'
}

// Emergency telephone numbers, written before what they name ("911 calls", "the 999 service").
const EMERGENCY_LINES = new Set(['911', '999', '112'])

function isAge(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  if (!/^\d{1,3}$/.test(token.text) || Number(token.text) > 120) return false
  // ("the tyrant, 70, is": after a noun too.)
  return (
    tokens[i - 1]?.text === ',' &&
    /^(PROPN|NOUN)$/.test(tokens[i - 2]?.pos ?? '') &&
    // ("…, said Lena Ortiz, 41.": at the end of the sentence too, after a name.)
    (/^[,)]$/.test(tokens[i + 1]?.text ?? '') ||
      (tokens[i + 1]?.text === '.' && tokens[i - 2]!.pos === 'PROPN' && tokens[i + 1]!.sentence === token.sentence))
  )
}

/**
 * Numbers that are part of a word or a label, not an amount: "a 25-year-old athlete", "a ten-year
 * sentence", "the 193-member assembly" (a compound modifier), "call 212 416 4552" (a phone number),
 * "#99" (a label).
 */
const TERM_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute'])
// "the 310-kilometre canal", "a 40-megawatt plant", "six-person crews": a measure or a head count
// written as a modifier is still a figure.
const MEASURE_UNITS = new Set(
  (
    'kilometre kilometer km mile metre meter foot feet megawatt gigawatt kilowatt mw gw tonne ton litre liter ' +
    'gallon hectare acre kilogram barrel person member seat bed bedroom storey story'
  ).split(' '),
)

function isNumberInName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  const next = tokens[i + 1]
  const after = tokens[i + 2]
  if (
    next?.text === '-' &&
    next.start === token.end &&
    after !== undefined &&
    after.start === next.end &&
    /^\p{L}/u.test(after.text) &&
    wordNumber(after.lower) === null &&
    // "a 60-day tender", "a 30-year bond": a span of time is a figure ("a 25-year-old" is an age).
    !((TERM_UNITS.has(after.lower) || MEASURE_UNITS.has(after.lower)) && tokens[i + 3]?.text !== '-')
  )
    return true
  const before = tokens[i - 1]
  if (before?.text === '#' && before.end === token.start) return true
  // "the Group of 77", "Article 5 of the Treaty": "of" and a number inside a capitalized name.
  if (
    /^\d+$/.test(token.text) &&
    before?.lower === 'of' &&
    /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '') &&
    tokens[i - 2]?.pos === 'PROPN'
  )
    return true
  const bare = (other: Token | undefined) =>
    other !== undefined && other.sentence === token.sentence && /^\d+$/.test(other.text)
  return /^\d+$/.test(token.text) && (bare(before) || bare(next))
}

function isTensHyphen(tokens: readonly Token[], at: number, amount: number): boolean {
  const hyphen = tokens[at]!
  const unit = tokens[at + 1]
  if (hyphen.text !== '-' || unit === undefined || hyphen.start !== tokens[at - 1]!.end || unit.start !== hyphen.end)
    return false
  const digit = wordNumber(unit.lower)
  return amount >= 20 && amount < 100 && amount % 10 === 0 && digit !== null && digit < 10 && !isDigits(tokens[at - 1]!)
}

function isCounting(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (next === undefined || next.pos !== 'NOUN' || /^(of|another)$/.test(next.lower)) return false
  // "not to one owner", "on one side of the river", "one bridge too far", "one branch at a time":
  // "one" after a preposition or a copula, or before "at a time", singles a thing out; it counts nothing.
  // (A span keeps its count: "for one year".)
  if (/^(year|month|week|day|hour|minute|season)$/.test(next.lower)) return true
  const before = tokens[i - 1]?.lower ?? ''
  if (/^(to|on|in|by|from|than|at|of|that|not|is|was|be|only|just)$/.test(before)) return false
  return !(tokens[i + 2]?.lower === 'at' && tokens[i + 3]?.lower === 'a' && tokens[i + 4]?.lower === 'time')
}

function boundBefore(
  tokens: readonly Token[],
  at: number,
  floor: number,
): { start: number; kind: 'low' | 'high' | 'about' } | null {
  for (const width of [3, 2, 1]) {
    if (at - width < floor) continue
    const phrase = tokens
      .slice(at - width, at)
      .map((token) => token.lower)
      .join(' ')
    if (LOWER_BOUND.test(phrase)) return { start: at - width, kind: 'low' }
    if (UPPER_BOUND.test(phrase)) return { start: at - width, kind: 'high' }
    if (ROUGHLY.test(phrase)) return { start: at - width, kind: 'about' }
  }
  return null
}

/** What an amount counts: the next noun, past adjectives ("235 Ukrainian drones", "hundreds of civilians"). */
/** The unit of `previous` when only "and" and a verb (with a bound) stand between it and `start`. */
function sharedUnit(tokens: readonly Token[], start: number, previous: Quantity): string {
  if (!previous.unit || previous.value === null) return ''
  let k = start - 1
  if (tokens[k]?.pos === 'VERB') k--
  else return ''
  if (tokens[k]?.lower !== 'and' || tokens[k - 1]?.end !== previous.end) return ''
  return previous.unit
}

/**
 * The first token of the whole after a partitive "of": "of the 120 drones", "of its 40 stores", "of the
 * treaty's 23 chapters", "of Nordmark's 900 drivers" (a possessor of up to three words).
 */
function wholeAfterOf(tokens: readonly Token[], from: number, end: number): number {
  let k = /^(the|its|their|all|his|her|our)$/.test(tokens[from]!.lower) ? from + 1 : from
  for (let j = k; j < end && j - k < 3; j++) {
    if (isPossessive(tokens[j + 1]) && /^(NOUN|PROPN)$/.test(tokens[j]!.pos)) {
      k = j + 2
      break
    }
  }
  return Math.min(k, end - 1)
}

const isPossessive = (token: Token | undefined): boolean => token !== undefined && /^['’]s?$/.test(token.text)

/** The unit of the last figure before `token` in its sentence that counts things (not a span of time). */
function earlierCount(quantities: readonly Quantity[], sentences: readonly number[], token: Token): string {
  let index = quantities.length - 1
  // ("600 million doses at 10 percent, and 900 million at 15 percent": a share between them is no count.)
  while (index >= 0 && (quantities[index]!.unit === '' || quantities[index]!.unit === 'percent')) index--
  const previous = quantities[index]
  if (!previous || sentences[index] !== token.sentence) return ''
  return /s$/.test(previous.unit) && !SPANS.has(previous.unit) ? previous.unit : ''
}

const SPANS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'times'])

/** Words for people hurt or killed that count on their own: "900 injured", "12 dead". */
const CASUALTY_WORDS = new Set(['dead', 'injured', 'wounded', 'missing', 'displaced', 'killed', 'hurt'])

/** Nouns that name a count: "the number of X", "the toll of X". */
const COUNT_NOUNS = new Set(['number', 'toll', 'tally', 'count', 'total', 'estimate'])

/** "the number of incidents … at": the counted noun of a count noun before `at`, in its sentence. */
function countedBefore(tokens: readonly Token[], at: number, first: number): string {
  for (let k = at - 1; k >= first && at - k <= 12; k--) {
    if (tokens[k]!.sentence !== tokens[at]!.sentence) break
    if (!COUNT_NOUNS.has(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'of') continue
    return countedNoun(tokens, k + 2, at)?.unit ?? ''
  }
  return ''
}

function countedNoun(tokens: readonly Token[], from: number, end: number): { unit: string; end: number } | null {
  let k = from
  // "180 dead and 900 injured": a participle or adjective used as a noun for people.
  const casualty = tokens[k]
  if (casualty && k < end && CASUALTY_WORDS.has(casualty.lower) && tokens[k + 1]?.pos !== 'NOUN')
    return { unit: casualty.lower, end: k + 1 }
  if (tokens[k]?.lower === 'of' && tokens[k + 1]?.lower !== 'the') k++
  while (k < end && k - from < 6) {
    // "5,000 Ukrainians", "300 Britons": a people in the plural is counted, not a modifier.
    const word = tokens[k]!
    if (word.pos === 'PROPN' && /^[A-Z][a-z]+s$/.test(word.text) && !/^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? ''))
      return { unit: word.lower, end: k + 1 }
    // "20 medium-range missiles", "5 long-range drones": a hyphenated modifier before the counted noun.
    if (k + 2 < end && tokens[k + 1]!.text === '-' && tokens[k + 1]!.start === tokens[k]!.end) k += 2
    // ("four Iskander-M ballistic missiles": a model name and an adjective may both stand before it.)
    else if (UNIT_SKIP.has(tokens[k]!.pos) && k - from < 4 && tokens[k + 1]?.pos !== 'VERB') k++
    // "1,550 deployed warheads", "60 trained officers": a participle before the counted noun.
    else if (
      k === from &&
      word.pos === 'VERB' &&
      /ed$/.test(word.lower) &&
      /^(ADJ|NOUN)$/.test(tokens[k + 1]?.pos ?? '')
    )
      k++
    else break
  }
  const token = tokens[k]
  if (!token || k >= end || token.pos !== 'NOUN') return null
  // Compound heads: "drone attacks", "ballistic missiles".
  // ("12 trips covering 40 days": a word in -ing after the noun starts a clause, it heads nothing.)
  // ("over several decades averages": a span of time heads no compound.)
  if (tokens[k + 1]?.pos === 'NOUN' && k + 1 < end && !/ing$/.test(tokens[k + 1]!.lower) && !SPANS.has(token.lower))
    return { unit: tokens[k + 1]!.lower, end: k + 2 }
  return { unit: token.lower, end: k + 1 }
}
