/** The words the exports add to the events (image captions), in both languages. */
import type { Lang } from '../url-state.ts';

export const EXPORT_STRINGS: Record<Lang, { source: string; noSource: string; builtBy: string; edited: string; count: (n: number) => string; articles: (n: number) => string }> = {
  en: {
    source: 'Source',
    noSource: 'events added by an editor',
    builtBy: 'events extracted from the articles by machine, checked by an editor where marked',
    edited: '(edited)',
    count: (n) => `${n} ${n === 1 ? 'event' : 'events'}`,
    articles: (n) => `${n} ${n === 1 ? 'news article' : 'news articles'}`,
  },
  ar: {
    source: 'المصدر',
    noSource: 'أحداث أضافها محرر',
    builtBy: 'أحداث استخرجت من المقالات آليا، وما عليه علامة التعديل راجعه محرر',
    edited: '(معدّل)',
    count: (n) => `عدد الأحداث: ${n}`,
    articles: (n) => `عدد المقالات الإخبارية: ${n}`,
  },
};
