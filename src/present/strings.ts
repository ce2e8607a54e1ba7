/**
 * The presenter's own words, in both languages, as a table. The Present button's are in `label.ts`.
 */
import type { Lang } from '../lib/url-state.ts';

export const PRESENT_STRINGS = {
  en: {
    region: 'Presentation',
    progress: 'Event {n} of {total}',
    goTo: 'Go to event',
    next: 'Next event',
    previous: 'Previous event',
    exit: 'Leave presentation',
    blanked: 'Screen blanked. Press B to show it again.',
    empty: 'No events match the current filters.',
    keys: '→ / Space next · ← back · number + Enter jump · B blank · Esc leave',
  },
  ar: {
    region: 'العرض التقديمي',
    progress: 'الحدث {n} من {total}',
    goTo: 'الانتقال إلى الحدث',
    next: 'الحدث التالي',
    previous: 'الحدث السابق',
    exit: 'مغادرة العرض',
    blanked: 'الشاشة مطفأة. اضغط B لإظهارها.',
    empty: 'لا أحداث تطابق المرشحات الحالية.',
    keys: '← أو مسافة للتالي · → للسابق · رقم ثم Enter للانتقال · B لإطفاء الشاشة · Esc للخروج',
  },
} as const satisfies Record<Lang, Record<string, string>>;
