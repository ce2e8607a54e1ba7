/**
 * Event trigger words and the cues around them, as data. Every pattern is written in *folded*
 * form (see `src/lib/arabic.ts`: أ/إ/آ→ا, ى/ئ→ي, ؤ→و, ة→ه, no harakat), because the matcher runs
 * on the folded body. Proclitics (و، ف، ب، ل، ال، لل) and word boundaries are added by the
 * matcher, so a form lists only the word and its suffixes.
 *
 * Deliberately not here: how a trigger is dated, which actors it takes, or when two reports are
 * one event — that is `scripts/pipeline/events.ts` and `merge.ts`.
 */
import type { EventType } from '../../src/lib/types.ts';

/**
 * Meeting sub-kinds matter for merging: a press conference on the day of talks is its own event.
 * A `discussion` ("بحث كيري مع لافروف") says what two parties did, not how: it is the call or
 * meeting its sentence names, if any.
 */
export type MeetingKind = 'talks' | 'visit' | 'press' | 'call' | 'conference' | 'consultations' | 'discussion';
export type TriggerKind = MeetingKind | 'agreement' | 'ceasefire-start' | 'ceasefire-end';

export interface TriggerEntry {
  type: EventType;
  kind: TriggerKind;
  /** Folded regex source of the word and its inflections; no capturing groups. */
  forms: string;
  /** The trigger only counts with a date expression of its own (a bare mention of a truce is background). */
  needsOwnDate?: true;
  /** The trigger only counts with a partner named after it (`PARTNER_CUES`): the same letters are also a noun. */
  needsPartner?: true;
}

/** Nouns that name a running truce; used inside the ceasefire triggers and the topic table. */
const TRUCE = '(?:الهدنه|هدنه|وقف اطلاق النار|وقف الاعمال (?:القتاليه|العداييه)|وقف اعمال القتال)';

export const TRIGGERS: readonly TriggerEntry[] = [
  // Meetings. "المفاوضات" alone is left out: in this corpus it names the Syrian–Syrian process.
  { type: 'meeting', kind: 'press', forms: 'موتمر(?:ا)? (?:صحافي|صحفي)(?:ا)?(?: مشترك(?:ا)?)?' },
  { type: 'meeting', kind: 'press', forms: '(?:الموجز|موجز|ايجاز) (?:الصحفي|صحفي)' },
  { type: 'meeting', kind: 'call', forms: '(?:اتصال(?:ا)? هاتفي(?:ا)?|مكالمه هاتفيه)' },
  { type: 'meeting', kind: 'conference', forms: 'موتمر(?:ا)?' },
  { type: 'meeting', kind: 'conference', forms: 'قمه' },
  { type: 'meeting', kind: 'consultations', forms: 'مشاورات' },
  { type: 'meeting', kind: 'consultations', forms: 'جوله مفاوضات' },
  { type: 'meeting', kind: 'talks', forms: '(?:محادثات|مباحثات)(?:ه|ها|هما|هم|نا)?' },
  { type: 'meeting', kind: 'talks', forms: 'لقاء(?:ات)?|لقاي(?:ه|ها|هما|هم|نا|ك)' },
  { type: 'meeting', kind: 'talks', forms: '(?:التقي|التقيا|التقت|يلتقي|تلتقي|سيلتقي|ستلتقي)' },
  { type: 'meeting', kind: 'talks', forms: 'اجتماع(?:ه|ها|هما|ات)?|(?:اجتمع|يجتمع|سيجتمع)(?:ا|ت|وا|ان)?' },
  { type: 'meeting', kind: 'talks', forms: '(?:استقبل|يستقبل|استقبال)(?:ه|ها|ت)?' },
  // Discussing is talks between two parties. A dual verb names the two itself; the singular بحث
  // is also the noun "research, discussion" ("نتائج بحث الجانبين"), so it needs a partner after it
  // (بحث X مع Y). "بحث عن" is "look for".
  { type: 'meeting', kind: 'discussion', forms: '(?:ناقش|يناقش|سيناقش|تناقش)(?:ا|وا|نا|ت|ان)?' },
  { type: 'meeting', kind: 'discussion', forms: '(?:بحثا|بحثتا|(?:س)?[يت]بحثان|تباحثا|(?:س)?[يت]تباحثان)(?! عن)' },
  { type: 'meeting', kind: 'discussion', forms: '(?:بحث|بحثت|(?:س)?[يت]بحث|تباحث|تباحثت|(?:س)?[يت]تباحث)(?! عن)', needsPartner: true },
  { type: 'meeting', kind: 'visit', forms: 'زيار(?:ه|ته|تها|تهما)|(?:زار|يزور|سيزور)(?:ت|ا)?' },
  { type: 'meeting', kind: 'visit', forms: '(?:وصل|وصلت|يصل|سيصل) (?:الي|ل)' },
  // Agreements. Named older agreements (the ceasefire agreement, Minsk on Ukraine, Vienna's
  // principles) are references, not new events: the lookahead drops them. "توصل إلى" counts
  // through the اتفاق it reaches (alone it is "reach a peaceful solution"), and "قرار مجلس الأمن"
  // alone names a resolution already in force: only its adoption (أقر، تبنى) is an event.
  {
    type: 'agreement',
    kind: 'agreement',
    forms: '(?:اتفاق(?:ا|ه|هما|هم|ات|يه|يات)?|اتفاقي(?:ه|ات))(?! (?:وقف|مينسك|فيينا|جنيف))',
  },
  // Past and future only: the present ("يتفق الجانبان عليها") describes a proposal's clauses.
  { type: 'agreement', kind: 'agreement', forms: '(?:اتفق(?:ت|تا|ا|نا|وا)?|سيتفق(?:ان|ون)?)' },
  { type: 'agreement', kind: 'agreement', forms: '(?:اقرت|اقر|تبني|تبنت|يتبني)' },
  { type: 'agreement', kind: 'agreement', forms: 'خريطه طريق' },
  { type: 'agreement', kind: 'agreement', forms: 'مجموعه تنفيذ مشتركه' },
  // Ceasefires: start and end need a date of their own; "deadline to restore" comes from DEADLINE_OBJECTS.
  { type: 'ceasefire', kind: 'ceasefire-start', forms: `${TRUCE}(?: في \\S+)?،? (?:الساريه|ساريه)`, needsOwnDate: true },
  { type: 'ceasefire', kind: 'ceasefire-start', forms: `(?:سريان|بدء|دخول) ${TRUCE}`, needsOwnDate: true },
  { type: 'ceasefire', kind: 'ceasefire-end', forms: `(?:انهيار|انتهاء) ${TRUCE}`, needsOwnDate: true },
];

/** What a deadline date is the limit for; the closest object before the date wins. */
export interface DeadlineObject {
  type: EventType;
  topic: string;
  forms: string;
}

export const DEADLINE_OBJECTS: readonly DeadlineObject[] = [
  { type: 'deadline', topic: 'constitution', forms: '(?:مشروع )?دستور|جدول زمني' },
  { type: 'deadline', topic: 'elections', forms: 'انتخابات' },
  { type: 'deadline', topic: 'transition', forms: 'هييه انتقاليه|الانتقال السياسي' },
  {
    type: 'ceasefire',
    topic: 'ceasefire-restore',
    forms: `يعاد استكماله|(?:استعاده|استيناف|استرداد) (?:نظام )?${TRUCE}`,
  },
];

/** What an agreement is about; the closest topic after the trigger (within its scope) wins. */
export const AGREEMENT_TOPICS: readonly { topic: string; forms: string }[] = [
  { topic: 'draft-resolution', forms: 'مشروع قرار' },
  { topic: 'opposition-lists', forms: 'قايمه (?:المعارضه|الارهابيين)' },
  { topic: 'direct-talks', forms: 'مفاوضات مباشره|(?:ال)?حوار (?:ال)?مباشر' },
  { topic: 'constitution', forms: 'مشروع دستور|دستور' },
  { topic: 'accountability', forms: 'اليه (?:ل)?محاسبه' },
  { topic: 'joint-group', forms: 'مجموعه (?:تنفيذ|التنسيق|مشتركه)' },
  { topic: 'roadmap', forms: 'خريطه طريق' },
  { topic: 'truce', forms: TRUCE },
  { topic: 'terrorism', forms: 'داعش|النصره|(?:ال)?ارهاب(?:يين)?' },
];

/** Agreement topics further than this (in folded characters) after the trigger belong to something else. */
export const TOPIC_WINDOW = 140;

/**
 * Status and polarity cues, matched on whole folded tokens near a trigger.
 * `planned`: worded as intent or expectation. `skip`: negated or conditional, so nothing happened.
 */
export interface CueEntry {
  effect: 'planned' | 'skip';
  /** Where the cue must stand relative to the trigger, in tokens. */
  side: 'before' | 'after';
  window: number;
  /** Folded regex source matched against the tokens joined by single spaces. */
  forms: string;
}

export const STATUS_CUES: readonly CueEntry[] = [
  { effect: 'skip', side: 'before', window: 5, forms: 'لم|لن|لا|ليس|ليست|عدم|دون|بدون|اذا|لو|حال|طاوله' },
  // An agreement that was only discussed ("بحثا الأسبوع الماضي اتفاقا") was not reached.
  { effect: 'skip', side: 'before', window: 3, forms: 'بحث|بحثا|بحثت|يبحث|يبحثان|ناقش|ناقشا|مناقشه' },
  // "Such an agreement" ("التوصل إلى مثل هذا الاتفاق سيسمح …") speaks of one in general, not of one reached.
  { effect: 'skip', side: 'before', window: 3, forms: 'مثل' },
  {
    effect: 'planned',
    side: 'before',
    window: 5,
    forms:
      'سوف|يتوقع|تتوقع|يتوقعان|تتوقعان|المتوقع|يعتزم|تعتزم|يقترح|تقترح|سيقترح|مقترح|اقتراح|اقتراب|' +
      'يجب|يتعين|ينبغي|نامل|يامل|تامل|للتوصل|لابرام|ابرام|يريد|تريد|تريدان|وسيتوقف|سيتوقف|ندعم',
  },
  { effect: 'planned', side: 'after', window: 3, forms: 'وشيك|مرتقب|المرتقب|المزمع|المقرر|قد' },
];

/**
 * Where the participants of an event noun stop. Reported speech and wishes ("أكد أن …", "ووفقا
 * لكيربي", "نأمل أن") open a clause whose speaker reports a meeting without taking part in it
 * (but is a party to the agreement he announces); the other breaks open a clause about something else. Folded regex
 * sources, matched on whole words.
 */
export const SPEECH_BREAKS =
  '(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعلن|اعلنت|اشار|اشارت|اعتبر|ذكر|ذكرت|تابع|شدد|اوضح|كشف|راي)(?: \\S+)? (?:ان|انه|انها|الي ان)|' +
  '(?:وفقا|طبقا|حسب|بحسب) \\S+|قايلا|مضيفا|مشيرا|موضحا|موكدا|(?:نامل|يامل|تامل) ان';
export const CLAUSE_BREAKS = 'في حين|بينما|اذ|بالاضافه الي|كمقدمه';

/**
 * Sentences that recap background ("يذكر أن …", "يشار إلى أن …"): an undated event in them is
 * not the day's news and gets no date from the article's context. Folded, at sentence start.
 */
export const BACKGROUND_OPENERS = '^[وف]?(?:يذكر|يشار|يجدر بالذكر|تجدر الاشاره)';

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
export const PARTNER_CUES = 'مع|الوزيران|الجانبان|الطرفان|البلدان';

/**
 * A word right after an event noun that makes it one more of those its sentence tells ("كما عقد
 * لقاء آخر"): a separate event, never folded into the ones before it, and one between the same
 * participants as the first of them when it names none of its own. Folded.
 */
export const ANOTHER = 'اخر|اخري';

/** A trigger written in the future (سـ + verb) reads as planned whatever stands around it. */
export const FUTURE_TRIGGER = /^(?:و|ف)?س[يتن]/;
