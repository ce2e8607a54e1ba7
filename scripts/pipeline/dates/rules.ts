/**
 * The recogniser's rules: each is a pattern over folded text (built from the word tables) and a
 * reader that turns a match into an `Expression`, or unmakes it when its neighbours say it is no
 * date ("صلاة الجمعة"). Each rule names its core, a word or year every match contains, so a
 * sentence without it is never scanned with the full pattern.
 */
import { CLOCK_WORD, DAY_HALVES, MIDNIGHT_WORDS } from '../../tables/clock.ts';
import {
  AGO_WORDS, GREGORIAN_MONTHS, HIJRI_MONTHS, PERIOD_UNITS, RELATIVE_DAYS, VAGUE_EXPRESSIONS,
  GRACE_WORDS, WEEKDAYS, WITHIN_WORDS,
  type DurationUnit, type Relation,
} from '../../tables/dates.ts';
import type { ExpressionShape } from '../../tables/not-a-date.ts';
import { HOLIDAYS } from '../../tables/holidays.ts';
import type { Expression } from './expression.ts';
import { QUOTE_AFTER, QUOTE_BEFORE, givenWhen, isAnchoredElsewhere, isBareMonthADate, isPageStamp, isUnmadeByNeighbours } from './neighbours.ts';
import {
  CARDINAL_OF, CLOCK_HOUR_OF, CLOCK_MINUTE_OF, COUNT_NUMBER, DAY_HALF_OF, TIME_ADVERB_OF, TIME_OF_DAY_OF, COUNT_OF_FORM, DAY, DAY_NUMBER, DAY_ORDINAL_OF, DIGIT_ARTICLE, DURATION_UNIT_OF, END, GAP,
  HIJRI_MONTH_OF, HIJRI_YEAR_NUMBER, HOLIDAY_DAY_OF, HOLIDAY_OF, MONTH_OF, MONTH_PAIR, MONTH_TAIL, OPT_GAP, PART_OF,
  PERIOD_UNIT_OF, RELATION_OF, RELATIVE_DAY_OF, SIDE_OF, W, WEEKDAY_OF, YEAR_NUMBER, keyOfFolded,
} from './patterns.ts';

type Groups = Record<string, string | undefined>;

/**
 * What every match of a rule contains: one of a set of words, or a year number. Sentences without
 * their rule's core are not scanned with the full pattern, which is most sentences for most rules.
 */
export const CORE_WORDS = {
  clock: [CLOCK_WORD, ...DAY_HALVES.flatMap((h) => h.words)],
  midnight: MIDNIGHT_WORDS,
  vague: VAGUE_EXPRESSIONS,
  month: GREGORIAN_MONTHS.flatMap((m) => m.names),
  day: [...RELATIVE_DAYS.flatMap((r) => r.names), ...WEEKDAYS.flatMap((w) => w.names)],
  // "في 25 الجاري": the day of the current month, told by the relation alone; "حتى 25 منه", of the month named before.
  period: [...PERIOD_UNITS.flatMap((u) => u.words), 'الجاري', 'الجارية', 'منه'],
  within: WITHIN_WORDS,
  grace: GRACE_WORDS,
  ago: AGO_WORDS,
  hijriMonth: HIJRI_MONTHS.flatMap((m) => m.names),
  holiday: HOLIDAYS.flatMap((h) => h.names),
};
export type Core = keyof typeof CORE_WORDS | 'yearNumber';

interface Rule {
  core: Core;
  pattern: RegExp;
  read(groups: Groups, folded: string, start: number, end: number): Expression | null;
}

const SHIFT_OF_RELATION: Record<Relation, number> = { beforeLast: -2, past: -1, current: 0, next: 1 };

function rule(core: Core, source: string, read: Rule['read']): Rule {
  return { core, pattern: new RegExp(source, 'gu'), read };
}

/** The midnight that ends the day named ("منتصف ليل الخميس"). */
const MIDNIGHT_ENDING_DAY = '24:00';
const CLOCK_HOUR_NUMBER = '(?:2[0-4]|[01]?[0-9])(?![0-9])';
// "19:00", "19.00", and the news agencies' "19,00".
const CLOCK_MINUTES_TAIL = `${OPT_GAP}[:.,]${OPT_GAP}[0-5][0-9](?![0-9])|${GAP}${W.clockMinute}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM` of a clock time in words or digits, the half of the day moving 1–11 to the afternoon; null for no real hour. */
function clockTime(hourText: string, minutesText: string | undefined, half: string | undefined): string | null {
  let hour = /^[0-9]/.test(hourText) ? Number(hourText) : (CLOCK_HOUR_OF.get(keyOfFolded(hourText)) ?? -1);
  const digits = minutesText === undefined ? undefined : /[0-9]{2}/.exec(minutesText)?.[0];
  const minute = minutesText === undefined ? 0 : digits !== undefined ? Number(digits) : (CLOCK_MINUTE_OF.get(keyOfFolded(minutesText)) ?? 0);
  if (hour < 0 || hour > 24) return null;
  const dayHalf = half === undefined ? undefined : DAY_HALF_OF.get(keyOfFolded(half));
  if (dayHalf && hour === 12) hour = dayHalf.twelve;
  else if (dayHalf && hour >= dayHalf.from && hour < 12) hour += 12;
  return `${pad(hour)}:${pad(minute)}`;
}

function timeOfDayOf(text: string | undefined): string | undefined {
  return text === undefined ? undefined : TIME_OF_DAY_OF.get(keyOfFolded(text));
}

function dayNumberOf(text: string): number {
  return /^[0-9]/.test(text) ? Number(text) : (DAY_ORDINAL_OF.get(keyOfFolded(text)) ?? 0);
}

function relationOf(text: string | undefined): Relation | undefined {
  return text === undefined ? undefined : RELATION_OF.get(keyOfFolded(text));
}

function yearShiftOf(groups: Groups): number | undefined {
  if (groups.yearThis !== undefined) return 0;
  const relation = relationOf(groups.yearRelation);
  return relation === undefined ? undefined : SHIFT_OF_RELATION[relation];
}

function countOf(number: string | undefined, unitWord: string): { count: number; unit: DurationUnit } | null {
  const unit = DURATION_UNIT_OF.get(keyOfFolded(unitWord));
  if (!unit) return null;
  const count = number === undefined ? COUNT_OF_FORM[unit.form] : (/^[0-9]/.test(number) ? Number(number) : CARDINAL_OF.get(keyOfFolded(number)));
  return count ? { count, unit: unit.unit } : null;
}

const NOT_A_DATE_EXPRESSION: Expression = { kind: 'notADate' };

export const RULES: readonly Rule[] = [
  // "26/08/2016", "26-8-2016", "23.01.2017": day first, as Arabic writes it.
  rule('yearNumber', `(?<day>${DAY_NUMBER})(?<sep>[/.-])(?<month>1[0-2]|0?[1-9])\\k<sep>(?<year>${YEAR_NUMBER})`, (g) => ({
    kind: 'calendarDate', day: Number(g.day), month: Number(g.month), year: Number(g.year),
  })),
  // "12/21/2017": month first, as some sites print it, only where the day-first reading is impossible.
  rule('yearNumber', `(?<month>1[0-2]|0?[1-9])/(?<day>1[3-9]|2[0-9]|3[01])/(?<year>${YEAR_NUMBER})`, (g) => ({
    kind: 'calendarDate', day: Number(g.day), month: Number(g.month), year: Number(g.year),
  })),
  // "2016-08-26".
  rule('yearNumber', `(?<year>${YEAR_NUMBER})(?<sep>[/-])(?<month>1[0-2]|0[1-9])\\k<sep>(?<day>3[01]|[12][0-9]|0[1-9])(?![0-9])`, (g) => ({
    kind: 'calendarDate', day: Number(g.day), month: Number(g.month), year: Number(g.year),
  })),
  // "صباح الجمعة 15 تموز", "يومي 26 و27 أغسطس/آب الجاري", "الحادي والثلاثين من تموز الجاري", "30 أيلول الماضي";
  // "في التاسع أو العاشر من نيسان" names one of two days, so the event falls within both.
  rule(
    'month',
    `(?:(?<timeOfDay>${W.timeOfDay})${GAP})?(?:(?<relativeDay>${W.relativeDay})${GAP})?(?:${W.dayWord}${GAP})?` +
      `(?:(?<weekday>${W.weekday})(?:(?<=ليل\\S*${GAP}${W.weekday})(?:${OPT_GAP}[-–—/]${OPT_GAP}|${GAP}(?:${W.until}${GAP})?)(?<nextWeekday>${W.weekday}))?(?:${OPT_GAP}[،,])?${GAP}(?:${W.dayWord}${GAP})?)?` +
      `${DIGIT_ARTICLE}(?<day>${DAY})(?:(?:${OPT_GAP}[-–]${OPT_GAP}|${GAP}و${OPT_GAP}|${GAP}(?:${W.rangeWord}|او)${GAP})(?<lastDay>${DAY}))?` +
      `(?:${GAP}${W.of})?(?:${GAP}${W.monthWord})?${GAP}${MONTH_PAIR}${MONTH_TAIL}${END}`,
    (g, folded, start) => {
      if (folded.startsWith(g.day ?? '', start)) {
        const shape: ExpressionShape = /^[0-9]/.test(g.day ?? '') ? 'dayOfMonth' : 'dayWord';
        if (isUnmadeByNeighbours(shape, folded, start, start)) return NOT_A_DATE_EXPRESSION;
      }
      const day = dayNumberOf(g.day ?? '');
      const lastDay = g.lastDay === undefined ? undefined : dayNumberOf(g.lastDay);
      const time = timeOfDayOf(g.timeOfDay);
      // The night between two weekdays is read only with its dates after them: the midnight between
      // two days ("منتصف ليل الجمعة – السبت 26-27 شباط") is the second day from 00:00, where the
      // dates rule and the weekdays check nothing (a writer may slip on one), and a day right after
      // the two ("منتصف ليل الجمعة إلى السبت 27 شباط") is the second weekday's.
      const midnight = time === MIDNIGHT_ENDING_DAY && (lastDay === day + 1 || (g.nextWeekday !== undefined && lastDay === undefined));
      const namedWeekday = g.nextWeekday === undefined ? g.weekday : lastDay === undefined ? g.nextWeekday : undefined;
      return {
        kind: 'calendarDate',
        day: midnight && lastDay !== undefined ? lastDay : day,
        lastDay: midnight ? undefined : lastDay,
        month: MONTH_OF.get(keyOfFolded(g.month ?? '')) ?? 0,
        year: g.year === undefined ? undefined : Number(g.year),
        yearShift: yearShiftOf(g),
        relation: relationOf(g.relation),
        weekday: namedWeekday === undefined ? undefined : WEEKDAY_OF.get(keyOfFolded(namedWeekday)),
        time: midnight ? '00:00' : time,
        offset: g.relativeDay === undefined ? undefined : RELATIVE_DAY_OF.get(keyOfFolded(g.relativeDay)),
      };
    },
  ),
  // "في اليوم التالي", "صباح اليوم التالي": the day after the one told before it (settled in dates.ts).
  rule(
    'day',
    `(?:(?<timeOfDay>${W.timeOfDay})${GAP})?اليوم${GAP}التالي${END}`,
    (g) => ({ kind: 'relativeDay', offset: 1, following: true, time: timeOfDayOf(g.timeOfDay) }),
  ),
  // "أمس الخميس", "مساء أمس", "صباح اليوم", "بعد غد"; "الخميس الماضي", "هذه الجمعة", "مساء الخميس", "يومي الأحد والاثنين".
  rule(
    'day',
    `(?:(?<timeOfDay>${W.timeOfDay})${GAP})?(?:(?<dayWord>${W.dayWord})${GAP})?` +
      `(?:(?<relativeDay>${W.relativeDay})(?:(?:${OPT_GAP}[،,])?${GAP}(?<dayName>${W.weekday})|${OPT_GAP}\\(${OPT_GAP}(?<bracketedDayName>${W.weekday})${OPT_GAP}\\))?` +
      `|(?:(?<this>${W.this})${GAP})?(?<weekday>${W.weekday})(?:${GAP}و${OPT_GAP}(?<lastWeekday>${W.weekday}))?` +
      `(?:${GAP}(?<relation>${W.relation}))?)${END}`,
    (g, folded, start, end) => {
      if (g.relativeDay !== undefined) {
        const offset = RELATIVE_DAY_OF.get(keyOfFolded(g.relativeDay)) ?? 0;
        const dayName = g.dayName ?? g.bracketedDayName;
        // A time of day does not make "اليوم التالي" today: "صباح اليوم التالي" is the morning
        // after a day told before, which names no day here.
        const bare = g.dayWord === undefined && dayName === undefined;
        if (bare && offset === 0 && isUnmadeByNeighbours('today', folded, start, end)) return NOT_A_DATE_EXPRESSION;
        // "الغد" is also a name ("صحيفة «الغد»", "تيار الغد السوري"); "غدا" never is.
        if (bare && g.relativeDay.startsWith('ال') && offset === 1 && isUnmadeByNeighbours('tomorrow', folded, QUOTE_BEFORE.test(folded[start - 1] ?? '') ? start - 1 : start, QUOTE_AFTER.test(folded[end] ?? '') ? end + 1 : end)) return NOT_A_DATE_EXPRESSION;
        return {
          kind: 'relativeDay', offset, weekday: dayName === undefined ? undefined : WEEKDAY_OF.get(keyOfFolded(dayName)),
          time: timeOfDayOf(g.timeOfDay),
        };
      }
      const alone = g.timeOfDay === undefined && g.dayWord === undefined && g.this === undefined;
      if (alone && isUnmadeByNeighbours('weekday', folded, start, end)) return NOT_A_DATE_EXPRESSION;
      return {
        kind: 'weekday',
        weekday: WEEKDAY_OF.get(keyOfFolded(g.weekday ?? '')) ?? 0,
        relation: g.this !== undefined ? 'current' : relationOf(g.relation),
        time: timeOfDayOf(g.timeOfDay),
        lastWeekday: g.lastWeekday === undefined ? undefined : WEEKDAY_OF.get(keyOfFolded(g.lastWeekday)),
      };
    },
  ),
  // "منتصف تموز الماضي", "في نهاية تموز", "نوفمبر/تشرين الثاني الماضي", "بحلول شهر آب/ أغسطس المقبل".
  rule(
    'month',
    `(?:(?<part>${W.part})${GAP}(?:من${GAP})?)?(?:(?<monthWord>${W.monthWord})${GAP})?${MONTH_PAIR}${MONTH_TAIL}${END}`,
    (g, folded, start) => {
      const cued = [g.part, g.monthWord, g.pair, g.year, g.yearThis, g.yearRelation, g.relation].some((x) => x !== undefined);
      if (!cued && !isBareMonthADate(folded, start)) return null;
      return {
        kind: 'month',
        month: MONTH_OF.get(keyOfFolded(g.month ?? '')) ?? 0,
        year: g.year === undefined ? undefined : Number(g.year),
        yearShift: yearShiftOf(g),
        relation: relationOf(g.relation),
        part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)),
      };
    },
  ),
  // "الأسبوع الماضي", "هذا الأسبوع", "مطلع العام المقبل", "نهاية الشهر الجاري", "في وقت لاحق من هذا الشهر";
  // "منتصف الشهر ذاته", "في نفس العام": of the last date told (`settleOfIt`); not "الشهر ذاته من العام الماضي".
  rule(
    'period',
    `(?:(?<side>${W.side})${GAP}من${GAP})?(?:(?<part>${W.part})${GAP}(?:من${GAP})?)?(?:(?:(?<this>${W.this})|(?<sameBefore>${W.sameBefore}))${GAP})?(?<unit>${W.periodUnit})` +
      `(?:${GAP}(?:(?<relation>${W.relation})|(?<same>${W.same})(?!${GAP}من${GAP}(?:ال)?(?:عام|سنه))))?${END}`,
    (g, folded, start) => {
      const relation = relationOf(g.relation);
      const same = g.same !== undefined || g.sameBefore !== undefined;
      if (same) return { kind: 'period', unit: PERIOD_UNIT_OF.get(keyOfFolded(g.unit ?? '')) ?? 'week', shift: 0, part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)), stated: true, ofIt: 'text' };
      if (relation === undefined && g.this === undefined && g.part === undefined && g.side === undefined) return null;
      const unit = PERIOD_UNIT_OF.get(keyOfFolded(g.unit ?? '')) ?? 'week';
      if (unit === 'year' && g.part === undefined && g.this === undefined && isUnmadeByNeighbours('periodYear', folded, start, start)) {
        return NOT_A_DATE_EXPRESSION;
      }
      return {
        kind: 'period',
        unit,
        shift: relation === undefined ? 0 : SHIFT_OF_RELATION[relation],
        part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)),
        stated: relation !== undefined || g.this !== undefined,
        side: g.side === undefined ? undefined : SIDE_OF.get(keyOfFolded(g.side)),
      };
    },
  ),
  // "عام 2017", "بحلول منتصف عام 2017", "أواخر 2015".
  rule(
    'yearNumber',
    `(?:(?<part>${W.part})${GAP}(?:${W.yearWord}${GAP})?|${W.yearWord}${GAP})(?<year>${YEAR_NUMBER})(?:${OPT_GAP}م${END})?${END}`,
    (g) => ({ kind: 'year', year: Number(g.year), part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)) }),
  ),
  // "خلال أسبوعين", "في غضون 5 أيام", "خلال خمسة أيام من تشكيل المجموعة"; not "خلال شهر آب".
  rule(
    'within',
    `${W.within}${GAP}(?:(?<count>${COUNT_NUMBER}|${W.cardinal})${GAP})?(?<unit>${W.durationUnit})${END}(?!${GAP}${W.month}${END})`,
    (g, folded, _start, end) => {
      const counted = countOf(g.count, g.unit ?? '');
      return counted && { kind: 'within', ...counted, anchoredElsewhere: isAnchoredElsewhere(folded, end) };
    },
  ),
  // "مهلة 48 ساعة", "مهلة أسبوع": the grace word is the deadline trigger's, so the expression is the span after it.
  rule(
    'grace',
    `(?<=${W.grace}${GAP})(?:(?<count>${COUNT_NUMBER}|${W.cardinal})${GAP})?(?<unit>${W.durationUnit})${END}(?!${GAP}${W.month}${END})`,
    (g, folded, start, end) => {
      // Months of grace are a step of a plan counted from its own day ("حدد بيان فيينا مهلة ستة
      // أشهر"), which the report seldom is; hours, days and weeks run from the day they are given.
      const counted = countOf(g.count, g.unit ?? '');
      return counted && { kind: 'within', ...counted, anchoredElsewhere: counted.unit === 'month' || isAnchoredElsewhere(folded, end), runsOut: true, ...givenWhen(folded, start) };
    },
  ),
  // "منذ شهر", "قبل يومين"; years are not a unit here (see DURATION_UNITS).
  rule(
    'ago',
    `${W.ago}${GAP}(?:(?<count>${COUNT_NUMBER}|${W.cardinal})${GAP})?(?<unit>${W.durationUnit})${END}(?!${GAP}${W.month}${END})`,
    (g, folded, start, end) => {
      if (isPageStamp(folded, start, end)) return NOT_A_DATE_EXPRESSION;
      const counted = countOf(g.count, g.unit ?? '');
      return counted && { kind: 'ago', ...counted, anchoredElsewhere: isAnchoredElsewhere(folded, end) };
    },
  ),
  // "10 ذو الحجة 1437 هـ".
  rule(
    'hijriMonth',
    `(?<day>${DAY})(?:${GAP}من)?(?:${GAP}${W.monthWord})?${GAP}(?<hijriMonth>${W.hijriMonth})` +
      `(?:${GAP}(?<hijriYear>${HIJRI_YEAR_NUMBER})(?:${OPT_GAP}${W.hijriMarker}${END})?)?${END}`,
    (g) => ({
      kind: 'hijriDate',
      day: dayNumberOf(g.day ?? ''),
      month: HIJRI_MONTH_OF.get(keyOfFolded(g.hijriMonth ?? '')) ?? 0,
      year: g.hijriYear === undefined ? undefined : Number(g.hijriYear),
    }),
  ),
  // "شهر رمضان", "منتصف شهر رمضان المقبل", "رمضان 1437 هـ".
  rule(
    'hijriMonth',
    `(?:(?<arrival>${W.arrival})${GAP})?(?:(?<part>${W.part})${GAP})?(?:(?<monthWord>${W.monthWord})${GAP})?(?<hijriMonth>${W.hijriMonth})` +
      `(?:${GAP}(?<hijriYear>${HIJRI_YEAR_NUMBER})(?:${OPT_GAP}${W.hijriMarker}${END})?|${GAP}(?<relation>${W.relation}))?${END}`,
    (g) => {
      if (g.monthWord === undefined && g.hijriYear === undefined && g.relation === undefined && g.arrival === undefined) return null;
      return {
        kind: 'hijriMonth',
        month: HIJRI_MONTH_OF.get(keyOfFolded(g.hijriMonth ?? '')) ?? 0,
        year: g.hijriYear === undefined ? undefined : Number(g.hijriYear),
        relation: relationOf(g.relation),
        part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)),
        arrival: g.arrival !== undefined,
      };
    },
  ),
  // "أول أيام عيد الأضحى", "عيد الفطر المقبل"; not "شجرة عيد الميلاد".
  rule(
    'holiday',
    `(?:(?<eve>${W.eve})${GAP}|(?<dayOfHoliday>${W.holidayDay})${GAP}${W.holidayDays}${GAP})?(?<holiday>${W.holiday})(?:${GAP}(?<relation>${W.relation}))?${END}`,
    (g, folded, start) => {
      const holiday = HOLIDAY_OF.get(keyOfFolded(g.holiday ?? ''));
      if (!holiday) return null;
      if (g.dayOfHoliday === undefined && g.eve === undefined && isUnmadeByNeighbours('holiday', folded, start, start)) {
        return NOT_A_DATE_EXPRESSION;
      }
      return {
        kind: 'holiday',
        holiday,
        dayOfHoliday: g.dayOfHoliday === undefined ? undefined : HOLIDAY_DAY_OF.get(keyOfFolded(g.dayOfHoliday)),
        relation: relationOf(g.relation),
        eve: g.eve !== undefined,
      };
    },
  ),
  // "الساعة السابعة مساء", "الساعة 19:00", "السابعة والنصف مساء"; a day beside it is joined on later.
  rule(
    'clock',
    `(?:${W.clockWord}${GAP}(?<hour>${CLOCK_HOUR_NUMBER}|${W.clockHour})(?<minutes>${CLOCK_MINUTES_TAIL})?(?:${GAP}(?:من${GAP})?(?<half>${W.dayHalf}))?` +
      `|(?<bareHour>${CLOCK_HOUR_NUMBER}|${W.clockHour})(?<bareMinutes>${CLOCK_MINUTES_TAIL})?${GAP}(?:من${GAP})?(?<bareHalf>${W.dayHalf}))` +
      `(?:${GAP}(?:${W.dayWord}${GAP})?(?:(?<relativeDay>${W.relativeDay})|(?<weekday>${W.weekday})))?${END}`,
    (g) => {
      const time = clockTime(g.hour ?? g.bareHour ?? '', g.minutes ?? g.bareMinutes, g.half ?? g.bareHalf);
      if (time === null) return null;
      // "السابعة من مساء الاثنين": the half of the day and the day share the word مساء, so the day is read here.
      if (g.relativeDay !== undefined) return { kind: 'relativeDay', offset: RELATIVE_DAY_OF.get(keyOfFolded(g.relativeDay)) ?? 0, time };
      if (g.weekday !== undefined) return { kind: 'weekday', weekday: WEEKDAY_OF.get(keyOfFolded(g.weekday)) ?? 0, time };
      return { kind: 'time', time };
    },
  ),
  // "تحادث هاتفيا صباحا": a time of day alone, as an adverb, is of the day it is said, unless a day beside it takes it.
  // Not a habit ("كل يوم صباحا").
  rule('clock', `(?<![\\p{L}])(?<!يوم${GAP})(?<adverb>${W.timeAdverb})${END}`, (g) => ({ kind: 'time', time: TIME_ADVERB_OF.get(keyOfFolded(g.adverb ?? '')), adverb: true })),
  // "منتصف ليل الجمعة – السبت", "منتصف ليلة الأحد إلى الاثنين" (the second day, 00:00), "منتصف ليل الخميس" (the end of Thursday),
  // "منتصف الليلة قبل الماضية" (the end of the day before yesterday), "منتصف الليل".
  rule(
    'midnight',
    `(?:منتصف${GAP}(?<night>${W.nightBeforeLast})|${W.midnight}(?:${GAP}(?:(?<relativeDay>${W.relativeDay})|(?<weekday>${W.weekday}))` +
      `(?:(?:${OPT_GAP}[-–—/]${OPT_GAP}|${GAP}(?:${W.until}${GAP}|و${OPT_GAP})?)(?<nextWeekday>${W.weekday}))?)?)${END}`,
    (g) => {
      const relativeDay = g.night ?? g.relativeDay;
      if (relativeDay !== undefined) return { kind: 'relativeDay', offset: RELATIVE_DAY_OF.get(keyOfFolded(relativeDay)) ?? 0, time: MIDNIGHT_ENDING_DAY };
      if (g.weekday === undefined) return { kind: 'time', time: MIDNIGHT_ENDING_DAY };
      const weekday = WEEKDAY_OF.get(keyOfFolded(g.weekday)) ?? 0;
      const next = g.nextWeekday === undefined ? undefined : WEEKDAY_OF.get(keyOfFolded(g.nextWeekday));
      return { kind: 'weekday', weekday, time: MIDNIGHT_ENDING_DAY, nextDay: next === (weekday + 1) % 7 };
    },
  ),
  // "ظهر اليوم العاشر من الشهر الجاري", "يومي التاسع والعاشر من الشهر", "العاشر من الشهر نفسه" (of the last month told);
  // without "من" when the month's relation is told ("حتى ٢٥ الشهر الجاري"), or the relation alone ("في 25 الجاري").
  rule(
    'period',
    `(?:(?<timeOfDay>${W.timeOfDay})${GAP})?(?:(?<weekday>${W.weekday})(?:${OPT_GAP}[،,])?${GAP})?(?:${W.dayWord}${GAP}|اليوم${GAP})?${DIGIT_ARTICLE}(?<day>${W.dayOrdinal}|${DAY_NUMBER})` +
      `(?:${GAP}و${OPT_GAP}(?<lastDay>${W.dayOrdinal}|${DAY_NUMBER}))?(?:${GAP}من${GAP}` +
      `(?:(?:${W.this}|(?<sameBefore>${W.sameBefore}))${GAP})?${W.monthUnit}(?:${GAP}(?:(?<relation>${W.relation})|(?<same>${W.same})(?!${GAP}من${GAP}(?:ال)?(?:عام|سنه))))?|${GAP}(?:${W.monthUnit}${GAP})?(?<told>${W.relation}))${END}`,
    (g) => {
      const relation = relationOf(g.relation ?? g.told);
      return {
        ...(g.same !== undefined || g.sameBefore !== undefined ? { ofIt: 'text' as const } : {}),
        kind: 'dayOfRelativeMonth',
        day: dayNumberOf(g.day ?? ''),
        lastDay: g.lastDay === undefined ? undefined : dayNumberOf(g.lastDay),
        weekday: g.weekday === undefined ? undefined : WEEKDAY_OF.get(keyOfFolded(g.weekday)),
        shift: relation === undefined ? 0 : SHIFT_OF_RELATION[relation],
        time: timeOfDayOf(g.timeOfDay),
      };
    },
  ),
  // "حتى 25 منه" (of it): of the month its sentence named before it. Only after a word that leads a
  // day ("في"، "حتى"، "يوم"): "منحه 25 منه" is a number of something.
  rule(
    'period',
    `(?<=(?:^|\\s)(?:في|حتي|يوم|بحلول|قبل|بعد|منذ)${GAP})${DIGIT_ARTICLE}(?<day>${W.dayOrdinal}|${DAY_NUMBER})${GAP}منه${END}`,
    (g) => ({ kind: 'dayOfRelativeMonth', day: dayNumberOf(g.day ?? ''), shift: 0, ofIt: 'sentence' }),
  ),
  // "قريبا", "في وقت لاحق", "خلال الأيام المقبلة": no day.
  rule('vague', `${W.vague}${END}`, () => ({ kind: 'vague' })),
];
