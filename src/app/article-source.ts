/**
 * How the detail panel and the article reader name a source article: its own title, which is Arabic
 * as the source wrote it, or a stand-in in the page's language; and the line beside it (outlet ·
 * publication date). Gives text and attributes; the components choose the elements.
 */
import { formatIsoDate } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import type { ArticleMeta } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';

/** Only a real title is Arabic (`lang`/`dir` set); the stand-in is in the page's language (both undefined). */
export function articleTitle(article: ArticleMeta | undefined, id: string, lang: Lang): { text: string; lang: 'ar' | undefined; dir: 'rtl' | undefined } {
  return article?.title
    ? { text: article.title, lang: 'ar', dir: 'rtl' }
    : { text: article?.title ?? t(lang, 'untitledArticle', { id }), lang: undefined, dir: undefined };
}

/** "Outlet · Published 25 March 2016", or just the date when the outlet is unknown. */
export function articleByline(article: ArticleMeta, lang: Lang): string {
  return `${article.outlet ? `${article.outlet} · ` : ''}${t(lang, 'published', { date: formatIsoDate(article.published, lang) })}`;
}
