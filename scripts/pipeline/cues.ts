/**
 * What the words around a trigger say became of it: nothing (negated, only discussed, a
 * possibility), a plan, a near miss, a postponement, a cancellation or a suspension; whether the
 * sentence is a conditional from some point on; and whether it is about something other than
 * Syria altogether.
 *
 * Takes folded text and folded offsets; gives the effect. The tables are `STATUS_CUES`,
 * `CONDITIONALS` in scripts/tables/triggers.ts, `OFF_TOPICS` and `SYRIA_ANCHORS` in scripts/tables/topics.ts.
 *
 * Deliberately not done: turning an effect into a status (events.ts does, by event type).
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
import {
  AGREED_TO, CONDITIONALS, CUE_STRENGTH, KEEP_TALKING_NEED, KEEP_TALKING_VERBS, KEEP_TALKING_WORDS, PURPOSE_LEADS, PURPOSE_MASDARS, STATUS_CUES,
  type CueEffect, type CueEntry,
} from '../tables/status-cues.ts';
import { OFF_TOPICS, SYRIA_ANCHORS } from '../tables/topics.ts';
import { PRESENT_VERB } from '../tables/trigger-context.ts';
import { publicType } from '../tables/triggers.ts';
import { JOIN_VERBS } from '../tables/coreference.ts';
import { AHEAD_VERBS, FAILED_VERBS, FUTURE_LOOKALIKES, HELD_AHEAD_AFTER, MAY_PARTICLE, NOT_HELD_AFTER } from '../tables/tense.ts';
import type { TriggerHit } from './find-triggers.ts';
import { allMatches } from './matches.ts';
import { toFolded } from './participants.ts';
import { afterLastMark, LETTER, TOKEN, wordsPattern } from './words.ts';

/** Characters around a trigger read for cues: comfortably more than the widest window of tokens. */
const CUE_REACH = 16 * Math.max(...STATUS_CUES.map((c) => c.window));
const CUE_PATTERNS = STATUS_CUES.map((c) => ({
  ...c,
  pattern: new RegExp(`^[وف]?(?:${c.forms})$`),
  unlessPattern: c.unless ? new RegExp(`^[وف]?(?:${c.unless})$`) : undefined,
  unlessAfterPattern: c.unlessAfter ? new RegExp(`^(?:(?:التي|الذي) )?(?:[^ ]+ )?(?:${c.unlessAfter})(?![^ ])`) : undefined,
}));
/** Words after the trigger read for `unlessAfter`: a relative pronoun, an adjective, the verb. */
const UNLESS_AFTER_TOKENS = 3;
/** A preposition right before the trigger: the trigger is an object, not a subject. */
const PREPOSITION = /^(?:عن|الي|علي|ب|في|من)$/;
const CONDITIONAL = wordsPattern(CONDITIONALS);
/** "على عقد", "لإجراء" right before a meeting word: one to be held. */
const PURPOSE = new RegExp(`(?:^|[^${LETTER}])[وف]?(?:(?:${PURPOSE_LEADS})\\s+|ل)(?:${PURPOSE_MASDARS})\\s+$`);
/** Folded characters before a meeting word searched for the verb of agreeing that leads to it. */
const AGREED_REACH = 100;
/** "اتفقا على لقاء جديد"، "على عقد اجتماع": the meeting word is what was agreed on, within a clause of the verb. Folded, the text before the trigger. */
const AGREED_TO_MEET = new RegExp(`(?:^|[^${LETTER}])[وف]?(?:${AGREED_TO})(?: [^ .؛]+){0,10}? علي (?:(?:عقد|اجراء) )?$`);
/**
 * Where the clause of the verb of agreeing that leads to a meeting word starts ("واتفق كيري ولافروف
 * خلال اتصال هاتفي اليوم على الاجتماع"), folded, or -1: its subject names the meeting's parties.
 */
export function agreedToMeetFrom(folded: FoldedText, trigger: TriggerHit, sentenceStart: number): number {
  const wordStart = trigger.fstart - trigger.proclitic.length;
  const from = Math.max(sentenceStart, wordStart - AGREED_REACH);
  const lead = folded.text.slice(from, wordStart);
  const m = AGREED_ON_END.test(lead) ? AGREED_TO_MEET.exec(lead) : null;
  return m ? from + m.index : -1;
}
/** Only a lead ending in "على" (and "عقد"/"إجراء") can be agreed on; the test saves the longer pattern on every other meeting word. */
const AGREED_ON_END = / علي (?:(?:عقد|اجراء) )?$/;
/** The words before a meeting word name it as one to be held: "على عقد", "لإجراء", "اتفقا على". */
function plannedByLead(lead: string): boolean {
  return PURPOSE.test(lead.slice(-24)) || (AGREED_ON_END.test(lead) && AGREED_TO_MEET.test(lead));
}
/** A stem with the article and the endings the tables leave to the matcher. */
const stems = (source: string) =>
  new RegExp(`(?<![${LETTER}])[وف]?(?:ب|ل|بال|لل|ال)?(?:${source})(?:ه|ي|يه|يا|يين|يون|ات|ا)?(?![${LETTER}])`, 'g');
const OFF_TOPIC = stems(OFF_TOPICS);
const SYRIA = stems(SYRIA_ANCHORS);

/** The last comma or semicolon before a trigger that opens a clause with و or ف. Folded. */
const NEW_CLAUSE = /[،,؛](?=\s*[وف][^\s،,؛]*\s(?:(?![،,؛]).)*$)/;
/** A comma right before the trigger, whose proclitic و opens the clause. Folded. */
const OWN_CLAUSE = /[،,؛]\s*$/;

/** "أو", folded, and how many tokens before a trigger it may stand to join it to what came before ("أو إصدار بيان"). */
const OR_WORD = 'او';
const OR_REACH = 2;

/** The strongest cue effect around the trigger, or null. */
export function cueAround(folded: FoldedText, sentence: CueScope, trigger: TriggerHit, dated: boolean): CueEffect | null {
  // Before the word with its proclitics: "نتائج المشاورات" reads نتائج, not the article ال.
  const wordStart = trigger.fstart - trigger.proclitic.length;
  // A cue does not reach back across a comma opening another coordinated clause ("إن الاتفاق لم
  // يمت، وإنه سيلتقي نظيره": the negation is the first clause's).
  const reach = Math.max(sentence.fstart, wordStart - CUE_REACH);
  const reached = folded.text.slice(reach, wordStart);
  // The و opening the clause may be the trigger's own ("…، واتفقت المجموعة").
  const clauseOpen = /^[وف]/.test(trigger.proclitic) && OWN_CLAUSE.test(reached) ? reached.search(OWN_CLAUSE) : reached.search(NEW_CLAUSE);
  const from = clauseOpen < 0 ? reach : reach + clauseOpen + 1;
  const to = Math.min(sentence.fend, trigger.fend + CUE_REACH);
  // A window cut mid-word would count the word's tail as a token.
  const cut = clauseOpen < 0 && wordStart - CUE_REACH > sentence.fstart;
  const plain = { before: windowOf(folded.text.slice(from, wordStart), cut, 'before'), after: windowOf(folded.text.slice(trigger.fend, to), false, 'after') };
  // Read only when some cue asks for it: blanking the names and dates costs more than the cues.
  let outcomeWindows: typeof plain | undefined;
  const outcome = () => {
    if (outcomeWindows) return outcomeWindows;
    const blanked = sentenceWithoutNamesAndDates(folded, sentence);
    return (outcomeWindows = {
      before: windowOf(blanked.slice(from - sentence.fstart, wordStart - sentence.fstart), cut, 'before'),
      after: windowOf(blanked.slice(trigger.fend - sentence.fstart, to - sentence.fstart), false, 'after'),
    });
  };
  const present = trigger.entry.verb === true && PRESENT_VERB.test(folded.text.slice(trigger.fstart, trigger.fend));
  let effect: CueEffect | null = trigger.entry.type === 'meeting' && plannedByLead(folded.text.slice(Math.max(sentence.fstart, wordStart - AGREED_REACH), wordStart)) ? 'planned' : null;
  CUE_PATTERNS.forEach((cue, i) => {
    if ((cue.types && !cue.types.includes(trigger.entry.type)) || (cue.notStatements && publicType(trigger.entry) === 'statement')) return;
    if ((cue.presentVerb && !present) || (cue.undatedOnly && dated)) return;
    if (effect !== null && CUE_STRENGTH.indexOf(effect) <= CUE_STRENGTH.indexOf(cue.effect)) return;
    const bit = 1 << i;
    let between: string[];
    // An outcome reaches past the verb's subject and the day; a negation or a plan word does not
    // ("لم تلتق الدول الأربع … منذ الاجتماع" does not negate the meeting).
    const { tokens, bits } = (OUTCOMES.has(cue.effect) ? outcome() : plain)[cue.side];
    if (cue.side === 'before') {
      // The last `window` tokens before the trigger (all of them for a window of 0, as `slice(-0)`),
      // counted from an "أو" just before it: a cue governs both things it joins ("دون التوصل إلى
      // اتفاق أو إصدار بيان مشترك").
      const or = tokens.lastIndexOf(OR_WORD);
      const end = or >= tokens.length - OR_REACH ? or : tokens.length;
      const first = cue.window > 0 ? Math.max(0, end - cue.window) : 0;
      let at = tokens.length - 1;
      while (at >= first && !(bits[at] & bit)) at--;
      if (at < first) return;
      between = tokens.slice(at + 1);
      // "قد تعلق واشنطن محادثاتها": an outcome that may come is no outcome, and no event yet.
      if (OUTCOMES.has(cue.effect) && tokens[at - 1] === MAY_PARTICLE && PRESENT_VERB.test(tokens[at])) {
        effect = 'skip';
        return;
      }
    } else {
      const last = Math.min(tokens.length, cue.window);
      let at = 0;
      while (at < last && !(bits[at] & bit)) at++;
      if (at >= last) return;
      between = tokens.slice(0, at);
    }
    // The outcome verb takes the negation when the event is its subject ("لم يفضِ لقاء"), not
    // when the event is what it did not lead to ("دون أن يسفر عن تفاهم").
    if (cue.unlessPattern && between.some((t) => cue.unlessPattern!.test(t)) && !PREPOSITION.test(between.at(-1) ?? '')) return;
    if (cue.unlessAfterPattern?.test(plain.after.tokens.slice(0, UNLESS_AFTER_TOKENS).join(' '))) return;
    effect = cue.effect;
  });
  if (trigger.entry.type === 'meeting' && (effect === null || CUE_STRENGTH.indexOf(effect) > CUE_STRENGTH.indexOf('cancelled'))
    && NOT_HELD.test(` ${outcome().after.tokens.slice(0, NOT_HELD_WINDOW).join(' ')}`)) effect = 'cancelled';
  return effect;
}

type Offsets = { start: number; end: number };

/**
 * The tokens of a window and the cue patterns they match as bits: the cues test bits only. Bits
 * are worked out only for the tokens the widest window reaches from the trigger (`WIDEST_WINDOW`,
 * the last ones before it or the first ones after); the others stay 0, as no cue reads them.
 */
function windowOf(text: string, cutFirst: boolean, side: CueEntry['side']): { tokens: string[]; bits: number[] } {
  const tokens = text.match(TOKEN) ?? [];
  if (cutFirst) tokens.shift();
  const bits = new Array<number>(tokens.length).fill(0);
  const [first, last] = side === 'before' ? [Math.max(0, tokens.length - WIDEST_WINDOW), tokens.length] : [0, Math.min(tokens.length, WIDEST_WINDOW)];
  for (let i = first; i < last; i++) bits[i] = cueBits(tokens[i]);
  return { tokens, bits };
}
/** Tokens any cue reads on one side of a trigger; a window of 0 reads them all. */
const WIDEST_WINDOW = STATUS_CUES.some((c) => c.window === 0) ? Infinity : Math.max(...STATUS_CUES.map((c) => c.window));

/**
 * A verb in the future tense governs the event: before it in its clause ("ستعقد جولة جديدة من
 * المشاورات", "سيوقع الجانبان اتفاقا"), or after it with the event as its subject ("جولة من
 * مشاورات الخبراء الروس والأمريكيين ستعقد في جنيف"). Read when the text gives the event no day
 * of its own in the past; a future verb is سـ + ي/ت/ن + a stem, not a noun of that shape ("سياسة").
 * Names do not count as words between the verb and the event ("سيعقد وزراء مجموعة الدعم الدولية لسوريا اجتماعا").
 */
export function futureVerbGoverns(folded: FoldedText, sentence: CueScope, trigger: TriggerHit): boolean {
  const blanked = sentenceWithoutNamesAndDates(folded, sentence);
  const tokens = clauseTokensBefore(blanked, sentence, trigger);
  // A present verb after "أن" is what is not yet so ("لم تستبعد مصادر أن يعقد لافروف لقاء مع نظيره").
  const last = tokens.findLastIndex((t, k) => (FUTURE_VERB.test(t) && !FUTURE_NOUNS.has(t.replace(/^[وف]/, '')))
    || (k > 0 && SUBJUNCTIVE_LEAD.test(tokens[k - 1]) && PRESENT_STEM.test(t)));
  if (last >= 0 && !tokens.slice(last + 1).some((t) => PAST_SIGN.test(t))) return true;
  // The event's own verb in the present right after "أن" ("من المنتظر أن يستقبل دي ميستورا الوفد").
  if (trigger.entry.verb && tokens.length > 0 && SUBJUNCTIVE_LEAD.test(tokens.at(-1)!) && PRESENT_STEM.test(folded.text.slice(trigger.fstart, trigger.fend))) return true;
  const after = blanked.slice(trigger.fend - sentence.fstart, Math.min(sentence.fend, trigger.fend + FUTURE_REACH) - sentence.fstart);
  return HELD_AHEAD.test(after.split(/[،,؛;.]| (?:ان|بان|انه|انها) /)[0]);
}

/**
 * An imperfective verb of taking place or beginning (`AHEAD_VERBS`) right before the event noun,
 * with nothing of the past after it: told with the day of publication, the event is still ahead
 * ("تنطلق اليوم في لندن أعمال مؤتمر المانحين"، "يعقد مجلس الأمن اليوم جلسة طارئة").
 */
export function aheadVerbGoverns(folded: FoldedText, sentence: CueScope, trigger: TriggerHit): boolean {
  const tokens = clauseTokensBefore(sentenceWithoutNamesAndDates(folded, sentence), sentence, trigger);
  const last = tokens.findLastIndex((t) => AHEAD.has(t.replace(/^[وف]/, '')));
  return last >= 0 && !tokens.slice(last + 1).some((t) => PAST_SIGN.test(t));
}

/** The last words of the trigger's clause before it, names and dates blanked. */
function clauseTokensBefore(blanked: string, sentence: CueScope, trigger: TriggerHit): string[] {
  const wordStart = trigger.fstart - trigger.proclitic.length;
  const before = blanked.slice(Math.max(0, wordStart - FUTURE_REACH - sentence.fstart), wordStart - sentence.fstart);
  const clause = before.slice(afterLastMark(before, CLAUSE_MARKS));
  return (clause.match(TOKEN) ?? []).slice(-FUTURE_WINDOW);
}
const AHEAD: ReadonlySet<string> = new Set(AHEAD_VERBS.map(foldArabic));
const FUTURE_REACH = 80;
const FUTURE_WINDOW = 5;
const FUTURE_VERB = /^[وف]?س[يتن][\u0621-\u064A]{3,}$/;
const FUTURE_NOUNS: ReadonlySet<string> = new Set(FUTURE_LOOKALIKES.map(foldArabic));
const SUBJUNCTIVE_LEAD = /^[وف]?(?:ان|بان|لان)$/;
const PRESENT_STEM = /^[يت][\u0621-\u064A]{2,}$/;
/** A past verb or particle between the future verb and the event ends its reach ("سيبحث نتائج ما اتفق عليه"). */
const PAST_SIGN = /^[وف]?(?:كان|كانت|تم|جري|جرت|عقد|عقدت|اتفق|اتفقا|اتفقت)$/;
/** The last clause starts after the last of these: a comma, a semicolon or a full stop. */
const CLAUSE_MARKS = ['،', ',', '؛', ';', '.'];
/**
 * The event, then up to five words of its own, then a future verb of taking place ("وستعقد" begins
 * another clause, and so does what was said: "في مؤتمر صحفي اليوم إن الهدنة ستبدأ").
 */
const HELD_AHEAD = new RegExp(`^(?:\\s+\\S+){0,5}?\\s+(?:${HELD_AHEAD_AFTER})(?![\u0621-\u064A])`);

/** "المشاورات التي كانت مرتقبة في جنيف غدا الأربعاء لن تعقد": within this many words after the noun. */
const NOT_HELD_WINDOW = 14;
const NOT_HELD = new RegExp(` (?:${NOT_HELD_AFTER})$| (?:${NOT_HELD_AFTER}) `);
const OUTCOMES: ReadonlySet<CueEffect> = new Set(['cancelled', 'postponed', 'suspended']);

/** The sentence, with the names and dates it holds (original offsets), where it has them. */
interface CueScope {
  fstart: number;
  fend: number;
  hits?: readonly Offsets[];
  mentions?: readonly Offsets[];
}

/**
 * Folded text from `from` to `to` without the names and dates in it: in Arabic the verb comes
 * first, so its subject and the day stand between an outcome and the event it befalls ("علّق
 * المبعوث الأممي ستافان دي ميستورا مساء أمس الأربعاء المحادثات"), and the window counts the
 * words of the sentence, not the length of a name.
 */
function withoutNamesAndDates(folded: FoldedText, from: number, to: number, scope: CueScope): string {
  let text = folded.text.slice(from, to);
  for (const span of [...(scope.hits ?? []), ...(scope.mentions ?? [])]) {
    const a = toFolded(folded, span.start) - from;
    const b = toFolded(folded, span.end) - from;
    if (b <= 0 || a >= text.length) continue;
    text = text.slice(0, Math.max(0, a)) + ' '.repeat(Math.min(b, text.length) - Math.max(0, a)) + text.slice(Math.min(b, text.length));
  }
  return text;
}

/**
 * The whole sentence without its names and dates, worked out once for all its triggers: blanking
 * goes character by character, so a window cut from the blanked sentence is that window blanked.
 * Kept per scope object, which events.ts makes once per sentence.
 */
function sentenceWithoutNamesAndDates(folded: FoldedText, scope: CueScope): string {
  let text = BLANKED.get(scope);
  if (text === undefined) {
    text = withoutNamesAndDates(folded, scope.fstart, scope.fend, scope);
    BLANKED.set(scope, text);
  }
  return text;
}
const BLANKED = new WeakMap<CueScope, string>();

/** Which cue patterns a token matches, as bits; words repeat, so each is tested once. */
function cueBits(token: string): number {
  let bits = CUE_BITS.get(token);
  if (bits === undefined) {
    bits = CUE_PATTERNS.reduce((acc, cue, i) => (cue.pattern.test(token) ? acc | (1 << i) : acc), 0);
    CUE_BITS.set(token, bits);
  }
  return bits;
}
const CUE_BITS = new Map<string, number>();

/**
 * "اتفقا على مواصلة العمل", "اتفق الجانبان على عقد لقاء جديد": agreeing to keep talking is not an
 * agreement on the thing itself. The agreement's object is the word after its "على".
 */
export function agreesToKeepTalking(folded: FoldedText, trigger: TriggerHit, sentence: { fend: number }): boolean {
  if (trigger.entry.type !== 'agreement') return false;
  const after = folded.text.slice(trigger.fend, sentence.fend);
  // "توافقا على" holds its "على" in the trigger itself.
  return KEEP_TALKING.test(after) || (folded.text.endsWith('علي', trigger.fend) && KEEP_TALKING_OBJECT.test(after));
}
// Agreeing on the need for something ("اتفقا على ضرورة توحيد الجهود") agrees on nothing, whatever it is.
const KEEP_TALKING_WHAT = `(?:(?:${KEEP_TALKING_NEED})(?![${LETTER}])|[وف]?(?:ال)?(?:${KEEP_TALKING_WORDS})(?![${LETTER}])|ان [يت](?:${KEEP_TALKING_VERBS}))`;
const KEEP_TALKING = new RegExp(`^(?: (?!علي )[^ ]+){0,12}? علي ${KEEP_TALKING_WHAT}`);
const KEEP_TALKING_OBJECT = new RegExp(`^ ${KEEP_TALKING_WHAT}`);

/** Folded offset where the sentence turns conditional, or the sentence's end when it never does. */
export function conditionalFrom(folded: FoldedText, sentence: { fstart: number; fend: number }): number {
  const at = folded.text.slice(sentence.fstart, sentence.fend).search(CONDITIONAL);
  return at < 0 ? sentence.fend : sentence.fstart + at;
}

/** The sentence names other subjects (trade, Ukraine, another war) more often than Syria. */
export function isOffTopic(foldedSentence: string): boolean {
  const off = count(OFF_TOPIC, foldedSentence);
  return off > 0 && off > count(SYRIA, foldedSentence);
}

function count(pattern: RegExp, text: string): number {
  return allMatches(pattern, text).length;
}

/** A verb of taking part, then up to `JOIN_GAP` words (its subject, "للمرة الأولى", "في"), right before the trigger. */
const JOIN_GAP = 7;
const JOIN_BEFORE = new RegExp(`(?<![${LETTER}])[وف]?(?:${JOIN_VERBS})(?: [^ .،,؛]+){0,${JOIN_GAP}} $`);
const JOIN_REACH = 60;

/** "وشاركت إيران في محادثات دولية": someone taking part in talks, told as a meeting of their own. */
export function joinsTalks(folded: FoldedText, trigger: TriggerHit): boolean {
  const before = trigger.fstart - trigger.proclitic.length;
  return trigger.entry.type === 'meeting' && JOIN_BEFORE.test(folded.text.slice(Math.max(0, before - JOIN_REACH), before));
}

/** At most this many words of subject between the verb of failing and "في" ("وزيرا الخارجية الأمريكي والروسي، جون كيري وسيرغي لافروف،"). */
const FAILED_GAP = 10;
/** A verb of succeeding in the gap: the failure was of something else ("رغم فشل الجولة السابقة، نجح الوزيران في التوصل"). */
const SUCCEEDED = new RegExp(`(?<![${LETTER}])[وف]?(?:نجح|نجحت|نجحا|نجحوا|تمكن|تمكنت|تمكنا|تمكنوا|استطاع|استطاعت|استطاعا)(?![${LETTER}])`);
/** A verb of failing, then its subject in the same clause, then "في" and maybe "التوصل إلى" (or "الاتفاق على") right before the trigger. */
const FAILED_TO = new RegExp(`(?<![${LETTER}])[وف]?(?:${FAILED_VERBS})(?![${LETTER}])((?: [^ .!?؟؛\\n]+){0,${FAILED_GAP}}) في (?:(?:ال)?(?:توصل (?:الي|ل)|اتفاق علي) ?)?$`);
const FAILED_REACH = 160;

/** "فشل كيري ولافروف في التوصل إلى اتفاق": an agreement they failed to reach is none. */
export function failedToReach(folded: FoldedText, trigger: TriggerHit): boolean {
  const before = trigger.fstart - trigger.proclitic.length;
  if (trigger.entry.type !== 'agreement') return false;
  const failed = FAILED_TO.exec(folded.text.slice(Math.max(0, before - FAILED_REACH), before));
  return failed !== null && !SUCCEEDED.test(failed[1]);
}
