/**
 * Resolving a recognised expression against an anchor day (the publication date): the calendar
 * span it names, and whether that span rests on a guess.
 *
 * One rule picks the occurrence wherever the words leave it open (the year of "26 شباط", of "في
 * آب", of "عيد الأضحى", of "10 ذو الحجة"): the occurrence nearest the anchor. The clause's tense
 * only overrides it when the nearest one contradicts the tense (a past verb and an occurrence
 * still ahead, a future cue and one already over), and breaks ties. A relation word ("الماضي",
 * "المقبل") is not tense but part of the name, and always decides. A bare weekday follows the same
 * rule: of the last and the next one, the nearer, unless the tense contradicts it.
 */
import {
  AGO_GRAIN, DURATION_LENGTHS, PART_OF_MONTH_DAYS, WITHIN_PRECISION,
  type DurationUnit, type Part, type Relation,
} from '../../tables/dates.ts';
import { addMonths, calendarOf, dayOf, daysInMonth, isoWeekStartOf, shiftMonth, weekdayOf, type Day } from '../calendar.ts';
import type { Expression, Found, Tense } from './expression.ts';
import { OBSERVED_MONTH_STARTS } from '../../tables/holidays.ts';
import { dayOfHijri, hijriMonthRange, hijriOf } from './hijri.ts';
import { dayRange, monthRange, partOfMonth, weekOf, wholeMonth, yearRange, type DayRange } from './ranges.ts';

export interface Resolution {
  range: DayRange | null;
  approximate: boolean;
}

type Of<K extends Expression['kind']> = Extract<Expression, { kind: K }>;

const distance = (r: DayRange, anchor: Day) => (anchor < r.first ? r.first - anchor : anchor > r.last ? anchor - r.last : 0);

/** A candidate the tense rules out: a past cue and an occurrence that has not begun, a future cue and one already over. */
function contradicts(r: DayRange, anchor: Day, tense: Tense | undefined): boolean {
  return (tense === 'past' && r.first > anchor) || (tense === 'future' && r.last < anchor);
}

/**
 * The rule for the year: of the candidate occurrences (in ascending order), the one a relation
 * word names; otherwise the nearest to the anchor that the tense does not contradict (the nearest
 * of all when every one contradicts it), ties going to the side the tense points to, else the past.
 */
function pickOccurrence(candidates: readonly DayRange[], anchor: Day, relation?: Relation, tense?: Tense): DayRange | null {
  if (relation === 'past' || relation === 'beforeLast') return candidates.filter((r) => r.last < anchor).at(relation === 'past' ? -1 : -2) ?? null;
  if (relation === 'next') return candidates.find((r) => r.first > anchor) ?? null;
  const current = relation === 'current' ? candidates.find((r) => r.first <= anchor && anchor <= r.last) : undefined;
  if (current) return current;
  const fitting = candidates.filter((r) => !contradicts(r, anchor, tense));
  const pool = fitting.length > 0 ? fitting : candidates;
  let best: DayRange | null = null;
  for (const r of pool) {
    if (!best) best = r;
    const d = distance(r, anchor) - distance(best, anchor);
    if (d < 0 || (d === 0 && tense === 'future' && r.first > best.first)) best = r;
  }
  return best;
}

function relativeDay(e: Of<'relativeDay'>, anchor: Day): Resolution {
  const day = anchor + e.offset;
  // "أمس الخميس" on a day after a Wednesday: the words disagree, so the day is a guess.
  return { range: dayRange(day), approximate: e.weekday !== undefined && weekdayOf(day) !== e.weekday };
}

function weekday(e: Of<'weekday'>, anchor: Day, tense: Tense | undefined): Resolution {
  const first = firstWeekday(e, anchor, tense);
  if (e.lastWeekday === undefined || !first.range) return first;
  const length = (e.lastWeekday - e.weekday + 7) % 7;
  // Told in the past, days that would run past the day of writing are the week before's
  // ("كانت قد اجتمعت يومي الأربعاء والخميس" in a Wednesday paper).
  const start = tense === 'past' && first.range.first + length > anchor ? first.range.first - 7 : first.range.first;
  return { ...first, range: { first: start, last: start + length, precision: length > 0 ? 'days' : 'day' } };
}

function firstWeekday(e: Of<'weekday'>, anchor: Day, tense: Tense | undefined): Resolution {
  const back = (weekdayOf(anchor) - e.weekday + 7) % 7;
  const forward = (e.weekday - weekdayOf(anchor) + 7) % 7;
  switch (e.relation) {
    // Yesterday is "أمس": "الجمعة الماضي" in a Saturday paper is the Friday of the week before.
    case 'past': return { range: dayRange(anchor - (back <= 1 ? back + 7 : back)), approximate: false };
    case 'beforeLast': return { range: dayRange(anchor - (back <= 1 ? back + 14 : back + 7)), approximate: false };
    case 'next': return { range: dayRange(anchor + (forward || 7)), approximate: false };
    case 'current': return { range: dayRange(isoWeekStartOf(anchor) + ((e.weekday + 6) % 7)), approximate: false };
    default: {
      const candidates = [dayRange(anchor - back), ...(back > 0 ? [dayRange(anchor + forward)] : [])];
      return { range: pickOccurrence(candidates, anchor, undefined, tense), approximate: true };
    }
  }
}

/** Years around the anchor a day and month without a year may fall in; with a weekday, wide enough to find the one it agrees with. */
function yearsAround(anchor: Day, reach: number): number[] {
  const { year } = calendarOf(anchor);
  return Array.from({ length: 2 * reach + 1 }, (_, k) => year - reach + k);
}

function calendarDate(e: Of<'calendarDate'>, anchor: Day, tense: Tense | undefined): Resolution {
  const lastDay = e.lastDay ?? e.day;
  const span = (year: number): DayRange | null => {
    if (e.month < 1 || e.day < 1 || lastDay < e.day || lastDay > daysInMonth(year, e.month)) return null;
    return { first: dayOf(year, e.month, e.day), last: dayOf(year, e.month, lastDay), precision: lastDay > e.day ? 'days' : 'day' };
  };
  const { year } = calendarOf(anchor);
  if (e.year !== undefined) return { range: span(e.year), approximate: false };
  if (e.yearShift !== undefined) return { range: span(year + e.yearShift), approximate: false };
  if (e.weekday !== undefined) {
    const agreeing = yearsAround(anchor, 11).map(span).filter((r): r is DayRange => r !== null && weekdayOf(r.first) === e.weekday);
    const range = pickOccurrence(agreeing, anchor);
    if (range) return { range, approximate: false };
  }
  const candidates = yearsAround(anchor, 1).map(span).filter((r): r is DayRange => r !== null);
  // "19 تشرين الأول الجاري" names this month's day whatever the tense: the nearest, tense aside.
  if (e.relation === 'current') return { range: pickOccurrence(candidates, anchor), approximate: false };
  return { range: pickOccurrence(candidates, anchor, e.relation, tense), approximate: e.relation === undefined };
}

function dayOfRelativeMonth(e: Of<'dayOfRelativeMonth'>, anchor: Day): Resolution {
  const now = calendarOf(anchor);
  const { year, month } = shiftMonth(now.year, now.month, e.shift);
  const [first, last] = [Math.min(e.day, e.lastDay ?? e.day), Math.max(e.day, e.lastDay ?? e.day)];
  if (last > daysInMonth(year, month)) return { range: null, approximate: false };
  // A weekday that does not fall on the date leaves the date, approximate.
  const agrees = e.weekday === undefined || weekdayOf(dayOf(year, month, first)) === e.weekday;
  return { range: { first: dayOf(year, month, first), last: dayOf(year, month, last), precision: last > first ? 'days' : 'day' }, approximate: !agrees };
}

function month(e: Of<'month'>, anchor: Day, tense: Tense | undefined): Resolution {
  const { year } = calendarOf(anchor);
  if (e.year !== undefined) return { range: monthRange(e.year, e.month, e.part), approximate: false };
  if (e.yearShift !== undefined) return { range: monthRange(year + e.yearShift, e.month, e.part), approximate: false };
  // The relation names the month, not its part: "نهاية تموز الماضي" is the end of the last July.
  const months = [year - 1, year, year + 1].map((y) => wholeMonth(y, e.month));
  const chosen = pickOccurrence(months, anchor, e.relation, tense);
  if (!chosen) return { range: null, approximate: false };
  return { range: monthRange(calendarOf(chosen.first).year, e.month, e.part), approximate: e.relation === undefined };
}

function period(e: Of<'period'>, anchor: Day, deadline: boolean): Resolution {
  const whole = wholePeriod(e, anchor, deadline);
  if (!e.side || !whole.range) return whole;
  // "في وقت لاحق من هذا الشهر": the days of the period after the publication; none when it is over.
  const { first, last } = whole.range;
  const range = e.side === 'later' ? { ...whole.range, first: Math.max(first, anchor + 1) } : { ...whole.range, last: Math.min(last, anchor - 1) };
  return { range: range.first <= range.last ? range : null, approximate: whole.approximate };
}

function wholePeriod(e: Of<'period'>, anchor: Day, deadline: boolean): Resolution {
  const now = calendarOf(anchor);
  // A part word with neither relation nor demonstrative ("نهاية العام") is read as the current one.
  const approximate = !e.stated;
  if (e.unit === 'week') return { range: weekOf(anchor + 7 * e.shift), approximate };
  if (e.unit === 'month') {
    const { year, month: m } = shiftMonth(now.year, now.month, e.shift);
    // "الموعد النهائي نهاية الشهر": a limit at the end of a month is its last day, not its last third.
    if (deadline && e.part === 'late') return { range: dayRange(dayOf(year, m, daysInMonth(year, m))), approximate };
    return { range: monthRange(year, m, e.part), approximate };
  }
  return { range: yearRange(now.year + e.shift, e.part), approximate };
}

function spanEnd(anchor: Day, count: number, unit: DurationUnit, direction: 1 | -1): Day {
  const length = DURATION_LENGTHS[unit];
  return addMonths(anchor, direction * count * length.months) + Math.round(direction * count * length.days);
}

function within(e: Of<'within'>, anchor: Day): Resolution {
  if (e.anchoredElsewhere) return { range: null, approximate: false };
  const last = spanEnd(e.givenYesterday ? anchor - 1 : anchor, e.count, e.unit, 1);
  // A grace period is a limit: the day it runs out.
  if (e.runsOut) return { range: dayRange(last), approximate: false };
  // What is due "within a week" of a day comes after it: the span opens the next day (hours,
  // rounded to whole days, may end on the day itself).
  return { range: { first: Math.min(anchor + 1, last), last, precision: WITHIN_PRECISION[e.unit] }, approximate: false };
}

function ago(e: Of<'ago'>, anchor: Day): Resolution {
  if (e.anchoredElsewhere) return { range: null, approximate: true };
  const point = spanEnd(anchor, e.count, e.unit, -1);
  const grain = AGO_GRAIN[e.unit];
  if (grain === 'day') return { range: dayRange(point), approximate: true };
  if (grain === 'week') return { range: weekOf(point), approximate: true };
  const { year, month: m, day } = calendarOf(point);
  const whole = wholeMonth(year, m);
  const part = (Object.keys(PART_OF_MONTH_DAYS) as Part[]).find((p) => day <= PART_OF_MONTH_DAYS[p].last) ?? 'late';
  return { range: partOfMonth(whole.first, whole.last, part), approximate: true };
}

function hijriYearsAround(anchor: Day): number[] {
  const { year } = hijriOf(anchor);
  return [year - 1, year, year + 1];
}

function hijriDate(e: Of<'hijriDate'>, anchor: Day, tense: Tense | undefined): Resolution {
  const years = e.year === undefined ? hijriYearsAround(anchor) : [e.year];
  const candidates = years.map((y) => dayOfHijri(y, e.month, e.day)).filter((d): d is Day => d !== null).map(dayRange);
  return { range: pickOccurrence(candidates, anchor, undefined, tense), approximate: e.year === undefined };
}

function hijriMonth(e: Of<'hijriMonth'>, anchor: Day, tense: Tense | undefined): Resolution {
  const years = e.year === undefined ? hijriYearsAround(anchor) : [e.year];
  const whole = years.map((y) => hijriMonthRange(y, e.month, undefined)).filter((r): r is DayRange => r !== null);
  const chosen = pickOccurrence(whole, anchor, e.relation, tense);
  if (!chosen) return { range: null, approximate: false };
  const approximate = e.year === undefined && e.relation === undefined;
  // Months begin by sighting in some countries: the first day is Umm al-Qura's or the next.
  if (e.arrival) return { range: { first: chosen.first, last: chosen.first + 1, precision: 'days' }, approximate: true };
  return { range: e.part ? partOfMonth(chosen.first, chosen.last, e.part) : chosen, approximate };
}

function holiday(e: Of<'holiday'>, anchor: Day, tense: Tense | undefined): Resolution {
  const { holiday: h } = e;
  const hijri = h.calendar === 'hijri';
  const years = hijri ? hijriYearsAround(anchor) : [-1, 0, 1].map((k) => calendarOf(anchor).year + k);
  // Each year's first day, and whether it is the day Syria kept (`OBSERVED_MONTH_STARTS`).
  const firstDays = years
    .map((y) => {
      const kept = hijri ? observedDay(y, h.month, h.day) : undefined;
      return { first: kept ?? (hijri ? dayOfHijri(y, h.month, h.day) : dayOf(y, h.month, h.day)), kept: kept !== undefined };
    })
    .filter((d): d is { first: Day; kept: boolean } => d.first !== null);
  const candidates = firstDays.map(({ first }): DayRange => {
    if (e.eve) return dayRange(first - 1);
    if (e.dayOfHoliday !== undefined) return dayRange(first + Math.min(e.dayOfHoliday, h.days) - 1);
    return { first, last: first + h.days - 1, precision: h.days > 1 ? 'days' : 'day' };
  });
  const chosen = pickOccurrence(candidates, anchor, e.relation, tense);
  if (!chosen || !hijri) return { range: chosen, approximate: !chosen ? false : e.relation === undefined && e.dayOfHoliday === undefined && !e.eve };
  // A Hijri day is the one Syria kept where known; else Umm al-Qura's or, where the month began a
  // day later, the next: both. Approximate either way, as countries differ.
  const known = firstDays[candidates.indexOf(chosen)].kept;
  return { range: known ? chosen : { first: chosen.first, last: chosen.last + 1, precision: 'days' }, approximate: true };
}

/** The day of a Hijri date in a month whose start Syria kept otherwise than Umm al-Qura, if listed. */
function observedDay(year: number, month: number, day: number): Day | undefined {
  const start = OBSERVED.get(`${year}-${month}`);
  return start === undefined ? undefined : start + day - 1;
}
const OBSERVED = new Map(OBSERVED_MONTH_STARTS.map((m) => [`${m.year}-${m.month}`, dayOf(...(m.first.split('-').map(Number) as [number, number, number]))]));

export function resolveExpression(found: Found, anchor: Day): Resolution {
  const e = found.expression;
  const tense = found.tense;
  switch (e.kind) {
    case 'relativeDay': return relativeDay(e, anchor);
    case 'weekday': return weekday(e, anchor, tense);
    case 'calendarDate': return calendarDate(e, anchor, tense);
    case 'dayOfRelativeMonth': return dayOfRelativeMonth(e, anchor);
    case 'time': return { range: dayRange(anchor), approximate: true };
    case 'month': return month(e, anchor, tense);
    case 'period': return period(e, anchor, found.deadline);
    case 'year': return { range: yearRange(e.year, e.part), approximate: false };
    case 'within': return within(e, anchor);
    case 'ago': return ago(e, anchor);
    case 'hijriDate': return hijriDate(e, anchor, tense);
    case 'hijriMonth': return hijriMonth(e, anchor, tense);
    case 'holiday': return holiday(e, anchor, tense);
    case 'vague': case 'notADate': return { range: null, approximate: false };
  }
}

/** Expressions counted from the day they are said: in quoted speech that day may not be the article's. */
export function isDeictic(e: Expression): boolean {
  return e.kind === 'relativeDay' || (e.kind === 'weekday' && e.relation !== undefined) || (e.kind === 'period' && e.unit === 'week');
}
