/**
 * Signs of tense the date resolver reads in an expression's clause: the future particles and words
 * of plans, the past verbs and particles of news reports, and nouns shaped like future verbs.
 * Written in ordinary spelling; the recogniser folds every entry with `foldArabic`.
 *
 * Takes nothing, gives `const` data. Deliberately not here: how tense decides an occurrence (the
 * rule for the year is in `scripts/pipeline/dates/resolve.ts`).
 */

/**
 * Signs that a clause speaks of the future, so a bare weekday or month is the next one: the future
 * particles and words of plans. Verbs with the future prefix (سـ + ي/ت/ن) are recognised by shape.
 */
export const FUTURE_WORDS: readonly string[] = [
  'سوف', 'لن', 'المقرر', 'مقرر', 'المتوقع', 'يتوقع', 'يعتزم', 'تعتزم', 'المرتقب', 'مرتقب', 'المزمع', 'يرتقب',
  // Hopes, intentions and expectations look ahead ("يأمل في لقاء الوفد يوم الأحد").
  'يأمل', 'تأمل', 'نأمل', 'يأملون', 'يأملان', 'ينوي', 'تنوي', 'يخطط', 'تخطط', 'يستعد', 'تستعد', 'المنتظر', 'ينتظر', 'يرجح',
  // Holding as a purpose ("اتفقا على عقد اجتماع جديد الجمعة", "دعا إلى إجراء محادثات"): a plan,
  // and the verbal noun عقد inside it is not the past verb عقد.
  'على عقد', 'إلى عقد', 'لعقد', 'على إجراء', 'إلى إجراء', 'لإجراء', 'على استئناف', 'إلى استئناف', 'لاستئناف',
];

/**
 * An imperfective verb of an event beginning or taking place, told with a day, is what is ahead in
 * news ("هدنة تبدأ الاثنين", "يسري اعتبارا من منتصف ليل الجمعة"); a past one is told with a
 * perfective verb ("بدأت الاثنين"). Listed, not matched by shape: ت/ي + stem is also تسوية، تركيا.
 * After "أن" the verb takes the tense of the word that governs it ("كان من المقرر أن تبدأ"). The verb
 * may be the event's word or govern the event's noun ("تنطلق اليوم أعمال المؤتمر").
 */
export const AHEAD_VERBS: readonly string[] = [
  'يبدأ', 'تبدأ', 'ينطلق', 'تنطلق', 'يعقد', 'تعقد', 'يلتقي', 'تلتقي', 'يلتقيان', 'يجتمع', 'تجتمع', 'يجتمعان',
  'يسري', 'تسري', 'يدخل', 'تدخل', 'ينتهي', 'تنتهي', 'تستأنف', 'يستأنف', 'يزور', 'تزور', 'يصل', 'تصل',
  'يتوجه', 'تتوجه', 'يغادر', 'تغادر', 'ينعقد', 'تنعقد', 'يلتئم', 'تلتئم',
];

/**
 * Voting and talking told in the present with the day of publication are on the day's agenda
 * ("يصوت مجلس الأمن اليوم على مشروع قرار"، "يبحث كيري ولافروف اليوم في لوزان"): planned, unless
 * under way since a time (منذ صباح اليوم). Unlike `AHEAD_VERBS` they tell no tense of the other
 * days of their clause: "تبحث موسكو اقتراحا قدمه كيري الأحد" is last Sunday's proposal.
 */
export const AGENDA_VERBS: readonly string[] = [
  'يصوت', 'تصوت', 'يبحث', 'تبحث', 'يبحثان', 'يناقش', 'تناقش', 'يناقشان', 'يجري', 'تجري', 'يجريان', 'يستقبل', 'تستقبل',
];

/**
 * Signs that a clause reports something done: the past relation words, the perfective verbs news
 * reports are told with, and the particles that look back. A bare day and month resolve to the
 * nearest occurrence; these only turn it to the last one when the nearest is still ahead.
 */
export const PAST_WORDS: readonly string[] = [
  'الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'كان', 'كانت', 'كانا', 'تم', 'جرى', 'جرت',
  'عقد', 'عقدت', 'عقدا', 'انعقد', 'انعقدت', 'التقى', 'التقت', 'التقيا', 'اجتمع', 'اجتمعت', 'اجتمعا', 'اجتمعوا',
  'أعلن', 'أعلنت', 'أعلنا', 'قال', 'قالت', 'وقع', 'وقعت', 'وقعا', 'بدأ', 'بدأت', 'انتهى', 'انتهت', 'اختتم', 'اختتمت',
  'وصل', 'وصلت', 'زار', 'زارت', 'أجرى', 'أجرت', 'أجريا', 'اتفق', 'اتفقت', 'اتفقا', 'توصل', 'توصلت', 'توصلا',
  'دخل', 'دخلت', 'أكد', 'أكدت', 'أصدر', 'أصدرت', 'تبنى', 'صادق', 'صادقت', 'انهارت', 'انهار', 'بحث', 'بحثت', 'بحثا',
  'ناقش', 'ناقشت', 'ناقشا', 'استقبل', 'استقبلت', 'أجريت', 'قام', 'قامت', 'قاما', 'شارك', 'شاركت', 'حضر', 'حضرت',
  // The other perfective verbs news tells its events with: casting a vote or a veto, deciding,
  // calling, leaving, warning, welcoming ("استخدمت روسيا الفيتو يوم السبت"). Forms that are also
  // common nouns are left out: رفض، فشل، حذر، طالب، كشف، هاتف، نقل، أجل ("من أجل"). So are the verbs
  // of putting off and calling off (أرجأ، ألغى، علق): the day of what they put off may lie ahead
  // ("ألغى الكرملين زيارة بوتين المقررة في 19 تشرين الأول").
  'استخدم', 'استخدمت', 'استخدمتا', 'صوت', 'صوتت', 'رفضت', 'وافق', 'وافقت', 'أقر', 'أقرت', 'اعتمد', 'اعتمدت',
  'أسقط', 'أسقطت', 'فشلت', 'قرر', 'قررت',
  'استأنف', 'استأنفت', 'استضاف', 'استضافت', 'تلقى', 'تلقت', 'اتصل', 'اتصلت', 'غادر', 'غادرت', 'عاد', 'عادت',
  // Travelling ("ثم توجه إلى واشنطن يوم الجمعة لإجراء محادثات"): the trip is told done, whatever its purpose.
  'توجه', 'توجهت', 'سافر', 'سافرت', 'انتقل', 'انتقلت',
  // Speaking with each other ("تحادثا هاتفيا الأربعاء").
  'تحادث', 'تحادثا', 'تحادثت', 'تباحث', 'تباحثا', 'تباحثت', 'تشاور', 'تشاورا', 'تشاورت',
  'أنهى', 'أنهت', 'حذرت', 'رحب', 'رحبت', 'أعرب', 'أعربت', 'شدد', 'شددت',
  'أبلغ', 'أبلغت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'كشفت', 'نفى', 'نفت', 'اتهم', 'اتهمت', 'أضاف', 'أضافت',
  'اعتبر', 'اعتبرت', 'صرح', 'صرحت', 'أفاد', 'أفادت', 'نقلت', 'أطلع', 'أطلعت', 'سلمت', 'تسلمت',
  // "منذ" looks back; "لم" + a verb is a past negated ("لم تلتق منذ …").
  'منذ', 'لم',
  // A plan told in the past tense is an old plan: "وكان من المقرر أن تبدأ المحادثات في 25 يناير".
  'كان من المقرر', 'كانت من المقرر', 'كان مقررا', 'كانت مقررة', 'كان من المتوقع', 'كان يفترض', 'كانت مرتقبة', 'كان مرتقبا',
];

/**
 * What the news comes some time after is over ("ويأتي اللقاء بعد أيام من زيارة الأسد إلى موسكو مساء
 * الثلثاء"): a sign of the past for a day told after it only, not for the news's own day before it
 * ("ويأتي لقاء لوزان السبت بعد أيام من إعلان واشنطن"), and not counted from now ("بعد أسبوع من الآن").
 */
export const SINCE_WORDS: readonly string[] = [
  'بعد ساعات من', 'بعد ساعات على', 'بعد يوم من', 'بعد يوم على', 'بعد يومين من', 'بعد يومين على', 'بعد أيام من', 'بعد أيام على',
  'بعد أسبوع من', 'بعد أسبوع على', 'بعد أسبوعين من', 'بعد أسبوعين على', 'بعد أسابيع من', 'بعد أسابيع على',
];

/**
 * Words of a start ("as of"): "أعلن الجيش وقفا للقتال اعتبارا من الساعة صفر يوم 30 ديسمبر". The
 * start is told with the announcement's past verb but may lie ahead of it, so between that verb and
 * the day they set the past reading aside: the day is the nearest occurrence. A future sign still counts.
 */
export const START_WORDS: readonly string[] = ['اعتبارا من', 'ابتداء من', 'بدءا من', 'اعتبارا', 'ابتداء'];

/** Verbs and verbal nouns of declaring a truce ("أعلن الجيش هدنة"، "إعلان هدنة"، "فرض تهدئة"). Folded. */
export const DECLARING = 'اعلن|اعلنت|اعلنا|اعلنوا|اعلان|يعلن|تعلن|فرض|فرضت';

/**
 * A truce declared ("أعلنت روسيا اليوم هدنة إنسانية في حلب يوم الخميس"): the declaring verb is
 * past, the truce may lie ahead of it, so like a start word the phrase sets the past reading aside
 * for the truce's day after it (a day between the verb and the noun is the declaring's). Folded regex
 * source: the verb, its direct object within eight words (`CEASEFIRE_REACH`): no "أن" opening
 * what was said between, and not in the pluperfect ("وكانت روسيا قد أعلنت هدنة"), which tells a
 * truce already over.
 */
export const DECLARED_TRUCE = `(?<!قد )(?:${DECLARING})(?: (?!(?:ان|انه|انها|بان|بانه|بانها)(?![^ ]))[^ .،]+){0,8}? [«"“]?(?:ال)?(?:هدنه|تهدئه|وقفا? (?:ل|ال)?(?:اطلاق النار|الاعمال))`;

/** "Until": "حتى", "إلى", "لغاية", and the Maghreb's "إلى غاية" ("علّق المحادثات إلى غاية 25 فيفري"). Folded. */
export const UNTIL_WORDS = 'الي غايه|الي|حتي|لغايه';

/**
 * A verb or verbal noun of putting off, then "to" or "until" within three words: the day it is put
 * off to may lie ahead of the past verb that tells it ("أرجئت المحادثات إلى الأول من شباط"), so it
 * sets the past reading aside like a word of a start. Folded stems; the ending is free.
 */
export const PUT_OFF_UNTIL = `(?<=^|[^\\p{L}]|(?:^|[^\\p{L}])[وف])(?:ارجي|ارجا|تاجل|تاجيل|اجلت|اجلا|اجلوا|علق|تعليق|تمديد|مدد)\\p{L}*(?:[^\\S\\n]+\\p{L}+){0,3}?[^\\S\\n]+(?:${UNTIL_WORDS})`;

/** "قد" before an imperfective verb with ي is "may" (a possibility ahead); before a past verb it is not. */
export const MAY_PARTICLE = 'قد';

/**
 * Words that begin like a future verb (سي، ست، سن + three letters) but are nouns or names; without
 * this list "سياسة" would make every clause about politics a future one. The gazetteer's names of
 * that shape are added where the list is read (`dates/patterns.ts`).
 */
export const FUTURE_LOOKALIKES: readonly string[] = [
  'سياسة', 'سياسي', 'سياسية', 'سياسات', 'سياسيين', 'سياسيون', 'سيرجيه', 'ستولتنبرغ', 'سنوات', 'سنوية', 'سنوي',
  'سيطرة', 'سيادة', 'سيناء', 'سيارة', 'سيارات', 'سيدة', 'سيدات', 'ستالين', 'ستوكهولم', 'سيناريو', 'سينما', 'سيول',
];

/**
 * Talks said not to take place after all, after the talks' noun: "المشاورات التي كانت مرتقبة غدا
 * لن تعقد". Folded words; the cue reader looks for them within an outcome's window.
 */
export const NOT_HELD_AFTER = 'لن (?:تعقد|يعقد|تنعقد|ينعقد|تجري|يجري|تتم|يتم)';

/** Words right before the day talks were planned for, which a postponement or cancellation keeps ("الذي كان مقررا الاثنين 7 مارس"). Folded. */
export const SCHEDULED_BEFORE = 'مقررا|المقرر|مقرره|المقرره|مرتقبا|المرتقب|مرتقبه|المرتقبه|المزمع|المزمعه|موعده|موعدها';

/**
 * Words of a plan before its "أن" ("كان من المقرر أن تبدأ"، "على أن يبدأ"، "يتوقع أن"): that "أن"
 * opens what is planned, not what was said, so the plan's words stay the tense of what follows. Folded endings.
 */
export const PLAN_BEFORE_THAT = 'مقرر|مقررا|مقرره|متوقع|متوقعا|متوقعه|يفترض|مرتقب|مرتقبا|مرتقبه|علي|يرتقب|يتوقع';

/**
 * Future verbs of taking place, after the event they tell of: "جولة من المشاورات ستعقد في جنيف",
 * "الهدنة ستدخل حيز التنفيذ". Folded.
 */
export const HELD_AHEAD_AFTER = 'س[يت](?:عقد|نعقد|جري|نطلق|بدا|ستانف|لتقي|جتمع|دخل|سري|تم)(?:ان|ون|ا)?';

/**
 * Verbs of failing: "فشل الوزيران، كيري ولافروف، في التوصل إلى اتفاق" reached none, however many
 * words name the subject between the verb and "في". Folded.
 */
export const FAILED_VERBS = 'فشل|فشلت|فشلا|فشلتا|فشلوا|اخفق|اخفقت|اخفقا|اخفقوا|عجز|عجزت|عجزا|عجزوا';
