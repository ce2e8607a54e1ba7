/**
 * An agreement is made by the people who negotiated it. News names the parties of an agreement as
 * states ("أعلن لافروف أن روسيا والولايات المتحدة اتفقتا على …") and the people in the report of
 * the talks it came out of ("المباحثات مع وزير الخارجية الأمريكي جون كيري"); a reader puts the
 * two together: the agreement is Kerry's and Lavrov's. This stage does the same, after merging:
 * an agreement takes the people of a meeting or call told in the same article, on an overlapping
 * day, where every side of the agreement took part.
 *
 * Only people are added, never states or places. An agreement naming two sides or more takes
 * those speaking for them ("اتفقت روسيا وأمريكا" after a Kerry–Lavrov–Jubeir meeting gives Kerry
 * and Lavrov, not Jubeir); one naming a single side ("أشار لافروف إلى أنه تم الاتفاق على …")
 * takes the people of two-sided talks it took part in, its counterpart too; one of a body that
 * holds members (the ISSG, the UN) takes every person of a meeting of that body. An agreement
 * between sides that each have a person named keeps its people.
 *
 * An agreement the text gives to the states gathered at a meeting ("اتفقت الدول المشاركة في
 * الاجتماع"، "اتفق المجتمعون") with no convening group named (which those words then stand for,
 * `coreference.ts`) is made by whoever that meeting's report names, states and bodies too: it
 * takes every party of the multilateral meeting of its article and day.
 *
 * Also here, after merging for the same reason (an event's places and people are all known by
 * then): the state a visit goes to, and the people who attended a meeting the article tells of
 * by the other things they did that day (`nameAttendees`).
 */
import { foldArabic } from '../../src/lib/arabic.ts';
import { CONVENING_GROUPS } from '../tables/formats.ts';
import { overlaps } from './candidates.ts';
import { gatheringWords } from './coreference.ts';
import { entryOf, isCountry, isPerson, placesRelated, sideOf } from './gazetteer.ts';
import { byTableOrder, isGrouping } from './gazetteer-queries.ts';
import type { MergedEvent } from './merge.ts';

const TALKS: ReadonlySet<MergedEvent['type']> = new Set(['meeting', 'call']);
/** Sides a meeting needs to be a gathering of states rather than talks between two. */
const GATHERING_SIDES = 3;

/** The events with each agreement's negotiators named; events that gain no one are returned as they are. */
export function nameNegotiators(events: readonly MergedEvent[]): MergedEvent[] {
  const talks = events.filter((e) => TALKS.has(e.type));
  return events.map((event) => {
    if (event.type !== 'agreement') return event;
    const added = gatheredAt(event, talks) ?? negotiatorsOf(event, talks);
    if (added.length === 0) return event;
    return { ...event, actors: [...event.actors, ...added].sort(byTableOrder('actors')) };
  });
}

function negotiatorsOf(agreement: MergedEvent, talks: readonly MergedEvent[]): string[] {
  const sides = new Set(agreement.actors.map(sideOf).filter((s) => s !== undefined));
  if (sides.size === 0 || (sides.size >= 2 && everySideHasAPerson(agreement, sides))) return [];
  const articles = new Set(agreement.excerpts.map((x) => x.article));
  let best: string[] = [];
  for (const talk of talks) {
    if (!overlaps(talk.date, agreement.date) || !talk.excerpts.some((x) => articles.has(x.article))) continue;
    const talkSides = new Set(talk.actors.map(sideOf));
    if (![...sides].every((s) => talkSides.has(s))) continue;
    const people = talk.actors.filter(isPerson);
    const ofOneBody = sides.size === 1 && [...sides].every((s) => !isCountry(s));
    // Parties named as two states or more: their people only. One side named ("تم الاتفاق على"):
    // the talks' people, the other side's included, as long as the talks had two sides.
    const chosen = sides.size >= 2 ? people.filter((p) => sides.has(sideOf(p)!)) : people;
    const between = ofOneBody || new Set(chosen.map(sideOf)).size >= 2;
    const fresh = chosen.filter((p) => !agreement.actors.includes(p));
    if (between && fresh.length > best.length) best = fresh;
  }
  return best;
}

/** The parties of the gathering the agreement names as its makers, those it lacks; undefined when it names none. */
function gatheredAt(agreement: MergedEvent, talks: readonly MergedEvent[]): string[] | undefined {
  if (agreement.actors.some((a) => CONVENING_GROUPS.includes(a))) return undefined;
  if (!agreement.excerpts.some((x) => gatheringWords(foldArabic(x.text)).length > 0)) return undefined;
  const articles = new Set(agreement.excerpts.map((x) => x.article));
  const gathering = talks.find((talk) => talk.type === 'meeting' && overlaps(talk.date, agreement.date)
    && talk.excerpts.some((x) => articles.has(x.article)) && new Set(talk.actors.map(sideOf)).size >= GATHERING_SIDES);
  return gathering?.actors.filter((a) => !agreement.actors.includes(a));
}

function everySideHasAPerson(agreement: MergedEvent, sides: ReadonlySet<string>): boolean {
  const spoken = new Set(agreement.actors.filter(isPerson).map(sideOf));
  return [...sides].every((s) => spoken.has(s));
}

/**
 * A grouping's meeting (the support group) is attended by the ministers its article shows at
 * work that day: the people of the other meetings and statements of the same article on an
 * overlapping day, at its place or at none, who speak for its members ("اجتماع وزاري عقدته
 * المجموعة في نيويورك" beside "وكان لافروف وكيري قد عقدا صباح اليوم نفسه لقاء ثنائيا"). So is a
 * gathering of states with no grouping named, by anyone, and a meeting of people by the person of
 * a side it names only as a state (`attendingSides`).
 */
export function nameAttendees(events: readonly MergedEvent[]): MergedEvent[] {
  return events.map((event) => {
    const attending = event.type === 'meeting' && event.status === 'held' ? attendingSides(event) : undefined;
    if (!attending) return event;
    const { admits, from, apart } = attending;
    const articles = new Set(event.excerpts.map((x) => x.article));
    const attendees = events.filter((other) => other !== event && other.status === 'held' && from.has(other.type) && !apart?.(other) && overlaps(other.date, event.date)
      && other.excerpts.some((x) => articles.has(x.article)) && (other.places.length === 0 || other.places.some((p) => event.places.some((q) => placesRelated(p, q)))))
      .flatMap((other) => other.actors.filter((a) => isPerson(a) && admits(sideOf(a)) && !event.actors.includes(a)));
    return attendees.length ? { ...event, actors: [...new Set([...event.actors, ...attendees])].sort(byTableOrder('actors')) } : event;
  });
}
const MEETINGS_AND_STATEMENTS: ReadonlySet<MergedEvent['type']> = new Set(['meeting', 'statement']);

/**
 * Whose people may have sat in the meeting, and from which events (its article's meetings and
 * statements): a grouping's members; at a meeting of people, a side it names only by its state
 * ("التقى كيري مسؤولين روسا"); at a gathering of three sides or more, a side with no person named
 * yet, though not from a meeting one of its own people held (a bilateral on its margin is a meeting
 * of its own). Not a meeting of no one named ("خبراء روس وأمريكيون"), whose states' ministers were elsewhere.
 */
function attendingSides(event: MergedEvent): { admits: (side: string | undefined) => boolean; from: ReadonlySet<MergedEvent['type']>; apart?: (other: MergedEvent) => boolean } | undefined {
  const group = event.actors.find(isGrouping);
  if (group !== undefined) {
    const members = new Set(entryOf('actors', group).members);
    return { admits: (side) => side !== undefined && members.has(side), from: MEETINGS_AND_STATEMENTS };
  }
  const spoken = new Set(event.actors.filter(isPerson).map(sideOf));
  if (new Set(event.actors.map(sideOf).filter((s) => s !== undefined)).size >= GATHERING_SIDES) {
    return { admits: (side) => side !== undefined && !spoken.has(side), from: MEETINGS_AND_STATEMENTS, apart: (other) => other.type === 'meeting' && other.actors.some((a) => isPerson(a) && event.actors.includes(a)) };
  }
  const unspoken = new Set(event.actors.filter((a) => isCountry(a) && !spoken.has(a)));
  return unspoken.size && spoken.size ? { admits: (side) => side !== undefined && unspoken.has(side), from: MEETINGS_AND_STATEMENTS } : undefined;
}


/**
 * A visit to a capital is made to its state ("يعتزم زيارة موسكو الأسبوع المقبل"): the state the
 * capital stands for (`metonymFor`) is a party of the visit when no one of its side is named.
 */
export function nameVisitedStates(events: readonly MergedEvent[]): MergedEvent[] {
  return events.map((event) => {
    if (event.kind !== 'visit') return event;
    const hosts = new Set(event.places.map((p) => entryOf('places', p).metonymFor)
      .filter((s): s is string => s !== undefined && !event.actors.some((a) => sideOf(a) === s)));
    return hosts.size ? { ...event, actors: [...event.actors, ...hosts].sort(byTableOrder('actors')) } : event;
  });
}
