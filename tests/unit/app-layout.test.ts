import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelRequest } from '../../src/lib/timeline/labels.ts';

const req = (key: string, pos: number, width: number, priority = 0, lane = 0): LabelRequest => ({ key, pos, width, priority, lane });

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('layoutLabels', () => {
  it.each([
    { name: 'apart: both in row 0', input: [req('a', 0, 50), req('b', 100, 50)], rows: 1, expected: { a: 0, b: 0 } },
    { name: 'overlapping: second goes to row 1', input: [req('a', 0, 50), req('b', 30, 50)], rows: 2, expected: { a: 0, b: 1 } },
    { name: 'overlapping, one row: lower priority dropped', input: [req('a', 0, 50, 1), req('b', 30, 50, 5)], rows: 1, expected: { b: 0 } },
    { name: 'closer than the gap counts as overlap', input: [req('a', 0, 50), req('b', 53, 50)], rows: 1, expected: { a: 0 } },
    { name: 'lanes never collide', input: [req('a', 0, 50, 0, 0), req('b', 0, 50, 0, 1)], rows: 1, expected: { a: 0, b: 0 } },
    { name: 'outside the bounds is dropped', input: [req('a', -10, 50), req('b', 960, 50)], rows: 1, min: 0, max: 1000, expected: {} },
    { name: 'empty', input: [], rows: 2, expected: {} },
  ])('$name', ({ input, rows, expected, ...bounds }) => {
    const placed = layoutLabels(input, { rows, gap: 6, ...bounds });
    expect(Object.fromEntries(placed)).toEqual(expected);
  });

  it('does not modify its input', () => {
    const input = [req('a', 30, 50, 1), req('b', 0, 50, 2)];
    const copy = structuredClone(input);
    layoutLabels(input, { rows: 1 });
    expect(input).toEqual(copy);
  });

  it('a higher priority label is never displaced by a lower one', () => {
    const placed = layoutLabels([req('low', 0, 200, 1), req('high', 100, 20, 9)], { rows: 1 });
    expect(placed.has('high')).toBe(true);
    expect(placed.has('low')).toBe(false);
  });

  it.each([1, 2, 3, 4, 5])('random dense input never overlaps (seed %d)', (seed) => {
    const rand = rng(seed);
    const input = Array.from({ length: 400 }, (_, i) => req(`k${i}`, rand() * 1200, 20 + rand() * 150, Math.floor(rand() * 5), Math.floor(rand() * 4)));
    const gap = 6;
    const placed = layoutLabels(input, { rows: 2, gap, min: 0, max: 1280 });
    expect(placed.size).toBeGreaterThan(10);
    const byTrack = new Map<string, LabelRequest[]>();
    for (const r of input) {
      const row = placed.get(r.key);
      if (row === undefined) continue;
      expect(r.pos).toBeGreaterThanOrEqual(0);
      expect(r.pos + r.width).toBeLessThanOrEqual(1280);
      const k = `${r.lane}/${row}`;
      byTrack.set(k, [...(byTrack.get(k) ?? []), r]);
    }
    for (const list of byTrack.values()) {
      list.sort((a, b) => a.pos - b.pos);
      for (let i = 1; i < list.length; i++) expect(list[i].pos).toBeGreaterThanOrEqual(list[i - 1].pos + list[i - 1].width + gap);
    }
  });
});
