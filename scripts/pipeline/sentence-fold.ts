/**
 * The reports of one sentence as the sentence gives them (sub-candidates), folded into the events
 * the sentence tells: neighbours of one type that nothing tells apart become one, an event framed
 * by another ("على هامش", "في ختام") takes the frame's day and place, and one told as the day
 * before or after another ("غداة", "عشية") takes that day.
 *
 * Deliberately not done: folding across sentences or articles (merge.ts).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import type { EventDate, EventStatus } from '../../src/lib/types.ts';
import { addDays } from './calendar.ts';
import {
  STATEMENT_KINDS, STATUS_WEIGHT, kindsCompatible, moreSpecificKind, placesCompatible, topicsCompatible, union, type EventCandidate,
} from './candidates.ts';
import { SEQUENCE_DAY_SHIFT } from '../tables/trigger-context.ts';
import { sequenceBefore } from './event-words.ts';
import { sideOf } from './gazetteer.ts';
import type { TriggerHit } from './find-triggers.ts';
import { tablesDiffer } from './told-apart.ts';
import type { DateMention } from './types.ts';

/** A candidate while its sentence is read: the date mention is kept to tell neighbours apart. */
export interface SubCandidate extends EventCandidate {
  mention?: DateMention;
  /** "على هامش اجتماع …": the frame of the event before it, which takes its date (its last day when `closing`) and place. */
  frame?: 'closing' | 'margin';
  /** "غداة لقاء …": days from the event before it, for one with no date of its own. */
  dayShift?: number;
  /** "ثنائي", "رباعي": how many sides met; a bilateral meeting and a four-party one are two. */
  scale?: string;
  /** The speakers of a joint press conference told as held, as this event or folded into it. */
  jointPress?: string[];
  /** An agreement that is the object of a verb of announcing ("أعلن كيري ولافروف الاتفاق"). */
  announced?: true;
  /**
   * Folds into nothing told before it, though what follows may fold into it: an agreement issued at
   * a meeting the sentence told after another ("ويأتي الاتفاق بعد أيام من اجتماع … صدر عنه إعلان موسكو").
   */
  apart?: true;
}

/** A verb of announcing, then at most eight words (its subject), right before a trigger. Folded. */
export const ANNOUNCED_BEFORE = /(?:^|\s)[وف]?(?:اعلن|اعلنت|اعلنا|اعلنتا|اعلنوا)(?:\s+\S+){0,8}\s*$/;

/**
 * "أعلن كيري ولافروف الاتفاق في مؤتمر صحافي مشترك في جنيف ليل الجمعة": an agreement announced with
 * no day of its own was reached by the day of the press conference or statement told after it.
 */
export function announcedAt(subs: SubCandidate[]): void {
  subs.forEach((s, i) => {
    if (!s.announced || s.date) return;
    const at = subs.slice(i + 1).find(statementOnADay);
    if (at) Object.assign(s, { date: at.date, mention: at.mention });
  });
}

/** A press conference or statement held on a day of its own: what an agreement told in it was reached by. */
const statementOnADay = (s: SubCandidate) => (s.conference || STATEMENT_KINDS.has(s.kind)) && heldOnADay(s);
const heldOnADay = (s: SubCandidate) => s.status === 'held' && s.mention !== undefined;

/**
 * An agreement naming no party, made at a meeting its sentence tells (agreement → that meeting's
 * trigger index, `subOf` trigger index → its sub-candidate), is the meeting's parties', and takes
 * its place and day. Only a meeting that took place: "في اجتماع يعقد الجمعة" is a plan.
 */
export function reachedAtMeetings(bySubject: ReadonlyMap<SubCandidate, number>, subOf: ReadonlyMap<number, SubCandidate>): void {
  for (const [agreement, j] of bySubject) {
    const meeting = subOf.get(j);
    if (!meeting || meeting.status !== 'held') continue;
    agreement.actors = [...meeting.actors];
    if (agreement.places.length === 0) agreement.places = [...meeting.places];
    if (!agreement.date && meeting.mention) Object.assign(agreement, { date: meeting.date, mention: meeting.mention, excerpt: meeting.excerpt });
  }
}

/**
 * What tells an undated agreement of its sentence its day: a joint press conference or a statement
 * held on a day ("وقال كيري، في مؤتمر صحفي مشترك مع لافروف عقد ليلة الجمعة، إن الجانبين اتفقا على
 * …"), else talks held on a day ("وأكد لافروف في أعقاب مفاوضاته مع كيري، الجمعة، أن اللقاء توج
 * بتوقيع خمس وثائق"): the agreement was reached by then. Talks only for an agreement told as one
 * (`told`), not "the agreement" said to be near ("إن الاتفاق ممكن خلال أيام"), and not when another
 * day stands before the agreement, at `at` ("أعلن كيري ولافروف فجر اليوم، عقب محادثات امتدت طوال
 * يوم أمس، أنهما اتفقا"): that day is the one it was told.
 */
export function toldOn(subs: readonly SubCandidate[], mentions: readonly DateMention[], at: number, told: boolean): SubCandidate | undefined {
  const onlyDayBefore = (s: SubCandidate) => mentions.every((m) => m === s.mention || m.start > at);
  return subs.findLast(statementOnADay)
    ?? (told ? subs.findLast((s) => s.type === 'meeting' && heldOnADay(s) && onlyDayBefore(s)) : undefined);
}

/**
 * "ساد هدوء حذر صباح الثلاثاء غداة بدء سريان الهدنة": a day told before the word of sequence is the
 * day after (or before) the event after it, which is `shift` days off it. `before`: the day
 * stands before the event's words.
 */
export function acrossSequence(sub: SubCandidate, shift: number | undefined, before: boolean): void {
  if (!shift || !before || sub.date?.precision !== 'day') return;
  const { time: _time, ...date } = sub.date;
  const day = addDays(date.start, shift);
  sub.date = { ...date, start: day, end: day };
}

/** An event told as the day before or after another ("غداة", "عشية") takes that day, counted from the nearest dated event before it. */
export function datedBySequence(subs: SubCandidate[]): void {
  subs.forEach((sub, i) => {
    if (sub.dayShift === undefined || sub.date) return;
    const anchor = subs.slice(0, i).findLast((s) => s.date?.precision === 'day');
    if (!anchor?.date) return;
    const day = addDays(anchor.date.start, sub.dayShift);
    sub.date = { ...anchor.date, start: day, end: day };
    delete sub.background;
  });
}

/**
 * "وقال تشوركين للصحفيين بعد التصويت": a vote with no day of its own after a word of sequence is
 * no event but the time of the statement told before it, which, undated too, takes the day of the
 * vote the article told (`onToldMeetingsDay`). `undated` are the sentence's triggers left out for
 * want of a day; `subOf` maps an index of `triggers` to its sub-candidate.
 */
export function timedByVote(folded: FoldedText, undated: readonly TriggerHit[], triggers: readonly TriggerHit[], subOf: ReadonlyMap<number, SubCandidate>): void {
  for (const vote of undated) {
    const sequence = vote.entry.kind === 'vote' ? sequenceBefore(folded, vote) : undefined;
    if (sequence === undefined) continue;
    const said = subOf.get(triggers.findLastIndex((t) => t.start < vote.start));
    // "غداة التصويت" is the day after it, "عشية التصويت" the day before.
    if (said && STATEMENT_KINDS.has(said.kind) && !said.mention && !said.afterTold) said.afterTold = { of: 'vote', days: -(SEQUENCE_DAY_SHIFT[sequence] ?? 0) };
  }
}

/**
 * Sub-candidates of one sentence fold into the last one before them that nothing tells apart:
 * same type, compatible kind, topic and places, and the same date or no date on one side; an
 * event of another kind between does not stop it ("التقى كيري لافروف أمس، بعد اتصال هاتفي أجراه
 * الوزيران يوم الأربعاء للتحضير للقاء": the meeting prepared for is the meeting told). "Another"
 * meeting starts a new one. The folded candidate takes the more specific kind ("بحث … خلال اتصال
 * هاتفي" is a call).
 */
/** What became of talks that did not take place as planned. */
const PUT_OFF: ReadonlySet<string> = new Set(['suspended', 'postponed', 'cancelled']);

export function foldNeighbours(told: readonly SubCandidate[]): SubCandidate[] {
  const subs = told.map((s) => ({ ...s }));
  const out: SubCandidate[] = [];
  // The framed event happened at the frame, on its day if it has none of its own; it takes that day
  // before anything folds, so it is not taken for a dated neighbour ("لقاء الوزيرين في 26 آب،
  // واجتماع جمع الرئيسين على هامش قمة العشرين يوم الاثنين الخامس من أيلول" are two meetings).
  const framedOn = (framed: SubCandidate | undefined, frame: SubCandidate) => {
    if (framed && !framed.mention && frame.mention) Object.assign(framed, { mention: frame.mention, date: frame.frame === 'closing' ? lastDayOf(frame.date!) : frame.date, excerpt: frame.excerpt });
    if (framed && framed.places.length === 0) framed.places = [...frame.places];
    // Two sides meeting beside a meeting ("التقى شكري كيري على هامش الاجتماع") met on their own: a
    // bilateral meeting, which no report of the meeting it was beside takes in (told-apart.ts).
    if (framed?.type === 'meeting' && frame.frame === 'margin' && new Set(framed.actors.map(sideOf).filter(Boolean)).size === 2) framed.bilateral = true;
  };
  subs.forEach((sub, i) => { if (sub.frame && i > 0 && !subs[i - 1].frame) framedOn(subs[i - 1], sub); });
  // A margin opening the sentence frames the meeting after it ("وعلى هامش الاجتماعات، التقى شكري كيري").
  if (subs[0]?.frame === 'margin' && subs[1]?.type === 'meeting' && !subs[1].frame) framedOn(subs[1], subs[0]);
  for (const sub of subs) {
    if (sub.frame) {
      // The event before may have folded into an earlier one since: the frame dates what it became.
      const framed = out.at(-1);
      framedOn(framed, sub);
      // The frame is an event of its own only when it names who took part, unless they are the
      // framed meeting's own ("مؤتمرا صحفيا مشتركا في ختام محادثاتهما" is one meeting).
      const same = framed?.type === sub.type && sub.actors.every((a) => framed.actors.includes(a));
      if (sub.actors.length > 0 && !same) out.push({ ...sub, actors: [...sub.actors], places: [...sub.places] });
      continue;
    }
    // Nothing folds into another event ("وقبل لقاء بوتين، أجرى كيري محادثات مع لافروف").
    const last = sub.another || sub.apart ? undefined : out.findLast((o) => o.type === sub.type && kindsCompatible(o.kind, sub.kind));
    const into = last?.another ? undefined : last;
    const sameDate = !into?.mention || !sub.mention || into.mention === sub.mention;
    // A call is between two: one with Assad and one with Obama are two calls ("أطلع الأسد على
    // القرار في اتصال هاتفي، كما أجرى اتصالا مع أوباما").
    const twoCalls = into?.kind === 'call' && sub.kind === 'call' && tablesDiffer(into.actors, sub.actors);
    // A joint press conference closed talks that took place: what it announced is ahead is another
    // event ("وفي مؤتمر صحفي مشترك عقده الوزيران، أعلن لافروف أنهما اتفقا على عقد الاجتماع … الجمعة المقبل").
    const conferenceAndPlan = into !== undefined && ((into.jointPress !== undefined && sub.status === 'planned') || (sub.jointPress !== undefined && into.status === 'planned'));
    // Meetings held and the talks they put off are two ("بعد لقاءات منفصلة مع الوفدين، تعليق المحادثات حتى ٢٥ الشهر").
    const heldAndPutOff = into !== undefined && [into.status, sub.status].includes('held') && [into.status, sub.status].some((s) => PUT_OFF.has(s));
    if (
      into && sameDate && !twoCalls && !conferenceAndPlan && !heldAndPutOff && kindsCompatible(into.kind, sub.kind) && topicsCompatible(into.topic, sub.topic)
      && placesCompatible(into.places, sub.places) && (!into.scale || !sub.scale || into.scale === sub.scale)
    ) {
      into.actors = union(into.actors, sub.actors);
      into.places = union(into.places, sub.places);
      into.topic ??= sub.topic;
      into.scale ??= sub.scale;
      if (sub.bilateral) into.bilateral = true;
      // Two sides meeting on a conference's margin ("على هامش المؤتمر جمعه بلافروف لقاء ثنائي") hold talks, not a conference.
      const kind = moreSpecificKind(into.kind, sub.kind);
      into.kind = into.bilateral && kind === 'conference' ? 'talks' : kind;
      into.status = foldedStatus(into, sub);
      if (sub.jointPress) into.jointPress = union(into.jointPress ?? [], sub.jointPress);
      if (!into.mention && sub.mention) {
        into.mention = sub.mention;
        into.date = sub.date;
        into.excerpt = sub.excerpt;
        delete into.background;
      }
      continue;
    }
    out.push({ ...sub, actors: [...sub.actors], places: [...sub.places] });
  }
  return out;
}

/**
 * A joint press conference that took place is the talks it closed and also a statement of its
 * speakers, on the talks' day: readers list the speakers' words beside the meeting, which the
 * article may tell elsewhere ("وقال كيري في مؤتمر صحفي مشترك مع لافروف عقب المحادثات").
 */
export function withJointStatements(folded: SubCandidate[]): SubCandidate[] {
  return folded.flatMap((c) => {
    if (!c.jointPress || c.status !== 'held') return [c];
    const { conference: _conference, jointPress: speakers, ...rest } = c;
    return [c, { ...rest, type: 'statement' as const, kind: 'press' as const, actors: speakers, places: [...c.places] }];
  });
}

/**
 * The status of two reports of one event in one sentence. What became of it (called off, put off,
 * suspended, nearly reached) always tells; otherwise a dated report outweighs an undated one,
 * whose "held" is only the default ("سيزور موسكو يوم الخميس للقاء بوتين" is planned).
 */
function foldedStatus(a: SubCandidate, b: SubCandidate): EventStatus {
  const outcome = (x: SubCandidate) => STATUS_WEIGHT[x.status] > STATUS_WEIGHT.held || x.status === 'near';
  if (outcome(a) || outcome(b)) return STATUS_WEIGHT[b.status] > STATUS_WEIGHT[a.status] ? b.status : a.status;
  if (a.mention && !b.mention) return a.status;
  if (b.mention && !a.mention) return b.status;
  return STATUS_WEIGHT[b.status] > STATUS_WEIGHT[a.status] ? b.status : a.status;
}

const lastDayOf = (date: EventDate): EventDate => ({ ...date, start: date.end, precision: date.start === date.end ? date.precision : 'day' });
