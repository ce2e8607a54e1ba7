/**
 * Binary search over body-ordered lists (sentences, hits, noise lines, fold offsets). Takes a
 * length and a monotone predicate; gives an index. Deliberately knows nothing of what is searched.
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
