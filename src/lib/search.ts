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
import type { QueryMatcher } from './filters.ts';
import type { EventsFile, GazetteerEntry, TimelineEvent } from './types.ts';

// The filters live apart so the first view, which runs them but no text search, loads neither this
// module nor its tables; they are exported here too, so this module stays the whole of the search.
export { facetCounts, filterEvents } from './filters.ts';

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

export class EventSearch implements QueryMatcher {
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
