/**
 * Binary search over body-ordered lists (sentences, hits, noise lines, fold offsets). Takes a
 * length and a monotone predicate, or a sorted list of numbers and a value; gives an index.
 * Deliberately knows nothing of what is searched.
 */

/** First index in [0, n) where the monotone predicate holds (false … false true … true), or n. */
export function lowerBound(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * `lowerBound(n, (i) => sorted[i] >= value)` over sorted numbers (fold offsets, clause marks),
 * without the predicate: the build runs with V8's inlining off (scripts/data.mjs), so each of
 * lowerBound's steps is a call, and fold offsets are searched for nearly every span of every
 * sentence.
 */
export function firstAtLeast(sorted: ArrayLike<number>, value: number, n = sorted.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
