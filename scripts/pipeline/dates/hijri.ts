/**
 * The Hijri calendar through Intl (Umm al-Qura, the Saudi civil calendar): the Hijri date of a day
 * and the day of a Hijri date. Countries that begin months by sighting may be a day later; callers
 * mark what they date from here as approximate unless the text gives a weekday or Gregorian date.
 */
import { dayOf, shiftMonth, type Day } from '../calendar.ts';
import { partOfMonth, type DayRange } from './ranges.ts';
import type { Part } from '../../tables/dates.ts';

const MS_PER_DAY = 86_400_000;

/**
 * Made on first use: loading the Umm al-Qura calendar costs about 0.1 s, which every run paid at
 * start-up although most articles hold no Hijri date.
 */
let hijriFormat: Intl.DateTimeFormat | undefined;

export function hijriOf(day: Day): { year: number; month: number; day: number } {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
  });
  const parts = hijriFormat.formatToParts(new Date(day * MS_PER_DAY));
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: value('year'), month: value('month'), day: value('day') };
}

const HIJRI_EPOCH: Day = dayOf(622, 7, 19);
const HIJRI_YEAR_DAYS = 354.367;
const HIJRI_MONTH_DAYS = 29.5306;

/** The Gregorian day of a Hijri date, or null when that month has no such day (a 30th in a 29-day month). */
export function dayOfHijri(year: number, month: number, day: number): Day | null {
  let guess = Math.round(HIJRI_EPOCH + (year - 1) * HIJRI_YEAR_DAYS + (month - 1) * HIJRI_MONTH_DAYS + day - 1);
  // The mean-month estimate is within a day or two; a few corrections against Intl settle it.
  for (let step = 0; step < 4; step++) {
    const at = hijriOf(guess);
    const off = ((year - at.year) * 12 + (month - at.month)) * HIJRI_MONTH_DAYS + (day - at.day);
    if (Math.round(off) === 0) break;
    guess += Math.round(off);
  }
  const at = hijriOf(guess);
  return at.year === year && at.month === month && at.day === day ? guess : null;
}

export function hijriMonthRange(year: number, month: number, part: Part | undefined): DayRange | null {
  const first = dayOfHijri(year, month, 1);
  const next = shiftMonth(year, month, 1);
  const nextFirst = dayOfHijri(next.year, next.month, 1);
  if (first === null || nextFirst === null) return null;
  return part ? partOfMonth(first, nextFirst - 1, part) : { first, last: nextFirst - 1, precision: 'month' };
}
