/**
 * The time stamps of a live page ("تغطية مباشرة"، "لحظة بلحظة"): each entry opens with the hour it
 * was posted ("15:05 قال المتحدث …"، "01:40 — قبل ساعات من …"), on the page's day. An entry whose
 * sentence tells no day of its own tells what happened that day, as "اليوم" would; one whose
 * sentence tells a day keeps it, though the hour stands nearer a verb put first ("09:30 — التقى
 * بوتين أردوغان أمس"). Under a heading that names a day ("الاثنين 12 أيلول"، "جدول الهدنة التي
 * تبدأ غدا الاثنين:"), the entries are of that day.
 *
 * A page is live when two lines or more open with an hour: one alone may be a caption's or a
 * table's. A figure with a decimal point ("10.50 مليار دولار") is an hour only with a dash after
 * it. Takes the folded body and the expressions found in it; gives the stamps to add.
 *
 * Deliberately not done: entries that cross midnight into a day the page does not name.
 */
import type { Expression } from './expression.ts';

type Found = { start: number; end: number; expression: Expression };

/** An hour opening a line, then the entry's words: after a dash for "9.20", a dash or none for "15:05". Folded text, ASCII digits. */
const ENTRY_STAMP = /(?<=^|\n)[ \t]*((?:[01]?[0-9]|2[0-3])(?::[0-5][0-9](?=[ \t]*[—–-]?[ \t]*[^\s0-9—–-])|\.[0-5][0-9](?=[ \t]*[—–-][ \t]*[^\s0-9])))/g;
/** Lines opening with an hour that make a page live. */
const LIVE_PAGE_STAMPS = 2;
/** Where an entry's sentence ends. */
const SENTENCE_END = /[.!?؟\n]/;

export function entryStamps(folded: string, found: readonly Found[]): Found[] {
  const hours = [...folded.matchAll(ENTRY_STAMP)];
  if (hours.length < LIVE_PAGE_STAMPS) return [];
  return hours.flatMap((m): Found[] => {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const rest = folded.slice(end);
    const sentenceEnd = end + (rest.search(SENTENCE_END) + 1 || rest.length + 1) - 1;
    if (found.some((f) => f.end > start && f.start < sentenceEnd)) return [];
    const time = m[1].replace('.', ':').padStart(5, '0');
    const heading = found.findLast((f) => f.end <= start && isHeading(folded, f));
    return [{ start, end, expression: heading ? atHour(heading.expression, time) : { kind: 'relativeDay', offset: 0, time } }];
  });
}

/** A mention that is such a stamp: the hour alone, at the start of its line. */
export function isEntryStamp(folded: string, start: number, end: number): boolean {
  return /^[0-9]{1,2}[:.][0-9]{2}$/.test(folded.slice(start, end)) && /(?:^|\n)[ \t]*$/.test(folded.slice(Math.max(0, start - 8), start));
}

/** A day named on a line of its own, or on a line that opens what follows (ending in ":"). */
function isHeading(folded: string, f: Found): boolean {
  if (!DAY_KINDS.has(f.expression.kind)) return false;
  const lineEnd = folded.indexOf('\n', f.end);
  const line = folded.slice(folded.lastIndexOf('\n', f.start - 1) + 1, lineEnd < 0 ? folded.length : lineEnd).trim();
  return line.endsWith(':') || line === folded.slice(f.start, f.end).trim();
}
const DAY_KINDS: ReadonlySet<Expression['kind']> = new Set(['relativeDay', 'weekday', 'calendarDate', 'dayOfRelativeMonth']);

/** The heading's day at the entry's hour. */
function atHour(e: Expression, time: string): Expression {
  return DAY_KINDS.has(e.kind) ? { ...e, time } as Expression : e;
}
