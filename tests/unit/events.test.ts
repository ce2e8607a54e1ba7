import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import type { DatePrecision } from '../../src/lib/types.ts';
import { resolveDualReferences } from '../../scripts/pipeline/coreference.ts';
import type { EventCandidate } from '../../scripts/pipeline/candidates.ts';
import { detectEvents } from '../../scripts/pipeline/events.ts';
import { findGazetteerHits } from '../../scripts/pipeline/gazetteer.ts';
import { segmentSentences } from '../../scripts/pipeline/segment.ts';
import type { DateMention, LoadedArticle } from '../../scripts/pipeline/types.ts';

/** A date mention as the tagger would give it, located by its text in the body. */
function dated(
  body: string,
  text: string,
  start: string,
  end: string,
  precision: DatePrecision,
  flags: { deadline?: boolean; approximate?: boolean } = {},
): DateMention {
  const at = body.indexOf(text);
  if (at < 0) throw new Error(`not in the body: ${text}`);
  return { start: at, end: at + text.length, text, value: { start, end, precision }, deadline: flags.deadline ?? false, approximate: flags.approximate ?? false };
}

/** As the pipeline runs it: gazetteer hits with the dual nouns resolved. */
function detect(body: string, published: string, mentions: DateMention[] = [], publishedFrom: LoadedArticle['publishedFrom'] = 'metadata') {
  const folded = foldWithOffsets(body);
  const sentences = segmentSentences(body);
  return detectEvents({
    article: { id: 'a', body, published, publishedFrom },
    folded,
    sentences,
    mentions,
    hits: resolveDualReferences(folded, sentences, findGazetteerHits(folded)),
  });
}

/** The fields a test states: type/kind/topic, status, date or "undated", actors, places. */
const summary = (c: EventCandidate) => ({
  what: [c.type, c.kind, c.topic].filter(Boolean).join('/'),
  status: c.status,
  date: c.date ? `${c.date.start}..${c.date.end}` : 'undated',
  actors: [...c.actors].sort(),
  places: [...c.places].sort(),
});

const S = {
  agreedYesterday:
    "أعلنت الولايات المتحدة وروسيا أنهما اتفقتا أمس الخميس في أعقاب محادثات في موسكو على أن تضغطا باتجاه إجراء 'مفاوضات مباشرة' بين النظام السوري والمعارضة وتسريع عملية الانتقال السياسي في سوريا.",
  notAgreed: 'لكن الجانبين لم يتوصلا إلى اتفاق بشأن مصير رئيس النظام السوري بشار الأسد، وهو ما يعتبر المسألة المركزية في أي تسوية للنزاع.',
  kremlinAndMinistry: 'وسبق اللقاء في الكرملين لقاء بين لافروف وكيري في وزارة الخارجية الروسية.',
  genevaExpected:
    'وسيتوقف على نتائج المشاورات عقد لقاء جديد بين وزيري الخارجية الروسي سيرغي لافروف والأميركي جون كيري، قد يجري بجنيف يومي 26 و27 أغسطس/آب الجاري.',
  restoreByJuly31:
    'وتشير الوثيقة، أيضاً، إلى (ضرورة الالتزام باتفاقية وقف إطلاق النار الذي تم خرقه مراراً)، على أن (يعاد استكماله بحلول الحادي والثلاثين من تموز الجاري، من أجل مزيد من التعاون العسكري والأمني، ووضع خطة شاملة لوقف إطلاق النار ووضع إطار جديد لانتقال سياسي).',
  constitutionByAugust:
    'من جهته، قال كيري إنه اتفق مع بوتين ولافروف على وجوب إعداد مشروع دستور جديد في سوريا بحلول شهر آب/ أغسطس المقبل.',
  phoneCall:
    'وفي إطار التقارب بين البلدين، بحث رئيس هيئة الأركان الروسية الجنرال فاليري غيراسيموف مع نظيره الأميركي جوزيف دانفورد، خلال اتصال هاتفي، التعاون المتبادل بين روسيا والتحالف الدولي بقيادة الولايات المتحدة في سوريا.',
  minsk: 'وتطرق إلى الأزمة الأوكرانية، مؤكدا أنه كلما تم الإسراع في تنفيذ اتفاقيات مينسك يتم الإسراع في رفع العقوبات عن روسيا.',
  quartet:
    'وفي استعراضه نتائج بحث الجانبين لموضوع تسوية الصراع الفلسطيني الإسرائيلي، أعرب سيرغي لافروف عن أمل روسيا والولايات المتحدة في قدرة الرباعية الدولية على إيجاد مخرج من المأزق في عملية التسوية.',
  thirdMeeting:
    'يشار أن هذا اللقاء الثالث بين الوزيرين خلال أقل من شهر ونصف الشهر، إذ زار كيري موسكو في منتصف تموز الماضي، حيث التقى مع لافروف والرئيس الروسي، فلاديمير بوتين، كما عقد لقاء آخر على هامش الاجتماع الوزاري لبلدان اتحاد دول جنوب شرق آسيا ("أسيان") في لاوس في نهاية تموز.',
  discussedOnly:
    'وكان الوزيران قد بحثا الأسبوع الماضي اتفاقا بين بلديهما بشأن "مكافحة الإرهاب"، في حين تحدث وزير الدفاع الروسي سيرغي شويغو عن مفاوضات "نشطة جدا" مع الأميركيين لتنفيذ عمل عسكري مشترك في سوريا.',
  kirbyAnnounced:
    'وكان المتحدث باسم وزارة الخارجية الأمريكية جون كيربي قد أعلن أن كيري يريد أن يفهم خلال زيارته إلى موسكو ما إذا كان يمكن تحقيق تطور إيجابي بشأن الوضع في سورية، مضيفاً أن الوزير الأمريكي على قناعة بأن تحقيق تقدم أمر ممكن.',
  roadmapRecap:
    'يذكر أن موسكو وواشنطن تتوليان رئاسة المجموعة الدولية لدعم سوريا التي تضم نحو عشرين بلدا، ووضعت في نوفمبر/تشرين الثاني الماضي خريطة طريق لتحقيق السلام في سوريا، وقد أقرت الأمم المتحدة الخطة التي تنص على تشكيل هيئة انتقالية وصياغة دستور جديد وتنظيم انتخابات بحلول منتصف عام 2017 .',
  listsAgreed: 'وقال «كل الأطراف تعتبر داعش وجبهة النصرة منظمات إرهابية»، مضيفاً «تم الاتفاق على مواصلة العمل مع واشنطن لتحديد قائمة المعارضة المعتدلة وقائمة الإرهابيين».',
  discussedInGeneva: 'وأشار لافروف إلى أن الوضع في حلب نال حصة مهمة من محادثاته مع كيري.',
  arbatWalk: 'وبعد اللقاء قام كيري بجولة برفقة السفير الأميركي جون تيفت في شارع أربات التجاري وسط موسكو حيث اشترى تذكارات وتبادل التحية مع المارة.',
  activist: 'واجتمع أيضا مع الناشطة في سبيل حقوق الإنسان ليودميلا الكسييفا.',
  suchAnAgreement: 'وأشارت إلى أن التوصل إلى مثل هذا الاتفاق سيسمح للبلدين بالتركيز على ضرب مسلحي تنظيمي (داعش) و(جبهة النصرة) الإرهابيين.',
};

describe('detectEvents, sentence by sentence', () => {
  test.each([
    {
      name: '000: an agreement dated by "أمس الخميس", and the talks it followed (undated: same day by context)',
      body: S.agreedYesterday,
      published: '2016-03-25',
      mentions: (b: string) => [dated(b, 'أمس الخميس', '2016-03-24', '2016-03-24', 'day')],
      expected: [
        // The regime and the opposition are the sides of the direct talks agreed on: what was
        // agreed, not parties to the agreement.
        { what: 'agreement/agreement/direct-talks', status: 'reached', date: '2016-03-24..2016-03-24', actors: ['russia', 'us'], places: [] },
        { what: 'meeting/talks', status: 'held', date: 'undated', actors: ['russia', 'syria', 'syrian-opposition', 'us'], places: ['moscow'] },
      ],
    },
    { name: '000: a negated agreement is no event', body: S.notAgreed, published: '2016-03-25', expected: [] },
    {
      name: '004: the Kremlin meeting and the Foreign Ministry meeting are two',
      body: S.kremlinAndMinistry,
      published: '2015-12-16',
      expected: [
        { what: 'meeting/talks', status: 'held', date: 'undated', actors: [], places: ['kremlin'] },
        { what: 'meeting/talks', status: 'held', date: 'undated', actors: ['kerry', 'lavrov'], places: ['russian-mfa'] },
      ],
    },
    {
      name: '003: a meeting expected on 26–27 August is planned; the consultations it depends on name no one',
      body: S.genevaExpected,
      published: '2016-08-24',
      mentions: (b: string) => [dated(b, 'يومي 26 و27 أغسطس/آب الجاري', '2016-08-26', '2016-08-27', 'days')],
      expected: [{ what: 'meeting/talks', status: 'planned', date: '2016-08-26..2016-08-27', actors: ['kerry', 'lavrov', 'russia', 'us'], places: ['geneva'] }],
    },
    {
      name: '001: a deadline to restore the ceasefire, which binds the two Syrian sides; the named ceasefire agreement is no new agreement',
      body: S.restoreByJuly31,
      published: '2016-07-16',
      mentions: (b: string) => [dated(b, 'بحلول الحادي والثلاثين من تموز الجاري', '2016-07-31', '2016-07-31', 'day', { deadline: true })],
      expected: [{ what: 'ceasefire/ceasefire-restore/ceasefire-restore', status: 'planned', date: '2016-07-31..2016-07-31', actors: ['syria', 'syrian-opposition'], places: [] }],
    },
    {
      name: '000: an agreement on a draft constitution, and the deadline for it',
      body: S.constitutionByAugust,
      published: '2016-03-25',
      mentions: (b: string) => [dated(b, 'بحلول شهر آب/ أغسطس المقبل', '2016-08-01', '2016-08-31', 'month', { deadline: true })],
      expected: [
        { what: 'agreement/agreement/constitution', status: 'reached', date: 'undated', actors: ['kerry', 'lavrov', 'putin'], places: [] },
        // The sentence's parties set it; the two Syrian sides are bound by it.
        { what: 'deadline/deadline/constitution', status: 'planned', date: '2016-08-01..2016-08-31', actors: ['kerry', 'lavrov', 'putin', 'syria', 'syrian-opposition'], places: [] },
      ],
    },
    {
      name: '004: a phone call between the chiefs of staff',
      body: S.phoneCall,
      published: '2015-12-16',
      expected: [{ what: 'meeting/call', status: 'held', date: 'undated', actors: ['dunford', 'gerasimov', 'russia', 'us'], places: [] }],
    },
    { name: '004: the Minsk agreements on Ukraine are a reference, not an event', body: S.minsk, published: '2015-12-16', expected: [] },
    { name: '001: remarks on the Quartet are no event', body: S.quartet, published: '2016-07-16', expected: [] },
    {
      name: '002: one sentence, two earlier meetings: Moscow in mid-July; "another" in Laos, with the first named participant (الوزيرين has no antecedent here)',
      body: S.thirdMeeting,
      published: '2016-08-27',
      mentions: (b: string) => [
        dated(b, 'منتصف تموز الماضي', '2016-07-11', '2016-07-20', 'part-of-month'),
        dated(b, 'نهاية تموز', '2016-07-21', '2016-07-31', 'part-of-month', { approximate: true }),
      ],
      expected: [
        { what: 'meeting/talks', status: 'held', date: '2016-07-11..2016-07-20', actors: ['kerry', 'lavrov', 'putin'], places: ['moscow'] },
        { what: 'meeting/talks', status: 'held', date: '2016-07-21..2016-07-31', actors: ['kerry'], places: ['laos'] },
      ],
    },
    {
      name: '002: after Kerry and Lavrov are named, "the third meeting between the two ministers" gives "another meeting" in Laos both of them',
      body: `${S.discussedInGeneva} ${S.thirdMeeting}`,
      published: '2016-08-27',
      mentions: (b: string) => [
        dated(b, 'منتصف تموز الماضي', '2016-07-11', '2016-07-20', 'part-of-month'),
        dated(b, 'نهاية تموز', '2016-07-21', '2016-07-31', 'part-of-month', { approximate: true }),
      ],
      expected: [
        { what: 'meeting/talks', status: 'held', date: 'undated', actors: ['kerry'], places: [] },
        { what: 'meeting/talks', status: 'held', date: '2016-07-11..2016-07-20', actors: ['kerry', 'lavrov', 'putin'], places: ['moscow'] },
        { what: 'meeting/talks', status: 'held', date: '2016-07-21..2016-07-31', actors: ['kerry', 'lavrov'], places: ['laos'] },
      ],
    },
    {
      name: '003: an agreement that was only discussed was not reached; the two ministers, unnamed before, are no one',
      body: S.discussedOnly,
      published: '2016-08-24',
      mentions: (b: string) => [dated(b, 'الأسبوع الماضي', '2016-08-15', '2016-08-21', 'week')],
      expected: [],
    },
    {
      name: '003: "the two ministers discussed last week" after Lavrov and Kerry are named is their talks that week',
      body: `${S.genevaExpected} ${S.discussedOnly}`,
      published: '2016-08-24',
      mentions: (b: string) => [
        dated(b, 'يومي 26 و27 أغسطس/آب الجاري', '2016-08-26', '2016-08-27', 'days'),
        dated(b, 'الأسبوع الماضي', '2016-08-15', '2016-08-21', 'week'),
      ],
      expected: [
        { what: 'meeting/talks', status: 'planned', date: '2016-08-26..2016-08-27', actors: ['kerry', 'lavrov', 'russia', 'us'], places: ['geneva'] },
        { what: 'meeting/discussion', status: 'held', date: '2016-08-15..2016-08-21', actors: ['kerry', 'lavrov'], places: [] },
      ],
    },
    {
      name: 'a discussion with a partner is talks',
      body: 'وبحث وزير الخارجية الأميركي جون كيري مع نظيره الروسي سيرغي لافروف الوضع في سوريا.',
      published: '2016-08-24',
      expected: [{ what: 'meeting/discussion', status: 'held', date: 'undated', actors: ['kerry', 'lavrov', 'russia', 'us'], places: [] }],
    },
    {
      name: '"بحثا عن" is looking for, not discussing',
      body: 'وواصل كيري ولافروف العمل بحثا عن حل سياسي للأزمة.',
      published: '2016-08-24',
      expected: [],
    },
    {
      name: '"such an agreement" speaks of one in general, even with its two parties resolved',
      body: `وتحدث كيري عن روسيا. ${S.suchAnAgreement}`,
      published: '2016-07-16',
      expected: [],
    },
    {
      name: '001: the spokesman announcing a visit is not part of it; wanting to is intent',
      body: S.kirbyAnnounced,
      published: '2016-07-16',
      expected: [{ what: 'meeting/visit', status: 'planned', date: 'undated', actors: ['kerry'], places: ['moscow'] }],
    },
    {
      name: '004: agreeing to keep working on the lists is not an agreement on the lists',
      body: S.listsAgreed,
      published: '2015-12-16',
      expected: [],
    },
  ])('$name', ({ body, published, mentions, expected }) => {
    expect(detect(body, published, mentions?.(body) ?? []).candidates.map(summary)).toEqual(expected);
  });

  test('004: a meeting naming only a private person is left out, and returned apart; a walk "after the meeting" is no meeting', () => {
    const { candidates, privateOnly } = detect(`${S.arbatWalk} ${S.activist}`, '2015-12-16');
    expect(candidates.map(summary)).toEqual([]);
    expect(privateOnly.map(summary)).toEqual([{ what: 'meeting/talks', status: 'held', date: 'undated', actors: ['alexeyeva'], places: [] }]);
  });

  test('a sequence phrase ends at its comma: the speaker after it ("عقب انتهاء الجلسات، أقر كيري") does not make the sessions another meeting; a party before it does', () => {
    const another = (body: string) => detect(body, '2015-10-31').candidates.filter((c) => c.type === 'meeting').map((c) => c.another ?? false);
    expect(another('وعقب انتهاء الجلسات، أقر كيري بأن الخلاف حول الأسد باق.')).toEqual([false]);
    expect(another('وعقب لقائه لافروف، أقر كيري بأن الخلاف حول الأسد باق.')).toEqual([true]);
  });

  test('"the agreement" as the subject of a verb ("نجاح الاتفاق يتوقف على") is a reference; with what it is on after it, it is not', () => {
    const background = (body: string) => detect(body, '2016-02-23').candidates.filter((c) => c.type === 'agreement').map((c) => c.background ?? false);
    expect(background('وأكد لافروف أن نجاح الاتفاق "يتوقف على الشركاء الأمريكيين".')).toEqual([true]);
    expect(background('وأكد لافروف أن الاتفاق الروسي الأمريكي على الهدنة صامد.')).toEqual([false]);
  });

  test('003: a background recap dates its own events; an undated one in it is marked as background', () => {
    const body = S.roadmapRecap;
    const { candidates } = detect(body, '2016-08-24', [
      dated(body, 'نوفمبر/تشرين الثاني الماضي', '2015-11-01', '2015-11-30', 'month'),
      dated(body, 'بحلول منتصف عام 2017', '2017-06-01', '2017-07-31', 'part-of-year', { deadline: true }),
    ]);
    expect(candidates.map((c) => [summary(c).what, summary(c).date, c.background ?? false])).toEqual([
      ['agreement/agreement/roadmap', '2015-11-01..2015-11-30', false],
      ['agreement/agreement/constitution', 'undated', true],
      ['deadline/deadline/elections', '2017-06-01..2017-07-31', false],
    ]);
  });
});

describe('excerpts', () => {
  test('an excerpt is its sentence, and its date span is the date expression', () => {
    const body = `عنوان الخبر\n${S.agreedYesterday} ${S.notAgreed}`;
    const { candidates } = detect(body, '2016-03-25', [dated(body, 'أمس الخميس', '2016-03-24', '2016-03-24', 'day')]);
    for (const c of candidates) {
      expect(c.excerpt.text).toBe(body.slice(c.excerpt.start, c.excerpt.end));
      expect(c.excerpt.text).toBe(S.agreedYesterday);
      expect(c.excerpt.article).toBe('a');
    }
    const date = candidates.find((c) => c.type === 'agreement')!.excerpt.date!;
    expect(date.text).toBe('أمس الخميس');
    expect(body.slice(date.start, date.end)).toBe(date.text);
    expect(candidates.find((c) => c.type === 'meeting')!.excerpt.date).toBeUndefined();
  });
});

describe('the article context', () => {
  test('the day of the main news is the first past day-precise date of the lead, approximate; its places are the lead paragraph’s', () => {
    const body = `${S.agreedYesterday}\n${S.constitutionByAugust}`;
    const { context } = detect(body, '2016-03-25', [
      dated(body, 'أمس الخميس', '2016-03-24', '2016-03-24', 'day'),
      dated(body, 'بحلول شهر آب/ أغسطس المقبل', '2016-08-01', '2016-08-31', 'month', { deadline: true }),
    ]);
    expect(context).toEqual({
      article: 'a',
      published: '2016-03-25',
      date: { start: '2016-03-24', end: '2016-03-24', precision: 'day', approximate: true },
      dateFromLead: true,
      leadEnd: body.length,
      places: ['moscow'],
    });
  });

  test('without a date in the lead, the publication day, marked as standing in', () => {
    const { context } = detect(S.phoneCall, '2015-12-16');
    expect(context.date).toEqual({ start: '2015-12-16', end: '2015-12-16', precision: 'day', approximate: true });
    expect(context.dateFromLead).toBe(false);
  });

  test('an article dated from its text makes every date approximate', () => {
    const body = S.genevaExpected;
    const { candidates } = detect(body, '2016-08-24', [dated(body, 'يومي 26 و27 أغسطس/آب الجاري', '2016-08-26', '2016-08-27', 'days')], 'text');
    expect(candidates[0].date!.approximate).toBe(true);
  });
});

test('detectEvents does not modify its input and gives the same answer twice', () => {
  const body = S.thirdMeeting;
  const mentions = [dated(body, 'منتصف تموز الماضي', '2016-07-11', '2016-07-20', 'part-of-month')];
  const folded = foldWithOffsets(body);
  const input = { article: { id: 'a', body, published: '2016-08-27', publishedFrom: 'metadata' as const }, folded, sentences: segmentSentences(body), mentions, hits: findGazetteerHits(folded) };
  const before = JSON.stringify({ ...input, folded: Array.from(folded.offsets) });
  const first = JSON.stringify(detectEvents(input));
  expect(JSON.stringify({ ...input, folded: Array.from(folded.offsets) })).toBe(before);
  expect(JSON.stringify(detectEvents(input))).toBe(first);
});
