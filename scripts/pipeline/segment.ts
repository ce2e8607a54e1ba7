/**
 * Sentence splitting with offsets into the article body.
 *
 * Takes the body as read (any line endings), gives sentence spans with
 * `text === body.slice(start, end)`, trimmed of surrounding white space, never empty.
 * ICU's sentence segmenter (`Intl.Segmenter('ar')`) finds the candidate breaks; then:
 * - line breaks are hard boundaries (headlines, captions and paragraphs are lines in scraped text);
 * - a break inside a matched «…», “…”, "…", '…' or (…) is undone, because a quoted statement is
 *   one report however many full stops it has. Quotes are paired per line and per kind; an
 *   unpaired mark (scraped text has them) pairs with nothing and undoes nothing.
 *
 * The segmenter runs line by line: on one long string its iteration is far slower than linear.
 * Deliberately not done: abbreviation handling or any guess beyond ICU's breaks.
 */
import type { Span } from '../../src/lib/types.ts';
import { allMatches } from './matches.ts';

const SEGMENTER = new Intl.Segmenter('ar', { granularity: 'sentence' });

/** Bracket-like quotes: opener → closer, paired by nesting. */
const PAIRED_QUOTES: Readonly<Record<string, string>> = { '«': '»', '“': '”', '(': ')', '‹': '›' };
const OPENER_OF: ReadonlyMap<string, string> = new Map(Object.entries(PAIRED_QUOTES).map(([o, c]) => [c, o]));
/** Marks that open and close alike, paired in turn. */
const SYMMETRIC_QUOTES = ['"'];
/** The ASCII apostrophe quotes only at a word edge; between two letters it is an apostrophe ("Kerry's"). */
const APOSTROPHE = "'";
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Every quote mark of the tables above, so a line is scanned by one regex rather than char by char. */
const QUOTE_MARK = new RegExp(
  `[${[...Object.keys(PAIRED_QUOTES), ...Object.values(PAIRED_QUOTES), ...SYMMETRIC_QUOTES, APOSTROPHE].map((c) => `\\${c}`).join('')}]`,
  'g',
);
/** A sentence-ending mark with more text after it: the only places ICU can break a line. */
const INNER_STOP = /[.!?؟…۔][\s.!?؟…۔]*[^\s.!?؟…۔]/;
/** Longest string handed to ICU at once (see `candidateBreaks`). */
const MAX_SEGMENTER_CHARS = 4000;
/** A full stop and the spaces after it: where a piece of an over-long line may end. */
const PIECE_CUT = /[.!?؟…۔]\s+/g;
const LINE = /[^\r\n]+/g;

/** Sentences of the whole body, in order. */
export function segmentSentences(body: string): Span[] {
  const sentences: Span[] = [];
  for (const line of body.matchAll(LINE)) {
    for (const [start, end] of splitLine(line[0])) {
      const span = trimSpan(body, line.index + start, line.index + end);
      if (span) sentences.push(span);
    }
  }
  return sentences;
}

/** Sentence ranges of one line, relative to the line. */
function splitLine(line: string): Array<[number, number]> {
  // Most headlines and short paragraphs hold no break point before their end: skip ICU for them.
  if (!INNER_STOP.test(line)) return [[0, line.length]];
  // Breaks ascend, and so do the merged quoted stretches: one sweep drops the breaks inside them.
  const quoted = mergedStretches(quotedRanges(line));
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let q = 0;
  for (const index of candidateBreaks(line)) {
    while (q < quoted.length && quoted[q][1] < index) q++;
    if (q < quoted.length && quoted[q][0] < index) continue;
    ranges.push([start, index]);
    start = index;
  }
  ranges.push([start, line.length]);
  return ranges;
}

/** Quote pairs as sorted, disjoint [opener, closer] stretches (nested and overlapping pairs joined). */
function mergedStretches(pairs: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [open, close] of sorted) {
    const last = out.at(-1);
    if (last && open <= last[1]) last[1] = Math.max(last[1], close);
    else out.push([open, close]);
  }
  return out;
}

/**
 * ICU's break positions inside the line. Its iteration is quadratic in the string's length, so a
 * very long line (a page scraped without line breaks) goes in pieces cut where a sentence ends.
 */
function candidateBreaks(line: string): number[] {
  const breaks: number[] = [];
  for (let from = 0; from < line.length; ) {
    const to = pieceEnd(line, from);
    for (const { index } of SEGMENTER.segment(line.slice(from, to))) if (index > 0) breaks.push(from + index);
    if (to < line.length) breaks.push(to);
    from = to;
  }
  return breaks;
}

/** End of the piece starting at `from`: the line's end, or the start of a sentence in the second half of the allowed length. */
function pieceEnd(line: string, from: number): number {
  if (line.length - from <= MAX_SEGMENTER_CHARS) return line.length;
  PIECE_CUT.lastIndex = from + MAX_SEGMENTER_CHARS / 2;
  const cut = PIECE_CUT.exec(line);
  return cut && cut.index + cut[0].length <= from + MAX_SEGMENTER_CHARS ? cut.index + cut[0].length : from + MAX_SEGMENTER_CHARS;
}

/** [opener index, closer index] of every matched quote pair in a line (or a sentence). */
export function quotedRanges(line: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const open = new Map<string, number[]>();
  const pending = new Map<string, number>();
  for (const m of allMatches(QUOTE_MARK, line)) {
    const ch = m[0];
    const i = m.index;
    const closes = OPENER_OF.get(ch);
    if (ch in PAIRED_QUOTES) {
      (open.get(ch) ?? open.set(ch, []).get(ch)!).push(i);
    } else if (closes) {
      const opener = open.get(closes)?.pop();
      if (opener !== undefined) pairs.push([opener, i]);
    } else if (ch !== APOSTROPHE || !betweenLetters(line, i)) {
      const opener = pending.get(ch);
      if (opener === undefined) pending.set(ch, i);
      else {
        pairs.push([opener, i]);
        pending.delete(ch);
      }
    }
  }
  return pairs;
}

function betweenLetters(line: string, i: number): boolean {
  return i > 0 && i + 1 < line.length && WORD_CHAR.test(line[i - 1]) && WORD_CHAR.test(line[i + 1]);
}

/** The span without surrounding white space, or null when nothing is left. */
function trimSpan(body: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return start < end ? { start, end, text: body.slice(start, end) } : null;
}
