/**
 * Fraction of equal MinHash signature slots: an unbiased estimate of the Jaccard similarity of the
 * two shingle sets the signatures were made from (src/corpus/fingerprint.ts makes them).
 *
 * @example signatureSimilarity([1, 2, 3, 4], [1, 2, 3, 9]) // 0.75
 */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0
  let equal = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++
  return equal / a.length
}
