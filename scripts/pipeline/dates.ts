/**
 * Date-expression tagger. Takes an article text (or one sentence of it) and the publication date;
 * gives every date expression in it with its offsets, the calendar span a careful reader would
 * assign it, the hour when the text gives one, whether it is a limit ("بحلول آب", "مهلة حتى") and
 * whether the span rests on a guess. Also infers the publication date of an article whose metadata
 * has none (dates/window.ts).
 *
 * How: the text is folded once (`foldWithOffsets`); the recogniser (dates/recognise.ts, with the
 * rules and word tables) reads every expression into an `Expression`, what the words say; the
 * resolver (dates/resolve.ts) turns each into a span against the publication date with one rule
 * for the year (a day and month after a dated one in the same sentence against that date) and
 * one for a time "within" (from the past day the same sentence named before it);
 * spans map back through the offsets, so excerpts never shift.
 *
 * Deliberately not done: dating an expression from another event in the text ("خلال خمسة أيام من
 * تشكيل المجموعة" stays unresolved), deciding what happened on a date (the event stage does that),
 * reading Latin-script dates (English captions carry their own, older dates).
 */
import { foldWithOffsets, type FoldedText } from '../../src/lib/arabic.ts';
import { dayOfIso, isoOf, type Day } from './calendar.ts';
import type { Found } from './dates/expression.ts';
import { dayRange } from './dates/ranges.ts';
import { findExpressions, originalSpan, SENTENCE_BREAK } from './dates/recognise.ts';
import { tenseAt } from './dates/tense.ts';
import { isDeictic, resolveExpression, type Resolution } from './dates/resolve.ts';
import type { DateContext, DateMention } from './types.ts';
import { afterLastMark } from './words.ts';
import { RELATIVE_PRONOUNS } from '../tables/trigger-context.ts';

export { filedDay } from './dates/filed.ts';
export { inferPublicationDate } from './dates/window.ts';


/**
 * The last expression before `i` in its sentence that passes `test`, or -1: the search walks back
 * and stops at the sentence's start, so a long text costs no more than its sentences.
 */
function lastInSentence(folded: string, found: readonly Found[], i: number, test: (j: number) => boolean): number {
  for (let j = i - 1; j >= 0; j--) {
    if (SENTENCE_BREAK.test(folded.slice(found[j].end, found[j + 1].start))) return -1;
    if (test(j)) return j;
  }
  return -1;
}

function sameSentence(folded: string, a: Found, b: Found): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return !SENTENCE_BREAK.test(folded.slice(first.end, second.start));
}

/**
 * A Hijri holiday alone is approximate (the day Syria kept, or Umm al-Qura's and the next: countries
 * begin the month a day apart either way); a weekday or Gregorian date in the same sentence within a
 * day of its span says which day it was ("يوم الأحد أول أيام عيد الأضحى" in a Gulf paper).
 */
function settleHolidays(folded: string, found: Found[], resolved: Resolution[]): Resolution[] {
  return resolved.map((r, i) => {
    const e = found[i].expression;
    const hijri = (e.kind === 'holiday' && e.holiday.calendar === 'hijri') || e.kind === 'hijriDate' || (e.kind === 'hijriMonth' && e.arrival);
    if (!hijri || !r.range || !r.approximate) return r;
    const { first, last } = r.range;
    const witness = resolved.findIndex((w, j) => {
      const kind = found[j].expression.kind;
      return (kind === 'weekday' || kind === 'calendarDate' || kind === 'relativeDay') && w.range !== null &&
        w.range.first === w.range.last && w.range.first >= first - 1 && w.range.first <= last + 1 && sameSentence(folded, found[i], found[j]);
    });
    if (witness === -1) return r;
    const day = resolved[witness].range!.first;
    return { range: dayRange(day), approximate: false };
  });
}

/** "في الغد" after a day its sentence named ("وصل مساء الثلاثاء، وفي الغد التقى بوتين") is the day after it. Folded. */
const THE_MORROW = /(?:^|\s)في (?:\S+ )?الغد$/;

/** "نفسه"/"ذاته" right after "اليوم": the same day as the one just named. Folded. */
const SAME_DAY_AFTER = /^ (?:نفسه|ذاته)(?![\p{L}])/u;

/**
 * "سيصل غدا الخميس، ويلتقي بوتين مساء اليوم نفسه": "the same day" is the day named before it in
 * the sentence, not today; with none before it, the last day the text named before ("خرج من
 * الجلسة صباح الأربعاء … وفي نيويورك، عقد كيري لقاء مع لافروف مساء اليوم نفسه"); with none at
 * all, it names no day.
 */
function settleSameDay(folded: string, found: Found[], resolved: Resolution[], published: Day): Resolution[] {
  // Each reads the days before it as already settled: "في اليوم ذاته" after "صباح اليوم التالي" is that next day.
  const settled: Resolution[] = [];
  for (const [i, r] of resolved.entries()) settled.push(settledDay(i, r));
  return settled;

  function settledDay(i: number, r: Resolution): Resolution {
    const f = found[i];
    const named = (j: number) => settled[j].range !== null && !found[j].deadline;
    const oneDay = (j: number) => named(j) && settled[j].range!.first === settled[j].range!.last;
    if (f.expression.kind === 'relativeDay' && f.expression.offset === 1 && THE_MORROW.test(folded.slice(Math.max(0, f.start - 3), f.end))) {
      const before = lastInSentence(folded, found, i, oneDay);
      return before === -1 ? r : { range: dayRange(settled[before].range!.first + 1), approximate: r.approximate };
    }
    // "وأجرى بوتين في اليوم التالي اتصالين": the day after the last single day told before, in
    // its sentence or earlier; with none, no day.
    if (f.expression.kind === 'relativeDay' && f.expression.following) {
      let before = lastInSentence(folded, found, i, oneDay);
      for (let j = i - 1; before === -1 && j >= 0; j--) if (oneDay(j)) before = j;
      return before === -1 ? { range: null, approximate: r.approximate } : { range: dayRange(settled[before].range!.first + 1), approximate: r.approximate };
    }
    if (f.expression.kind !== 'relativeDay' || f.expression.offset !== 0 || !SAME_DAY_AFTER.test(folded.slice(f.end, f.end + 8))) return r;
    let before = lastInSentence(folded, found, i, named);
    // From an earlier sentence, a day still ahead is a plan or a limit told there ("على أن يدخل حيز
    // التنفيذ منتصف ليل الجمعة"); "وفي اليوم نفسه، أجرى أوباما اتصالا" tells what was done, on the
    // last day that has come, unless its own clause looks ahead.
    const done = before === -1 && tenseAt(folded, f.start, f.end) !== 'future';
    for (let j = i - 1; before === -1 && j >= 0; j--) if (oneDay(j) && !(done && settled[j].range!.first > published)) before = j;
    return before === -1 ? { range: null, approximate: r.approximate } : settled[before];
  }
}

/**
 * "أُعلن الاتفاق في 22 شباط 2016، وحدد ظهر يوم 26 شباط موعدا نهائيا": a day and month with no
 * year that the publication day's rule put more than half a year away (a limit or a future verb
 * pushed it to the next year) is counted instead from the date with a year the same sentence gave
 * before it, which the writer left the year to: the occurrence nearest that date.
 */
function settleYears(folded: string, found: Found[], resolved: Resolution[], published: Day): Resolution[] {
  return resolved.map((r, i) => {
    const e = found[i].expression;
    if (e.kind !== 'calendarDate' || e.year !== undefined || e.relation !== undefined || e.offset !== undefined || !r.range) return r;
    if (Math.abs(r.range.first - published) <= HALF_YEAR_DAYS) return r;
    const before = lastInSentence(folded, found, i, (j) => found[j].expression.kind === 'calendarDate'
      && (found[j].expression as { year?: number }).year !== undefined && resolved[j].range !== null);
    if (before === -1) return r;
    const { tense: _tense, ...untensed } = found[i];
    return resolveExpression(untensed, resolved[before].range!.first);
  });
}
const HALF_YEAR_DAYS = 183;

/**
 * "علق المفاوضات في الثالث من شباط حتى 25 منه": a day "of it" is of the month the same sentence
 * named before it, whichever month that is; with none named, of the month of publication. "The
 * same" month, week or year ("منتصف الشهر ذاته") is that of the last date told, in its sentence or
 * before it.
 */
function settleOfIt(folded: string, found: Found[], resolved: Resolution[]): Resolution[] {
  return resolved.map((r, i) => {
    const e = found[i].expression;
    if ((e.kind !== 'dayOfRelativeMonth' && e.kind !== 'period') || !e.ofIt) return r;
    const fine = ANCHOR_PRECISIONS[e.kind === 'period' ? e.unit : 'month'];
    const anchors = (j: number) => resolved[j].range !== null && fine.has(resolved[j].range!.precision);
    let before = lastInSentence(folded, found, i, anchors);
    if (e.ofIt === 'text') for (let j = i - 1; before === -1 && j >= 0; j--) if (anchors(j)) before = j;
    return before === -1 ? r : resolveExpression(found[i], resolved[before].range!.first);
  });
}
const ANCHOR_PRECISIONS: Record<'week' | 'month' | 'year', ReadonlySet<string>> = {
  week: new Set(['day']),
  month: new Set(['day', 'month']),
  year: new Set(['day', 'month', 'year']),
};

/**
 * "اتفقت القوى الكبرى أمس على وقف للأعمال العدائية خلال أسبوع": a time "within" which something
 * is due counts from the day it was set, the past day its sentence named before it (the second of
 * a night across two), not from the day of writing.
 */
function settleWithin(folded: string, found: Found[], resolved: Resolution[], published: Day): Resolution[] {
  return resolved.map((r, i) => {
    const e = found[i].expression;
    if (e.kind !== 'within' || e.anchoredElsewhere || e.runsOut) return r;
    const before = lastInSentence(folded, found, i, (j) => (resolved[j].range?.precision === 'day' || resolved[j].range?.precision === 'days') && !inRelativeClause(folded, found[j].start));
    const set = before === -1 ? undefined : resolved[before].range!;
    // A night across two days ("ليل 11 إلى 12 شباط") set it on the second.
    if (!set || set.last - set.first > 1 || set.last >= published) return r;
    const { tense: _tense, ...untensed } = found[i];
    return resolveExpression(untensed, set.last);
  });
}

/** The clause holding offset `at` describes a noun ("كيري، الذي التقى نظيره في 11 فبراير،"). Folded. */
export function inRelativeClause(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 80), at);
  const clause = before.slice(afterLastMark(before, ['،', ',', '.', '؛']));
  const opening = [...clause.matchAll(RELATIVE_OPENING)].at(-1);
  return opening !== undefined && !PREDICATE_RESUMED.test(clause.slice(opening.index + opening[0].length));
}
const RELATIVE_OPENING = new RegExp(`(?:^|\\s)(?:${RELATIVE_PRONOUNS})\\s`, 'g');
/**
 * "وكانت المجموعة التي تضم 17 دولة قد اجتمعت يومي 11 و12": "قد" after the description resumes the
 * sentence's own verb; right after "كان" it is the description's own ("التي كانت قد اتفقت").
 */
const PREDICATE_RESUMED = /^(?!(?:كان|كانت|كانا|كانتا|كانوا|قد)\s)\S+(?:\s+\S+)*?\s+قد\s/;

function nextDay(found: Found): boolean {
  const e = found.expression;
  return 'nextDay' in e && e.nextDay === true;
}

/** `folded`: the text's `foldWithOffsets`, when the caller already has it (the pipeline folds each body once). */
export function tagDates(text: string, ctx: DateContext, folded: FoldedText = foldWithOffsets(text)): DateMention[] {
  const { offsets } = folded;
  const published: Day = dayOfIso(ctx.published);
  const found = findExpressions(folded.text, true);
  const own = settleHolidays(folded.text, found, found.map((f) => resolveExpression(f, published)));
  const resolved = settleWithin(folded.text, found, settleSameDay(folded.text, found, settleOfIt(folded.text, found, settleYears(folded.text, found, own, published)), published), published);
  return found.map((f, i) => {
    const { range, approximate } = resolved[i];
    const [start, end] = originalSpan(text, offsets, f);
    const shift = nextDay(f) ? 1 : 0;
    const time = 'time' in f.expression ? f.expression.time : undefined;
    const mention: DateMention = {
      start,
      end,
      text: text.slice(start, end),
      value: range && { start: isoOf(range.first + shift), end: isoOf(range.last + shift), precision: range.precision },
      deadline: f.deadline,
      approximate: approximate || (f.quoted && isDeictic(f.expression)),
    };
    if (time !== undefined && range) mention.time = shift ? '00:00' : time;
    return mention;
  });
}
