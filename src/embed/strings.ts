/**
 * The embed's own words, in both languages. Kept as a table so a translator edits data, not markup.
 * The Embed button's are in `label.ts`: every page view loads those, only embedding loads these.
 */
import type { Lang } from '../lib/url-state.ts';

export const EMBED_STRINGS = {
  en: {
    dialogTitle: 'Embed this timeline',
    intro: 'Paste one of these into your page. Each opens on the current view: range, filters and language.',
    withEvent: 'Open on the event that is open now',
    iframeLabel: 'Plain iframe (fixed height)',
    pymLabel: 'pym.js (height follows the content; keeps the selected event in your page’s link)',
    stripLabel: 'Compact strip (the time axis and one event, fixed small height)',
    copy: 'Copy',
    copied: 'Copied',
    copyManually: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
    frameTitle: 'Timeline of US–Russia diplomacy on Syria, 2015–2016',
    zoomHint: 'Ctrl + scroll to zoom',
    zoomHintMac: '⌘ + scroll to zoom',
    openFull: 'Open the full timeline',
    stripEvent: 'Open event',
    stripOpen: 'Quotes and sources',
    sources: '{n} sources',
    oneSource: '1 source',
  },
  ar: {
    dialogTitle: 'تضمين هذا الخط الزمني',
    intro: 'الصق إحدى هذه الشيفرات في صفحتك. كلٌّ منها تفتح على العرض الحالي: الفترة والمرشحات واللغة.',
    withEvent: 'الفتح على الحدث المفتوح الآن',
    iframeLabel: 'إطار iframe بسيط (ارتفاع ثابت)',
    pymLabel: 'pym.js (يتبع الارتفاع المحتوى ويحفظ الحدث المحدد في رابط صفحتك)',
    stripLabel: 'شريط مدمج (محور الزمن وحدث واحد، ارتفاع صغير ثابت)',
    copy: 'نسخ',
    copied: 'نُسخ',
    copyManually: 'حُدِّد النص: اضغط Ctrl+C (أو ⌘C على ماك) للنسخ',
    frameTitle: 'الخط الزمني للدبلوماسية الأميركية الروسية بشأن سوريا، 2015–2016',
    zoomHint: 'Ctrl + التمرير للتكبير',
    zoomHintMac: '⌘ + التمرير للتكبير',
    openFull: 'فتح الخط الزمني كاملًا',
    stripEvent: 'الحدث المفتوح',
    stripOpen: 'الاقتباسات والمصادر',
    // "Number of sources: 3" reads right for every count, where "3 مصادر" needs Arabic's plural forms.
    sources: 'عدد المصادر: {n}',
    oneSource: 'عدد المصادر: {n}',
  },
} as const satisfies Record<Lang, Record<string, string>>;
