/**
 * The time stamps of a live page ("تغطية مباشرة"، "لحظة بلحظة"): each entry opens with the hour it
 * was posted ("15:05 قال المتحدث …"، "01:40 — قبل ساعات من …"), on the page's day. An entry that
 * tells no day of its own tells what happened that day, as "اليوم" would; one that does keeps it,
 * the nearer day.
 *
 * A page is live when two lines or more open with an hour: one alone may be a caption's or a
 * table's. Takes the folded body; gives the stamps as "today" at their hour. An agreement is not
 * dated by one (`dating.ts`): a live entry names the agreement it is about as news known.
 *
 * Deliberately not done: entries that cross midnight into a day the page does not name.
 */
import type { Expression } from './expression.ts';

/** An hour opening a line, then an optional dash, then the entry's words. Folded text, ASCII digits. */
const ENTRY_STAMP = /(?<=^|\n)[ \t]*((?:[01]?[0-9]|2[0-3])[:.][0-5][0-9])(?=[ \t]*[—–-]?[ \t]*[^\s0-9—–-])/g;
/** A mention that is such a stamp: the hour alone, at the start of its line. */
export function isEntryStamp(folded: string, start: number, end: number): boolean {
  return /^[0-9]{1,2}[:.][0-9]{2}$/.test(folded.slice(start, end)) && /(?:^|\n)[ \t]*$/.test(folded.slice(Math.max(0, start - 8), start));
}

/** Lines opening with an hour that make a page live. */
const LIVE_PAGE_STAMPS = 2;

export function entryStamps(folded: string): { start: number; end: number; expression: Expression }[] {
  const stamps = [...folded.matchAll(ENTRY_STAMP)].map((m) => {
    const start = m.index + m[0].length - m[1].length;
    return { start, end: start + m[1].length, expression: { kind: 'relativeDay', offset: 0, time: m[1].replace('.', ':').padStart(5, '0') } satisfies Expression };
  });
  return stamps.length >= LIVE_PAGE_STAMPS ? stamps : [];
}
