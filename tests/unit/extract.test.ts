import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/lib/types.ts';
import { extractEvents } from '../../scripts/pipeline/extract.ts';
import type { LoadedArticle } from '../../scripts/pipeline/types.ts';
import { loadFoundingArticles } from '../support/articles.ts';

const ARTICLE_LIST = loadFoundingArticles();
const { file: FILE, reports: REPORTS } = extractEvents(ARTICLE_LIST);
const bodyOf = (id: string) => ARTICLE_LIST.find((a) => a.id === id)!.body;
const articleIds = (e: TimelineEvent) => [...new Set(e.excerpts.map((x) => x.article))].sort();

/** An unrelated report: Jubeir and Zarif in Munich, on a day no founding article covers. */
const UNRELATED: LoadedArticle = {
  id: '900_unrelated',
  file: '900_unrelated.txt',
  body: 'الجبير يلتقي ظريف\n\nالتقى وزير الخارجية السعودي عادل الجبير نظيره الإيراني جواد ظريف في ميونخ أمس السبت.\n',
  meta: {},
  published: '2016-02-14',
  publishedFrom: 'metadata',
};

describe('extractEvents on the five founding articles', () => {
  test('every excerpt is exactly its span of the article body, and so is its date', () => {
    for (const event of FILE.events) {
      for (const x of event.excerpts) {
        const body = bodyOf(x.article);
        expect(x.text).toBe(body.slice(x.start, x.end));
        if (x.date) {
          expect(x.date.text).toBe(body.slice(x.date.start, x.date.end));
          expect(x.date.start).toBeGreaterThanOrEqual(x.start);
          expect(x.date.end).toBeLessThanOrEqual(x.end);
        }
      }
    }
  });

  test('page noise never sources an event', () => {
    const noise = [
      { article: '002_e36c8a0eafea318a', from: 'التعليقات (2)', to: null },
      { article: '003_fe08c59a11eb98b9', from: 'Secretary of State John Kerry', to: '(أسوشيتد برس)' },
      { article: '003_fe08c59a11eb98b9', from: 'المصدر : وكالات', to: null },
      { article: '000_4c8131996a4716c2', from: 'اقرأ أيضا:', to: 'معركة تدمر' },
    ];
    for (const { article, from, to } of noise) {
      const body = bodyOf(article);
      const start = body.indexOf(from);
      const end = to ? body.indexOf(to) + to.length : body.length;
      expect(start).toBeGreaterThanOrEqual(0);
      for (const x of FILE.events.flatMap((e) => e.excerpts)) {
        if (x.article === article) expect(x.end <= start || x.start >= end, `${x.text}`).toBe(true);
      }
    }
  });

  test('background that is not a US–Russia Syria event gives no excerpt: Minsk, the Quartet, Paris', () => {
    const texts = FILE.events.flatMap((e) => e.excerpts.map((x) => x.text));
    for (const word of ['مينسك', 'الرباعية', 'باريس']) expect(texts.filter((t) => t.includes(word))).toEqual([]);
  });

  test.each([
    { name: '000: Kerry–Putin–Lavrov talks in the Kremlin', type: 'meeting', start: '2016-03-24', status: 'held', actors: ['kerry', 'lavrov', 'putin'], places: ['kremlin'], articles: ['000_4c8131996a4716c2'] },
    { name: '000: draft constitution by August', type: 'deadline', start: '2016-08-01', status: 'planned', actors: [], places: [], articles: ['000_4c8131996a4716c2'] },
    { name: '001 + 002: Kerry’s Moscow visit in mid-July', type: 'meeting', start: '2016-07-14', status: 'held', actors: ['kerry', 'putin', 'lavrov'], places: ['moscow'], articles: ['001_2ce5e8b8b579aa54', '002_e36c8a0eafea318a'] },
    { name: '001: ceasefire to be restored by 31 July', type: 'ceasefire', start: '2016-07-31', status: 'planned', actors: [], places: [], articles: ['001_2ce5e8b8b579aa54'] },
    { name: '002: the meeting in Laos at the end of July, between the two ministers', type: 'meeting', start: '2016-07-21', status: 'held', actors: ['kerry', 'lavrov'], places: ['laos'], articles: ['002_e36c8a0eafea318a'] },
    { name: '003: the two ministers discussed a counter-terrorism agreement last week', type: 'meeting', start: '2016-08-15', status: 'held', actors: ['kerry', 'lavrov'], places: [], articles: ['003_fe08c59a11eb98b9'] },
    { name: '002 + 003: the Geneva meeting, announced then held', type: 'meeting', start: '2016-08-26', status: 'held', actors: ['kerry', 'lavrov'], places: ['geneva'], articles: ['002_e36c8a0eafea318a', '003_fe08c59a11eb98b9'] },
    { name: '003: military experts’ consultations in Geneva', type: 'meeting', start: '2016-08-23', status: 'held', actors: [], places: ['geneva'], articles: ['003_fe08c59a11eb98b9'] },
    { name: '003: elections by mid-2017', type: 'deadline', start: '2017-06-01', status: 'planned', actors: [], places: [], articles: ['003_fe08c59a11eb98b9'] },
    { name: '004: the Riyadh opposition conference', type: 'meeting', start: '2015-12-10', status: 'held', actors: ['syrian-opposition'], places: ['riyadh'], articles: ['004_2b253ddbeb189967'] },
    { name: '004: Lavrov–Kerry at the Foreign Ministry', type: 'meeting', start: '2015-12-15', status: 'held', actors: ['kerry', 'lavrov'], places: ['russian-mfa'], articles: ['004_2b253ddbeb189967'] },
    { name: '004: the Gerasimov–Dunford phone call', type: 'call', start: '2015-12-15', status: 'held', actors: ['gerasimov', 'dunford'], places: [], articles: ['004_2b253ddbeb189967'] },
    { name: '004: the ISSG meeting in New York on Friday', type: 'meeting', start: '2015-12-18', status: 'planned', actors: ['issg'], places: ['new-york'], articles: ['004_2b253ddbeb189967'] },
  ])('$name', ({ type, start, status, actors, places, articles }) => {
    const found = FILE.events.filter(
      (e) => e.type === type && e.date.start === start && places.every((p) => e.places.includes(p)) && actors.every((a) => e.actors.includes(a)),
    );
    expect(found).toHaveLength(1);
    expect(found[0].status).toBe(status);
    expect(articleIds(found[0])).toEqual(articles);
  });

  test('004: a meeting with a human-rights activist is not the diplomacy: left out, with a warning', () => {
    expect(FILE.events.filter((e) => e.actors.includes('alexeyeva'))).toEqual([]);
    const warnings = REPORTS.find((r) => r.id.startsWith('004'))!.warnings;
    expect(warnings.filter((w) => w.includes('private persons') && w.includes('ليودميلا'))).toHaveLength(1);
  });

  test('002: its lead has no date, so its agreements take the date of the Geneva talks its lead reports', () => {
    const talks = FILE.events.find((e) => e.type === 'meeting' && e.places.includes('geneva') && e.date.start === '2016-08-26')!;
    const agreements = FILE.events.filter((e) => e.type === 'agreement' && articleIds(e).join() === '002_e36c8a0eafea318a');
    expect(agreements.length).toBeGreaterThan(0);
    for (const e of agreements) expect(e.date).toEqual({ ...talks.date, approximate: true });
  });

  test('no event id repeats its type', () => {
    for (const e of FILE.events) expect(e.id.split('-').filter((w) => w === e.type), e.id).toHaveLength(1);
  });

  test('004: the draft resolution is agreed; agreeing to keep working on the lists is no agreement on them', () => {
    const agreements = FILE.events.filter((e) => e.type === 'agreement' && e.date.start === '2015-12-15');
    expect(agreements.map((e) => e.title.en).sort()).toEqual(['US–Russia agreement on a draft UN Security Council resolution']);
  });

  test('titles come from the fields, in both languages; planned events read as planned', () => {
    const kremlin = FILE.events.find((e) => e.date.start === '2016-03-24' && e.type === 'meeting' && e.places.includes('kremlin'))!;
    expect(kremlin.title).toEqual({ en: 'Kerry–Lavrov–Putin talks in the Kremlin', ar: 'محادثات كيري ولافروف وبوتين في الكرملين' });
    for (const e of FILE.events.filter((x) => x.status === 'planned' && x.type === 'meeting')) {
      expect(e.title.en).toMatch(/^Planned /);
      expect(e.title.ar).toMatch(/المرتقب/);
    }
  });

  test('events are sorted by start date, then id; ids are unique and URL-safe', () => {
    const keys = FILE.events.map((e) => `${e.date.start} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(FILE.events.map((e) => e.id)).size).toBe(FILE.events.length);
    for (const e of FILE.events) expect(e.id).toMatch(/^[\w.:-]+$/);
  });

  test('the file lists exactly the gazetteer entries the events use, with the public fields only', () => {
    expect(Object.keys(FILE.actors).sort()).toEqual([...new Set(FILE.events.flatMap((e) => e.actors))].sort());
    expect(Object.keys(FILE.places).sort()).toEqual([...new Set(FILE.events.flatMap((e) => e.places))].sort());
    for (const entry of [...Object.values(FILE.actors), ...Object.values(FILE.places)]) {
      for (const key of Object.keys(entry)) expect(['ar', 'en', 'variants', 'enVariants', 'role']).toContain(key);
    }
  });

  test('articles carry their metadata and full body; a short first line stands in for a missing title', () => {
    expect(FILE.articles.map((a) => a.id)).toEqual(ARTICLE_LIST.map((a) => a.id));
    for (const a of FILE.articles) expect(a.body).toBe(bodyOf(a.id));
    expect(FILE.articles[3]).toMatchObject({ title: 'واشنطن تعلن تقدم مباحثاتها مع موسكو بشأن سوريا', published: '2016-08-24', publishedFrom: 'metadata' });
    expect(FILE.articles[4].title).toBeUndefined();
    expect(extractEvents([UNRELATED]).file.articles[0].title).toBe('الجبير يلتقي ظريف');
  });

  test('one report row per article', () => {
    expect(REPORTS.map((r) => r.id)).toEqual(ARTICLE_LIST.map((a) => a.id));
    for (const r of REPORTS) {
      expect(r.events).toBeGreaterThan(0);
      expect(r.dates).toBeGreaterThan(0);
    }
  });
});

describe('stability', () => {
  test('the same input gives byte-identical output', () => {
    expect(JSON.stringify(extractEvents(ARTICLE_LIST))).toBe(JSON.stringify({ file: FILE, reports: REPORTS }));
  });

  test('the order of the input articles does not matter', () => {
    expect(JSON.stringify(extractEvents([...ARTICLE_LIST].reverse()).file)).toBe(JSON.stringify(FILE));
  });

  test('adding an unrelated article changes no existing event', () => {
    const { file } = extractEvents([...ARTICLE_LIST, UNRELATED]);
    const added = file.events.filter((e) => e.excerpts.some((x) => x.article === UNRELATED.id));
    expect(added.map((e) => e.id)).toEqual(['2016-02-13-meeting-munich-jubeir-zarif']);
    expect(file.events.filter((e) => !added.includes(e))).toEqual(FILE.events);
  });

  test('does not modify its input', () => {
    const before = JSON.stringify(ARTICLE_LIST);
    extractEvents(ARTICLE_LIST);
    expect(JSON.stringify(ARTICLE_LIST)).toBe(before);
  });

  test('an article dated only from its text has approximate dates throughout', () => {
    const guessed = ARTICLE_LIST.map((a) => (a.id.startsWith('003') ? { ...a, publishedFrom: 'text' as const } : a));
    const events = extractEvents(guessed).file.events.filter((e) => e.excerpts.every((x) => x.article.startsWith('003')));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date.approximate).toBe(true);
  });
});

describe('a meeting or call held that names one party alone', () => {
  const alone: LoadedArticle = {
    id: '901_alone',
    file: '901_alone.txt',
    body: 'لافروف في موسكو\n\nوأجرى وزير الخارجية الروسي سيرغي لافروف أمس محادثات مطولة استمرت ساعتين في موسكو.\n\nوكان لافروف قد تلقى الأحد اتصالا هاتفيا.\n',
    meta: {},
    published: '2016-07-16',
    publishedFrom: 'metadata',
  };
  const { file, reports } = extractEvents([alone]);

  test('is half of a meeting: left out, with a warning naming the sentence; so is a call', () => {
    expect(file.events).toEqual([]);
    expect(reports[0].warnings.filter((w) => w.includes('meeting naming one party alone') && w.includes('وأجرى وزير الخارجية'))).toHaveLength(1);
    expect(reports[0].warnings.filter((w) => w.includes('call naming one party alone'))).toHaveLength(1);
  });

  test('while one planned, or a conference one attends, stays', () => {
    const planned = { ...alone, id: '902_planned', file: '902_planned.txt', body: 'وأعلن لافروف أن روسيا ستشارك في الاجتماع الذي تستضيفه نيويورك يوم الجمعة.\n', published: '2015-12-16' };
    const conference = { ...alone, id: '903_conference', file: '903_conference.txt', body: 'وشارك لافروف أمس في مؤتمر ميونيخ للأمن.\n', published: '2016-02-13' };
    expect(extractEvents([planned, conference]).file.events.map((e) => [e.type, e.status, e.actors])).toEqual([
      ['meeting', 'planned', ['russia']], ['meeting', 'held', ['lavrov']],
    ]);
  });
});
