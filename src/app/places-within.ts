/**
 * Which place lies within which: a venue in its city (the Kremlin in Moscow, the Palais des Nations
 * in Geneva), a town in its province or country. The place filter groups a venue under its city and
 * choosing the city takes in its venues, so "Moscow" finds the talks held in the Kremlin.
 *
 * The pipeline's gazetteer (`scripts/tables/gazetteer.json`) knows this as each place's `parent`,
 * but the events file's contract (`GazetteerEntry` in `src/lib/types.ts`) has no field for it, so
 * the app keeps its own copy as data here; a unit test holds the two equal. Keys are the
 * gazetteer's place ids, which events.json uses.
 */
import type { TimelineEvent } from '../lib/types.ts';

/** Place → the place it lies within. */
export const PLACE_WITHIN: Readonly<Record<string, string>> = {
  kremlin: 'moscow',
  'russian-mfa': 'moscow',
  'white-house': 'washington',
  'state-department': 'washington',
  pentagon: 'washington',
  'palais-des-nations': 'geneva',
  'un-hq': 'new-york',
  unga: 'un-hq',
  vientiane: 'laos',
  astana: 'kazakhstan',
  daraya: 'rif-dimashq',
  madaya: 'rif-dimashq',
  'east-aleppo': 'aleppo',
  hmeimim: 'latakia',
};

/** The place itself and every place it lies within, innermost first (a cycle in the table stops). */
export function placeAndContainers(key: string, within: Readonly<Record<string, string>> = PLACE_WITHIN): string[] {
  const chain = [key];
  for (let p = within[key]; p !== undefined && !chain.includes(p); p = within[p]) chain.push(p);
  return chain;
}

/** The places a filter on `selected` matches: each selected place and every place within it. */
export function expandPlaces(selected: readonly string[], known: Iterable<string>, within: Readonly<Record<string, string>> = PLACE_WITHIN): string[] {
  if (!selected.length) return [];
  const chosen = new Set(selected);
  const out = new Set(selected);
  for (const key of known) if (placeAndContainers(key, within).some((p) => chosen.has(p))) out.add(key);
  return [...out].sort();
}

/** One entry of a filter list (an actor or a place), with the entries nested under it. */
export interface FacetEntry {
  key: string;
  /** Events naming it (for a place, it or any place within it), each counted once. */
  count: number;
  /** For a place, the places within it that the file knows. */
  inner: FacetEntry[];
}

/**
 * The place filter's entries: places no other known place contains at the top, each with the places
 * within it nested; most events first, then by key. A venue whose city the file does not know stays
 * at the top, since there is no city to show it under.
 */
export function placeFacets(events: readonly TimelineEvent[], known: readonly string[], within: Readonly<Record<string, string>> = PLACE_WITHIN): FacetEntry[] {
  const knownSet = new Set(known);
  // Each known place with the known places containing it, once per file, not once per event.
  const chains = new Map(known.map((k) => [k, placeAndContainers(k, within).filter((p) => knownSet.has(p))]));
  const counts = new Map<string, number>(known.map((k) => [k, 0]));
  const hit: string[] = [];
  for (const e of events) {
    hit.length = 0;
    for (const p of e.places) for (const q of chains.get(p) ?? []) if (!hit.includes(q)) hit.push(q);
    for (const q of hit) counts.set(q, counts.get(q)! + 1);
  }
  const parentOf = (key: string) => chains.get(key)![1];
  const build = (keys: string[]): FacetEntry[] =>
    keys
      .filter((k) => counts.get(k)! > 0)
      .map((key) => ({ key, count: counts.get(key)!, inner: build(known.filter((k) => parentOf(k) === key)) }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return build(known.filter((k) => parentOf(k) === undefined));
}
