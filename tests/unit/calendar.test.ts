/**
 * Day arithmetic of the pipeline (scripts/pipeline/calendar.ts): adding days, differences and ISO
 * week starts are sums on day numbers; they must agree with dayjs in UTC, which did them before.
 */
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import { describe, expect, test } from 'vitest';
import { addDays, dayOfIso, daysBetween, isoOf, isoWeekStartOf, monthsOf } from '../../scripts/pipeline/calendar.ts';

dayjs.extend(utc);
dayjs.extend(isoWeek);

describe('calendar', () => {
  test.each([
    ['2016-02-28', 1, '2016-02-29'],
    ['2016-02-29', 1, '2016-03-01'],
    ['2015-12-31', 1, '2016-01-01'],
    ['2016-01-01', -1, '2015-12-31'],
    ['2016-07-15', 0, '2016-07-15'],
    ['2016-03-01', -366, '2015-03-01'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  test.each([
    ['2016-07-14', '2016-07-15', 1],
    ['2016-07-15', '2016-07-14', -1],
    ['2015-12-30', '2016-01-02', 3],
    ['2016-01-01', '2017-01-01', 366],
    ['2016-05-05', '2016-05-05', 0],
  ])('daysBetween(%s, %s) is %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  test.each([
    ['2016-07-11', '2016-07-11'], // Monday
    ['2016-07-17', '2016-07-11'], // Sunday
    ['2016-01-01', '2015-12-28'], // Friday, week across the new year
    ['2016-02-29', '2016-02-29'],
  ])('the ISO week of %s starts on %s', (date, monday) => {
    expect(isoOf(isoWeekStartOf(dayOfIso(date)))).toBe(monday);
  });

  test.each([
    ['2016-02-12', '2016-02-19', ['2016-02']],
    ['2015-12-28', '2016-01-03', ['2015-12', '2016-01']],
    ['2016-11-30', '2017-02-01', ['2016-11', '2016-12', '2017-01', '2017-02']],
  ])('the range %s … %s touches the months %j', (start, end, expected) => {
    expect(monthsOf(start, end)).toEqual(expected);
  });

  test('agrees with dayjs in UTC on every day of 2014–2018', () => {
    const first = dayOfIso('2014-01-01');
    const last = dayOfIso('2018-12-31');
    for (let day = first; day <= last; day++) {
      const iso = isoOf(day);
      const moment = dayjs.utc(iso);
      expect(addDays(iso, 40)).toBe(moment.add(40, 'day').format('YYYY-MM-DD'));
      expect(daysBetween('2016-02-29', iso)).toBe(moment.diff(dayjs.utc('2016-02-29'), 'day'));
      expect(isoOf(isoWeekStartOf(day))).toBe(moment.startOf('isoWeek').format('YYYY-MM-DD'));
    }
  });
});
