/**
 * The words around an event trigger, as data: where its clause and its participants stop, where it
 * stands among other events ("بعد"، "غداة"، "على هامش"), and what marks it as told before. Folded
 * regex sources and word lists, like the trigger table beside it (`triggers.ts`).
 */
import type { EventType } from '../../src/lib/types.ts';
import { UNTIL_WORDS } from './tense.ts';

/** Participles that carry the speaker's words on ("، موضحا أنه …"): the speaker is still who speaks. Folded. */
export const SPEECH_PARTICIPLES = 'قايلا|مضيفا|مشيرا|موضحا|موكدا|معربا|معتبرا|مشددا|لافتا|منوها|محذرا|مبديا|واصفا';

/**
 * Where the participants of an event noun stop. Reported speech and wishes ("أكد أن …", "ووفقا
 * لكيربي", "نأمل أن") open a clause whose speaker reports a meeting without taking part in it
 * (but is a party to the agreement he announces); the other breaks open a clause about something else. Folded regex
 * sources, matched on whole words.
 */
export const SPEECH_BREAKS =
  '(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعلن|اعلنت|اشار|اشارت|اعتبر|ذكر|ذكرت|تابع|شدد|اوضح|كشف|راي)(?: \\S+){0,12}? (?:ان|الي ان)(?! ?ه(?:ا)?(?![\\u0621-\\u064A]))|' +
  `(?:وفق|وفقا|طبقا|حسب|بحسب) \\S+|${SPEECH_PARTICIPLES}|(?:نامل|يامل|تامل) ان`;
// "، وفي الأسبوع نفسه التقى كيري لافروف": a fronted time after a comma opens another event's clause.
export const CLAUSE_BREAKS = 'في حين|بينما|اذ|بالاضافه الي|كمقدمه|(?<=[،,] ?[وف])(?:في|خلال) (?:ال)?(?:يوم|اسبوع|شهر|عام|ليله|مساء|صباح) (?:نفسه|ذاته|نفسها|ذاتها)';
/** Words after which "فيما" is no "while": "فيما يتعلق"، "فيما يخص"، "فيما بعد"، "فيما بينهما"، "فيما إذا". Folded. */
export const WHILE_NOT = 'يتعلق|يخص|بعد|بين|بينها|بينهما|بينهم|اذا';

/** Relative pronouns: what follows one describes the noun before it. Folded. */
export const RELATIVE_PRONOUNS = 'التي|الذي|الذين|اللذين|اللتين';

/**
 * Words that open another clause, for dating: each event takes the date of its own clause. The
 * complementiser إن/أن opens what is reported, so "قال لافروف اليوم إن مشاورات جنيف لن تعقد غدا"
 * dates the saying today and the consultations tomorrow. Folded.
 */
/** Verbs saying a meeting was held, as the verb of its relative clause ("الاجتماع الذي عقد أمس"). Folded. */
export const HELD_VERBS = '(?:عقد|عقدت|جري|جرت|انعقد|انعقدت|التام|التامت)';
/** Verbs of travelling, past and present: a destination after one is the trip's, no earlier event's place. Folded. */
export const TRAVEL_VERBS = 'توجه|توجهت|انتقل|انتقلت|سافر|سافرت|غادر|غادرت|س?[يت](?:توجه|نتقل|سافر|غادر)';
/** The results of an event told before ("نتائج اجتماع فيينا"): the event is judged or built on, not told as news. Folded. */
export const RESULT_NOUNS = 'نتايج|مخرجات|حصيله';
/** The complementiser that opens what was said: "، إن التباين …" (not Ban Ki-moon's name). Folded. */
export const REPORTED_PATTERN = /[ ،,](?:ان|بان) (?!كي )/;
export const CLAUSE_WORDS = `في حين|بينما|اذ|غداه|عشيه|بعد ان|قبل ان|منذ ان|حيث|فيما|كما|${RELATIVE_PRONOUNS}|(?:ب)?ان(?:ه|ها|هما|هم)?`;

/**
 * Words after which a name is what is talked about, not who talks: "مصير الأسد", "رحيل الأسد",
 * and the prepositions of aboutness, "محادثات حول سوريا", "اتفاق بشأن سوريا". The word right
 * before the name, in folded and in plain spelling (it is read on the body).
 */
/**
 * Nouns of a situation before "في" and a place ("بحثا الوضع في حلب", "تطورات الأزمة في سوريا"): the
 * place is where the situation is, the subject of the talks, not where they were held. Folded.
 */
export const SITUATION_IN = '(?:ال)?(?:وضع|اوضاع|ازمه|حرب|قتال|معارك|تطورات|هدنه|تهديه|نزاع|صراع|تصعيد|حصار|معاناه|اوضاع الانسانيه|وضع الانساني|وضع الميداني) في';
export const TOPIC_NOUNS = 'مصير|رحيل|بقاء|دور|تنحي|تنحيه|تنحية|مستقبل|اسقاط|إسقاط|نظام|حول|بشان|بشأن|بخصوص|ازاء|إزاء|حيال|تجاه';

/**
 * Sentences that recap background ("يذكر أن …", "يشار إلى أن …", "وسبق أن التقى لافروف المعلم
 * …", "وسبق لكيري أن زار موسكو"): an undated event in them is not the day's news and gets no date
 * from the article's context. Folded, at sentence start.
 */
export const BACKGROUND_OPENERS = '^[وف]?(?:يذكر|يشار|يجدر بالذكر|تجدر الاشاره|(?:كما )?سبق (?:ل\\S+ )?ان)';

/**
 * A place goes to the nearest trigger within this many characters; one after the place counts
 * double, since Arabic names the place after the event noun ("محادثات في موسكو").
 */
export const PLACE_WINDOW = 150;

/** A quotation longer than this is a statement, and the names inside it are not the participants of an event outside it. */
export const QUOTED_STATEMENT_MIN_CHARS = 30;

/**
 * What names the partner of a verb that needs one (`needsPartner`): "مع" after it, or a dual
 * subject ("بحث الجانبان"). Folded, matched on whole words between the trigger and the end of its
 * participants.
 */
export const PARTNER_CUES = 'مع|الوزيران|الجانبان|الطرفان|البلدان|الرييسان';

/**
 * Where the partner of an event opens after the frame it is told in ("التقى لافروف على هامش
 * اجتماعات الجمعية العامة بنظيره السعودي"): "مع", a counterpart, or ب with a title. Folded, matched
 * after the frame noun; a ب before anything else ("الخاص بالأزمة") stays the frame's.
 */
export const FRAMED_PARTNER = ' (?:مع |ب?(?=(?:نظير|وزير|رييس|مبعوث|امين|الرييس|الوزير|المبعوث|الامين|الملك|الامير|ولي العهد)[^ ]* ))';

/**
 * A word right after an event noun that makes it one more of those its sentence tells ("كما عقد
 * لقاء آخر", "يأملون في الاجتماع مجددا", "جولة ثانية"), or one before them ("الاجتماع السابق"): a separate event, never folded into the ones before it, and one between the same
 * participants as the first of them when it names none of its own. Folded.
 */
export const ANOTHER = 'اخر|اخري|جديد|جديده|مجددا|ثان|ثانيه|مره اخري|من جديد|منفصل|منفصله|منفصلين|منفصلتين|سابق|سابقا|سابقه|السابق|السابقه';

/**
 * Words right before an event noun that make it the frame of the one before ("لقاء ثنائي على
 * هامش اجتماع المجموعة", "في ختام اجتماع"): the framed event took place at it. Folded.
 */
export const FRAME_BEFORE = 'هامش|ختام|اختتام';
/** Frames at the close of an event: what was framed happened on its last day. Folded. */
export const CLOSING_FRAMES = ['ختام', 'اختتام'];

/**
 * A verb of lasting and "until" before the mention that ends an event ("وامتد حتى الساعات الأولى
 * من صباح أمس", "استمرت إلى فجر السبت"); a few words may stand between "until" and the date.
 * Folded regex source, matched against the text right before the mention.
 */
export const LASTING_UNTIL = `(?:امتد|امتدت|استمر|استمرت|تواصل|تواصلت|طال|طالت)(?: [^ ]+)? (?:${UNTIL_WORDS})(?: [^ ]+){0,4} `;

/**
 * Words right before an event noun that put it before or after the one told ("بعد محادثات مع
 * بوتين مساء الخميس", "قبيل الاجتماع الرباعي", "تلتها جلسة مع بوتين"): another event, with its own date. Folded.
 */
export const SEQUENCE_BEFORE = '(?:بعد|قبل) (?:ساعات|ساعه|يوم|يومين) (?:من|علي)|قبيل|قبل|بعد|بعده|بعدها|عقب|اثر|غداه|عشيه|اعقاب|بعيد|تلته|تلتها|تلاه|تلاها|اعقبه|اعقبها|اعقبته|اعقبتها';
/** A phase of the other event that may stand between the sequence word and it: "قبل انطلاق اجتماع", "بعد انتهاء المحادثات". */
export const SEQUENCE_PHASES = 'انطلاق|بدء|بدايه|انعقاد|افتتاح|انتهاء|نهايه|اختتام|ختام|دخول';
/**
 * Sequence words that also say how many days lie between: "A غداة B" is the day after B, "A عشية
 * B" the eve of B, and what "followed" ("تلتها جلسة مع بوتين") came on the same day. The other
 * event, with no date of its own, is that many days from the one told.
 */
export const SEQUENCE_DAY_SHIFT: Readonly<Record<string, number>> = {
  'غداه': -1, 'عشيه': 1, 'تلته': 0, 'تلتها': 0, 'تلاه': 0, 'تلاها': 0, 'اعقبه': 0, 'اعقبها': 0, 'اعقبته': 0, 'اعقبتها': 0,
  // "بعد ساعات من اجتماع نيويورك": the same day; "بعد يوم من مناشدته": the day before. Meetings only
  // (`sequenceBefore`): "بعد ساعات من الاتفاق" speaks of the agreement told.
  'بعد ساعات من': 0, 'بعد ساعه من': 0, 'بعد ساعات علي': 0, 'قبل ساعات من': 0, 'قبل ساعه من': 0,
  'بعد يوم من': -1, 'بعد يوم علي': -1, 'قبل يوم من': 1, 'بعد يومين من': -2, 'بعد يومين علي': -2, 'قبل يومين من': 2,
};

/**
 * An agreement or ceasefire word led by "ل" or "ب" names one as a purpose or a reference, not as
 * news: "مهلة لقبول وقف الأعمال العدائية" (to accept), "وفقا لاتفاق" (under an agreement), "مهلة
 * لتطبيق الهدنة" (to apply), "رحبت بالاتفاق" (welcomed). Matched on the trigger's proclitics.
 */
export const REFERENCE_PROCLITIC = /^[وف]?(?:ل|لل|ب|بال)$/;
/**
 * Except after reaching: "التوصل لاتفاق" is the agreement itself, and so is "توصلت روسيا وتركيا
 * مساء أمس لاتفاق", where the verb's subject and day stand between. Folded, the words before the trigger.
 */
export const REACHED_BEFORE = /(?:^|\s)[وف]?(?:ال)?(?:توصل|التوصل|توصلت|توصلا|توصلوا|يتوصل|يتوصلان)(?:\s+\S+){0,6}?\s*$/;
/**
 * Talks that ended "with" a statement or an agreement ("اختتمت المحادثات ببيان ثلاثي", "تُوّج اللقاء
 * بالتوقيع على وثائق"): the ب names the outcome, not a reference. Folded, whole words, before the trigger in its clause.
 */
export const CONCLUDED_WITH = /(?:^|\s)[وف]?(?:اختتم|اختتمت|اختتمت|اختتما|انتهي|انتهت|توج|توجت|تكلل|تكللت|خرج|خرجت|خرجوا)(?:\s|$)/;
export const REFERENCE_TYPES: readonly EventType[] = ['agreement', 'ceasefire'];

/** A trigger written in the future (سـ + verb) reads as planned whatever stands around it. */
export const FUTURE_TRIGGER = /^(?:و|ف)?س[يتن]/;

/**
 * Present and future verb forms (a prefix of يـ، تـ، نـ, or سـ/لـ before it): "قد" before one is a
 * possibility. Past verbs whose stem begins with one of those letters ("وكان كيري قد ناقش",
 * "توافقوا", "تباحثا") are not present ones.
 */
export const PRESENT_VERB = /^(?![وف]?(?:ناقش|توافق|تباحث)(?:ت|ا|تا|وا|نا)?$)(?:و|ف)?(?:س|ل)?[يتن]/;
