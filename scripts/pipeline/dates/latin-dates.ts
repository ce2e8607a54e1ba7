/**
 * Dates written in Latin script inside an Arabic article, for the publication-date inference: an
 * agency's photo caption ("… in Moscow, Friday, March 25, 2016 (AP Photo/…)") or a site's English
 * date line ("Published: 25 March 2016"). Takes the body; gives each date with whether a label
 * says it is the page's own.
 *
 * A caption dates its photo, and a story often runs an older photo (a meeting months before), so
 * the inference reads a caption as "published on or after"; only a labelled line is the page's
 * date. Deliberately not done: Latin dates inside Arabic lines (a quoted English title), or
 * numeric forms like 03/25/2016, where day and month cannot be told apart.
 */
import { dayOf, daysInMonth, weekdayOf, type Day } from '../calendar.ts';

export interface LatinDate {
  day: Day;
  /** The line opens with a publication label ("Published:", "Updated"). */
  labelled: boolean;
  quote: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH = '(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?<weekday>sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)(?:day)?\\.?,?\\s+)?';
const DAY = '(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?';
const YEAR = '(?<year>(?:19|20)[0-9]{2})(?![0-9])';
const LATIN_DATES = [
  new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'giu'),
  new RegExp(`\\b${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'giu'),
];
/** What a site prints before its own date; a caption never starts so. */
const LABEL = /^\s*(?:published|updated|last updated|posted|date)\b[^\p{L}]*$/iu;

/** A line written mostly in Latin letters: an English caption or credit among Arabic paragraphs. */
export function isLatinLine(line: string): boolean {
  return (line.match(/[A-Za-z]/g)?.length ?? 0) > (line.match(/[\u0600-\u06ff]/g)?.length ?? 0);
}

/** Every real date in the Latin-script lines of the body, in order; a weekday that disagrees with its date drops it. */
export function latinDates(body: string): LatinDate[] {
  const dates: LatinDate[] = [];
  for (const line of body.split('\n')) {
    if (!isLatinLine(line)) continue;
    const inLine = LATIN_DATES.flatMap((pattern) => [...line.matchAll(pattern)]).sort((a, b) => a.index - b.index);
    for (const m of inLine) {
      const g = m.groups!;
      const month = MONTHS.indexOf(g.month.slice(0, 3).toLowerCase()) + 1;
      const [year, date] = [Number(g.year), Number(g.day)];
      if (date < 1 || date > daysInMonth(year, month)) continue;
      const day = dayOf(year, month, date);
      if (g.weekday !== undefined && WEEKDAYS.indexOf(g.weekday.slice(0, 3).toLowerCase()) !== weekdayOf(day)) continue;
      dates.push({ day, labelled: LABEL.test(line.slice(0, m.index)), quote: m[0] });
    }
  }
  return dates;
}
