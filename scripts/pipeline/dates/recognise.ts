/**
 * Recognising date expressions: every non-overlapping expression in folded text, in order, with the
 * context that decides how it resolves: a limit word before it ("بحلول", "مهلة حتى"), the tense of
 * its clause, and whether it stands inside quoted speech. Says nothing about dates; resolve.ts does.
 *
 * How: one scan finds the sentences holding each rule's core words; each rule runs only over
 * those; where two matches overlap the longer wins.
 */
import { DEADLINE_AFTER_WORDS, LASTING_VERBS, LIMIT_NOUNS, SPAN_END_WORD } from '../../tables/dates.ts';
import { entryStamps } from './entry-stamps.ts';
import type { Expression, Found, Tense } from './expression.ts';
import {
  alternation, GAP, keyOf, keyOfFolded, DEADLINE_AHEAD_OF, OPT_GAP, startsWord, W, YEAR_NUMBER,
} from './patterns.ts';
import { CORE_WORDS, RULES, type Core } from './rules.ts';
import { clausesOf, frontedTense, insertedTense, tenseOfClause } from './tense.ts';
import { afterLastMark } from '../words.ts';


/**
 * Where sentences end: a line break, a question or exclamation mark, a full stop not between two
 * digits ("23.01.2017", "10.30" are one expression). No pattern crosses one (GAP excludes the line
 * break, and no pattern holds any other sentence end), so a rule needs to run only over the
 * sentences holding its core.
 */
const SENTENCE_END = /[\n.!?؟]/g;
/** The same sentence ends, for a test on a slice (a global pattern keeps state between tests). */
export const SENTENCE_BREAK = new RegExp(SENTENCE_END.source);
const DIGIT = /[0-9]/;

function sentenceEnds(folded: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(folded); match; match = SENTENCE_END.exec(folded)) {
    const at = match.index;
    if (folded[at] !== '.' || !DIGIT.test(folded[at - 1] ?? '') || !DIGIT.test(folded[at + 1] ?? '')) ends.push(at);
  }
  ends.push(folded.length);
  return ends;
}

/** Folded core word → the cores it belongs to. */
const CORES_OF_WORD = new Map<string, (keyof typeof CORE_WORDS)[]>();
for (const [core, words] of Object.entries(CORE_WORDS) as [keyof typeof CORE_WORDS, readonly string[]][]) {
  for (const word of words) CORES_OF_WORD.set(keyOf(word), [...(CORES_OF_WORD.get(keyOf(word)) ?? []), core]);
}
/**
 * All core words in one prefix tree, scanned once: separate scans per core cost more than the
 * rules themselves. A longer word hides a shorter one at the same place ("قبل أمس" hides the "قبل"
 * of "قبل يومين"), which is harmless: where the longer word stands, the shorter one's rule cannot match.
 */
const CORE_WORD = new RegExp(alternation([...CORES_OF_WORD.keys()]), 'gu');
const CORE_YEAR = new RegExp(YEAR_NUMBER, 'g');

/** The cores a match of one of the two core scans stands for. */
function coresOf(scan: RegExp, match: RegExpExecArray): readonly Core[] {
  return scan === CORE_YEAR ? ['yearNumber'] : (CORES_OF_WORD.get(match[0].replace(/\s+/g, ' ')) ?? []);
}

/** For each core, the sentences (start, end) that hold it, in order, each once. */
function sentencesByCore(folded: string): Map<Core, [number, number][]> {
  const ends = sentenceEnds(folded);
  const byCore = new Map<Core, [number, number][]>();
  for (const scan of [CORE_WORD, CORE_YEAR]) {
    let sentence = 0;
    scan.lastIndex = 0;
    for (let match = scan.exec(folded); match; match = scan.exec(folded)) {
      // "اب" inside "كتاب" is no month: only a core at the start of a word counts.
      if (!startsWord(folded, match.index)) {
        scan.lastIndex = match.index + 1;
        continue;
      }
      while (ends[sentence] < match.index) sentence++;
      const start = sentence === 0 ? 0 : ends[sentence - 1] + 1;
      for (const core of coresOf(scan, match)) {
        const sentences = byCore.get(core) ?? [];
        if (sentences.at(-1)?.[0] !== start) sentences.push([start, ends[sentence]]);
        byCore.set(core, sentences);
      }
    }
  }
  return byCore;
}

function matchRules(folded: string): { start: number; end: number; expression: Expression }[] {
  const found: { start: number; end: number; expression: Expression }[] = [];
  const sentences = sentencesByCore(folded);
  for (const { core, pattern, read } of RULES) {
    for (const [sentenceStart, sentenceEnd] of sentences.get(core) ?? []) {
      // A sentence is bounded by punctuation, a line break or the text's ends, none of them a letter
      // or digit, so matching on it alone sees the same word boundaries as matching on the text.
      const sentence = folded.slice(sentenceStart, sentenceEnd);
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
        const start = sentenceStart + match.index;
        const end = start + match[0].length;
        if (!startsWord(folded, start)) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        const expression = read(match.groups ?? {}, folded, start, end);
        if (expression) found.push({ start, end, expression });
      }
    }
  }
  return found;
}

/**
 * Non-overlapping matches, the longest of each overlapping group first. Matches are swept in order
 * of start so the quadratic choice only ever runs inside one group of overlapping matches.
 */
function keepLongest<T extends { start: number; end: number }>(matches: T[]): T[] {
  const byStart = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let group: T[] = [];
  let groupEnd = -1;
  const settle = () => {
    const chosen: T[] = [];
    for (const match of [...group].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
      if (!chosen.some((c) => match.start < c.end && c.start < match.end)) chosen.push(match);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  for (const match of byStart) {
    if (match.start >= groupEnd && group.length > 0) {
      settle();
      group = [];
    }
    group.push(match);
    groupEnd = Math.max(groupEnd, match.end);
  }
  if (group.length > 0) settle();
  return kept;
}

const DEADLINE_BEFORE = new RegExp(`${W.deadline}${GAP}$`, 'u');
/** How far before an expression a limit word may start ("تنتهي المهلة عند "). */
const DEADLINE_REACH = 32;

const SPAN_END = keyOf(SPAN_END_WORD);
/** A word in the same clause, some words before `حتى` (no sentence or clause break between). */
const wordInClauseBefore = (words: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}])[وفبل]?(?:ال)?${alternation(words)}(?![\\p{L}])[^.!?؟\\n،,؛;:]*$`, 'u');
/** "استمرت المحادثات حتى …": a verb of lasting. */
const LASTING_BEFORE = wordInClauseBefore(LASTING_VERBS);
/** "مهلة تمتد … حتى …": a limit noun, which keeps حتى a limit even after a verb of lasting. */
const LIMIT_NOUN_BEFORE = wordInClauseBefore(LIMIT_NOUNS);
/** How far before "حتى" a verb of lasting is looked for. */
const LASTING_REACH = 60;

/**
 * The start of a limit word right before `start` ("بحلول ", "مهلة حتى "), whether it looks ahead,
 * and whether it is "حتى", the end of a state begun when the clause's verb says.
 */
function deadlineWordBefore(folded: string, start: number, notBefore: number): { at: number; ahead: boolean; until: boolean } | null {
  const from = Math.max(notBefore, start - DEADLINE_REACH);
  const match = DEADLINE_BEFORE.exec(folded.slice(from, start));
  if (!match) return null;
  const at = from + match.index;
  if (!startsWord(folded, at)) return null;
  const word = keyOfFolded(match[0]);
  if (word === SPAN_END) {
    const before = folded.slice(Math.max(0, at - LASTING_REACH), at);
    if (LASTING_BEFORE.test(before) && !LIMIT_NOUN_BEFORE.test(before)) return null;
  }
  return { at, ahead: DEADLINE_AHEAD_OF.get(word) ?? false, until: word === SPAN_END };
}

/** "نهاية الشهر الجاري هي الموعد النهائي", "يوم الأحد آخر موعد": a limit named after its day. */
const DEADLINE_AFTER = new RegExp(`^${GAP}(?:(?:هو|هي)${GAP})?${alternation(DEADLINE_AFTER_WORDS)}(?![\\p{L}\\p{N}])`, 'uy');

function isDeadlineAfter(folded: string, end: number): boolean {
  DEADLINE_AFTER.lastIndex = 0;
  return DEADLINE_AFTER.test(folded.slice(end, end + DEADLINE_REACH));
}

/** Expressions whose reading the tense can decide: bare weekdays, months, dates, Hijri dates and holidays. */
function dependsOnTense(e: Expression): boolean {
  switch (e.kind) {
    case 'month': return e.year === undefined && e.relation === undefined && e.yearShift === undefined;
    case 'weekday': return e.relation === undefined;
    // With a year too: the publication-date inference asks whether a full date is reported as past.
    case 'calendarDate': return true;
    case 'hijriDate': case 'hijriMonth': return e.year === undefined;
    case 'holiday': return e.relation === undefined;
    default: return false;
  }
}

/**
 * What may stand between an hour and the day it belongs to ("الساعة السابعة من مساء يوم الجمعة"),
 * a time zone included ("الساعة 12 ظهرا بتوقيت دمشق يوم 26 فبراير", "بالتوقيت المحلي"), or the
 * hour in another between brackets ("الساعة 19,00 (16,00 ت غ) مساء الاثنين").
 */
const TIME_JOINER = /^[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:[،,][^\S\n]*)?(?:(?:ب|حسب[^\S\n]+)(?:ال)?توقيت(?:[^\S\n]+[^\s،,.]+){0,2}[^\S\n]*(?:[،,][^\S\n]*)?)?(?:(?:من|في|عند|يوم)[^\S\n]+){0,2}$/u;

/** Between the two hours of a range ("من التاسعة صباحا حتى السابعة مساء"). */
const RANGE_JOINER = new RegExp(`^${GAP}(?:${alternation(['حتى', 'إلى', 'و'])})${OPT_GAP}$`, 'u');

type Matched = { start: number; end: number; expression: Expression };

type DayExpression = Extract<Expression, { kind: 'relativeDay' | 'weekday' | 'calendarDate' | 'dayOfRelativeMonth' }>;
const hasDay = (e: Expression): e is DayExpression =>
  e.kind === 'relativeDay' || e.kind === 'weekday' || e.kind === 'calendarDate' || e.kind === 'dayOfRelativeMonth';

/**
 * An hour with no day ("الساعة السابعة مساء") joined to a day right before or after it, which then
 * carries the time; an hour with no day beside it stays a time of the day it is said.
 */
function joinTimes(folded: string, matches: Matched[]): Matched[] {
  const out: Matched[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const next = matches[i + 1];
    const previous = out.at(-1);
    const takesTime = (e: Expression) => hasDay(e) && e.time === undefined;
    if (m.expression.kind !== 'time') {
      out.push(m);
      continue;
    }
    const time = m.expression.time;
    if (next && takesTime(next.expression) && TIME_JOINER.test(folded.slice(m.end, next.start))) {
      out.push({ start: m.start, end: next.end, expression: { ...next.expression, time } as Expression });
      i++;
    } else if (previous && takesTime(previous.expression) && TIME_JOINER.test(folded.slice(previous.end, m.start))) {
      out[out.length - 1] = { start: previous.start, end: m.end, expression: { ...previous.expression, time } as Expression };
    } else if (next && hasDay(next.expression) && RANGE_JOINER.test(folded.slice(m.end, next.start))) {
      // "من التاسعة صباحا حتى السابعة مساء يوم الجمعة": both hours are on the day the range ends with.
      out.push({ ...m, expression: { ...next.expression, time, nextDay: false } as Expression });
    } else if (!m.expression.adverb) {
      out.push(m);
    } else {
      // A time adverb is of the day its sentence named before it ("قال يوم الاثنين إنه تحادث
      // هاتفيا صباحا", "التقيا أمس، وكانا قد تحادثا صباحا"). Alone, in what someone said it is
      // of the day of saying, the day of writing ("وقال كيري إنه تحادث هاتفيا صباحا"); told by
      // the article, of the day the article tells ("بدأ النهار باجتماع عقده كيري صباحا"), which
      // it names elsewhere.
      const day = out.findLast((o) => hasDay(o.expression) && !SENTENCE_BREAK.test(folded.slice(o.end, m.start)));
      if (day) out.push({ ...m, expression: { ...day.expression, time } as Expression });
      else if (REPORTED_BEFORE.test(sentenceBefore(folded, m.start))) out.push(m);
    }
  }
  return out;
}
/** What someone said begins: a verb of saying, then its complementiser. Folded. */
const REPORTED_BEFORE = /(?:^|\s)[وف]?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|صرح|صرحت|كشف|كشفت)(?:\s\S+){0,10}\s(?:ان|انه|انها|انهما|انهم|بان|بانه|بانها)\s/;
/** The folded text from the start of the sentence holding `at` up to `at`, at most `SAID_REACH` characters. */
function sentenceBefore(folded: string, at: number): string {
  const before = folded.slice(Math.max(0, at - SAID_REACH), at);
  return before.slice(afterLastMark(before, ['\n', '.', '!', '?', '؟']));
}
const SAID_REACH = 300;

/** Quote marks that open and close (depth counts), and those that do both (parity counts). */
const QUOTE_OPENERS = '«“(';
const QUOTE_CLOSERS = '»”)';
const QUOTE_TOGGLES = '"\'';
const QUOTE_OR_NEWLINE = /[«“(»”)"'\n]/g;

/**
 * For each position (in ascending order), whether it is inside quoted speech opened earlier in the
 * same paragraph. One forward pass over the quote marks for all positions, since paragraphs of
 * scraped pages can be long.
 */
function quotedAt(folded: string, positions: readonly number[]): boolean[] {
  let depth = 0;
  let toggles = 0;
  QUOTE_OR_NEWLINE.lastIndex = 0;
  let mark = QUOTE_OR_NEWLINE.exec(folded);
  return positions.map((at) => {
    for (; mark && mark.index < at; mark = QUOTE_OR_NEWLINE.exec(folded)) {
      const c = mark[0];
      if (c === '\n') [depth, toggles] = [0, 0];
      else if (QUOTE_TOGGLES.includes(c)) toggles++;
      else if (QUOTE_OPENERS.includes(c)) depth++;
      else if (QUOTE_CLOSERS.includes(c)) depth--;
    }
    return depth > 0 || toggles % 2 === 1;
  });
}

/**
 * Every date expression in folded text, non-overlapping, in order, with its context flags; with
 * `withStamps`, the hours opening a live page's entries too, which only a reader who knows the
 * page's day can resolve (they tell nothing of which day it is).
 */
export function findExpressions(folded: string, withStamps = false): Found[] {
  const found = keepLongest(matchRules(folded)).filter((m) => m.expression.kind !== 'notADate');
  const stamps = withStamps ? entryStamps(folded, found) : [];
  const kept = joinTimes(folded, stamps.length === 0 ? found : [...found, ...stamps].sort((a, b) => a.start - b.start));
  const spans: Omit<Found, 'quoted'>[] = [];
  const clauseAround = clausesOf(folded);
  let previousEnd = 0;
  for (const match of kept) {
    const limit = deadlineWordBefore(folded, match.start, previousEnd);
    const start = limit ? limit.at : match.start;
    const namedLimit = limit === null && isDeadlineAfter(folded, match.end);
    const deadline = limit !== null || namedLimit || match.expression.kind === 'within';
    let tense: Tense | undefined = limit?.ahead || namedLimit ? 'future' : undefined;
    if (!tense && dependsOnTense(match.expression)) {
      const clause = clauseAround(start, match.end);
      // A weekday in what was said takes the tense of the words said when they tell one ("قال إن
      // لقاءه مع لافروف يوم الجمعة قد يكون حاسما"), else the saying's, the nearest time told.
      tense = tenseOfClause(clause.text, start - clause.from, match.end - clause.from, true)
        ?? (match.expression.kind === 'weekday' ? tenseOfClause(clause.text, start - clause.from, match.end - clause.from) : undefined)
        ?? frontedTense(folded, clause.text, clause.to) ?? insertedTense(folded, clause.text, clause.from, clause.to);
      // "أعلن توقف المحادثات حتى 14 آذار": the past verb tells when the pause began, not that it
      // is over; the day it lasts until is the nearest one (a lasting verb, "استمرت حتى", is no limit).
      if (limit?.until && tense === 'past') tense = undefined;
    }
    spans.push({ start, end: match.end, expression: match.expression, deadline, tense });
    previousEnd = match.end;
  }
  const quoted = quotedAt(folded, spans.map((s) => s.start));
  return spans.map((span, i) => ({ ...span, quoted: quoted[i] }));
}

/** Harakat, the superscript alef and tatweel after a word belong to it; invisible marks after it do not. */
const TRAILING_MARK = /[\u064b-\u065f\u0670\u0640]/;

/** The span in the original text of a span of its folded copy. */
export function originalSpan(text: string, offsets: Int32Array, found: { start: number; end: number }): [number, number] {
  let end = offsets[found.end - 1] + 1;
  while (end < text.length && TRAILING_MARK.test(text[end])) end++;
  return [offsets[found.start], end];
}

