import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEventDate, truncate } from '../../src/lib/format.ts';
import { highlightPieces, highlightRuns } from '../../src/lib/highlight.ts';
import { STRINGS, detectLang, t } from '../../src/lib/i18n.ts';
import type { EventDate } from '../../src/lib/types.ts';

const d = (start: string, end: string, precision: EventDate['precision']): EventDate => ({ start, end, precision, approximate: false });

describe('formatEventDate', () => {
  it.each([
    [d('2016-07-15', '2016-07-15', 'day'), 'en', '15 July 2016'],
    [d('2016-07-15', '2016-07-15', 'day'), 'ar', '15 يوليو 2016'],
    [d('2016-07-14', '2016-07-15', 'days'), 'ar', '14–15 يوليو 2016'],
    [d('2016-08-01', '2016-08-31', 'month'), 'en', 'August 2016'],
    [d('2017-05-01', '2017-08-31', 'part-of-year'), 'en', 'May – August 2017'],
    [d('2017-01-01', '2017-12-31', 'year'), 'ar', '2017'],
  ] as const)('%j in %s → %s', (date, lang, expected) => {
    expect(formatEventDate(date, lang).replace(/\u2009/g, ' ')).toBe(expected);
  });
  it('uses Western digits in Arabic, as the sources do', () => {
    expect(formatEventDate(d('2016-12-15', '2016-12-15', 'day'), 'ar')).not.toMatch(/[٠-٩]/);
  });
});

describe('highlightPieces', () => {
  it.each([
    { name: 'one span in the middle', text: 'abcdef', spans: [{ start: 2, end: 4, kind: 'date' }], base: 0, expected: [['ab', ''], ['cd', 'date'], ['ef', '']] },
    { name: 'offsets relative to the article body', text: 'abcdef', spans: [{ start: 102, end: 104, kind: 'date' }], base: 100, expected: [['ab', ''], ['cd', 'date'], ['ef', '']] },
    { name: 'span out of range is clipped', text: 'abc', spans: [{ start: 2, end: 99, kind: 'x' }], base: 0, expected: [['ab', ''], ['c', 'x']] },
    { name: 'nested spans combine kinds', text: 'abcdef', spans: [{ start: 0, end: 6, kind: 'excerpt' }, { start: 2, end: 3, kind: 'date' }], base: 0, expected: [['ab', 'excerpt'], ['c', 'excerpt date'], ['def', 'excerpt']] },
    { name: 'no spans', text: 'نص', spans: [], base: 0, expected: [['نص', '']] },
  ])('$name', ({ text, spans, base, expected }) => {
    const pieces = highlightPieces(text, spans, base);
    expect(pieces.map((p) => [p.text, p.kind])).toEqual(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
  it('marks the first piece of each referenced span for scrolling', () => {
    const pieces = highlightPieces('aaaa bbbb', [{ start: 0, end: 4, kind: 'excerpt', ref: 0 }, { start: 1, end: 2, kind: 'date' }, { start: 5, end: 9, kind: 'excerpt', ref: 1 }]);
    expect(pieces.filter((p) => p.first).map((p) => p.ref)).toEqual([0, 1]);
  });
});

describe('highlightRuns', () => {
  it('keeps each excerpt one run with its date expression marked inside', () => {
    const runs = highlightRuns('xx aaaa bbbb', [
      { start: 103, end: 107, kind: 'excerpt', ref: 0 },
      { start: 104, end: 105, kind: 'date' },
      { start: 108, end: 112, kind: 'excerpt chosen', ref: 1 },
    ], 100);
    expect(runs.map((r) => [r.kind, r.ref, r.pieces.map((p) => [p.text, p.kind])])).toEqual([
      ['', undefined, [['xx ', '']]],
      ['excerpt', 0, [['a', ''], ['a', 'date'], ['aa', '']]],
      ['', undefined, [[' ', '']]],
      ['excerpt chosen', 1, [['bbbb', '']]],
    ]);
    expect(runs.filter((r) => r.first).map((r) => r.ref)).toEqual([0, 1]);
  });
  it('marks a date expression outside any excerpt at the top level', () => {
    const runs = highlightRuns('abcdef', [{ start: 2, end: 4, kind: 'date' }]);
    expect(runs).toEqual([{ kind: '', ref: undefined, first: undefined, pieces: [{ text: 'ab', kind: '' }, { text: 'cd', kind: 'date' }, { text: 'ef', kind: '' }] }]);
  });
});

describe('i18n', () => {
  it('both languages define every string', () => {
    expect(Object.keys(STRINGS.ar).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const lang of ['ar', 'en'] as const) for (const v of Object.values(STRINGS[lang])) expect(v.trim()).not.toBe('');
  });
  it('every string is used somewhere in the app (keys built from a prefix count as used)', () => {
    const root = join(import.meta.dirname, '../../src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|svelte)$/.test(f));
    const read = (names: string[]) => names.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    // The tables themselves quote some keys, so literal uses are looked for outside i18n.ts only.
    const callers = read(files.filter((f) => !f.endsWith('i18n.ts')));
    const everything = read(files);
    const unused = Object.keys(STRINGS.en).filter((key) => {
      const prefix = key.match(/^(\w+)\./)?.[1];
      return prefix ? !everything.includes(`\`${prefix}.\${`) : !callers.includes(`'${key}'`);
    });
    expect(unused).toEqual([]);
  });
  it('fills placeholders and leaves unknown ones', () => {
    expect(t('en', 'count', { n: 3, total: 15 })).toBe('Showing 3 of 15 events');
    expect(t('ar', 'count', { n: 3 })).toBe('الأحداث المعروضة: 3 من {total}');
  });
  it.each([
    [null, ['ar-SY', 'en-US'], 'ar'],
    [null, ['fr-FR', 'en-GB'], 'en'],
    [null, ['fr-FR'], 'en'],
    [null, [], 'en'],
    ['en', ['ar'], 'en'],
  ] as const)('detectLang(%s, %j) → %s', (url, browser, expected) => expect(detectLang(url, browser)).toBe(expected));
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['Agreement to fight ISIS and the Nusra Front', 20, 'Agreement to fight…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
  ])('%s / %d', (text, max, expected) => expect(truncate(text, max)).toBe(expected));
});
