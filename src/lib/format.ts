/**
 * Dates and numbers for people, in either language. Arabic writes Western digits (`nu-latn`), as the
 * source articles do ("15 تموز 2016"), so the page and its excerpts read alike; its month names are
 * the reader's choice of the two sets in use across the Arab world: the transliterated set of Egypt,
 * the Gulf and the Maghreb press (يناير، فبراير: ICU's plain `ar`), or the Levantine and Iraqi set
 * (كانون الثاني، شباط: ICU's `ar-SY`, which Lebanon, Jordan, Palestine and Iraq share). English uses
 * en-GB (day month year), as the articles do. All formatting is in UTC: the data are calendar dates.
 *
 * The month set is read through a getter the page installs (`useArabicMonths`), not passed to every
 * call: dates are formatted in a dozen places, and when the getter reads reactive state, every
 * template and derived value that formats a date follows the reader's choice by itself.
 */
import { DAY_MS, isoToMs } from './timeline/scales.ts';
import type { EventDate } from './types.ts';
import { DEFAULT_MONTHS, type Lang, type MonthNames } from './url-state.ts';

const AR_LOCALES: Record<MonthNames, string> = { transliterated: 'ar-u-nu-latn', levantine: 'ar-SY-u-nu-latn' };

let arabicMonths: () => MonthNames = () => DEFAULT_MONTHS;

/** Where the Arabic month set comes from: the page passes its view's choice; tests a constant. */
export function useArabicMonths(get: () => MonthNames): void {
  arabicMonths = get;
}

/** The locale dates are written in for `lang`; also the cache key for anything holding formatted dates. */
export function dateLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : AR_LOCALES[arabicMonths()];
}

/** Countries whose readers know the months by the Levantine (Syriac) names, by ISO region code. */
const LEVANTINE_REGIONS: ReadonlySet<string> = new Set(['SY', 'LB', 'JO', 'PS', 'IQ']);

/**
 * The month set for a reader who has not chosen: that of the first Arabic browser language with a
 * region (ar-LB, ar-IQ: Levantine; ar-EG, ar-SA: transliterated), else the transliterated set, which
 * the page has always shown and which most Arabic outlets print.
 */
export function browserMonths(languages: readonly string[]): MonthNames {
  for (const tag of languages) {
    const [language, region] = tag.split(/[-_]/);
    if (language.toLowerCase() === 'ar' && region) return LEVANTINE_REGIONS.has(region.toUpperCase()) ? 'levantine' : 'transliterated';
  }
  return DEFAULT_MONTHS;
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC date formatter: building Intl objects is far slower than using them. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = dateLocale(lang);
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
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

/**
 * `f.formatRange(a, b)` with plain spaces: newer ICU (Node's) sets thin spaces around the range's dash,
 * Chromium's plain ones. One spelling, so the first view rendered at build time in Node
 * (src/first-view) sets the same text at the same width as the page: a wider line drawn by the page
 * when it takes over would be a new, later largest contentful paint.
 */
export function formatRange(f: Intl.DateTimeFormat, a: Date, b: Date): string {
  return f.formatRange(a, b).replace(/\u2009/g, ' ');
}

/** "15 July 2016", "14–15 July 2016", "August 2016", "May – August 2017", "2017". */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const f = dateFormat(lang, PRECISION_FORMAT[date.precision]);
  const a = utc(date.start);
  const b = utc(date.end < date.start ? date.start : date.end);
  return date.start === date.end ? f.format(a) : formatRange(f, a, b);
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

const FIRST_RENDER_FORMATS = [DAY, MONTH, YEAR, { day: 'numeric' }, { month: 'short' }, { month: 'short', year: 'numeric' }] as const;

/**
 * Build the formatters a first render needs while the events file is still downloading, one per
 * task: each costs milliseconds, and all of them at once would be a long task input waits behind.
 */
export function warmFormatters(lang: Lang, from = 0): void {
  const options = FIRST_RENDER_FORMATS[from];
  if (!options) return;
  dateFormat(lang, options).formatRange(new Date(0), new Date(DAY_MS * 40));
  setTimeout(() => warmFormatters(lang, from + 1), 0);
}
