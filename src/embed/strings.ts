/**
 * The embed's own words, in both languages. Kept as a table so a translator edits data, not markup.
 * The Embed button's are in `label.ts`: every page view loads those, only embedding loads these.
 */
import type { Lang } from '../lib/url-state.ts';

export const EMBED_STRINGS = {
  en: {
    dialogTitle: 'Embed this timeline',
    intro: 'Paste one of these into your page. Both open on the current view: the selected event, range, filters and language.',
    iframeLabel: 'Plain iframe (fixed height)',
    pymLabel: 'pym.js (height follows the content; keeps the selected event in your page’s link)',
    copy: 'Copy',
    copied: 'Copied',
    copyManually: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
    frameTitle: 'Timeline of US–Russia diplomacy on Syria, 2015–2016',
    zoomHint: 'Ctrl + scroll to zoom',
    zoomHintMac: '⌘ + scroll to zoom',
    openFull: 'Open the full timeline',
  },
  ar: {
    dialogTitle: 'تضمين هذا الخط الزمني',
    intro: 'الصق إحدى الشيفرتين في صفحتك. كلتاهما تفتح على العرض الحالي: الحدث المحدد والفترة والمرشحات واللغة.',
    iframeLabel: 'إطار iframe بسيط (ارتفاع ثابت)',
    pymLabel: 'pym.js (يتبع الارتفاع المحتوى ويحفظ الحدث المحدد في رابط صفحتك)',
    copy: 'نسخ',
    copied: 'نُسخ',
    copyManually: 'حُدِّد النص: اضغط Ctrl+C (أو ⌘C على ماك) للنسخ',
    frameTitle: 'الخط الزمني للدبلوماسية الأميركية الروسية بشأن سوريا، 2015–2016',
    zoomHint: 'Ctrl + التمرير للتكبير',
    zoomHintMac: '⌘ + التمرير للتكبير',
    openFull: 'فتح الخط الزمني كاملًا',
  },
} as const satisfies Record<Lang, Record<string, string>>;
