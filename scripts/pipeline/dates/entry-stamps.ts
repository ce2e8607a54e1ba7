/**
 * The time stamps of a live page ("تغطية مباشرة"، "لحظة بلحظة"): each entry opens with the hour it
 * was posted ("15:05 قال المتحدث …"، "01:40 — قبل ساعات من …"), on the page's day. An entry that
 * tells no day of its own tells what happened that day, as "اليوم" would; a day of its own wins,
 * though the hour stands nearer a verb put first ("09:30 — التقى بوتين أردوغان أمس": `dating.ts`
 * ranks an hour below every other day). Under a heading line that is a day alone ("الاثنين 12
 * أيلول"), right above the entries, they are of that day.
 *
 * A page is live when two lines or more open with an hour: one alone may be a caption's or a
 * table's. A figure with a decimal point ("10.50 مليار دولار") is an hour only with a dash after
 * it. Takes the folded body and the expressions found in it; gives the stamps to add.
 *
 * Deliberately not done: entries that cross midnight into a day the page does not name.
 */
import type { Expression } from './expression.ts';

type Found = { start: number; end: number; expression: Expression };

/** The hours and minutes of an hour of the day ("15:05", "9.20"). Folded text, ASCII digits. */
const H = '(?:[01]?[0-9]|2[0-3])';
const M = '[0-5][0-9]';
/** An hour opening a line, then the entry's words: after a dash for "9.20", a dash or none for "15:05". */
const ENTRY_STAMP = new RegExp(`(?<=^|\\n)[ \\t]*(${H}(?::${M}(?=[ \\t]*[—–-]?[ \\t]*[^\\s0-9—–-])|\\.${M}(?=[ \\t]*[—–-][ \\t]*[^\\s0-9])))`, 'g');
/** A line that is an entry: it opens with an hour. */
const ENTRY_LINE = new RegExp(`^${H}[:.]${M}`);
/** Lines opening with an hour that make a page live. */
const LIVE_PAGE_STAMPS = 2;

export function entryStamps(folded: string, found: readonly Found[]): Found[] {
  const hours = [...folded.matchAll(ENTRY_STAMP)];
  if (hours.length < LIVE_PAGE_STAMPS) return [];
  return hours.map((m): Found => {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const time = m[1].replace('.', ':').padStart(5, '0');
    const heading = headingAbove(folded, start, found);
    return { start, end, expression: heading ? { ...heading.expression, time } as Expression : { kind: 'relativeDay', offset: 0, time } };
  });
}

/** A mention that is such a stamp: the hour alone, at the start of its line. */
export function isEntryStamp(folded: string, start: number, end: number): boolean {
  return /^[0-9]{1,2}[:.][0-9]{2}$/.test(folded.slice(start, end)) && /(?:^|\n)[ \t]*$/.test(folded.slice(Math.max(0, start - 8), start));
}

/** The day named alone on the nearest line above the entry that is no entry itself: the heading of its day. */
function headingAbove(folded: string, at: number, found: readonly Found[]): Found | undefined {
  let lineEnd = folded.lastIndexOf('\n', at - 1);
  while (lineEnd > 0) {
    const lineStart = folded.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = folded.slice(lineStart, lineEnd).trim();
    const end = lineEnd;
    lineEnd = lineStart - 1;
    if (line === '' || ENTRY_LINE.test(line)) continue;
    const day = found.find((f) => f.start >= lineStart && f.end <= end);
    return day && DAY_KINDS.has(day.expression.kind) && folded.slice(day.start, day.end).trim() === line ? day : undefined;
  }
  return undefined;
}
/** The kinds of expression that name one day, and so take an hour. */
const DAY_KINDS: ReadonlySet<Expression['kind']> = new Set(['relativeDay', 'weekday', 'calendarDate', 'dayOfRelativeMonth']);
