/**
 * The day a story was filed, read from its dateline ("موسكو 24 مارس (شينخوا) -"، "فيينا - 14 - 11
 * (كونا) --"), and where that date stands in the text. The dateline's day is the story's own
 * "today": its "اليوم", "غدا" and weekdays count from it, even when the outlet's page carries the
 * next day. The date itself only stamps the story: it dates no event the story tells.
 */
import type { IsoDate } from '../../../src/lib/types.ts';
import { dayOfIso } from '../calendar.ts';
import { datelineOf, DATELINE_POSTING_LAG_DAYS } from './window.ts';

/** Lines of the story's head read for its dateline, and how much of each: a dateline opens its line. */
const FILED_HEAD_LINES = 4;
const FILED_LINE_CHARS = 80;

export interface Filed {
  /** The story's "today": its dateline's day when that is the day before publication, else the publication day. */
  day: IsoDate;
  /** The dateline's date in the body, or null when the head has no dated dateline. */
  dateline: { start: number; end: number } | null;
}

export function filedDay(body: string, published: IsoDate): Filed {
  const lines = body.split('\n', FILED_HEAD_LINES);
  const head = lines.map((line) => line.slice(0, FILED_LINE_CHARS)).join('\n');
  // Datelines give the day in digits; a head without one has none (and costs nothing to read).
  if (!/[0-9٠-٩۰-۹]/.test(head)) return { day: published, dateline: null };
  // A dateline without a year is in the publication's year, or the one before it (filed on 31
  // December, published on 1 January).
  const year = Number(published.slice(0, 4));
  for (const y of [year, year - 1]) {
    const read = datelineOf(head, { first: y, last: y });
    if (!read) break;
    const lag = dayOfIso(published) - dayOfIso(read.day);
    if (lag < 0) continue;
    const dateline = inBody(read.arabic, read.span, lines);
    return { day: lag > 0 && lag <= DATELINE_POSTING_LAG_DAYS ? read.day : published, dateline };
  }
  return { day: published, dateline: null };
}

/** A span of the head (its lines cut short, Latin lines blanked) in the body: the same line, the same column. */
function inBody(head: string, [start, end]: [number, number], lines: readonly string[]): { start: number; end: number } {
  const line = head.slice(0, start).split('\n').length - 1;
  const column = start - (head.lastIndexOf('\n', start - 1) + 1);
  const lineStart = lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0);
  return { start: lineStart + column, end: lineStart + column + (end - start) };
}
