/**
 * Words the date tagger (`scripts/pipeline/dates.ts`) matches, and the numbers it resolves them
 * with. Written in ordinary spelling (hamza, ta marbuta, alef maqsura); the tagger folds every entry
 * with `foldArabic`, so one spelling per folded form is enough.
 *
 * Takes nothing, gives `const` data. Deliberately not here: patterns or resolution rules (those are
 * the tagger's), and words whose only role is to be matched by another stage (event triggers).
 */

/** Gregorian months (1 = January): the Levantine, the transliterated (Egyptian and Gulf) and the Maghrebi names. */
export const GREGORIAN_MONTHS: readonly { month: number; names: readonly string[] }[] = [
  { month: 1, names: ['كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي'] },
  { month: 2, names: ['شباط', 'فبراير', 'فيفري'] },
  { month: 3, names: ['آذار', 'مارس'] },
  { month: 4, names: ['نيسان', 'أبريل', 'إبريل', 'أفريل'] },
  { month: 5, names: ['أيار', 'مايو', 'ماي'] },
  { month: 6, names: ['حزيران', 'يونيو', 'يونيه', 'جوان'] },
  { month: 7, names: ['تموز', 'يوليو', 'يوليه', 'يوليوز', 'جويلية'] },
  { month: 8, names: ['آب', 'أغسطس', 'غشت', 'أوت'] },
  { month: 9, names: ['أيلول', 'سبتمبر', 'شتنبر'] },
  { month: 10, names: ['تشرين الأول', 'تشرين أول', 'أكتوبر'] },
  { month: 11, names: ['تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'نونبر'] },
  { month: 12, names: ['كانون الأول', 'كانون أول', 'ديسمبر', 'دجنبر'] },
];

/**
 * Hijri months (1 = Muharram). Several are also personal names (رجب، شعبان، رمضان) and صفر is
 * "zero", so the tagger takes a Hijri month only after a day number or the word شهر.
 */
export const HIJRI_MONTHS: readonly { month: number; names: readonly string[] }[] = [
  { month: 1, names: ['محرم', 'المحرم'] },
  { month: 2, names: ['صفر'] },
  { month: 3, names: ['ربيع الأول', 'ربيع أول'] },
  { month: 4, names: ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني'] },
  { month: 5, names: ['جمادى الأولى', 'جمادى الأول'] },
  { month: 6, names: ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'] },
  { month: 7, names: ['رجب'] },
  { month: 8, names: ['شعبان'] },
  { month: 9, names: ['رمضان'] },
  { month: 10, names: ['شوال'] },
  { month: 11, names: ['ذو القعدة', 'ذي القعدة'] },
  { month: 12, names: ['ذو الحجة', 'ذي الحجة'] },
];

/** Weekdays, numbered like `Date.getUTCDay` (0 = Sunday), with the Lebanese spelling الثلثاء. Always with the article: bare أحد is "one". */
export const WEEKDAYS: readonly { weekday: number; names: readonly string[] }[] = [
  { weekday: 0, names: ['الأحد'] },
  { weekday: 1, names: ['الاثنين', 'الإثنين'] },
  { weekday: 2, names: ['الثلاثاء', 'الثلثاء'] },
  { weekday: 3, names: ['الأربعاء'] },
  { weekday: 4, names: ['الخميس'] },
  { weekday: 5, names: ['الجمعة'] },
  { weekday: 6, names: ['السبت'] },
];

/** Days named relative to the publication date, with their offset in days. */
export const RELATIVE_DAYS: readonly { offset: number; names: readonly string[] }[] = [
  { offset: -2, names: ['أول أمس', 'أول من أمس', 'قبل أمس', 'أمس الأول', 'الليلة قبل الماضية', 'الليلة ما قبل الماضية', 'ليلة أول أمس', 'ليلة أول من أمس', 'ليل أول أمس'] },
  { offset: -1, names: ['أمس', 'البارحة', 'الليلة الماضية', 'ليلة أمس', 'ليل أمس'] },
  { offset: 0, names: ['اليوم'] },
  { offset: 1, names: ['غدا', 'يوم غد', 'غد', 'الغد'] },
  { offset: 2, names: ['بعد غد'] },
];

/**
 * Expressions that leave the time open ("قريبا", "في وقت لاحق"). Recognised so that no day is read
 * inside them; they resolve to no date, so they never date an event.
 */
export const VAGUE_EXPRESSIONS: readonly string[] = [
  'قريبا', 'قريبا جدا', 'في القريب العاجل', 'في وقت لاحق', 'في وقت قريب', 'لاحقا',
  'خلال الفترة المقبلة', 'في الفترة المقبلة', 'خلال المرحلة المقبلة', 'في المرحلة المقبلة',
  'في الأيام المقبلة', 'خلال الأيام المقبلة', 'في الأيام القليلة المقبلة', 'خلال الأيام القليلة المقبلة',
  'في الأسابيع المقبلة', 'خلال الأسابيع المقبلة', 'في الأشهر المقبلة', 'خلال الأشهر المقبلة',
  'في المستقبل', 'في المستقبل القريب', 'في أقرب وقت', 'في أقرب وقت ممكن',
];

/** Words that introduce a day without changing it ("يوم الجمعة", "يومي 26 و27"). */
export const DAY_WORDS: readonly string[] = ['يوم', 'يومي'];

/** The word "month" as in "شهر آب", "شهر رمضان". */
export const MONTH_WORD = 'شهر';

/** Words for "year" before a year number ("عام 2017", "سنة 2016"). */
export const YEAR_WORDS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة'];

interface OrdinalUnit {
  value: number;
  masculine: string;
  feminine: string;
  compoundMasculine: string;
  compoundFeminine: string;
}

/**
 * Ordinal words, masculine and feminine: the simple form (day 1–10) and the form used in compounds
 * (الحادي عشر، الحادي والعشرين). Days 11–31 are composed from these by `dayOrdinals`.
 */
const ORDINAL_UNITS: readonly OrdinalUnit[] = [
  { value: 1, masculine: 'الأول', feminine: 'الأولى', compoundMasculine: 'الحادي', compoundFeminine: 'الحادية' },
  { value: 2, masculine: 'الثاني', feminine: 'الثانية', compoundMasculine: 'الثاني', compoundFeminine: 'الثانية' },
  { value: 3, masculine: 'الثالث', feminine: 'الثالثة', compoundMasculine: 'الثالث', compoundFeminine: 'الثالثة' },
  { value: 4, masculine: 'الرابع', feminine: 'الرابعة', compoundMasculine: 'الرابع', compoundFeminine: 'الرابعة' },
  { value: 5, masculine: 'الخامس', feminine: 'الخامسة', compoundMasculine: 'الخامس', compoundFeminine: 'الخامسة' },
  { value: 6, masculine: 'السادس', feminine: 'السادسة', compoundMasculine: 'السادس', compoundFeminine: 'السادسة' },
  { value: 7, masculine: 'السابع', feminine: 'السابعة', compoundMasculine: 'السابع', compoundFeminine: 'السابعة' },
  { value: 8, masculine: 'الثامن', feminine: 'الثامنة', compoundMasculine: 'الثامن', compoundFeminine: 'الثامنة' },
  { value: 9, masculine: 'التاسع', feminine: 'التاسعة', compoundMasculine: 'التاسع', compoundFeminine: 'التاسعة' },
];

/** Tens as they appear in ordinal days: the tenth, and the bare tens after "و" (الحادي والعشرين). */
const ORDINAL_TENS: readonly { value: number; words: readonly string[] }[] = [
  { value: 10, words: ['العاشر', 'العاشرة'] },
  { value: 20, words: ['العشرين'] },
  { value: 30, words: ['الثلاثين'] },
];

/** Teens: unit + عشر (masculine) or عشرة (feminine). */
const TEEN_SUFFIX = { masculine: 'عشر', feminine: 'عشرة' };

function dayOrdinals(): { day: number; words: string[] }[] {
  const days: { day: number; words: string[] }[] = [];
  for (const unit of ORDINAL_UNITS) days.push({ day: unit.value, words: [unit.masculine, unit.feminine] });
  // The Maghreb's and Libya's "the opener" for the first of a month ("الفاتح من جوان"، "فاتح يونيو").
  days[0].words.push('الفاتح', 'فاتح');
  for (const ten of ORDINAL_TENS) days.push({ day: ten.value, words: [...ten.words] });
  for (const unit of ORDINAL_UNITS) {
    days.push({
      day: 10 + unit.value,
      words: [`${unit.compoundMasculine} ${TEEN_SUFFIX.masculine}`, `${unit.compoundFeminine} ${TEEN_SUFFIX.feminine}`],
    });
  }
  for (const ten of ORDINAL_TENS.filter((t) => t.value > 10)) {
    for (const unit of ORDINAL_UNITS.filter((u) => ten.value + u.value <= 31)) {
      days.push({
        day: ten.value + unit.value,
        words: [`${unit.compoundMasculine} و${ten.words[0]}`, `${unit.compoundFeminine} و${ten.words[0]}`],
      });
    }
  }
  return days;
}

/** Day of the month in words, 1–31, masculine and feminine ("الحادي والثلاثين من تموز"). */
export const DAY_ORDINALS: readonly { day: number; words: readonly string[] }[] = dayOrdinals();

/** Cardinal numbers that count days, weeks or months ("خلال خمسة أيام"), masculine and feminine. */
export const CARDINALS: readonly { value: number; words: readonly string[] }[] = [
  { value: 1, words: ['واحد', 'واحدة'] },
  { value: 2, words: ['اثنين', 'اثنان', 'اثنتين'] },
  { value: 3, words: ['ثلاثة', 'ثلاث'] },
  { value: 4, words: ['أربعة', 'أربع'] },
  { value: 5, words: ['خمسة', 'خمس'] },
  { value: 6, words: ['ستة', 'ست'] },
  { value: 7, words: ['سبعة', 'سبع'] },
  { value: 8, words: ['ثمانية', 'ثماني', 'ثمان'] },
  { value: 9, words: ['تسعة', 'تسع'] },
  { value: 10, words: ['عشرة', 'عشر'] },
  { value: 15, words: ['خمسة عشر', 'خمس عشرة'] },
  { value: 20, words: ['عشرين'] },
  { value: 30, words: ['ثلاثين'] },
];

export type DurationUnit = 'hour' | 'day' | 'week' | 'month';

/**
 * Units of a span counted from the publication date ("خلال أسبوعين", "منذ شهر"). The singular
 * means one and the dual two, so they need no number; the plural needs one.
 * Years are left out on purpose: "منذ خمس سنوات" says how long something has lasted, and the
 * reader-comment stamps ("منذ 7 سنوات 8 أشهر") count years from the day the page was scraped.
 */
export const DURATION_UNITS: readonly {
  unit: DurationUnit;
  singular: readonly string[];
  dual: readonly string[];
  plural: readonly string[];
}[] = [
  { unit: 'hour', singular: ['ساعة'], dual: ['ساعتين', 'ساعتان'], plural: ['ساعات'] },
  { unit: 'day', singular: ['يوم', 'يوما'], dual: ['يومين', 'يومان'], plural: ['أيام'] },
  { unit: 'week', singular: ['أسبوع', 'أسبوعا'], dual: ['أسبوعين', 'أسبوعان'], plural: ['أسابيع'] },
  { unit: 'month', singular: ['شهر', 'شهرا'], dual: ['شهرين', 'شهران'], plural: ['أشهر', 'شهور'] },
];

/** Length of each duration unit in days or months, for counting from the publication date. */
export const DURATION_LENGTHS: Readonly<Record<DurationUnit, { days: number; months: number }>> = {
  // Hours count in whole days, rounded: "مهلة 48 ساعة" ends two days on, "قبل ساعتين" is today.
  hour: { days: 1 / 24, months: 0 },
  day: { days: 1, months: 0 },
  week: { days: 7, months: 0 },
  month: { days: 0, months: 1 },
};

/**
 * How finely "N units ago" is dated: a day count names a day, a week count the week it lands in, a
 * month count only the third of the month it lands in ("الهدنة السارية منذ شهر" on 25 March → late
 * February), since "a month ago" is never meant to the day.
 */
export const AGO_GRAIN: Readonly<Record<DurationUnit, 'day' | 'week' | 'part-of-month'>> = {
  hour: 'day',
  day: 'day',
  week: 'week',
  month: 'part-of-month',
};

/** "Within N units" from the publication date: the precision of the window by unit. */
export const WITHIN_PRECISION: Readonly<Record<DurationUnit, 'days' | 'week' | 'month'>> = {
  hour: 'days',
  day: 'days',
  week: 'week',
  month: 'month',
};

/** Words before a span counted back from the publication date ("منذ شهر", "قبل يومين"). */
export const AGO_WORDS: readonly string[] = ['منذ', 'قبل'];

/** Words before a span counted forward from the publication date ("خلال أسبوعين"); always a deadline. */
export const WITHIN_WORDS: readonly string[] = ['خلال', 'في غضون', 'غضون', 'في خلال'];
/** A grace period given ("مهلة 48 ساعة", "مهلة مدتها أسبوع"): the day it runs out is the deadline. */
export const GRACE_WORDS: readonly string[] = ['مهلة', 'مهلة مدتها', 'مهلة أقصاها'];

/**
 * After a counted span, these words tie it to another event ("خلال خمسة أيام من تشكيل المجموعة"),
 * so it cannot be dated from the publication date; unless the next word is "now" (NOW_WORDS).
 */
export const ANCHORED_ELSEWHERE_WORDS: readonly string[] = ['من', 'بعد', 'على', 'منذ'];
export const NOW_WORDS: readonly string[] = ['الآن', 'اليوم', 'تاريخه'];

export type Relation = 'beforeLast' | 'past' | 'current' | 'next';

/** Words that place a weekday, month, week or year relative to the publication date. */
export const RELATIONS: readonly { relation: Relation; words: readonly string[] }[] = [
  // "الخميس قبل الماضي", "الأسبوع ما قبل الماضي": one further back than the last.
  { relation: 'beforeLast', words: ['قبل الماضي', 'قبل الماضية', 'ما قبل الماضي', 'ما قبل الماضية', 'قبل الفائت', 'قبل الفائتة', 'قبل المنصرم', 'قبل المنصرمة'] },
  { relation: 'past', words: ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'السابقة'] },
  { relation: 'current', words: ['الجاري', 'الجارية', 'الحالي', 'الحالية'] },
  { relation: 'next', words: ['المقبل', 'المقبلة', 'القادم', 'القادمة'] },
];

/** Demonstratives that mean "the current one" ("هذه الجمعة", "هذا الأسبوع"). */
export const THIS_WORDS: readonly string[] = ['هذا', 'هذه'];

/** "الشهر نفسه", "العام ذاته", "نفس الأسبوع": the period of the last date told, not the present one. */
export const SAME_WORDS: readonly string[] = ['نفسه', 'نفسها', 'ذاته', 'ذاتها', 'عينه', 'عينها'];
export const SAME_BEFORE_WORDS: readonly string[] = ['نفس', 'ذات'];

export type PeriodUnit = 'week' | 'month' | 'year';

/** A week, month or year named by its relation to the publication date ("الأسبوع الماضي", "العام المقبل"). */
export const PERIOD_UNITS: readonly { unit: PeriodUnit; words: readonly string[] }[] = [
  { unit: 'week', words: ['الأسبوع'] },
  { unit: 'month', words: ['الشهر'] },
  { unit: 'year', words: ['العام', 'السنة'] },
];

export type Side = 'later' | 'earlier';

/** "في وقت لاحق من هذا الشهر": the part of a period after (or before) the publication date. */
export const PERIOD_SIDES: readonly { side: Side; words: readonly string[] }[] = [
  { side: 'later', words: ['في وقت لاحق', 'وقت لاحق', 'في موعد لاحق', 'لاحقا'] },
  { side: 'earlier', words: ['في وقت سابق', 'وقت سابق', 'في وقت مبكر', 'سابقا'] },
];

export type Part = 'early' | 'mid' | 'late';

/** Words for part of a month, a year or a week ("منتصف تموز", "نهاية العام", "مطلع الأسبوع المقبل"). */
export const PERIOD_PARTS: readonly { part: Part; words: readonly string[] }[] = [
  // A week of the month is its part too ("في الأسبوع الأول من الشهر المقبل" is no 1st of the month).
  { part: 'early', words: ['مطلع', 'بداية', 'أوائل', 'مستهل', 'الأسبوع الأول'] },
  { part: 'mid', words: ['منتصف', 'أواسط', 'الأسبوع الثاني', 'الأسبوع الثالث'] },
  { part: 'late', words: ['نهاية', 'أواخر', 'آخر', 'الأسبوع الأخير', 'الأسبوع الرابع'] },
];

/**
 * Days of the month each part covers. Thirds, as Arabic counts them (العشر الأوائل، الأواسط،
 * الأواخر); the late third runs to the month's last day whatever its length.
 */
export const PART_OF_MONTH_DAYS: Readonly<Record<Part, { first: number; last: number }>> = {
  early: { first: 1, last: 10 },
  mid: { first: 11, last: 20 },
  late: { first: 21, last: 31 },
};

/**
 * Months of the year each part covers: two months around the turn the word points at, so
 * "منتصف عام 2017" is June–July 2017, as the hand-annotated corpus reads it.
 */
export const PART_OF_YEAR_MONTHS: Readonly<Record<Part, { first: number; last: number }>> = {
  early: { first: 1, last: 2 },
  mid: { first: 6, last: 7 },
  late: { first: 11, last: 12 },
};

/**
 * Words that make the expression after them a limit rather than the day something happens.
 * `ahead`: the limit is still to come, so a bare month after it is the next one ("بحلول آب" in
 * March is this August); "قبل" says nothing about tense ("وصل قبل منتصف تموز").
 */
export const DEADLINE_WORDS: readonly { words: readonly string[]; ahead: boolean }[] = [
  {
    words: [
      'بحلول', 'في موعد أقصاه', 'موعد أقصاه', 'في موعد لا يتجاوز', 'في أجل أقصاه', 'أجل أقصاه', 'في أجل لا يتجاوز', 'مهلة حتى', 'المهلة حتى', 'مهلة تنتهي',
      'تنتهي المهلة', 'تنتهي المهلة عند', 'تنتهي المهلة في', 'المهلة عند', 'الموعد النهائي', 'موعدا نهائيا',
      'الموعد النهائي هو', 'الموعد النهائي في',
    ],
    ahead: true,
  },
  { words: ['قبل', 'حتى'], ahead: false },
];

/**
 * Verbs of lasting: after one of them "حتى" ends the span of what lasted ("استمرت المحادثات حتى
 * مساء الجمعة" dates the talks), it sets no limit.
 */
export const LASTING_VERBS: readonly string[] = [
  'استمر', 'استمرت', 'استمرا', 'يستمر', 'تستمر', 'تواصل', 'تواصلت', 'يتواصل', 'امتد', 'امتدت', 'يمتد', 'تمتد',
  'دام', 'دامت', 'يدوم', 'تدوم', 'استغرق', 'استغرقت', 'يستغرق', 'تستغرق',
];

/** Nouns of a limit: with one before "حتى", a verb of lasting does not unmake the limit ("مهلة تمتد حتى"). */
export const LIMIT_NOUNS: readonly string[] = ['مهلة', 'موعد نهائي', 'موعد أقصى'];

/** Words after a day that make it a limit ("نهاية الشهر هي الموعد النهائي", "يوم الأحد آخر موعد"). */
export const DEADLINE_AFTER_WORDS: readonly string[] = [
  'الموعد النهائي', 'موعدا نهائيا', 'كموعد نهائي', 'آخر موعد', 'موعدا أخيرا', 'كآخر موعد', 'آخر مهلة', 'موعدا أقصى',
  'أجلا أقصى', 'كأجل أقصى', 'آخر أجل', 'الأجل الأقصى',
];

/** The limit word that a verb of lasting before it turns into the end of a span. */
export const SPAN_END_WORD = 'حتى';

/**
 * Words before a bare month name that make it a date ("في آب", "بحلول آب"). Without one of these
 * (or a day, a year, a relation word, a part word or a second month name after a slash) a month
 * name is too often something else: مارس "he practised", أب "father", نيسان the car maker.
 */
export const MONTH_CUES: readonly string[] = ['في', 'خلال', 'منذ', 'حتى', 'بحلول', 'قبل', 'بعد', 'من', 'إلى', 'أثناء', 'طيلة', 'طوال'];

/** The Hijri year marker after a year number ("1437 هـ"); the tatweel is folded away. */
export const HIJRI_YEAR_MARKER = 'هـ';

/**
 * The years an article without a date of its own may be from, when no dated article beside it says
 * otherwise: the 2015–2016 talks this timeline covers, with a year either side. Only used to pin a
 * weekday with a day and month ("الجمعة 15 تموز" is 2016 and no other year of these).
 */
export const DEFAULT_PUBLICATION_YEARS = { first: 2014, last: 2018 } as const;

/** Labels a site prints before the date of a story ("التاريخ 23.01.2017", "نشر في: 8 أيار 2016"). */
export const PUBLICATION_LABELS: readonly string[] = [
  'التاريخ', 'تاريخ النشر', 'نشر في', 'نشر بتاريخ', 'نشر', 'نشرت في', 'آخر تحديث', 'تحديث', 'تم النشر', 'أضيف بتاريخ',
];

/**
 * How many days quoted speech may be older than the article quoting it. "الجاري" inside a quote is
 * the speaker's month; said on the 31st and printed on the 1st it names the month before, so
 * publication-window evidence from a quote allows this many days past the month it names.
 */
export const QUOTED_SPEECH_LAG_DAYS = 7;
