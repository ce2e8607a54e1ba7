import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventSearch, facetCounts, filterEvents, queryWords } from '../../src/lib/search.ts';
import { prepareEvents } from '../../src/lib/timeline/prepare.ts';
import { EVENT_TYPES, type EventsFile } from '../../src/lib/types.ts';

const file: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));
const events = prepareEvents(file.events);
const search = new EventSearch(file);
const all = { types: [...EVENT_TYPES], actors: [], places: [], q: '' };
const find = (q: string) => filterEvents(events, { ...all, q }, search).items.map((e) => e.id);

describe('queryWords', () => {
  it.each([
    ['  كيري   لافروف ', ['كيري', 'لافروف']],
    ['أمس، الخميس', ['امس', 'الخميس']],
    ['Kerry/Lavrov', ['kerry', 'lavrov']],
    ['«جنيف»', ['جنيف']],
    ['', []],
    ['Washington, D.C.', ['washington']],
    ['كيري و لافروف', ['كيري', 'لافروف']],
    ['K', ['k']],
  ])('%j → %j', (q, expected) => expect(queryWords(q)).toEqual(expected));
});

describe('search matches however a name is spelled', () => {
  it.each([
    { q: 'كيرى', why: 'final ya ى folds to ي', mustFind: '2016-07-14-meeting-moscow-kerry-putin' },
    { q: 'سيرجي', why: 'ج spelling found via gazetteer variants', mustFind: '2016-08-26-meeting-geneva-kerry-lavrov' },
    { q: 'سيرجي', why: 'also events whose text spells it سيرغي', mustFind: '2016-07-15-agreement-fight-isis-nusra' },
    { q: 'اتفاق', why: 'hamza-less alef matches أ/إ in titles', mustFind: '2016-08-26-agreement-violations-mechanism' },
    { q: 'إتفاق', why: 'a wrongly written hamza still matches', mustFind: '2016-07-15-agreement-fight-isis-nusra' },
    { q: 'الهدنه', why: 'ه matches ta marbuta ة', mustFind: '2016-02-22-ceasefire-syria-truce' },
    { q: 'GENEVA', why: 'English is case-insensitive', mustFind: '2016-08-23-meeting-geneva-military-experts' },
    { q: 'Lavrov', why: 'English actor names', mustFind: '2016-07-late-meeting-laos-asean' },
    { q: 'جينيف', why: 'a place variant finds the place', mustFind: '2016-08-23-meeting-geneva-military-experts' },
    { q: 'الكرملين', why: 'words from the excerpts', mustFind: '2016-03-24-meeting-kremlin-kerry-putin' },
    { q: 'Sergei', why: 'an English spelling from enVariants', mustFind: '2016-08-26-meeting-geneva-kerry-lavrov' },
    { q: 'Kremlin', why: 'a place by its English variant', mustFind: '2016-03-24-meeting-kremlin-kerry-putin' },
    { q: 'Gerasimov', why: 'a new actor by English name', mustFind: '2015-12-15-call-gerasimov-dunford' },
    { q: 'Nusra', why: 'a group by its common English name matches النصرة in the text', mustFind: '2016-07-15-agreement-fight-isis-nusra' },
    { q: 'Daesh', why: 'ISIS by its Arabic acronym in Latin letters matches داعش', mustFind: '2016-07-15-agreement-fight-isis-nusra' },
    { q: 'ISIS', why: 'the English acronym matches داعش', mustFind: '2015-12-15-call-gerasimov-dunford' },
    { q: 'Aleppo', why: 'a city the gazetteer lacks matches حلب', mustFind: '2016-08-23-meeting-geneva-military-experts' },
    { q: 'truce', why: 'an English word matches الهدنة', mustFind: '2016-08-26-agreement-truce-near' },
    { q: 'Vienna', why: 'a city the gazetteer lacks matches فيينا', mustFind: '2015-12-15-agreement-unsc-draft-vienna' },
  ])('$q: $why', ({ q, mustFind }) => {
    expect(find(q)).toContain(mustFind);
  });

  it.each([
    ['جنيف الرياض', []],
    ['كيري جنيف', ['2016-08-26-agreement-truce-near', '2016-08-26-agreement-violations-mechanism', '2016-08-26-meeting-geneva-kerry-lavrov']],
  ])('every word must match: %s', (q, expected) => expect(find(q)).toEqual(expected));

  it('finds nothing for a word in no event', () => expect(find('طوكيو')).toEqual([]));
  it('an empty query keeps everything', () => expect(find('   ')).toHaveLength(file.events.length));
});

describe('filters and counts', () => {
  it('type counts ignore the type filter but honour the others', () => {
    const r = filterEvents(events, { ...all, types: ['meeting'], places: ['geneva'] }, search);
    expect(r.items.map((e) => e.event.type)).toEqual(['meeting', 'meeting']);
    expect(r.typeCounts).toEqual({ meeting: 2, agreement: 2, ceasefire: 0, deadline: 0, call: 0, statement: 0 });
  });
  it('any selected actor matches (OR within a facet)', () => {
    const r = filterEvents(events, { ...all, actors: ['issg', 'syrian-opposition'] }, search);
    expect(r.items).toHaveLength(3);
  });
  it('keeps date order', () => {
    const r = filterEvents(events, all, search);
    const starts = r.items.map((e) => e.t0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
  it('facet counts, most frequent first', () => {
    expect(facetCounts(file.events, 'actors')[0]).toEqual(['kerry', 10]);
  });
});
