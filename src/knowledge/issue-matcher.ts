import type { PackIssue } from './pack.js'

/** A signal of an issue found in a run of words: word indexes [first, end). */
export interface IssueMatch {
  readonly issue: string
  readonly first: number
  readonly end: number
}

/** Finds a pack's issue signals in lower-case words; compiled once per pack. */
export interface IssueMatcher {
  /** Every signal in `words[from, to)`, longest first at each start, left to right, without overlaps. */
  find(words: readonly string[], from?: number, to?: number): IssueMatch[]
}

/**
 * The form a word is compared in: curly apostrophes straightened and a plural "s" dropped, so that
 * "guarantee" matches "guarantees" without listing both.
 *
 * @example matchKey('Sanctions') // 'sanction'
 */
export function matchKey(lower: string): string {
  const straight = lower.includes('’') ? lower.replace(/’/g, "'") : lower
  if (straight.length > 3 && straight.endsWith('s') && !straight.endsWith('ss') && !straight.endsWith("'s"))
    return straight.slice(0, -1)
  return straight
}

/**
 * Splits a signal the way the tokenizer splits running text: hyphens and a possessive "'s" are words of
 * their own ("nato's open door" → nato, 's, open, door; "cease-fire" → cease, -, fire).
 */
export function signalWords(signal: string): string[] {
  return signal
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s\b/g, " 's")
    .replace(/-/g, ' - ')
    .replace(/[,.;:!?“”"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(matchKey)
}

interface Entry {
  readonly issue: string
  readonly words: readonly string[]
}

export function compileIssueMatcher(issues: readonly PackIssue[]): IssueMatcher {
  // First word → its signals, longest first: one map lookup per word of text.
  const byFirst = new Map<string, Entry[]>()
  for (const issue of issues) {
    for (const signal of issue.signals) {
      const words = signalWords(signal)
      const first = words[0]
      if (first === undefined) continue
      const list = byFirst.get(first) ?? []
      list.push({ issue: issue.id, words })
      byFirst.set(first, list)
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)

  return {
    find(words, from = 0, to = words.length) {
      const matches: IssueMatch[] = []
      let i = from
      while (i < to) {
        const entries = byFirst.get(words[i]!)
        const hit = entries?.find((entry) => fits(words, i, to, entry.words))
        if (hit) {
          matches.push({ issue: hit.issue, first: i, end: i + hit.words.length })
          i += hit.words.length
        } else i++
      }
      return matches
    },
  }
}

function fits(words: readonly string[], at: number, to: number, signal: readonly string[]): boolean {
  if (at + signal.length > to) return false
  for (let k = 1; k < signal.length; k++) if (words[at + k] !== signal[k]) return false
  return true
}
