import { describe, expect, test } from 'vitest';
import { quotedRanges, segmentSentences } from '../../scripts/pipeline/segment.ts';
import { articleBody, articleFiles } from '../support/articles.ts';

const bodyOf = articleBody;
const FILES = articleFiles();

describe('segmentSentences', () => {
  test.each([
    {
      name: 'two sentences on one line (004)',
      input: 'وقال بوتين لكيري «أنا سعيد جداً بأن أتيحت لي فرصة لقائك والتحدث إليك». وأضاف «لقد أبلغني لافروف الآن اقتراحيك بالتفصيل».',
      expected: [
        'وقال بوتين لكيري «أنا سعيد جداً بأن أتيحت لي فرصة لقائك والتحدث إليك».',
        'وأضاف «لقد أبلغني لافروف الآن اقتراحيك بالتفصيل».',
      ],
    },
    {
      name: 'a line break is a hard boundary, even without a full stop (001 headlines)',
      input: 'لافروف: اتفقنا على محاربة «داعش» و«النصرة» بلا هوادة\nكيري: الأزمة السورية لا يمكن تسويتها بوسائل عسكرية',
      expected: ['لافروف: اتفقنا على محاربة «داعش» و«النصرة» بلا هوادة', 'كيري: الأزمة السورية لا يمكن تسويتها بوسائل عسكرية'],
    },
    {
      name: 'no break inside (…) spanning two sentences (001, the proposal)',
      input: 'و(تضم المجموعة أفراداً)، كما ينصّ الاتفاق على (ضرورة التنسيق خلال خمسة أيام من تشكيل المجموعة. ومع التقدم في التنسيق يُرفع مستوى التعاون).',
      expected: [
        'و(تضم المجموعة أفراداً)، كما ينصّ الاتفاق على (ضرورة التنسيق خلال خمسة أيام من تشكيل المجموعة. ومع التقدم في التنسيق يُرفع مستوى التعاون).',
      ],
    },
    {
      name: "no break inside '…' (000, Putin's joke)",
      input: "أضاف بوتين 'لكن وضعكم الاقتصادي جيد. لذا قلت لنفسي: لا بد أن هذه الحقيبة تحتوي على شيء ثمين'. وانطلقت موجة من الضحك.",
      expected: [
        "أضاف بوتين 'لكن وضعكم الاقتصادي جيد. لذا قلت لنفسي: لا بد أن هذه الحقيبة تحتوي على شيء ثمين'.",
        'وانطلقت موجة من الضحك.',
      ],
    },
    {
      name: 'no break inside "…" (002, Lavrov)',
      input: 'وأضاف: "نحتاج إلى استكمال بعض القضايا. آمل في أننا سنقدم نتائج جهودنا قريبا". وتابع لافروف.',
      expected: ['وأضاف: "نحتاج إلى استكمال بعض القضايا. آمل في أننا سنقدم نتائج جهودنا قريبا".', 'وتابع لافروف.'],
    },
    {
      name: 'an unpaired quote mark undoes nothing',
      input: 'وقال: (إن هدفنا المشترك. وتابع كيري.',
      expected: ['وقال: (إن هدفنا المشترك.', 'وتابع كيري.'],
    },
    {
      name: 'blank lines and surrounding spaces are dropped; CRLF line endings',
      input: '  كيري يتحدث عن اتفاق وشيك  \r\n\r\n   \r\nالمصدر : وكالات\r\n',
      expected: ['كيري يتحدث عن اتفاق وشيك', 'المصدر : وكالات'],
    },
    { name: 'empty body', input: '', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(segmentSentences(input).map((s) => s.text)).toEqual(expected);
  });

  test.each(FILES)('%s: spans are exact, trimmed, single-line, in order and non-overlapping', (file) => {
    const body = bodyOf(file);
    const sentences = segmentSentences(body);
    expect(sentences.length).toBeGreaterThan(10);
    let previousEnd = 0;
    for (const s of sentences) {
      expect(s.text).toBe(body.slice(s.start, s.end));
      expect(s.text).toBe(s.text.trim());
      expect(s.text).not.toMatch(/[\r\n]/);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = s.end;
    }
  });

  test('every non-blank line of the body is covered by sentences', () => {
    const body = bodyOf(FILES[2]);
    const covered = segmentSentences(body).map((s) => s.text).join('');
    expect(covered.replace(/\s/g, '')).toBe(body.replace(/\s/g, ''));
  });

  test('a page scraped as one very long line is split into its sentences, quotes still respected', () => {
    const line = 'وقال كيري إن المحادثات كانت مفيدة. وأضاف لافروف «أن الاتفاق. قريب». '.repeat(5000);
    const sentences = segmentSentences(line);
    expect(sentences).toHaveLength(10000);
    expect(new Set(sentences.map((s) => s.text))).toEqual(new Set(['وقال كيري إن المحادثات كانت مفيدة.', 'وأضاف لافروف «أن الاتفاق. قريب».']));
  });

  test('the same input gives the same spans', () => {
    const body = bodyOf(FILES[1]);
    expect(JSON.stringify(segmentSentences(body))).toBe(JSON.stringify(segmentSentences(body)));
  });
});

describe('quotedRanges', () => {
  test.each([
    { input: 'a «b» c', expected: [[2, 4]] },
    { input: '(داعش) و(جبهة النصرة)', expected: [[0, 5], [8, 20]] },
    { input: '((x))', expected: [[1, 3], [0, 4]] },
    { input: `Kerry's 'x'`, expected: [[8, 10]] },
    { input: '"a" "b', expected: [[0, 2]] },
  ])('$input', ({ input, expected }) => {
    expect(quotedRanges(input)).toEqual(expected);
  });
});
