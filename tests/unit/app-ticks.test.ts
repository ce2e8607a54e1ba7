import { describe, expect, it } from 'vitest';
import { DAY_MS, isoToMs } from '../../src/lib/timeline/scales.ts';
import { tickLevel, timeTicks } from '../../src/lib/timeline/ticks.ts';

const range = (from: string, to: string) => [isoToMs(from), isoToMs(to) + DAY_MS] as const;

describe('tick level by zoom', () => {
  it.each([
    { from: '2016-07-01', to: '2016-07-20', width: 1200, lang: 'en', unit: 'day', stepDays: 1 },
    { from: '2016-07-01', to: '2016-09-30', width: 1200, lang: 'en', unit: 'day', stepDays: 7 },
    { from: '2015-10-01', to: '2016-12-31', width: 1200, lang: 'en', unit: 'month' },
    { from: '2015-10-01', to: '2016-12-31', width: 320, lang: 'ar', unit: 'month' },
    { from: '2000-01-01', to: '2020-12-31', width: 800, lang: 'en', unit: 'year' },
  ] as const)('$from..$to at $width px ($lang) → $unit', (row) => {
    const level = tickLevel(range(row.from, row.to), row.width, row.lang);
    expect(level.unit).toBe(row.unit);
    if ('stepDays' in row && row.stepDays) expect(level.ms).toBe(row.stepDays * DAY_MS);
  });
  it('needs more room per month in Arabic (long month names)', () => {
    const d = range('2015-01-01', '2016-12-31');
    expect(tickLevel(d, 1000, 'ar').ms).toBeGreaterThanOrEqual(tickLevel(d, 1000, 'en').ms);
  });
});

describe('multi-level labels', () => {
  it('days show the month (and year) only where it changes', () => {
    const ticks = timeTicks(range('2016-07-29', '2016-08-03'), 1200, 'en');
    expect(ticks.map((t) => t.label)).toEqual(['29', '30', '31', '1', '2', '3']);
    expect(ticks.map((t) => t.sub)).toEqual(['Jul 2016', null, null, 'Aug', null, null]);
  });
  it('months show the year only where it changes', () => {
    const ticks = timeTicks(range('2015-11-01', '2016-02-28'), 300, 'en');
    expect(ticks.map((t) => t.label)).toEqual(['Nov', 'Dec', 'Jan', 'Feb']);
    expect(ticks.map((t) => t.sub)).toEqual(['2015', null, '2016', null]);
  });
  it('Arabic uses Arabic month names with Western digits', () => {
    const ticks = timeTicks(range('2016-07-30', '2016-08-02'), 1200, 'ar');
    expect(ticks.map((t) => t.label)).toEqual(['30', '31', '1', '2']);
    expect(ticks[0].sub).toBe('يوليو 2016');
    expect(ticks[2].sub).toBe('أغسطس');
  });
  it('ticks lie inside the domain and ascend', () => {
    const d = range('2015-06-15', '2016-11-20');
    const ticks = timeTicks(d, 900, 'en');
    expect(ticks.length).toBeGreaterThan(2);
    for (let i = 0; i < ticks.length; i++) {
      expect(ticks[i].t).toBeGreaterThanOrEqual(d[0]);
      expect(ticks[i].t).toBeLessThanOrEqual(d[1]);
      if (i) expect(ticks[i].t).toBeGreaterThan(ticks[i - 1].t);
    }
  });
  it('spacing leaves room for labels at any width', () => {
    for (const width of [320, 800, 1600, 3840]) {
      const d = range('2015-01-01', '2017-12-31');
      const ticks = timeTicks(d, width, 'ar');
      const pxPerMs = width / (d[1] - d[0]);
      for (let i = 1; i < ticks.length; i++) expect((ticks[i].t - ticks[i - 1].t) * pxPerMs).toBeGreaterThanOrEqual(40);
    }
  });
});
