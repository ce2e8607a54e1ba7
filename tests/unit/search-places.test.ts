/**
 * Search by place hierarchy: a word naming a place, in any spelling the gazetteer has for it (Arabic,
 * English, their variants), finds the events held at places within it, though neither the event's
 * places nor its text name the outer place. The hierarchy only widens downward, and without one a
 * place finds only itself.
 */
import { describe, expect, it } from 'vitest';
import { expandPlaces, PLACE_WITHIN } from '../../src/app/places-within.ts';
import { EventSearch } from '../../src/lib/search.ts';
import { prepareEvents } from '../../src/lib/timeline/prepare.ts';
import type { EventsFile, GazetteerEntry, TimelineEvent } from '../../src/lib/types.ts';
import gazetteer from '../../scripts/tables/gazetteer.json';

const places = (gazetteer as { places: Record<string, GazetteerEntry> }).places;

/** An event held at one place, its text naming nothing but the meeting. */
const heldAt = (place: string): TimelineEvent => ({
  id: `at-${place}`, type: 'meeting', status: 'held', date: { start: '2016-07-15', end: '2016-07-15', precision: 'day', approximate: false },
  title: { ar: 'اجتماع', en: 'meeting' }, actors: [], places: [place], excerpts: [],
});

const venues = Object.keys(PLACE_WITHIN);
const cities = [...new Set(Object.values(PLACE_WITHIN))];
const file: EventsFile = { articles: [], actors: {}, places, events: [...venues, ...cities].map(heldAt) };
const withHierarchy = new EventSearch(file, (keys) => expandPlaces(keys, venues));
const flat = new EventSearch(file);
const find = (search: EventSearch, q: string) => prepareEvents(file.events).filter((e) => search.matcher(q)!(e.event)).map((e) => e.id);

const spellings = (e: GazetteerEntry) => [e.ar, e.en, ...(e.variants ?? []), ...(e.enVariants ?? [])];

/** Every spelling of every place that has places within it, with one venue inside. */
const rows = venues.flatMap((venue) => spellings(places[PLACE_WITHIN[venue]!]!).map((q) => ({ q, venue, city: PLACE_WITHIN[venue]! })));

describe('a place in any spelling finds the events at the places within it', () => {
  it('covers Moscow and Geneva in both languages', () => {
    expect(rows).toEqual(expect.arrayContaining([
      { q: 'Moscow', venue: 'kremlin', city: 'moscow' },
      { q: 'موسكو', venue: 'kremlin', city: 'moscow' },
      { q: 'Moskva', venue: 'russian-mfa', city: 'moscow' },
      { q: 'Geneva', venue: 'palais-des-nations', city: 'geneva' },
      { q: 'جنيف', venue: 'palais-des-nations', city: 'geneva' },
      { q: 'Genève', venue: 'palais-des-nations', city: 'geneva' },
    ]));
  });

  it.each(rows)('$q finds the event at $venue', ({ q, venue, city }) => {
    const found = find(withHierarchy, q);
    expect(found).toContain(`at-${venue}`);
    expect(found).toContain(`at-${city}`);
  });
});

describe('the hierarchy widens downward only', () => {
  it.each([
    { q: 'Kremlin', finds: ['at-kremlin'] },
    { q: 'الكرملين', finds: ['at-kremlin'] },
    { q: 'Palais des Nations', finds: ['at-palais-des-nations'] },
    { q: 'قصر الأمم', finds: ['at-palais-des-nations'] },
  ])('$q finds $finds and not the city', ({ q, finds }) => {
    expect(find(withHierarchy, q)).toEqual(finds);
  });

  it('a city finds no venue of another city', () => {
    expect(find(withHierarchy, 'Moscow')).toEqual(['at-kremlin', 'at-moscow', 'at-russian-mfa']);
  });
});

describe('without a hierarchy', () => {
  // The Palais des Nations is still found by "Geneva": its own spellings name the city ("UN Geneva").
  it.each([
    { q: 'Moscow', finds: ['at-moscow'] },
    { q: 'موسكو', finds: ['at-moscow'] },
    { q: 'Geneva', finds: ['at-geneva', 'at-palais-des-nations'] },
    { q: 'Washington', finds: ['at-washington'] },
  ])('$q finds only $finds', ({ q, finds }) => {
    expect(find(flat, q)).toEqual(finds);
  });
});
