/**
 * The publication date: front matter, URL, and the text when both are silent. The passages are
 * written for these tests in the way outlets write datelines, metadata lines and ledes.
 */
import { describe, expect, it } from 'vitest';
import { inferPublicationDate } from '../../scripts/pipeline/dates.ts';
import { dateInUrl, parseIsoDate, resolvePublished } from '../../scripts/pipeline/published.ts';
import type { ArticleMetadata } from '../../scripts/pipeline/types.ts';
import { articleFiles, readArticle } from '../support/articles.ts';

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
      body: 'عمّان - 3 شباط 2016 (بترا) - بحث الوزيران الأزمة',
      expected: { ok: true, date: { published: '2016-08-27', publishedFrom: 'url' }, diagnostics: [] },
    },
    {
      name: 'a dateline in the text, with a warning naming the evidence',
      meta: { url: 'https://example.com/story/12345' },
      body: 'عمّان - 3 شباط 2016 (بترا) - بحث الوزيران الأزمة',
      expected: {
        ok: true,
        date: {
          published: '2016-02-03', publishedFrom: 'text', publishedEvidence: 'dateline',
          publishedWindow: { earliest: '2016-02-03', latest: '2016-02-04' },
        },
        diagnostics: [{
          file: FILE,
          level: 'warning',
          message: 'no publication date in front matter or url; inferred 2016-02-03 from the text\'s dateline ' +
            '(allows 2016-02-03 … 2016-02-04: "3 شباط 2016" (dateline): filed, so published that day or the next, ' +
            'most likely on 2016-02-03)',
        }],
      },
    },
    {
      name: 'no evidence anywhere',
      meta: {},
      body: 'أعلن المتحدث أمس الخميس أن المحادثات ستستمر',
      expected: {
        ok: false,
        diagnostics: [{
          file: FILE, level: 'error',
          message: "no publication date: add 'published: YYYY-MM-DD' to the front matter (no url, and the text has no dateline, " +
            'no metadata line, no full date said to be today or yesterday, no weekday with a day and month, no dated past event, ' +
            'and no milestones of the talks that leave a window of a month or less)',
        }],
      },
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

describe('inferPublicationDate: the evidence, strongest first', () => {
  const rows: { why: string; body: string; years?: { first: number; last: number }; expected: { published: string; kind: string } | null }[] = [
    {
      why: 'a dateline: place, date, agency',
      body: 'الرباط - 18 أكتوبر 2016 (و م ع) - جدد المغرب دعوته إلى حل سياسي في سوريا.',
      expected: { published: '2016-10-18', kind: 'dateline' },
    },
    {
      why: 'a dateline without a dash: place, date, agency in brackets',
      body: 'موسكو 12 فبراير 2016 (شينخوا) أعلن الوزيران اتفاقا على هدنة.',
      expected: { published: '2016-02-12', kind: 'dateline' },
    },
    {
      why: 'a site\'s byline and stamp run into the story: outlet and agency, a bar, the date and the hour',
      body: 'الأيام 24 - رويترز | الأربعاء 21 دجنبر 2016 - 09:40 — قال وزير الخارجية الروسي أمس إن الاجتماع الثلاثي كان مثمرا.',
      expected: { published: '2016-12-21', kind: 'dateline' },
    },
    {
      why: 'a dateline in Arabic-Indic digits and a Maghreb month name',
      body: 'تونس – ٧ جوان ٢٠١٦ – قال الوزير إن بلاده تدعم المفاوضات.',
      expected: { published: '2016-06-07', kind: 'dateline' },
    },
    {
      why: 'a dateline wins over a later date in the text',
      body: 'موسكو - 16 كانون الأول 2015 (أ ف ب) - التقى الوزيران.\nوكانت الجولة السابقة في 14 تشرين الثاني 2015.',
      expected: { published: '2015-12-16', kind: 'dateline' },
    },
    {
      why: 'a dateline with no year takes the year in which the text\'s own weekday falls on it',
      body: 'القاهرة - 14 يناير (أ ش أ) - بحث وزير الخارجية اليوم الخميس مع المبعوث الأممي سبل استئناف المفاوضات.',
      expected: { published: '2016-01-14', kind: 'dateline' },
    },
    {
      why: 'a dateline in numbers, day then month, pinned by the weekday',
      body: 'عمان - 3 - 5 (بترا) - قال وزير الخارجية اليوم الثلاثاء إن بلاده تدعم الهدنة.',
      expected: { published: '2016-05-03', kind: 'dateline' },
    },
    {
      why: 'a dateline with no year and no weekday of the text is no date',
      body: 'القاهرة - 14 يناير (أ ش أ) - بحث وزير الخارجية مع المبعوث الأممي سبل استئناف المفاوضات.',
      expected: null,
    },
    {
      why: 'an agency dateline with no date gives nothing by itself',
      body: 'جنيف (رويترز) - قال دبلوماسيون أمس الجمعة إن المحادثات تعثرت.',
      expected: null,
    },
    {
      why: 'a metadata line with weekday, date and clock time',
      body: 'الاثنين، 9 مايو 2016 04:20 م\nالتقى وزيرا الخارجية في فيينا لبحث الهدنة.',
      expected: { published: '2016-05-09', kind: 'metadata-line' },
    },
    {
      why: 'a labelled metadata line',
      body: 'آخر تحديث: 22 شباط 2016\nأعلنت واشنطن وموسكو اتفاقا على وقف الأعمال العدائية.',
      expected: { published: '2016-02-22', kind: 'metadata-line' },
    },
    {
      why: 'a metadata line under the text, date then clock time and a label',
      body: 'بحث الوزيران هاتفيا التحضير لجولة المحادثات.\n10:05 2016/03/05 : نشر بتاريخ',
      expected: { published: '2016-03-05', kind: 'metadata-line' },
    },
    {
      why: 'a labelled date with dots, on the line the story starts on',
      body: 'نشر في: 8.5.2016 — اجتمع الوزيران في فيينا وبحثا تثبيت الهدنة وإيصال المساعدات إلى المناطق المحاصرة.',
      expected: { published: '2016-05-08', kind: 'metadata-line' },
    },
    {
      why: 'a date line alone, and an agency dateline with no date',
      body: '26/04/2016\nبيروت – سانا\nأكد الوزير أن الحل سياسي.',
      expected: { published: '2016-04-26', kind: 'metadata-line' },
    },
    {
      why: 'a full date said to be today',
      body: 'أكد المبعوث الأممي اليوم الأربعاء 24 آب 2016 أن جولة جديدة من المحادثات ستعقد قريبا.',
      expected: { published: '2016-08-24', kind: 'today' },
    },
    {
      why: 'a full date said to be yesterday: published the day after',
      body: 'وصل كيري إلى جنيف أمس الخميس 25 آب 2016 في زيارة تستمر يومين.',
      expected: { published: '2016-08-26', kind: 'today' },
    },
    {
      why: 'a weekday that agrees with a day and month in one year only; "أمس" makes it a next-day report',
      body: 'انتهى لقاء الوزيرين صباح الجمعة 15 تموز بعد ثلاث ساعات.\nوكان الوزير قد وصل مساء أمس إلى العاصمة.',
      expected: { published: '2016-07-16', kind: 'weekday' },
    },
    {
      why: 'a weekday and a day and month that agree in none of the years',
      body: 'انتهى لقاء الوزيرين صباح الاثنين 15 تموز بعد ثلاث ساعات.',
      expected: null,
    },
    {
      why: 'the same weekday and date in the years the caller gives',
      body: 'انتهى لقاء الوزيرين صباح الاثنين 15 تموز بعد ثلاث ساعات.',
      years: { first: 2019, last: 2020 },
      expected: { published: '2019-07-15', kind: 'weekday' },
    },
    {
      why: 'the latest dated event the text reports as past',
      body: 'كان الوزيران قد التقيا في 14 آذار 2016 في جنيف، ثم اجتمعا مجددا في 2 أيار 2016 في فيينا.',
      expected: { published: '2016-05-02', kind: 'latest-event' },
    },
    {
      why: 'relative words narrow the day after a reported date: "أمس الثلاثاء" is a Wednesday report',
      body: 'عقد الاجتماع في 19 آب 2016. وقال المتحدث أمس الثلاثاء إن الاتصالات مستمرة.',
      expected: { published: '2016-08-24', kind: 'latest-event' },
    },
    {
      why: 'a date still ahead is no evidence of publication',
      body: 'سيلتقي الوزيران في 14 آذار 2017 في جنيف.',
      expected: null,
    },
    {
      why: 'an English caption carries its own, older date',
      body: 'Kerry and Lavrov in Moscow, Friday, March 25, 2016 (AP Photo)\nقال المتحدث أمس الثلاثاء إن المحادثات مستمرة',
      expected: null,
    },
    {
      why: 'a weekday in brackets after "أمس" narrows the day after a reported date',
      body: 'كان الوفد قد وصل في 22 آب 2016، وقال المتحدث أمس (الثلاثاء) إن المشاورات مستمرة.',
      expected: { published: '2016-08-24', kind: 'latest-event' },
    },
    {
      why: 'relative words alone fit a day in every week',
      body: 'أعلن المتحدث أمس الخميس أن المحادثات ستستمر الأسبوع المقبل.',
      expected: null,
    },
  ];
  for (const { why, body, years, expected } of rows) {
    it(why, () => {
      const window = inferPublicationDate(body, years);
      expect(window && { published: window.published, kind: window.kind }).toEqual(expected);
      if (window) expect(window.earliest <= window.published && window.published <= window.latest).toBe(true);
    });
  }
});

describe('the founding articles without their front matter', () => {
  // What the text alone gives each of them, and the true date their front matter records. 000 and
  // 004 are pinned by the talks' milestones they name with a relative word (Kerry received by Putin
  // "أمس", the truce "السارية منذ شهر", the Riyadh conference "الخميس الماضي", the support group's
  // meeting "الجمعة المقبل"); 003 by "أمس الثلاثاء", a meeting still ahead "يومي 26 و27 أغسطس
  // الجاري" and elections ahead "بحلول منتصف عام 2017", its English caption only bounding it from
  // below; 001 by a weekday with a day and month, reported as past (its "مساء أمس" is Lavrov's,
  // inside his quote, so the day is not moved on: a day early, inside its window). 002 names no
  // year, no weekday and no milestone with a relative word: undatable, never a guess.
  const EXPECTED: Record<string, { published: string; kind: string } | null> = {
    '000_4c8131996a4716c2.txt': { published: '2016-03-25', kind: 'latest-event' },
    '001_2ce5e8b8b579aa54.txt': { published: '2016-07-15', kind: 'weekday' },
    '002_e36c8a0eafea318a.txt': null,
    '003_fe08c59a11eb98b9.txt': { published: '2016-08-24', kind: 'latest-event' },
    '004_2b253ddbeb189967.txt': { published: '2015-12-16', kind: 'latest-event' },
  };
  const results = articleFiles().map((file) => {
    const { meta, body } = readArticle(file);
    return { file, truth: meta.published!, result: resolvePublished({}, body, file) };
  });

  for (const { file, truth, result } of results) {
    it(file, () => {
      const expected = EXPECTED[file];
      if (expected === null) {
        expect(result.ok).toBe(false);
        return;
      }
      expect(result.ok && { published: result.date.published, from: result.date.publishedFrom, kind: result.date.publishedEvidence })
        .toEqual({ published: expected.published, from: 'text', kind: expected.kind });
      // The true date lies inside the window the text allows.
      const window = result.ok ? result.date.publishedWindow : undefined;
      expect(window && window.earliest <= truth && truth <= window.latest).toBe(true);
    });
  }

  it('dates four of the five from their text, three of them on the true day', () => {
    const dated = results.filter((r) => r.result.ok);
    const exact = dated.filter((r) => r.result.ok && r.result.date.published === r.truth);
    expect([dated.length, exact.length]).toEqual([4, 3]);
  });
});
