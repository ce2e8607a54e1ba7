/**
 * Inputs for fuzzing the date tagger and the whole extraction (fast-check arbitraries), shared by
 * `tests/unit/fuzz.test.ts` (a fixed seed, a few thousand inputs, in every test run) and
 * `scripts/bench-fuzz.ts` (a new seed and tens of thousands of inputs). Texts are built from the
 * words dates and events are made of, in both month-name sets, with digits of any length, quotes
 * and brackets left open, sentences of the founding articles, and arbitrary Unicode between them,
 * so the inputs land in the tagger's and the detector's branches rather than only in plain noise.
 *
 * Also the checks every output must pass, so the test and the benchmark judge inputs the same way.
 */
import fc from 'fast-check';
import { validateEventsFile } from '../../src/lib/load.ts';
import { DATE_PRECISIONS, type EventsFile } from '../../src/lib/types.ts';
import type { DateMention, LoadedArticle } from '../../scripts/pipeline/types.ts';
import { articleBody, articleFiles } from './articles.ts';

/** Date words and the words around them, as a table so a reader can add cases without reading code. */
const DATE_WORDS = [
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'آب/ أغسطس', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  'أمس', 'اليوم', 'غدا', 'الماضي', 'المقبل', 'الجاري', 'مطلع', 'منتصف', 'نهاية', 'أواخر', 'الأسبوع', 'خلال أسبوع',
  'بحلول', 'يومي', 'و', 'عام', 'العام', 'الحادي والثلاثين', 'رمضان', 'عيد الفطر', 'هـ', 'م', 'صلاة الجمعة', 'قوى 14 آذار',
  'التقى', 'اجتماع', 'اتفاق', 'هدنة', 'وقف إطلاق النار', 'كيري', 'لافروف', 'الوزيران', 'جنيف', 'موسكو', 'بحث', 'اتصال هاتفي',
  '«', '»', '"', '(', ')', '.', '،', '؟', '\n', '\n\n', '/', '-', ':',
];

const number = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 1890, max: 2110 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
).map(String);
const arabicDigits = number.map((n) => n.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))));
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...DATE_WORDS) },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: arabicDigits },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '\t', '\u200f');

/** A text of date words, numbers and noise, up to about `maxTokens` pieces. */
export function fuzzText(maxTokens = 40): fc.Arbitrary<string> {
  return fc.array(fc.tuple(token, separator), { maxLength: maxTokens }).map((parts) => parts.map(([t, s]) => t + s).join(''));
}

/** A publication date in the range the pipeline accepts (1900–2100). */
export const publishedDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

let sentences: string[] | undefined;
/** Sentences of the founding articles, so fuzzed articles carry real events between the noise. */
function foundingSentences(): string[] {
  sentences ??= articleFiles().flatMap((file) => articleBody(file).split(/(?<=[.؟!])\s+/)).filter((s) => s.trim() !== '');
  return sentences;
}

/** One to three articles mixing founding sentences, fuzzed text and noise. */
export function fuzzArticles(): fc.Arbitrary<LoadedArticle[]> {
  const body = fc
    .array(fc.oneof(fc.constantFrom(...foundingSentences()), fuzzText(20)), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(' '))
    .filter((text) => text.trim() !== '');
  const article = fc.record({ body, published: publishedDate });
  return fc.array(article, { minLength: 1, maxLength: 3 }).map((list) =>
    list.map(({ body: text, published }, i) => ({ id: `fuzz-${i}`, file: `fuzz-${i}.txt`, body: text, meta: {}, published, publishedFrom: 'metadata' as const })));
}

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Why the tagger's mentions of `text` are wrong, or [] when they are right. */
export function mentionProblems(text: string, mentions: readonly DateMention[]): string[] {
  const problems: string[] = [];
  for (const m of mentions) {
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length)) problems.push(`span ${m.start}–${m.end}`);
    else if (text.slice(m.start, m.end) !== m.text) problems.push(`text «${m.text}» is not the text at ${m.start}–${m.end}`);
    if (m.value === null) continue;
    const { start, end, precision } = m.value;
    if (!ISO_DAY.test(start) || !ISO_DAY.test(end)) problems.push(`«${m.text}» dated ${start} … ${end}`);
    else if (end < start) problems.push(`«${m.text}» ends ${end} before it starts ${start}`);
    if (!(DATE_PRECISIONS as readonly string[]).includes(precision)) problems.push(`«${m.text}» precision ${precision}`);
  }
  return problems;
}

/** Why an extracted events file is wrong, or [] when it is right: the app's validator, then excerpt offsets. */
export function eventsFileProblems(file: EventsFile, articles: readonly LoadedArticle[]): string[] {
  const problems = validateEventsFile(JSON.parse(JSON.stringify(file)));
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  for (const event of file.events) {
    for (const dated of [event.date, ...(event.otherDates ?? []).map((o) => o.date)]) {
      if (!ISO_DAY.test(dated.start) || !ISO_DAY.test(dated.end)) problems.push(`${event.id}: date ${dated.start} … ${dated.end}`);
    }
    for (const x of event.excerpts) {
      if (bodies.get(x.article)?.slice(x.start, x.end) !== x.text) problems.push(`${event.id}: excerpt ${x.start}–${x.end} is not the text of ${x.article}`);
    }
  }
  return problems;
}
