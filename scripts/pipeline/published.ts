/**
 * Publication date of one article. Takes its metadata, body and file name; gives the date, where it
 * came from, and diagnostics. Sources in order of trust: the `published` front-matter key (must be a
 * real calendar date; a bad one is an error, never silently replaced), a date in the `url`
 * (/2016/08/27/, 2016-08-27, 20160827), and last the window the text itself allows
 * (`inferPublicationWindow`), which is a warning because every relative date in the article then
 * rests on a guess.
 *
 * Deliberately not done: reading dates out of the text here (that is the date tagger's job), or
 * cross-checking metadata against the URL.
 */
import type { IsoDate } from '../../src/lib/types.ts';
import { daysInMonth, MONTH_NAMES } from './calendar.ts';
import { inferPublicationWindow } from './dates.ts';
import type { ArticleMetadata, Diagnostic, LoadedArticle, YearSpan } from './types.ts';

export type PublicationDate = Pick<LoadedArticle, 'published' | 'publishedFrom' | 'publishedWindow'>;

export type PublishedResult =
  | { ok: true; date: PublicationDate; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Year, month and day with `-` or `/` between them (the same one twice) or nothing, not inside a
 * longer run of digits, so an article number like 1201608275 is not read as a date.
 */
const URL_DATE = /(?<!\d)((?:19|20)\d\d)([-/]?)(\d\d)\2(\d\d)(?!\d)/g;

/** `years`: the years of the articles read beside this one, for a text that names no year of its own. */
export function resolvePublished(meta: ArticleMetadata, body: string, file: string, years?: YearSpan): PublishedResult {
  const error = (message: string): PublishedResult => ({ ok: false, diagnostics: [{ file, level: 'error', message }] });

  if (meta.published !== undefined) {
    const parsed = parseIsoDate(meta.published);
    if ('problem' in parsed) return error(`published '${meta.published}' ${parsed.problem}`);
    return { ok: true, date: { published: parsed.date, publishedFrom: 'metadata' }, diagnostics: [] };
  }

  const fromUrl = meta.url === undefined ? null : dateInUrl(meta.url);
  if (fromUrl) return { ok: true, date: { published: fromUrl, publishedFrom: 'url' }, diagnostics: [] };

  const window = inferPublicationWindow(body, years);
  if (!window) {
    const where = meta.url === undefined ? 'no url' : 'no date in the url';
    return error(`no publication date: add 'published: YYYY-MM-DD' to the front matter (${where}, and the text names no year and no other article is dated)`);
  }
  // The latest date the text allows. Every date in the window fits the text, but they are not equally
  // harmless: an event's status is decided against this date, and the text's evidence is mostly what
  // the article reports as done. At the latest date nothing the article reports can land after it and
  // turn from held into planned; an earlier pick can, whenever a looser expression dates an event
  // near the end of the window. Events dated from it are marked approximate either way.
  const range = window.earliest === window.latest ? window.latest : `${window.earliest} … ${window.latest}`;
  return {
    ok: true,
    date: { published: window.latest, publishedFrom: 'text', publishedWindow: { earliest: window.earliest, latest: window.latest } },
    diagnostics: [{
      file,
      level: 'warning',
      message: `no publication date in front matter or url; inferred ${window.latest} from the text (allows ${range}: ${window.evidence.join('; ')})`,
    }],
  };
}

/** A `YYYY-MM-DD` string that names a real day, or why it does not. */
export function parseIsoDate(text: string): { date: IsoDate } | { problem: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { problem: 'is not a date in YYYY-MM-DD form' };
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12) return { problem: `is not a real date (there is no month ${month})` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { problem: `is not a real date (${MONTH_NAMES[month - 1]} ${year} has ${days} days)` };
  return { date: text };
}

/** The first real date written in a URL, or null. */
export function dateInUrl(url: string): IsoDate | null {
  for (const [, year, , month, day] of url.matchAll(URL_DATE)) {
    const parsed = parseIsoDate(`${year}-${month}-${day}`);
    if ('date' in parsed) return parsed.date;
  }
  return null;
}
