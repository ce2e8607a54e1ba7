/**
 * What an article's candidates are once all its sentences are read: those told inside a name
 * (no event), those naming only private persons (left out), "the agreement" a statement spoke
 * of, which is the one the article tells, and whether a candidate has the evidence its type
 * needs. Small checks of `events.ts`'s passes.
 */
import { addDays } from './calendar.ts';
import { STATEMENT_KINDS, type EventCandidate } from './candidates.ts';
import type { TriggerHit } from './find-triggers.ts';
import { isCountry, isParty, sidesOf, type GazetteerHit } from './gazetteer.ts';
import { oneSide } from './participants.ts';
import { lowerBound } from './search.ts';

/**
 * "The agreement" spoken of in a statement is the one the article tells with a day of its own
 * ("قال كيري للصحافيين أمس إن الاتفاق لم يمت" after the agreement of 9 September): undated, it
 * joins that one. Only when the article tells none is it the agreement the statement announced.
 */
export function ofAgreementsTold(found: readonly EventCandidate[]): EventCandidate[] {
  const dated = found.filter((c) => c.type === 'agreement' && c.date && !c.toldReference);
  const toldOf = (c: EventCandidate) => dated.some((d) => c.actors.length === 0 || d.actors.some((a) => c.actors.some((b) => sidesOf(a).some((s) => sidesOf(b).includes(s)))));
  return found.map(({ toldReference, ...c }) => (toldReference && toldOf(c) ? { ...c, date: null, background: true } : c));
}

/** Bodies that vote: the Security Council and the General Assembly (the UN). */
const VOTING_BODIES: readonly string[] = ['unsc', 'un'];

/**
 * A statement told as after "the meeting" ("وقال كيري في مؤتمر صحفي عقب الاجتماع") with no day of
 * its own is dated by the last meeting the article told as held on a day before it; not by one
 * told as another beside it or as bilateral ("أعقبه عشاء عمل"، "بلقاء ثنائي"), which "the meeting" does not name.
 * One told as after "the vote" ("وقال تشوركين للصحفيين بعد التصويت") is dated by the last vote told,
 * or the last resolution or session of a body that votes.
 */
export function onToldMeetingsDay(found: readonly EventCandidate[]): EventCandidate[] {
  return found.map(({ afterTold, ...c }, i) => {
    if (afterTold === undefined || c.date) return c;
    const told = found.slice(0, i).findLast((m) => m.date?.precision === 'day' && (afterTold.of === 'vote'
      ? (m.kind === 'vote' || ((m.type === 'agreement' || m.type === 'meeting') && m.actors.some((a) => VOTING_BODIES.includes(a)))) && (m.status === 'reached' || m.status === 'held')
      : m.type === 'meeting' && m.status === 'held' && !m.another && !m.bilateral));
    if (!told?.date) return c;
    const day = addDays(told.date.start, afterTold.days);
    return { ...c, date: { ...told.date, start: day, end: day } };
  });
}

/**
 * The trigger lies inside a gazetteer name, or a ceasefire's truce noun does ("أُعلن في إطار
 * مجموعة العمل الخاصة بوقف الأعمال القتالية" declares no truce); `hits` is in body order.
 */
export function insideName(t: TriggerHit, hits: readonly GazetteerHit[]): boolean {
  const inside = ({ start, end }: { start: number; end: number }) => {
    const i = lowerBound(hits.length, (k) => hits[k].end > start);
    return i < hits.length && hits[i].start <= start && hits[i].end >= end;
  };
  return inside(t) || (t.noun !== undefined && inside(t.noun));
}

/** A candidate naming no one may be about a place or a truce; one naming people needs a party among them. */
export function namesAParty(c: EventCandidate): boolean {
  return c.actors.length === 0 || c.actors.some(isParty);
}

/**
 * Meetings need a named person, organisation or place, or two countries, and more than one
 * government's officials; statements and calls a voice; agreements a named party or place.
 */
export function hasEvidence(c: EventCandidate): boolean {
  // A statement or a call has one voice at least: a ministry speaking for its country is enough.
  if (STATEMENT_KINDS.has(c.kind) || c.kind === 'call') return c.places.length > 0 || c.actors.length > 0;
  // Officials of one government meeting each other ("اجتماع في الكرملين مع وزيري الدفاع
  // والخارجية") are no diplomacy; one attending a visitor's talks ("وحضر لافروف اللقاء") joins them.
  if (c.type === 'meeting' && !(c.joins && !c.date) && oneSide(c.actors) && c.actors.filter((a) => !isCountry(a)).length >= 2) return false;
  if (c.type === 'meeting') return c.places.length > 0 || c.actors.some((a) => !isCountry(a)) || c.actors.length >= 2;
  if (c.type === 'agreement') return c.places.length > 0 || c.actors.length > 0;
  return true;
}
