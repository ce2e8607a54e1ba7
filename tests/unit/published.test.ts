import { describe, expect, it, vi } from 'vitest';
import { dateInUrl, parseIsoDate, resolvePublished } from '../../scripts/pipeline/published.ts';
import type { ArticleMetadata, PublicationWindow } from '../../scripts/pipeline/types.ts';

// The window inference belongs to the date tagger and has its own tests; here it answers from a
// table so these cases pin down only how its answer is used.
const WINDOWS: Record<string, PublicationWindow> = {
  'أمس الثلاثاء': { earliest: '2016-08-24', latest: '2016-08-24', evidence: ['"أمس الثلاثاء" with "26 و27 أغسطس/آب الجاري"'] },
  'الأسبوع الماضي': { earliest: '2016-08-20', latest: '2016-08-27', evidence: ['a', 'b'] },
};
vi.mock('../../scripts/pipeline/dates.ts', () => ({
  inferPublicationWindow: (body: string) => WINDOWS[body] ?? null,
}));

const FILE = 'data/articles/x.txt';

describe('parseIsoDate', () => {
  const cases: { text: string; expected: { date: string } | { problem: string } }[] = [
    { text: '2016-03-25', expected: { date: '2016-03-25' } },
    { text: '2016-02-29', expected: { date: '2016-02-29' } },
    { text: '2000-02-29', expected: { date: '2000-02-29' } },
    { text: '2016-12-31', expected: { date: '2016-12-31' } },
    { text: '2016-02-30', expected: { problem: 'is not a real date (February 2016 has 29 days)' } },
    { text: '2015-02-29', expected: { problem: 'is not a real date (February 2015 has 28 days)' } },
    { text: '1900-02-29', expected: { problem: 'is not a real date (February 1900 has 28 days)' } },
    { text: '2016-04-31', expected: { problem: 'is not a real date (April 2016 has 30 days)' } },
    { text: '2016-13-45', expected: { problem: 'is not a real date (there is no month 13)' } },
    { text: '2016-00-10', expected: { problem: 'is not a real date (there is no month 0)' } },
    { text: '2016-03-00', expected: { problem: 'is not a real date (March 2016 has 31 days)' } },
    { text: '25/03/2016', expected: { problem: 'is not a date in YYYY-MM-DD form' } },
    { text: '2016-3-5', expected: { problem: 'is not a date in YYYY-MM-DD form' } },
    { text: '2016-03-25T10:00', expected: { problem: 'is not a date in YYYY-MM-DD form' } },
    { text: '', expected: { problem: 'is not a date in YYYY-MM-DD form' } },
  ];
  for (const { text, expected } of cases) {
    it(`'${text}'`, () => expect(parseIsoDate(text)).toEqual(expected));
  }
});

describe('dateInUrl', () => {
  const cases: { url: string; expected: string | null }[] = [
    { url: 'https://www.example.com/2016/08/27/kerry-lavrov-geneva', expected: '2016-08-27' },
    { url: 'https://example.com/news/2016-08-27-kerry', expected: '2016-08-27' },
    { url: 'https://example.com/news/20160827/kerry', expected: '2016-08-27' },
    { url: 'https://example.com/article?id=20151216', expected: '2015-12-16' },
    { url: 'https://example.com/2016/13/45/a/2016/03/25/b', expected: '2016-03-25' },
    { url: 'https://example.com/2016-08/27', expected: null },
    { url: 'https://example.com/news/1201608275', expected: null },
    { url: 'https://example.com/news/2016/08/kerry', expected: null },
    { url: 'https://example.com/story/12345', expected: null },
  ];
  for (const { url, expected } of cases) {
    it(url, () => expect(dateInUrl(url)).toBe(expected));
  }
});

describe('resolvePublished', () => {
  const cases: { name: string; meta: ArticleMetadata; body?: string; expected: ReturnType<typeof resolvePublished> }[] = [
    {
      name: 'metadata date',
      meta: { published: '2016-03-25', url: 'https://example.com/2016/01/01/x' },
      expected: { ok: true, date: { published: '2016-03-25', publishedFrom: 'metadata' }, diagnostics: [] },
    },
    {
      name: 'bad metadata date is an error even when the url has a date',
      meta: { published: '2016-13-45', url: 'https://example.com/2016/08/27/x' },
      expected: { ok: false, diagnostics: [{ file: FILE, level: 'error', message: "published '2016-13-45' is not a real date (there is no month 13)" }] },
    },
    {
      name: 'url date when metadata has none',
      meta: { url: 'https://example.com/2016/08/27/x' },
      body: 'أمس الثلاثاء',
      expected: { ok: true, date: { published: '2016-08-27', publishedFrom: 'url' }, diagnostics: [] },
    },
    {
      name: 'text window of one day, with a warning naming the evidence',
      meta: { url: 'https://example.com/story/12345' },
      body: 'أمس الثلاثاء',
      expected: {
        ok: true,
        date: { published: '2016-08-24', publishedFrom: 'text', publishedWindow: { earliest: '2016-08-24', latest: '2016-08-24' } },
        diagnostics: [{
          file: FILE,
          level: 'warning',
          message: 'no publication date in front matter or url; inferred 2016-08-24 from the text (allows 2016-08-24: "أمس الثلاثاء" with "26 و27 أغسطس/آب الجاري")',
        }],
      },
    },
    {
      name: 'text window of several days: the latest is used',
      meta: {},
      body: 'الأسبوع الماضي',
      expected: {
        ok: true,
        date: { published: '2016-08-27', publishedFrom: 'text', publishedWindow: { earliest: '2016-08-20', latest: '2016-08-27' } },
        diagnostics: [{ file: FILE, level: 'warning', message: 'no publication date in front matter or url; inferred 2016-08-27 from the text (allows 2016-08-20 … 2016-08-27: a; b)' }],
      },
    },
    {
      name: 'no evidence anywhere',
      meta: {},
      body: 'نص بلا تاريخ',
      expected: { ok: false, diagnostics: [{ file: FILE, level: 'error', message: "no publication date: add 'published: YYYY-MM-DD' to the front matter (no url, and the text names no year and no other article is dated)" }] },
    },
    {
      name: 'no evidence, url without a date',
      meta: { url: 'https://example.com/story/12345' },
      body: 'نص بلا تاريخ',
      expected: { ok: false, diagnostics: [{ file: FILE, level: 'error', message: "no publication date: add 'published: YYYY-MM-DD' to the front matter (no date in the url, and the text names no year and no other article is dated)" }] },
    },
  ];
  for (const { name, meta, body = '', expected } of cases) {
    it(name, () => expect(resolvePublished(meta, body, FILE)).toEqual(expected));
  }

  it('does not modify the metadata', () => {
    const meta = { published: '2016-03-25' };
    resolvePublished(meta, '', FILE);
    expect(meta).toEqual({ published: '2016-03-25' });
  });
});
