import type { FigureRecord } from '../store/store.js'

/** Figures from different claimants about the same thing that cannot all be right, side by side. */
export interface Conflict {
  /** What is counted ("drones", "people"). */
  readonly unit: string
  /** The earliest day the figures are about. */
  readonly date: string | null
  /** Why they cannot all be right, in a few words. */
  readonly reason: string
  /** One figure per claimant, lowest value first. */
  readonly figures: readonly FigureRecord[]
}

// Days apart that two figures about one night ("overnight", "on Sunday") may be: none; a figure
// for a day reported on the same day and one told a day later still name the same day.
const SAME_DAY = 0
// Figures without a day ("the draft has 20 points") are compared across a few days of reporting.
const SAME_PERIOD_DAYS = 3
// "about 40" covers 36 to 44: wire copy rounds, and rounding is not disagreement.
const APPROXIMATE = 0.1
// "up to 60" claims a figure near 60, not anything from zero: read as the upper half.
const UP_TO_FLOOR = 0.5

/**
 * Conflicting claims among figures (from Store.comparableFigures): two figures conflict when they
 * count the same unit with compatible owner and place, are about the same day or period, come from
 * different claimants, and their value ranges do not overlap; or when one side says more were
 * destroyed (or hit their targets) than the other says were launched.
 *
 * Figures about different events stay apart: drones launched at Ukraine and drones downed over
 * Russia differ in place (and owner), so they are never compared. A figure that is superseded —
 * by the same claimant's later figure, by a later version of the same story, or by a later figure
 * given as a revision ("raised to 800,000") — is an update, not a conflict, and is left out.
 */
export function findConflicts(figures: readonly FigureRecord[]): Conflict[] {
  // "a few hundred", "several thousand": a scale, not a count to hold anyone to.
  const current = figures.filter(
    (figure) =>
      figure.value !== null &&
      figure.claimantKey !== null &&
      figure.unit !== '' &&
      figure.date !== null &&
      !/\b(?:few|several)\b/i.test(figure.exact),
  )
  // A syndicated copy repeats its story's figures: one per story, claimant and value is enough.
  const seen = new Set<string>()
  const distinct = current.filter((figure) => {
    const key = `${figure.storyId}\u0000${figure.claimantKey}\u0000${figure.value}\u0000${figure.unit}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  // Only figures in one bucket (unit group and kind of action) within a few days of each other can
  // be compared: sort by both and look no further than that window, so the work grows with the
  // corpus and its density per day, not with the square of the corpus.
  const items = distinct
    .map((figure) => ({ figure, bucket: bucketOf(figure), day: dayNumber(figure.date!) }))
    .sort((a, b) => a.bucket.localeCompare(b.bucket) || a.day - b.day)
  const near = (a: Item, b: Item) => a.bucket === b.bucket && Math.abs(a.day - b.day) <= WINDOW_DAYS
  const live = items.filter((_item, i) => !isSuperseded(items, i, near))
  const groups: Group[] = []
  const openGroups = new Map<string, Group[]>()
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!
    for (let j = i + 1; j < live.length && near(a, live[j]!); j++) {
      const b = live[j]!
      const reason = disagreement(a.figure, b.figure)
      if (reason) addPair(a, b, reason, groups, openGroups)
    }
  }
  const conflicts: Conflict[] = groups.map(({ members, reason }) => {
    const records = members.map((member) => member.figure)
    return {
      unit: records[0]!.unit.split(':')[0]!,
      date:
        records
          .map((record) => record.date)
          .filter((date) => date !== null)
          .sort()[0] ?? null,
      reason,
      figures: records.sort((x, y) => (x.value ?? 0) - (y.value ?? 0)),
    }
  })
  return conflicts.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.unit.localeCompare(b.unit))
}

// The widest window any comparison uses (SAME_PERIOD_DAYS, and a day's slack for supersession).
const WINDOW_DAYS = SAME_PERIOD_DAYS + 1

interface Item {
  readonly figure: FigureRecord
  readonly bucket: string
  readonly day: number
}

interface Group {
  readonly members: Item[]
  readonly reason: string
  lastDay: number
}

/** Launched, destroyed and hit are one flow (they are compared with each other); other actions stand alone. */
function bucketOf(figure: FigureRecord): string {
  const family = ['launch', 'down', 'hit'].includes(figure.action) ? 'flow' : figure.action
  return `${figure.unit.split(':')[0]}|${family}`
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(date) / 86_400_000)
}

function isSuperseded(items: readonly Item[], index: number, near: (a: Item, b: Item) => boolean): boolean {
  const item = items[index]!
  for (let k = index + 1; k < items.length && near(item, items[k]!); k++) {
    if (supersedes(items[k]!.figure, item.figure)) return true
  }
  for (let k = index - 1; k >= 0 && near(items[k]!, item); k--) {
    if (supersedes(items[k]!.figure, item.figure)) return true
  }
  return false
}

/**
 * A disagreeing pair joins an open group of its bucket only when both figures are about the same
 * thing as every figure already in it, so two unrelated disputes never chain into one through a
 * figure vaguely like both; otherwise it starts a group.
 */
function addPair(a: Item, b: Item, reason: string, groups: Group[], openGroups: Map<string, Group[]>): void {
  const open = (openGroups.get(a.bucket) ?? []).filter((group) => group.lastDay >= a.day - WINDOW_DAYS)
  const fits = (group: Group) =>
    [a, b].every((item) => group.members.every((member) => member === item || sameThing(member.figure, item.figure)))
  let group = open.find(fits)
  if (!group) {
    group = { members: [], reason, lastDay: b.day }
    groups.push(group)
    open.push(group)
  }
  for (const item of [a, b]) if (!group.members.includes(item)) group.members.push(item)
  group.lastDay = Math.max(group.lastDay, b.day)
  openGroups.set(a.bucket, open)
}

/** Why `a` and `b` cannot both be right, or null when they can (or are about different things). */
export function disagreement(a: FigureRecord, b: FigureRecord): string | null {
  if (a.claimantKey === b.claimantKey || !sameThing(a, b)) return null
  // Proposals and demands ("proposed 20 years", "asked for at least 40") are positions, not facts.
  if (a.action === 'propose' || b.action === 'propose') return null
  if (a.action === b.action) {
    return overlaps(rangeOf(a), rangeOf(b)) ? null : 'values disagree'
  }
  const launched = a.action === 'launch' ? a : b.action === 'launch' ? b : null
  const arrived = launched === a ? b : a
  if (launched && (arrived.action === 'down' || arrived.action === 'hit')) {
    const verb = arrived.action === 'down' ? 'destroyed' : 'hit their targets'
    return rangeOf(arrived)[0] > rangeOf(launched)[1] ? `more said ${verb} than said launched` : null
  }
  return null
}

/** Same unit, owner, place, period and day (or days near enough for figures without a day). */
function sameThing(a: FigureRecord, b: FigureRecord): boolean {
  if (!sameUnit(a.unit, b.unit)) return false
  if (a.side !== '' && b.side !== '' && a.side !== b.side) return false
  if (a.place !== '' && b.place !== '' && a.place !== b.place && a.placeIsState === b.placeIsState) return false
  if (a.period !== '' && b.period !== '' && a.period !== b.period) return false
  if (a.date === null || b.date === null) return false
  // A count of events (launched, killed) tied to a day is about that day only; a state of things
  // ("the draft has 20 points", "200 troops remain") holds over a few days of reporting.
  const dated = a.period === 'day' || b.period === 'day'
  const window = dated && (a.action !== '' || b.action !== '') ? SAME_DAY : SAME_PERIOD_DAYS
  return Math.abs(daysBetween(a.date, b.date)) <= window
}

/** A later figure replaces an earlier one from the same claimant or story, or any earlier one when it is a revision. */
function supersedes(later: FigureRecord, earlier: FigureRecord): boolean {
  // The same value again is agreement, not an update.
  if (later === earlier || later.action !== earlier.action || later.value === earlier.value) return false
  const laterDay = later.published ?? later.date ?? ''
  const earlierDay = earlier.published ?? earlier.date ?? ''
  if (
    laterDay <= earlierDay &&
    !(later.storyId === earlier.storyId && later.articleId > earlier.articleId && laterDay === earlierDay)
  ) {
    return false
  }
  const related = later.claimantKey === earlier.claimantKey || later.storyId === earlier.storyId || later.revision
  if (!related || !sameUnit(later.unit, earlier.unit)) return false
  if (later.side !== '' && earlier.side !== '' && later.side !== earlier.side) return false
  if (later.place !== '' && earlier.place !== '' && later.place !== earlier.place) return false
  if (later.date === null || earlier.date === null) return false
  const window = later.period === 'day' && earlier.period === 'day' ? 1 : SAME_PERIOD_DAYS
  return daysBetween(earlier.date, later.date) <= window && daysBetween(earlier.date, later.date) >= -window
}

/** "people" counts either kind of people; "people:troops" and "people:civilians" are never one count. */
function sameUnit(a: string, b: string): boolean {
  return a === b || (a.split(':')[0] === b.split(':')[0] && (!a.includes(':') || !b.includes(':')))
}

/** [low, high] that a figure's words allow: "more than 60" is [60, ∞), "about 40" is [36, 44]. */
export function rangeOf(figure: Pick<FigureRecord, 'value' | 'low' | 'high' | 'exact'>): [number, number] {
  const value = figure.value ?? 0
  if (figure.low !== null && figure.high !== null) return [figure.low, figure.high]
  if (figure.low !== null) return [figure.low, Number.POSITIVE_INFINITY]
  if (figure.high !== null) return [figure.high * UP_TO_FLOOR, figure.high]
  if (/\b(?:about|around|approximately|roughly|some|an estimated|estimated)\b/i.test(figure.exact)) {
    return [value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)]
  }
  if (/\b(?:nearly|almost|close to)\b/i.test(figure.exact)) return [value * (1 - APPROXIMATE), value]
  if (/\b(?:fewer|less) than\b/i.test(figure.exact)) return [0, value]
  return [value, value]
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1]
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
}
