import { describe, expect, it } from 'vitest';
import { steadyZoom, zoomPath, type ZoomView } from '../../src/lib/timeline/zoom-path.ts';

/** Screen x (0…width px of a `screen`-px-wide view) of world point p in view v. */
const screenX = (v: ZoomView, p: number, screen = 1000) => ((p - (v[0] - v[2] / 2)) / v[2]) * screen;
const T = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

describe('steadyZoom', () => {
  const cases: { name: string; a: ZoomView; b: ZoomView; still: number }[] = [
    { name: 'zoom in ×2 about a point left of the centre', a: [500, 0, 1000], b: [400, 0, 500], still: 300 },
    { name: 'zoom out ×4 about a point right of the centre', a: [500, 0, 200], b: [200, 0, 800], still: 600 },
    { name: 'zoom in ×8 about the centre', a: [0, 0, 1600], b: [0, 0, 200], still: 0 },
  ];
  for (const { name, a, b, still } of cases) {
    it(`${name}: the point stays put, ends exact`, () => {
      const at = steadyZoom(a, b);
      const x0 = screenX(a, still);
      expect(screenX(b, still)).toBeCloseTo(x0, 6);
      for (const t of T) expect(screenX(at(t), still), `t = ${t}`).toBeCloseTo(x0, 6);
      expect(at(0)).toEqual(a);
      at(1).forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 9));
    });
    it(`${name}: the width changes at a steady rate (geometric)`, () => {
      const at = steadyZoom(a, b);
      expect(at(0.5)[2]).toBeCloseTo(Math.sqrt(a[2] * b[2]), 9);
      expect(at(0.25)[2] / a[2]).toBeCloseTo(at(0.5)[2] / at(0.25)[2], 9);
    });
  }

  it('a pan at one width moves the centre evenly', () => {
    const at = steadyZoom([100, 0, 300], [250, 0, 300]);
    expect(T.map((t) => at(t)[0])).toEqual(T.map((t) => 100 + 150 * t));
    expect(T.every((t) => at(t)[2] === 300)).toBe(true);
  });

  it('does not modify its inputs', () => {
    const a: ZoomView = [500, 0, 1000];
    const b: ZoomView = [400, 0, 500];
    steadyZoom(a, b)(0.5);
    expect([a, b]).toEqual([[500, 0, 1000], [400, 0, 500]]);
  });
});

describe('zoomPath', () => {
  const fly = () => () => [-1, -1, -1] as ZoomView;
  const path = zoomPath(fly);
  const cases: { name: string; a: ZoomView; b: ZoomView; flies: boolean }[] = [
    { name: 'a zoom about a point in view', a: [500, 0, 1000], b: [400, 0, 500], flies: false },
    { name: 'a pan of less than a view', a: [500, 0, 1000], b: [1400, 0, 1000], flies: false },
    { name: 'a pan of more than a view', a: [500, 0, 1000], b: [1600, 0, 1000], flies: true },
    { name: 'a jump far away, zoomed in', a: [500, 0, 100], b: [5000, 0, 50], flies: true },
  ];
  for (const { name, a, b, flies } of cases) {
    it(`${name}: ${flies ? 'flies (smooth zoom)' : 'steady'}`, () => {
      expect(path(a, b)(0.5)[0] === -1).toBe(flies);
    });
  }
});
