import { describe, expect, test } from 'vitest';
import type { DatePrecision, EventDate } from '../../src/lib/types.ts';
import { kindsCompatible, moreSpecificKind, placesCompatible, type ArticleContext, type EventCandidate } from '../../scripts/pipeline/candidates.ts';
import { mergeSameEvent } from '../../scripts/pipeline/merge.ts';

const day = (start: string, end = start, precision: DatePrecision = start === end ? 'day' : 'days', approximate = false): EventDate => ({
  start,
  end,
  precision,
  approximate,
});

let position = 0;
/** A candidate as detectEvents gives it; the excerpt is a made-up span of the article. */
function candidate(c: Omit<EventCandidate, 'excerpt' | 'status'> & { status?: EventCandidate['status']; text: string }): EventCandidate {
  const { text, ...rest } = c;
  const start = (position += 100);
  return { status: 'held', ...rest, excerpt: { article: c.article, start, end: start + text.length, text } };
}

const context = (article: string, published: string, date: EventDate, places: string[] = [], lead: Partial<ArticleContext> = {}): ArticleContext => ({
  article,
  published,
  date: { ...date, approximate: true },
  dateFromLead: true,
  leadEnd: 0,
  places,
  ...lead,
});

const CONTEXTS = [
  context('001', '2016-07-16', day('2016-07-15'), ['moscow']),
  context('002', '2016-08-27', day('2016-08-27'), ['geneva']),
  context('003', '2016-08-24', day('2016-08-23')),
  context('004', '2015-12-16', day('2015-12-15'), ['moscow', 'riyadh', 'new-york']),
];

const summary = (events: ReturnType<typeof mergeSameEvent>['events']) =>
  events.map((e) => ({
    what: [e.type, e.kind, e.topic].filter(Boolean).join('/'),
    status: e.status,
    date: `${e.date.start}..${e.date.end}`,
    actors: e.actors,
    places: e.places,
    articles: [...new Set(e.excerpts.map((x) => x.article))],
  }));

describe('mergeSameEvent', () => {
  test('Kerry’s mid-July Moscow visit, told in 001 and again in 002, is one event dated by the precise report', () => {
    const { events } = mergeSameEvent(
      [
        candidate({ article: '002', type: 'meeting', kind: 'visit', date: day('2016-07-11', '2016-07-20', 'part-of-month'), actors: ['kerry', 'lavrov', 'putin'], places: ['moscow'], text: 'زار كيري موسكو في منتصف تموز الماضي' }),
        candidate({ article: '001', type: 'meeting', kind: 'talks', date: day('2016-07-15'), actors: ['kerry', 'putin'], places: [], text: 'اللقاء مع بوتين … صباح الجمعة 15 تموز' }),
        candidate({ article: '001', type: 'meeting', kind: 'talks', date: null, actors: ['putin', 'kerry'], places: ['moscow'], text: 'خلال لقاء جمعهما في موسكو' }),
      ],
      CONTEXTS,
    );
    expect(summary(events)).toEqual([
      { what: 'meeting/talks', status: 'held', date: '2016-07-15..2016-07-15', actors: ['kerry', 'lavrov', 'putin'], places: ['moscow'], articles: ['001', '002'] },
    ]);
  });

  test('the late-August Geneva meeting, announced in 003 and reported undated in 002, is one held event', () => {
    const { events } = mergeSameEvent(
      [
        candidate({ article: '003', type: 'meeting', kind: 'talks', status: 'planned', date: day('2016-08-26', '2016-08-27'), actors: ['lavrov', 'kerry'], places: ['geneva'], text: 'قد يجري بجنيف يومي 26 و27' }),
        candidate({ article: '002', type: 'meeting', kind: 'talks', date: null, actors: ['kerry', 'lavrov'], places: ['geneva'], text: 'خلال مباحثاتهما في جنيف' }),
      ],
      CONTEXTS,
    );
    expect(summary(events)).toEqual([
      { what: 'meeting/talks', status: 'held', date: '2016-08-26..2016-08-27', actors: ['kerry', 'lavrov'], places: ['geneva'], articles: ['003', '002'] },
    ]);
  });

  test('a multi-day visit told day by day in one article becomes one event over both days', () => {
    const { events } = mergeSameEvent(
      [
        candidate({ article: '001', type: 'meeting', kind: 'visit', date: day('2016-07-14', '2016-07-14', 'day', true), actors: ['kerry'], places: ['moscow'], text: 'وصل إلى موسكو مساء الخميس' }),
        candidate({ article: '001', type: 'meeting', kind: 'talks', date: day('2016-07-15'), actors: ['kerry', 'putin'], places: [], text: 'انتهى صباح الجمعة 15 تموز' }),
      ],
      CONTEXTS,
    );
    expect(events.map((e) => e.date)).toEqual([{ start: '2016-07-14', end: '2016-07-15', precision: 'days', approximate: true }]);
  });

  test.each([
    {
      name: 'a press conference is not the talks of the same day',
      a: { type: 'meeting' as const, kind: 'press' as const, actors: ['lavrov', 'kerry'], places: [] },
      b: { type: 'meeting' as const, kind: 'talks' as const, actors: ['lavrov', 'kerry'], places: ['kremlin'] },
      events: 2,
    },
    {
      name: 'the Kremlin and the Foreign Ministry are two meetings',
      a: { type: 'meeting' as const, kind: 'talks' as const, actors: ['putin', 'kerry'], places: ['kremlin'] },
      b: { type: 'meeting' as const, kind: 'talks' as const, actors: ['lavrov', 'kerry'], places: ['russian-mfa'] },
      events: 2,
    },
    {
      name: 'the Kremlin is in Moscow',
      a: { type: 'meeting' as const, kind: 'talks' as const, actors: ['putin'], places: ['kremlin'] },
      b: { type: 'meeting' as const, kind: 'talks' as const, actors: ['kerry'], places: ['moscow'] },
      events: 1,
    },
    {
      name: 'agreements on different things are two',
      a: { type: 'agreement' as const, kind: 'agreement' as const, topic: 'draft-resolution', actors: ['lavrov'], places: [] },
      b: { type: 'agreement' as const, kind: 'agreement' as const, topic: 'opposition-lists', actors: ['lavrov', 'us'], places: [] },
      events: 2,
    },
    {
      name: 'a sentence elaborating an agreement joins it (Kerry and Washington are one side)',
      a: { type: 'agreement' as const, kind: 'agreement' as const, topic: 'draft-resolution', actors: ['kerry'], places: [] },
      b: { type: 'agreement' as const, kind: 'agreement' as const, actors: ['us', 'russia'], places: [] },
      events: 1,
    },
    {
      name: 'reports sharing no side and no place stay apart',
      a: { type: 'meeting' as const, kind: 'talks' as const, actors: ['alexeyeva'], places: [] },
      b: { type: 'meeting' as const, kind: 'talks' as const, actors: ['kerry', 'putin'], places: ['kremlin'] },
      events: 2,
    },
  ])('$name', ({ a, b, events }) => {
    const merged = mergeSameEvent(
      [
        candidate({ article: '004', date: day('2015-12-15'), text: 'أ', ...a }),
        candidate({ article: '004', date: day('2015-12-15'), text: 'ب', ...b }),
      ],
      CONTEXTS,
    );
    expect(merged.events).toHaveLength(events);
  });

  test('a vague report joins one event only, so it cannot chain two distinct events together', () => {
    const { events } = mergeSameEvent(
      [
        candidate({ article: '001', type: 'meeting', kind: 'talks', date: day('2016-07-12'), actors: ['kerry'], places: ['moscow'], text: 'أ' }),
        candidate({ article: '001', type: 'meeting', kind: 'talks', date: day('2016-07-18'), actors: ['kerry'], places: ['moscow'], text: 'ب' }),
        candidate({ article: '002', type: 'meeting', kind: 'visit', date: day('2016-07-11', '2016-07-20', 'part-of-month'), actors: ['kerry'], places: ['moscow'], text: 'ج' }),
      ],
      CONTEXTS,
    );
    expect(events.map((e) => e.excerpts.length).sort()).toEqual([1, 2]);
  });

  test('an undated report joins the event of its own article that shares its place, even on another day', () => {
    const { events } = mergeSameEvent(
      [
        candidate({ article: '004', type: 'meeting', kind: 'conference', date: day('2015-12-10'), actors: [], places: ['riyadh'], text: 'مؤتمر الرياض الخميس الماضي' }),
        candidate({ article: '004', type: 'meeting', kind: 'talks', date: day('2015-12-15'), actors: ['kerry', 'putin'], places: ['moscow'], text: 'اجتماع … في موسكو أمس' }),
        candidate({ article: '004', type: 'meeting', kind: 'talks', date: null, actors: ['syrian-opposition', 'kerry'], places: ['riyadh'], text: 'لقاء المعارضين السوريين في الرياض' }),
      ],
      CONTEXTS,
    );
    expect(summary(events).map((e) => [e.date, e.places, e.actors])).toEqual([
      ['2015-12-10..2015-12-10', ['riyadh'], ['kerry', 'syrian-opposition']],
      ['2015-12-15..2015-12-15', ['moscow'], ['kerry', 'putin']],
    ]);
  });

  test('undated held events elsewhere than the main news, and undated background, are left out; planned ones and those in the city of the news are kept', () => {
    const paris = candidate({ article: '004', type: 'meeting', kind: 'talks', date: null, actors: ['putin'], places: ['paris'], text: 'بعد لقائنا في باريس' });
    const recap = { ...candidate({ article: '003', type: 'agreement', kind: 'agreement', topic: 'constitution', date: null, actors: ['un'], places: [], text: 'وقد أقرت الأمم المتحدة الخطة' }), background: true as const };
    const amman = candidate({ article: '001', type: 'agreement', kind: 'agreement', topic: 'joint-group', status: 'planned', date: null, actors: ['russia'], places: ['amman'], text: 'تقترح الوثيقة' });
    // Article 005's news is in the Kremlin: the Foreign Ministry is in the same city.
    const ministry = candidate({ article: '005', type: 'meeting', kind: 'talks', date: null, actors: ['lavrov', 'kerry'], places: ['russian-mfa'], text: 'وسبق اللقاء محادثات بين لافروف وكيري في مقر الخارجية' });
    const { events, dropped } = mergeSameEvent([paris, recap, amman, ministry], [...CONTEXTS, context('005', '2016-03-25', day('2016-03-24'), ['kremlin'])]);
    expect(dropped).toEqual([
      { candidate: paris, reason: 'elsewhere' },
      { candidate: recap, reason: 'background' },
    ]);
    expect(summary(events)).toEqual([
      { what: 'meeting/talks', status: 'held', date: '2016-03-24..2016-03-24', actors: ['kerry', 'lavrov'], places: ['russian-mfa'], articles: ['005'] },
      { what: 'agreement/agreement/joint-group', status: 'planned', date: '2016-07-15..2016-07-15', actors: ['russia'], places: ['amman'], articles: ['001'] },
    ]);
    expect(events.every((e) => e.date.approximate)).toBe(true);
  });

  test('when the lead gave no date, the rest of the article takes the date its lead meeting got by merging', () => {
    const announced = candidate({ article: '003', type: 'meeting', kind: 'talks', status: 'planned', date: day('2016-08-26', '2016-08-27'), actors: ['lavrov', 'kerry'], places: ['geneva'], text: 'قد يجري بجنيف يومي 26 و27' });
    const lead = candidate({ article: '002', type: 'meeting', kind: 'talks', date: null, actors: ['kerry', 'lavrov'], places: ['geneva'], text: 'خلال مباحثاتهما في جنيف' });
    const agreed = candidate({ article: '002', type: 'agreement', kind: 'agreement', topic: 'accountability', date: null, actors: ['lavrov'], places: [], text: 'تم الاتفاق على آلية محاسبة' });
    const undatedLead = context('002', '2016-08-27', day('2016-08-27'), ['geneva'], { dateFromLead: false, leadEnd: lead.excerpt.end });
    const merged = (contexts: ArticleContext[]) =>
      mergeSameEvent([agreed, lead, announced], contexts).events.find((e) => e.type === 'agreement')!.date;

    expect(merged([undatedLead, ...CONTEXTS.filter((c) => c.article !== '002')])).toEqual(day('2016-08-26', '2016-08-27', 'days', true));
    const all = [undatedLead, ...CONTEXTS.filter((c) => c.article !== '002')];
    expect(JSON.stringify(mergeSameEvent([announced, lead, agreed], all))).toBe(JSON.stringify(mergeSameEvent([agreed, lead, announced], all)));
    // A date read in the lead is evidence of its own: it stays.
    expect(merged([{ ...undatedLead, dateFromLead: true }, ...CONTEXTS.filter((c) => c.article !== '002')])).toEqual(day('2016-08-27', '2016-08-27', 'day', true));
  });

  test('the lead meeting dates the article only when held and not after publication', () => {
    const planned = candidate({ article: '002', type: 'meeting', kind: 'talks', status: 'planned', date: day('2016-09-09'), actors: ['kerry', 'lavrov'], places: ['geneva'], text: 'سيلتقي الوزيران في جنيف' });
    const agreed = candidate({ article: '002', type: 'agreement', kind: 'agreement', topic: 'accountability', date: null, actors: ['lavrov'], places: [], text: 'تم الاتفاق على آلية محاسبة' });
    const contexts = [context('002', '2016-08-27', day('2016-08-27'), ['geneva'], { dateFromLead: false, leadEnd: planned.excerpt.end })];
    expect(mergeSameEvent([planned, agreed], contexts).events.find((e) => e.type === 'agreement')!.date).toEqual(day('2016-08-27', '2016-08-27', 'day', true));
  });

  test('a discussion held by phone is the call', () => {
    const { events } = mergeSameEvent(
      [
        candidate({ article: '004', type: 'meeting', kind: 'call', date: null, actors: ['gerasimov', 'dunford'], places: [], text: 'جرى اتصال هاتفي بين غيراسيموف ودانفورد' }),
        candidate({ article: '004', type: 'meeting', kind: 'discussion', date: null, actors: ['gerasimov', 'dunford'], places: [], text: 'بحث غيراسيموف مع دانفورد' }),
      ],
      CONTEXTS,
    );
    // Merged as meetings, published as what it is.
    expect(summary(events).map((e) => e.what)).toEqual(['call/call']);
  });

  test('a country one of the actors speaks for is not listed again; actors follow the table order', () => {
    const { events } = mergeSameEvent(
      [candidate({ article: '004', type: 'meeting', kind: 'call', date: null, actors: ['dunford', 'gerasimov', 'russia', 'us'], places: [], text: 'اتصال هاتفي' })],
      CONTEXTS,
    );
    expect(events[0].actors).toEqual(['gerasimov', 'dunford']);
  });

  test('an event after the publication of every article telling it is planned', () => {
    const { events } = mergeSameEvent(
      [candidate({ article: '004', type: 'meeting', kind: 'conference', date: day('2015-12-18'), actors: ['issg'], places: ['new-york'], text: 'الجمعة المقبل' })],
      CONTEXTS,
    );
    expect(events[0].status).toBe('planned');
  });

  test('an undated agreement told with a meeting agreed on for later ("وعلى أن يلتقوا مجددا") is not dated by that later meeting', () => {
    const contexts = [context('005', '2015-11-15', day('2015-11-14'), ['vienna'])];
    const later = candidate({ article: '005', type: 'meeting', kind: 'talks', status: 'planned', date: day('2015-12-18'), actors: ['issg'], places: ['vienna'], text: 'ويلتقي الوزراء مجددا في فيينا يوم 18 كانون الأول' });
    const meeting = candidate({ article: '005', type: 'meeting', kind: 'talks', status: 'planned', date: null, actors: ['issg'], places: ['vienna'], text: 'واتفق المشاركون على أن يلتقوا مجددا في فيينا' });
    const agreement = { ...meeting, type: 'agreement' as const, kind: 'agreement' as const, status: 'reached' as const };
    const { events } = mergeSameEvent([later, meeting, agreement], contexts);
    expect(summary(events).map((e) => [e.what, e.date])).toEqual([['meeting/talks', '2015-12-18..2015-12-18'], ['agreement/agreement', '2015-11-14..2015-11-14']]);
  });

  test('does not modify its input, and the order of the candidates does not matter', () => {
    const candidates = [
      candidate({ article: '002', type: 'meeting', kind: 'visit', date: day('2016-07-11', '2016-07-20', 'part-of-month'), actors: ['kerry'], places: ['moscow'], text: 'أ' }),
      candidate({ article: '001', type: 'meeting', kind: 'talks', date: day('2016-07-15'), actors: ['kerry', 'putin'], places: [], text: 'ب' }),
      candidate({ article: '001', type: 'agreement', kind: 'agreement', topic: 'terrorism', date: null, actors: ['lavrov'], places: [], text: 'ج' }),
      candidate({ article: '001', type: 'agreement', kind: 'agreement', date: null, actors: ['russia', 'us'], places: [], text: 'د' }),
    ];
    const before = JSON.stringify(candidates);
    const forward = JSON.stringify(mergeSameEvent(candidates, CONTEXTS));
    expect(JSON.stringify(candidates)).toBe(before);
    expect(JSON.stringify(mergeSameEvent([...candidates].reverse(), CONTEXTS))).toBe(forward);
  });

  test('many reports of the same events stay as many events as there are distinct ones', () => {
    const copies: EventCandidate[] = [];
    const contexts: ArticleContext[] = [];
    for (let i = 0; i < 500; i++) {
      const article = `copy-${i}`;
      contexts.push(context(article, '2016-07-16', day('2016-07-15'), ['moscow']));
      copies.push(
        candidate({ article, type: 'meeting', kind: 'talks', date: day('2016-07-15'), actors: ['kerry', 'putin'], places: ['moscow'], text: 'أ' }),
        candidate({ article, type: 'meeting', kind: 'press', date: null, actors: ['kirby'], places: [], text: 'ب' }),
        candidate({ article, type: 'ceasefire', kind: 'ceasefire-restore', topic: 'ceasefire-restore', status: 'planned', date: day('2016-07-31'), actors: [], places: [], text: 'ج' }),
      );
    }
    const { events } = mergeSameEvent(copies, contexts);
    expect(events.map((e) => e.excerpts.length)).toEqual([500, 500, 500]);
  });
});

describe('compatibility rules', () => {
  test.each([
    { a: 'talks', b: 'visit', expected: true },
    { a: 'talks', b: 'conference', expected: true },
    { a: 'talks', b: 'press', expected: false },
    { a: 'call', b: 'call', expected: true },
    { a: 'agreement', b: 'talks', expected: false },
    { a: 'discussion', b: 'call', expected: true },
    { a: 'press', b: 'discussion', expected: false },
    { a: 'press', b: 'announcement', expected: true },
    { a: 'address', b: 'announcement', expected: true },
    { a: 'address', b: 'talks', expected: false },
    { a: 'announcement', b: 'talks', expected: false },
    { a: 'announcement', b: 'discussion', expected: false },
    { a: 'discussion', b: 'agreement', expected: false },
  ] as const)('kinds $a / $b → $expected', ({ a, b, expected }) => {
    expect(kindsCompatible(a, b)).toBe(expected);
  });

  test.each([
    { a: 'talks', b: 'conference', expected: 'conference' },
    { a: 'visit', b: 'talks', expected: 'talks' },
    { a: 'discussion', b: 'call', expected: 'call' },
    { a: 'talks', b: 'discussion', expected: 'talks' },
  ] as const)('kind of $a told as $b → $expected', ({ a, b, expected }) => {
    expect(moreSpecificKind(a, b)).toBe(expected);
  });

  test.each([
    { a: [], b: ['geneva'], expected: true },
    { a: ['moscow'], b: ['moscow', 'kremlin'], expected: true },
    { a: ['russian-mfa'], b: ['moscow', 'kremlin'], expected: false },
    { a: ['geneva'], b: ['moscow'], expected: false },
  ])('places $a / $b → $expected', ({ a, b, expected }) => {
    expect(placesCompatible(a, b)).toBe(expected);
  });
});
