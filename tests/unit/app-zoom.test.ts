import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { DAY_MS, makeTimeScale, type Domain } from '../../src/lib/timeline/scales.ts';
import {
  clampDomain, domainAround, domainForTransform, domainShowing, keyMsPerPx, panDomain, transformForDomain, zoomDomain, zoomKey,
} from '../../src/lib/timeline/zoom.ts';

const D = DAY_MS;
const limits = { full: [0, 100 * D] as Domain, minSpan: 2 * D };

describe('clampDomain', () => {
  it.each<{ name: string; input: Domain; expected: Domain }>([
    { name: 'inside stays', input: [10 * D, 20 * D], expected: [10 * D, 20 * D] },
    { name: 'too narrow widens around its middle', input: [10 * D, 10.5 * D], expected: [9.25 * D, 11.25 * D] },
    { name: 'too wide becomes the full range', input: [-50 * D, 300 * D], expected: [0, 100 * D] },
    { name: 'past the start slides in', input: [-5 * D, 5 * D], expected: [0, 10 * D] },
    { name: 'past the end slides in', input: [95 * D, 105 * D], expected: [90 * D, 100 * D] },
    { name: 'reversed is reordered', input: [20 * D, 10 * D], expected: [10 * D, 20 * D] },
  ])('$name', ({ input, expected }) => {
    const copy = [...input];
    expect(clampDomain(input, limits)).toEqual(expected);
    expect(input).toEqual(copy);
  });
});

describe('zoomDomain', () => {
  it('keeps the anchor at the same fraction of the screen', () => {
    const d: Domain = [10 * D, 50 * D];
    const anchor = 20 * D;
    const z = zoomDomain(d, 2, limits, anchor);
    expect((anchor - z[0]) / (z[1] - z[0])).toBeCloseTo((anchor - d[0]) / (d[1] - d[0]));
    expect(z[1] - z[0]).toBeCloseTo(20 * D);
  });
  it('stops at the minimum span', () => {
    const z = zoomDomain([10 * D, 14 * D], 100, limits);
    expect(z[1] - z[0]).toBe(2 * D);
  });
  it('zooming out past everything fits everything', () => {
    expect(zoomDomain([10 * D, 60 * D], 0.1, limits)).toEqual([0, 100 * D]);
  });
});

describe('panDomain', () => {
  it.each([
    [5 * D, [15 * D, 25 * D]],
    [-50 * D, [0, 10 * D]],
    [500 * D, [90 * D, 100 * D]],
  ])('by %d ms', (delta, expected) => expect(panDomain([10 * D, 20 * D], delta, limits)).toEqual(expected));
});

describe('domainShowing / domainAround', () => {
  it('leaves a domain alone when the event is visible', () => {
    const d: Domain = [10 * D, 20 * D];
    expect(domainShowing(d, 12 * D, 13 * D, limits)).toBe(d);
  });
  it('pans just enough to show a later event, keeping the span', () => {
    const d = domainShowing([10 * D, 20 * D], 30 * D, 31 * D, limits);
    expect(d[1] - d[0]).toBeCloseTo(10 * D);
    expect(d[0]).toBeLessThanOrEqual(30 * D);
    expect(d[1]).toBeGreaterThanOrEqual(31 * D);
  });
  it('zooms around a cluster extent with a margin', () => {
    const d = domainAround(40 * D, 44 * D, limits);
    expect(d[0]).toBeLessThan(40 * D);
    expect(d[1]).toBeGreaterThan(44 * D);
    expect(d[1] - d[0]).toBeLessThan(8 * D);
  });
});

describe('transforms ↔ domains', () => {
  const full: Domain = [Date.UTC(2015, 0, 1), Date.UTC(2017, 0, 1)];
  const target: Domain = [Date.UTC(2016, 6, 1), Date.UTC(2016, 8, 1)];
  for (const rtl of [false, true]) {
    it(`round-trips ${rtl ? 'with a mirrored (Arabic) range' : 'left to right'}`, () => {
      const base = makeTimeScale(full, 800, rtl);
      const t = transformForDomain(base, target);
      expect(t.k).toBeGreaterThan(1);
      const back = domainForTransform(base, t);
      expect(back[0]).toBeCloseTo(target[0], -2);
      expect(back[1]).toBeCloseTo(target[1], -2);
    });
    it(`agrees with d3-zoom's rescaleX ${rtl ? '(mirrored)' : ''}`, () => {
      const base = makeTimeScale(full, 800, rtl);
      const t = transformForDomain(base, target);
      const d3 = zoomIdentity.translate(t.x, 0).scale(t.k).rescaleX(base).domain().map(Number).sort((a, b) => a - b);
      expect(d3[0]).toBeCloseTo(target[0], -2);
      expect(d3[1]).toBeCloseTo(target[1], -2);
    });
  }
  it('the identity transform shows the full extent', () => {
    const base = makeTimeScale(full, 500, true);
    expect(domainForTransform(base, { k: 1, x: 0 })).toEqual(full);
  });
});

describe('zoom keys', () => {
  it('are equal for a pan and change with zoom', () => {
    expect(zoomKey([0, 10 * D], 1000)).toBe(zoomKey([5 * D, 15 * D], 1000));
    expect(zoomKey([0, 10 * D], 1000)).toBeGreaterThan(zoomKey([0, 5 * D], 1000));
  });
  it.each([[0, 10 * D, 1000], [0, 365 * D, 1280], [0, 2 * D, 320]])('keyMsPerPx bounds the actual ms/px (%d..%d @ %d px)', (a, b, w) => {
    const actual = (b - a) / w;
    const key = zoomKey([a, b], w);
    expect(keyMsPerPx(key)).toBeGreaterThanOrEqual(actual);
    expect(keyMsPerPx(key)).toBeLessThan(actual * 2 ** 0.25 + 1e-9);
  });
});
