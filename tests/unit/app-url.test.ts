import { describe, expect, it } from 'vitest';
import { historyAction } from '../../src/app/url-sync.svelte.ts';
import { ViewState } from '../../src/app/view.svelte.ts';
import { DEFAULT_TYPES } from '../../src/lib/types.ts';
import { DEFAULT_VIEW, fromURL, toURL, type ViewParams } from '../../src/lib/url-state.ts';

const view = (over: Partial<ViewParams> = {}): ViewParams => ({ ...DEFAULT_VIEW, types: [...DEFAULT_TYPES], ...over });
const parse = (s: string) => fromURL(new URLSearchParams(s));

describe('URL round trip', () => {
  it.each<[string, Partial<ViewParams>]>([
    ['defaults', {}],
    ['Arabic, dark, list', { lang: 'ar', theme: 'dark', layout: 'list' }],
    ['selection', { event: '2016-07-14-meeting-moscow-kerry-putin' }],
    ['no types at all', { types: [] }],
    ['some types', { types: ['meeting', 'deadline'] }],
    ['actors and places', { actors: ['kerry', 'lavrov'], places: ['geneva'] }],
    ['Arabic search with spaces and punctuation', { q: 'سيرجي لافروف، جنيف & co?' }],
    ['visible range', { from: '2016-07-01', to: '2016-08-31' }],
    ['embed with height and data file', { embed: true, height: 600, data: './other.json', mode: 'present' }],
  ])('%s', (_name, over) => {
    const v = view(over);
    expect(parse(toURL(v).toString())).toEqual(v);
  });

  it('equal views give equal URLs (order of lists does not matter)', () => {
    expect(toURL(view({ actors: ['lavrov', 'kerry'] })).toString()).toBe(toURL(view({ actors: ['kerry', 'lavrov'] })).toString());
  });

  it.each<[string, Partial<ViewParams>]>([
    ['from after to is swapped', { from: '2016-06-01', to: '2016-07-01' }],
    ['a malformed date is dropped', { from: null, to: '2016-07-01' }],
    ['an unknown language is ignored', { lang: null }],
    ['an id with spaces is refused', { event: null }],
    ['a height out of bounds is ignored', { height: null }],
    ['an unknown type list falls back to the default types', { types: [...DEFAULT_TYPES] }],
  ])('edge case: %s', (name, expected) => {
    const urls: Record<string, string> = {
      'from after to is swapped': 'from=2016-07-01&to=2016-06-01',
      'a malformed date is dropped': 'from=2016-13-45&to=2016-07-01',
      'an unknown language is ignored': 'lang=fr',
      'an id with spaces is refused': 'event=a%20b',
      'a height out of bounds is ignored': 'height=50',
      'an unknown type list falls back to the default types': 'types=party',
    };
    expect(parse(urls[name])).toMatchObject(expected);
  });
});

describe('history: push for discrete changes, replace for continuous ones', () => {
  it.each<[string, Partial<ViewParams>, 'push' | 'replace' | null]>([
    ['nothing changed', {}, null],
    ['zoom or pan', { from: '2016-01-01', to: '2016-02-01' }, 'replace'],
    ['typing', { q: 'كيري' }, 'replace'],
    ['selection', { event: 'x' }, 'push'],
    ['filter toggle', { types: ['meeting'] }, 'push'],
    ['language', { lang: 'ar' }, 'push'],
    ['selection and range together', { event: 'x', from: '2016-01-01', to: '2016-02-01' }, 'push'],
  ])('%s → %s', (_name, change, expected) => {
    expect(historyAction(view(), view(change))).toBe(expected);
  });
});

describe('ViewState', () => {
  const seq = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const make = (params: Partial<ViewParams> = {}) => {
    const v = new ViewState(view(params), ['ar-SY', 'en']);
    v.setSequence(() => seq);
    return v;
  };

  it('mirrors a link exactly', () => {
    const link = 'lang=en&theme=dark&types=meeting%2Cagreement&actors=kerry&q=%D9%83%D9%8A%D8%B1%D9%8A&from=2016-07-01&to=2016-07-31&event=b';
    expect(toURL(make(parse(link)).params).toString()).toBe(link);
  });

  it('follows the browser language until one is chosen', () => {
    const v = make();
    expect(v.uiLang).toBe('ar');
    expect(v.rtl).toBe(true);
    v.setLang('en');
    expect(v.uiLang).toBe('en');
    expect(v.rtl).toBe(false);
  });

  it.each([
    { start: null, op: 'selectNext', expected: 'a' },
    { start: null, op: 'selectPrevious', expected: 'c' },
    { start: 'a', op: 'selectNext', expected: 'b' },
    { start: 'c', op: 'selectNext', expected: 'c' },
    { start: 'a', op: 'selectPrevious', expected: 'a' },
    { start: 'gone', op: 'selectNext', expected: 'a' },
    { start: 'b', op: 'selectLast', expected: 'c' },
  ] as const)('$op from $start → $expected', ({ start, op, expected }) => {
    const v = make({ event: start });
    expect(v[op]()).toBe(expected);
    expect(v.event).toBe(expected);
  });

  it.each([
    { selected: null, focused: 'b', op: 'selectNext', expected: 'c' },
    { selected: 'a', focused: 'c', op: 'selectPrevious', expected: 'b' },
    { selected: 'c', focused: 'a', op: 'selectNext', expected: 'b' },
  ] as const)('$op from the focused $focused while $selected is selected → $expected', ({ selected, focused, op, expected }) => {
    const v = make({ event: selected });
    expect(v[op](focused)).toBe(expected);
    expect(v.event).toBe(expected);
  });

  it('setRange takes ISO days or ms and reads back as from/to', () => {
    const v = make();
    v.setRange('2016-07-01', '2016-07-31');
    expect([v.from, v.to]).toEqual(['2016-07-01', '2016-07-31']);
    v.setRange(Date.UTC(2016, 0, 10, 12), Date.UTC(2016, 0, 20, 6));
    expect([v.from, v.to]).toEqual(['2016-01-10', '2016-01-20']);
    v.setRange(null, null);
    expect(v.params.from).toBeNull();
  });

  it('apply keeps a finer domain that rounds to the same days (no jump on back/forward)', () => {
    const v = make();
    const fine: [number, number] = [Date.UTC(2016, 0, 10, 12), Date.UTC(2016, 0, 20, 6)];
    v.setRange(...fine);
    v.apply(v.params);
    expect(v.domain).toEqual(fine);
  });

  it('filters are normalised', () => {
    const v = make();
    v.setFilters({ types: ['deadline', 'meeting'], actors: ['lavrov', 'kerry', 'kerry'] });
    expect(v.types).toEqual(['meeting', 'deadline']);
    expect(v.actors).toEqual(['kerry', 'lavrov']);
    v.toggleType('meeting');
    expect(v.types).toEqual(['deadline']);
    v.clearFilters();
    expect(toURL(v.params).toString()).toBe('');
  });
});
