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
 * Deliberately not done: reading Latin-script lines (captions carry their own, older dates), or
 * guessing from relative words without a dated anchor: such a text is undatable (null).
 */
import type { PublishedEvidence } from '../../../src/lib/types.ts';
import { foldWithOffsets } from '../../../src/lib/arabic.ts';
import { DEFAULT_PUBLICATION_YEARS, PUBLICATION_LABELS, QUOTED_SPEECH_LAG_DAYS } from '../../tables/dates.ts';
import { calendarOf, dayOf, daysInMonth, isoOf, MONTH_NAMES, weekdayOf, type Day } from '../calendar.ts';
import type { PublicationWindow, YearSpan } from '../types.ts';
import type { Expression, Found } from './expression.ts';
import { alternation } from './patterns.ts';
import { findExpressions, originalSpan } from './recognise.ts';

/** A day the article may have been published on, and the reason it is kept or dropped. */
interface WindowConstraint {
  evidence: string;
  allows(day: Day): boolean;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthName = (month: number) => MONTH_NAMES[month - 1];

/** Lines read for a dateline: it opens the story. A metadata line may stand anywhere (sites print it under the text too). */
const HEAD_LINES = 12;
/** A dateline before its date: a place of up to four words, maybe an agency in brackets, then a dash. */
const DATELINE_PREFIX = /^[^\S\n]*(?:\p{L}+[^\S\n]*){1,4}(?:\([^)\n]{1,40}\)[^\S\n]*)?[-–—][^\S\n]*$/u;
/** What a metadata line may hold beside its date: a label, a clock time, a weekday; a few words at most. */
const METADATA_MAX_WORDS = 4;
/** How far after the anchor date relative words may move the day before they are set aside. */
const NARROWING_DAYS = 14;

/** English captions and credits carry their own, older dates; only Arabic lines are evidence. */
function withoutLatinLines(body: string): string {
  return body
    .split('\n')
    .map((line) => ((line.match(/[A-Za-z]/g)?.length ?? 0) > (line.match(/[\u0600-\u06ff]/g)?.length ?? 0) ? '' : line))
    .join('\n');
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
}

/**
 * A day and month with no year in a dateline ("موسكو - 29 كانون الأول (سبوتنيك)") take the one
 * year of the span in which the text's own weekday ("اليوم الخميس") falls on them; null when none
 * or several do, or the text names no weekday of its own.
 */
function yearFromWeekdays(month: number, day: number, years: YearSpan, weekdays: readonly WindowConstraint[]): number | null {
  if (weekdays.length === 0) return null;
  const fitting: number[] = [];
  for (let y = years.first; y <= years.last; y++) {
    if (day <= daysInMonth(y, month) && weekdays.every((c) => c.allows(dayOf(y, month, day)))) fitting.push(y);
  }
  return fitting.length === 1 ? fitting[0] : null;
}

/** "فيينا - 14 - 11 (كونا) --": a dateline in numbers, day then month, then the agency in brackets. */
const NUMERIC_DATELINE =
  /^[^\S\n]*(?:\p{L}+[^\S\n]*){1,4}[-–—][^\S\n]*(?<day>[0-9]{1,2})[^\S\n]*[-/.][^\S\n]*(?<month>[0-9]{1,2})(?:[^\S\n]*[-/.][^\S\n]*(?<year>(?:19|20)[0-9]{2}))?[^\S\n]*\(/u;

function numericDateline(folded: string, headEnd: number, years: YearSpan, weekdays: readonly WindowConstraint[]): Anchor | null {
  for (const line of folded.slice(0, headEnd).split('\n')) {
    const g = NUMERIC_DATELINE.exec(line)?.groups;
    if (!g) continue;
    const [day, month] = [Number(g.day), Number(g.month)];
    if (month < 1 || month > 12 || day < 1) return null;
    const year = g.year === undefined ? yearFromWeekdays(month, day, years, weekdays) : Number(g.year);
    if (year === null || day > daysInMonth(year, month)) return null;
    return { kind: 'dateline', day: dayOf(year, month, day), exact: true, quote: line.trim().slice(0, 40) };
  }
  return null;
}

const PUBLICATION_LABEL = new RegExp(`(?:${alternation(PUBLICATION_LABELS)})[^\\S\\n]*[:：]?[^\\S\\n]*$`, 'u');

/** The strongest dated evidence in the text, by the order of `PublishedEvidence`. */
function anchorOf(
  folded: string, found: readonly Found[], years: YearSpan, weekdays: readonly WindowConstraint[], quote: (f: Found) => string,
): Anchor | null {
  const lineStarts = [0];
  for (let i = folded.indexOf('\n'); i !== -1 && lineStarts.length <= HEAD_LINES; i = folded.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const headEnd = lineStarts.length > HEAD_LINES ? lineStarts[HEAD_LINES] : folded.length;
  const candidates: Anchor[] = [];
  const numeric = numericDateline(folded, headEnd, years, weekdays);
  if (numeric) candidates.push(numeric);
  for (const f of found) {
    const e = f.expression;
    if (e.kind !== 'calendarDate' || f.quoted || f.deadline || e.lastDay !== undefined) continue;
    const lineStart = folded.lastIndexOf('\n', f.start - 1) + 1;
    const lineEnd = folded.indexOf('\n', f.end) === -1 ? folded.length : folded.indexOf('\n', f.end);
    const before = folded.slice(lineStart, f.start);
    const rest = before + ' ' + folded.slice(f.end, lineEnd);
    const inDateline = f.start < headEnd && DATELINE_PREFIX.test(before);
    const year = e.year ??
      (e.weekday !== undefined ? yearOfWeekday(e, years) : inDateline ? yearFromWeekdays(e.month, e.day, years, weekdays) : null);
    const day = year === null ? null : dayIn(e, year);
    if (day === null || (e.weekday !== undefined && weekdayOf(day) !== e.weekday)) continue;
    const at = { day, quote: quote(f) };
    if (e.offset !== undefined) {
      candidates.push({ ...at, kind: 'today', day: day - e.offset, exact: true });
    } else if (inDateline) {
      candidates.push({ ...at, kind: 'dateline', exact: true });
    } else if (e.year !== undefined && (PUBLICATION_LABEL.test(before) || (rest.match(/\p{L}+/gu)?.length ?? 0) <= METADATA_MAX_WORDS)) {
      candidates.push({ ...at, kind: 'metadata-line', exact: true });
    } else if (e.year === undefined && f.tense !== 'future') {
      candidates.push({ ...at, kind: 'weekday', exact: false });
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

/**
 * The publication date an undated article's text gives, or null when it gives none. `years`: the
 * years it may be from, for pinning a weekday with a day and month (by default the timeline's).
 */
export function inferPublicationDate(body: string, years: YearSpan = DEFAULT_PUBLICATION_YEARS): PublicationWindow | null {
  const arabic = withoutLatinLines(body);
  const { text: folded, offsets } = foldWithOffsets(arabic);
  const quote = (f: Found) => arabic.slice(...originalSpan(arabic, offsets, f));
  const found = findExpressions(folded);
  const weekdays = found.map((f) => weekdayConstraint(f, quote(f))).filter((c): c is WindowConstraint => c !== null);
  const anchor = anchorOf(folded, found, years, weekdays, quote);
  if (!anchor) return null;
  const evidence = [`"${anchor.quote}" (${anchor.kind}): ${anchor.exact ? 'published on' : 'reported as past, so published on or after'} ${isoOf(anchor.day)}`];
  if (anchor.exact) return { earliest: isoOf(anchor.day), latest: isoOf(anchor.day), published: isoOf(anchor.day), kind: anchor.kind, evidence };

  // A report of a dated event: published that day or after. Relative words narrow the day; a text
  // that says "yesterday" is a next-day report.
  const constraints = [
    ...weekdays,
    ...found.map((f) => currentMonthConstraint(f, quote(f))),
  ].filter((c): c is WindowConstraint => c !== null);
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
