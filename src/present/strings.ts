/**
 * The presenter's own words, in both languages, as a table. The Present button's are in `label.ts`.
 */
import type { Lang } from '../lib/url-state.ts';

export const PRESENT_STRINGS = {
  en: {
    region: 'Presentation',
    progress: 'Slide {n} of {total}',
    goTo: 'Go to slide',
    next: 'Next slide',
    previous: 'Previous slide',
    events: '{n} events',
    oneEvent: '1 event',
    sources: '{n} sources',
    oneSource: '1 source',
    sourcesTitle: 'Sources',
    source: 'Source',
    exit: 'Leave presentation',
    blanked: 'Screen blanked. Press B to show it again.',
    empty: 'No events match the current filters.',
    keys: '→ / PgDn / Space next · ← / PgUp back · Home / End first, last · number + Enter jump · B blank · Esc leave',
  },
  ar: {
    region: 'العرض التقديمي',
    progress: 'الشريحة {n} من {total}',
    goTo: 'الانتقال إلى الشريحة',
    next: 'الشريحة التالية',
    previous: 'الشريحة السابقة',
    // "Number of events: ١٤" reads right for every count, where "١٤ حدثًا" needs Arabic's plural forms.
    events: 'عدد الأحداث: {n}',
    oneEvent: 'عدد الأحداث: {n}',
    sources: 'عدد المصادر: {n}',
    oneSource: 'عدد المصادر: {n}',
    sourcesTitle: 'المصادر',
    source: 'المصدر',
    exit: 'مغادرة العرض',
    blanked: 'الشاشة مطفأة. اضغط B لإظهارها.',
    empty: 'لا أحداث تطابق المرشحات الحالية.',
    keys: '← أو PgDn أو مسافة للتالي · → أو PgUp للسابق · Home وEnd للأولى والأخيرة · رقم ثم Enter للانتقال · B لإطفاء الشاشة · Esc للخروج',
  },
} as const satisfies Record<Lang, Record<string, string>>;
