import { describe, expect, test } from 'vitest';
import { animateDomain, interpolateDomain } from '../../src/present/pan.ts';

const DAY = 86_400_000;

describe('interpolateDomain', () => {
  const a = [0, 400 * DAY] as const;
  const b = [1000 * DAY, 1004 * DAY] as const;

  test.for([
    { t: 0, expected: a },
    { t: 1, expected: b },
  ])('t = $t gives the end point', ({ t, expected }) => {
    const d = interpolateDomain(a, b, t);
    expect(d[0]).toBeCloseTo(expected[0], -3);
    expect(d[1]).toBeCloseTo(expected[1], -3);
  });

  test('half way: centre half way, span the geometric mean', () => {
    const [x0, x1] = interpolateDomain(a, b, 0.5);
    expect((x0 + x1) / 2).toBeCloseTo(601 * DAY, -3);
    expect(x1 - x0).toBeCloseTo(40 * DAY, -3);
  });

  test('a pure pan keeps the span', () => {
    const [x0, x1] = interpolateDomain([0, 10], [100, 110], 0.3);
    expect([x0, x1]).toEqual([30, 40]);
  });
});

describe('animateDomain', () => {
  test('without animation (reduced motion) sets the target once, synchronously', () => {
    const seen: (readonly [number, number])[] = [];
    animateDomain([0, 10], [100, 110], (d) => seen.push(d), false);
    expect(seen).toEqual([[100, 110]]);
  });

  test('with nothing to start from sets the target once', () => {
    const seen: (readonly [number, number])[] = [];
    animateDomain(null, [100, 110], (d) => seen.push(d), true);
    expect(seen).toEqual([[100, 110]]);
  });
});
