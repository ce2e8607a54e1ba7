/**
 * Gregorian calendar arithmetic on day numbers (days since 1970-01-01), shared by the date tagger,
 * the publication-date check and merging. Takes and gives plain integers and `YYYY-MM-DD` strings;
 * pure integer arithmetic (Hinnant's civil-day algorithms), no Date objects and no time zones.
 *
 * Deliberately not done: the Hijri calendar (dates.ts asks Intl for it), parsing or validating
 * text (published.ts does that).
 */
import type { IsoDate } from '../../src/lib/types.ts';

/** Days since 1970-01-01 (UTC). Calendar arithmetic is integer arithmetic on these. */
export type Day = number;

/** English month names, for messages and evidence ("published in July"). */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number of a date. Like `Date.UTC`, a month outside 1–12 or a day outside the month
 * carries over into the next or previous month or year.
 */
export function dayOf(year: number, month: number, day: number): Day {
  const index = year * 12 + (month - 1);
  const m = index - Math.floor(index / 12) * 12 + 1;
  const y = Math.floor(index / 12) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function dayOfIso(iso: IsoDate): Day {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Year, month and day of a day number (Hinnant's civil_from_days). */
export function calendarOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}

export function isoOf(day: Day): IsoDate {
  const { year, month, day: dayOfMonth } = calendarOf(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** 0 = Sunday, as `Date.getUTCDay`; 1970-01-01 was a Thursday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** The month `by` months away from the given one. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day of the month `by` months away, or the month's last day when it is shorter. */
export function addMonths(day: Day, by: number): Day {
  const from = calendarOf(day);
  const to = shiftMonth(from.year, from.month, by);
  return dayOf(to.year, to.month, Math.min(from.day, daysInMonth(to.year, to.month)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOf(dayOfIso(date) + days);
}

/** Days from `a` to `b`: negative when `b` is earlier. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayOfIso(b) - dayOfIso(a);
}
