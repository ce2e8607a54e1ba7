import { describe, expect, test } from 'vitest';
import { placePopup } from '../../src/lib/timeline/popup.ts';

const plot = { width: 800, height: 350 };
const popup = { width: 200, height: 120 };
const mark = (x0: number, x1: number, top: number, bottom = top + 28) => ({ x0, x1, top, bottom });

describe('placePopup', () => {
  test.for([
    { why: 'room below: under the mark, start edges aligned', m: mark(100, 140, 50), rtl: false, expected: { inlineStart: 100, top: 78 } },
    { why: 'Arabic: the right edges align (inline start counts from the right)', m: mark(500, 540, 50), rtl: true, expected: { inlineStart: 260, top: 78 } },
    { why: 'no room below: above the mark', m: mark(100, 140, 280), rtl: false, expected: { inlineStart: 100, top: 160 } },
    { why: 'near the end edge: slid back inside', m: mark(750, 790, 50), rtl: false, expected: { inlineStart: 600, top: 78 } },
    { why: 'Arabic, near the left edge: slid back inside', m: mark(10, 30, 50), rtl: true, expected: { inlineStart: 600, top: 78 } },
    { why: 'a mark starting off screen: pinned to the start edge', m: mark(-50, 20, 50), rtl: false, expected: { inlineStart: 0, top: 78 } },
  ])('$why', ({ m, rtl, expected }) => {
    expect(placePopup(m, popup, plot, rtl)).toEqual(expected);
  });

  test('room neither below nor above: as low as fits, never above the top', () => {
    expect(placePopup(mark(0, 10, 100), { width: 100, height: 300 }, plot, false)).toEqual({ inlineStart: 0, top: 50 });
    expect(placePopup(mark(0, 10, 100), { width: 100, height: 400 }, plot, false)).toEqual({ inlineStart: 0, top: 0 });
  });

  test('always inside the plot', () => {
    for (let x = -100; x < 900; x += 37)
      for (let y = 0; y < 350; y += 23)
        for (const rtl of [false, true]) {
          const p = placePopup(mark(x, x + 30, y), popup, plot, rtl);
          expect(p.inlineStart).toBeGreaterThanOrEqual(0);
          expect(p.inlineStart + popup.width).toBeLessThanOrEqual(plot.width);
          expect(p.top).toBeGreaterThanOrEqual(0);
          expect(p.top + popup.height).toBeLessThanOrEqual(plot.height);
        }
  });
});
