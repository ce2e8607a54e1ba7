/**
 * How the app names a source article (headline, outlet, date; never the file id) and the line under
 * the timeline saying what it is built from, in both languages, following the filters.
 */
import { describe, expect, it } from 'vitest';
import { articleByline, articleShortName, articleTitle, articleUrl, citedArticles } from '../../src/app/article-source.ts';
import { coverage, coverageText, outletsText, periodText } from '../../src/app/coverage.ts';
import { eventName } from '../../src/app/names.ts';
import type { ArticleMeta, TimelineEvent } from '../../src/lib/types.ts';

const article = (id: string, published: string, over: Partial<ArticleMeta> = {}): ArticleMeta => ({ id, published, publishedFrom: 'metadata', ...over });
const event = (id: string, articles: string[], over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  type: 'meeting',
  status: 'held',
  date: { start: '2016-07-15', end: '2016-07-15', precision: 'day', approximate: false },
  title: { ar: 'لقاء', en: 'Meeting' },
  actors: [],
  places: [],
  excerpts: articles.map((a) => ({ article: a, start: 0, end: 1, text: 'x' })),
  ...over,
});
const thin = (s: string) => s.replace(/\u2009/g, ' ');

const HAYAT = article('a1', '2016-02-12', { outlet: 'Al-Hayat', title: 'عنوان أول', url: 'https://example.org/a1' });
const JAZEERA = article('a2', '2016-08-27', { outlet: 'Al Jazeera', title: 'عنوان ثان' });
const BARE = article('004_2b253ddbeb189967', '2015-12-16', { body: 'استطاعت موسكو وواشنطن، بعد اجتماع وزير الخارجية الأميركي جون كيري مع الرئيس الروسي\nسطر ثان' });
const EMPTY = article('005_deadbeef', '2016-03-25');

describe('naming an article', () => {
  it.each([
    { name: 'its headline, as Arabic', a: HAYAT, lang: 'en', text: 'عنوان أول', textLang: 'ar' },
    { name: 'no headline: its opening words, quoted and cut', a: BARE, lang: 'en', text: '«استطاعت موسكو وواشنطن، بعد اجتماع وزير الخارجية الأميركي…»', textLang: 'ar' },
    { name: 'no headline, no body: a label in English', a: EMPTY, lang: 'en', text: 'untitled article', textLang: undefined },
    { name: 'no headline, no body: a label in Arabic', a: EMPTY, lang: 'ar', text: 'مقال بلا عنوان', textLang: undefined },
    { name: 'an article missing from the file', a: undefined, lang: 'en', text: 'untitled article', textLang: undefined },
  ] as const)('$name', ({ a, lang, text, textLang }) => {
    const title = articleTitle(a, lang);
    expect(title.text).toBe(text);
    expect(title.lang).toBe(textLang);
  });

  it('never shows the file id', () => {
    for (const a of [BARE, EMPTY]) {
      for (const lang of ['en', 'ar'] as const) {
        expect(articleTitle(a, lang).text).not.toContain(a.id);
        expect(articleShortName(a, lang)).not.toContain(a.id);
        expect(articleByline(a, lang)).not.toContain(a.id);
      }
    }
  });

  it.each([
    { a: HAYAT, lang: 'en', expected: 'Al-Hayat · Published 12 February 2016' },
    { a: HAYAT, lang: 'ar', expected: 'Al-Hayat · نُشر في 12 فبراير 2016' },
    { a: BARE, lang: 'en', expected: 'outlet not recorded · Published 16 December 2015' },
    { a: BARE, lang: 'ar', expected: 'الوسيلة غير مذكورة · نُشر في 16 ديسمبر 2015' },
  ] as const)('byline of $a.id in $lang', ({ a, lang, expected }) => {
    expect(articleByline(a, lang)).toBe(expected);
  });

  // U+2068 … U+2069 isolate each part's direction from its neighbours'; the date's spaces do not break.
  it.each([
    { a: HAYAT, lang: 'en', expected: '\u2068Al-Hayat\u2069, \u2068عنوان أول\u2069, \u206812\u00a0February\u00a02016\u2069' },
    { a: HAYAT, lang: 'ar', expected: '\u2068Al-Hayat\u2069، \u2068عنوان أول\u2069، \u206812\u00a0فبراير\u00a02016\u2069' },
    { a: EMPTY, lang: 'en', expected: '\u2068untitled article\u2069, \u206825\u00a0March\u00a02016\u2069' },
  ] as const)('short name of $a.id in $lang', ({ a, lang, expected }) => {
    expect(articleShortName(a, lang)).toBe(expected);
  });

  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['not a url', null],
    [undefined, null],
  ])('address %s → %s', (url, expected) => {
    expect(articleUrl(article('x', '2016-01-01', { url }))).toBe(expected);
  });

  it('lists every article an event cites once, excerpts first', () => {
    const e = event('e', ['a2', 'a1', 'a2'], {
      history: [{ status: 'planned', date: '2016-07-01', article: 'a3' }],
      otherDates: [{ date: { start: '2016-07-14', end: '2016-07-14', precision: 'day', approximate: false }, articles: ['a1', 'a4'] }],
    });
    expect(citedArticles(e)).toEqual(['a2', 'a1', 'a3', 'a4']);
  });
});

describe('the coverage line', () => {
  const articles = [JAZEERA, HAYAT, BARE];
  const events = [event('e1', ['a1']), event('e2', ['a2']), event('e3', ['004_2b253ddbeb189967'])];

  it.each([
    {
      name: 'no filter: every article, in English',
      shown: events, filtering: false, lang: 'en',
      expected: 'Built from 3 articles (Al-Hayat, Al Jazeera, 1 with no outlet recorded), published 16 December 2015 – 27 August 2016.',
    },
    {
      name: 'no filter: every article, in Arabic',
      shown: events, filtering: false, lang: 'ar',
      expected: 'مبنيّ على مقالات عددها 3 (Al-Hayat، Al Jazeera، منها 1 بلا وسيلة مذكورة)، نُشرت في الفترة 16 ديسمبر 2015 – 27 أغسطس 2016.',
    },
    {
      name: 'a filter: the articles behind the events shown',
      shown: [events[0], events[1]], filtering: true, lang: 'en',
      expected: 'The events shown come from 2 of the 3 articles (Al-Hayat, Al Jazeera), published 12 February – 27 August 2016.',
    },
    {
      name: 'a filter down to one article, in Arabic',
      shown: [events[1]], filtering: true, lang: 'ar',
      expected: 'الأحداث المعروضة مأخوذة من 1 من أصل 3 من المقالات (Al Jazeera)، نُشرت في 27 أغسطس 2016.',
    },
    {
      name: 'a filter matching nothing: the whole file',
      shown: [], filtering: true, lang: 'en',
      expected: 'Built from 3 articles (Al-Hayat, Al Jazeera, 1 with no outlet recorded), published 16 December 2015 – 27 August 2016.',
    },
    {
      name: 'a filter whose events cite every article: the whole file',
      shown: events, filtering: true, lang: 'en',
      expected: 'Built from 3 articles (Al-Hayat, Al Jazeera, 1 with no outlet recorded), published 16 December 2015 – 27 August 2016.',
    },
    {
      name: 'hidden events do not narrow the line without a filter',
      shown: [events[0]], filtering: false, lang: 'en',
      expected: 'Built from 3 articles (Al-Hayat, Al Jazeera, 1 with no outlet recorded), published 16 December 2015 – 27 August 2016.',
    },
  ] as const)('$name', ({ shown, filtering, lang, expected }) => {
    expect(thin(coverageText(coverage(articles, shown, filtering), lang)!)).toBe(expected);
  });

  it('one article', () => {
    expect(coverageText(coverage([HAYAT], [], false), 'en')).toBe('Built from one article (Al-Hayat), published on 12 February 2016.');
    expect(coverageText(coverage([HAYAT], [], false), 'ar')).toBe('مبنيّ على مقال واحد (Al-Hayat)، نُشر في 12 فبراير 2016.');
  });

  it('no articles: no line', () => {
    expect(coverageText(coverage([], [], false), 'en')).toBe(null);
  });

  it('does not modify its input', () => {
    const input = [JAZEERA, HAYAT, BARE];
    coverage(input, events, true);
    expect(input.map((a) => a.id)).toEqual(['a2', 'a1', '004_2b253ddbeb189967']);
  });

  it.each([
    { name: 'no outlets', list: [BARE, EMPTY], lang: 'en', expected: 'outlets not recorded' },
    { name: 'no outlet, one article', list: [BARE], lang: 'ar', expected: 'الوسيلة غير مذكورة' },
    { name: 'an outlet once however many articles', list: [HAYAT, { ...HAYAT, id: 'a9' }], lang: 'en', expected: 'Al-Hayat' },
    {
      name: 'many outlets: four and the rest counted',
      list: ['A', 'B', 'C', 'D', 'E', 'F'].map((o, i) => article(`o${i}`, '2016-01-01', { outlet: o })),
      lang: 'en',
      expected: 'A, B, C, D, 2 more',
    },
  ] as const)('outlets: $name', ({ list, lang, expected }) => {
    expect(outletsText(list, lang)).toBe(expected);
  });

  it('a period within one month names the month once', () => {
    expect(thin(periodText('2016-08-24', '2016-08-27', 'en'))).toBe('24 – 27 August 2016');
  });
});

describe('the edited mark in a mark’s name', () => {
  it.each([
    { lang: 'en', word: 'edited' },
    { lang: 'ar', word: 'معدَّل' },
  ] as const)('$lang', ({ lang, word }) => {
    const corrected = event('c', ['a1'], { corrected: { fields: ['date'], machine: { date: { start: '2016-07-14', end: '2016-07-14', precision: 'day', approximate: false } } } });
    expect(eventName(corrected, lang)).toContain(word);
    expect(eventName(event('plain', ['a1']), lang)).not.toContain(word);
  });
});
