/**
 * Where a text names an event: every trigger of `TRIGGERS` (a word and its inflections, with any
 * proclitic), and every ceasefire, which Arabic names with two words rather than one: a truce noun
 * (`TRUCE`: هدنة، وقف إطلاق النار، وقف الأعمال العدائية، نظام التهدئة) and what it does
 * (`CEASEFIRE_MECHANICS`: دخل حيز التنفيذ، بدأ سريان، تمديد، انهارت، عُلّق) within a few words of
 * each other in one clause, in either order ("تبدأ الهدنة", "الهدنة التي تبدأ", "دخل وقف الأعمال
 * العدائية حيز التنفيذ").
 *
 * Takes the folded body; gives hits in body order with original and folded offsets.
 *
 * Deliberately not done: deciding whether a hit is an event (negation, dates, participants); that
 * is events.ts.
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
import { TRIGGERS, type TriggerEntry } from '../tables/triggers.ts';
import { CEASEFIRE_MECHANICS, CEASEFIRE_REACH, TRUCE } from '../tables/truce-words.ts';
import { GREGORIAN_MONTHS } from '../tables/dates.ts';
import { REPORTED_PATTERN } from '../tables/trigger-context.ts';
import { allMatches } from './matches.ts';
import { procliticScanner } from './proclitic-scan.ts';
import { LETTER } from './words.ts';

export interface TriggerHit {
  entry: TriggerEntry;
  /** Set for a ceasefire whose mechanic is a suspension. */
  suspended?: true;
  /** The proclitics before the word (for a ceasefire, before its mechanic): "ل" in لاتفاق, "و" in والتقى. */
  proclitic: string;
  /**
   * A ceasefire told by two mechanics around its noun ("ستدخل الهدنة حيز التنفيذ"), hit at the
   * second: the first, folded, which carries the verb's tense.
   */
  opener?: string;
  /** For a ceasefire, hit at its mechanic: where its truce noun stands, original offsets. */
  noun?: { start: number; end: number };
  /** Original offsets. */
  start: number;
  end: number;
  /** Folded offsets. */
  fstart: number;
  fend: number;
}

/** The word triggers, found by scanning for each row's first letters, after any proclitic: the first table row that matches at a position wins. */
const scanTriggers = procliticScanner(TRIGGERS.map((t) => t.forms));
const TRUCE_PATTERN = new RegExp(`(?<![${LETTER}])[وف]?(?:ب|ل|ك)?${TRUCE}(?![${LETTER}])`, 'g');
const MECHANIC_PATTERNS = CEASEFIRE_MECHANICS.map((m) => ({
  ...m,
  // The proclitics are a group of their own: "بدأت" is no ب before a word "دأت".
  pattern: new RegExp(`(?<![${LETTER}])([وف]?(?:ب|ل)?)(?:${m.forms})(?![${LETTER}])`, 'g'),
}));
const CEASEFIRE_ENTRIES = new Map(
  CEASEFIRE_MECHANICS.map((m) => [m.kind, { type: 'ceasefire', kind: m.kind, forms: '', needsOwnDate: true } satisfies TriggerEntry]),
);
/**
 * A relative clause right after the truce noun describes it ("الهدنة التي اتفقت عليها واشنطن
 * وموسكو تدخل…"): an event told inside it does not take the mechanic after it. Folded.
 */
const RELATIVE_AFTER = /^ (?:التي|الذي|اللتين|اللذين)(?= )/;
/**
 * The sentence's own verb after that description, resumed by "قد" ("وكانت الهدنة التي بدأت بموجب
 * ذلك الاتفاق قد انهارت في 19 سبتمبر"): a mechanic of its own, beside the description's. Folded.
 */
const RESUMED_AFTER = /^ (?:التي|الذي|اللتين|اللذين) (?!كان|كانت)\S+(?: \S+)* قد (?:[^ ]+ )?$/;
/** A day and month right after a truce noun: the day that names it; after "اتفاق", the agreement's day ("اتفاق وقف إطلاق النار 9 سبتمبر"). Folded. */
const AGREEMENT_BEFORE = /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:اتفاق|اتفاقيه|تفاهم) $/;
const NAMED_BY_DAY = new RegExp(`^ (?:[0-9]{1,2} |(?:ال)?[^ .،]+(?: و(?:ال)?[^ .،]+)? من )(?:${GREGORIAN_MONTHS.flatMap((m) => m.names).map(foldArabic).join('|')})(?![${LETTER}])`);
/** What a ceasefire's window never crosses: the end of a sentence or a clause. */
const CLAUSE_END = /[.!?؟؛\n]/;
/** Quotation marks around a truce noun ("«هدنة إنسانية»") are no word of the window. */
const QUOTE_MARKS = /[«»"“”]/;

export function findTriggers(folded: FoldedText): TriggerHit[] {
  const found: TriggerHit[] = [];
  for (const m of scanTriggers(folded.text)) {
    const entry = TRIGGERS[m.row];
    // A verb never takes the article: "الجمعة" (Friday) is no "جمع".
    if (entry.verb && m.proclitic.includes('ال')) continue;
    const fstart = m.index + m.proclitic.length;
    found.push(hit(folded, entry, fstart, fstart + m.word.length, m.proclitic));
  }
  found.push(...findCeasefires(folded, found));
  return found.sort((a, b) => a.fstart - b.fstart || a.fend - b.fend);
}

function hit(folded: FoldedText, entry: TriggerEntry, fstart: number, fend: number, proclitic: string, suspended = false): TriggerHit {
  return { entry, ...(suspended ? { suspended: true as const } : {}), proclitic, start: folded.offsets[fstart], end: folded.offsets[fend], fstart, fend };
}

/**
 * A truce noun and the nearest mechanic on each side of it within `CEASEFIRE_REACH` words of its
 * clause: one hit at the mechanic. One noun may tell two events, one on each side
 * ("انتهاء العمل بالهدنة التي بدأت في 12 سبتمبر": an end and a start). A mechanic with a
 * trigger of another event between it and the noun is that event's ("تعليق محادثاتها حول وقف
 * الأعمال العدائية" suspends the talks, not the truce).
 */
function findCeasefires(folded: FoldedText, words: readonly TriggerHit[]): TriggerHit[] {
  const text = folded.text;
  const found: TriggerHit[] = [];
  for (const noun of text.matchAll(TRUCE_PATTERN)) {
    const nounStart = noun.index;
    const nounEnd = noun.index + noun[0].length;
    const from = windowEdge(text, nounStart, -1);
    const to = windowEdge(text, nounEnd, 1);
    const best = new Map<string, { mechanic: (typeof MECHANIC_PATTERNS)[number]; start: number; end: number; distance: number; proclitic: string }>();
    // Only the window is searched: a global search from `from` would scan the rest of the text
    // for every truce noun whenever the window holds no mechanic (quadratic in the article).
    const window = text.slice(from, to);
    const ofDeadline = words.some((w) => w.entry.type === 'deadline' && w.fend <= nounStart && w.fstart >= from);
    for (const mechanic of MECHANIC_PATTERNS) {
      for (const m of allMatches(mechanic.pattern, window)) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (start < nounEnd && end > nounStart) continue;
        const [gapStart, gapEnd] = end <= nounStart ? [end, nounStart] : [nounEnd, start];
        const relative = start >= nounEnd && RELATIVE_AFTER.test(text.slice(nounEnd, start));
        if (!relative && words.some((w) => w.fstart >= gapStart && w.fend <= gapEnd && w.entry.type !== 'ceasefire')) continue;
        // A verb before the noun with "أن" between governs what was said, not the truce ("أعلنت
        // الأركان، مساء الأربعاء، أن التهدئة جاءت بمبادرة أمريكية" is no truce declared).
        if (end <= nounStart && REPORTED_PATTERN.test(text.slice(gapStart, gapEnd))) continue;
        // "مهلة أسبوع لتطبيق وقف الأعمال العدائية، تنتهي الجمعة": past a comma, a mechanic after the
        // noun tells of the deadline the truce was the object of, not of the truce.
        if (ofDeadline && start >= nounEnd && /[،,]/.test(text.slice(nounEnd, start))) continue;
        const distance = gapEnd - gapStart;
        const key = end <= nounStart ? 'before' : RESUMED_AFTER.test(text.slice(nounEnd, start)) ? 'resumed' : 'after';
        const seen = best.get(key);
        if (!seen || distance < seen.distance) best.set(key, { mechanic, start, end, distance, proclitic: m[1] });
      }
    }
    const [before, after] = withoutFallback(best.get('before'), best.get('after'));
    // Named by the day it began ("هدنة 27 فبراير"، "هدنة السابع والعشرين من شباط"), with nothing it does: that start.
    if (!before && !after && !best.has('resumed') && NAMED_BY_DAY.test(text.slice(nounEnd, to)) && !AGREEMENT_BEFORE.test(text.slice(from, nounStart))) {
      found.push({ ...hit(folded, CEASEFIRE_ENTRIES.get('ceasefire-start')!, nounStart, nounEnd, ''), noun: { start: folded.offsets[nounStart], end: folded.offsets[nounEnd] } });
    }
    // Two mechanics of one kind around a noun ("دخل وقف الأعمال العدائية حيز التنفيذ") are one
    // event, told at the second: its day follows what it does ("… حيز التنفيذ عند السابعة").
    const paired = before && after && before.mechanic.kind === after.mechanic.kind;
    for (const b of [...(paired ? [after] : [before, after]), best.get('resumed')]) {
      if (!b) continue;
      const entry = CEASEFIRE_ENTRIES.get(b.mechanic.kind)!;
      // The hit is the mechanic: a ceasefire's day stands by what it does ("يبدأ تطبيقها مطلع السبت").
      const told = { ...hit(folded, entry, b.start + b.proclitic.length, b.end, b.proclitic, b.mechanic.status === 'suspended'), noun: { start: folded.offsets[nounStart], end: folded.offsets[nounEnd] } };
      found.push(paired && before ? { ...told, opener: text.slice(before.start + before.proclitic.length, before.end) } : told);
    }
  }
  return found;
}

/** A fallback mechanic counts only when the noun has no other on either side. */
function withoutFallback<M extends { mechanic: { fallback?: true } }>(before: M | undefined, after: M | undefined): [M | undefined, M | undefined] {
  const own = (m: M | undefined) => m !== undefined && !m.mechanic.fallback;
  return own(before) || own(after) ? [own(before) ? before : undefined, own(after) ? after : undefined] : [before, after];
}

/** `CEASEFIRE_REACH` words from `at` in `direction`, stopping at the end of a clause. */
function windowEdge(text: string, at: number, direction: 1 | -1): number {
  let i = at;
  let words = 0;
  let inWord = false;
  while (direction > 0 ? i < text.length : i > 0) {
    const c = direction > 0 ? text[i] : text[i - 1];
    if (CLAUSE_END.test(c)) break;
    const letter = c !== ' ' && c !== '،' && c !== ',' && !QUOTE_MARKS.test(c);
    if (letter && !inWord && ++words > CEASEFIRE_REACH) break;
    inWord = letter;
    i += direction;
  }
  return i;
}
