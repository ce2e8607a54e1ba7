/**
 * The presenter's running order and where the timeline looks for each slide. Takes events the view
 * already filtered (so `types=agreement` presents only agreements); gives the deck (a title slide,
 * the events in date order, each with the quote it shows, and an end slide) and, per event, a visible
 * range centred on it. Does not filter, select or touch the view itself.
 */
import { citedArticles } from '../app/article-source.ts';
import { compareByDate } from '../lib/order.ts';
import { DAY_MS, isoToMs, msToIso } from '../lib/timeline/scales.ts';
import type { ArticleMeta, Excerpt, IsoDate, TimelineEvent } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';

/** What the slides about the whole deck (title, sources) are given. */
export interface DeckSummary {
  /** The presented events, in date order. */
  events: readonly TimelineEvent[];
  /** The articles by id, for the sources the events cite. */
  articles: ReadonlyMap<string, ArticleMeta>;
  lang: Lang;
}

export type DeckSlide =
  | { kind: 'title' }
  /** `quote`: the excerpt the slide shows, or null when every excerpt repeats the previous slide's. */
  | { kind: 'event'; event: TimelineEvent; quote: Excerpt | null }
  | { kind: 'end' };

/**
 * The events in date order, the same order the list and the arrow keys follow. The view's filtered
 * list already comes in this order, so it is handed back as it is rather than copied and re-sorted.
 */
export function presenterSlides(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  const ordered = events.every((e, i) => i === 0 || compareByDate(events[i - 1], e) <= 0);
  return ordered ? events : [...events].sort(compareByDate);
}

/** Quotes are compared as a reader would: the same words, whatever the spacing around them. */
const sameWords = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * One quote per event, in the order given: its first excerpt that does not repeat the quote on the
 * slide before (two events told by one sentence would otherwise show it twice running), else none.
 */
export function pickQuotes(events: readonly TimelineEvent[]): (Excerpt | null)[] {
  let previous: string | null = null;
  return events.map((event) => {
    const quote = event.excerpts.find((x) => sameWords(x.text) !== previous) ?? null;
    previous = quote ? sameWords(quote.text) : null;
    return quote;
  });
}

/** Title, one slide per event in date order, end; nothing at all when no event passes the filters. */
export function presenterDeck(events: readonly TimelineEvent[]): DeckSlide[] {
  const ordered = presenterSlides(events);
  if (!ordered.length) return [];
  const quotes = pickQuotes(ordered);
  return [{ kind: 'title' }, ...ordered.map((event, i) => ({ kind: 'event' as const, event, quote: quotes[i] })), { kind: 'end' }];
}

/** The articles the events cite, oldest first (then by id, so equal inputs give equal lists); ids the file lacks are left out. */
export function deckSources(events: readonly TimelineEvent[], articles: ReadonlyMap<string, ArticleMeta>): ArticleMeta[] {
  const ids = new Set(events.flatMap(citedArticles));
  const found = [...ids].map((id) => articles.get(id)).filter((a): a is ArticleMeta => !!a);
  return found.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

/** The first day and the last any of the events covers. */
export function deckRange(events: readonly TimelineEvent[]): { from: IsoDate; to: IsoDate } | null {
  if (!events.length) return null;
  let [from, to] = [events[0].date.start, events[0].date.end];
  for (const e of events) {
    if (e.date.start < from) from = e.date.start;
    if (e.date.end > to) to = e.date.end;
  }
  return { from, to };
}

/** About two months: wide enough to show the neighbouring events that give a slide its context. */
const FOCUS_MIN_DAYS = 60;

/** A range centred on the event, three times its length and never narrower than `minDays` (both ends inclusive). */
export function focusRange(event: TimelineEvent, minDays = FOCUS_MIN_DAYS): { from: IsoDate; to: IsoDate } {
  // Counted in whole days, so the centring rounds to a day rather than to a millisecond.
  const start = isoToMs(event.date.start) / DAY_MS;
  const length = isoToMs(event.date.end) / DAY_MS - start + 1;
  const width = Math.max(minDays, 3 * length);
  const from = start - Math.floor((width - length) / 2);
  return { from: msToIso(from * DAY_MS), to: msToIso((from + width - 1) * DAY_MS) };
}

/** The slide a step leads to, clamped to the ends (no wrap-around: the last slide stays put). Null: not a step. */
export function stepTo(kind: 'next' | 'previous' | 'first' | 'last' | 'goto', current: number, total: number, slide = 1): number | null {
  if (total === 0) return null;
  const clamp = (i: number) => Math.min(Math.max(i, 0), total - 1);
  switch (kind) {
    case 'next':
      return current < 0 ? 0 : clamp(current + 1);
    case 'previous':
      return current < 0 ? 0 : clamp(current - 1);
    case 'first':
      return 0;
    case 'last':
      return total - 1;
    case 'goto':
      return clamp(slide - 1);
  }
}
