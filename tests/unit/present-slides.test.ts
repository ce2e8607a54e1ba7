import { describe, expect, test } from 'vitest';
import { timelineEvent } from '../support/timeline-event.ts';
import { deckRange, deckSources, focusRange, pickQuotes, presenterDeck, presenterSlides, stepTo } from '../../src/present/slides.ts';
import type { ArticleMeta, Excerpt } from '../../src/lib/types.ts';

const quote = (text: string, article = 'a1'): Excerpt => ({ article, start: 0, end: text.length, text });
const withQuotes = (id: string, day: string, ...texts: string[]) => timelineEvent(id, day, day, { excerpts: texts.map((t) => quote(t)) });

const event = timelineEvent;

describe('presenterSlides', () => {
  test('date order, shorter first on the same day, then id', () => {
    const events = [event('c', '2016-02-22'), event('b', '2015-09-30', '2015-10-02'), event('a', '2015-09-30'), event('d', '2015-09-30')];
    expect(presenterSlides(events).map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  test('does not modify its input', () => {
    const events = [event('b', '2016-01-01'), event('a', '2015-01-01')];
    presenterSlides(events);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('focusRange', () => {
  test.for([
    { start: '2016-02-22', end: '2016-02-22', expected: { from: '2016-01-24', to: '2016-03-23' }, why: 'a day: the minimum window around it' },
    { start: '2015-01-01', end: '2015-03-31', expected: { from: '2014-10-03', to: '2015-06-29' }, why: 'a quarter: three times its length' },
    { start: '2016-12-31', end: '2016-12-31', expected: { from: '2016-12-02', to: '2017-01-30' }, why: 'across a year end' },
  ])('$why', ({ start, end, expected }) => {
    const range = focusRange(event('x', start, end));
    expect(range).toEqual(expected);
    expect(range.from <= start && end <= range.to).toBe(true);
  });
});

describe('stepTo', () => {
  test.for([
    { kind: 'next', current: 0, total: 5, expected: 1 },
    { kind: 'next', current: 4, total: 5, expected: 4, why: 'stays on the last slide' },
    { kind: 'previous', current: 0, total: 5, expected: 0, why: 'stays on the first slide' },
    { kind: 'previous', current: 3, total: 5, expected: 2 },
    { kind: 'next', current: -1, total: 5, expected: 0, why: 'selection not among the slides: start at the first' },
    { kind: 'previous', current: -1, total: 5, expected: 0 },
    { kind: 'first', current: 3, total: 5, expected: 0 },
    { kind: 'last', current: 1, total: 5, expected: 4 },
    { kind: 'goto', current: 0, total: 5, slide: 3, expected: 2, why: 'slide numbers count from 1' },
    { kind: 'goto', current: 0, total: 5, slide: 99, expected: 4, why: 'past the end: the last slide' },
    { kind: 'next', current: 0, total: 0, expected: null, why: 'no slides' },
  ] as const)('$kind from $current of $total → $expected', ({ kind, current, total, expected, ...rest }) => {
    expect(stepTo(kind, current, total, 'slide' in rest ? rest.slide : undefined)).toBe(expected);
  });
});

describe('pickQuotes', () => {
  test.for([
    { texts: [['A'], ['B']], expected: ['A', 'B'], why: 'different quotes: each its first' },
    { texts: [['A', 'B'], ['A', 'C']], expected: ['A', 'C'], why: 'the next slide takes another excerpt than the one just shown' },
    { texts: [['A'], ['A'], ['A']], expected: ['A', null, 'A'], why: 'no other excerpt: none, and the slide after may show it again' },
    { texts: [['A '], [' A', 'B']], expected: ['A ', 'B'], why: 'the same words with other spacing count as the same quote' },
    { texts: [[], ['A']], expected: [null, 'A'], why: 'an event without excerpts' },
  ])('$why', ({ texts, expected }) => {
    const events = texts.map((t, i) => withQuotes(`e${i}`, `2016-01-0${i + 1}`, ...t));
    expect(pickQuotes(events).map((q) => q?.text ?? null)).toEqual(expected);
  });

  test('no two consecutive slides of the deck show the same quote', () => {
    const events = [withQuotes('a', '2016-01-01', 'X', 'Y'), withQuotes('b', '2016-01-02', 'X', 'Y'), withQuotes('c', '2016-01-03', 'Y', 'X')];
    const shown = presenterDeck(events).flatMap((s) => (s.kind === 'event' ? [s.quote?.text ?? null] : []));
    expect(shown).toEqual(['X', 'Y', 'X']);
  });
});

describe('presenterDeck', () => {
  test('a title slide, the events in date order, an end slide', () => {
    const deck = presenterDeck([timelineEvent('b', '2016-02-01'), timelineEvent('a', '2016-01-01')]);
    expect(deck.map((s) => (s.kind === 'event' ? s.event.id : s.kind))).toEqual(['title', 'a', 'b', 'end']);
  });

  test('no events, no slides', () => expect(presenterDeck([])).toEqual([]));
});

describe('deckSources and deckRange', () => {
  const article = (id: string, published: string): ArticleMeta => ({ id, published, publishedFrom: 'metadata' });
  const articles = new Map([article('late', '2016-08-27'), article('early', '2015-12-16'), article('mid', '2016-03-25')].map((a) => [a.id, a]));
  const events = [
    timelineEvent('x', '2016-03-24', '2016-03-24', { excerpts: [quote('q', 'mid'), quote('r', 'late')] }),
    timelineEvent('y', '2015-11-01', '2015-11-30', { excerpts: [quote('q', 'early')], history: [{ status: 'planned', date: '2015-11-01', article: 'missing' }] }),
  ];

  test('every cited article once, oldest first; ids the file lacks are left out', () => {
    expect(deckSources(events, articles).map((a) => a.id)).toEqual(['early', 'mid', 'late']);
  });

  test('the range runs from the earliest start to the latest end', () => {
    expect(deckRange(events)).toEqual({ from: '2015-11-01', to: '2016-03-24' });
    expect(deckRange([])).toBeNull();
  });
});
