/**
 * Date order is defined once (src/lib/order.ts); the prepared rows and the presenter's slides must
 * both follow it, including on ties where a locale-aware comparison would disagree.
 */
import { describe, expect, test } from 'vitest';
import { compareByDate } from '../../src/lib/order.ts';
import { prepareEvents } from '../../src/lib/timeline/prepare.ts';
import { timelineEvent } from '../support/timeline-event.ts';
import { presenterSlides } from '../../src/present/slides.ts';

const event = timelineEvent;

describe('compareByDate', () => {
  test.for([
    { a: event('z', '2015-01-01'), b: event('a', '2015-01-02'), sign: -1, why: 'earlier start first, whatever the id' },
    { a: event('z', '2015-01-01'), b: event('a', '2015-01-01', '2015-01-03'), sign: -1, why: 'same start: the shorter first' },
    { a: event('a', '2015-01-01'), b: event('b', '2015-01-01'), sign: -1, why: 'same days: by id' },
    { a: event('B', '2015-01-01'), b: event('a', '2015-01-01'), sign: -1, why: 'ids by code unit ("B" < "a"), not by locale' },
    { a: event('a-b', '2015-01-01'), b: event('ab', '2015-01-01'), sign: -1, why: 'a hyphen is not ignored ("-" < "b")' },
    { a: event('a', '2015-01-01'), b: event('a', '2015-01-01'), sign: 0, why: 'equal' },
  ])('$why', ({ a, b, sign }) => {
    expect(Math.sign(compareByDate(a, b))).toBe(sign);
    expect(Math.sign(compareByDate(b, a))).toBe(-sign || 0);
  });
});

describe('one date order everywhere', () => {
  const events = [
    event('m-2', '2016-02-22'),
    event('b', '2015-09-30', '2015-10-02'),
    event('a', '2015-09-30'),
    event('B', '2015-09-30'),
    event('a-b', '2015-09-30'),
    event('ab', '2015-09-30'),
  ];
  const expected = ['B', 'a', 'a-b', 'ab', 'b', 'm-2'];

  test('prepared rows (list, arrow keys, clusters) follow it', () => {
    expect(prepareEvents(events).map((r) => r.id)).toEqual(expected);
  });
  test('the presenter follows it', () => {
    expect(presenterSlides(events).map((e) => e.id)).toEqual(expected);
  });
});
