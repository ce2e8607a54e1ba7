/**
 * Event trigger words and the cues around them, as data. Every pattern is written in *folded*
 * form (see `src/lib/arabic.ts`: أ/إ/آ→ا, ى/ئ→ي, ؤ→و, ة→ه, no harakat), because the matcher runs
 * on the folded body. Proclitics (و، ف، ب، ل، ال، لل) and word boundaries are added by the
 * matcher, so a form lists only the word and its suffixes.
 *
 * Deliberately not here: the status cues around a trigger (`status-cues.ts`) and the words of its
 * clause and sequence (`trigger-context.ts`); how a trigger is dated, which actors it takes, or when
 * two reports are one event — that is `scripts/pipeline/events.ts` and `merge.ts`.
 */
import type { EventStatus, EventType } from '../../src/lib/types.ts';
import { foldArabic } from '../../src/lib/arabic.ts';
import gazetteer from './gazetteer.json';
import { defectiveVerb, feminine, noun, verb } from './morphology.ts';
import { TRUCE, type CeasefireKind } from './truce-words.ts';

/**
 * Meeting sub-kinds matter for merging: a press conference on the day of talks is its own event.
 * A `discussion` ("بحث كيري مع لافروف") says what two parties did, not how: it is the call or
 * meeting its sentence names, if any. Calls and press conferences are merged like meetings but
 * published as their own types (`PUBLIC_TYPE`): a phone call or a briefing is not a meeting.
 */
export type MeetingKind = 'talks' | 'visit' | 'press' | 'address' | 'announcement' | 'call' | 'conference' | 'consultations' | 'discussion';
export type TriggerKind = MeetingKind | 'agreement' | 'vote' | CeasefireKind | 'deadline-set';

/** The published type of a kind whose table type is `meeting` but which is not one. */
export const PUBLIC_TYPE: Partial<Record<TriggerKind, EventType>> = { call: 'call', press: 'statement', address: 'statement', announcement: 'statement' };

/** The type a reader will see for a trigger: a call and a press conference each take their own participants. */
export function publicType(entry: { type: EventType; kind: TriggerKind }): EventType {
  return PUBLIC_TYPE[entry.kind] ?? entry.type;
}

export interface TriggerEntry {
  type: EventType;
  kind: TriggerKind;
  /** Folded regex source of the word and its inflections; no capturing groups. */
  forms: string;
  /** The word is a verb: "قد" before a present form makes it a possibility, not news. */
  verb?: true;
  /** The trigger only counts with a date expression of its own (a bare mention of a truce is background). */
  needsOwnDate?: true;
  /** The trigger only counts with a partner named after it (`PARTNER_CUES`): the same letters are also a noun. */
  needsPartner?: true;
  /** The trigger only counts with a date of its own or a partner named after it: alone it names a process, not a meeting. */
  needsDateOrPartner?: true;
  /** Issued at the meeting its sentence told before it ("صدر في ختامه بيان"، "صدر عنه إعلان"): that meeting's day and parties. */
  outcome?: true;
  /** Undated, a statement whose words tell another event of the sentence is that event's source, no event of its own. */
  sourceOfReport?: true;
  /** What became of the talks the word names ("بعد تعليقها في 3 شباط"): the event's status whatever the cues. */
  status?: EventStatus;
  /** A statement issued: by two sides or more ("البيان الذي أصدرته موسكو وواشنطن"), a joint one, so an agreement. */
  issuedJointly?: true;
  /** Of the talks between the Syrian sides the article told last, when it names no one: "the next round", "their suspension". */
  ofTalksTold?: true;
  /** With `ofTalksTold`, counts only once the article has told such talks: alone, "الجولة" may be a minister's tour. */
  onlyAfterTalks?: true;
  /** The speaker follows the verb ("أعلنت الهيئة …"): the first side named right after it. */
  speakerAfter?: true;
  /**
   * The verb judges the event it names ("رحب الأردن اليوم بالاتفاق الذي توصل إليه كيري ولافروف
   * أمس"): a statement of its own beside that event, never its announcement.
   */
  judges?: true;
  /** A verb of saying: a statement only when nothing else its sentence tells is an event (what was said is not news of its own). */
  saysOnly?: true;
  /**
   * The verb's subject is the meeting noun right before it, if any ("بعد جلسة صباحية جمعته
   * بنظيره"): one meeting, whose parties the verb names.
   */
  describesNoun?: true;
  /**
   * How talks were held, not talks of its own ("عبر الهاتف"، "عبر الفيديو"): the meeting word right
   * before it is this call. By phone it is a call alone too ("بحثا هاتفيا"); by video only after
   * talks, since a speech by video is no call.
   */
  medium?: 'phone' | 'video';
  /** A day set as its latest ("موعدا أقصى لاستئنافها") dates it, as a limit dates a deadline. */
  datedByLimit?: true;
  /** A party the word itself implies, named or not: a veto is cast in the Security Council. A gazetteer id. */
  impliedParty?: string;
  /** A dual ("اجتماعي فيينا"): two events, one on each of two days joined by "و". */
  dual?: true;
  /** Its verb left out ("ثم مع لافروف"): it is of the kind of the meeting or call told before it, or none. */
  elided?: true;
}

/** The gazetteer's one-word city names, folded: a dual construct before one names its meetings. */
const CITY_NAMES = Object.values(gazetteer.places).flatMap((p): string[] => [p.ar, ...('variants' in p ? p.variants : [])]).map(foldArabic)
  .filter((name) => !name.startsWith('ال') && !name.includes(' ')).join('|');

/**
 * The verb of issuing after a statement noun, with the relative pronoun before it: "بيان أصدرته"،
 * "البيان الذي أصدرته"، "بيان صادر". Folded; `participants.ts` reads who follows it.
 */
export const ISSUED_AFTER_NOUN = '(?:(?:الذي|التي) )?(?:اصدر(?:ه|ته|ها|ت|اه|وه)?|صادر|صدر)';
/** Verbs of saying, past, masculine and feminine. Folded. */
export const SPEECH_VERBS = 'قال|قالت|اعلن|اعلنت|اكد|اكدت|صرح|صرحت|اعرب|اعربت|اعتبر|اعتبرت|وصف|وصفت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|نفي|نفت|حذر|حذرت|دعا|دعت|شدد|شددت|انتقد|انتقدت|اتهم|اتهمت';
/** Welcoming or praising (أشاد، ثمّنت: not the bare ثمن, also "price"), and what is welcomed right after its ب: an agreement, a plan, what a meeting reached. Folded; `participants.ts` reads where it begins. */
export const WELCOMING = 'رحب|رحبت|رحبا|رحبوا|اشاد|اشادت|اشادا|اشادوا|ثمنت|ثمنوا';
export const WELCOMED = ' [وف]?ب(?:ال)?(?:اتفاق|تفاهم|هدنه|قرار|خطه|اعلان|بيان|خارطه|خريطه|نتايج|مخرجات)| [وف]?بما (?:تم )?(?:ال)?(?:توصل|اتفق)';
/** Voting, and a veto cast (not threatened: "لوحت موسكو باستخدام الفيتو"), and what tells that a draft fell in the vote. Folded. */
const VOTE = `${verb('صوت', 'صوت')}|التصويت|تصويت`;
// The lookbehind stands after the words, so the trigger scan tests it only where they are.
const VETO = '(?:حق (?:ال)?نقض|(?:ال)?فيتو)(?<!(?:هدد|لوح|تهديد|يهدد|تهدد|يلوح|تلوح|حذر|حذرت|سوف|قد|ستستخدم|سيستخدم|سنستخدم|تستخدم|يستخدم|ستلجا|سيلجا|تعتزم|يعتزم)[^.،]{0,52})';
/** The draft is what fell ("ولم يحصل أي منهما على الأصوات"، "سقط مشروع القرار"), or a veto was cast on it; not a relative clause's subject ("حلب التي سقط فيها مئات القتلى"). */
const DRAFT = '(?:ال)?مشروع(?:ا|ي|ين|ان)?|اي منهما|كلاهما|كليهما';
const FELL = '(?:لم (?:يحصل|يحظ|ينل|يحز|يمر)|سقط|اسقط|اسقطت|فشل|فشلت|اخفق|اخفقت|رفض|رفضت)(?![^ .،])';
const DRAFT_FELL = `${VETO}|${FELL}(?: [^ .،]+){0,4}? (?:${DRAFT})(?![^ .،])|(?:${DRAFT})(?: [^ .،]+){0,4}? [وف]?${FELL}`;
/** Who says things in the news without being a party to the talks: the press, monitors, analysts, unnamed sources. Folded. */
const NOT_SPEAKERS = 'صحيفه|صحف|وكاله|وكالات|قناه|موقع|مواقع|المرصد|مرصد|محلل|محللون|محللين|معارض|معارضون|معارضين|ناشط|ناشطون|ناشطين|' +
  'مصدر|مصادر|مسوول|مسوولون|مسوولين|دبلوماسي|دبلوماسيون|دبلوماسيين|خبير|خبراء|شهود|تقرير|تقارير|مراقب|مراقبون|مراقبين|سكان';
/** Granting someone until a time ("منحتا الأطراف حتى ظهر الجمعة لإعلان قبولها"): a limit without the word for one; not "so far" nor "so that" (حتى الآن، حتى يتم). Folded. */
const UNTIL_TIMES = '[0-9]|(?:ال)?(?:ظهر|عصر|مساء|صباح|فجر|منتصف|نهايه|مطلع|اواخر|يوم|ساعه|غد|غدا|ليل|ليله|موعد|اسبوع|شهر|اول|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|جوان|جويليه|اوت)(?![^ .،])';
const GRANTED_UNTIL = `(?:${verb('منح', 'منح')}|${defectiveVerb('اعط', 'عط')})(?= (?:[^ .،]+ ){0,3}?حتي (?:${UNTIL_TIMES}))`;
/** What a party decides on the talks or the truce, announced as news (folded, with their pronoun endings). */
const ANNOUNCED_DECISIONS = '(?:قبول|موافقه|موافقت|رفض|انسحاب|مقاطعه|ارسال|استيناف|توقف|توقفا|انهاء|سحب)(?:ها|ه|هما|هم)?|(?:قررت|قرر|قررنا)';

/** Ratifying: صادقت، صادقوا، يصادق; bare صادق only opening a clause (see its trigger); not صادقا, also the adjective. Folded. */
const RATIFIED = `صادق(?:ت|تا|وا|نا|تم)|صادق(?<=(?:^|[.،؛:!؟(«"\n]) ?صادق|(?:^|[ \n])[وف]?(?:قد|ثم|كما|لقد|حيث|اذ|عندما|بعدما|حين|حينما|لما|ان|الذي|التي|ما) صادق|(?:^|[ \n])[وف]صادق)|(?:س|ل)?[يتن]صادق(?:ان|ون|ين|ن|ا|وا)?`;

/** Remarks to the press: "تصريح"، "تصريحاته"، "تصريحات". Folded. */
const REMARKS = `${noun('تصريح')}|تصريحات(?:ه|ها|هما)?`;

export const TRIGGERS: readonly TriggerEntry[] = [
  // Statements: a press conference or briefing is a statement, whoever gives it.
  { type: 'meeting', kind: 'press', forms: `${noun('موتمر')} (?:ال)?(?:صحافي|صحفي)(?:ا)?(?: (?:ال)?مشترك(?:ا)?)?` },
  // The Maghreb's word for it: "ندوة صحفية مشتركة" (Algerian, Tunisian and Moroccan outlets).
  { type: 'meeting', kind: 'press', forms: `${feminine('ندو')} (?:ال)?(?:صحفيه|صحافيه)(?: (?:ال)?مشترك(?:ه)?)?` },
  {
    type: 'meeting',
    kind: 'press',
    forms: `(?:${noun('موجز')}|${noun('ايجاز')}|${feminine('احاط')}|${feminine('افاد')}|${REMARKS}) (?:ال)?(?:صحفي|صحافي|يومي|اسبوعي|صحفيه|صحافيه|لل(?:صحفيين|صحافيين|صحافه))`,
  },
  { type: 'meeting', kind: 'press', forms: '(?:للصحفيين|للصحافيين|للصحافه|لوسايل الاعلام)' },
  // Remarks, a talk or an interview given to someone: "في تصريح له اليوم"، "في تصريحات لوكالة الأنباء الأردنية".
  { type: 'meeting', kind: 'press', forms: `(?:${REMARKS}|حديث|مقابله|كلمه) (?:له|لها|لوكاله|لقناه|لصحيفه|لتلفزيون|لاذاعه|لموقع|لشبكه|لوكالات)` },
  // A televised or delivered address: "في كلمة متلفزة", "في خطاب ألقاه", "في كلمة بثها التلفزيون
  // الرسمي", "في خطاب وجهه إلى الأمة"; a speech at other meetings ("في كلمة أمام المؤتمر") is the meeting's.
  {
    type: 'meeting',
    kind: 'address',
    forms: '(?:كلم(?:ه|ته|تها)|خطاب(?:ه|ها)?) (?:(?:ال)?(?:متلفز|متلفزه|تلفزيوني|تلفزيونيه)|القا(?:ه|ها)|(?:بث|نقل)(?:ه|ها|ته|تها)|وجه(?:ه|ها)|الي الامه)',
  },
  // A speech or briefing before the General Assembly or the Security Council on a day of its own
  // is its speaker's address ("دعا بوتين في كلمته أمام الجمعية العامة أمس"، "قدم دي ميستورا إحاطة
  // أمام مجلس الأمن أمس"): readers list it beside the session.
  {
    type: 'meeting',
    kind: 'address',
    forms: '(?:كلم(?:ه|ته|تها)|خطاب(?:ه|ها)?|احاط(?:ه|ته|تها)|افاد(?:ه|ته|تها))(?=(?: (?:قدم|القي|القا)(?:ه|ها|ته|تها))? (?:امام|الي) (?:اعضاء )?(?:ال)?(?:جمعيه (?:ال)?عامه(?! ل(?!لامم))|مجلس (?:ال)?امن))',
    needsOwnDate: true,
  },
  // The verb first, the speaker after it: "ألقى الرئيس الروسي فلاديمير بوتين كلمة أمام الجمعية
  // العامة", "ألقى كيري بكلمة". Only the speaker stands between: no preposition, so "ألقت موسكو
  // باللوم على خطاب أوباما" and "ألقت الشرطة القبض على رجل قاطع خطاب" are no speech.
  {
    type: 'meeting',
    kind: 'address',
    verb: true,
    speakerAfter: true,
    forms: '(?:س|و|ف)?(?:القي|القت|يلقي|تلقي)(?=(?: (?!(?:علي|الي|القبض|الضوء)(?![^ .،])|بال|بظلال)[^ .،]+){0,6}? (?:ب)?(?:كلم(?:ه|ته|تها)|خطاب(?:ا|ه|ها)?)(?![^ .،]))',
  },
  // A statement issued: "أصدرت الخارجية بيانا", "في بيان أصدره". A joint or final one, or one two
  // parties or more issue, is an agreement (below). With the issuer and where it met between
  // ("أصدرت المجموعة الدولية لدعم سوريا في اجتماع فيينا أمس بيانا"), the verb alone is the word, so
  // the meeting named between stays an event of its own.
  { type: 'meeting', kind: 'announcement', forms: `(?:اصدر(?:ت)?|صدر) (?!(?:\\S+ ){0,2}?ختام)(?!عن(?:ه|ها|هما|هم) )(?:\\S+ ){0,4}?بيان(?:ا)?(?! (?:ال)?(?:مشترك|ختامي))|(?:اصدر(?:ت)?|صدر)(?= (?!(?:\\S+ ){0,2}?ختام)(?!عن(?:ه|ها|هما|هم) )(?:[^ .،]+ ){5,10}?بيان(?:ا)?(?![^ .،])(?! (?:ال)?(?:مشترك|ختامي)))` },
  // The noun alone is the trigger, so a relative clause after it stays a clause of its own for dating.
  { type: 'meeting', kind: 'announcement', forms: `بيان(?:ا)?(?= ${ISSUED_AFTER_NOUN}(?![^ .،]))`, issuedJointly: true },
  // A declaration named by its city, and what issued it: "إعلان موسكو الذي أصدره وزراء خارجية روسيا
  // وتركيا وإيران". The name is in the trigger, so the issuers stand right after it.
  { type: 'meeting', kind: 'announcement', forms: `اعلان (?!ال|وقف|هدن|تهدي)[^ .،]+(?= (?:الذي|التي) اصدر(?:ه|ته|اه|وه)(?![^ .،]))`, issuedJointly: true },
  // Said "in a statement" ("وقال كيري في بيان إن …", "أعلنت الهيئة في بيان يوم الجمعة أن …"); an
  // undated one whose words tell an event ("ذكرت الوزارة، في بيان، أنه جرى اتصال هاتفي") is only its source.
  { type: 'meeting', kind: 'announcement', forms: `(?<=(?:في|عبر) )بيان(?! (?:ال)?(?:مشترك|ختامي))`, sourceOfReport: true },
  // An order on a day of its own ("أمر بوتين أمس الاثنين بسحب الجزء الأساسي من قواته") is the decision announced.
  {
    type: 'meeting',
    kind: 'announcement',
    forms: `امر(?:ت)?(?=(?: [^ .؟!]+){0,8}? ب(?:ال)?(?:${ANNOUNCED_DECISIONS})(?![^ .،؟!]))`,
    verb: true,
    needsOwnDate: true,
    speakerAfter: true,
  },
  // A party announcing its decision on the talks or the truce, on a day of its own ("أعلنت الهيئة
  // العليا مساء أمس موافقتها على الهدنة", "أعلنت واشنطن أمس تعليق مشاركتها"): undated, or
  // announcing anything else, the verb only frames what the article reports.
  {
    type: 'meeting',
    kind: 'announcement',
    forms: `اعلن(?:ت|ا|تا|وا)?(?=(?: [^ .؟!]+){0,10}? [وف]?(?:ب)?(?:ال)?(?:${ANNOUNCED_DECISIONS})(?![^ .،؟!]))`,
    verb: true,
    needsOwnDate: true,
    speakerAfter: true,
  },
  // A spokesperson speaking on a day of their own ("وقال المتحدث باسم الخارجية الأمريكية جون كيربي
  // أمس إن …", "أعربت المتحدثة باسم الخارجية الروسية اليوم عن …"): the briefing is a statement;
  // undated, the verb only tells whose words the article quotes.
  {
    type: 'meeting',
    kind: 'announcement',
    forms: `(?:${SPEECH_VERBS})(?= (?:\\S+ ){0,1}?(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه) (?:باسم|الرسمي))`,
    verb: true,
    needsOwnDate: true,
    speakerAfter: true,
  },
  // Saying on a day of its own, by a party: not by a paper, an agency, a monitor, analysts or
  // unnamed sources ("قالت صحيفة واشنطن بوست أمس"، "قال مصدر في الخارجية الروسية أمس").
  { type: 'meeting', kind: 'announcement', forms: `(?:${SPEECH_VERBS})(?= (?![وف]?(?:${NOT_SPEAKERS})(?![^ .،])))`, verb: true, needsOwnDate: true, speakerAfter: true, saysOnly: true },
  // A party welcoming an agreement, or what a meeting reached, on a day of its own ("ورحبت الهيئة
  // العليا اليوم السبت بالاتفاق"، "رحبت الإمارات اليوم بما توصلت إليه المجموعة"، "بنتائج اجتماع فيينا").
  { type: 'meeting', kind: 'announcement', forms: `(?:${WELCOMING})(?=(?: [^ .؟!]+){0,8}?(?:${WELCOMED}))`, verb: true, needsOwnDate: true, speakerAfter: true, judges: true },
  // Calls: a call, or a discussion "by phone".
  // "اتصل كيري بلافروف": calling someone, whose name takes ب within a few words.
  { type: 'meeting', kind: 'call', forms: `${verb('اتصل', 'تصل')}(?= (?:[^ .،]+ ){0,3}?ب[^ ]{3,})`, verb: true },
  // The adjective agrees with its noun: "اتصالين هاتفيين", "اتصالات هاتفية".
  // So does a conversation's, or any talks held by phone: "محادثة هاتفية"، "خلال محادثاتهما
  // الهاتفية"، "مشاوراتهما الهاتفية"، "مباحثات هاتفية" (talks, were it not by phone).
  { type: 'meeting', kind: 'call', forms: `(?:${noun('اتصال')}|${feminine('مكالم')}|${feminine('محادث')}|${feminine('مشاور')}|${feminine('مباحث')}) (?:ال)?هاتفي(?:ه|ا|ين|ان|يين|يان)?` },
  // The verb, not the noun after an article or "ل" ("عبر تطبيق للهاتف المحمول"، "خطوط الهاتف"): no call.
  { type: 'meeting', kind: 'call', forms: `(?:(?<!ل)${verb('هاتف', 'هاتف')}|${feminine('مكالم')})` },
  // By phone or by video: the talks told are the call ("بحثا هاتفيا"، "اجتماع عبر الهاتف"، "محادثات عبر
  // دائرة تلفزيونية مغلقة"); not how a saying reached the press ("قال للصحفيين بالهاتف"، "لم يرد على الهاتف").
  { type: 'meeting', kind: 'call', forms: '(?:هاتفيا|(?:عبر|علي|عن طريق) الهاتف|هاتف(?<=(?:^|[ \n])[وف]?بالهاتف))(?![^ .،])(?<!(?:للصحفيين|للصحافيين|للصحافه|لوكاله|لوكالات|وكاله|رويترز|لرويترز|لقناه|لصحيفه|حديث|تصريح|تصريحات|يرد|ترد)(?: [^ .،]+){0,3} [^ .،]+(?: الهاتف)?)', medium: 'phone' },
  { type: 'meeting', kind: 'call', forms: '(?:عبر|بواسطه|بتقنيه|بنظام) (?:ال)?(?:دايره (?:ال)?(?:تلفزيونيه|تليفزيونيه|مغلقه)|فيديو|اتصال (?:ال)?مريي)', medium: 'video' },
  // A call made or taken, "by phone" unsaid: "أجرى اتصالا مماثلا بالرئيس التركي", "تلقى اتصالا من بوتين",
  // "أجرى اتصالا مع أوباما".
  // The verb is looked for behind the noun once the noun is found, not at every position.
  { type: 'meeting', kind: 'call', forms: `(?:اتصال|اتصالا)(?<=(?:اجري|اجرت|اجريا|تلقي|تلقت|تلقيا) (?:[^ .،]+ ){0,5}(?:اتصال|اتصالا))(?= (?:[^ .،]+ ){0,2}?(?:ب|من |مع )[^ ]{3,})` },
  // Meetings.
  { type: 'meeting', kind: 'conference', forms: noun('موتمر') },
  // A round named by its adjective: "الجولة التفاوضية"، "جولة تفاوضية جديدة".
  { type: 'meeting', kind: 'consultations', forms: '(?:جوله|جولات) (?:ال)?(?:محادثات|مباحثات)|(?:ال)?(?:جوله|جولات) (?:ال)?تفاوضيه' },
  // What became of the talks told before, named by its verbal noun with a pronoun and a day of its
  // own: "أن تستأنف المفاوضات في 7 آذار، بعد تعليقها في 3 شباط"، "بعد تأجيلها يوم الاثنين".
  // Only after a word of sequence: "في تعليقه على الهدنة" is his comment.
  { type: 'meeting', kind: 'talks', forms: '(?<=(?:بعد|منذ|اثر|عقب|غداه|قبل|قبيل) )تعليق(?:ها|ه|هما)', needsOwnDate: true, ofTalksTold: true, status: 'suspended' },
  { type: 'meeting', kind: 'talks', forms: '(?<=(?:بعد|منذ|اثر|عقب|غداه|قبل|قبيل) )(?:تاجيل|ارجاء)(?:ها|ه|هما)', needsOwnDate: true, ofTalksTold: true, status: 'postponed' },
  { type: 'meeting', kind: 'talks', forms: '(?<=(?:بعد|منذ|اثر|عقب|غداه|قبل|قبيل) )الغاء(?:ها|ه|هما)', needsOwnDate: true, ofTalksTold: true, status: 'cancelled' },
  // A day set for the talks' resumption, told with a pronoun ("محددا الخامس والعشرين من شباط موعدا
  // أقصى لاستئنافها"، "حدد موعدا لعقدها"): the talks told, planned for that day.
  { type: 'meeting', kind: 'talks', forms: '(?:استيناف|عقد|انعقاد)(?:ها|ه|هما)(?<=(?:موعد|تاريخ)(?:ا)?(?: (?:اقصي|نهاييا|جديدا|مبدييا))? ل(?:استيناف|عقد|انعقاد)(?:ها|ه|هما))', needsOwnDate: true, ofTalksTold: true, status: 'planned', datedByLimit: true },
  // Delegations returning to the talks ("أن يعود وفدا الحكومة والمعارضة إلى جنيف في 25 فبراير"،
  // "عودة الوفود إلى جنيف"): the talks resume. "طاولة المفاوضات" is left to its own cue.
  { type: 'meeting', kind: 'talks', forms: '(?:عاد|عادت|عادا|عادوا|(?:س)?[يت]عود(?:ا|ان|وا|ون)?)(?= (?:[^ .،]+ ){0,4}?(?:الي|ل) ?(?:جنيف|(?:ال)?مفاوضات|(?:ال)?محادثات|استانا)(?![^ .،]))', verb: true },
  { type: 'meeting', kind: 'talks', forms: 'عوده(?= (?:[^ .،]+ ){0,4}?(?:الي|ل) ?(?:جنيف|(?:ال)?مفاوضات|(?:ال)?محادثات|استانا)(?![^ .،]))' },
  // A round named by the city of its standing format ("جولة جنيف الأخيرة"، "جولة أستانا"), whose
  // parties the format gives (formats.ts); like negotiations, alone it names the process.
  { type: 'meeting', kind: 'consultations', forms: '(?:جوله|جولات)(?= (?:جنيف|فيينا|استانا|استانه)(?![^ .،]))', needsDateOrPartner: true },
  // "الجولة المقبلة ستبدأ في التاسع من نيسان"، "وكانت الجولة السابقة قد عقدت في 14 آذار": a round
  // placed among the others, on a day of its own, is a round of the talks told.
  { type: 'meeting', kind: 'talks', forms: 'جوله (?:ال)?(?:مقبله|قادمه|تاليه|سابقه|ماضيه|اولي|ثانيه|ثالثه|رابعه|خامسه)(?![^ .،])', needsOwnDate: true, ofTalksTold: true },
  // "وكانت الجولة قد انطلقت الأربعاء الماضي": the definite round alone, on a day of its own, likewise.
  { type: 'meeting', kind: 'talks', forms: '(?<=ال)جوله(?![^ .،])', needsOwnDate: true, ofTalksTold: true, onlyAfterTalks: true },
  { type: 'meeting', kind: 'conference', forms: feminine('قم') },
  { type: 'meeting', kind: 'consultations', forms: '(?:مشاورات(?:ه|ها|هما|هم|نا)?|جوله مفاوضات|جولات مفاوضات)' },
  { type: 'meeting', kind: 'consultations', forms: '(?:(?:ال)?حوار(?:ه|ها|هما)? (?:ال)?ثنايي|قناه (?:ال)?حوار)' },
  // The channels a dialogue runs through, on a day of their own ("علقت اليوم مشاركتها في القنوات
  // الثنائية"); undated they are the means, not an event ("قبل أن تقرر وقف قنوات التنسيق").
  { type: 'meeting', kind: 'consultations', forms: '(?:قناه (?:ال)?(?:اتصال|تواصل)|قنوات (?:ال)?(?:ثناييه|حوار|اتصال|تواصل|تنسيق)|(?:ال)?اتصالات (?:ال)?ثناييه)', needsOwnDate: true },
  // Cooperation is no event, but suspending it is the channel's suspension ("أعلنت واشنطن تعليق التعاون مع موسكو").
  { type: 'meeting', kind: 'consultations', forms: '(?<=(?:^|[ \n])[وف]?(?:تعليق|علق|علقت|تجميد|جمد|جمدت|وقف|اوقف|اوقفت|ايقاف|قطع|قطعت) )(?:ال)?تعاون(?:ها|ه)?(?= (?:ال)?(?:ثنايي )?مع )', needsOwnDate: true },
  { type: 'meeting', kind: 'talks', forms: '(?:محادثات|مباحثات)(?:ه|ها|هما|هم|نا)?' },
  // Negotiations alone name the Syrian–Syrian process; they are a meeting when dated or between named sides.
  { type: 'meeting', kind: 'talks', forms: '(?:مفاوضات|المفاوضات)(?:ه|ها|هما|هم|نا)?', needsDateOrPartner: true },
  // The hamza stays on the line before a suffix in some spellings (لقاءه) and sits on ya in others (لقائه).
  { type: 'meeting', kind: 'talks', forms: `(?:${noun('لقاء')}|لقاي(?:ه|ها|هما|هم|نا))` },
  { type: 'meeting', kind: 'talks', forms: defectiveVerb('التق', 'لتق'), verb: true },
  // Two meetings named by their city in the dual construct ("اجتماعي فيينا"، "لقاءا جنيف"). Folded,
  // اجتماعي alone is also the adjective "social" ("عقد اجتماعي جديد"), so only before a city.
  { type: 'meeting', kind: 'talks', forms: `(?:اجتماع|لقاء)(?:ي|ا)(?= (?:${CITY_NAMES})(?![^ .،]))`, dual: true },
  { type: 'meeting', kind: 'talks', forms: noun('اجتماع') },
  // A working meal is talks: "أعقبه عشاء عمل رباعي", "على مأدبة عشاء", "غداء عمل جمعهما".
  { type: 'meeting', kind: 'talks', forms: '(?:(?:عشاء|غداء|افطار) عمل|مادبه (?:ال)?(?:عشاء|غداء|افطار))' },
  { type: 'meeting', kind: 'talks', forms: verb('اجتمع', 'جتمع'), verb: true },
  // Convening: "والتأمت المجموعة في نيويورك أمس"، "التأم شمل الوزراء". Folded, the masculine past is
  // also the adjective "التام" (complete: "الالتزام التام"), so it counts only before what convenes.
  { type: 'meeting', kind: 'talks', forms: '(?:التامت|التاما|التاموا|(?:س)?[يت]لتيم(?:ان|ون)?|التام(?= (?:شمل|(?:ال)?(?:اجتماع|لقاء|جلسه|مجلس|وزراء|مجموعه|موتمر|طاوله))))', verb: true },
  { type: 'meeting', kind: 'talks', forms: 'استقبال' },
  { type: 'meeting', kind: 'talks', forms: verb('استقبل', 'ستقبل'), verb: true },
  { type: 'meeting', kind: 'talks', forms: feminine('جلس') },
  // "جمع لقاء … بين", "جمعته بنظيره": bringing two parties together.
  { type: 'meeting', kind: 'talks', forms: `(?:${verb('جمع', 'جمع')}(?:ه|ها|هما|هم)?(?= بين )|(?:جمعه|جمعته|جمعهما|جمعتهما)(?= ب))`, verb: true, describesNoun: true },
  // "يعتزم جمع وفدي الحكومة والمعارضة": convening the sides' delegations.
  { type: 'meeting', kind: 'talks', forms: `(?:${verb('جمع', 'جمع')}|جمع)(?= (?:ال)?(?:وفدي|وفود|وفدين|طرفي|طرفين|اطراف|ممثلي) )`, verb: true },
  // Discussing is talks between two parties. A dual verb names the two itself; the singular بحث
  // is also the noun "research, discussion" ("نتائج بحث الجانبين"), so it needs a partner after it
  // (بحث X مع Y). "بحث عن" is "look for".
  // "ثم مع لافروف في اليوم التالي": a meeting told by its partner alone after "then", the verb
  // left out as the one before it.
  { type: 'meeting', kind: 'talks', forms: '(?<=(?:^|[ ،,])[وف]?ثم )مع(?= )', verb: true, needsOwnDate: true, elided: true },
  // What was discussed may be a pronoun on the verb ("وناقشه مع بوتين في الكرملين").
  { type: 'meeting', kind: 'discussion', forms: `${verb('ناقش', 'ناقش')}(?:ه|ها|هما|هم)?`, verb: true },
  { type: 'meeting', kind: 'discussion', forms: '(?:بحثا|بحثتا|(?:س)?[يت]بحثان|تباحثا|(?:س)?[يت]تباحثان)(?:ه|ها|هما|هم)?(?! عن)', verb: true },
  { type: 'meeting', kind: 'discussion', forms: '(?:بحث|بحثت|(?:س)?[يت]بحث|تباحث|تباحثت|(?:س)?[يت]تباحث)(?:ه|ها|هما|هم)?(?! عن)', needsPartner: true, verb: true },
  // Conversing: "تحادث الرئيسان لدقائق"، "تبادلا حديثا قصيرا"، "تبادلا أطراف الحديث". Unlike بحث, no
  // noun shares the form, so the singular verb before a dual subject needs no partner after it.
  { type: 'meeting', kind: 'discussion', forms: '(?:تحادث(?:ت|ا|تا|وا)?|(?:س)?[يت]تحادث(?:ان|ون)?|تبادل(?:ت|ا|تا|وا)? (?:(?:ال)?حديث(?:ا)?|اطراف الحديث))', verb: true },
  { type: 'meeting', kind: 'visit', forms: `(?:${feminine('زيار')}|زار(?:ت|ا|وا)?|(?:س)?[يت]زور(?:ان|ون)?)` },
  { type: 'meeting', kind: 'visit', forms: `${verb('وصل', 'صل')} (?:الي|ل)`, verb: true },
  // Agreements. Named older agreements (the ceasefire agreement, Minsk on Ukraine, Vienna's
  // principles) are references, not new events: the lookahead drops them. "توصل إلى" counts
  // through the اتفاق it reaches (alone it is "reach a peaceful solution"), and "قرار مجلس الأمن"
  // alone names a resolution already in force: only its adoption (أقر، تبنى، اعتمد، صادق) is an event.
  { type: 'agreement', kind: 'agreement', forms: `(?:${noun('اتفاق')}|${feminine('اتفاقي')}|اتفاقيه)(?! [«"“']?(?:وقف|مينسك|فيينا|جنيف))` },
  // A numbered resolution told with the day it was issued ("قرار مجلس الأمن 2254 الصادر في 18 كانون
  // الأول") is its adoption on that day; without a day of its own it stays the resolution in force.
  { type: 'agreement', kind: 'agreement', forms: 'قرار(?= (?:(?:ال)?مجلس (?:ال)?امن(?: (?:ال)?دولي)? )?(?:رقم )?[0-9]{3,4} (?:الصادر|الذي صدر|المعتمد|الذي اعتمد|المتبني|الذي تبناه|الذي اقره))', needsOwnDate: true },
  { type: 'agreement', kind: 'agreement', forms: `(?:تفاهم(?:ا|ات)?)(?! [«"“']?(?:وقف|مينسك))` },
  // What was reached, told without an agreement noun: "تطبيق ما تم التوصل إليه في اجتماع ميونيخ", "ما اتفق عليه الوزيران".
  { type: 'agreement', kind: 'agreement', forms: 'ما (?:تم )?(?:(?:ال)?توصل(?:ت|ا|تا|وا)? (?:اليه|له)|(?:الاتفاق|اتفق(?:ت|ا|تا|وا)?) عليه)' },
  // Reaching a formula, an understanding, a plan: "توصلت موسكو وواشنطن إلى صيغة لوقف الأعمال القتالية",
  // with the subject and the day between ("توصلت موسكو وواشنطن أمس الإثنين (22 فبراير) إلى صيغة");
  // an agreement noun reached that far off is the agreement trigger itself ("توصلت روسيا وتركيا أمس لاتفاق").
  {
    type: 'agreement',
    kind: 'agreement',
    forms: '(?:توصل(?:ت|تا|ا|وا|نا|هما|ها|هم|ه)?|(?:س)?[يت]توصل(?:ان|ون)?)(?= (?:الي|ل)(?:\\S* )?(?:ال)?(?:صيغه|تفاهم|ترتيب|خطه|ورقه|وثيقه|اتفاق|اتفاقيه|تسويه)| (?:[^ .،,؛]+ ){1,10}?(?:الي (?:ال)?|لل|ل)(?:صيغه|ترتيب|خطه|ورقه|وثيقه|تسويه))',
  },
  // Reaching a truce, the verb only: "توصلت موسكو وأنقرة أمس إلى وقف لإطلاق النار". The noun is a
  // goal as often as a fact ("سبل التوصل إلى هدنة").
  {
    type: 'agreement',
    kind: 'agreement',
    forms: `(?<!ال)(?:توصل(?:ت|تا|ا|وا|نا)?|(?:س)?[يت]توصل(?:ان|ون)?)(?= (?:[^ .،,؛]+ ){0,10}?الي ${TRUCE})`,
    verb: true,
  },
  // Past and future only: the present ("يتفق الجانبان عليها") describes a proposal's clauses.
  { type: 'agreement', kind: 'agreement', forms: '(?:اتفق(?:ت|تا|ا|نا|وا)?|(?:س)[يت]تفق(?:ان|ون)?)', verb: true },
  { type: 'agreement', kind: 'agreement', forms: '(?:توافق(?:ت|تا|ا|وا)?|(?:س)[يت]توافق(?:ان|ون)?) علي', verb: true },
  // Failing to adopt a draft (فشل، أخفق) is the session it failed in (see the vote below).
  { type: 'meeting', kind: 'talks', forms: `(?:تبني|اقرار|اعتماد|تمرير)(?<=(?:فشل|اخفق)(?:ت)? (?:[^ .،]+ ){0,6}?في (?:تبني|اقرار|اعتماد|تمرير))(?= (?:[^ .،]+ )?مشروع(?:ي)? قرار)`, needsOwnDate: true, impliedParty: 'unsc' },
  // Adoption and endorsement: of a resolution, a document, a plan.
  // "أقر بأن", also with the subject between ("أقر كيري بأن"), is "acknowledged"; "اعتمد على" is "relied on".
  { type: 'agreement', kind: 'agreement', forms: `(?:(?:اقرت|اقر|اقرار)(?!(?: [^ .،]+){0,2} (?:ب|بان|بانه|بانها)(?![^ ])| علي)|(?:تبني|تبنت|تبنيا|يتبني|${verb('اعتمد', 'عتمد')})(?! علي)|(?:تبنا|تبنت|اقر|اقرت|اعتمد|اعتمدت)(?:ه|ها))` },
  // The object may wait a few words: "وافق مجلس الأمن الدولي بالإجماع مساء أمس على القرار".
  // Bare "صادق" is also the adjective "sincere" ("جهد دولي صادق يقوم على …"): it is the verb only
  // where a clause opens, after a stop, a particle or a glued و/ف.
  { type: 'agreement', kind: 'agreement', forms: `(?:${RATIFIED}|${verb('وافق', 'وافق')})(?= (?:[^ .؟!]+ ){0,7}?علي )`, verb: true },
  { type: 'agreement', kind: 'agreement', forms: `(?:${feminine('مصادق')}|${feminine('موافق')})(?= (?:[^ .؟!]+ ){0,7}?علي )` },
  { type: 'agreement', kind: 'agreement', forms: `(?:قبول(?:ها|هما|هم|ه)?|قبلت|قبلا|قبلوا|[يت]قبل(?:ان|ون)?)(?= (?:ب)?(?:${TRUCE.slice(3, -1)}|الاتفاق|اتفاق|القرار|الخطه|خطه))` },
  { type: 'agreement', kind: 'agreement', forms: `(?:التوقيع|توقيع|وقع|وقعت|وقعا|وقعوا|(?:س)?[يت]وقع(?:ان)?) علي` },
  // Signing documents ("وقعت ثلاث وثائق"، "وقع الطرفان مذكرة تفاهم"، "توج بتوقيع خمس وثائق"); the same
  // letters without one are "occurred". The subject, the place and the time may stand between, then
  // "على" and a number ("ووقع الجانبان في جنيف فجر السبت على خمس وثائق").
  { type: 'agreement', kind: 'agreement', forms: `(?:التوقيع|توقيع|وقع|وقعت|وقعا|وقعتا|وقعوا|(?:س)?[يت]وقع(?:ان|ون)?)(?= (?:[^ .،]+ ){0,8}?(?:علي )?(?:[^ .،]+ )?(?:ال)?(?:وثيقه|وثيقتين|وثايق|مذكره تفاهم|مذكرتي تفاهم|بروتوكول|ميثاق)(?![^ .،]))`, verb: true },
  { type: 'agreement', kind: 'agreement', forms: `(?:${noun('بيان')}|${feminine('وثيق')}|${noun('اعلان')}) (?:ال)?(?:مشترك|ختامي|ثنايي|ثلاثي|رباعي)(?:ا|ه)?` },
  // A declaration two parties or more issue together ("أصدروا خلاله إعلان موسكو"، "أصدرا بيانا").
  { type: 'agreement', kind: 'agreement', forms: `(?:اصدرا|اصدرتا|اصدروا|(?:س)?[يت]صدران|(?:س)?[يت]صدرون)(?= (?:\\S+ ){0,3}?[«"“']?(?:اعلان|بيان|وثيقه)(?:ا)?(?![^ .،»"”']))`, verb: true },
  // A statement issued at the close of a meeting is its final statement: "وصدر في ختامه بيان من تسع نقاط";
  // so is one issued "from it" ("اجتماعا ثلاثيا … صدر عنه «إعلان موسكو»"، "وصدر عنه ما عرف بـ«إعلان موسكو»").
  { type: 'agreement', kind: 'agreement', forms: `صدر(?:ت)? عن(?:ه|ها|هما|هم)(?: \\S+){0,3}? (?:ب)?[«"“']?(?:بيان|اعلان|وثيقه)(?:ا)?(?![^ .،»"”'])`, outcome: true },
  { type: 'agreement', kind: 'agreement', forms: `(?:اصدر(?:ت|ا|وا)?|صدر) (?:\\S+ ){0,2}?ختام(?:ه|ها|هم)?(?: \\S+){0,2}? بيان(?:ا)?`, outcome: true },
  { type: 'agreement', kind: 'agreement', forms: 'خريطه طريق|خارطه طريق|خريطه الطريق|خارطه الطريق' },
  { type: 'agreement', kind: 'agreement', forms: 'مجموعه تنفيذ مشتركه' },
  // A vote on a draft resolution: the Council's decision, planned until it is taken. A draft that
  // fell (vetoed, short of the votes, failed to pass) decided nothing: the vote was the Council's
  // session, a meeting. So is a veto on a day of its own, which only the Council sees cast.
  { type: 'meeting', kind: 'talks', forms: `(?:${VOTE})(?=(?:(?! (?:التي|الذي) )[^.؛!؟]){0,160}? [وف]?(?:${DRAFT_FELL}))(?=[^.؛!؟]{0,80}?قرار)`, needsOwnDate: true, impliedParty: 'unsc' },
  { type: 'agreement', kind: 'vote', forms: VOTE, needsOwnDate: true },
  { type: 'meeting', kind: 'talks', forms: VETO, needsOwnDate: true, impliedParty: 'unsc' },
  // Deadlines: a time limit given, with the day it ends; "في موعد أقصاه" (at the latest) names one too,
  // and so does the Maghreb's "أجلا أقصى" ("حدد البيان فاتح يونيو أجلا أقصى") or "آخر أجل".
  {
    type: 'deadline',
    kind: 'deadline-set',
    forms: `(?:${feminine('مهل')}|${verb('امهل', 'مهل')}|(?:ال)?موعد(?:ا)? (?:ال)?نهايي(?:ا)?|اخر (?:موعد|اجل)|${noun('انذار')}|(?:موعد|اجل)(?:ا)? (?:اقصاه|لا يتجاوز)|(?:ال)?اجل(?:ا)? (?:ال)?اقصي|${GRANTED_UNTIL})`,
    needsOwnDate: true,
  },
];
