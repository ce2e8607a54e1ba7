/**
 * Page noise: the lines of a scraped page that are not the article's reporting. They stay in the
 * body (the reader shows the page as it was) but never source an event.
 *
 * Takes the folded body (`foldWithOffsets`) and the article title; gives noise line spans, in
 * original body offsets, with a kind, in order.
 * Lines are classified on their folded, trimmed text by the first rule of `LINE_RULES` that
 * matches; a `toEnd` rule (the comments header) makes the rest of the body noise.
 *
 * Headlines and crossheads count as noise (kind `headline`): a line without final punctuation
 * near the length of a headline, or a line repeating the title, as long as some reporting line is
 * left: a text that is all one headline-like line (a pasted paragraph, a wire flash) is the news
 * itself. They only ever repeat a body sentence in shorter words ("الاتفاق على آلية لمحاسبة الأطراف التي تنتهك الهدنة" restates
 * Lavrov's sentence below it), so letting them source events would add no event and only
 * excerpts without dates that merging would then have to absorb.
 *
 * Deliberately not done: judging sentences inside a paragraph (a paragraph is reporting or not).
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
import type { Span } from '../../src/lib/types.ts';
import { allMatches } from './matches.ts';
import { lowerBound } from './search.ts';

export type NoiseKind = 'comments' | 'read-also' | 'caption' | 'navigation' | 'source' | 'number' | 'headline';

export interface NoiseSpan {
  start: number;
  end: number;
  kind: NoiseKind;
}

interface LineRule {
  kind: NoiseKind;
  /** Tested on the folded, trimmed line. */
  pattern: RegExp;
  /** The rule's line and everything after it are noise. */
  toEnd?: true;
}

/** Longest line taken for a photo caption: a caption names what the photo shows, in a line or two. */
const CAPTION_MAX_CHARS = 200;
/** Longest line still taken for a headline when it lacks final punctuation; body paragraphs end with one. */
const HEADLINE_MAX_CHARS = 300;

/**
 * An agency's end-of-story mark after the last sentence ("/نهاية الخبر/", "(انتهى)", "ـ انتهى ـ"):
 * noise itself, and the paragraph it closes is still a paragraph, not a headline without a full stop.
 */
const END_WORDS = ['نهايه الخبر', 'انتهي', 'النهايه'];
const END_MARK = `[\\s/(\\-ـ–—]*(?:${END_WORDS.join('|')})[\\s/)\\-ـ–—]*`;
/** A photo mark after the last sentence ("… عملية سياسية. (صور)"): the paragraph still ends with a full stop. Folded. */
const PHOTO_MARK = '\\s*\\(\\s*(?:ال)?(?:صوره|صور|تصوير)[^()]*\\)\\s*';

const LINE_RULES: readonly LineRule[] = [
  // Reader comments: the header ("التعليقات", "التعليقات (2)") starts them and they run to the end.
  { kind: 'comments', pattern: /^التعليقات(?:\s*\(\d+\))?$/, toEnd: true },
  // A comment's relative time stamp, in case a page has comments without the header.
  { kind: 'comments', pattern: /^·?\s*منذ\s+\d+\s+(?:سنوات|سنه|اشهر|شهر|ايام|يوم|ساعات|ساعه|دقايق|دقيقه)/ },
  { kind: 'read-also', pattern: /^(?:اقرا|طالع|شاهد)(?:\s+ايضا)?\s*:/ },
  // Agency photo captions: a line mostly in Latin script (with its own, unrelated date) …
  { kind: 'caption', pattern: /^(?=[^\u0600-\u06ff]*$).*[a-z]{3}/ },
  // … or a short Arabic line ending with the agency or photographer in parentheses and no full
  // stop. Only letters in the parentheses: a paragraph ending in "(2254)" or "(22,00 ت غ)" is news.
  // A sentence ended before the parentheses ("… لبدء عملية سياسية. (صور)") is news with a photo mark.
  { kind: 'caption', pattern: new RegExp(`^(?=[^]{1,${CAPTION_MAX_CHARS}}$)[^.!?؟]*\\((?:[^().\\d]{2,40})\\)$`) },
  { kind: 'navigation', pattern: /^[\p{Extended_Pictographic}\uFE0F\u200D\s]*(?:الاكثر قراءه|الاكثر مشاهده|اهم المواضيع|اهم التصنيفات|اخر الاخبار|مواضيع ذات صله)$/u },
  { kind: 'navigation', pattern: /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+$/u },
  { kind: 'source', pattern: /^(?:المصدر|المصادر)\s*:/ },
  { kind: 'number', pattern: /^[\d\s.,]+$/ },
  {
    kind: 'headline',
    pattern: new RegExp(`^(?=[^]{1,${HEADLINE_MAX_CHARS}}$)(?![^]*[.!?؟…][\\s"'»”’)]*(?:${PHOTO_MARK})?(?:${END_MARK})?$)`),
  },
];

interface InlineRule {
  kind: NoiseKind;
  pattern: RegExp;
  to: 'match' | 'line' | 'body';
  /**
   * Every match holds one of these words: a line with none of them is passed over without running
   * the pattern. The end mark's pattern opens with a lookbehind, which V8 tries at every position
   * of every reporting line, though the mark closes only a few stories.
   */
  holds?: readonly string[];
}

/**
 * Noise that starts inside a line, as pages pasted into one paragraph carry it: a "read also"
 * link or the reader comments run to the end of the line (comments to the end of the body), and a
 * photo caption is its parentheses ("(صورة أرشيفية … - رويترز)"). The reporting around them stays.
 */
const INLINE_RULES: readonly InlineRule[] = [
  { kind: 'read-also', pattern: /(?:اقرا|طالع|شاهد)\s+ايضا\s*[:|]/g, to: 'line' },
  { kind: 'comments', pattern: /(?:تعليقات القراء|تعليقات الزوار)\s*:/g, to: 'body' },
  { kind: 'navigation', pattern: /(?:الاكثر قراءه|الاكثر مشاهده|اقرا المزيد|مواضيع ذات صله|اخبار ذات صله)\s*:/g, to: 'line' },
  { kind: 'caption', pattern: /\(\s*(?:ال)?(?:صوره|صور|تصوير)[^()\n]{0,300}\)/g, to: 'match' },
  { kind: 'source', pattern: new RegExp(`(?<=[.!?؟…]["'»”’)]*)${END_MARK}$`, 'g'), to: 'match', holds: END_WORDS },
];

/** A line repeating the article's title is a headline whatever its punctuation. */
const TITLE_RULE: LineRule = { kind: 'headline', pattern: /^/ };
const LINE = /[^\r\n]+/g;

/** Noise lines of the body; the title, when given, marks lines repeating it as headlines. */
export function markNoise(folded: FoldedText, title?: string): NoiseSpan[] {
  const foldedTitle = title ? foldArabic(title).trim() : '';
  const { offsets } = folded;
  const bodyLength = offsets[offsets.length - 1];
  const spans: NoiseSpan[] = [];
  for (const line of folded.text.matchAll(LINE)) {
    const text = line[0].trim();
    if (!text) continue;
    const start = offsets[line.index];
    const end = offsets[line.index + line[0].length];
    const rule = text === foldedTitle ? TITLE_RULE : LINE_RULES.find((r) => r.pattern.test(text));
    if (rule?.toEnd) {
      spans.push({ start, end: bodyLength, kind: rule.kind });
      break;
    }
    if (rule) spans.push({ start, end, kind: rule.kind });
    // A headline-like line may turn out to be the only reporting line: its inline noise counts then.
    if (rule && rule.kind !== 'headline') continue;
    const inline = inlineNoise(line[0], line.index, offsets, end, bodyLength);
    spans.push(...inline);
    if (inline.at(-1)?.end === bodyLength) break;
  }
  const reporting = [...folded.text.matchAll(LINE)].some((line) => line[0].trim() && !isNoise(spans, { start: offsets[line.index], end: offsets[line.index + line[0].length] }));
  return reporting ? spans : spans.filter((s) => s.kind !== 'headline');
}

/** Inline noise of one reporting line, in order; `lineEnd`, `bodyLength` in original offsets. */
function inlineNoise(line: string, at: number, offsets: ArrayLike<number>, lineEnd: number, bodyLength: number): NoiseSpan[] {
  const spans: NoiseSpan[] = [];
  for (const rule of INLINE_RULES) {
    if (rule.holds && !rule.holds.some((word) => line.includes(word))) continue;
    for (const m of allMatches(rule.pattern, line)) {
      const start = offsets[at + m.index];
      const end = rule.to === 'match' ? offsets[at + m.index + m[0].length] : rule.to === 'line' ? lineEnd : bodyLength;
      spans.push({ start, end, kind: rule.kind });
      if (rule.to !== 'match') break;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The parts of a span outside noise, each trimmed of white space; a sentence around a caption keeps its reporting. */
export function outsideNoise(noise: readonly NoiseSpan[], span: Span): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  for (let i = lowerBound(noise.length, (k) => noise[k].end > span.start); i < noise.length && noise[i].start < span.end; i++) {
    parts.push(...trimmed(span, from, Math.max(from, noise[i].start)));
    from = Math.max(from, noise[i].end);
  }
  parts.push(...trimmed(span, from, span.end));
  return parts;
}

function trimmed(span: Span, start: number, end: number): Span[] {
  const text = span.text.slice(start - span.start, end - span.start);
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return body ? [{ start: start + lead, end: start + lead + body.length, text: body }] : [];
}

/** Characters of the body inside noise lines, for the report: how much of the text never sources an event. */
export function noiseChars(noise: readonly NoiseSpan[]): number {
  return noise.reduce((sum, s) => sum + s.end - s.start, 0);
}

/** True when the span lies in a noise line. `noise` is in body order, as `markNoise` gives it. */
export function isNoise(noise: readonly NoiseSpan[], span: { start: number; end: number }): boolean {
  const first = lowerBound(noise.length, (i) => noise[i].end > span.start);
  return first < noise.length && noise[first].start < span.end;
}
