/**
 * The filters over events: by type, actor and place, and by a text query through a matcher the
 * caller gives (`EventSearch` in `search.ts`, fetched with the first query; none: the query filters
 * nothing out). Also the facet counts the actor and place filters list. Kept apart from the text
 * search so that the first view and the loading worker, which filter and count but search nothing,
 * load no search code or tables.
 */
import { EVENT_TYPES, type EventType, type TimelineEvent } from './types.ts';

export interface FilterState {
  types: readonly EventType[];
  actors: readonly string[];
  places: readonly string[];
  q: string;
}

/** What turns a query into a predicate over events; null for an empty query (everything matches). */
export interface QueryMatcher {
  matcher(q: string): ((event: TimelineEvent) => boolean) | null;
}

export interface FilterResult<T> {
  /** Items passing every filter, in input order. */
  items: T[];
  /** Per type: items passing every filter except the type filter — what ticking that type would show. */
  typeCounts: Record<EventType, number>;
}

/** Apply filters to items in date order (anything holding an `event`). */
export function filterEvents<T extends { event: TimelineEvent }>(items: readonly T[], filters: FilterState, search: QueryMatcher | null): FilterResult<T> {
  const match = search?.matcher(filters.q) ?? null;
  const actors = new Set(filters.actors);
  const places = new Set(filters.places);
  const types = new Set(filters.types);
  const typeCounts = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
  const out: T[] = [];
  for (const item of items) {
    const e = item.event;
    if (actors.size && !e.actors.some((a) => actors.has(a))) continue;
    if (places.size && !e.places.some((p) => places.has(p))) continue;
    if (match && !match(e)) continue;
    typeCounts[e.type]++;
    if (types.has(e.type)) out.push(item);
  }
  return { items: out, typeCounts };
}

/** How many events name each actor or place (for the facet lists), most frequent first. */
export function facetCounts(events: readonly TimelineEvent[], field: 'actors' | 'places'): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of events) {
    const keys = e[field];
    // Count each key once per event; lists are short, so indexOf beats building a Set per event.
    for (let i = 0; i < keys.length; i++) if (keys.indexOf(keys[i]) === i) counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
