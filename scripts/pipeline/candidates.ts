/**
 * A candidate event: one report of an event by one sentence, as detection gives it and merging
 * takes it; the article context undated reports are dated by; and what makes two reports
 * compatible, which both the folding of neighbours in a sentence (events.ts) and merging across
 * sentences and articles (merge.ts) ask. Kept apart so neither stage imports the other.
 */
import type { EventDate, EventStatus, EventType, Excerpt, IsoDate, Span } from '../../src/lib/types.ts';
import type { TriggerEntry } from '../tables/triggers.ts';
import { leaves, placesRelated } from './gazetteer.ts';
import { lowerBound } from './search.ts';
import type { DateMention } from './types.ts';

/** Trigger kinds, and the two that come from deadline expressions: restoring a truce, a deadline. */
export type CandidateKind = TriggerEntry['kind'] | 'ceasefire-restore' | 'deadline';

export interface EventCandidate {
  article: string;
  type: EventType;
  kind: CandidateKind;
  /** What an agreement or deadline is about (`AGREEMENT_TOPICS`, `DEADLINE_OBJECTS`). */
  topic?: string;
  status: EventStatus;
  /** null: the sentence has no date for this event; merging dates it from the article. */
  date: EventDate | null;
  actors: string[];
  places: string[];
  excerpt: Excerpt;
  /** The sentence recaps background ("يذكر أن …"): without a date of its own this is not the day's news. */
  background?: true;
  /** Its sentence tells it as another event than the one before it ("لقاء آخر", "بعد محادثات مع …"). */
  another?: true;
  /** Told as bilateral ("لقاء ثنائي"): never the same event as a meeting of more sides. */
  bilateral?: true;
  /** How many sides the text says met ("لقاء ثلاثي": 3): never the same event as a meeting of more. */
  few?: number;
  /** A definite noun ("وجاء الاجتماع، الذي شارك فيه …"): it points back at an event already told. */
  definite?: true;
  /** Someone taking part ("وشاركت إيران في محادثات دولية"): it joins the meeting its article tells on its day. */
  joins?: true;
  /** Told as a joint press conference ("في مؤتمر صحفي مشترك مع نظيره"): the talks it closed. */
  conference?: true;
  /**
   * Told as after (or before) "the meeting" or "the vote" already told ("في مؤتمر صحفي عقب
   * الاجتماع"، "للصحفيين بعد التصويت"): with no day of its own, it is that event's day moved by `days`.
   */
  afterTold?: { of: 'meeting' | 'vote'; days: number };
  /**
   * "The agreement" named in what a statement said, dated by that statement ("قال كيري في بيان
   * مساء أمس إن التفاهم …"): the agreement the article tells, if it tells one with a day of its own.
   */
  toldReference?: true;
}

/** The article's main news day and where it happened, for candidates without a date of their own. */
export interface ArticleContext {
  article: string;
  published: IsoDate;
  date: EventDate;
  /** False when the lead gave no date and `date` is the publication day standing in for it. */
  dateFromLead: boolean;
  /** Where the lead sentences end: candidates starting before this are the lead's own reports. */
  leadEnd: number;
  places: string[];
}

export function toEventDate(mention: DateMention, approximateAll: boolean): EventDate {
  const v = mention.value!;
  const date: EventDate = { start: v.start, end: v.end, precision: v.precision, approximate: approximateAll || mention.approximate };
  if (mention.time) date.time = mention.time;
  return date;
}

export function excerptOf(article: string, sentence: Span, mention?: DateMention): Excerpt {
  const excerpt: Excerpt = { article, start: sentence.start, end: sentence.end, text: sentence.text };
  if (mention) excerpt.date = { start: mention.start, end: mention.end, text: mention.text };
  return excerpt;
}

/** Items lying inside the span; `xs` is in body order, so two binary searches bound them. */
export function within<T extends { start: number; end: number }>(xs: readonly T[], span: { start: number; end: number }): T[] {
  const first = lowerBound(xs.length, (i) => xs[i].start >= span.start);
  const last = lowerBound(xs.length, (i) => xs[i].start >= span.end);
  return xs.slice(first, last).filter((x) => x.end <= span.end);
}

export function union(a: readonly string[], b: readonly string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

/**
 * Which status one article's reports of an event give, when they differ: what became of the event
 * (called off, put off, suspended) outweighs that it happened, which outweighs a near miss or a plan.
 */
export const STATUS_WEIGHT: Readonly<Record<EventStatus, number>> = {
  cancelled: 6, postponed: 5, suspended: 4, held: 3, reached: 3, near: 2, planned: 1,
};

/** Meeting kinds that are events of their own even on the day and in the place of talks. */
const SEPARATE_KINDS: ReadonlySet<CandidateKind> = new Set(['press', 'address', 'announcement', 'call']);

const MEETING_KINDS: ReadonlySet<CandidateKind> = new Set(['talks', 'visit', 'conference', 'consultations', 'press', 'address', 'announcement', 'call', 'discussion']);
/** A statement given at a press conference and the same statement issued or announced are one. */
export const STATEMENT_KINDS: ReadonlySet<CandidateKind> = new Set(['press', 'address', 'announcement']);

/**
 * When reports of one meeting differ in kind, the event takes the most specific: a conference's
 * talks are a conference, a discussion held by phone is a call. Only compatible kinds meet here.
 */
const KIND_SPECIFICITY: Partial<Record<CandidateKind, number>> = { discussion: 0, visit: 1, talks: 2, consultations: 3, conference: 4, announcement: 4, address: 5, press: 5, call: 5 };

/**
 * A discussion, which does not say how it was held, may be a meeting or a call, but not one
 * speaker's statement; otherwise press and calls stand apart.
 */
export function kindsCompatible(a: CandidateKind, b: CandidateKind): boolean {
  if (a === b) return true;
  if (!MEETING_KINDS.has(a) || !MEETING_KINDS.has(b)) return false;
  if (STATEMENT_KINDS.has(a) && STATEMENT_KINDS.has(b)) return true;
  if (a === 'discussion' || b === 'discussion') return !STATEMENT_KINDS.has(a) && !STATEMENT_KINDS.has(b);
  return !SEPARATE_KINDS.has(a) && !SEPARATE_KINDS.has(b);
}

/** The kind an event told both ways takes (`KIND_SPECIFICITY`); the first on a tie. */
export function moreSpecificKind(a: CandidateKind, b: CandidateKind): CandidateKind {
  return (KIND_SPECIFICITY[b] ?? -1) > (KIND_SPECIFICITY[a] ?? -1) ? b : a;
}

export function topicsCompatible(a?: string, b?: string): boolean {
  return !a || !b || a === b;
}

/** No place of either side is unrelated to every place of the other; an empty side conflicts with nothing. */
export function placesCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (a.length === 1 && b.length === 1) return placesRelated(a[0], b[0]);
  const la = leaves(a);
  const lb = leaves(b);
  return la.every((p) => lb.some((q) => placesRelated(p, q))) && lb.every((q) => la.some((p) => placesRelated(p, q)));
}

/** The two dates share a day. */
export function overlaps(a: EventDate, b: EventDate): boolean {
  return a.start <= b.end && b.start <= a.end;
}
