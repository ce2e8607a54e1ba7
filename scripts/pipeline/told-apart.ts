/**
 * When reading has already told two reports apart, merging keeps them apart: two reports of one
 * sentence that folding left as two, and a bilateral meeting beside a meeting of more sides.
 * Takes a candidate and what an event under construction remembers of its reports; gives a yes/no.
 * Also here: a session with the head of state and one between ministers of the same visit; a
 * plan with no day of its own beside talks already held; two outcomes of one article (called off,
 * suspended).
 *
 * Deliberately not done: scoring how alike two reports are (merge.ts).
 */
import type { EventDate, EventStatus, Excerpt, IsoDate } from '../../src/lib/types.ts';
import type { EventCandidate } from './candidates.ts';
import { isPerson, sideOf } from './gazetteer.ts';
import { isGrouping, isHeadOfState } from './gazetteer-queries.ts';

/** One report an event holds: its status, its article and excerpt, and whether it was told as another event. */
export interface Report {
  status: EventStatus;
  article: string;
  excerpt: Excerpt;
  another?: true;
}

/** What an event under construction remembers for telling reports apart. */
export interface ToldApartEvent {
  actors: string[];
  reports: Report[];
  /** Some report told it as bilateral. */
  bilateral: boolean;
  /** The fewest sides a report said met ("ثلاثي"). */
  few?: number;
}

/**
 * Reading the sentence already told the candidate apart from a report the event holds: both come
 * from one sentence, and folding a sentence joins the reports it cannot tell apart, so what it
 * left as two is two ("بعد جلسة صباحية جمعته بنظيره", "قبل ساعات من اجتماع مجموعة الدعم").
 * Only two dates of one visit ("وصل مساء الخميس … والتقى الجمعة") may still join, unless the
 * sentence said "another".
 */
export function toldApart(c: EventCandidate, k: ToldApartEvent): boolean {
  const x = c.excerpt;
  return k.reports.some(({ excerpt: y, another }) =>
    y.article === x.article && y.start === x.start && y.end === x.end
    && (c.another || another || !c.date || !y.date || y.date.start === x.date?.start));
}

/**
 * A bilateral meeting and a meeting of more sides ("سبق الاجتماع الرباعي لقاء ثنائي بين كيري ولافروف")
 * are two; so are a meeting told as of a few sides and one of more ("وسبق اجتماع لوزان لقاء ثلاثي
 * جمع وزراء خارجية السعودية وقطر وتركيا").
 */
export function bilateralApart(c: EventCandidate, k: ToldApartEvent): boolean {
  // A grouping of states (the support group) is many parties on its own.
  const parties = (actors: Iterable<string>) => [...actors].some(isGrouping) ? Infinity : new Set([...actors].map(sideOf).filter((s) => s !== undefined)).size;
  if (c.bilateral || k.bilateral) return parties(c.actors) > 2 || parties(k.actors) > 2;
  return (c.few !== undefined && parties(k.actors) > c.few) || (k.few !== undefined && parties(c.actors) > k.few);
}

/**
 * A session with the head of state and one between ministers are two meetings of one visit
 * (Putin on Thursday evening, Lavrov on Friday), when each report names people on both sides: an
 * arrival or a report naming one person says nothing of who sat at the table.
 */
export function sessionsApart(c: EventCandidate, k: ToldApartEvent): boolean {
  if (c.type !== 'meeting') return false;
  const ours = table(c.actors);
  const theirs = table(k.actors);
  return ours !== undefined && theirs !== undefined && ours.some(isHeadOfState) !== theirs.some(isHeadOfState);
}

/**
 * Two meetings each naming who sat at the table, with partners the other lacks, are two (Kerry
 * with Lavrov, and Kerry that morning with the Saudi and Turkish ministers), and so are two with no
 * one in common (the foreign ministers of three states, and "in parallel" their defence ministers);
 * one whose sides all sit at the other's table may be that meeting told in part.
 */
export function partnersApart(c: EventCandidate, k: ToldApartEvent): boolean {
  // Those who attended ("وحضر اللقاء دي ميستورا وشتاينماير") add to a table, they set none.
  if (c.type !== 'meeting' || c.joins) return false;
  const [ours, theirs] = [table(c.actors), table(k.actors)];
  return ours !== undefined && theirs !== undefined && (sidesDiffer(ours, theirs) || !ours.some((p) => theirs.includes(p)));
}

/** Each report names people on two sides or more, and each has a side at its table the other lacks. */
export function tablesDiffer(one: readonly string[], other: readonly string[]): boolean {
  const [ours, theirs] = [table(one), table(other)];
  return ours !== undefined && theirs !== undefined && sidesDiffer(ours, theirs);
}

/** Each table has a side the other lacks. */
function sidesDiffer(ours: readonly string[], theirs: readonly string[]): boolean {
  const [a, b] = [new Set(ours.map(sideOf)), new Set(theirs.map(sideOf))];
  return [...a].some((s) => !b.has(s)) && [...b].some((s) => !a.has(s));
}

/** The people of a report when they stand on at least two sides, the table of a meeting. */
function table(actors: readonly string[]): string[] | undefined {
  const people = actors.filter(isPerson);
  return new Set(people.map(sideOf)).size >= 2 ? people : undefined;
}

/** A sentence in the pluperfect: "وكان … قد", "وكانت … قد". */
const PLUPERFECT = /^[وف]?كان(?:ت|وا)?\s(?:\S+\s){0,8}?قد\s/;

/**
 * A plan with no day of its own ("سيجتمع الخبراء خلال الأيام المقبلة") is not talks its article
 * tells as held (`heldTalks`); one told in the pluperfect ("وكان كيربي قد أعلن أن كيري يريد …
 * خلال زيارته") was made before the news and may be those talks, and continuing to talk is talking.
 */
export function barePlan(c: EventCandidate): boolean {
  return c.status === 'planned' && c.kind !== 'discussion' && !c.background && !PLUPERFECT.test(c.excerpt.text);
}

/** Talks told as held, on or before `published`: what a bare plan of the same article is not. */
export function heldTalks(k: ToldApartEvent & { date: EventDate }, published: IsoDate): boolean {
  return k.date.start <= published && k.reports.some((r) => r.status === 'held');
}

/** What became of a meeting that did not take place as planned. */
const OUTCOMES: ReadonlySet<EventStatus> = new Set(['postponed', 'cancelled', 'suspended']);

/**
 * Called off is not suspended: "علقت مشاركتها في القنوات" and "ألغيت اجتماعات الخبراء" of one article
 * are two. And what was held is not what never took place: the press conference that announced talks
 * put off is not those talks.
 */
export function otherOutcome(c: EventCandidate, k: ToldApartEvent): boolean {
  if (c.status === 'held') return k.reports.every((r) => NEVER_HELD.has(r.status));
  return OUTCOMES.has(c.status) && k.reports.some((r) => r.article === c.article && OUTCOMES.has(r.status) && r.status !== c.status);
}
const NEVER_HELD: ReadonlySet<EventStatus> = new Set(['postponed', 'cancelled']);
