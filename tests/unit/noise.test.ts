import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import { isNoise, markNoise, noiseChars, outsideNoise, type NoiseKind } from '../../scripts/pipeline/noise.ts';
import { articleBody } from '../support/articles.ts';

const bodyOf = articleBody;
/** The noise kind of the line holding `needle` in `body`, or null for a reporting line. */
function kindAt(body: string, needle: string, title?: string): NoiseKind | null {
  const at = body.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const spans = markNoise(foldWithOffsets(body), title);
  return spans.find((s) => s.start <= at && at < s.end)?.kind ?? null;
}

describe('markNoise: one line at a time', () => {
  test.each<{ line: string; kind: NoiseKind | null }>([
    { line: 'التعليقات', kind: 'comments' },
    { line: 'التعليقات (2)', kind: 'comments' },
    { line: '    ·منذ 7 سنوات 8 أشهر', kind: 'comments' },
    { line: 'اقرأ أيضا: وسائل إعلام والمرصد: الجيش السوري يتقدم في معركة تدمر', kind: 'read-also' },
    {
      line: 'Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov shake hands after speaking at a news conference at the Kremlin in Moscow, Russia, Friday, March 25, 2016. (AP Photo/Andrew Harnik, Pool)',
      kind: 'caption',
    },
    { line: 'وزير الخارجية الروسي سيرجي لافروف ونظيره الأميركي جون كيري أثناء لقائهما في الكرملين (أسوشيتد برس)', kind: 'caption' },
    { line: 'الأكثر قراءة', kind: 'navigation' },
    { line: '💡 أهم المواضيع', kind: 'navigation' },
    { line: '✨ أهم التصنيفات', kind: 'navigation' },
    { line: '✨ 💡', kind: 'navigation' },
    { line: 'المصدر : وكالات', kind: 'source' },
    { line: '2', kind: 'number' },
    { line: 'الاتفاق على آلية لمحاسبة الأطراف التي تنتهك الهدنة', kind: 'headline' },
    { line: 'دي ميستورا سيدفع إلى العودة للمفاوضات ', kind: 'headline' },
    { line: 'وأكد لافروف أن موسكو وواشنطن اتفقتا على عدد من النقاط المهمة بشأن سوريا.', kind: null },
    { line: 'وقال: (إن هدفنا المشترك توفير نظام وقف إطلاق النار على جميع الأراضي السورية باستثناء (داعش) و(جبهة النصرة).', kind: null },
    // News that merely ends in brackets is no caption: a number, a time, or a long paragraph.
    { line: 'واعتمد مجلس الأمن بالإجماع مساء أمس القرار (2254)', kind: 'headline' },
    { line: 'يبدأ سريان الهدنة عند منتصف الليل بتوقيت دمشق (22,00 ت غ)', kind: 'headline' },
    // A sentence ended before the parentheses is news with a photo mark.
    { line: 'وأصدر المشاركون في الاجتماع بيانا من تسع نقاط. (صور)', kind: null },
  ])('$line → $kind', ({ line, kind }) => {
    expect(kindAt(`فقرة أولى من الخبر.\n${line}\n`, line.trim())).toBe(kind);
  });

  test.each<{ name: string; body: string; noise: string[]; kept: string[] }>([
    {
      name: 'a text that is one headline-like line is the news itself',
      body: 'اعتمد مجلس الأمن بالإجماع مساء أمس القرار (2254)',
      noise: [],
      kept: ['اعتمد مجلس الأمن بالإجماع مساء أمس القرار (2254)'],
    },
    {
      name: 'a "read also" inside a line cuts only what follows it',
      body: 'دخلت قافلة مساعدات إلى مضايا أمس. اقرأ أيضا: كيري ولافروف يلتقيان في جنيف',
      noise: ['اقرأ أيضا: كيري ولافروف يلتقيان في جنيف'],
      kept: ['دخلت قافلة مساعدات إلى مضايا أمس.'],
    },
    {
      name: 'a photo caption in brackets is cut out of the sentence around it',
      body: '(صورة أرشيفية لكيري ولافروف - رويترز) اتصل كيري بلافروف هاتفيا أمس.',
      noise: ['(صورة أرشيفية لكيري ولافروف - رويترز)'],
      kept: ['اتصل كيري بلافروف هاتفيا أمس.'],
    },
    {
      name: 'reader comments starting inside a line run to the end of the body',
      body: 'التقى كيري لافروف أمس. تعليقات القراء: لا جديد\nتعليق آخر',
      noise: ['تعليقات القراء: لا جديد\nتعليق آخر'],
      kept: ['التقى كيري لافروف أمس.'],
    },
  ])('$name', ({ body, noise, kept }) => {
    const spans = markNoise(foldWithOffsets(body));
    expect(spans.map((s) => body.slice(s.start, s.end))).toEqual(noise);
    expect(noiseChars(spans)).toBe(noise.reduce((n, x) => n + x.length, 0));
    expect(outsideNoise(spans, { start: 0, end: body.length, text: body }).map((p) => p.text)).toEqual(kept);
  });

  test('a line repeating the title is a headline, punctuation or not', () => {
    const title = 'واشنطن تعلن تقدم مباحثاتها مع موسكو بشأن سوريا.';
    expect(kindAt(`${title}\nنص الخبر.`, title, title)).toBe('headline');
    expect(kindAt(`${title}\nنص الخبر.`, title)).toBeNull();
  });

  test('a long line without a final full stop is body text, not a headline', () => {
    const line = 'وقال المتحدث '.repeat(40);
    expect(kindAt(`${line}\n`, 'وقال')).toBeNull();
  });
});

describe('markNoise on the founding articles', () => {
  test('002: everything from "التعليقات (2)" to the end is comments, user names and navigation included', () => {
    const body = bodyOf('002_e36c8a0eafea318a.txt');
    const spans = markNoise(foldWithOffsets(body));
    const comments = spans.find((s) => s.kind === 'comments')!;
    expect(body.slice(comments.start).startsWith('التعليقات (2)')).toBe(true);
    expect(comments.end).toBe(body.length);
    for (const needle of ['Samer', 'سوري حر', 'مش كافي كذب', 'الأكثر قراءة', 'أهم التصنيفات']) {
      expect(isNoise(spans, { start: body.indexOf(needle), end: body.indexOf(needle) + needle.length })).toBe(true);
    }
  });

  test('002: the crossheads are headlines; the reporting around them is not noise', () => {
    const body = bodyOf('002_e36c8a0eafea318a.txt');
    expect(kindAt(body, 'الاتصالات مع واشنطن بشأن الملف السوري ستتكثف')).toBe('headline');
    expect(kindAt(body, 'وأشار لافروف إلى أنّه "تم الاتفاق')).toBeNull();
    expect(kindAt(body, 'يشار أن هذا اللقاء الثالث')).toBeNull();
  });

  test('000: the "اقرأ أيضا" line and the trailing comments header; the teaser line under the title', () => {
    const body = bodyOf('000_4c8131996a4716c2.txt');
    expect(kindAt(body, 'اقرأ أيضا:')).toBe('read-also');
    expect(kindAt(body, 'وانطلقت موجة من الضحك')).toBeNull();
    expect(kindAt(body, 'التعليقات')).toBe('comments');
    expect(kindAt(body, 'للنزاع* بوتين وكيري يتبادلان المزاح')).toBe('headline');
  });

  test('003: the English caption, the Arabic caption and the source line', () => {
    const body = bodyOf('003_fe08c59a11eb98b9.txt');
    expect(kindAt(body, 'Secretary of State John Kerry')).toBe('caption');
    expect(kindAt(body, '(أسوشيتد برس)')).toBe('caption');
    expect(kindAt(body, 'المصدر : وكالات')).toBe('source');
    expect(kindAt(body, 'أعلنت واشنطن عن "تقدم"')).toBeNull();
  });

  test('004 has no page noise: every paragraph ends with a full stop', () => {
    expect(markNoise(foldWithOffsets(bodyOf('004_2b253ddbeb189967.txt')))).toEqual([]);
  });

  test('spans are in body order and map back to whole lines of the original', () => {
    const body = bodyOf('001_2ce5e8b8b579aa54.txt');
    const spans = markNoise(foldWithOffsets(body), 'بوتين وكيري يبحثان تشديد الخناق على تنظيمَي «داعش» و«جبهة النصرة»');
    expect(spans.map((s) => body.slice(s.start, s.end))).toEqual([
      'بوتين وكيري يبحثان تشديد الخناق على تنظيمَي «داعش» و«جبهة النصرة»',
      'لافروف: اتفقنا على محاربة «داعش» و«النصرة» بلا هوادة',
      'كيري: الأزمة السورية لا يمكن تسويتها بوسائل عسكرية',
      '(واشنطن بوست) تكشف ماذا يحمل كيري إلى موسكو',
    ]);
  });
});

describe('isNoise', () => {
  const spans = [
    { start: 10, end: 20, kind: 'headline' as const },
    { start: 40, end: 50, kind: 'caption' as const },
  ];
  test.each([
    { span: { start: 0, end: 10 }, expected: false },
    { span: { start: 12, end: 15 }, expected: true },
    { span: { start: 20, end: 40 }, expected: false },
    { span: { start: 35, end: 41 }, expected: true },
    { span: { start: 50, end: 60 }, expected: false },
  ])('$span.start–$span.end → $expected', ({ span, expected }) => {
    expect(isNoise(spans, span)).toBe(expected);
  });
});
