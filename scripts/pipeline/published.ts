/**
 * Publication date of one article. Takes its metadata, body and file name; gives the date, where it
 * came from, and diagnostics. Sources in order of trust: the `published` front-matter key (must be a
 * real calendar date; a bad one is an error, never silently replaced), a date in the `url`
 * (/2016/08/27/, 2016-08-27, 20160827), and last the date the text itself gives
 * (`inferPublicationDate`: a dateline, a metadata line, a full date said to be today, a weekday with a
 * day and month, the latest past event, or the talks' milestones it names with a relative word,
 * English captions and dates still ahead when together they leave a window of a month at most),
 * which is a warning naming the evidence used. A text with none of these is an error naming the
 * file: the article is skipped and the run goes on.
 *
 * Deliberately not done: reading dates out of the text here (that is the date tagger's job), or
 * cross-checking metadata against the URL.
 */
import type { IsoDate } from '../../src/lib/types.ts';
import { daysInMonth, MONTH_NAMES } from './calendar.ts';
import { inferPublicationDate } from './dates.ts';
import type { ArticleMetadata, Diagnostic, LoadedArticle, YearSpan } from './types.ts';

export type PublicationDate = Pick<LoadedArticle, 'published' | 'publishedFrom' | 'publishedWindow' | 'publishedEvidence'>;

export type PublishedResult =
  | { ok: true; date: PublicationDate; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Year, month and day with `-` or `/` between them (the same one twice) or nothing, not inside a
 * longer run of digits, so an article number like 1201608275 is not read as a date.
 */
const URL_DATE = /(?<!\d)((?:19|20)\d\d)([-/]?)(\d\d)\2(\d\d)(?!\d)/g;

/**
 * Whether `resolvePublished` reads `years` for this metadata: only when neither the front matter
 * nor the url dates the article. An article that does not is final as soon as it is read.
 */
export function datedByOthers(meta: ArticleMetadata): boolean {
  return meta.published === undefined && (meta.url === undefined || dateInUrl(meta.url) === null);
}

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

  const window = inferPublicationDate(body, years);
  if (!window) {
    const where = meta.url === undefined ? 'no url' : 'no date in the url';
    return error(
      `no publication date: add 'published: YYYY-MM-DD' to the front matter (${where}, and the text has no dateline, ` +
        'no metadata line, no full date said to be today or yesterday, no weekday with a day and month, no dated past event, ' +
        'and no milestones of the talks that leave a window of a month or less)',
    );
  }
  // The warning names the evidence, so a reader can check the date the whole article now rests on.
  const range = window.earliest === window.latest ? window.earliest : `${window.earliest} … ${window.latest}`;
  return {
    ok: true,
    date: {
      published: window.published,
      publishedFrom: 'text',
      publishedWindow: { earliest: window.earliest, latest: window.latest },
      publishedEvidence: window.kind,
    },
    diagnostics: [{
      file,
      level: 'warning',
      message: `no publication date in front matter or url; inferred ${window.published} from the text's ${window.kind} (allows ${range}: ${window.evidence.join('; ')})`,
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
