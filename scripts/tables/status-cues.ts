/**
 * What the words around a trigger say became of the event, as data: status and polarity cues
 * (negated, postponed, near an agreement, planned…), the agreements that only keep the talks
 * going, meetings named as a purpose, and the conditionals after which nothing is an event.
 * Folded regex sources and whole words.
 *
 * Deliberately not here: how the cues are read around a trigger (`scripts/pipeline/cues.ts`).
 */
import type { EventType } from '../../src/lib/types.ts';
import { RESULT_NOUNS } from './trigger-context.ts';

/**
 * Status and polarity cues, matched on whole folded tokens near a trigger.
 * `skip`: negated, only discussed, or spoken of in general, so nothing happened. `planned`: worded
 * as intent or expectation. `near`: an agreement the parties are close to. `postponed`,
 * `cancelled`, `suspended`: what became of it. The strongest effect found wins (`CUE_STRENGTH`).
 */
export type CueEffect = 'skip' | 'cancelled' | 'postponed' | 'suspended' | 'near' | 'planned';
/** What continues when talks go on: talk or work on the matter, not support, fighting or a truce. Folded. */
const TALK_OBJECTS = 'تشاور|مشاورات|محادثات|مباحثات|حوار|اتصالات|عمل|تنسيق|جهود|لقاءات|مفاوضات|نقاش|بحث';

/**
 * What agreeing "على" these means is agreeing to keep talking (`agreesToKeepTalking`), also when
 * it is only "the need" for them ("اتفقا على ضرورة بحث آليات"). Continuing is keeping talking only
 * when what continues is talk or work ("مواصلة التشاور"), not support, fighting or a truce
 * ("استمرار الهدنة" is agreed). Folded.
 */
export const KEEP_TALKING_WORDS =
  `(?:مواصله|استمرار|متابعه|تكثيف) (?:ال)?(?:${TALK_OBJECTS})|عقد|اجراء|اجتماع|لقاء|العوده|استيناف|التشاور|بحث|مناقشه|دراسه`;
/**
 * Verbs after "أن" that keep talking: meeting ones alone, continuing ones with talk after them and
 * their subject ("أن يواصلا المشاورات", "على أن يواصل كيري ولافروف العمل").
 */
export const KEEP_TALKING_VERBS = `(?:عقد|جري|لتقي|عود)|(?:واصل|ستمر|تابع)(?:ا|وا)?(?: [^ ]+){0,3}? (?:ال)?(?:${TALK_OBJECTS})`;
export const KEEP_TALKING_NEED = 'ضروره|اهميه';

/**
 * A meeting named as what someone aims to hold ("اتفقا على عقد اجتماع جديد", "دعا إلى استئناف
 * المفاوضات", "لإجراء محادثات"): the verbal noun of holding, led by a preposition of purpose,
 * right before the meeting word ("لإطلاق محادثات"). Folded; `PURPOSE_LEADS` may also be the proclitic ل.
 */
export const PURPOSE_MASDARS = 'عقد|اجراء|استيناف|تنظيم|اطلاق|بدء';
export const PURPOSE_LEADS = 'علي|الي|بهدف|اجل|لغرض';
/** Verbs of agreeing whose "على" may lead the meeting word itself ("اتفقا على لقاء جديد", "اتفق الوزيران على الاجتماع مجددا"). Folded. */
export const AGREED_TO = 'اتفق|اتفقا|اتفقت|اتفقتا|اتفقوا|اتفقنا|يتفق|يتفقان|تتفقان|توافق|توافقا|توافقت|توافقوا|اتفاق|اتفاقهما|اتفاقهم';

export const CUE_STRENGTH: readonly CueEffect[] = ['skip', 'cancelled', 'postponed', 'suspended', 'near', 'planned'];

export interface CueEntry {
  effect: CueEffect;
  /** Where the cue must stand relative to the trigger, in tokens. */
  side: 'before' | 'after';
  window: number;
  /** Folded regex source matched against one whole token. */
  forms: string;
  /** Only for triggers of these types. */
  types?: readonly EventType[];
  /** Only for a trigger that is a present or future verb ("قد يلتقي": may meet). */
  presentVerb?: true;
  /** Folded forms of a word that, standing between the cue and the trigger, takes the cue for itself. */
  unless?: string;
  /** Only for a trigger without a date of its own. */
  undatedOnly?: true;
  /** Not for a statement, whose own words the cue is. */
  notStatements?: true;
  /** Folded forms of a word among the first few after the trigger that tell it took place, so the cue does not apply. */
  unlessAfter?: string;
}

/** Verbs of what an event led to: negated, they say the event was held and came to nothing. */
const OUTCOME_VERBS = 'يحمل|تحمل|يفض|يفضي|تفض|تفضي|يسفر|تسفر|يخرج|تخرج|ينته|تنته|يحقق|تحقق|يثمر|تثمر|ينجح|تنجح|يتمخض|تتمخض|يحرز|تحرز';
/** "لا يزال" / "لا تزال" is "still" and "لا سيما" "especially": the لا negates nothing ("ولا يزال وقف الأعمال القتالية ساريا"). */
const STILL = 'يزال|تزال|يزالان|تزالان|يزالون|سيما';

/** Verbs right after an agreement that tell it was reached ("الاتفاق الذي توصلا إليه"، "اتفاق رعته روسيا"). */
const REACHED_AFTER = 'توصل|توصلت|توصلا|توصلتا|ابرم|ابرمت|ابرمه|ابرمته|رعته|رعاه|رعتاه|ابرماه|وقعه|وقعته|وقعاه|وقعتاه';

export const STATUS_CUES: readonly CueEntry[] = [
  // Negation, unless what it negates is the event's outcome, with the event as its subject: "لم
  // يفضِ لقاء أوباما وبوتين إلى اختراق" says the meeting was held; or it is "still". An agreement
  // the words after it tell was reached is one, whatever was not done with it ("دون أن يتمكنا من
  // إنقاذ الاتفاق الذي توصلا إليه في جنيف في التاسع من سبتمبر").
  { effect: 'skip', side: 'before', window: 5, forms: 'لم|لن|لا|ليس|ليست|عدم|دون|بدون|رفض|رفضت|يرفض|ترفض|رفضها|رفضه|رفضهم|رفضهما', unless: `${OUTCOME_VERBS}|${STILL}`, unlessAfter: REACHED_AFTER },
  // "طاولة المفاوضات" is the table, a figure of speech for the talks, not a meeting held; it says
  // nothing of what stands further on ("حول طاولة مفاوضات في أجل أقصاه الأول من يناير").
  { effect: 'skip', side: 'before', window: 1, forms: 'طاوله' },
  { effect: 'skip', side: 'before', window: 5, forms: 'فشل|فشلت|فشلا|اخفق|اخفقت|اخفقا|تعذر', types: ['agreement'] },
  // An agreement or a truce named as the frame of something else: "بموجب الاتفاق", "خرق الهدنة".
  // Unless the words after it tell it was reached ("بموجب تفاهم توصلت إليه الولايات المتحدة وروسيا",
  // "بموجب اتفاق رعته روسيا وتركيا"): then it is an agreement of its own, its parties named.
  {
    effect: 'skip',
    side: 'before',
    window: 2,
    forms: 'بموجب|وفق|وفقا|طبقا|ضمن|اطار|تطبيق|تنفيذ|خرق|خروقات|انتهاك|انتهاكات|بنود|نص|ينص|تعهدات|شروط',
    types: ['agreement', 'ceasefire'],
    unlessAfter: REACHED_AFTER,
  },
  // An agreement that was only discussed ("بحثا الأسبوع الماضي اتفاقا") was not reached; one told
  // as reached is ("ناقشا الاتفاق الذي توصلا إليه في جنيف").
  { effect: 'skip', side: 'before', window: 3, forms: 'بحث|بحثا|بحثت|يبحث|يبحثان|ناقش|ناقشا|مناقشه|بشان|حول', types: ['agreement'], unlessAfter: REACHED_AFTER },
  // "Such an agreement" ("التوصل إلى مثل هذا الاتفاق سيسمح …") speaks of one in general, not of one reached.
  { effect: 'skip', side: 'before', window: 3, forms: 'مثل|اي' },
  // "نتائج اجتماع فيينا": the results of an earlier meeting, not a meeting of the day; with a
  // date of its own ("نتائج الاجتماع الذي احتضنته فيينا أمس") it is that meeting, told again.
  // So is a process supported, saved or undermined ("دعم محادثات جنيف", "إنقاذ المفاوضات").
  { effect: 'skip', side: 'before', window: 1, forms: `(?:ب|ل)?(?:${RESULT_NOUNS}|قرارات|توصيات|دعم|انجاح|انقاذ|عرقله|افشال|تقويض)`, types: ['meeting'], undatedOnly: true },
  // "مستعدة لاستقبال ممثلين": a willingness, not an event.
  { effect: 'skip', side: 'before', window: 2, forms: 'مستعد|مستعده|مستعدون|مستعدان|مستعدين|استعداد|استعداده|استعدادها|استعدادهم' },
  // "قد يلتقي": a possibility. ("وقد التقى", with a past verb, is emphasis: it happened.)
  { effect: 'skip', side: 'before', window: 2, forms: 'قد|ربما|يمكن|يحتمل|محتمل', presentVerb: true },
  { effect: 'cancelled', side: 'before', window: 6, forms: 'الغاء|الغي|الغيت|الغت|يلغي|تلغي|الغوا' },
  { effect: 'cancelled', side: 'after', window: 8, forms: 'الغي|الغيت|ملغي|الغاء|الغاها|الغاه|الغتها|الغته' },
  // Not bare "اجل": it is also "من أجل" (for the sake of).
  { effect: 'postponed', side: 'before', window: 6, forms: 'تاجيل|اجلت|يوجل|توجل|ارجا|ارجات|ارجاء|يرجي|ترجي|ارجي|تاجل|تاجلت|استبعد|استبعدت' },
  { effect: 'postponed', side: 'after', window: 8, forms: 'تاجل|تاجلت|ارجي|ارجيت|اجلت|موجل|الموجل|المرجا|ارجاها|ارجاه|ارجاتها|اجلتها' },
  { effect: 'suspended', side: 'before', window: 4, forms: 'تعليق|علق|علقت|يعلق|تعلق|اوقف|اوقفت|ايقاف|جمد|جمدت|تجميد', types: ['meeting', 'agreement'] },
  // Stopping or cutting the talks themselves ("وقف المحادثات الثنائية", "قطعت واشنطن قنوات الحوار"): right
  // before them, since "وقف" also opens a truce's name ("بحثا وقف النار والمحادثات").
  { effect: 'suspended', side: 'before', window: 1, forms: 'وقف', types: ['meeting'] },
  { effect: 'suspended', side: 'before', window: 2, forms: 'قطع|قطعت|يقطع|تقطع', types: ['meeting'] },
  // Talks that pause ("توقف مؤقت في محادثات جنيف", "توقفت المفاوضات"); "توقف القصف بعد اتفاق" is no suspended agreement.
  { effect: 'suspended', side: 'before', window: 3, forms: 'توقف|توقفا|توقفت', types: ['meeting'] },
  { effect: 'suspended', side: 'after', window: 3, forms: 'علقت|علق|علقها|علقه|علقتها|علقته|معلقه|المعلقه|جمدت', types: ['meeting', 'agreement'] },
  {
    effect: 'near',
    side: 'before',
    window: 5,
    forms: 'اقترب(?:ت|تا|ا|وا)?|[يت]قترب(?:ان|ون)?|اقتراب|قريب(?:ان|ين|ون)?|وشك|اوشك(?:ت|تا|ا)?|[يت]وشك(?:ان)?',
    types: ['agreement'],
  },
  { effect: 'near', side: 'after', window: 2, forms: 'وشيك|الوشيك', types: ['agreement'] },
  // Progress "towards" an agreement ("أحرزا تقدما نحو اتفاق", "خطوة باتجاه اتفاق") is not one reached.
  { effect: 'near', side: 'before', window: 1, forms: 'نحو|باتجاه', types: ['agreement'] },
  {
    effect: 'planned',
    side: 'before',
    window: 5,
    forms:
      'سوف|يتوقع|تتوقع|يتوقعان|تتوقعان|المتوقع|يعتزم|تعتزم|يعتزمان|يقترح|تقترح|سيقترح|مقترح|اقتراح|' +
      'يجب|يتعين|ينبغي|نامل|يامل|تامل|امله|املها|املهم|املهما|املنا|يتوصل|تتوصل|يتوصلا|تتوصلا|يتوصلان|تتوصلان|للتوصل|لابرام|ابرام|يريد|تريد|تريدان|وسيتوقف|سيتوقف|ندعم|المقرر|المرتقب|المزمع|مرتقب|المنتظر|المرجح|يرجح|' +
      'تستعد|يستعد|يستعدان|تحضيرا|تمهيدا|ستشهد|يرتقب|يترقب|مرتقبه|اقترح|اقترحت|' +
      // What "follows" a planned event is planned too ("اجتماعا يليه مؤتمر صحفي مشترك").
      'يليه|يليها|تليه|تليها|يعقبه|يعقبها|تعقبه|تعقبها',
  },
  // A pledge to work for an agreement or a truce ("تعهدت الدول الثلاث بالعمل على توسيع وقف إطلاق النار")
  // has not made it, nor has a task to prepare or draft one ("كلفا الخبراء بصياغة اتفاق"، "للمساعدة
  // في إعداد اتفاق"); drafting done is not ("أنهى الخبراء صياغة الاتفاق"). A meeting after the pledge
  // is where it was made ("تعهدت 25 دولة مانحة في مؤتمر لندن أمس").
  { effect: 'planned', side: 'before', window: 5, forms: 'تعهد|تعهدت|تعهدا|تعهدتا|تعهدوا|يتعهد|تتعهد|بالعمل|لاعداد|باعداد|لصياغه|بصياغه|للمساعده|المساعده', types: ['agreement', 'ceasefire'] },
  // A call for something ("دعا إلى استئناف المفاوضات") makes it a plan; a speech the call is made
  // in ("دعا بوتين في كلمته أمام الجمعية العامة أمس إلى …") took place.
  { effect: 'planned', side: 'before', window: 5, forms: 'دعا|دعت|يدعو|تدعو|دعوه', notStatements: true },
  { effect: 'planned', side: 'after', window: 3, forms: 'وشيك|مرتقب|المرتقب|المزمع|المقرر|مرتقبا|المرتقبه|المقبل|المقبله|القادم|القادمه' },
];

/**
 * Conditionals and hypotheticals ("إذا توصل الطرفان إلى اتفاق، فإن …", "في حال انهيار الهدنة"):
 * every trigger after one of these, to the end of its sentence, is a possibility, however many
 * words stand between. Folded, whole words.
 */
export const CONDITIONALS = 'اذا|لو|لولا|حال|حالما|شريطه|طالما|بمجرد';
