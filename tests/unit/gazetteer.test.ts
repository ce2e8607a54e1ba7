import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import {
  GAZETTEER,
  findGazetteerHits,
  isInside,
  isParty,
  placesRelated,
  publicEntry,
  sideOf,
  sidesOf,
} from '../../scripts/pipeline/gazetteer.ts';

const hitsOf = (text: string) =>
  findGazetteerHits(foldWithOffsets(text)).map((h) => ({ id: h.id, text: text.slice(h.start, h.end), locative: h.locative }));

describe('findGazetteerHits', () => {
  test.each([
    { name: 'Egyptian final ya', text: 'وقال كيرى إن', expected: [{ id: 'kerry', text: 'كيرى', locative: false }] },
    { name: 'Gulf/Egyptian ج for Russian g', text: 'سيرجي لافروف ووزير الدفاع شويجو', expected: [
      { id: 'lavrov', text: 'سيرجي لافروف', locative: false },
      { id: 'shoigu', text: 'شويجو', locative: false },
    ] },
    { name: 'و clitic and harakat', text: 'بوتين وكيري يبحثان تشديد الخناق على تنظيمَي', expected: [
      { id: 'putin', text: 'بوتين', locative: false },
      { id: 'kerry', text: 'وكيري', locative: false },
    ] },
    { name: 'بوتن, اوباما without hamza', text: 'بوتن واوباما', expected: [
      { id: 'putin', text: 'بوتن', locative: false },
      { id: 'obama', text: 'واوباما', locative: false },
    ] },
    { name: 'longest spelling wins', text: 'رئيس النظام السوري بشار الأسد', expected: [{ id: 'assad', text: 'بشار الأسد', locative: false }] },
    { name: 'دي مستورا, غيراسيموف/جيراسيموف, دانفورد/دنفورد', text: 'دي مستورا وجيراسيموف ودنفورد', expected: [
      { id: 'de-mistura', text: 'دي مستورا', locative: false },
      { id: 'gerasimov', text: 'وجيراسيموف', locative: false },
      { id: 'dunford', text: 'ودنفورد', locative: false },
    ] },
    { name: 'الجبير and ظريف', text: 'عادل الجبير وجواد ظريف', expected: [
      { id: 'jubeir', text: 'عادل الجبير', locative: false },
      { id: 'zarif', text: 'وجواد ظريف', locative: false },
    ] },
    { name: 'بـ clitic makes a location', text: 'قد يجري بجنيف يومي 26 و27', expected: [{ id: 'geneva', text: 'بجنيف', locative: true }] },
    { name: 'a preposition makes a location', text: 'لمدة 3 ساعات في موسكو أمس', expected: [{ id: 'moscow', text: 'موسكو', locative: true }] },
    { name: 'a visit verb makes a location', text: 'إذ زار كيري موسكو في منتصف تموز', expected: [
      { id: 'kerry', text: 'كيري', locative: false },
      { id: 'moscow', text: 'موسكو', locative: true },
    ] },
    { name: 'a meeting noun in construct makes a location', text: 'وفتح لقاء موسكو الباب', expected: [{ id: 'moscow', text: 'موسكو', locative: true }] },
    { name: 'Moscow and Washington as governments are not locations', text: 'اتفاق موسكو وواشنطن على تنشيط الجهود', expected: [
      { id: 'moscow', text: 'موسكو', locative: false },
      { id: 'washington', text: 'وواشنطن', locative: false },
    ] },
    { name: 'لـ is "for", not "to"', text: 'الهدف المشترك لموسكو وواشنطن', expected: [
      { id: 'moscow', text: 'لموسكو', locative: false },
      { id: 'washington', text: 'وواشنطن', locative: false },
    ] },
    { name: 'the Kremlin', text: 'محادثات في الكرملين بين الرئيس الروسي فلاديمير بوتين', expected: [
      { id: 'kremlin', text: 'الكرملين', locative: true },
      { id: 'putin', text: 'الرئيس الروسي', locative: false },
      { id: 'putin', text: 'فلاديمير بوتين', locative: false },
    ] },
    { name: 'للـ eats the article', text: 'زيارته للكرملين', expected: [{ id: 'kremlin', text: 'للكرملين', locative: true }] },
    { name: 'عمّان with its Jordanian context is Amman', text: 'مقرّها العاصمة الأردنية، عمّان، مهمتها', expected: [{ id: 'amman', text: 'عمّان', locative: true }] },
    { name: 'عمان alone may be Oman: no hit', text: 'وصل الوزير إلى عمان أمس', expected: [] },
    { name: 'a name inside a longer word is no hit', text: 'الكرملينيون والموسكوفيون', expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(hitsOf(text)).toEqual(expected);
  });

  test('offsets point into the original text, harakat and tatweel included', () => {
    const text = 'التقى كـيري مع لافـروف فِي جُنيف';
    const hits = findGazetteerHits(foldWithOffsets(text));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['كـيري', 'لافـروف', 'جُنيف']);
  });
});

describe('the gazetteer table', () => {
  const all = [...Object.entries(GAZETTEER.actors), ...Object.entries(GAZETTEER.places)];

  test('ids are short lowercase ASCII slugs', () => {
    for (const [id] of all) expect(id).toMatch(/^[a-z][a-z-]{1,20}$/);
  });

  test('every entry has Arabic and English names; people have a role', () => {
    for (const [id, e] of all) {
      expect(e.ar, id).toBeTruthy();
      expect(e.en, id).toBeTruthy();
    }
    for (const [id, e] of Object.entries(GAZETTEER.actors)) if (e.kind === 'person') expect(e.role, id).toBeDefined();
  });

  test('parents, metonyms and affiliations point at existing entries; a person speaks for a state or a body', () => {
    for (const [, e] of Object.entries(GAZETTEER.places)) {
      if (e.parent) expect(GAZETTEER.places[e.parent]).toBeDefined();
      if (e.metonymFor) expect(GAZETTEER.actors[e.metonymFor]).toBeDefined();
    }
    for (const [id, e] of Object.entries(GAZETTEER.actors)) {
      expect(['person', 'org', 'country'], id).toContain(e.kind);
      if (e.affiliation) expect(['org', 'country'], id).toContain(GAZETTEER.actors[e.affiliation]?.kind);
    }
  });

  test('publicEntry keeps only the fields of GazetteerEntry and does not modify its input', () => {
    const before = JSON.stringify(GAZETTEER.actors.kerry);
    const entry = publicEntry(GAZETTEER.actors.kerry);
    expect(Object.keys(entry).sort()).toEqual(['ar', 'en', 'role', 'variants']);
    expect(Object.keys(publicEntry(GAZETTEER.places.kremlin)).sort()).toEqual(['ar', 'en']);
    expect(JSON.stringify(GAZETTEER.actors.kerry)).toBe(before);
  });

  test.each([
    { a: 'kremlin', b: 'moscow', related: true, inside: true },
    { a: 'russian-mfa', b: 'moscow', related: true, inside: true },
    { a: 'kremlin', b: 'russian-mfa', related: false, inside: false },
    { a: 'moscow', b: 'kremlin', related: true, inside: false },
    { a: 'geneva', b: 'moscow', related: false, inside: false },
  ])('$a / $b', ({ a, b, related, inside }) => {
    expect(placesRelated(a, b)).toBe(related);
    expect(isInside(a, b)).toBe(inside);
  });

  test('a person speaks for a state or a body', () => {
    expect(sidesOf('kerry')).toEqual(['kerry', 'us']);
    expect(sidesOf('gerasimov')).toEqual(['gerasimov', 'russia']);
    expect(sidesOf('de-mistura')).toEqual(['de-mistura', 'un']);
    expect(sidesOf('alexeyeva')).toEqual(['alexeyeva']);
  });

  test.each([
    { id: 'kerry', side: 'us', party: true, why: 'an official speaks for his state' },
    { id: 'assad', side: 'syria', party: true, why: 'the head of a state' },
    { id: 'zarif', side: 'iran', party: true, why: 'a minister of another state of the ISSG' },
    { id: 'de-mistura', side: 'un', party: true, why: 'the UN envoy speaks for the UN' },
    { id: 'issg', side: 'issg', party: true, why: 'a body of the diplomacy is a party itself' },
    { id: 'syrian-opposition', side: 'syrian-opposition', party: true, why: 'a Syrian side is a party itself' },
    { id: 'russia', side: 'russia', party: true, why: 'a state is a party itself' },
    { id: 'alexeyeva', side: undefined, party: false, why: 'a human-rights activist is a private person' },
  ])('$id: $why', ({ id, side, party }) => {
    expect(sideOf(id)).toBe(side);
    expect(isParty(id)).toBe(party);
  });

  test('a state named only formally: "سوريا" is the subject of the articles, not a participant', () => {
    expect(hitsOf('وقال إن الأزمة في سوريا تتطلب حلا')).toEqual([]);
    expect(hitsOf('وفد الجمهورية العربية السورية').map((h) => h.id)).toEqual(['syria']);
  });
});
