/**
 * Which of a sentence's triggers tell an event of their own. A trigger is dropped when it names an
 * agreement or truce as a reference ("مهلة لتطبيق الهدنة"), when it is the agreement on what a
 * truce does (that truce is the event), when it is what an agreement is on ("اتفقوا على بيان
 * ختامي": one agreement), when a verb only describes the meeting noun before it, or when an
 * announcement announces an event the sentence tells; agreeing to keep talking is talk.
 *
 * Takes the folded body, the sentence's triggers in text order and its end; gives the triggers
 * that stand, and the truces whose agreement was dropped: they are told with its day.
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import { type TriggerEntry } from '../tables/triggers.ts';
import { CONCLUDED_WITH, REACHED_BEFORE, REFERENCE_PROCLITIC, REFERENCE_TYPES, RESULT_NOUNS } from '../tables/trigger-context.ts';
import { agreesToKeepTalking } from './cues.ts';
import { REACHED_NOW } from './event-words.ts';
import type { TriggerHit } from './find-triggers.ts';
import { withoutSetOffRelatives } from './participants.ts';
import { referenceOnly } from './topics.ts';

/** What an agreement to keep talking tells: a discussion, the meeting or call its sentence names if any. */
export const TALKED: TriggerEntry = { type: 'meeting', kind: 'discussion', forms: '', verb: true };

export function ownTriggers(folded: FoldedText, triggers: readonly TriggerHit[], sentence: { fend: number }): { own: TriggerHit[]; agreedOn: Set<TriggerHit> } {
  const agreedOn = new Set<TriggerHit>();
  const told = triggers.filter((t, i) => {
    // A saying is its sentence's event when the sentence tells no other: a reference to one is none
    // ("قال أوباما أمس إن روسيا لم تلتزم بالاتفاق"), nor is "the agreement" only judged ("أكد كيري أمس أن الاتفاق قابل للتطبيق").
    if (t.entry.saysOnly && triggers.some((o) => o !== t && !o.entry.saysOnly && !isReference(folded, o) && !judgedOnly(o, folded.text.slice(o.fend, sentence.fend)))) return false;
    if (isReference(folded, t)) return false;
    const truce = truceAgreedOn(folded, t, triggers.slice(i + 1));
    if (truce) agreedOn.add(truce);
    return truce === undefined;
  })
    // Agreeing to keep talking agrees on nothing; said with a verb and its subject ("اتفق الوزراء
    // على مواصلة التشاور") it tells that they talked.
    .flatMap((t) => (!agreesToKeepTalking(folded, t, sentence) ? [t] : t.entry.verb ? [{ ...t, entry: TALKED }] : []))
    .filter((t, i, all) => !(t.entry.describesNoun && i > 0 && describes(folded, all[i - 1], t)))
    // Talks held by phone or video ("محادثات عبر الهاتف"، "اجتمعا عبر الفيديو") are the call; video
    // with no talks right before it ("كلمة عبر الفيديو") is no event.
    .filter((t, i, all) => t.entry.medium !== 'video' || (i > 0 && !all[i - 1].entry.medium && all[i - 1].entry.type === 'meeting' && heldBy(folded, all[i - 1], t)))
    .filter((t, i, all) => !(t.entry.type === 'meeting' && !t.entry.medium && all[i + 1]?.entry.medium && heldBy(folded, t, all[i + 1])))
    // The talks a discussion is about ("بحث كيري ترتيبات المفاوضات مع نظيره السعودي") are its
    // subject, not talks of their own that would take its partner.
    .filter((t, i, all) => !(i > 0 && all[i - 1].entry.kind === 'discussion' && discussedTalks(folded, all[i - 1], t)))
    // What an agreement is on or reaches, when it is itself an agreement word ("اتفقوا على بيان
    // ختامي", "توصلا إلى اتفاق"), is that agreement.
    .filter((t, i, all) => !(t.entry.type === 'agreement' && all.slice(0, i).some((a) => a.entry.type === 'agreement' && AGREEMENT_OBJECT.some((o) => o.test(withoutSetOffRelatives(folded.text.slice(a.fend, t.fstart)))))));
  // "ثم مع X": the verb left out is that of the meeting or call told just before, or nothing was told.
  const elided = told.flatMap((t, i): TriggerHit[] => {
    if (!t.entry.elided) return [t];
    const before = told[i - 1];
    const contact = before !== undefined && (before.entry.type === 'meeting' || before.entry.type === 'call') && (before.entry.verb === true || before.entry.kind === 'call');
    return contact ? [{ ...t, entry: { ...before.entry, needsOwnDate: true, elided: true } }] : [];
  });
  // An announcement of what the sentence tells as an event is that event ("أعلنت واشنطن وموسكو
  // أمس التوصل إلى اتفاق"), and must not take its date; one followed by another clause ("أعلن
  // بوتين مساء الاثنين سحب قواته، وأبلغ الأسد بالقرار في اتصال هاتفي") stays a statement.
  // "The agreement" only judged in the words ("قال تونر مساء أمس إن الاتفاق تطور إيجابي") is no
  // event told: the saying stays a statement.
  const own = elided.filter((a) => !a.entry.speakerAfter || !elided.some((t) => announces(folded, a, t) && !referenceOnly(t, folded.text.slice(t.fend, sentence.fend))));
  return { own, agreedOn };
}

const ONE_WORD_AT_MOST = /^(?: [^ .،]+)? $/;
const TWO_WORDS_AT_MOST = /^(?: [^ .،]+){0,2} $/;
const TALKS_NOUN = /^(?:محادثات|مفاوضات|مباحثات)$/;
/** A talks noun up to two words after a verb of discussing ("بحثا سبل استئناف المفاوضات"): what was discussed. */
const discussedTalks = (folded: FoldedText, discussion: TriggerHit, talks: TriggerHit) =>
  discussion.entry.verb === true && !talks.entry.verb && TALKS_NOUN.test(folded.text.slice(talks.fstart, talks.fend))
  && TWO_WORDS_AT_MOST.test(folded.text.slice(discussion.fend, talks.fstart - talks.proclitic.length));
/** The medium stands right after the talks, a word between at most ("محادثاتهما عبر الفيديو"، "اجتماعا مغلقا عبر الهاتف"). */
const heldBy = (folded: FoldedText, talks: TriggerHit, medium: TriggerHit) => ONE_WORD_AT_MOST.test(folded.text.slice(talks.fend, medium.fstart - medium.proclitic.length));

/** An agreement or truce named as a purpose or a frame ("مهلة لتطبيق الهدنة"), unless it is reached ("التوصل لاتفاق"). */
function isReference(folded: FoldedText, t: TriggerHit): boolean {
  // An agreement that comes into force ("دخل اتفاق وقف إطلاق النار حيز التنفيذ") is its truce starting, reached before.
  if (t.entry.type === 'agreement' && IN_FORCE_BEFORE.test(folded.text.slice(Math.max(0, t.fstart - t.proclitic.length - 16), t.fstart - t.proclitic.length))) return true;
  // What is said of an agreement's fate or terms ("حاسما لمصير التفاهمات"، "تفاصيل الاتفاق") names one reached before.
  if (t.entry.type === 'agreement' && OF_AGREEMENT_BEFORE.test(folded.text.slice(Math.max(0, t.fstart - t.proclitic.length - 12), t.fstart - t.proclitic.length))) return true;
  if (!REFERENCE_TYPES.includes(t.entry.type) || !REFERENCE_PROCLITIC.test(t.proclitic)) return false;
  const before = t.fstart - t.proclitic.length;
  if (t.proclitic.endsWith('ب') && CONCLUDED_WITH.test(folded.text.slice(Math.max(0, before - CONCLUDED_REACH), before))) return false;
  if (REACHED_AFTER.test(folded.text.slice(t.fend, t.fend + 80))) return false;
  return !REACHED_BEFORE.test(folded.text.slice(Math.max(0, before - 60), before));
}
/** "The agreement" only judged, not told as done ("أن الاتفاق أنجز في ساعة متأخرة" tells it was reached). */
function judgedOnly(t: TriggerHit, afterTrigger: string): boolean {
  return referenceOnly(t, afterTrigger) && !REACHED_NOW.test(afterTrigger);
}

/** A verb or noun of coming into force right before the agreement it is said of. Folded. */
const IN_FORCE_BEFORE = /(?:^|\s)[وف]?(?:دخل|دخلت|يدخل|تدخل|سيدخل|ستدخل|دخول|سريان|بدء سريان|بدا سريان|يبدا سريان|بدء تطبيق|بدا تطبيق|تطبيق|تنفيذ) $/;
const OF_AGREEMENT_BEFORE = /(?:^|\s)[وف]?(?:ب|ل|ك)?(?:ال)?(?:مصير|مستقبل|تفاصيل|بنود|نص|نصوص) $/;
/** "للاتفاق الذي توصل إليه الجانبان يوم الجمعة الماضي": a clause telling the day it was reached makes it an event. Folded. */
const REACHED_AFTER = /^ (?:[^ .،]+ )?(?:الذي (?:تم |جري )?(?:التوصل|توصل|توصلت|توصلا|وقع|وقعه|وقعته|ابرم|ابرمه)|(?:ال)?(?:موقع|مبرم)) (?:[^ .،]+ ){0,8}?(?:يوم|في|مساء|صباح|ليل|امس|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)(?=[ .،,؛]|$)/;
/** How far before an agreement word led by ب a verb of concluding is looked for, in folded characters. */
const CONCLUDED_REACH = 120;

/**
 * "اتفقا على تمديد الهدنة": agreeing on what a ceasefire does is that ceasefire event, whose
 * parties are the agreement's (its subject stands before it). The agreement is not told apart.
 * The subject and how they agreed may stand between ("اتفق الوزيران في اتصال هاتفي مساء أمس على
 * تمديد الهدنة", "على هامش اجتماع فيينا"): what they agreed on is what follows the first other "على".
 */
function truceAgreedOn(folded: FoldedText, t: TriggerHit, later: readonly TriggerHit[]): TriggerHit | undefined {
  if (t.entry.type !== 'agreement') return undefined;
  const truce = later.find((n) => n.entry.type === 'ceasefire');
  return truce && ON_CEASEFIRE.test(folded.text.slice(t.fend, truce.fstart)) ? truce : undefined;
}
/** Not across a relative pronoun: "إعلان موسكو الذي تعهدت فيه الدول الثلاث بالعمل على توسيع وقف إطلاق النار" is a declaration of its own. */
const ON_CEASEFIRE = /^ (?:علي هامش |(?!علي |الذي |التي )[^ ،,.؛]+ ){0,14}علي (?:[وف]?(?:ب|ل)?)?$/;
/** An agreement word right after another's "على" or "إلى" is its object: the same agreement. Folded. */
const AGREEMENT_OBJECT = [ON_CEASEFIRE, /^ (?:الي )?(?:ل|لل|ال)?$/];

/** The verb describes the meeting noun right before it ("جلسة صباحية جمعته بنظيره"): a few words between, no clause break. */
function describes(folded: FoldedText, noun: TriggerHit, verb: TriggerHit): boolean {
  return noun.entry.type === verb.entry.type && NOUN_GAP.test(folded.text.slice(noun.fend, verb.fstart));
}
const NOUN_GAP = /^ (?:[^ ،,.؛:]+ ){0,3}$/;

/** Whether event `t` is what announcement `a` announces: told after its verb, in its clause (up to the next comma or semicolon). */
function announces(folded: FoldedText, a: TriggerHit, t: TriggerHit): boolean {
  const between = folded.text.slice(a.fend, t.fstart - t.proclitic.length);
  return !a.entry.judges && !t.entry.speakerAfter && t.fstart > a.fstart && !CLAUSE_END.test(between) && !RESULTS_OF.test(between);
}
/** "رحبت الكويت اليوم بنتائج اجتماعات فيينا": the results of an event told before, which the verb judges, not announces. Folded. */
const RESULTS_OF = new RegExp(`(?:^| )[وف]?(?:ب|ل)?(?:ال)?(?:${RESULT_NOUNS}) $`);
const CLAUSE_END = /[،,؛;]/;

/** Whether event `t` is told in the words statement `a` gives: after it, past the complementiser that opens them. */
export function reports(folded: FoldedText, a: TriggerHit, t: TriggerHit): boolean {
  return t !== a && t.fstart > a.fend && !t.entry.sourceOfReport && REPORTED_OPENS.test(folded.text.slice(a.fend, t.fstart));
}
const REPORTED_OPENS = /(?:^|[ ،,])(?:ان|انه|انها|انهما|بان|بانه)(?= )/;
