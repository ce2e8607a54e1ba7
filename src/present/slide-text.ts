/**
 * How the presenter words dates and numbers for a room. A date the pipeline inferred
 * (`date.approximate`, see `EventDate` in src/lib/types.ts) is said to be approximate ("around 15
 * July 2016"), and a part of a month is named as a reader would say it ("mid-July 2016") rather
 * than as a run of days. Counts and the progress counter use the interface language's digits
 * (٣ / ١٤ in Arabic); dates keep the app's Western digits, as the source articles write them.
 */
import { dateFormat, formatEventDate } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import { isoToMs } from '../lib/timeline/scales.ts';
import type { EventDate } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** A whole number in the interface language's digits: 14 in English, ١٤ in Arabic. */
export function localDigits(n: number, lang: Lang): string {
  const latin = String(Math.round(n));
  return lang === 'ar' ? latin.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]) : latin;
}

const PART_WORDS = {
  en: { early: 'early {m}', mid: 'mid-{m}', late: 'late {m}', around: 'around {d}' },
  ar: { early: 'أوائل {m}', mid: 'منتصف {m}', late: 'أواخر {m}', around: 'نحو {d}' },
} as const satisfies Record<Lang, Record<string, string>>;

/** Which third of its month a day falls in: 1–10 early, 11–20 mid, 21 on late. */
function third(day: number): 'early' | 'mid' | 'late' {
  return day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
}

/** "mid-July 2016" for part of one month, named by the third its middle day falls in; null across months. */
function partOfMonth(date: EventDate, lang: Lang): string | null {
  const [start, end] = [new Date(isoToMs(date.start)), new Date(isoToMs(date.end))];
  if (start.getUTCMonth() !== end.getUTCMonth() || start.getUTCFullYear() !== end.getUTCFullYear()) return null;
  const middle = Math.floor((start.getUTCDate() + end.getUTCDate()) / 2);
  const month = dateFormat(lang, { month: 'long', year: 'numeric' }).format(start);
  return PART_WORDS[lang][third(middle)].replace('{m}', month);
}

/** The slide's date: "15 July 2016", "around mid-July 2016", "نحو منتصف يوليو 2016", with the hour when the source gives one. */
export function slideDate(date: EventDate, lang: Lang): string {
  let shown = (date.precision === 'part-of-month' && partOfMonth(date, lang)) || formatEventDate(date, lang);
  if (date.time) shown = t(lang, 'atTime', { date: shown, time: date.time });
  return date.approximate ? PART_WORDS[lang].around.replace('{d}', shown) : shown;
}
