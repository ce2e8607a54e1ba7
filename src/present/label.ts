/**
 * The Present button's words, apart from the presenter's own (`strings.ts`), so the page every
 * reader downloads carries the label and not the presenter's vocabulary. Also what the page says
 * when the presenter's code fails to arrive.
 */
import type { Lang } from '../lib/url-state.ts';

export const PRESENT_LABELS = {
  en: {
    present: 'Present',
    failed: 'The presentation could not be loaded. Check the connection and try again.',
    back: 'Back to the timeline',
  },
  ar: {
    present: 'عرض تقديمي',
    failed: 'تعذّر تحميل العرض التقديمي. تحقّق من الاتصال وأعد المحاولة.',
    back: 'العودة إلى الخط الزمني',
  },
} as const satisfies Record<Lang, Record<string, string>>;
