/**
 * Place hierarchy in the app: the venue → city table agrees with the gazetteer's `parent` fields, a
 * place filter takes in what lies within the chosen place, and the filter list nests venues under
 * their cities with counts that include them.
 */
import { describe, expect, it } from 'vitest';
import { expandPlaces, placeAndContainers, placeFacets, PLACE_WITHIN } from '../../src/app/places-within.ts';
import { filterEvents } from '../../src/lib/search.ts';
import type { TimelineEvent } from '../../src/lib/types.ts';
import gazetteer from '../../scripts/tables/gazetteer.json';

const event = (id: string, places: string[]): TimelineEvent => ({
  id, type: 'meeting', status: 'held', date: { start: '2016-07-15', end: '2016-07-15', precision: 'day', approximate: false },
  title: { ar: id, en: id }, actors: [], places, excerpts: [],
});

describe('the table', () => {
  it('is the gazetteer’s parent links, no more and no fewer', () => {
    const places = (gazetteer as { places: Record<string, { parent?: string }> }).places;
    const parents = Object.fromEntries(Object.entries(places).filter(([, p]) => p.parent).map(([k, p]) => [k, p.parent!]));
    expect(PLACE_WITHIN).toEqual(parents);
  });
  it('names only places the gazetteer knows', () => {
    const known = new Set(Object.keys((gazetteer as { places: object }).places));
    for (const [venue, city] of Object.entries(PLACE_WITHIN)) expect([venue, city].filter((k) => !known.has(k))).toEqual([]);
  });
});

describe('placeAndContainers', () => {
  it.each([
    ['kremlin', {}, ['kremlin']],
    ['kremlin', { kremlin: 'moscow' }, ['kremlin', 'moscow']],
    ['hall', { hall: 'kremlin', kremlin: 'moscow' }, ['hall', 'kremlin', 'moscow']],
    ['a', { a: 'b', b: 'a' }, ['a', 'b']],
  ] as const)('%s in %j → %j', (key, within, expected) => {
    expect(placeAndContainers(key, within)).toEqual(expected);
  });
});

describe('expandPlaces', () => {
  const known = ['moscow', 'kremlin', 'russian-mfa', 'geneva', 'palais-des-nations', 'new-york'];
  it.each([
    { name: 'nothing chosen', selected: [], expected: [] },
    { name: 'a city takes in its venues', selected: ['moscow'], expected: ['kremlin', 'moscow', 'russian-mfa'] },
    { name: 'a venue is only itself', selected: ['kremlin'], expected: ['kremlin'] },
    { name: 'two cities', selected: ['geneva', 'moscow'], expected: ['geneva', 'kremlin', 'moscow', 'palais-des-nations', 'russian-mfa'] },
    { name: 'a city without venues', selected: ['new-york'], expected: ['new-york'] },
    { name: 'a key the file does not know stays', selected: ['atlantis'], expected: ['atlantis'] },
  ])('$name', ({ selected, expected }) => {
    expect(expandPlaces(selected, known)).toEqual(expected);
  });
  it('does not modify its input', () => {
    const selected = ['moscow'];
    expandPlaces(selected, known);
    expect(selected).toEqual(['moscow']);
  });
  it('lets the filter find the Kremlin talks under Moscow', () => {
    const items = [event('kremlin-talks', ['kremlin']), event('moscow-talks', ['moscow']), event('geneva-talks', ['geneva'])].map((e) => ({ event: e }));
    const filters = { types: ['meeting'] as const, actors: [], q: '' };
    const ids = (places: string[]) => filterEvents(items, { ...filters, places }, null).items.map((i) => i.event.id);
    expect(ids(expandPlaces(['moscow'], known))).toEqual(['kremlin-talks', 'moscow-talks']);
    expect(ids(expandPlaces(['kremlin'], known))).toEqual(['kremlin-talks']);
  });
});

describe('placeFacets', () => {
  const known = ['moscow', 'kremlin', 'russian-mfa', 'geneva', 'palais-des-nations', 'un-hq'];
  const events = [
    event('e1', ['moscow']),
    event('e2', ['kremlin']),
    event('e3', ['kremlin', 'moscow']),
    event('e4', ['russian-mfa']),
    event('e5', ['geneva']),
    event('e6', ['un-hq']),
  ];
  it('nests venues under their cities, counting each event once', () => {
    expect(placeFacets(events, known)).toEqual([
      {
        key: 'moscow', count: 4, inner: [
          { key: 'kremlin', count: 2, inner: [] },
          { key: 'russian-mfa', count: 1, inner: [] },
        ],
      },
      { key: 'geneva', count: 1, inner: [] },
      { key: 'un-hq', count: 1, inner: [] },
    ]);
  });
  it('keeps a venue at the top when the file does not know its city', () => {
    expect(placeFacets([event('e', ['un-hq'])], ['un-hq']).map((f) => f.key)).toEqual(['un-hq']);
  });
  it('leaves out places no event names', () => {
    expect(placeFacets([], known)).toEqual([]);
  });
  it('follows a table it is given', () => {
    expect(placeFacets([event('e', ['a'])], ['a', 'b'], { a: 'b' })).toEqual([{ key: 'b', count: 1, inner: [{ key: 'a', count: 1, inner: [] }] }]);
  });
});
