import { describe, expect, test } from 'vitest';
import { renamedId } from '../../src/lib/renamed-id.ts';

const IDS = [
  '2016-08-15-meeting-geneva-kerry-lavrov',
  '2016-08-15-call-kerry-lavrov',
  '2016-08-23-statement-press-toner',
  '2016-09-09-agreement-geneva-us-russia',
  '2016-09-09-agreement-geneva-kerry-lavrov',
];

describe('an old link finds its renamed event', () => {
  test.for([
    { name: 'a place learned', wanted: '2016-08-15-meeting-kerry-lavrov', expected: '2016-08-15-meeting-geneva-kerry-lavrov' },
    { name: 'a place lost', wanted: '2016-08-23-statement-press-geneva-toner', expected: '2016-08-23-statement-press-toner' },
    { name: 'the type must agree (a call is not the meeting)', wanted: '2016-08-15-call-moscow-kerry-lavrov', expected: '2016-08-15-call-kerry-lavrov' },
    { name: 'the most words shared wins', wanted: '2016-09-09-agreement-kerry-lavrov', expected: '2016-09-09-agreement-geneva-kerry-lavrov' },
    { name: 'two as close: no guess', wanted: '2016-09-09-agreement-geneva', expected: null },
    { name: 'the one event of that day and type, sharing no other word, is another event', wanted: '2016-08-23-statement-lavrov', expected: null },
    { name: 'another day: none', wanted: '2016-08-16-meeting-kerry-lavrov', expected: null },
    { name: 'no day and type: none', wanted: 'kerry-lavrov', expected: null },
  ])('$name', ({ wanted, expected }) => {
    expect(renamedId(wanted, IDS)).toBe(expected);
  });
});
