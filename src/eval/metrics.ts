/** Precision, recall and F1 from counts; a figure with an empty denominator is null (not measurable), never 0. */
export interface Prf {
  readonly matched: number
  readonly predicted: number
  readonly gold: number
  /** Gold items found, when that differs from `matched` (people: two predicted entities may match one gold person). */
  readonly found?: number
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

export function prf(matched: number, predicted: number, gold: number): Prf {
  const precision = ratio(matched, predicted)
  const recall = ratio(matched, gold)
  // With nothing predicted, F1 is still 0 against a non-empty gold: missing everything is a real score.
  const p = precision ?? 0
  const r = recall ?? 0
  const f1 = gold === 0 && predicted === 0 ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return { matched, predicted, gold, precision, recall, f1 }
}

export function mean(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null)
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length
}
