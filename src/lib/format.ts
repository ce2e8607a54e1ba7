/**
 * Dates and numbers for people, in either language. One decision lives here: Arabic uses the
 * `ar-u-nu-latn` locale — Arabic month names with Western digits — because the source articles write
 * their dates that way ("15 تموز", "2017"), so the page and its excerpts read alike. English uses
 * en-GB (day month year), as the articles do. All formatting is in UTC: the data are calendar dates.
 */
import { DAY_MS, isoToMs } from './timeline/scales.ts';
import type { EventDate } from './types.ts';
import type { Lang } from './url-state.ts';

const LOCALES: Record<Lang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC date formatter: building Intl objects is far slower than using them. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/**
 * Whole numbers with thousands separators. Both locales above write "10,000" (Western digits,
 * comma grouping), so this is done by hand: the first Intl.NumberFormat costs ~15 ms on load.
 */
export function formatNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function utc(iso: string): Date {
  return new Date(isoToMs(iso));
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };

/** Which calendar granularity a precision is shown at. */
const PRECISION_FORMAT: Record<EventDate['precision'], Intl.DateTimeFormatOptions> = {
  day: DAY,
  days: DAY,
  week: DAY,
  'part-of-month': DAY,
  month: MONTH,
  'part-of-year': MONTH,
  year: YEAR,
};

/** "15 July 2016", "14–15 July 2016", "August 2016", "May – August 2017", "2017". */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const f = dateFormat(lang, PRECISION_FORMAT[date.precision]);
  const a = utc(date.start);
  const b = utc(date.end < date.start ? date.start : date.end);
  return date.start === date.end ? f.format(a) : f.formatRange(a, b);
}

/** "25 March 2016" for an ISO date. */
export function formatIsoDate(iso: string, lang: Lang): string {
  return dateFormat(lang, DAY).format(utc(iso));
}

/** Cut to `max` characters at a word boundary when one is near, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Build the formatters a first render needs while the events file is still downloading. */
export function warmFormatters(lang: Lang): void {
  for (const options of [DAY, MONTH, YEAR, { day: 'numeric' }, { month: 'short' }, { month: 'short', year: 'numeric' }] as const) {
    dateFormat(lang, options).formatRange(new Date(0), new Date(DAY_MS * 40));
  }
}
