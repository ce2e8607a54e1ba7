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
 * near the length of a headline, or a line repeating the title. They only ever repeat a body
 * sentence in shorter words ("الاتفاق على آلية لمحاسبة الأطراف التي تنتهك الهدنة" restates
 * Lavrov's sentence below it), so letting them source events would add no event and only
 * excerpts without dates that merging would then have to absorb.
 *
 * Deliberately not done: judging sentences inside a paragraph (a paragraph is reporting or not).
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
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

/** Longest line still taken for a headline when it lacks final punctuation; body paragraphs end with one. */
const HEADLINE_MAX_CHARS = 300;

const LINE_RULES: readonly LineRule[] = [
  // Reader comments: the header ("التعليقات", "التعليقات (2)") starts them and they run to the end.
  { kind: 'comments', pattern: /^التعليقات(?:\s*\(\d+\))?$/, toEnd: true },
  // A comment's relative time stamp, in case a page has comments without the header.
  { kind: 'comments', pattern: /^·?\s*منذ\s+\d+\s+(?:سنوات|سنه|اشهر|شهر|ايام|يوم|ساعات|ساعه|دقايق|دقيقه)/ },
  { kind: 'read-also', pattern: /^(?:اقرا|طالع|شاهد)(?:\s+ايضا)?\s*:/ },
  // Agency photo captions: a line mostly in Latin script (with its own, unrelated date) …
  { kind: 'caption', pattern: /^(?=[^\u0600-\u06ff]*$).*[a-z]{3}/ },
  // … or an Arabic line ending with the agency in parentheses and no full stop.
  { kind: 'caption', pattern: /\((?:[^().]{2,40})\)$/ },
  { kind: 'navigation', pattern: /^[\p{Extended_Pictographic}\uFE0F\u200D\s]*(?:الاكثر قراءه|الاكثر مشاهده|اهم المواضيع|اهم التصنيفات|اخر الاخبار|مواضيع ذات صله)$/u },
  { kind: 'navigation', pattern: /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+$/u },
  { kind: 'source', pattern: /^(?:المصدر|المصادر)\s*:/ },
  { kind: 'number', pattern: /^[\d\s.,]+$/ },
  {
    kind: 'headline',
    pattern: new RegExp(`^(?=[^]{1,${HEADLINE_MAX_CHARS}}$)(?![^]*[.!?؟…][\\s"'»”’)]*$)`),
  },
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
    if (!rule) continue;
    if (rule.toEnd) {
      spans.push({ start, end: bodyLength, kind: rule.kind });
      break;
    }
    spans.push({ start, end, kind: rule.kind });
  }
  return spans;
}

/** True when the span lies in a noise line. `noise` is in body order, as `markNoise` gives it. */
export function isNoise(noise: readonly NoiseSpan[], span: { start: number; end: number }): boolean {
  const first = lowerBound(noise.length, (i) => noise[i].end > span.start);
  return first < noise.length && noise[first].start < span.end;
}
