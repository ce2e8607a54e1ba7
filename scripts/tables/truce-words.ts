/**
 * The words of a truce: the nouns that name one, and what a truce does when one of them stands near
 * (it takes effect or starts, is extended, ends). Folded regex sources for the ceasefire recogniser
 * (`scripts/pipeline/find-triggers.ts`), the deadline objects and the topic table.
 *
 * Takes nothing, gives `const` data. Deliberately not here: the other triggers (triggers.ts), and
 * the truces of the period with their days (truces.ts).
 */
export type CeasefireKind = 'ceasefire-start' | 'ceasefire-extend' | 'ceasefire-end';

/** Nouns that name a truce; used by the ceasefire recogniser, the deadline objects and the topic table. */
export const TRUCE =
  // "نظام الصمت": the Russian military's word for a local truce, as Russian outlets render it; not
  // an election's or the media's silence ("نظام الصمت الانتخابي").
  '(?:الهدنه|هدنه|هدنتين|الهدن|(?:ال)?تهديه|نظام (?:ال)?(?:تهديه|صمت(?! (?:ال)?(?:انتخابي|اعلامي)))|وقف(?:ا)?(?: \\S+)? (?:ل|ب)?(?:ا|ال)?طلاق (?:ال)?نار|' +
  'وقف(?:ا)?(?: \\S+)? (?:ل|لل|ال)?اعمال (?:ال)?(?:قتاليه|عداييه)|وقف (?:ل|لل|ال)?اعمال (?:ال)?قتال|' +
  // The Levant's short form: "اتفاق وقف النار الشامل", "وقفا للنار".
  'وقف(?:ا)? (?:لل|ال)نار|' +
  '(?:وقف|تعليق)(?: (?:كل|كافه|جميع))? (?:ال)?عمليات (?:ال)?قتاليه)';

/**
 * What a ceasefire does, named near a truce noun (`TRUCE`) in the same clause: it takes effect or
 * starts, is extended, or ends (collapses, expires, is suspended). A truce noun with one of these
 * within `CEASEFIRE_REACH` words, and a date of its own, is a ceasefire event.
 */
export const CEASEFIRE_MECHANICS: readonly { kind: CeasefireKind; status?: 'suspended'; fallback?: true; forms: string }[] = [
  // The end of a truce's force ("انتهاء سريان نظام التهدئة"، "انتهاء العمل بالهدنة"): listed first,
  // so it wins over the word of force it ends at the same distance from the noun.
  { kind: 'ceasefire-end', forms: '(?:انتهاء|انتهي|انتهت|ينتهي|تنتهي) (?:سريان|مفعول|العمل)' },
  {
    kind: 'ceasefire-start',
    forms:
      'دخل|دخلت|يدخل|تدخل|سيدخل|ستدخل|دخول|دخوله|دخولها|حيز|سريان|سريانه|سريانها|سري|سرت|يسري|تسري|ساري|ساريا|ساريه|الساري|الساريه|' +
      'بدء|بدا|بدات|يبدا|تبدا|سيبدا|ستبدا|بدءا|بديها|بدييها|انطلق|انطلقت|تنطلق|ينطلق|اعلن|اعلنت|اعلان|يعلن|تعلن|فرض|فرضت',
  },
  // A truce "from" a day or "within" a time starts then ("اتفقتا على وقف شامل لإطلاق النار
  // اعتبارا من منتصف ليل الخميس", "وقف للأعمال العدائية خلال أسبوع"), unless another mechanic
  // tells what it does ("مدد الهدنة يوما اعتبارا من صباح اليوم"). "خلال" with a time that is not
  // a bare length is "during" ("خلال الساعات الماضية"), and "في غضون ذلك" is "meanwhile". A truce
  // that coincides with a day ("هدنة تتزامن مع أول أيام عيد الأضحى") starts on it.
  { kind: 'ceasefire-start', fallback: true, forms: `اعتبارا|ابتداء|تتزامن|يتزامن|(?:غضون|خلال)(?= (?:اسبوع|اسبوعين|يومين|ايام|ساعات|[0-9]+ (?:ساعه|يوما|ايام))(?![^ .،]))` },
  { kind: 'ceasefire-extend', forms: 'تمديد|مدد|مددت|يمدد|تمدد|سيمدد|ستمدد|تمديدها|تمديده|توسيع|وسع|وسعت|يوسع|توسع' },
  { kind: 'ceasefire-end', forms: 'انهيار|انهار|انهارت|تنهار|انهيارها|انتهاء|انتهي|انتهت|ينتهي|تنتهي|سقوط|سقطت|فشل|فشلت' },
  { kind: 'ceasefire-end', status: 'suspended', forms: 'تعليق|علق|علقت|يعلق|تعلق|عطل|تعطيل|وقف العمل' },
];
/** Words between a truce noun and its mechanic, either side. */
export const CEASEFIRE_REACH = 8;
