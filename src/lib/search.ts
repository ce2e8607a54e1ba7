/**
 * Filters and free-text search over events. Text is compared folded (`foldArabic`) on both sides, so
 * "كيرى" finds "كيري" and hamza/ta-marbuta spellings meet. A query word that names a gazetteer entry
 * by any of its spellings (`variants`) also matches events of that actor or place and texts that
 * spell the entry another way: "سيرجي" finds "سيرغي", and English spellings (`en`, `enVariants`) do
 * the same: "Sergei" finds لافروف. English words for groups, cities and kinds of event ("Nusra",
 * "Daesh", "Aleppo", "truce") match their Arabic through `TERMS`. Every word must match (AND); within the actor
 * and place filters any selected key matches (OR). A word naming a place also matches events at the
 * places within it (`placesWithin`, given by the app): "Moscow" or "موسكو" finds talks held in the
 * Kremlin. Only the events' place keys widen, not the text: the inner places' spellings are not
 * searched for, since a venue's name can be a common phrase ("الأمم المتحدة" for the UN headquarters
 * in New York). Haystacks are folded lazily, on the first query, so loading 10,000 events does not pay
 * for search nobody has typed yet.
 */
import { foldArabic } from './arabic.ts';
import { TERMS } from './search-terms.ts';
import { EVENT_TYPES, type EventsFile, type EventType, type GazetteerEntry, type TimelineEvent } from './types.ts';

export interface FilterState {
  types: readonly EventType[];
  actors: readonly string[];
  places: readonly string[];
  q: string;
}

/**
 * Words of a query, folded; punctuation other than word characters separates words. Beside longer
 * words a one-letter word is dropped: it is an initial ("Washington, D.C.") or a joining "و", and
 * would match by any letter of any text, or none. Alone it stays, so the list narrows as one types.
 */
export function queryWords(q: string): string[] {
  const words = foldArabic(q)
    .split(/[\s,،؛;:.!?؟()«»"'/\\-]+/u)
    .filter((w) => w.length > 0);
  const long = words.filter((w) => w.length > 1);
  return long.length ? long : words;
}

function entryNames(entry: GazetteerEntry): string[] {
  return [entry.ar, entry.en, ...(entry.variants ?? []), ...(entry.enVariants ?? [])].map(foldArabic).filter(Boolean);
}

interface Expansion {
  actors: Set<string>;
  places: Set<string>;
  /** Other spellings of the entries the word names: whole folded names. */
  spellings: string[];
}

/** The given place keys and every place lying within any of them. */
export type PlacesWithin = (places: readonly string[]) => readonly string[];

export class EventSearch {
  private readonly haystacks = new WeakMap<TimelineEvent, string>();
  private readonly actorNames: Map<string, string[]>;
  private readonly placeNames: Map<string, string[]>;
  private readonly placesWithin: PlacesWithin;

  /** `placesWithin` defaults to no hierarchy: a place matches only itself. */
  constructor(file: EventsFile, placesWithin: PlacesWithin = (places) => places) {
    this.placesWithin = placesWithin;
    this.actorNames = new Map(Object.entries(file.actors).map(([k, v]) => [k, entryNames(v)]));
    this.placeNames = new Map(Object.entries(file.places).map(([k, v]) => [k, entryNames(v)]));
  }

  /** Everything a query can match for one event, folded and joined. */
  haystack(event: TimelineEvent): string {
    let h = this.haystacks.get(event);
    if (h === undefined) {
      const parts = [event.title.ar, event.title.en, ...event.excerpts.map((x) => x.text)].map(foldArabic);
      for (const k of event.actors) parts.push(...(this.actorNames.get(k) ?? [foldArabic(k)]));
      for (const k of event.places) parts.push(...(this.placeNames.get(k) ?? [foldArabic(k)]));
      h = parts.join('\n');
      this.haystacks.set(event, h);
    }
    return h;
  }

  /** Gazetteer entries a word names (a word of two letters or more inside any spelling). */
  private expand(word: string): Expansion {
    const out: Expansion = { actors: new Set(), places: new Set(), spellings: (TERMS[word] ?? []).map(foldArabic) };
    if (word.length < 2) return out;
    for (const [table, names] of [[out.actors, this.actorNames], [out.places, this.placeNames]] as const) {
      for (const [key, spellings] of names) {
        if (spellings.some((s) => s.includes(word))) {
          table.add(key);
          out.spellings.push(...spellings.filter((s) => s.length >= 3));
        }
      }
    }
    if (out.places.size) out.places = new Set(this.placesWithin([...out.places]));
    return out;
  }

  /** A predicate for a query; null when the query is empty (everything matches). */
  matcher(q: string): ((event: TimelineEvent) => boolean) | null {
    const words = queryWords(q);
    if (!words.length) return null;
    const expansions = words.map((w) => ({ word: w, ...this.expand(w) }));
    return (event) => {
      const h = this.haystack(event);
      return expansions.every(
        (x) =>
          h.includes(x.word) ||
          event.actors.some((a) => x.actors.has(a)) ||
          event.places.some((p) => x.places.has(p)) ||
          x.spellings.some((s) => h.includes(s)),
      );
    };
  }
}

export interface FilterResult<T> {
  /** Items passing every filter, in input order. */
  items: T[];
  /** Per type: items passing every filter except the type filter — what ticking that type would show. */
  typeCounts: Record<EventType, number>;
}

/** Apply filters to items in date order (anything holding an `event`). */
export function filterEvents<T extends { event: TimelineEvent }>(items: readonly T[], filters: FilterState, search: EventSearch | null): FilterResult<T> {
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
