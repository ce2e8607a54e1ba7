import { describe, expect, test } from 'vitest';
import { fromURL, toURL, withForeignParams } from '../../src/lib/url-state.ts';

/** What the address bar should read after the view is written over `current`. */
const written = (view: string, current: string) => withForeignParams(toURL(fromURL(new URLSearchParams(view))), new URLSearchParams(current)).toString();

describe('withForeignParams: the view rewrites its own parameters and keeps everyone else’s', () => {
  test.for([
    { view: 'lang=en&event=ev-2', current: 'lang=en', expected: 'lang=en&event=ev-2', why: 'nothing foreign' },
    {
      view: 'embed=1&lang=en&event=ev-2',
      current: 'embed=1&lang=en&origin=https%3A%2F%2Fnews.example&initialWidth=700&childId=tl-1&parentUrl=https%3A%2F%2Fnews.example%2Fa&link=timeline-event-x',
      expected: 'embed=1&lang=en&event=ev-2&origin=https%3A%2F%2Fnews.example&initialWidth=700&childId=tl-1&parentUrl=https%3A%2F%2Fnews.example%2Fa&link=timeline-event-x',
      why: 'pym’s, origin and link, in their original order, after the view’s',
    },
    { view: 'lang=en', current: 'event=ev-1&lang=ar&utm_source=x', expected: 'lang=en&utm_source=x', why: 'a view parameter the view dropped stays dropped' },
    { view: '', current: 'tag=a&tag=b', expected: 'tag=a&tag=b', why: 'repeated foreign parameters all stay' },
    { view: 'from=2016-01-01&to=2016-02-01', current: 'from=2015-01-01&x=1&to=2015-02-01', expected: 'from=2016-01-01&to=2016-02-01&x=1', why: 'the view’s own never duplicate' },
  ])('$why', ({ view, current, expected }) => {
    expect(written(view, current)).toBe(expected);
  });

  test('does not modify its inputs', () => {
    const view = new URLSearchParams('lang=en');
    const current = new URLSearchParams('childId=a');
    withForeignParams(view, current);
    expect([view.toString(), current.toString()]).toEqual(['lang=en', 'childId=a']);
  });
});
