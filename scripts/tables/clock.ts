/**
 * Words of the clock the date recogniser (`scripts/pipeline/dates/rules.ts`) reads: times of day,
 * hours and minutes in words, the halves of the day, midnight. Written in ordinary spelling; the
 * recogniser folds every entry with `foldArabic`.
 *
 * Takes nothing, gives `const` data. Deliberately not here: patterns, or how a time joins a day.
 */

/**
 * Times of day that may precede a day ("مساء أمس", "ظهر الجمعة"); they do not change the date.
 * Noon is an hour; morning, evening and dawn are not (dawn moves with the season), so they give none.
 */
export const TIMES_OF_DAY: readonly { words: readonly string[]; time?: string }[] = [
  { words: ['ظهر', 'ظهيرة', 'منتصف نهار', 'منتصف النهار'], time: '12:00' },
  // Before a day with its date ("منتصف ليل الجمعة ٢٦ شباط"): the midnight ending it.
  { words: ['منتصف ليل', 'منتصف ليلة'], time: '24:00' },
  { words: ['صباح', 'مساء', 'عصر', 'فجر', 'ليل', 'صبيحة'] },
];

/**
 * A time of day said alone as an adverb ("تحادث هاتفيا صباحا"): of the day it is said. Not "مساء",
 * which is as often the noun of "مساء الخميس", nor "ليلا", as in "ليلا ونهارا", nor "عصرا", which
 * is also "an era" ("يدشن عصرا جديدا").
 */
export const TIME_ADVERBS: readonly { words: readonly string[]; time?: string }[] = [
  { words: ['ظهرا'], time: '12:00' },
  { words: ['صباحا', 'فجرا'] },
];

/** The hours of a clock in words (feminine ordinals: "الساعة السابعة"). */
export const CLOCK_HOURS: readonly { hour: number; words: readonly string[] }[] = [
  { hour: 1, words: ['الواحدة'] }, { hour: 2, words: ['الثانية'] }, { hour: 3, words: ['الثالثة'] },
  { hour: 4, words: ['الرابعة'] }, { hour: 5, words: ['الخامسة'] }, { hour: 6, words: ['السادسة'] },
  { hour: 7, words: ['السابعة'] }, { hour: 8, words: ['الثامنة'] }, { hour: 9, words: ['التاسعة'] },
  { hour: 10, words: ['العاشرة'] }, { hour: 11, words: ['الحادية عشرة', 'الحادية عشر'] },
  { hour: 12, words: ['الثانية عشرة', 'الثانية عشر'] },
];

/** Minutes after the hour in words ("السابعة والنصف"). */
export const CLOCK_MINUTES: readonly { minute: number; words: readonly string[] }[] = [
  { minute: 30, words: ['والنصف'] },
  { minute: 15, words: ['والربع'] },
];

/**
 * Words after an hour that say which half of the day it is in. `from`: the first hour (1–11) the
 * word moves to the afternoon ("الواحدة ليلا" is 01:00 but "العاشرة ليلا" 22:00); `twelve`: what
 * twelve o'clock is with it (noon, or at night the midnight that ends the day).
 */
export const DAY_HALVES: readonly { words: readonly string[]; from: number; twelve: number }[] = [
  { words: ['صباحا', 'صباح', 'فجرا', 'فجر'], from: 13, twelve: 12 },
  { words: ['ظهرا', 'الظهر', 'بعد الظهر', 'عصرا', 'العصر', 'مساء', 'مساءا', 'المساء'], from: 1, twelve: 12 },
  { words: ['ليلا', 'الليل', 'ليل'], from: 6, twelve: 24 },
];

/** The word before a clock time ("الساعة السابعة"). */
export const CLOCK_WORD = 'الساعة';

/** "منتصف ليل الخميس": the midnight that ends the day named. */
export const MIDNIGHT_WORDS: readonly string[] = ['منتصف ليل', 'منتصف ليلة', 'منتصف الليل', 'منتصف الليلة', 'منتصف هذه الليلة', 'منتصف الليلة الماضية'];
