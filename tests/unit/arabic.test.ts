import { describe, expect, test } from 'vitest';
import { foldArabic, foldWithOffsets } from '../../src/lib/arabic.ts';

describe('foldArabic', () => {
  test.for([
    { input: 'كيرى', expected: 'كيري', why: 'Egyptian final ya' },
    { input: 'الأمريكى', expected: 'الامريكي', why: 'hamza on alef and final ya' },
    { input: 'فى', expected: 'في', why: 'Egyptian preposition' },
    { input: 'إيران', expected: 'ايران', why: 'hamza below alef' },
    { input: 'آب', expected: 'اب', why: 'madda' },
    { input: 'سورية', expected: 'سوريه', why: 'ta marbuta' },
    { input: 'تنظيمَي', expected: 'تنظيمي', why: 'harakat dropped' },
    { input: 'قـــرار', expected: 'قرار', why: 'tatweel dropped' },
    { input: '\u200Fكيري\u200E', expected: 'كيري', why: 'RLM and LRM dropped' },
    { input: '٢٦ و٢٧', expected: '26 و27', why: 'Arabic-Indic digits' },
    { input: '۲۰۱۶', expected: '2016', why: 'Extended Arabic-Indic digits' },
    { input: 'Kerry', expected: 'kerry', why: 'Latin lowercased' },
    { input: 'مسؤول', expected: 'مسوول', why: 'hamza on waw' },
    { input: 'لاڤروف', expected: 'لافروف', why: 'veh for v, as some outlets write foreign names' },
    { input: 'پوتين', expected: 'بوتين', why: 'peh for p' },
    { input: 'لاڥروف', expected: 'لافروف', why: 'the Maghreb\'s veh, dots below' },
  ])('$why: $input → $expected', ({ input, expected }) => {
    expect(foldArabic(input)).toBe(expected);
  });

  test('the Egyptian and Levantine spellings of the same sentence fold alike', () => {
    expect(foldArabic('قال كيرى فى المؤتمر')).toBe(foldArabic('قال كيري في المؤتمر'));
  });
});

describe('foldWithOffsets', () => {
  test.for([
    { original: 'كيري', find: 'كيري' },
    { original: 'قال كيرى فى موسكو', find: 'موسكو' },
    { original: 'تنظيمَي «داعش»', find: 'داعش' },
    { original: 'وصل\u200F إلى جنيـــف أمس', find: 'جنيف' },
    { original: 'يومي ٢٦ و٢٧ أغسطس', find: '26 و27' },
  ])('a match in the folded text maps back to the original span ($find)', ({ original, find }) => {
    const { text, offsets } = foldWithOffsets(original);
    const at = text.indexOf(foldArabic(find));
    expect(at).toBeGreaterThanOrEqual(0);
    const span = original.slice(offsets[at], offsets[at + foldArabic(find).length]);
    expect(foldArabic(span)).toBe(foldArabic(find));
  });

  test('offsets end with the original length and agree with foldArabic', () => {
    const original = 'بوتين وكيري يبحثان تشديد الخناق على تنظيمَي «داعش»\u200F';
    const folded = foldWithOffsets(original);
    expect(folded.text).toBe(foldArabic(original));
    expect(folded.offsets.length).toBe(folded.text.length + 1);
    expect(folded.offsets[folded.text.length]).toBe(original.length);
  });

  test('a span ending on a dropped mark ends at the next kept character', () => {
    const original = 'أمسَ الخميس';
    const { text, offsets } = foldWithOffsets(original);
    const end = text.indexOf(' ');
    expect(original.slice(offsets[0], offsets[end])).toBe('أمسَ');
  });

  test('does not modify its input and folds a long text without overflowing the stack', () => {
    const original = 'كيرى '.repeat(100_000);
    const copy = original.slice();
    expect(foldWithOffsets(original).text.length).toBe(original.length);
    expect(original).toBe(copy);
  });

  test.for([
    ['a paired surrogate (emoji)', 'كيرى 😀', 'كيري 😀'],
    ['a lone surrogate', 'كيرى \uD800', 'كيري \uD800'],
    ['a lone surrogate in a long text', `${'كيرى '.repeat(20_000)}\uDC00`, `${'كيري '.repeat(20_000)}\uDC00`],
  ])('keeps %s as it is', ([, original, expected]) => {
    expect(foldWithOffsets(original).text).toBe(expected);
    expect(foldArabic(original)).toBe(expected);
  });
});
