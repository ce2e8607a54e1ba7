/**
 * Which date mention dates which trigger of a sentence: each event takes the date of its own
 * clause. Takes the folded body, the sentence's triggers and its date mentions; gives trigger
 * index → mention.
 *
 * Deliberately not done: recognising or resolving dates (dates.ts), or deciding whether a trigger
 * is an event (events.ts).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import type { EventDate } from '../../src/lib/types.ts';
import { addDays } from './calendar.ts';
import { isEntryStamp } from './dates/entry-stamps.ts';
import { CLOCK_HOURS, CLOCK_MINUTES, DAY_HALVES, MIDNIGHT_WORDS, TIMES_OF_DAY } from '../tables/clock.ts';
import { WEEKDAYS } from '../tables/dates.ts';
import { DECLARING, SCHEDULED_BEFORE, UNTIL_WORDS } from '../tables/tense.ts';
import { type TriggerKind } from '../tables/triggers.ts';
import { CLAUSE_WORDS, FUTURE_TRIGGER, HELD_VERBS, LASTING_UNTIL, RELATIVE_PRONOUNS } from '../tables/trigger-context.ts';
import { foldArabic } from '../../src/lib/arabic.ts';
import type { TriggerHit } from './find-triggers.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { toFolded } from './participants.ts';
import { firstAtLeast } from './search.ts';
import type { DateMention } from './types.ts';
import { LETTER } from './words.ts';

/**
 * Trigger index → the date mention that dates it. Each event takes the date of its own clause
 * (commas and clause words bound one): the trigger just before the mention in its clause (Arabic
 * puts the date after the event noun), else the first after it in its clause; a mention whose
 * clause holds no trigger dates the trigger just before it in the sentence, or the first after.
 * A relative clause with no trigger of its own describes the noun before it: its mention dates
 * that noun when it is an event ("المحادثات التي جرت أمس"), and nothing when it is not
 * ("اعتداءات باريس التي خلفت ليلة الجمعة أكثر من 120 قتيلا، اتفق ممثلو 17 دولة").
 * A closer mention wins a trigger. A limit ("حتى ظهر الجمعة") dates only a deadline trigger;
 * unresolved mentions date nothing.
 */
export function assignDates(folded: FoldedText, triggers: readonly TriggerHit[], mentions: readonly DateMention[], ultimatum: (m: DateMention) => boolean): Map<number, DateMention> {
  const best = new Map<number, DateMention>();
  // A live page's hours (entry-stamps.ts), found once: an agreement takes none, and each ranks below every other day.
  const stamps = new Set(mentions.filter((m) => isEntryStamp(folded.text, toFolded(folded, m.start), toFolded(folded, m.end))));
  const heldOn = new Set<DateMention>();
  const clauseOf = (i: number) => clauseIndex(folded, i);
  for (const mention of mentions) {
    if (!mention.value || sinceAnother(folded, mention, triggers)) continue;
    // The day a truce was announced or signed dates no start or end of it told in its sentence.
    const described = DESCRIBED_BEFORE.test(foldedBefore(folded, mention, DESCRIBED_REACH));
    // "استمر حتى منتصف الليل" ends a meeting on the day it began, which another mention gives; a
    // truce that "lasts until midnight" is dated by it.
    const ending = clockOnly(mention) && endsAnEvent(folded, mention, 0);
    // A limit dates a deadline, and a truce, which begins by it ("وقف للأعمال القتالية في غضون أسبوع").
    // So does a day set for an event ("موعدا أقصى لاستئنافها"): the latest it is planned for.
    // The day of an ultimatum ("اعتبارا من الأول من يونيو في حال منع القوافل") is its deadline's,
    // not that of the statement or meeting that set it.
    const limitOnly = mention.deadline === true || ultimatum(mention);
    const eligible = (t: TriggerHit) => (!limitOnly || t.entry.type === 'deadline' || t.entry.type === 'ceasefire' || t.entry.datedByLimit === true) && !(ending && t.entry.type === 'meeting') && !(stamps.has(mention) && t.entry.type === 'agreement')
      && !(described && t.entry.type === 'ceasefire');
    const clause = clauseOf(toFolded(folded, mention.start));
    const inClause = (t: TriggerHit) => clauseOf(t.fstart) === clause;
    let chosen = -1;
    // "بعد أسبوع على إعلان دي ميستورا في الثالث من فبراير تعليق محادثات جنيف": the day of announcing
    // dates what was announced, told after it, not an event before it.
    const announcing = ANNOUNCING_BEFORE.test(folded.text.slice(Math.max(0, toFolded(folded, mention.start) - ANNOUNCING_REACH), toFolded(folded, mention.start)));
    if (!announcing) for (let i = 0; i < triggers.length; i++) if (triggers[i].start < mention.start && eligible(triggers[i]) && inClause(triggers[i])) chosen = i;
    if (chosen < 0) chosen = triggers.findIndex((t) => t.start > mention.start && eligible(t) && inClause(t));
    const relative = chosen < 0 ? relativeOpener(folded, clause, toFolded(folded, mention.start)) : undefined;
    const holding = relative !== undefined && HOLDING_RELATIVE.test(folded.text.slice(relative, relative + HOLDING_REACH));
    const held = relative !== undefined && !holding && HELD_RELATIVE.test(folded.text.slice(relative, relative + HOLDING_REACH));
    if (relative !== undefined) {
      const before = holding ? NOUN_FAR_BEFORE_RELATIVE : NOUN_BEFORE_RELATIVE;
      chosen = triggers.findLastIndex((t) => eligible(t) && t.fend <= relative && before.test(folded.text.slice(t.fend, relative)));
      if (chosen < 0) continue;
    }
    // The day of saying, with nothing of its own clause to date, dates what was said right after
    // it ("بعد مفاوضات شاقة، أعلن كيري ولافروف فجر أمس الجمعة أن المجموعة توافقت على …").
    // Not what was said to come ("قال لافروف أمس إن الهدنة صامدة، وإنه سيجتمع بكيري"): a future verb is not of the saying's day.
    if (chosen < 0 && openedBy(folded, clause + 1, REPORTED_OPENER)) {
      const said = triggers.findIndex((t) => t.start > mention.start && eligible(t));
      if (said >= 0 && FUTURE_TRIGGER.test(folded.text.slice(triggers[said].fstart, triggers[said].fend))) continue;
      if (said >= 0 && clauseOf(triggers[said].fstart) === clause + 1) chosen = said;
    }
    // A clause telling what someone said or since when ("إذ قال دبلوماسيون الأسبوع الماضي"، "منذ أن
    // بدأت روسيا ضرباتها في 30 سبتمبر") dates its own verb, no event told before it.
    if (chosen < 0 && openedBy(folded, clause, OWN_EVENT_OPENER)) continue;
    // "فيما يواصل الطيران الروسي غاراته منذ 30 أيلول": since when a state of its own clause has
    // lasted dates no event told before it; one told after it may be what began then ("ساد هدوء
    // منذ منتصف ليل الجمعة، موعد دخول الاتفاق حيز التنفيذ").
    if (chosen < 0 && toldSince(folded, mention) && triggers.some((t) => t.start < mention.start && eligible(t))) continue;
    if (chosen < 0) for (let i = 0; i < triggers.length; i++) if (triggers[i].start < mention.start && eligible(triggers[i])) chosen = i;
    if (chosen < 0) chosen = triggers.findIndex(eligible);
    if (chosen < 0) continue;
    // A mention of the trigger's own clause beats one from another clause, however close, and one
    // of a clause holding it ("والذي يعقده اليوم") or of the day it is scheduled for ("المفاوضات
    // المقررة في جنيف الاثنين المقبل") beats the trigger's own.
    // "مهلة أسبوع لبدء وقف القتال، انقضت يوم الجمعة الماضي": the day a limit ran out is its day, over its length.
    const expired = triggers[chosen].entry.type === 'deadline' && EXPIRED_BEFORE.test(folded.text.slice(Math.max(0, toFolded(folded, mention.start) - EXPIRED_REACH), toFolded(folded, mention.start)));
    if (holding || held || expired || scheduledFor(folded, triggers[chosen], mention)) heldOn.add(mention);
    // A deadline's own limit beats the day it was set ("أمهل المجلس أمس الأمين العام شهرا واحدا"),
    // and a truce's own day the day it was declared ("أعلنت روسيا اليوم هدنة في حلب يوم الخميس").
    const limit = (m: DateMention) => (triggers[chosen].entry.type === 'deadline' && m.deadline === true ? 1 : 0);
    const truceNoun = declaredTruce(folded, triggers[chosen]) ? triggers[chosen].noun! : undefined;
    const declared = (m: DateMention) => (truceNoun && m.start >= truceNoun.end && ownDayOf(folded, truceNoun.end, m) ? 1 : 0);
    const rank = (m: DateMention) => (stamps.has(m) ? -1 : heldOn.has(m) ? 3 : clauseOf(toFolded(folded, m.start)) === clauseOf(triggers[chosen].fstart) ? 1 + limit(m) + declared(m) : 0);
    const current = best.get(chosen);
    if (!current || rank(mention) > rank(current)
      || (rank(mention) === rank(current) && distance(triggers[chosen], mention) < distance(triggers[chosen], current))) best.set(chosen, mention);
  }
  return best;
}

/** The mention stands soon after the truce noun ending at `nounEnd`, in its clause, with no earlier event between. */
function ownDayOf(folded: FoldedText, nounEnd: number, m: DateMention): boolean {
  const gap = folded.text.slice(toFolded(folded, nounEnd), toFolded(folded, m.start));
  return OWN_DAY_GAP.test(gap) && !EARLIER_EVENT.test(gap);
}

/** A truce told by a verb of declaring before its noun ("أعلن شويغو أمس هدنة"): the day after the noun is the truce's own. */
function declaredTruce(folded: FoldedText, trigger: TriggerHit): boolean {
  return trigger.noun !== undefined && trigger.noun.start > trigger.end && DECLARING_WORD.test(folded.text.slice(trigger.fstart, trigger.fend));
}
const DECLARING_WORD = new RegExp(`^(?:${DECLARING})$`);
/** A truce's own day stands in its clause soon after the noun, not after "إثر"/"بعد" in what it followed. Folded. */
const OWN_DAY_GAP = /^[^،,.؛]{0,60}$/;
const EARLIER_EVENT = /(?:^|\s)(?:اثر|بعد|عقب|قبل)\s/;

/**
 * "في أول رحلة له منذ اندلاع النزاع في آذار 2011": a date after "منذ" and a noun of its own is
 * when that began, the anchor of a duration, and dates no event of the sentence. Right after
 * "منذ" ("الهدنة السارية منذ منتصف ليل الجمعة"), or with an event between ("منذ اجتماعهما يوم 9
 * أيلول"), it still dates an event.
 */
function sinceAnother(folded: FoldedText, mention: DateMention, triggers: readonly TriggerHit[]): boolean {
  const at = toFolded(folded, mention.start);
  const from = Math.max(0, at - SINCE_REACH);
  const since = SINCE_NOUN.exec(folded.text.slice(from, at));
  return since !== null && !triggers.some((t) => t.fstart > from + since.index && t.fstart < at);
}
const SINCE_REACH = 40;
const SINCE_RIGHT_BEFORE = new RegExp(`(?<![${LETTER}])منذ $`);
/** Folded characters before a mention where "منذ" and its proclitics stand. */
const SINCE_WORD_REACH = 8;
/** "منذ" then one to three words (the start of what), then maybe "في/عام", up to the date. */
const SINCE_NOUN = new RegExp(`(?<![${LETTER}])منذ(?: [^ ،,.]+){1,3} $`);

/** Which clause of the text a folded offset lies in: the count of clause marks before it. */
function clauseIndex(folded: FoldedText, at: number): number {
  let marks = CLAUSE_MARKS_CACHE.get(folded);
  if (!marks) {
    marks = [...folded.text.matchAll(CLAUSE_MARK)].map((m) => m.index);
    CLAUSE_MARKS_CACHE.set(folded, marks);
  }
  return firstAtLeast(marks, at);
}

/** Where the clause of index `clause` opens (its mark), when a word of `opener` opens it. */
function openingOf(folded: FoldedText, clause: number, opener: RegExp): number | undefined {
  const at = clause > 0 ? CLAUSE_MARKS_CACHE.get(folded)?.[clause - 1] : undefined;
  return at !== undefined && opener.test(folded.text.slice(at, at + 8)) ? at : undefined;
}
const openedBy = (folded: FoldedText, clause: number, opener: RegExp) => openingOf(folded, clause, opener) !== undefined;
const REPORTED_OPENER = /^[وف]?(?:ان|بان|انه|انها|انهما|بانه|بانها)(?![\u0621-\u064A])/;
const OWN_EVENT_OPENER = /^[وف]?(?:اذ (?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|اكد|اكدت|اشار|اشارت)|منذ ان)(?![\u0621-\u064A])/;

/** Where the clause of index `clause` (holding folded offset `inside`) opens, when a relative pronoun opens it in the same sentence. */
function relativeOpener(folded: FoldedText, clause: number, inside: number): number | undefined {
  const at = openingOf(folded, clause, RELATIVE_PRONOUN);
  if (at === undefined || /[.!?؟\n]/.test(folded.text.slice(at, inside))) return undefined;
  return TIME_NOUN_BEFORE.test(folded.text.slice(Math.max(0, at - 10), at)) ? undefined : at;
}
/** "في الوقت الذي" is "while": a clause of time, not one describing a noun. Folded. */
const TIME_NOUN_BEFORE = /(?:الوقت|اليوم|اللحظه|الساعه|الفتره|الحين) $/;
const RELATIVE_PRONOUN = new RegExp(`^[وف]?(?:${RELATIVE_PRONOUNS})(?![\u0621-\u064A])`);
/**
 * The event noun a relative clause describes stands before it, with what qualifies it between
 * ("الاجتماع الوزاري لمنظمة الأمن والتعاون في أوروبا، الذي تستضيفه هامبورغ يومي 8 و9").
 */
const NOUN_BEFORE_RELATIVE = /^(?: [^ ،,.؛]+){0,6}[،,]? $/;
/**
 * A relative clause whose verb holds the noun in a pronoun ("والذي يعقده اليوم"، "التي تستضيفها
 * جنيف") says it is an event, and may stand after a long description of it ("مؤتمره الصحفي السنوي
 * المخصص لحصاد السياسة الخارجية خلال العام الماضي، والذي يعقده اليوم"). Folded.
 */
const HOLDING_RELATIVE = new RegExp(`^[،,]?\\s*[وف]?(?:${RELATIVE_PRONOUNS}) (?:(?:س?[يت])(?:عقد|ستضيف|حتضن|جري|نظم)(?:ان|ون)?|(?:عقد|استضاف|احتضن|نظم|اجر)(?:ت|ا|و)?)(?:ه|ها)(?![${LETTER}])`);
const HOLDING_REACH = 24;
/** A verb of running out right before a date (and its subject, the limit, between). Folded. */
const EXPIRED_BEFORE = /(?:^|[\s،,])[وف]?(?:انقضت|انتهت|تنتهي|تنقضي|ينتهي|ينقضي)(?:\s(?:ال)?(?:مهله|موعد|اجل)\S*)?\s(?:في\s|يوم\s)?$/;
const EXPIRED_REACH = 30;
/** The verbal noun of announcing, who announced, and "في"/"يوم", right before a date. Folded. */
const ANNOUNCING_BEFORE = /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?اعلان(?:ه|ها|هم)?(?:\s[^\s،,.]+){0,3}\s(?:في|يوم)\s$/;
const ANNOUNCING_REACH = 60;
/**
 * A relative clause saying the noun before it was held or took place ("في اجتماعها الذي عقد أمس"،
 * "المحادثات التي جرت الخميس") gives its day, over a day of the clause the noun stands in ("رحبت
 * الإمارات اليوم بما توصلت إليه المجموعة في اجتماعها الذي عقد أمس"). Folded.
 */
const HELD_RELATIVE = new RegExp(`^[،,]?\\s*[وف]?(?:${RELATIVE_PRONOUNS}) ${HELD_VERBS}(?![${LETTER}])`);
const NOUN_FAR_BEFORE_RELATIVE = /^(?: [^.؛]+?)?[،,]? $/;

/** Commas, semicolons and the words that open another clause (في حين، بينما، غداة، بعد أن…). */
const CLAUSE_MARK = new RegExp(`[،,;؛]|(?<![${LETTER}])[وف]?(?:${CLAUSE_WORDS})(?![${LETTER}])`, 'g');

const CLAUSE_MARKS_CACHE = new WeakMap<FoldedText, number[]>();

function distance(trigger: TriggerHit, mention: DateMention): number {
  return mention.start >= trigger.end ? mention.start - trigger.end : trigger.start - mention.end;
}

/** How far before a mention its "went on until" may stand, in folded characters. */
const LASTING_REACH = 60;
const LASTING_PATTERN = new RegExp(`(?:^|[^${LETTER}])[وف]?(?:${LASTING_UNTIL})$`);

/**
 * The mention that ends an event which went on after the day it began ("اجتماع بدأ مساء الخميس
 * وامتد حتى الساعات الأولى من صباح أمس"): a later mention of the sentence led by a verb of lasting
 * and "until"; or, told first, a later day right after a verb of closing ("اختُتمت أمس الجولة التي
 * انطلقت في 14 آذار": the round ran from the 14th to yesterday).
 */
export function lastingUntil(folded: FoldedText, mentions: readonly DateMention[], from: DateMention): DateMention | undefined {
  return mentions.find((m) => m.value && m.start > from.end && from.value && m.value.start > from.value.end
    && !clockOnly(m) && endsAnEvent(folded, m, toFolded(folded, from.end)))
    ?? mentions.find((m) => m.value && m.end <= from.start && from.value && m.value.start > from.value.end && !clockOnly(m)
      && CLOSED_BEFORE.test(foldedBefore(folded, m, CLOSED_REACH)));
}
/** A verb of closing right before the day it closed on ("اختتمت أمس"، "وانتهت مساء الخميس"). Folded. */
const CLOSED_BEFORE = /(?:^|\s)[وف]?(?:اختتم|اختتمت|انتهي|انتهت|اختتمت اعمال|انتهت اعمال)\s$/;
const CLOSED_REACH = 20;

/** Words of the clock, folded: a mention made of these alone ("حتى منتصف الليل") names no other day. */
const CLOCK_WORDS = new Set([
  ...TIMES_OF_DAY.flatMap((t) => t.words), ...CLOCK_HOURS.flatMap((h) => h.words), ...CLOCK_MINUTES.flatMap((m) => m.words),
  ...DAY_HALVES.flatMap((h) => h.words), ...MIDNIGHT_WORDS, 'الساعة',
].flatMap((w) => foldArabic(w).split(' ')));
function clockOnly(m: DateMention): boolean {
  return foldArabic(m.text).split(/\s+/).every((w) => CLOCK_WORDS.has(w) || CLOCK_WORDS.has(w.replace(/^و/, '')) || /^[\d٠-٩:]+$/.test(w));
}

/** A verb of lasting and "until" stand right before the mention, after folded offset `after`. */
function endsAnEvent(folded: FoldedText, m: DateMention, after: number): boolean {
  return LASTING_PATTERN.test(foldedBefore(folded, m, LASTING_REACH, after));
}

/** The day is told as the start of what goes on since it ("منذ صباح اليوم"). */
export function toldSince(folded: FoldedText, m: DateMention): boolean {
  return SINCE_RIGHT_BEFORE.test(foldedBefore(folded, m, SINCE_WORD_REACH));
}

/**
 * What is told in the present on the day of publication goes on at the time told: since a time
 * ("منذ صباح اليوم"), or at the hour a live page posted it ("16:10 — بوتين يلتقي الأسد في الكرملين").
 */
export function underWay(folded: FoldedText, m: DateMention): boolean {
  return toldSince(folded, m) || isEntryStamp(folded.text, toFolded(folded, m.start), toFolded(folded, m.end));
}

/** The folded text of up to `reach` characters right before a mention, not before folded offset `after`. */
function foldedBefore(folded: FoldedText, m: DateMention, reach: number, after = 0): string {
  const at = toFolded(folded, m.start);
  return folded.text.slice(Math.max(after, at - reach), at);
}

/** The event's date carried on to the last day of `last`. */
export function carriedTo(date: EventDate, last: DateMention | undefined): EventDate {
  if (!last?.value) return date;
  return { ...date, end: last.value.end, precision: 'days', approximate: date.approximate || last.approximate };
}

/**
 * A ceasefire that starts at the midnight ending a weekday ("تبدأ الهدنة منتصف ليل الجمعة") or
 * tonight ("منتصف هذه الليلة") starts on the next day, from 00:00, and so does one starting in the
 * night between two days ("بدأت الهدنة ليل 26-27 شباط"): truces begin at midnight. A midnight named
 * by neither ("عند منتصف الليل") keeps the day the tagger gave: which night it is depends on the
 * story's day, not the calendar. A deadline at that midnight stays on the day it ends.
 */
export function startingAt(date: EventDate, kind: TriggerKind, mention: DateMention): EventDate {
  const text = foldArabic(mention.text);
  if (kind === 'ceasefire-start' && NIGHT.test(text) && date.end === addDays(date.start, 1)) return { ...date, start: date.end, precision: 'day', time: '00:00' };
  if (kind !== 'ceasefire-start' || date.time !== '24:00' || date.start !== date.end || !(WEEKDAY_NAMED.test(text) || TONIGHT.test(text))) return date;
  const next = addDays(date.start, 1);
  return { ...date, start: next, end: next, time: '00:00' };
}

/** A night named ("ليل"، "ليلة"), not a midnight's. Folded. */
const NIGHT = /(?:^|\s)ليل(?:ه)?\s/;
/**
 * A day told in a participle describing the noun before it ("الهدنة المعلنة يوم 12 أيلول"، "الهدنة
 * الموقعة في 9 أيلول"): the day it was announced or signed, which is an agreement's own ("الاتفاق
 * المعلن الاثنين الماضي") but not that of what the sentence tells a truce did.
 */
const DESCRIBED_BEFORE = /(?:^|\s)(?:ال)(?:معلن|معلنه|موقع|موقعه|مبرم|مبرمه)(?:\s(?:يوم|في|مساء|صباح|ليل))?\s$/;
const DESCRIBED_REACH = 24;
/** "الليلة" and "الليلة قبل الماضية", not "الليلة الماضية" (last night's midnight began today). Folded. */
const TONIGHT = /(?:^|\s)الليله(?!\s+(?:الماضيه|السابقه|المنصرمه))(?:\s|$)/;
const WEEKDAY_NAMED = new RegExp(`(?:^|\\s)(?:ال)?(?:${WEEKDAYS.flatMap((d) => d.names).map(foldArabic).map((n) => n.replace(/^ال/, '')).join('|')})(?:\\s|$)`);

/** The date a postponed or suspended event is put off to: a mention after it led by إلى or حتى. */
export function untilDate(folded: FoldedText, mentions: readonly DateMention[], trigger: TriggerHit): DateMention | undefined {
  return mentions.find((m) => m.value && m.start > trigger.end && (UNTIL.test(foldedBefore(folded, m, 12)) || UNTIL_INSIDE.test(foldArabic(m.text))));
}
const UNTIL = new RegExp(`(?:^|\\s)(?:${UNTIL_WORDS})(?:\\s+(?:يوم|موعد))?\\s*$`);
/** The tagger keeps "حتى" in a limit's own text ("حتى 25 فبراير"). */
const UNTIL_INSIDE = new RegExp(`^(?:${UNTIL_WORDS})\\s`);

/** The day a put-off event had been planned for: a mention after it led by a word of plans ("الذي كان مقررا الاثنين 7 مارس"). */
export function scheduledDate(folded: FoldedText, mentions: readonly DateMention[], trigger: TriggerHit): DateMention | undefined {
  return mentions.find((m) => m.value && m.start > trigger.end && SCHEDULED.test(foldedBefore(folded, m, 40)));
}
/**
 * The day an event now set for `own` had been planned for before it was moved ("ستبدأ يوم الجمعة 29
 * يناير، بدلا من الموعد الذي كان مقررا أمس"، "بعد أن كان مقررا أن تبدأ الاثنين"): a mention after the
 * trigger led by a plan in the past tense or "بدلا من"/"عوضا عن", earlier than `own`.
 */
export function earlierSlot(folded: FoldedText, mentions: readonly DateMention[], trigger: TriggerHit, own: DateMention): DateMention | undefined {
  if (!own.value) return undefined;
  const { start } = own.value;
  return mentions.find((m) => m !== own && m.value && m.value.end < start && m.start > trigger.end && PAST_PLAN.test(foldedBefore(folded, m, 40)));
}
const PAST_PLAN = new RegExp(`(?:^|\\s)(?:كان(?:ت)?\\s+(?:من\\s+)?(?:${SCHEDULED_BEFORE})|بدلا\\s+من|بدل|عوضا\\s+عن)(?:\\s+\\S+){0,3}\\s*$`);

/** The plan word, then at most three words (a place, "يوم") before the day: "التي كانت مرتقبة في جنيف غدا". */
const SCHEDULED = new RegExp(`(?:^|\\s)(?:${SCHEDULED_BEFORE})(?:\\s+\\S+){0,3}\\s*$`);

/** The mention is the day the trigger right before it is scheduled for ("المفاوضات المقررة في جنيف الاثنين المقبل"). */
function scheduledFor(folded: FoldedText, trigger: TriggerHit, mention: DateMention): boolean {
  const at = toFolded(folded, mention.start);
  return at > trigger.fend && at - trigger.fend <= SCHEDULED_REACH && SCHEDULED.test(folded.text.slice(trigger.fend, at));
}
const SCHEDULED_REACH = 40;

/** The saying's day stands before what was said (its complementiser, `saidFrom`, a colon or a quotation mark), right after its speaker. */
export function ownDayOfSaying(folded: FoldedText, trigger: TriggerHit, mention: DateMention, saidFrom: number, hits: readonly GazetteerHit[]): boolean {
  const at = toFolded(folded, mention.start);
  if (saidFrom >= 0 && at > trigger.fend + saidFrom) return false;
  // Between the verb and its day stand only the speaker's names and a word or two ("للصحفيين"):
  // a day further on dates what was denied or called for ("ونفت الوزارة قصف القافلة مساء الإثنين"),
  // one after a comma the speaker's description ("وقال كيري، العائد من جنيف مساء الجمعة، إن").
  let between = folded.text.slice(trigger.fend, at);
  for (const h of hits) {
    const [a, b] = [toFolded(folded, h.start) - trigger.fend, toFolded(folded, h.end) - trigger.fend];
    if (a >= 0 && b <= between.length) between = between.slice(0, a) + ' '.repeat(b - a) + between.slice(b);
  }
  const words = between.split(' ').filter((w) => w && !SAYING_FRAME.has(w));
  return !SAYING_BREAK.test(between) && !DESCRIBED.test(between) && words.length <= SAYING_WORDS;
}
const SAYING_BREAK = /[:«"“(]/;
/** The speaker described between commas: a relative clause or a definite participle ("، الذي عين مبعوثا"، "، العائد من جنيف"). Folded. */
const DESCRIBED = /(?:^|\s)(?:الذي|التي)\s|[،,]\s*ال(?!\S*(?:صحفي|صحافي|اعلام))/;
/** Words other than the speaker's names and the saying's frame that may stand between a verb of saying and its day. */
const SAYING_WORDS = 2;
/** How a saying was given ("في تصريحات أدلى بها"، "في مؤتمر صحفي"، "لوسائل الإعلام"). Folded. */
const SAYING_FRAME: ReadonlySet<string> = new Set([
  'في', 'خلال', 'عقب', 'له', 'لها', 'لهم', 'به', 'بها', 'ادلي', 'تصريح', 'تصريحات', 'تصريحه', 'تصريحاته', 'حديث', 'مقابله', 'كلمه',
  'مؤتمر', 'موتمر', 'صحفي', 'صحافي', 'بيان', 'للصحفيين', 'للصحافيين', 'للصحافه', 'لوسايل', 'الاعلام', 'وقت', 'سابق', 'لاحق', 'من',
]);
