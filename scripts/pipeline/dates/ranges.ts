/**
 * Day ranges a date expression can name: a day, a month or a third of it, a year or a part of it,
 * a week. Takes calendar numbers, gives inclusive ranges of day numbers with their precision; the
 * calendar arithmetic itself is dayjs's (calendar.ts).
 */
import type { DatePrecision } from '../../../src/lib/types.ts';
import { PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS, type Part } from '../../tables/dates.ts';
import { dayOf, daysInMonth, isoWeekStartOf, type Day } from '../calendar.ts';

/**
 * The week holding a day, Monday to Sunday (ISO) rather than the Levantine Saturday to Friday:
 * these articles often report on a Saturday what was said on a Friday, and a Friday "next week"
 * reported on Saturday must still name the same week, which only holds when Friday and Saturday
 * fall in the same week. It is also how the hand-annotated corpus reads "الأسبوع الماضي" in an
 * article of Wednesday 24 August 2016 (15–21 August).
 */
export function weekOf(day: Day): DayRange {
  const first = isoWeekStartOf(day);
  return { first, last: first + 6, precision: 'week' };
}

export const dayRange = (day: Day): DayRange => ({ first: day, last: day, precision: 'day' });

export interface DayRange {
  first: Day;
  last: Day;
  precision: DatePrecision;
}

export function wholeMonth(year: number, month: number): DayRange {
  return { first: dayOf(year, month, 1), last: dayOf(year, month, daysInMonth(year, month)), precision: 'month' };
}

export function partOfMonth(first: Day, last: Day, part: Part): DayRange {
  const days = PART_OF_MONTH_DAYS[part];
  return { first: first + days.first - 1, last: Math.min(last, first + days.last - 1), precision: 'part-of-month' };
}

export function monthRange(year: number, month: number, part: Part | undefined): DayRange {
  const whole = wholeMonth(year, month);
  return part ? partOfMonth(whole.first, whole.last, part) : whole;
}

export function yearRange(year: number, part: Part | undefined): DayRange {
  if (!part) return { first: dayOf(year, 1, 1), last: dayOf(year, 12, 31), precision: 'year' };
  const months = PART_OF_YEAR_MONTHS[part];
  return {
    first: dayOf(year, months.first, 1),
    last: dayOf(year, months.last, daysInMonth(year, months.last)),
    precision: 'part-of-year',
  };
}
