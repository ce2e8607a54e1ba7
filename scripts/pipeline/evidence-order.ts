/**
 * In which order merging reads the reports, and in which an event lists its excerpts: the most
 * precise report first, so it anchors the event's date; per article whose lead gave no date, the
 * meeting its lead reports; excerpts by article date, then position.
 *
 * Takes candidates and each article's context; gives orders. Deliberately not done: joining
 * reports into events (merge.ts).
 */
import { byCodeUnit } from '../../src/lib/order.ts';
import type { EventDate, Excerpt } from '../../src/lib/types.ts';
import { daysBetween } from './calendar.ts';
import type { ArticleContext, EventCandidate } from './candidates.ts';

/** A day before a span of days, before a week … before a year. */
export const PRECISION_RANK: Readonly<Record<EventDate['precision'], number>> = {
  day: 0, days: 1, week: 2, 'part-of-month': 3, month: 4, 'part-of-year': 5, year: 6,
};

/**
 * Per article whose lead gave no date, the held meeting its lead reports first (the earliest
 * excerpt; kind breaks a tie, so the order of the input does not matter).
 */
export function leadMeetings(candidates: readonly EventCandidate[], contextOf: Map<string, ArticleContext>): Set<EventCandidate> {
  const first = new Map<string, EventCandidate>();
  for (const c of candidates) {
    const context = contextOf.get(c.article)!;
    if (context.dateFromLead || c.type !== 'meeting' || c.status !== 'held' || c.excerpt.start >= context.leadEnd) continue;
    const seen = first.get(c.article);
    if (!seen || (c.excerpt.start - seen.excerpt.start || byCodeUnit(c.kind, seen.kind)) < 0) first.set(c.article, c);
  }
  return new Set(first.values());
}

/**
 * Most precise first: stated before inferred, a day before a month, a short range before a long
 * one; then a fixed order by article date, article and position. The date keys are computed
 * once per candidate, not in every comparison.
 */
export function sortByEvidence(candidates: EventCandidate[], contextOf: Map<string, ArticleContext>): EventCandidate[] {
  const keyed = candidates.map((c) => {
    const d = c.date ?? contextOf.get(c.article)!.date;
    return { c, approximate: d.approximate ? 1 : 0, rank: PRECISION_RANK[d.precision], span: daysBetween(d.start, d.end), published: contextOf.get(c.article)?.published ?? '' };
  });
  keyed.sort((a, b) =>
    a.approximate - b.approximate || a.rank - b.rank || a.span - b.span
    || byCodeUnit(a.published, b.published) || byCodeUnit(a.c.article, b.c.article)
    || a.c.excerpt.start - b.c.excerpt.start || a.c.excerpt.end - b.c.excerpt.end
    || byCodeUnit(a.c.type, b.c.type) || byCodeUnit(a.c.kind, b.c.kind));
  return keyed.map(({ c }) => c);
}

/** Excerpts by their article's publication day, article, then position. */
export function compareExcerpts(a: Excerpt, b: Excerpt, contextOf: Map<string, ArticleContext>): number {
  const pa = contextOf.get(a.article)?.published ?? '';
  const pb = contextOf.get(b.article)?.published ?? '';
  return byCodeUnit(pa, pb) || byCodeUnit(a.article, b.article) || a.start - b.start || a.end - b.end;
}
