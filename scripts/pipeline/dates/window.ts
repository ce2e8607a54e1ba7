/**
 * The publication date of an article from its text alone, for a file with no front matter date and
 * no dated URL. Takes the body (and the years it may be from, when the caller knows them); gives the
 * day, the window of days the text allows, which kind of evidence decided it, and the reasons.
 *
 * Evidence, strongest first: a dateline ("بكين - 12 آذار 2016 (شينخوا)"; without a year, the year in
 * which the text's own "اليوم الخميس" falls on its day), a metadata line ("الأحد، 8 أيار 2016 03:15
 * م", "التاريخ 23.01.2017"), a full date said to be today or yesterday ("أمس الخميس 14 تموز 2016"), a
 * weekday that agrees with a day and month in only one of the candidate years ("الجمعة 15 تموز"),
 * the latest full date the text reports as past. Relative words ("أمس الخميس", "تموز الجاري")
 * narrow the day after that; alone they never date an article, since they fit a day in every week.
 *
 * A text with none of these may still name the talks' public milestones (dates/milestones.ts:
 * "مؤتمر الرياض الخميس الماضي", "القرار 2254"), carry an English photo caption (the photo is as old
 * as the story or older: published on or after it) or a date still ahead ("بحلول منتصف عام 2017").
 * Each allows some days; together with the relative words they may leave one short window, and then
 * the article is dated inside it, at the day nearest what the text reports; a window longer than a
 * month is no date. A Latin line is the page's own date only when labelled ("Published: …").
 *
 * Deliberately not done: guessing from relative words without a dated anchor or milestone, or
 * picking a day in a wide window: such a text is undatable (null).
 */
import type { IsoDate, PublishedEvidence } from '../../../src/lib/types.ts';
import { foldWithOffsets } from '../../../src/lib/arabic.ts';
import { DEFAULT_PUBLICATION_YEARS, PUBLICATION_LABELS, QUOTED_SPEECH_LAG_DAYS } from '../../tables/dates.ts';
import { calendarOf, dayOf, daysInMonth, isoOf, MONTH_NAMES, weekdayOf, type Day } from '../calendar.ts';
import type { PublicationWindow, YearSpan } from '../types.ts';
import type { Expression, Found } from './expression.ts';
import { isLatinLine, latinDates } from './latin-dates.ts';
import { milestoneConstraints, type DayConstraint } from './milestones.ts';
import { alternation } from './patterns.ts';
import { findExpressions, originalSpan } from './recognise.ts';

/** A day the article may have been published on, and the reason it is kept or dropped. */
type WindowConstraint = Omit<DayConstraint, 'preferred'>;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthName = (month: number) => MONTH_NAMES[month - 1];

/** Lines read for a dateline: it opens the story. A metadata line may stand anywhere (sites print it under the text too). */
const HEAD_LINES = 12;
/** A dateline before its date: a place of up to four words, maybe an agency in brackets, then a dash. */
const DATELINE_PREFIX = /^[^\S\n]*(?:\p{L}+[^\S\n]*){1,4}(?:\([^)\n]{1,40}\)[^\S\n]*)?[-–—][^\S\n]*$/u;
/**
 * A site's byline before its stamp: the outlet (its name may hold a number: "فرانس 24") and the
 * agency, then a bar ("هسبريس - أ ف ب | السبت 10 شتنبر 2016 - 01:15 —").
 */
const BYLINE_PREFIX = /^[^\S\n]*(?:[\p{L}\p{N}]+(?![\p{L}\p{N}])[^\S\n]*(?:[-–—/][^\S\n]*)?){1,6}\|[^\S\n]*$/u;
/** Xinhua's dateline has no dash: "فيينا 30 أكتوبر 2015 (شينخوا)", a place, the date, then the agency. */
const PLACE_BEFORE = /^[^\S\n]*(?:\p{L}+[^\S\n]*){1,4}$/u;
const AGENCY_AFTER = /^[^\S\n]*\([^)\n]{1,40}\)/u;
/** What a metadata line may hold beside its date: a label, a clock time, a weekday; a few words at most. */
const METADATA_MAX_WORDS = 4;
/** Days after a dateline's filing day on which the story may still first appear. */
export const DATELINE_POSTING_LAG_DAYS = 1;
/** How far after the anchor date relative words may move the day before they are set aside. */
const NARROWING_DAYS = 14;
/** The widest window, in days, in which an article without a dated anchor is still given a day. */
const MAX_WINDOW_DAYS = 31;

/** English captions and credits carry their own, older dates; their lines are read apart (latin-dates.ts). */
function withoutLatinLines(body: string): string {
  return body.split('\n').map((line) => (isLatinLine(line) ? '' : line)).join('\n');
}

type CalendarDate = Extract<Expression, { kind: 'calendarDate' }>;

/** The day a calendar date names in one year, or null when the year has no such day. */
function dayIn(e: CalendarDate, year: number): Day | null {
  return e.day >= 1 && e.month >= 1 && e.day <= daysInMonth(year, e.month) ? dayOf(year, e.month, e.day) : null;
}

/** The one year among `years` whose day and month fall on the weekday named, or null when none or several do. */
function yearOfWeekday(e: CalendarDate, years: YearSpan): number | null {
  const fitting: number[] = [];
  for (let y = years.first; y <= years.last; y++) {
    const day = dayIn(e, y);
    if (day !== null && weekdayOf(day) === e.weekday) fitting.push(y);
  }
  return fitting.length === 1 ? fitting[0] : null;
}

/** "أمس الخميس": the publication day is the day after a Thursday. */
function weekdayConstraint(found: Found, quote: string): WindowConstraint | null {
  const e = found.expression;
  if (e.kind !== 'relativeDay' || e.weekday === undefined || found.quoted) return null;
  const weekday = (e.weekday - e.offset + 7) % 7;
  return { evidence: `"${quote}": published on a ${WEEKDAY_NAMES[weekday]}`, allows: (day) => weekdayOf(day) === weekday };
}

/**
 * "تموز الجاري": published in July; with a day still ahead ("يومي 26 و27 آب الجاري" to come), not
 * after it. Inside a quote the month is the speaker's, so a few days after it are allowed too.
 */
function currentMonthConstraint(found: Found, quote: string): WindowConstraint | null {
  const e = found.expression;
  if ((e.kind !== 'calendarDate' && e.kind !== 'month') || e.relation !== 'current') return null;
  const lastDay = e.kind === 'calendarDate' && found.tense === 'future' ? (e.lastDay ?? e.day) : 31;
  const lag = found.quoted ? QUOTED_SPEECH_LAG_DAYS : 0;
  const fits = (day: Day) => {
    const at = calendarOf(day);
    return at.month === e.month && at.day <= lastDay;
  };
  const bound = lastDay < 31 ? `, not after day ${lastDay}` : '';
  const slack = lag > 0 ? ` (quoted: or up to ${lag} days later)` : '';
  return {
    evidence: `"${quote}": published in ${monthName(e.month)}${bound}${slack}`,
    allows: (day) => Array.from({ length: lag + 1 }, (_, k) => day - k).some(fits),
  };
}

interface Anchor {
  kind: PublishedEvidence;
  /** The publication day the evidence names, or the day it reports (published then or after). */
  day: Day;
  /** The evidence names the publication day itself, not an event before it. */
  exact: boolean;
  /** The words it rests on, for the warning. */
  quote: string;
  /** A dateline's date, in folded offsets: the filing day, which dates no event the story tells. */
  at?: [number, number];
}

/**
 * A day and month with no year in a dateline ("موسكو - 29 كانون الأول (سبوتنيك)") take the one
 * year of the span in which the text's own weekday ("اليوم الخميس") falls on them; null when none
 * or several do, or the text names no weekday of its own. A span of one year is a year the caller
 * knows (`filedDay`: the publication's), which the weekdays can only rule out.
 */
function yearFromWeekdays(month: number, day: number, years: YearSpan, weekdays: readonly WindowConstraint[]): number | null {
  if (weekdays.length === 0 && years.first !== years.last) return null;
  const fitting: number[] = [];
  for (let y = years.first; y <= years.last; y++) {
    if (day <= daysInMonth(y, month) && weekdays.every((c) => c.allows(dayOf(y, month, day)))) fitting.push(y);
  }
  return fitting.length === 1 ? fitting[0] : null;
}

/** "فيينا - 14 - 11 (كونا) --": a dateline in numbers, day then month, then the agency in brackets. */
const NUMERIC_DATELINE =
  /^[^\S\n]*(?:\p{L}+[^\S\n]*){1,4}[-–—][^\S\n]*(?<day>[0-9]{1,2})[^\S\n]*[-/.][^\S\n]*(?<month>[0-9]{1,2})(?:[^\S\n]*[-/.][^\S\n]*(?<year>(?:19|20)[0-9]{2}))?[^\S\n]*\(/du;

function numericDateline(folded: string, headEnd: number, years: YearSpan, weekdays: readonly WindowConstraint[]): Anchor | null {
  let lineStart = 0;
  for (const line of folded.slice(0, headEnd).split('\n')) {
    const match = NUMERIC_DATELINE.exec(line);
    const from = lineStart;
    lineStart += line.length + 1;
    if (!match?.groups || !match.indices?.groups) continue;
    const g = match.groups;
    const span = match.indices.groups;
    const [day, month] = [Number(g.day), Number(g.month)];
    if (month < 1 || month > 12 || day < 1) return null;
    const year = g.year === undefined ? yearFromWeekdays(month, day, years, weekdays) : Number(g.year);
    if (year === null || day > daysInMonth(year, month)) return null;
    const at: [number, number] = [from + span.day![0], from + (span.year ?? span.month)![1]];
    return { kind: 'dateline', day: dayOf(year, month, day), exact: true, quote: line.trim().slice(0, 40), at };
  }
  return null;
}

/**
 * Words right before a date that make it a day planned or moved to, not a day reported: "إلى" or
 * "حتى" ("أرجئ إلى الأربعاء 9 آذار"), or a schedule word up to two words before ("كان مقررا
 * الاثنين 7 آذار", "الموعد المقرر يوم 25 كانون الثاني"). Matched on folded text.
 */
const TARGET_BEFORE = /(?:^|[^\p{L}])(?:(?:الي|حتي)(?:[^\S\n]+يوم)?|(?:مقرر|مقررا|مقرره|المقرر|المقرره|المزمع|المرتقب|المرتقبه|موعد|موعدا|الموعد)(?:[^\S\n]+[^\s]+){0,2})[^\S\n]*$/u;

const PUBLICATION_LABEL = new RegExp(`(?:${alternation(PUBLICATION_LABELS)})[^\\S\\n]*[:：]?[^\\S\\n]*$`, 'u');

/** The strongest dated evidence in the text, by the order of `PublishedEvidence`. */
function anchorOf(
  folded: string, found: readonly Found[], years: YearSpan, weekdays: readonly WindowConstraint[], quote: (f: Found) => string,
  labelled: readonly Anchor[],
): Anchor | null {
  const lineStarts = [0];
  for (let i = folded.indexOf('\n'); i !== -1 && lineStarts.length <= HEAD_LINES; i = folded.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const headEnd = lineStarts.length > HEAD_LINES ? lineStarts[HEAD_LINES] : folded.length;
  const candidates: Anchor[] = [...labelled];
  const numeric = numericDateline(folded, headEnd, years, weekdays);
  if (numeric) candidates.push(numeric);
  for (const f of found) {
    const e = f.expression;
    if (e.kind !== 'calendarDate' || f.quoted || f.deadline || e.lastDay !== undefined) continue;
    const lineStart = folded.lastIndexOf('\n', f.start - 1) + 1;
    const lineEnd = folded.indexOf('\n', f.end) === -1 ? folded.length : folded.indexOf('\n', f.end);
    const before = folded.slice(lineStart, f.start);
    const rest = before + ' ' + folded.slice(f.end, lineEnd);
    const inDateline = f.start < headEnd &&
      (DATELINE_PREFIX.test(before) || BYLINE_PREFIX.test(before) || (PLACE_BEFORE.test(before) && AGENCY_AFTER.test(folded.slice(f.end, lineEnd))));
    const year = e.year ??
      (e.weekday !== undefined ? yearOfWeekday(e, years) : inDateline ? yearFromWeekdays(e.month, e.day, years, weekdays) : null);
    const day = year === null ? null : dayIn(e, year);
    if (day === null || (e.weekday !== undefined && weekdayOf(day) !== e.weekday)) continue;
    const at = { day, quote: quote(f) };
    if (e.offset !== undefined) {
      candidates.push({ ...at, kind: 'today', day: day - e.offset, exact: true });
    } else if (inDateline) {
      candidates.push({ ...at, kind: 'dateline', exact: true, at: [f.start, f.end] });
    } else if (e.year !== undefined && (PUBLICATION_LABEL.test(before) || (rest.match(/\p{L}+/gu)?.length ?? 0) <= METADATA_MAX_WORDS)) {
      candidates.push({ ...at, kind: 'metadata-line', exact: true });
    } else if (TARGET_BEFORE.test(before)) {
      // A day planned or moved to is still ahead of the story, however past its verb.
    } else if (e.year === undefined) {
      // A weekday that pins the year dates the article only when the text reports that day as past.
      if (f.tense === 'past') candidates.push({ ...at, kind: 'weekday', exact: false });
    } else if (f.tense !== 'future') {
      candidates.push({ ...at, kind: 'latest-event', exact: false });
    }
  }
  const order: PublishedEvidence[] = ['dateline', 'metadata-line', 'today', 'weekday', 'latest-event'];
  for (const kind of order) {
    const of = candidates.filter((c) => c.kind === kind);
    // Of several dates of one kind, the first dateline or metadata line, and the latest reported day.
    if (of.length > 0) return of[0].exact ? of[0] : of.reduce((a, b) => (b.day > a.day ? b : a));
  }
  return null;
}

/** One of each piece of evidence: a page that repeats itself (a story printed twice) says nothing more, and costs the search. */
function distinct<C extends WindowConstraint>(constraints: readonly C[]): C[] {
  const seen = new Set<string>();
  return constraints.filter((c) => !seen.has(c.evidence) && seen.add(c.evidence) !== undefined);
}

/** Last day a date still ahead allows: "بحلول منتصف عام 2017" is written before that part of 2017 is over. */
const PART_ENDS = { early: 4, mid: 7, late: 12 } as const;

/** A date with a year that the text puts ahead ("سيلتقيان في 14 آذار 2017"): published before it. */
function aheadConstraint(found: Found, quote: string): DayConstraint | null {
  const e = found.expression;
  if (found.quoted || (found.tense !== 'future' && !found.deadline)) return null;
  let last: Day;
  if (e.kind === 'calendarDate' && e.year !== undefined && e.offset === undefined) last = dayOf(e.year, e.month, e.lastDay ?? e.day);
  else if (e.kind === 'month' && e.year !== undefined) last = dayOf(e.year, e.month + 1, 0);
  else if (e.kind === 'year') last = dayOf(e.year, PART_ENDS[e.part ?? 'late'] + 1, 0);
  else return null;
  return { evidence: `"${quote}" still ahead: published by ${isoOf(last)}`, allows: (day) => day <= last, preferred: [] };
}

/** A day and month the text puts ahead, not as a limit ("يومي 26 و27 آب الجاري"): the story is likeliest just before it. */
function comingDays(found: readonly Found[], years: YearSpan): Day[] {
  return found.flatMap((f) => {
    const e = f.expression;
    if (e.kind !== 'calendarDate' || f.tense !== 'future' || f.deadline || f.quoted) return [];
    const inYears = e.year !== undefined ? [e.year] : Array.from({ length: years.last - years.first + 1 }, (_, k) => years.first + k);
    return inYears.flatMap((y) => (dayIn(e, y) === null ? [] : [dayIn(e, y)! - 1]));
  });
}

/** The day of `allowed` nearest any of `preferred` (the earliest of equals), or its first day when nothing is preferred. */
function nearest(allowed: readonly Day[], preferred: readonly Day[]): Day {
  if (preferred.length === 0) return allowed[0];
  const distance = (d: Day) => Math.min(...preferred.map((p) => Math.abs(d - p)));
  return allowed.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/**
 * The window of an article with no dated anchor: the days that the milestones, captions and dates
 * still ahead allow (`bounds`) and its relative words too; null when they allow no day, or a span
 * longer than `MAX_WINDOW_DAYS`.
 */
function unanchoredWindow(
  bounds: readonly DayConstraint[], relative: readonly WindowConstraint[], coming: readonly Day[], years: YearSpan,
): PublicationWindow | null {
  if (bounds.length === 0) return null;
  const inBounds: Day[] = [];
  for (let day = dayOf(years.first, 1, 1); day <= dayOf(years.last, 12, 31); day++) if (bounds.every((c) => c.allows(day))) inBounds.push(day);
  // Relative words that contradict the milestones mean one of them was misread: no date, not a guess.
  const allowed = inBounds.filter((day) => relative.every((c) => c.allows(day)));
  if (allowed.length === 0 || allowed.at(-1)! - allowed[0] > MAX_WINDOW_DAYS) return null;
  const published = nearest(allowed, [...bounds.flatMap((c) => c.preferred), ...coming]);
  // Evidence that names likeliest days (a milestone read with its relative word) first: it decides the window.
  const evidence = [...bounds.filter((c) => c.preferred.length > 0), ...bounds.filter((c) => c.preferred.length === 0), ...relative]
    .map((c) => c.evidence);
  return { earliest: isoOf(allowed[0]), latest: isoOf(allowed.at(-1)!), published: isoOf(published), kind: 'latest-event', evidence };
}

/** The head of a text read for its dateline: its day, and where its date stands in `arabic` (the text, its Latin lines blanked). */
export function datelineOf(text: string, years: YearSpan): { day: IsoDate; arabic: string; span: [number, number] } | null {
  const arabic = withoutLatinLines(text);
  const { text: folded, offsets } = foldWithOffsets(arabic);
  const quote = (f: { start: number; end: number }) => arabic.slice(...originalSpan(arabic, offsets, f));
  const found = findExpressions(folded);
  const weekdays = found.map((f) => weekdayConstraint(f, quote(f))).filter((c): c is WindowConstraint => c !== null);
  const anchor = anchorOf(folded, found, years, weekdays, quote, []);
  if (anchor?.kind !== 'dateline' || !anchor.at) return null;
  return { day: isoOf(anchor.day), arabic, span: originalSpan(arabic, offsets, { start: anchor.at[0], end: anchor.at[1] }) };
}

/**
 * The publication date an undated article's text gives, or null when it gives none. `years`: the
 * years it may be from, for pinning a weekday with a day and month (by default the timeline's).
 */
export function inferPublicationDate(body: string, years: YearSpan = DEFAULT_PUBLICATION_YEARS): PublicationWindow | null {
  const arabic = withoutLatinLines(body);
  const { text: folded, offsets } = foldWithOffsets(arabic);
  const quote = (f: { start: number; end: number }) => arabic.slice(...originalSpan(arabic, offsets, f));
  const found = findExpressions(folded);
  const weekdays = found.map((f) => weekdayConstraint(f, quote(f))).filter((c): c is WindowConstraint => c !== null);
  const latin = latinDates(body);
  const labelled = latin.filter((d) => d.labelled).map((d): Anchor => ({ kind: 'metadata-line', day: d.day, exact: true, quote: d.quote }));
  const anchor = anchorOf(folded, found, years, weekdays, quote, labelled);
  // The milestones named, the photo captions' dates and the dates still ahead: days the text allows.
  const bounds = distinct<DayConstraint>([
    ...milestoneConstraints(folded, found, quote),
    ...latin.filter((d) => !d.labelled).map((d): DayConstraint => ({
      evidence: `caption "${d.quote}": the photo is as old as the story or older, so published on or after ${isoOf(d.day)}`,
      allows: (day) => day >= d.day,
      preferred: [],
    })),
    ...found.map((f) => aheadConstraint(f, quote(f))).filter((c): c is DayConstraint => c !== null),
  ]);
  const relative = distinct([
    ...weekdays,
    ...found.map((f) => currentMonthConstraint(f, quote(f))),
  ].filter((c): c is WindowConstraint => c !== null));
  if (!anchor) return unanchoredWindow(bounds, relative, comingDays(found, years), years);

  // A dateline gives the day the story was filed; the outlet's page may carry the next day (an
  // evening story posted after midnight, or in a later time zone), so the window holds both.
  const filedLag = anchor.kind === 'dateline' ? DATELINE_POSTING_LAG_DAYS : 0;
  const reading = filedLag > 0 ? 'filed, so published that day or the next, most likely on'
    : anchor.exact ? 'published on' : 'reported as past, so published on or after';
  const evidence = [`"${anchor.quote}" (${anchor.kind}): ${reading} ${isoOf(anchor.day)}`];
  if (anchor.exact) return { earliest: isoOf(anchor.day), latest: isoOf(anchor.day + filedLag), published: isoOf(anchor.day), kind: anchor.kind, evidence };

  // A report of a dated event: published that day or after. Relative words and the bounds above
  // narrow the day; a text that says "yesterday" is a next-day report. When the bounds leave none
  // of the days after it (a resolution adopted months later), the date is background, no anchor.
  const afterAnchor = Array.from({ length: NARROWING_DAYS + 1 }, (_, k) => anchor.day + k);
  if (!afterAnchor.some((day) => bounds.every((c) => c.allows(day)))) return unanchoredWindow(bounds, relative, comingDays(found, years), years);
  const constraints = [...relative, ...bounds];
  const saysYesterday = found.some((f) => !f.quoted && f.expression.kind === 'relativeDay' && f.expression.offset === -1);
  const allowed: Day[] = [];
  for (let day = anchor.day; day <= anchor.day + NARROWING_DAYS; day++) if (constraints.every((c) => c.allows(day))) allowed.push(day);
  const preferred = anchor.day + (saysYesterday ? 1 : 0);
  const published = allowed.find((d) => d >= preferred) ?? allowed[0] ?? preferred;
  evidence.push(...constraints.map((c) => c.evidence));
  if (saysYesterday) evidence.push('the text says "أمس": a report of the day before');
  if (allowed.length === 0 && constraints.length > 0) evidence.push('the relative words above contradict the date, so they were set aside');
  return {
    earliest: isoOf(allowed[0] ?? anchor.day),
    latest: isoOf(allowed.at(-1) ?? anchor.day + NARROWING_DAYS),
    published: isoOf(published),
    kind: anchor.kind,
    evidence,
  };
}
