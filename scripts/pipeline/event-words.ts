/**
 * The words around an event trigger that tell how to read it: who else took part ("بين"، "مع"),
 * how many sides met, whether a statement was joint, and where the event stands among others
 * ("خلاله"، "بعدما"). Folded regular expressions, read by events.ts; `pairedDay`, which reads the
 * original body; and the readings of a trigger's neighbours: `sequenceBefore`, `frameBefore`,
 * `partnersOfJointBefore`.
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import { ANOTHER, CLOSING_FRAMES, FRAME_BEFORE, SEQUENCE_BEFORE, SEQUENCE_PHASES } from '../tables/trigger-context.ts';
import { publicType } from '../tables/triggers.ts';
import type { TriggerHit } from './find-triggers.ts';
import type { DateMention } from './types.ts';
import { firstAtLeast } from './search.ts';
import { LETTER } from './words.ts';

/**
 * Negotiations "between" two sides, said right after the word, are a meeting ("مفاوضات بين
 * الحكومة والمعارضة", "مفاوضات مباشرة بين"); "with" someone, or sides named further on, a process.
 */
export const BETWEEN_PATTERN = /^(?: [^ ]+)? بين(?![^ ])/;
/** The sides each scale word counts. */
export const SIDES_OF_SCALE: Readonly<Record<string, number>> = { 'ثنايي': 2, 'ثلاثي': 3, 'رباعي': 4, 'خماسي': 5, 'سداسي': 6 };
/** How many sides the event word says met, right after it (or after one word: "لقاء مغلق ثنائي"). */
export const SCALE_PATTERN = new RegExp(`^(?: [^ ]+)? (?:ال)?(ثنايي|ثلاثي|رباعي|خماسي|سداسي|موسع)(?:ا|ه)?(?![${LETTER}])`);
/** "مع" or "بين" within two words after a statement: a joint one, whose other speakers follow. */
export const JOINT_PATTERN = /^(?: [^ ]+){0,2}? (?:مع|بين)(?![^ ])/;
/** "مشترك" in a press conference's name: given with the others, who need not be named. */
export const JOINT_WORD = / (?:ال)?مشترك/;
/** What is said of an agreement that it still stands: "لا يزال حيا"، "ما زال قائما"، "لم يمت"، "صامد". Folded. */
export const STILL_STANDS = /^(?: (?:الذي|التي)(?: [^ .،]+){1,6}?)?(?: [^ .،]+){0,2}? [«"“]?(?:(?:(?:لا|ما) (?:يزال|تزال|زال|زالت) )?(?:حيا|حي|قايما|قايم|قايمه|ساريا|ساري|ساريه|صامدا|صامد|صامده|صالحا|صالح|نافذا|نافذ)|لم (?:يمت|تمت|ينته|تنته|ينهر|تنهر))(?![^ .،»"”])/;
/** Said of "the agreement", that it is near or possible, not reached: "إن الاتفاق ممكن خلال أيام"، "الاتفاق بات قريبا". Folded. */
export const NEAR_NOW = /^(?: [^ .،]+)? (?:(?:بات|اصبح|صار|لم يعد) )?(?:ممكن|ممكنا|محتمل|محتملا|قريب|قريبا|وشيك|وشيكا|بعيد|بعيدا)(?![^ .،])/;
/** Said of an agreement noun, that it has been reached: "الاتفاق أنجز"، "الاتفاق تم التوصل إليه"، "الاتفاق أبرم". Folded. */
export const REACHED_NOW = /^(?: [^ .،]+)? (?:قد )?(?:انجز|ابرم|اكتمل|تم (?:ال)?(?:توصل|ابرام|انجاز|توقيع))(?![^ .،])/;
/** "the same format" right before the event's clause: the parties of the meeting just told. Folded. */
export const SAME_FORMAT = /(?:^|\s)(?:ال)?(?:صيغه|تشكيله)(?:\s\S+)?\s(?:نفسها|ذاتها)\s(?:التي\s)?[^\s،,.]*$/;
/** The end of a sequence phrase ("عقب انتهاء الجلسات،"): what follows is the main clause. */
export const PHRASE_END = /[،,؛]/;
/** A meeting right after "على": what was agreed is to meet. Folded. */
export const TO_MEET = /^(?:عقد )?(?:ال)?(?:اجتماع|لقاء|جوله|قمه)(?:ا|ين|ات)?(?![^ .،,])/;
/** "Separate" right after a meeting word ("لقاءات منفصلة", "كل على حدة"). Folded. */
export const SEPARATELY = /^ (?:منفصله|منفصلين|منفرده|ثناييه منفصله)(?![^ ])|^(?: [^ ]+){0,6}? كل علي حده/;
/** A meeting word in the dual, or followed by "مرتين" (twice). Folded. */
export const TWICE = /^(?:(?:لقاء|اجتماع|جولت)(?:ين|ان)(?![^ ])| ?[^ ]* مرتين(?![^ ]))/;

/** An agreement reached in the meeting after it ("في محادثات بين لافروف وكيري"), not one it agreed to hold ("على أن يلتقوا"). Folded. */
const HELD_IN = /(?:^|\s)(?:في|خلال|اثناء)\s(?:ال)?$/;
/** "بعد عشرة أيام من اجتماع": a meeting told as a time before or after, not the one an agreement was made at. Folded. */
const SPAN_FROM = /(?:^|\s)(?:بعد|قبل|منذ)(?:\s\S+){0,3}\s(?:من|علي)\s(?:ال)?$/;

/**
 * The event is told as a span of time before or after another ("بعد ساعات من اجتماع"); `days`: of
 * days or more ("بعد عشرة أيام من اجتماع"), so not on the day of the one it is told from.
 */
export function toldAsTime(folded: FoldedText, t: TriggerHit, days = false): boolean {
  const before = folded.text.slice(Math.max(0, t.fstart - t.proclitic.length - 24), t.fstart - t.proclitic.length);
  return (days ? DAYS_FROM : SPAN_FROM).test(before);
}
const DAYS_FROM = /(?:^|\s)(?:بعد|قبل|منذ)(?:\s\S+)?\s(?:ايام|يومين|يوما|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)\s(?:من|علي)\s(?:ال)?$/;

/** A vote told "في جلسة عقدها بعد ظهر أمس" took place at the session right after it (`next`), on its day. */
export function votedAtSession(folded: FoldedText, vote: TriggerHit, next: TriggerHit | undefined): boolean {
  return vote.entry.kind === 'vote' && next?.entry.type === 'meeting' && madeAt(folded, vote, next, -1);
}

/**
 * The agreement was made at the meeting after it in its sentence: the meeting stands before what
 * it is on (`on`, the offset of "على" after the agreement, or -1) or right after "في", "خلال".
 */
export function madeAt(folded: FoldedText, agreement: TriggerHit, meeting: TriggerHit, on: number): boolean {
  if (toldAsTime(folded, meeting)) return false;
  return (on >= 0 && meeting.fstart < agreement.fend + on) || HELD_IN.test(folded.text.slice(Math.max(0, meeting.fstart - meeting.proclitic.length - 8), meeting.fstart));
}

/** "أصدروا خلاله", "توصلوا في ختامه": an agreement right after its verb told as reached during the meeting before it. Folded. */
export const DURING_IT = /^ (?:خلال|في ختام|في نهايه)(?:ه|ها)(?![^ .،])/;

/** "بعدما", "بعد أن" right before a verb: what it tells came before the news. Folded. */
export const AFTER_THAT = /(?:بعدما|بعد ان|اثر|عقب) $/;

/** The dual and plural possessive pronouns, at the end of a folded noun. */
export const THEIR = /(?:هما|هم)$/;

/** A call word in the dual: "اتصالين هاتفيين"، "مكالمتين". Folded. */
export const TWO_CALLS = /^(?:اتصال|مكالمت|محادثت)(?:ين|ان)(?![^ ])/;
/** A meeting word in the plural or the dual: "اجتماعات"، "لقاءين"، "جولتان". Folded. */
export const PLURAL_MEETING = /(?:ات|اتها|اته|ين|ان)$/;

/** The resolved day joined to `first` by "و" alone ("في 30 أكتوبر و14 نوفمبر"), in the original body. */
export function pairedDay(body: string, mentions: readonly DateMention[], first: DateMention): DateMention | undefined {
  const next = mentions.find((m) => m.start >= first.end);
  return next?.value && /^\s*و\s*$/.test(body.slice(first.end, next.start)) ? next : undefined;
}

/**
 * Sequence words between a joint statement and its partners ("في مؤتمر صحفي مشترك عقب الاجتماع مع
 * نظيره"): the partners after the trigger `i` are the statement's, and its meeting the one told.
 */
export function partnersOfJointBefore(folded: FoldedText, triggers: readonly TriggerHit[], i: number, afterTrigger: string): boolean {
  const before = triggers[i - 1];
  return before !== undefined && publicType(before.entry) === 'statement' && JOINT_WORD.test(folded.text.slice(before.fstart, before.fend))
    && JOINT_PATTERN.test(folded.text.slice(before.fend, triggers[i].fend + 4)) && afterTrigger.startsWith(' مع ');
}

/** "على هامش اجتماع", "في ختام اجتماع": the trigger frames the event before it, at its close or beside it. */
export function frameBefore(folded: FoldedText, trigger: TriggerHit): 'closing' | 'margin' | undefined {
  const word = FRAME_PATTERN.exec(folded.text.slice(Math.max(0, trigger.fstart - trigger.proclitic.length - 12), trigger.fstart - trigger.proclitic.length))?.[1];
  return word === undefined ? undefined : CLOSING_FRAMES.includes(word) ? 'closing' : 'margin';
}
const wordEnding = (source: string) => new RegExp(`(?:^|[^${LETTER}])[وف]?(?:ب|ل|ك)?(?:ال)?(${source})\\s+$`);
const FRAME_PATTERN = wordEnding(FRAME_BEFORE);
const SEQUENCE_PATTERN = new RegExp(`(?:^|[^${LETTER}])[وف]?(?:ب|ل|ك)?(?:ال)?(${SEQUENCE_BEFORE})(?:\\s+(?:${SEQUENCE_PHASES}))?\\s+$`);

/** Folded characters before a trigger where its sequence word and the phase after it stand. */
const SEQUENCE_REACH = 24;

/** The sequence word right before the trigger (and its proclitics, and a phase: "قبل انطلاق"), folded: "غداه" in "غداة لقاء رباعي". */
export function sequenceBefore(folded: FoldedText, trigger: TriggerHit): string | undefined {
  // A truce told by two mechanics around its noun stands where its first one does: "غداة دخول الهدنة … حيز التنفيذ".
  const at = trigger.opener && trigger.noun ? firstAtLeast(folded.offsets, trigger.noun.start, folded.offsets.length - 1) : trigger.fstart - trigger.proclitic.length;
  const word = SEQUENCE_PATTERN.exec(folded.text.slice(Math.max(0, at - SEQUENCE_REACH), at))?.[1];
  // A span of hours or days before or after is told of meetings; of an agreement it is the one told.
  return word?.includes(' ') && trigger.entry.type !== 'meeting' ? undefined : word;
}

/** The trigger is "another" one ("لقاء آخر"). */
export function isAnother(folded: FoldedText, trigger: TriggerHit): boolean {
  ANOTHER_PATTERN.lastIndex = trigger.fend;
  return ANOTHER_PATTERN.test(folded.text);
}

/** "آخر" as the word right after a trigger; sticky, so it is tried at one position only. */
const ANOTHER_PATTERN = new RegExp(` (?:${ANOTHER})(?![${LETTER}])`, 'y');
