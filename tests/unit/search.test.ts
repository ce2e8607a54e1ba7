import { describe, expect, test } from 'vitest';
import { firstAtLeast, lowerBound } from '../../scripts/pipeline/search.ts';

describe('firstAtLeast', () => {
  const offsets = [0, 1, 1, 1, 4, 7, 7, 12];
  test.each([
    { name: 'before every value', value: -3, n: offsets.length },
    { name: 'the first of equal values', value: 1, n: offsets.length },
    { name: 'between two values', value: 5, n: offsets.length },
    { name: 'the last value', value: 12, n: offsets.length },
    { name: 'past every value', value: 13, n: offsets.length },
    { name: 'only the first n values searched', value: 12, n: offsets.length - 1 },
    { name: 'a fraction', value: 6.5, n: offsets.length },
    { name: 'nothing searched', value: 0, n: 0 },
  ])('as lowerBound over sorted numbers: $name', ({ value, n }) => {
    expect(firstAtLeast(offsets, value, n)).toBe(lowerBound(n, (i) => offsets[i] >= value));
  });

  test('on a typed array of fold offsets, every value from before the first to past the last', () => {
    const folded = Int32Array.from([0, 2, 3, 3, 5, 9, 10]);
    for (let value = -1; value <= 11; value++) {
      expect(firstAtLeast(folded, value, folded.length - 1)).toBe(lowerBound(folded.length - 1, (k) => folded[k] >= value));
    }
  });
});
