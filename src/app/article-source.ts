/**
 * How the app names a source article wherever it names one (the detail's sources, the reader, the
 * list, the coverage line): its headline, its outlet and its publication date. The file id is never
 * shown: it means nothing to a reader. An article without a headline is named by its opening words,
 * quoted; one without a body either, by "untitled article". An outlet the front matter does not give
 * is said to be unrecorded rather than left out, so a reader can tell missing from hidden.
 * Gives text and attributes; the components choose the elements.
 */
import { formatIsoDate, truncate } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import type { ArticleMeta } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';

/** Long enough to recognise an article by, short enough for a list row. */
const OPENING_MAX = 60;

export interface ArticleLabel {
  text: string;
  /** Set for text in the article's own language (Arabic): a headline or opening words. */
  lang: 'ar' | undefined;
  dir: 'rtl' | undefined;
}

/** The headline, else «the opening words…», else "untitled article" in the page's language. */
export function articleTitle(article: ArticleMeta | undefined, lang: Lang): ArticleLabel {
  if (article?.title) return { text: article.title, lang: 'ar', dir: 'rtl' };
  const opening = article?.body?.trim().split('\n', 1)[0].trim();
  if (opening) return { text: `«${truncate(opening, OPENING_MAX)}»`, lang: 'ar', dir: 'rtl' };
  return { text: t(lang, 'untitledArticle'), lang: undefined, dir: undefined };
}

/** The outlet's name, or "outlet not recorded". */
export function outletName(article: ArticleMeta, lang: Lang): string {
  return article.outlet || t(lang, 'outletUnknown');
}

/** "Outlet · Published 25 March 2016". */
export function articleByline(article: ArticleMeta, lang: Lang): string {
  return `${outletName(article, lang)} · ${t(lang, 'published', { date: formatIsoDate(article.published, lang) })}`;
}

/** First strong isolate … pop directional isolate: a part's direction no longer reorders its neighbours. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * One line naming the article in a list: "Outlet, «headline…», 25 March 2016" (the headline cut to
 * fit a row); without an outlet, the headline and date alone, as a list of them reads better so.
 * Each part is isolated: in an English line an Arabic headline otherwise took the date's day with it
 * ("…السوري, March 2016" with the 25 moved before the headline on the next line), and the date is
 * one unbreakable piece.
 */
export function articleShortName(article: ArticleMeta | undefined, lang: Lang): string {
  const title = truncate(articleTitle(article, lang).text, OPENING_MAX);
  if (!article) return isolate(title);
  // The date never breaks across lines: "16 / December 2015" at a row's end read as two things.
  const date = formatIsoDate(article.published, lang).replace(/ /g, '\u00a0');
  const parts = [article.outlet, title, date].filter((part): part is string => !!part);
  return parts.map(isolate).join(lang === 'ar' ? '، ' : ', ');
}

/** The article's address when it is a web address a reader can follow (http or https), else null. */
export function articleUrl(article: ArticleMeta | undefined): string | null {
  if (!article?.url) return null;
  try {
    const url = new URL(article.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Every article an event cites (its excerpts, earlier stages and other dates), once each, in order of first mention. */
export function citedArticles(event: { excerpts: { article: string }[]; history?: { article: string }[]; otherDates?: { articles: string[] }[] }): string[] {
  const ids = [...event.excerpts.map((x) => x.article), ...(event.history ?? []).map((h) => h.article), ...(event.otherDates ?? []).flatMap((v) => v.articles)];
  return [...new Set(ids)];
}
