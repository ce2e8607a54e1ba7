import { describe, expect, test } from 'vitest';
import { timelineEvent } from '../support/timeline-event.ts';
import { focusRange, presenterSlides, stepTo } from '../../src/present/slides.ts';

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
