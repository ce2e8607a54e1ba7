import { describe, expect, test } from 'vitest';
import { localDigits, slideDate } from '../../src/present/slide-text.ts';
import type { EventDate } from '../../src/lib/types.ts';

describe('slideDate', () => {
  const date = (start: string, end: string, precision: EventDate['precision'], approximate: boolean, time?: string): EventDate => ({ start, end, precision, approximate, time });
  test.for([
    { d: date('2016-07-15', '2016-07-15', 'day', false), lang: 'en', expected: '15 July 2016' },
    { d: date('2016-07-15', '2016-07-15', 'day', true), lang: 'en', expected: 'around 15 July 2016' },
    { d: date('2016-07-15', '2016-07-15', 'day', true), lang: 'ar', expected: 'نحو 15 يوليو 2016' },
    { d: date('2016-07-11', '2016-07-20', 'part-of-month', true), lang: 'en', expected: 'around mid-July 2016' },
    { d: date('2016-07-11', '2016-07-20', 'part-of-month', true), lang: 'ar', expected: 'نحو منتصف يوليو 2016' },
    { d: date('2016-02-21', '2016-02-29', 'part-of-month', false), lang: 'en', expected: 'late February 2016' },
    { d: date('2016-07-01', '2016-07-10', 'part-of-month', false), lang: 'ar', expected: 'أوائل يوليو 2016' },
    { d: date('2016-07-25', '2016-08-05', 'part-of-month', false), lang: 'en', expected: '25 July – 5 August 2016' },
    { d: date('2016-08-01', '2016-08-31', 'month', true), lang: 'en', expected: 'around August 2016' },
    { d: date('2016-02-27', '2016-02-27', 'day', false, '00:00'), lang: 'en', expected: '27 February 2016, 00:00' },
  ] as const)('$lang $d.start–$d.end $d.precision → $expected', ({ d, lang, expected }) => {
    // Intl puts thin spaces around a range's dash; the words are what is tested.
    expect(slideDate(d, lang).replace(/\s/g, ' ')).toBe(expected);
  });
});

describe('localDigits', () => {
  test.for([
    { n: 3, lang: 'ar', expected: '٣' },
    { n: 14, lang: 'ar', expected: '١٤' },
    { n: 30, lang: 'ar', expected: '٣٠' },
    { n: 14, lang: 'en', expected: '14' },
    { n: 0, lang: 'ar', expected: '٠' },
  ] as const)('$n in $lang → $expected', ({ n, lang, expected }) => expect(localDigits(n, lang)).toBe(expected));
});
