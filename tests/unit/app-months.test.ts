/**
 * The two Arabic month-name sets: every date the app formats follows the set in use, the set rides
 * in the URL, a reader's earlier choice is remembered, and a reader who never chose gets the set of
 * their browser's region.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clusterName, eventName } from '../../src/app/names.ts';
import { readRememberedMonths, rememberMonths } from '../../src/app/remembered-months.ts';
import { ViewState } from '../../src/app/view.svelte.ts';
import { browserMonths, dateLocale, formatEventDate, formatIsoDate, useArabicMonths } from '../../src/lib/format.ts';
import { timeTicks } from '../../src/lib/timeline/ticks.ts';
import { DAY_MS, isoToMs } from '../../src/lib/timeline/scales.ts';
import type { EventDate, TimelineEvent } from '../../src/lib/types.ts';
import { DEFAULT_MONTHS, DEFAULT_VIEW, fromURL, toURL, type MonthNames } from '../../src/lib/url-state.ts';

const day = (start: string, end = start, precision: EventDate['precision'] = 'day'): EventDate => ({ start, end, precision, approximate: false });
const event = (over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'e1', type: 'meeting', status: 'held', date: day('2016-07-15'), title: { ar: 'لقاء', en: 'Meeting' }, actors: [], places: [], excerpts: [], ...over,
});

let months: MonthNames = DEFAULT_MONTHS;
useArabicMonths(() => months);
afterEach(() => {
  months = DEFAULT_MONTHS;
});

describe('dates in either Arabic month set', () => {
  it.each<[string, EventDate, MonthNames, string]>([
    ['a day, transliterated', day('2016-07-15'), 'transliterated', '15 يوليو 2016'],
    ['a day, Levantine', day('2016-07-15'), 'levantine', '15 تموز 2016'],
    ['two days, Levantine', day('2016-07-14', '2016-07-15', 'days'), 'levantine', '14–15 تموز 2016'],
    ['January, Levantine', day('2016-01-01', '2016-01-31', 'month'), 'levantine', 'كانون الثاني 2016'],
    ['January, transliterated', day('2016-01-01', '2016-01-31', 'month'), 'transliterated', 'يناير 2016'],
    ['December across years, Levantine', day('2015-12-15', '2016-02-10', 'days'), 'levantine', '15 كانون الأول 2015 – 10 شباط 2016'],
    ['August, Levantine', day('2016-08-26'), 'levantine', '26 آب 2016'],
  ])('%s', (_name, date, set, expected) => {
    months = set;
    expect(formatEventDate(date, 'ar').replace(/\u2009/g, ' ')).toBe(expected);
  });

  it('keeps Western digits in both sets', () => {
    for (const set of ['transliterated', 'levantine'] as const) {
      months = set;
      expect(formatIsoDate('2016-12-15', 'ar')).not.toMatch(/[٠-٩]/);
    }
  });

  it('leaves English alone', () => {
    months = 'levantine';
    expect(formatIsoDate('2016-07-15', 'en')).toBe('15 July 2016');
    expect(dateLocale('en')).toBe('en-GB');
  });

  it('relabels the axis', () => {
    const domain = [isoToMs('2015-12-01'), isoToMs('2016-03-31') + DAY_MS] as const;
    months = 'levantine';
    expect(timeTicks([...domain], 300, 'ar').map((t) => t.label)).toEqual(['كانون الأول', 'كانون الثاني', 'شباط', 'آذار']);
    months = 'transliterated';
    expect(timeTicks([...domain], 300, 'ar').map((t) => t.label)).toEqual(['ديسمبر', 'يناير', 'فبراير', 'مارس']);
  });

  it('renames a mark after a change, though names are cached', () => {
    const e = event();
    expect(eventName(e, 'ar')).toContain('يوليو');
    months = 'levantine';
    expect(eventName(e, 'ar')).toContain('تموز');
    months = 'transliterated';
    expect(eventName(e, 'ar')).toContain('يوليو');
  });

  it('renames a cluster after a change', () => {
    const member = { id: 'e1', event: event() };
    const group = { members: [member], t1: isoToMs(member.event.date.end) + DAY_MS } as unknown as Parameters<typeof clusterName>[0];
    expect(clusterName(group, 'ar')).toContain('يوليو');
    months = 'levantine';
    expect(clusterName(group, 'ar')).toContain('تموز');
  });
});

describe('the set for a reader who has not chosen', () => {
  it.each<[readonly string[], MonthNames]>([
    [[], 'transliterated'],
    [['en-US'], 'transliterated'],
    [['ar'], 'transliterated'],
    [['ar-LB', 'en'], 'levantine'],
    [['ar-sy'], 'levantine'],
    [['ar_IQ'], 'levantine'],
    [['ar-JO'], 'levantine'],
    [['ar-PS'], 'levantine'],
    [['ar-EG'], 'transliterated'],
    [['ar-SA', 'ar-LB'], 'transliterated'],
    [['en-GB', 'ar', 'ar-LB'], 'levantine'],
    [['fr-LB'], 'transliterated'],
  ])('%j → %s', (languages, expected) => {
    expect(browserMonths(languages)).toBe(expected);
  });
});

describe('the set in the URL', () => {
  it.each<[string, MonthNames | null]>([
    ['months=levantine', 'levantine'],
    ['months=transliterated', 'transliterated'],
    ['months=syriac', null],
    ['', null],
  ])('?%s → %s', (query, expected) => {
    const params = fromURL(new URLSearchParams(query));
    expect(params.months).toBe(expected);
    expect(fromURL(toURL(params))).toEqual(params);
  });
  it('is left out when not chosen', () => {
    expect(toURL({ ...DEFAULT_VIEW, types: [...DEFAULT_VIEW.types] }).has('months')).toBe(false);
  });
});

describe('the view: link, then earlier choice, then browser', () => {
  it.each<[MonthNames | null, MonthNames | null, string[], MonthNames]>([
    [null, null, ['ar-EG'], 'transliterated'],
    [null, null, ['ar-LB'], 'levantine'],
    [null, 'transliterated', ['ar-LB'], 'transliterated'],
    ['levantine', 'transliterated', ['ar-EG'], 'levantine'],
  ])('link %s, remembered %s, browser %j → %s', (link, remembered, languages, expected) => {
    const view = new ViewState({ ...DEFAULT_VIEW, types: [...DEFAULT_VIEW.types], months: link }, languages);
    view.rememberedMonths = remembered;
    expect(view.uiMonths).toBe(expected);
    expect(view.params.months).toBe(link);
  });
});

describe('remembering the choice', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };
  it('reads back what was kept', () => {
    const storage = memory();
    expect(readRememberedMonths(storage)).toBe(null);
    rememberMonths('levantine', storage);
    expect(readRememberedMonths(storage)).toBe('levantine');
  });
  it('ignores a value it did not write', () => {
    const storage = memory();
    storage.setItem('syria-timeline:months', 'hijri');
    expect(readRememberedMonths(storage)).toBe(null);
  });
  it('never fails where storage refuses', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(readRememberedMonths(refusing)).toBe(null);
    expect(() => rememberMonths('levantine', refusing)).not.toThrow();
    expect(readRememberedMonths(null)).toBe(null);
  });
});
