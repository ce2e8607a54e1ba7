/**
 * What the timeline is built from, for the line under it: how many articles, which outlets, and the
 * span of their publication dates, computed from the loaded file.
 *
 * It follows the filters: with a filter or search on, it names the articles behind the events shown
 * ("come from 2 of the 5 articles"), since a reader looking at a filtered timeline asks where *these*
 * events come from; with none, every article in the file, including any that gave no event, since
 * the timeline was still built from it. Zoom and pan change nothing: they hide events without
 * choosing them, and the axis already says which period is in view.
 */
import { dateFormat, formatIsoDate, formatRange } from '../lib/format.ts';
import { joinList, t } from '../lib/i18n.ts';
import type { ArticleMeta, IsoDate, TimelineEvent } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';

export interface Coverage {
  /** The articles named, in file order. */
  articles: readonly ArticleMeta[];
  /** Every article in the file. */
  total: number;
  /** True when the line speaks of the events shown, not the whole file. */
  shown: boolean;
  first: IsoDate | null;
  last: IsoDate | null;
}

/** Outlets named in the line before "and n more". */
const OUTLETS_MAX = 4;

/**
 * `events`: the events shown; `filtering`: whether a filter or search chose them. A filter that
 * matches nothing, or whose events cite every article, gives the whole file's line. Plain loops:
 * this runs on every filter change, over up to 100,000 events.
 */
export function coverage(articles: readonly ArticleMeta[], events: readonly TimelineEvent[], filtering: boolean): Coverage {
  let named: readonly ArticleMeta[] = articles;
  if (filtering && events.length) {
    const cited = new Set<string>();
    for (const e of events) {
      for (const x of e.excerpts) cited.add(x.article);
      if (e.history) for (const h of e.history) cited.add(h.article);
      if (e.otherDates) for (const v of e.otherDates) for (const a of v.articles) cited.add(a);
    }
    const subset = articles.filter((a) => cited.has(a.id));
    if (subset.length && subset.length < articles.length) named = subset;
  }
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (const a of named) {
    if (first === null || a.published < first) first = a.published;
    if (last === null || a.published > last) last = a.published;
  }
  return { articles: named, total: articles.length, shown: named !== articles, first, last };
}

/** "Al-Hayat, Al Jazeera and 2 more" (by first publication), with the articles that name no outlet counted apart. */
export function outletsText(articles: readonly ArticleMeta[], lang: Lang): string {
  const earliest = new Map<string, IsoDate>();
  let unknown = 0;
  for (const a of articles) {
    const outlet = a.outlet?.trim();
    if (!outlet) unknown++;
    else if (!earliest.has(outlet) || a.published < earliest.get(outlet)!) earliest.set(outlet, a.published);
  }
  if (!earliest.size) return articles.length === 1 ? t(lang, 'outletUnknown') : t(lang, 'outletsUnknown');
  const outlets = [...earliest].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([outlet]) => outlet);
  const parts = outlets.slice(0, OUTLETS_MAX);
  if (outlets.length > OUTLETS_MAX) parts.push(t(lang, 'outletsMore', { n: outlets.length - OUTLETS_MAX }));
  if (unknown) parts.push(t(lang, 'outletsUnknownSome', { n: unknown }));
  return joinList(lang, parts);
}

/** "on 25 March 2016", or "16 December 2015 – 27 August 2016" (in the range form of the language). */
export function periodText(first: IsoDate, last: IsoDate, lang: Lang): string {
  if (first === last) return t(lang, 'coverageDay', { date: formatIsoDate(first, lang) });
  const day = dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const range = formatRange(day, new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
  return t(lang, 'coverageRange', { range });
}

/** The whole line; null for a file without articles (nothing to attribute). */
export function coverageText(c: Coverage, lang: Lang): string | null {
  if (!c.articles.length || !c.first || !c.last) return null;
  const vars = { n: c.articles.length, total: c.total, outlets: outletsText(c.articles, lang), period: periodText(c.first, c.last, lang) };
  if (c.shown) return t(lang, 'coverageShown', vars);
  return t(lang, c.articles.length === 1 ? 'coverageAllOne' : 'coverageAll', vars);
}
