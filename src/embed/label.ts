/**
 * The Embed button's words, apart from the dialog's (`strings.ts`), so the page every reader
 * downloads carries the label and not the dialog's vocabulary. Also what the page says when the
 * embed code (the dialog, or an embed's own chunk) fails to arrive.
 */
import type { Lang } from '../lib/url-state.ts';

export const EMBED_LABELS = {
  en: {
    button: 'Embed',
    dialogFailed: 'The embed code could not be loaded. Check the connection and try again.',
    frameFailed: 'Part of this embed could not be loaded; reload the page to try again.',
  },
  ar: {
    button: 'تضمين',
    dialogFailed: 'تعذّر تحميل شيفرة التضمين. تحقّق من الاتصال وأعد المحاولة.',
    frameFailed: 'تعذّر تحميل جزء من هذا الإطار المضمَّن؛ أعد تحميل الصفحة للمحاولة مجددًا.',
  },
} as const satisfies Record<Lang, Record<string, string>>;
