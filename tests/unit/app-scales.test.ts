import { describe, expect, it } from 'vitest';
import {
  DAY_MS, domainToIsoRange, eventTimes, fullExtent, isoRangeToDomain, isoToMs, lowerBound, makeTimeScale, msToIso,
} from '../../src/lib/timeline/scales.ts';

describe('ISO dates ↔ ms', () => {
  it.each([
    ['2016-07-15', Date.UTC(2016, 6, 15)],
    ['2015-12-31', Date.UTC(2015, 11, 31)],
    ['2016-02-29', Date.UTC(2016, 1, 29)],
  ])('%s', (iso, ms) => {
    expect(isoToMs(iso)).toBe(ms);
    expect(msToIso(ms)).toBe(iso);
    expect(msToIso(ms + DAY_MS - 1)).toBe(iso);
  });
});

describe('eventTimes', () => {
  it.each([
    { date: { start: '2016-07-15', end: '2016-07-15' }, days: 1 },
    { date: { start: '2016-07-14', end: '2016-07-15' }, days: 2 },
    { date: { start: '2016-08-01', end: '2016-08-31' }, days: 31 },
    { date: { start: '2016-08-05', end: '2016-08-01' }, days: 1 }, // end before start: treated as one day
  ])('$date.start..$date.end spans $days day(s)', ({ date, days }) => {
    const { t0, t1 } = eventTimes({ ...date, precision: 'day', approximate: false });
    expect(t0).toBe(isoToMs(date.start));
    expect((t1 - t0) / DAY_MS).toBe(days);
  });
});

describe('visible range as inclusive ISO days', () => {
  it.each([
    ['2016-07-01', '2016-07-31'],
    ['2016-07-15', '2016-07-15'],
    ['2015-12-01', '2017-01-31'],
  ])('%s..%s survives a round trip', (from, to) => {
    expect(domainToIsoRange(isoRangeToDomain(from, to))).toEqual({ from, to });
  });
  it('orders a reversed pair', () => {
    expect(isoRangeToDomain('2016-08-01', '2016-07-01')).toEqual([isoToMs('2016-07-01'), isoToMs('2016-08-01') + DAY_MS]);
  });
  it('a domain ending exactly at midnight does not include the next day', () => {
    expect(domainToIsoRange([isoToMs('2016-07-01'), isoToMs('2016-07-03')])).toEqual({ from: '2016-07-01', to: '2016-07-02' });
  });
});

describe('fullExtent', () => {
  it('is null without events', () => expect(fullExtent([])).toBeNull());
  it('pads around the events', () => {
    const [a, b] = fullExtent([{ t0: 0, t1: 100 * DAY_MS }], 0.05)!;
    expect(a).toBeLessThan(0);
    expect(b).toBeGreaterThan(100 * DAY_MS);
    expect(b - a).toBeCloseTo(110 * DAY_MS);
  });
  it('is at least minSpan wide for a single day', () => {
    const [a, b] = fullExtent([{ t0: 0, t1: DAY_MS }], 0, 30 * DAY_MS)!;
    expect(b - a).toBe(30 * DAY_MS);
    expect((a + b) / 2).toBe(DAY_MS / 2);
  });
});

describe('makeTimeScale', () => {
  const domain = [isoToMs('2016-01-01'), isoToMs('2016-01-11')] as const;
  it('maps earlier dates to the left in English', () => {
    const s = makeTimeScale(domain, 1000, false);
    expect(s(new Date(domain[0]))).toBe(0);
    expect(s(new Date(domain[1]))).toBe(1000);
  });
  it('mirrors in Arabic: earlier dates on the right', () => {
    const s = makeTimeScale(domain, 1000, true);
    expect(s(new Date(domain[0]))).toBe(1000);
    expect(s(new Date(domain[1]))).toBe(0);
    expect(s(new Date(isoToMs('2016-01-02')))).toBeCloseTo(900);
  });
  it('never builds a zero-width range', () => {
    expect(makeTimeScale(domain, 0, false).range()).toEqual([0, 1]);
  });
});

describe('lowerBound', () => {
  it.each([
    [[1, 3, 3, 5], 0, 0],
    [[1, 3, 3, 5], 3, 1],
    [[1, 3, 3, 5], 4, 3],
    [[1, 3, 3, 5], 9, 4],
    [[], 1, 0],
  ])('%j, %d → %d', (values, x, expected) => expect(lowerBound(values, x)).toBe(expected));
});
