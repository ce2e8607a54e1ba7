/**
 * Holidays the date recogniser reads ("أول أيام عيد الأضحى", "عشية عيد الميلاد", "مع حلول شهر
 * رمضان"): the day each starts on its calendar and how long it lasts. Written in ordinary
 * spelling; the recogniser folds every entry with `foldArabic`.
 *
 * Takes nothing, gives `const` data. Deliberately not here: which Gregorian day a Hijri one falls
 * on (Intl's Umm al-Qura calendar answers that, in `scripts/pipeline/dates/hijri.ts`), except the
 * months whose start Syria is known to have kept otherwise (`OBSERVED_MONTH_STARTS`).
 */

/** Holidays: the day they start, how many days they last, and on which calendar. */
export const HOLIDAYS: readonly {
  names: readonly string[];
  calendar: 'hijri' | 'gregorian';
  month: number;
  day: number;
  days: number;
}[] = [
  { names: ['عيد الأضحى'], calendar: 'hijri', month: 12, day: 10, days: 4 },
  { names: ['عيد الفطر'], calendar: 'hijri', month: 10, day: 1, days: 3 },
  { names: ['رأس السنة الهجرية'], calendar: 'hijri', month: 1, day: 1, days: 1 },
  { names: ['المولد النبوي'], calendar: 'hijri', month: 3, day: 12, days: 1 },
  { names: ['يوم عرفة', 'وقفة عرفة'], calendar: 'hijri', month: 12, day: 9, days: 1 },
  { names: ['عيد الميلاد', 'عيد الميلاد المجيد'], calendar: 'gregorian', month: 12, day: 25, days: 1 },
  {
    // The Eastern churches' Christmas (Julian 25 December), which Syria's Orthodox keep.
    names: [
      'عيد الميلاد لدى الكنائس الشرقية', 'عيد الميلاد عند الكنائس الشرقية', 'عيد الميلاد لدى الطوائف الشرقية',
      'عيد الميلاد الأرثوذكسي', 'عيد الميلاد الشرقي', 'عيد الميلاد حسب التقويم الشرقي',
    ],
    calendar: 'gregorian', month: 1, day: 7, days: 1,
  },
  { names: ['رأس السنة الميلادية', 'رأس السنة', 'رأس السنة الجديدة', 'عيد رأس السنة'], calendar: 'gregorian', month: 1, day: 1, days: 1 },
];

/**
 * The first day of Hijri months as Syria kept them, where the timeline's years are known: Umm
 * al-Qura (Intl) put 10 Dhu al-Hijja 1436 on 23 September 2015 and 1437 on Sunday 11 September
 * 2016, while Syria and most of the region kept Eid al-Adha on the 24th and on Monday the 12th.
 * A holiday in a listed month is that day; elsewhere Umm al-Qura's day or the next. Holidays only:
 * a month named alone ("مع حلول شهر رمضان") keeps Umm al-Qura's start.
 */
export const OBSERVED_MONTH_STARTS: readonly { year: number; month: number; first: string }[] = [
  { year: 1436, month: 10, first: '2015-07-17' },
  { year: 1436, month: 12, first: '2015-09-15' },
  { year: 1437, month: 10, first: '2016-07-06' },
  { year: 1437, month: 12, first: '2016-09-03' },
];

/** "عشية عيد الميلاد", "ليلة رأس السنة": the day before a holiday. */
export const EVE_WORDS: readonly string[] = ['عشية', 'ليلة'];

/** "مع حلول شهر رمضان": the first day of a Hijri month. */
export const ARRIVAL_WORDS: readonly string[] = ['حلول', 'قدوم', 'بدء', 'مع بدء', 'مع حلول'];

/** "أول أيام عيد الأضحى": which day of a holiday. */
export const HOLIDAY_DAY_ORDINALS: readonly { day: number; words: readonly string[] }[] = [
  { day: 1, words: ['أول'] },
  { day: 2, words: ['ثاني'] },
  { day: 3, words: ['ثالث'] },
  { day: 4, words: ['رابع'] },
];

/** The word between that ordinal and the holiday ("أول أيام"). */
export const HOLIDAY_DAYS_WORD = 'أيام';
