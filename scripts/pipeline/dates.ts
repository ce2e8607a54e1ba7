/**
 * Date-expression tagger. Takes an article text (or one sentence of it) and the publication date;
 * gives every date expression in it with its offsets, the calendar span a careful reader would
 * assign it, whether it is a limit ("بحلول آب") and whether the span rests on a guess. Also infers
 * the window of possible publication dates for an article whose metadata has none.
 *
 * How: the text is folded once (`foldWithOffsets`), every pattern runs over the folded copy, and
 * spans map back through the offsets, so excerpts never shift. Patterns are built once, at load,
 * from the word tables in `scripts/tables/dates.ts`; where two matches overlap the longer wins.
 * A match is first read into an `Expression` (what the words say, independent of any date) and
 * only then resolved against the publication date, so the window inference reads the same
 * expressions without a date.
 *
 * Deliberately not done: dating an expression from another event in the text ("خلال خمسة أيام من
 * تشكيل المجموعة" stays unresolved), deciding what happened on a date (the event stage does that),
 * reading Latin-script dates (English captions carry their own, older dates).
 */
import { foldArabic, foldWithOffsets, type FoldedText } from '../../src/lib/arabic.ts';
import type { DatePrecision } from '../../src/lib/types.ts';
import {
  AGO_GRAIN, AGO_WORDS, ANCHORED_ELSEWHERE_WORDS, CARDINALS, DAY_ORDINALS, DAY_WORDS,
  DEADLINE_WORDS, DURATION_LENGTHS, DURATION_UNITS, FUTURE_LOOKALIKES, FUTURE_WORDS, GREGORIAN_MONTHS,
  HIJRI_MONTHS, HIJRI_YEAR_MARKER, HOLIDAY_DAY_ORDINALS, HOLIDAY_DAYS_WORD, HOLIDAYS, MAY_PARTICLE, MONTH_CUES,
  MONTH_WORD, NOT_A_DATE, NOW_WORDS, PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS, PERIOD_PARTS, PERIOD_UNITS,
  QUOTED_SPEECH_LAG_DAYS, RELATIONS, RELATIVE_DAYS, THIS_WORDS, TIMES_OF_DAY, WEEK_STARTS_ON, WEEKDAYS,
  WITHIN_PRECISION, WITHIN_WORDS, YEAR_WORDS,
  type DurationUnit, type ExpressionShape, type Part, type PeriodUnit, type Relation,
} from '../tables/dates.ts';
import { addMonths, calendarOf, dayOf, dayOfIso, daysInMonth, isoOf, MONTH_NAMES, shiftMonth, weekdayOf, type Day } from './calendar.ts';
import { escapeRegExp } from './words.ts';
import type { DateContext, DateMention, PublicationWindow, ResolvedDate, YearSpan } from './types.ts';

// ─── Day ranges (the arithmetic is in calendar.ts) ───────────────────────────────────────────────

/** For Intl, which formats Date objects: the Hijri calendar and weekday names. */
const MS_PER_DAY = 86_400_000;

function weekStartOf(day: Day): Day {
  return day - ((weekdayOf(day) - WEEK_STARTS_ON + 7) % 7);
}

interface DayRange {
  first: Day;
  last: Day;
  precision: DatePrecision;
}

function wholeMonth(year: number, month: number): DayRange {
  return { first: dayOf(year, month, 1), last: dayOf(year, month, daysInMonth(year, month)), precision: 'month' };
}

function partOfMonth(first: Day, last: Day, part: Part): DayRange {
  const days = PART_OF_MONTH_DAYS[part];
  return { first: first + days.first - 1, last: Math.min(last, first + days.last - 1), precision: 'part-of-month' };
}

function monthRange(year: number, month: number, part: Part | undefined): DayRange {
  const whole = wholeMonth(year, month);
  return part ? partOfMonth(whole.first, whole.last, part) : whole;
}

function yearRange(year: number, part: Part | undefined): DayRange {
  if (!part) return { first: dayOf(year, 1, 1), last: dayOf(year, 12, 31), precision: 'year' };
  const months = PART_OF_YEAR_MONTHS[part];
  return {
    first: dayOf(year, months.first, 1),
    last: dayOf(year, months.last, daysInMonth(year, months.last)),
    precision: 'part-of-year',
  };
}

// ─── Hijri calendar through Intl (Umm al-Qura) ───────────────────────────────────────────────────

const HIJRI_FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});

function hijriOf(day: Day): { year: number; month: number; day: number } {
  const parts = HIJRI_FORMAT.formatToParts(new Date(day * MS_PER_DAY));
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: value('year'), month: value('month'), day: value('day') };
}

const HIJRI_EPOCH: Day = dayOf(622, 7, 19);
const HIJRI_YEAR_DAYS = 354.367;
const HIJRI_MONTH_DAYS = 29.5306;

/** The Gregorian day of a Hijri date, or null when that month has no such day (a 30th in a 29-day month). */
function dayOfHijri(year: number, month: number, day: number): Day | null {
  let guess = Math.round(HIJRI_EPOCH + (year - 1) * HIJRI_YEAR_DAYS + (month - 1) * HIJRI_MONTH_DAYS + day - 1);
  // The mean-month estimate is within a day or two; a few corrections against Intl settle it.
  for (let step = 0; step < 4; step++) {
    const at = hijriOf(guess);
    const off = ((year - at.year) * 12 + (month - at.month)) * HIJRI_MONTH_DAYS + (day - at.day);
    if (Math.round(off) === 0) break;
    guess += Math.round(off);
  }
  const at = hijriOf(guess);
  return at.year === year && at.month === month && at.day === day ? guess : null;
}

function hijriMonthRange(year: number, month: number, part: Part | undefined): DayRange | null {
  const first = dayOfHijri(year, month, 1);
  const next = shiftMonth(year, month, 1);
  const nextFirst = dayOfHijri(next.year, next.month, 1);
  if (first === null || nextFirst === null) return null;
  return part ? partOfMonth(first, nextFirst - 1, part) : { first, last: nextFirst - 1, precision: 'month' };
}

// ─── Patterns, built once from the tables ────────────────────────────────────────────────────────

/** Spaces inside one line: a date expression never runs across a line break. */
const GAP = '[^\\S\\n]+';
const OPT_GAP = '[^\\S\\n]*';
/** The end of a word: the next character is not a letter or digit. */
const END = '(?![\\p{L}\\p{N}])';
const DAY_NUMBER = '(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])';
const YEAR_NUMBER = '(?:19|20)[0-9]{2}(?![0-9])';
const HIJRI_YEAR_NUMBER = '1[34][0-9]{2}(?![0-9])';
const COUNT_NUMBER = '[0-9]{1,3}(?![0-9])';

/** Folded key of a table phrase: one space between words, "و" joined to the next word. For loading the tables. */
function keyOf(text: string): string {
  return keyOfFolded(foldArabic(text));
}

/** `keyOf` of text matched in the folded body: already folded (folding is idempotent), so only the spacing is normalised. */
function keyOfFolded(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/ و /g, ' و');
}

/** Regex tokens of a folded phrase: a space matches any run of spaces, and "و" may stand apart ("الحادي و العشرين"). */
function tokensOf(key: string): string[] {
  return (key.match(/ و| |./gu) ?? []).map((t) => (t === ' و' ? `${GAP}و${OPT_GAP}` : t === ' ' ? GAP : escapeRegExp(t)));
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

/**
 * A non-capturing alternation of phrases, folded and factored into a prefix tree: most date words
 * start with "ال", and a flat list of a hundred alternatives makes the engine try every one of
 * them at every "ال" in the text (six times slower on the corpus). Longer continuations come
 * before the end of a shorter phrase, so "تشرين الثاني" wins over anything it starts with.
 */
function alternation(phrases: readonly string[]): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const phrase of phrases) {
    let node = root;
    for (const token of tokensOf(keyOf(phrase))) {
      const next = node.children.get(token) ?? { children: new Map(), terminal: false };
      node.children.set(token, next);
      node = next;
    }
    node.terminal = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([token, child]) => token + emit(child));
    if (branches.length === 1 && !node.terminal) return branches[0];
    return branches.length === 0 ? '' : `(?:${branches.join('|')}${node.terminal ? '|' : ''})`;
  };
  return `(?:${emit(root)})`;
}

/** Folded phrase → value, for reading back what a group matched. */
function lookup<T>(entries: readonly { value: T; words: readonly string[] }[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { value, words } of entries) for (const word of words) map.set(keyOf(word), value);
  return map;
}

function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(keyOf));
}

const MONTH_OF = lookup(GREGORIAN_MONTHS.map((m) => ({ value: m.month, words: m.names })));
const HIJRI_MONTH_OF = lookup(HIJRI_MONTHS.map((m) => ({ value: m.month, words: m.names })));
const WEEKDAY_OF = lookup(WEEKDAYS.map((w) => ({ value: w.weekday, words: w.names })));
const RELATIVE_DAY_OF = lookup(RELATIVE_DAYS.map((r) => ({ value: r.offset, words: r.names })));
const DAY_ORDINAL_OF = lookup(DAY_ORDINALS.map((d) => ({ value: d.day, words: d.words })));
const CARDINAL_OF = lookup(CARDINALS.map((c) => ({ value: c.value, words: c.words })));
const RELATION_OF = lookup(RELATIONS.map((r) => ({ value: r.relation, words: r.words })));
const PART_OF = lookup(PERIOD_PARTS.map((p) => ({ value: p.part, words: p.words })));
const PERIOD_UNIT_OF = lookup(PERIOD_UNITS.map((u) => ({ value: u.unit, words: u.words })));
const HOLIDAY_OF = lookup(HOLIDAYS.map((h) => ({ value: h, words: h.names })));
const HOLIDAY_DAY_OF = lookup(HOLIDAY_DAY_ORDINALS.map((h) => ({ value: h.day, words: h.words })));
const DEADLINE_AHEAD_OF = lookup(DEADLINE_WORDS.map((d) => ({ value: d.ahead, words: d.words })));

type UnitForm = 'singular' | 'dual' | 'plural';
const DURATION_UNIT_OF = lookup(
  DURATION_UNITS.flatMap((u) =>
    (['singular', 'dual', 'plural'] as const).map((form) => ({ value: { unit: u.unit, form }, words: u[form] }))),
);
const COUNT_OF_FORM: Record<UnitForm, number | null> = { singular: 1, dual: 2, plural: null };

const YEAR_UNIT_WORDS = PERIOD_UNITS.find((u) => u.unit === 'year')?.words ?? [];

const W = {
  month: alternation(GREGORIAN_MONTHS.flatMap((m) => m.names)),
  hijriMonth: alternation(HIJRI_MONTHS.flatMap((m) => m.names)),
  weekday: alternation(WEEKDAYS.flatMap((w) => w.names)),
  relativeDay: alternation(RELATIVE_DAYS.flatMap((r) => r.names)),
  timeOfDay: alternation(TIMES_OF_DAY),
  dayWord: alternation(DAY_WORDS),
  dayOrdinal: alternation(DAY_ORDINALS.flatMap((d) => d.words)),
  cardinal: alternation(CARDINALS.flatMap((c) => c.words)),
  relation: alternation(RELATIONS.flatMap((r) => r.words)),
  this: alternation(THIS_WORDS),
  part: alternation(PERIOD_PARTS.flatMap((p) => p.words)),
  periodUnit: alternation(PERIOD_UNITS.flatMap((u) => u.words)),
  yearUnit: alternation(YEAR_UNIT_WORDS),
  yearWord: alternation(YEAR_WORDS),
  monthWord: alternation([MONTH_WORD]),
  durationUnit: alternation(DURATION_UNITS.flatMap((u) => [...u.singular, ...u.dual, ...u.plural])),
  within: alternation(WITHIN_WORDS),
  ago: alternation(AGO_WORDS),
  holiday: alternation(HOLIDAYS.flatMap((h) => h.names)),
  holidayDay: alternation(HOLIDAY_DAY_ORDINALS.flatMap((h) => h.words)),
  holidayDays: alternation([HOLIDAY_DAYS_WORD]),
  hijriMarker: alternation([HIJRI_YEAR_MARKER]),
  deadline: alternation(DEADLINE_WORDS.flatMap((d) => d.words)),
  rangeWord: alternation(['إلى', 'حتى']),
  of: alternation(['من', 'في']),
  anchoredElsewhere: alternation(ANCHORED_ELSEWHERE_WORDS),
  now: alternation(NOW_WORDS),
};

const DAY = `(?:${DAY_NUMBER}|${W.dayOrdinal})`;
/** A month name, possibly followed by its other-set name after a slash or in brackets ("آب/ أغسطس", "تموز (يوليو)"). */
const MONTH_PAIR =
  `(?<month>${W.month})(?<pair>${OPT_GAP}[/\\\\-]${OPT_GAP}${W.month}|${OPT_GAP}\\(${OPT_GAP}${W.month}${OPT_GAP}\\))?`;
/** What may follow a month: a year ("2016", "عام 2016"), a year relation ("من العام الماضي") or a relation ("الماضي"). */
const MONTH_TAIL =
  `(?:(?:${OPT_GAP}[،,])?${GAP}(?:${W.yearWord}${GAP})?(?<year>${YEAR_NUMBER})(?:${OPT_GAP}م${END})?` +
  `|${GAP}من${GAP}(?:(?<yearThis>${W.this})${GAP}${W.yearUnit}|${W.yearUnit}${GAP}(?<yearRelation>${W.relation}))` +
  `|${GAP}(?<relation>${W.relation}))?`;

// ─── Expressions: what the words say, before any date is known ───────────────────────────────────

type Expression =
  | { kind: 'relativeDay'; offset: number; weekday?: number }
  | { kind: 'weekday'; weekday: number; relation?: Relation }
  | {
    kind: 'calendarDate'; day: number; lastDay?: number; month: number;
    year?: number; yearShift?: number; relation?: Relation; weekday?: number;
  }
  | { kind: 'month'; month: number; year?: number; yearShift?: number; relation?: Relation; part?: Part }
  | { kind: 'period'; unit: PeriodUnit; shift: number; part?: Part; stated: boolean }
  | { kind: 'year'; year: number; part?: Part }
  | { kind: 'within'; count: number; unit: DurationUnit; anchoredElsewhere: boolean }
  | { kind: 'ago'; count: number; unit: DurationUnit; anchoredElsewhere: boolean }
  | { kind: 'hijriDate'; day: number; month: number; year?: number }
  | { kind: 'hijriMonth'; month: number; year?: number; relation?: Relation; part?: Part }
  | { kind: 'holiday'; holiday: (typeof HOLIDAYS)[number]; dayOfHoliday?: number; relation?: Relation }
  /** Looks like a date and is not ("صلاة الجمعة"): wins its span so nothing shorter inside is tagged. */
  | { kind: 'notADate' };

type Groups = Record<string, string | undefined>;

/**
 * What every match of a rule contains: one of a set of words, or a year number. Sentences without
 * their rule's core are not scanned with the full pattern, which is most sentences for most rules.
 */
const CORE_WORDS = {
  month: GREGORIAN_MONTHS.flatMap((m) => m.names),
  day: [...RELATIVE_DAYS.flatMap((r) => r.names), ...WEEKDAYS.flatMap((w) => w.names)],
  period: PERIOD_UNITS.flatMap((u) => u.words),
  within: WITHIN_WORDS,
  ago: AGO_WORDS,
  hijriMonth: HIJRI_MONTHS.flatMap((m) => m.names),
  holiday: HOLIDAYS.flatMap((h) => h.names),
};
type Core = keyof typeof CORE_WORDS | 'yearNumber';

interface Rule {
  core: Core;
  pattern: RegExp;
  read(groups: Groups, folded: string, start: number, end: number): Expression | null;
}

const SHIFT_OF_RELATION: Record<Relation, number> = { past: -1, current: 0, next: 1 };

function rule(core: Core, source: string, read: Rule['read']): Rule {
  return { core, pattern: new RegExp(source, 'gu'), read };
}

function dayNumberOf(text: string): number {
  return /^[0-9]/.test(text) ? Number(text) : (DAY_ORDINAL_OF.get(keyOfFolded(text)) ?? 0);
}

function relationOf(text: string | undefined): Relation | undefined {
  return text === undefined ? undefined : RELATION_OF.get(keyOfFolded(text));
}

function yearShiftOf(groups: Groups): number | undefined {
  if (groups.yearThis !== undefined) return 0;
  const relation = relationOf(groups.yearRelation);
  return relation === undefined ? undefined : SHIFT_OF_RELATION[relation];
}

function countOf(number: string | undefined, unitWord: string): { count: number; unit: DurationUnit } | null {
  const unit = DURATION_UNIT_OF.get(keyOfFolded(unitWord));
  if (!unit) return null;
  const count = number === undefined ? COUNT_OF_FORM[unit.form] : (/^[0-9]/.test(number) ? Number(number) : CARDINAL_OF.get(keyOfFolded(number)));
  return count ? { count, unit: unit.unit } : null;
}

const NOT_A_DATE_BEFORE = new Map<ExpressionShape, Set<string>>();
const NOT_A_DATE_AFTER = new Map<ExpressionShape, Set<string>>();
for (const entry of NOT_A_DATE) {
  const add = (map: Map<ExpressionShape, Set<string>>, words: readonly string[] | undefined) => {
    if (!words) return;
    const set = map.get(entry.shape) ?? new Set<string>();
    for (const word of words) set.add(keyOf(word));
    map.set(entry.shape, set);
  };
  add(NOT_A_DATE_BEFORE, entry.before);
  add(NOT_A_DATE_AFTER, entry.after);
}

const LETTER = /[\p{L}\p{N}]/u;
const PROCLITICS = /^[وف]?[بل]?/;

function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(text[at]);
}

/** The word before `at`, without a leading و/ف/ب/ل when the rest is what the set holds. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /[^\S\n]/.test(text[end - 1])) end--;
  let start = end;
  while (isWordChar(text, start - 1)) start--;
  return text.slice(start, end);
}

function wordAfter(text: string, at: number): string {
  let start = at;
  while (start < text.length && /[^\S\n]/.test(text[start])) start++;
  let end = start;
  while (isWordChar(text, end)) end++;
  return text.slice(start, end);
}

function inSet(word: string, set: Set<string> | undefined): boolean {
  if (!set || word === '') return false;
  return set.has(word) || set.has(word.replace(PROCLITICS, ''));
}

function isUnmadeByNeighbours(shape: ExpressionShape, folded: string, start: number, end: number): boolean {
  return inSet(wordBefore(folded, start), NOT_A_DATE_BEFORE.get(shape)) || inSet(wordAfter(folded, end), NOT_A_DATE_AFTER.get(shape));
}

const MONTH_CUE_SET = foldedSet(MONTH_CUES);

/**
 * A month name alone is a date only after a cue word ("في آب"); مارس is also "he practised" and
 * آب folds to "father". A part word, a year, a relation or a paired name is cue enough.
 */
function isBareMonthADate(folded: string, start: number): boolean {
  return inSet(wordBefore(folded, start), MONTH_CUE_SET);
}

/** "خلال خمسة أيام من تشكيل المجموعة": a span counted from some other event. */
const ANCHORED_ELSEWHERE = new RegExp(`${GAP}${W.anchoredElsewhere}${GAP}(?!${W.now}${END})`, 'uy');

function isAnchoredElsewhere(folded: string, end: number): boolean {
  ANCHORED_ELSEWHERE.lastIndex = end;
  return ANCHORED_ELSEWHERE.test(folded);
}

/** A reader-comment or page stamp ("·منذ 8 أشهر") stands alone on its line and counts from the scrape, not the article. */
function isPageStamp(folded: string, start: number, end: number): boolean {
  const lineStart = folded.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = folded.indexOf('\n', end);
  const rest = folded.slice(lineStart, start) + folded.slice(end, lineEnd === -1 ? folded.length : lineEnd);
  return !/[\p{L}\p{N}]/u.test(rest);
}

const NOT_A_DATE_EXPRESSION: Expression = { kind: 'notADate' };

const RULES: readonly Rule[] = [
  // "26/08/2016", "26-8-2016": day first, as Arabic writes it.
  rule('yearNumber', `(?<day>${DAY_NUMBER})(?<sep>[/-])(?<month>1[0-2]|0?[1-9])\\k<sep>(?<year>${YEAR_NUMBER})`, (g) => ({
    kind: 'calendarDate', day: Number(g.day), month: Number(g.month), year: Number(g.year),
  })),
  // "2016-08-26".
  rule('yearNumber', `(?<year>${YEAR_NUMBER})(?<sep>[/-])(?<month>1[0-2]|0[1-9])\\k<sep>(?<day>3[01]|[12][0-9]|0[1-9])(?![0-9])`, (g) => ({
    kind: 'calendarDate', day: Number(g.day), month: Number(g.month), year: Number(g.year),
  })),
  // "صباح الجمعة 15 تموز", "يومي 26 و27 أغسطس/آب الجاري", "الحادي والثلاثين من تموز الجاري", "30 أيلول الماضي".
  rule(
    'month',
    `(?:${W.timeOfDay}${GAP})?(?:${W.relativeDay}${GAP})?(?:${W.dayWord}${GAP})?` +
      `(?:(?<weekday>${W.weekday})(?:${OPT_GAP}[،,])?${GAP}(?:${W.dayWord}${GAP})?)?` +
      `(?<day>${DAY})(?:(?:${OPT_GAP}[-–]${OPT_GAP}|${GAP}و${OPT_GAP}|${GAP}${W.rangeWord}${GAP})(?<lastDay>${DAY}))?` +
      `(?:${GAP}${W.of})?(?:${GAP}${W.monthWord})?${GAP}${MONTH_PAIR}${MONTH_TAIL}${END}`,
    (g, folded, start) => {
      if (folded.startsWith(g.day ?? '', start)) {
        const shape: ExpressionShape = /^[0-9]/.test(g.day ?? '') ? 'dayOfMonth' : 'dayWord';
        if (isUnmadeByNeighbours(shape, folded, start, start)) return NOT_A_DATE_EXPRESSION;
      }
      return {
        kind: 'calendarDate',
        day: dayNumberOf(g.day ?? ''),
        lastDay: g.lastDay === undefined ? undefined : dayNumberOf(g.lastDay),
        month: MONTH_OF.get(keyOfFolded(g.month ?? '')) ?? 0,
        year: g.year === undefined ? undefined : Number(g.year),
        yearShift: yearShiftOf(g),
        relation: relationOf(g.relation),
        weekday: g.weekday === undefined ? undefined : WEEKDAY_OF.get(keyOfFolded(g.weekday)),
      };
    },
  ),
  // "أمس الخميس", "مساء أمس", "صباح اليوم", "بعد غد"; "الخميس الماضي", "هذه الجمعة", "مساء الخميس".
  rule(
    'day',
    `(?:(?<timeOfDay>${W.timeOfDay})${GAP})?(?:(?<dayWord>${W.dayWord})${GAP})?` +
      `(?:(?<relativeDay>${W.relativeDay})(?:(?:${OPT_GAP}[،,])?${GAP}(?<dayName>${W.weekday}))?` +
      `|(?:(?<this>${W.this})${GAP})?(?<weekday>${W.weekday})(?:${GAP}(?<relation>${W.relation}))?)${END}`,
    (g, folded, start, end) => {
      if (g.relativeDay !== undefined) {
        const offset = RELATIVE_DAY_OF.get(keyOfFolded(g.relativeDay)) ?? 0;
        const alone = g.timeOfDay === undefined && g.dayWord === undefined && g.dayName === undefined;
        if (offset === 0 && alone && isUnmadeByNeighbours('today', folded, start, end)) return NOT_A_DATE_EXPRESSION;
        return { kind: 'relativeDay', offset, weekday: g.dayName === undefined ? undefined : WEEKDAY_OF.get(keyOfFolded(g.dayName)) };
      }
      const alone = g.timeOfDay === undefined && g.dayWord === undefined && g.this === undefined;
      if (alone && isUnmadeByNeighbours('weekday', folded, start, end)) return NOT_A_DATE_EXPRESSION;
      return {
        kind: 'weekday',
        weekday: WEEKDAY_OF.get(keyOfFolded(g.weekday ?? '')) ?? 0,
        relation: g.this !== undefined ? 'current' : relationOf(g.relation),
      };
    },
  ),
  // "منتصف تموز الماضي", "في نهاية تموز", "نوفمبر/تشرين الثاني الماضي", "بحلول شهر آب/ أغسطس المقبل".
  rule(
    'month',
    `(?:(?<part>${W.part})${GAP}(?:من${GAP})?)?(?:(?<monthWord>${W.monthWord})${GAP})?${MONTH_PAIR}${MONTH_TAIL}${END}`,
    (g, folded, start) => {
      const cued = [g.part, g.monthWord, g.pair, g.year, g.yearThis, g.yearRelation, g.relation].some((x) => x !== undefined);
      if (!cued && !isBareMonthADate(folded, start)) return null;
      return {
        kind: 'month',
        month: MONTH_OF.get(keyOfFolded(g.month ?? '')) ?? 0,
        year: g.year === undefined ? undefined : Number(g.year),
        yearShift: yearShiftOf(g),
        relation: relationOf(g.relation),
        part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)),
      };
    },
  ),
  // "الأسبوع الماضي", "هذا الأسبوع", "مطلع العام المقبل", "نهاية الشهر الجاري".
  rule(
    'period',
    `(?:(?<part>${W.part})${GAP})?(?:(?<this>${W.this})${GAP})?(?<unit>${W.periodUnit})(?:${GAP}(?<relation>${W.relation}))?${END}`,
    (g, folded, start) => {
      const relation = relationOf(g.relation);
      if (relation === undefined && g.this === undefined && g.part === undefined) return null;
      const unit = PERIOD_UNIT_OF.get(keyOfFolded(g.unit ?? '')) ?? 'week';
      if (unit === 'year' && g.part === undefined && g.this === undefined && isUnmadeByNeighbours('periodYear', folded, start, start)) {
        return NOT_A_DATE_EXPRESSION;
      }
      return {
        kind: 'period',
        unit,
        shift: relation === undefined ? 0 : SHIFT_OF_RELATION[relation],
        part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)),
        stated: relation !== undefined || g.this !== undefined,
      };
    },
  ),
  // "عام 2017", "بحلول منتصف عام 2017", "أواخر 2015".
  rule(
    'yearNumber',
    `(?:(?<part>${W.part})${GAP}(?:${W.yearWord}${GAP})?|${W.yearWord}${GAP})(?<year>${YEAR_NUMBER})(?:${OPT_GAP}م${END})?${END}`,
    (g) => ({ kind: 'year', year: Number(g.year), part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)) }),
  ),
  // "خلال أسبوعين", "في غضون 5 أيام", "خلال خمسة أيام من تشكيل المجموعة"; not "خلال شهر آب".
  rule(
    'within',
    `${W.within}${GAP}(?:(?<count>${COUNT_NUMBER}|${W.cardinal})${GAP})?(?<unit>${W.durationUnit})${END}(?!${GAP}${W.month}${END})`,
    (g, folded, _start, end) => {
      const counted = countOf(g.count, g.unit ?? '');
      return counted && { kind: 'within', ...counted, anchoredElsewhere: isAnchoredElsewhere(folded, end) };
    },
  ),
  // "منذ شهر", "قبل يومين"; years are not a unit here (see DURATION_UNITS).
  rule(
    'ago',
    `${W.ago}${GAP}(?:(?<count>${COUNT_NUMBER}|${W.cardinal})${GAP})?(?<unit>${W.durationUnit})${END}(?!${GAP}${W.month}${END})`,
    (g, folded, start, end) => {
      if (isPageStamp(folded, start, end)) return NOT_A_DATE_EXPRESSION;
      const counted = countOf(g.count, g.unit ?? '');
      return counted && { kind: 'ago', ...counted, anchoredElsewhere: isAnchoredElsewhere(folded, end) };
    },
  ),
  // "10 ذو الحجة 1437 هـ".
  rule(
    'hijriMonth',
    `(?<day>${DAY})(?:${GAP}من)?(?:${GAP}${W.monthWord})?${GAP}(?<hijriMonth>${W.hijriMonth})` +
      `(?:${GAP}(?<hijriYear>${HIJRI_YEAR_NUMBER})(?:${OPT_GAP}${W.hijriMarker}${END})?)?${END}`,
    (g) => ({
      kind: 'hijriDate',
      day: dayNumberOf(g.day ?? ''),
      month: HIJRI_MONTH_OF.get(keyOfFolded(g.hijriMonth ?? '')) ?? 0,
      year: g.hijriYear === undefined ? undefined : Number(g.hijriYear),
    }),
  ),
  // "شهر رمضان", "منتصف شهر رمضان المقبل", "رمضان 1437 هـ".
  rule(
    'hijriMonth',
    `(?:(?<part>${W.part})${GAP})?(?:(?<monthWord>${W.monthWord})${GAP})?(?<hijriMonth>${W.hijriMonth})` +
      `(?:${GAP}(?<hijriYear>${HIJRI_YEAR_NUMBER})(?:${OPT_GAP}${W.hijriMarker}${END})?|${GAP}(?<relation>${W.relation}))?${END}`,
    (g) => {
      if (g.monthWord === undefined && g.hijriYear === undefined && g.relation === undefined) return null;
      return {
        kind: 'hijriMonth',
        month: HIJRI_MONTH_OF.get(keyOfFolded(g.hijriMonth ?? '')) ?? 0,
        year: g.hijriYear === undefined ? undefined : Number(g.hijriYear),
        relation: relationOf(g.relation),
        part: g.part === undefined ? undefined : PART_OF.get(keyOfFolded(g.part)),
      };
    },
  ),
  // "أول أيام عيد الأضحى", "عيد الفطر المقبل"; not "شجرة عيد الميلاد".
  rule(
    'holiday',
    `(?:(?<dayOfHoliday>${W.holidayDay})${GAP}${W.holidayDays}${GAP})?(?<holiday>${W.holiday})(?:${GAP}(?<relation>${W.relation}))?${END}`,
    (g, folded, start) => {
      const holiday = HOLIDAY_OF.get(keyOfFolded(g.holiday ?? ''));
      if (!holiday) return null;
      if (g.dayOfHoliday === undefined && isUnmadeByNeighbours('holiday', folded, start, start)) return NOT_A_DATE_EXPRESSION;
      return {
        kind: 'holiday',
        holiday,
        dayOfHoliday: g.dayOfHoliday === undefined ? undefined : HOLIDAY_DAY_OF.get(keyOfFolded(g.dayOfHoliday)),
        relation: relationOf(g.relation),
      };
    },
  ),
];

// ─── Finding expressions in folded text ──────────────────────────────────────────────────────────

interface Found {
  start: number;
  end: number;
  expression: Expression;
  /** The expression is preceded by a limit word ("بحلول") or is a "within" span. */
  deadline: boolean;
  /**
   * Its clause speaks of the future (or a limit still ahead), so a bare name means the next one.
   * Looked at only where it decides something (`dependsOnTense`); false elsewhere.
   */
  ahead: boolean;
  /** It stands inside quoted speech, where "today" is the speaker's day, not the article's. */
  quoted: boolean;
}

/** A match may start a word, after at most the proclitics و/ف and ب/ل ("وبحلول", "و27", "بالجمعة"). */
const WORD_START = /(?:^|[^\p{L}\p{N}])[وف]?[بل]?$/u;

function startsWord(text: string, at: number): boolean {
  return WORD_START.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * Where sentences end. No pattern crosses one (GAP excludes the line break, and no pattern holds a
 * full stop or question mark), so a rule needs to run only over the sentences holding its core.
 */
const SENTENCE_END = /[\n.!?؟]/g;

function sentenceEnds(folded: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(folded); match; match = SENTENCE_END.exec(folded)) ends.push(match.index);
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

/** The start of a limit word right before `start` ("بحلول "), and whether it looks ahead. */
function deadlineWordBefore(folded: string, start: number, notBefore: number): { at: number; ahead: boolean } | null {
  const from = Math.max(notBefore, start - 24);
  const match = DEADLINE_BEFORE.exec(folded.slice(from, start));
  if (!match) return null;
  const at = from + match.index;
  if (!startsWord(folded, at)) return null;
  return { at, ahead: DEADLINE_AHEAD_OF.get(keyOfFolded(match[0])) ?? false };
}

const CLAUSE_BREAK = /[.!?؟\n،,؛;:«»"“”()]/g;
/** How far from an expression its clause is read for tense: a clause without punctuation ends here. */
const CLAUSE_REACH = 120;

/**
 * The clause around each of a series of spans given in ascending order: from the last break before
 * the span to the first break after it. One scan for the breaks, then a pointer that only moves on.
 */
function clausesOf(folded: string): (start: number, end: number) => string {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(folded); match; match = CLAUSE_BREAK.exec(folded)) breaks.push(match.index);
  breaks.push(folded.length);
  let before = 0;
  return (start, end) => {
    while (breaks[before] < start) before++;
    let after = before;
    while (breaks[after] < end) after++;
    const from = Math.max(before === 0 ? 0 : breaks[before - 1] + 1, start - CLAUSE_REACH);
    return folded.slice(from, Math.min(breaks[after], end + CLAUSE_REACH));
  };
}

const FUTURE_LOOKALIKE_SET = foldedSet(FUTURE_LOOKALIKES);
/**
 * A sign of the future, after an optional و/ف: a word of plans, سـ + the imperfective prefix ي/ت/ن
 * + a stem of at least three letters ("سيعقد", "ستستمران", "سنقدم"), or "قد" + a ي-verb ("قد يجري").
 */
const FUTURE_SIGN = new RegExp(
  `[وف]?(?<word>${alternation(FUTURE_WORDS)}|س[يتن]\\p{L}{3,}|${alternation([MAY_PARTICLE])}${GAP}ي\\p{L}+)(?![\\p{L}])`,
  'gu',
);

/**
 * Whether a clause speaks of the future; a noun shaped like a future verb ("سياسة") does not count.
 * The start of a word is checked here rather than with a lookbehind, which would run at every position.
 */
function isFutureClause(clause: string): boolean {
  FUTURE_SIGN.lastIndex = 0;
  for (let match = FUTURE_SIGN.exec(clause); match; match = FUTURE_SIGN.exec(clause)) {
    if (!isWordChar(clause, match.index - 1) && !FUTURE_LOOKALIKE_SET.has(match.groups?.word ?? '')) return true;
    FUTURE_SIGN.lastIndex = match.index + 1;
  }
  return false;
}

/** Expressions read differently in a future clause: bare weekdays, months and days of a month. */
function dependsOnTense(e: Expression): boolean {
  if (e.kind === 'month') return e.year === undefined && e.relation === undefined && e.yearShift === undefined;
  return (e.kind === 'weekday' && e.relation === undefined) || e.kind === 'calendarDate';
}

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

/** Every date expression in folded text, non-overlapping, in order, with its context flags. */
function findExpressions(folded: string): Found[] {
  const kept = keepLongest(matchRules(folded)).filter((m) => m.expression.kind !== 'notADate');
  const spans: { start: number; end: number; expression: Expression; deadline: boolean; ahead: boolean }[] = [];
  const clauseAround = clausesOf(folded);
  let previousEnd = 0;
  for (const match of kept) {
    const limit = deadlineWordBefore(folded, match.start, previousEnd);
    const start = limit ? limit.at : match.start;
    const deadline = limit !== null || match.expression.kind === 'within';
    const ahead = (limit?.ahead ?? false) || (dependsOnTense(match.expression) && isFutureClause(clauseAround(start, match.end)));
    spans.push({ start, end: match.end, expression: match.expression, deadline, ahead });
    previousEnd = match.end;
  }
  const quoted = quotedAt(folded, spans.map((s) => s.start));
  return spans.map((span, i) => ({ ...span, quoted: quoted[i] }));
}

// ─── Resolution against the publication date ─────────────────────────────────────────────────────

interface Resolution {
  range: DayRange | null;
  approximate: boolean;
}

const day1 = (day: Day): DayRange => ({ first: day, last: day, precision: 'day' });

function resolveRelativeDay(e: Extract<Expression, { kind: 'relativeDay' }>, published: Day): Resolution {
  const day = published + e.offset;
  // "أمس الخميس" on a day after a Wednesday: the words disagree, so the day is a guess.
  return { range: day1(day), approximate: e.weekday !== undefined && weekdayOf(day) !== e.weekday };
}

function resolveWeekday(e: Extract<Expression, { kind: 'weekday' }>, published: Day, ahead: boolean): Resolution {
  const back = (weekdayOf(published) - e.weekday + 7) % 7;
  const forward = (e.weekday - weekdayOf(published) + 7) % 7;
  switch (e.relation) {
    case 'past': return { range: day1(published - (back || 7)), approximate: false };
    case 'next': return { range: day1(published + (forward || 7)), approximate: false };
    case 'current': return { range: day1(weekStartOf(published) + ((e.weekday - WEEK_STARTS_ON + 7) % 7)), approximate: false };
    default: return { range: day1(ahead ? published + forward : published - back), approximate: true };
  }
}

/** The year, near the publication date, in which a day and month fall on the given weekday. */
function pickYearForWeekday(weekday: number, month: number, day: number, published: Day): number | null {
  const { year } = calendarOf(published);
  let best: { year: number; distance: number } | null = null;
  for (let y = year - 11; y <= year + 11; y++) {
    if (day > daysInMonth(y, month) || weekdayOf(dayOf(y, month, day)) !== weekday) continue;
    const distance = Math.abs(dayOf(y, month, day) - published);
    if (!best || distance < best.distance) best = { year: y, distance };
  }
  return best?.year ?? null;
}

/** Year of a day and month: stated, by relation, by weekday, else the nearest one on the side the tense points to. */
function pickYearForDate(
  e: Extract<Expression, { kind: 'calendarDate' }>,
  published: Day,
  ahead: boolean,
): { year: number; approximate: boolean } {
  const { year } = calendarOf(published);
  const thisYear = dayOf(year, e.month, e.day);
  if (e.year !== undefined) return { year: e.year, approximate: false };
  if (e.yearShift !== undefined) return { year: year + e.yearShift, approximate: false };
  if (e.relation === 'past') return { year: thisYear < published ? year : year - 1, approximate: false };
  if (e.relation === 'current') return { year, approximate: false };
  if (e.relation === 'next') return { year: thisYear > published ? year : year + 1, approximate: false };
  const byWeekday = e.weekday === undefined ? null : pickYearForWeekday(e.weekday, e.month, e.day, published);
  if (byWeekday !== null) return { year: byWeekday, approximate: false };
  if (ahead) return { year: thisYear >= published ? year : year + 1, approximate: true };
  return { year: thisYear <= published ? year : year - 1, approximate: true };
}

function resolveCalendarDate(e: Extract<Expression, { kind: 'calendarDate' }>, published: Day, ahead: boolean): Resolution {
  const { year, approximate } = pickYearForDate(e, published, ahead);
  const lastDay = e.lastDay ?? e.day;
  if (e.month < 1 || e.day < 1 || lastDay < e.day || lastDay > daysInMonth(year, e.month)) return { range: null, approximate };
  return {
    range: { first: dayOf(year, e.month, e.day), last: dayOf(year, e.month, lastDay), precision: lastDay > e.day ? 'days' : 'day' },
    approximate,
  };
}

function resolveMonthWithRelation(e: Extract<Expression, { kind: 'month' }>, published: Day, ahead: boolean): Resolution {
  const now = calendarOf(published);
  const pick = (): { year: number; approximate: boolean } => {
    if (e.year !== undefined) return { year: e.year, approximate: false };
    if (e.yearShift !== undefined) return { year: now.year + e.yearShift, approximate: false };
    if (e.relation === 'past') return { year: e.month < now.month ? now.year : now.year - 1, approximate: false };
    if (e.relation === 'current') return { year: now.year, approximate: false };
    if (e.relation === 'next') return { year: e.month > now.month ? now.year : now.year + 1, approximate: false };
    if (ahead) return { year: e.month >= now.month ? now.year : now.year + 1, approximate: true };
    return { year: e.month <= now.month ? now.year : now.year - 1, approximate: true };
  };
  const { year, approximate } = pick();
  return { range: monthRange(year, e.month, e.part), approximate };
}

function resolveRelativePeriod(e: Extract<Expression, { kind: 'period' }>, published: Day): Resolution {
  const now = calendarOf(published);
  // A part word with neither relation nor demonstrative ("نهاية العام") is read as the current one.
  const approximate = !e.stated;
  if (e.unit === 'week') {
    const first = weekStartOf(published) + 7 * e.shift;
    return { range: { first, last: first + 6, precision: 'week' }, approximate };
  }
  if (e.unit === 'month') {
    const { year, month } = shiftMonth(now.year, now.month, e.shift);
    return { range: monthRange(year, month, e.part), approximate };
  }
  return { range: yearRange(now.year + e.shift, e.part), approximate };
}

function spanEnd(published: Day, count: number, unit: DurationUnit, direction: 1 | -1): Day {
  const length = DURATION_LENGTHS[unit];
  return addMonths(published, direction * count * length.months) + direction * count * length.days;
}

function resolveWithin(e: Extract<Expression, { kind: 'within' }>, published: Day): Resolution {
  if (e.anchoredElsewhere) return { range: null, approximate: false };
  const last = spanEnd(published, e.count, e.unit, 1);
  return { range: { first: published, last, precision: WITHIN_PRECISION[e.unit] }, approximate: false };
}

function resolveAgo(e: Extract<Expression, { kind: 'ago' }>, published: Day): Resolution {
  if (e.anchoredElsewhere) return { range: null, approximate: true };
  const point = spanEnd(published, e.count, e.unit, -1);
  const grain = AGO_GRAIN[e.unit];
  if (grain === 'day') return { range: day1(point), approximate: true };
  if (grain === 'week') return { range: { first: weekStartOf(point), last: weekStartOf(point) + 6, precision: 'week' }, approximate: true };
  const { year, month, day } = calendarOf(point);
  const whole = wholeMonth(year, month);
  const part = (Object.keys(PART_OF_MONTH_DAYS) as Part[]).find((p) => day <= PART_OF_MONTH_DAYS[p].last) ?? 'late';
  return { range: partOfMonth(whole.first, whole.last, part), approximate: true };
}

/** Of several occurrences, the one the relation word names, or the one nearest the publication date. */
function pickOccurrence(candidates: DayRange[], relation: Relation | undefined, published: Day): DayRange | null {
  const distance = (r: DayRange) => (published < r.first ? r.first - published : published > r.last ? published - r.last : 0);
  if (relation === 'past') return candidates.filter((r) => r.last < published).at(-1) ?? null;
  if (relation === 'next') return candidates.find((r) => r.first > published) ?? null;
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function hijriYearsAround(published: Day): number[] {
  const { year } = hijriOf(published);
  return [year - 1, year, year + 1];
}

function resolveHijriDate(e: Extract<Expression, { kind: 'hijriDate' }>, published: Day): Resolution {
  const years = e.year === undefined ? hijriYearsAround(published) : [e.year];
  const candidates = years.map((y) => dayOfHijri(y, e.month, e.day)).filter((d): d is Day => d !== null).map(day1);
  return { range: pickOccurrence(candidates, undefined, published), approximate: e.year === undefined };
}

function resolveHijriMonth(e: Extract<Expression, { kind: 'hijriMonth' }>, published: Day): Resolution {
  const years = e.year === undefined ? hijriYearsAround(published) : [e.year];
  const candidates = years.map((y) => hijriMonthRange(y, e.month, e.part)).filter((r): r is DayRange => r !== null);
  return { range: pickOccurrence(candidates, e.relation, published), approximate: e.year === undefined && e.relation === undefined };
}

function resolveHoliday(e: Extract<Expression, { kind: 'holiday' }>, published: Day): Resolution {
  const { holiday } = e;
  const years = holiday.calendar === 'hijri' ? hijriYearsAround(published) : [-1, 0, 1].map((k) => calendarOf(published).year + k);
  const firstDays = years
    .map((y) => (holiday.calendar === 'hijri' ? dayOfHijri(y, holiday.month, holiday.day) : dayOf(y, holiday.month, holiday.day)))
    .filter((d): d is Day => d !== null);
  const candidates = firstDays.map((first): DayRange => {
    if (e.dayOfHoliday !== undefined) return day1(first + Math.min(e.dayOfHoliday, holiday.days) - 1);
    return { first, last: first + holiday.days - 1, precision: holiday.days > 1 ? 'days' : 'day' };
  });
  return { range: pickOccurrence(candidates, e.relation, published), approximate: e.relation === undefined };
}

function resolveExpression(found: Found, published: Day): Resolution {
  const e = found.expression;
  switch (e.kind) {
    case 'relativeDay': return resolveRelativeDay(e, published);
    case 'weekday': return resolveWeekday(e, published, found.ahead);
    case 'calendarDate': return resolveCalendarDate(e, published, found.ahead);
    case 'month': return resolveMonthWithRelation(e, published, found.ahead);
    case 'period': return resolveRelativePeriod(e, published);
    case 'year': return { range: yearRange(e.year, e.part), approximate: false };
    case 'within': return resolveWithin(e, published);
    case 'ago': return resolveAgo(e, published);
    case 'hijriDate': return resolveHijriDate(e, published);
    case 'hijriMonth': return resolveHijriMonth(e, published);
    case 'holiday': return resolveHoliday(e, published);
    case 'notADate': return { range: null, approximate: false };
  }
}

/** Expressions counted from the day they are said: in quoted speech that day may not be the article's. */
function isDeictic(e: Expression): boolean {
  return e.kind === 'relativeDay' || (e.kind === 'weekday' && e.relation !== undefined) || (e.kind === 'period' && e.unit === 'week');
}

function toResolvedDate(range: DayRange): ResolvedDate {
  return { start: isoOf(range.first), end: isoOf(range.last), precision: range.precision };
}

/** Harakat, the superscript alef and tatweel after a word belong to it; invisible marks after it do not. */
const TRAILING_MARK = /[\u064b-\u065f\u0670\u0640]/;

/** The span in the original text of a span of its folded copy. */
function originalSpan(text: string, offsets: Int32Array, found: { start: number; end: number }): [number, number] {
  let end = offsets[found.end - 1] + 1;
  while (end < text.length && TRAILING_MARK.test(text[end])) end++;
  return [offsets[found.start], end];
}

/** `folded`: the text's `foldWithOffsets`, when the caller already has it (the pipeline folds each body once). */
export function tagDates(text: string, ctx: DateContext, folded: FoldedText = foldWithOffsets(text)): DateMention[] {
  const { offsets } = folded;
  const published = dayOfIso(ctx.published);
  return findExpressions(folded.text).map((found) => {
    const { range, approximate } = resolveExpression(found, published);
    const [start, end] = originalSpan(text, offsets, found);
    return {
      start,
      end,
      text: text.slice(start, end),
      value: range && toResolvedDate(range),
      deadline: found.deadline,
      approximate: approximate || (found.quoted && isDeictic(found.expression)),
    };
  });
}

// ─── Publication window from the text alone ──────────────────────────────────────────────────────

/** A day the article may have been published on, and the reason it is kept or dropped. */
interface WindowConstraint {
  evidence: string;
  allows(day: Day): boolean;
}

const WEEKDAY_NAME = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
const weekdayName = (weekday: number) => WEEKDAY_NAME.format(new Date(((weekday - 4 + 7) % 7) * MS_PER_DAY));
const monthName = (month: number) => MONTH_NAMES[month - 1];

/** English captions and credits carry their own, older dates; only Arabic lines are evidence. */
function withoutLatinLines(body: string): string {
  return body
    .split('\n')
    .map((line) => ((line.match(/[A-Za-z]/g)?.length ?? 0) > (line.match(/[\u0600-\u06ff]/g)?.length ?? 0) ? '' : line))
    .join('\n');
}

/** "أمس الخميس": the publication day is the day after a Thursday. */
function weekdayEvidence(found: Found, quote: string): WindowConstraint | null {
  const e = found.expression;
  if (e.kind !== 'relativeDay' || e.weekday === undefined || found.quoted) return null;
  const weekday = (e.weekday - e.offset + 7) % 7;
  return { evidence: `"${quote}": published on a ${weekdayName(weekday)}`, allows: (day) => weekdayOf(day) === weekday };
}

/**
 * "تموز الجاري": published in July; with a day still ahead ("يومي 26 و27 آب الجاري" to come), not
 * after it. Inside a quote the month is the speaker's, so a few days after it are allowed too.
 */
function currentMonthEvidence(found: Found, quote: string): WindowConstraint | null {
  const e = found.expression;
  if ((e.kind !== 'calendarDate' && e.kind !== 'month') || e.relation !== 'current') return null;
  const lastDay = e.kind === 'calendarDate' && found.ahead ? (e.lastDay ?? e.day) : 31;
  const lag = found.quoted ? QUOTED_SPEECH_LAG_DAYS : 0;
  const fits = (day: Day) => {
    const at = calendarOf(day);
    return at.month === e.month && at.day <= lastDay;
  };
  const bound = lastDay < 31 ? `, not after day ${lastDay}` : '';
  const slack = lag > 0 ? ` (quoted: or up to ${lag} days later)` : '';
  return {
    evidence: `"${quote}": published in ${monthName(e.month)}${bound}${slack}`,
    allows: (day) => Array.from({ length: lag + 1 }, (_, k) => day - k).some(fits),
  };
}

/**
 * A full date reported as past ("مساء الجمعة 15 تموز", "26/8/2016") bounds the publication from
 * below; with a weekday but no year, the earliest year of the period in which the weekday fits.
 */
function earliestFromReportedDate(found: Found, period: { first: Day; last: Day } | undefined): Day | null {
  const e = found.expression;
  if (e.kind !== 'calendarDate' || found.ahead || found.deadline || e.relation !== undefined || e.yearShift !== undefined) return null;
  if (e.year !== undefined) return e.day <= daysInMonth(e.year, e.month) ? dayOf(e.year, e.month, e.day) : null;
  if (e.weekday === undefined || !period) return null;
  const first = calendarOf(period.first).year;
  const last = calendarOf(period.last).year;
  for (let year = first; year <= last; year++) {
    if (e.day <= daysInMonth(year, e.month) && weekdayOf(dayOf(year, e.month, e.day)) === e.weekday) return dayOf(year, e.month, e.day);
  }
  return null;
}

/** Expressions that only make sense against a publication date: the text is a dated report. */
function isRelativeToPublication(e: Expression): boolean {
  switch (e.kind) {
    case 'relativeDay': case 'weekday': case 'period': case 'within': case 'ago': return true;
    case 'calendarDate': case 'month': return e.relation !== undefined || e.yearShift !== undefined;
    default: return false;
  }
}

/** The days of the range every constraint allows. */
function daysAllowed(first: Day, last: Day, constraints: WindowConstraint[]): Day[] {
  const days: Day[] = [];
  for (let day = first; day <= last; day++) if (constraints.every((c) => c.allows(day))) days.push(day);
  return days;
}

/**
 * The publication dates an undated article's text allows. `years` are the years it may be from when
 * the text names none (the caller knows them from the articles it reads beside this one); without
 * them, and without a full date in the text to anchor on, there is no window: null.
 */
export function inferPublicationWindow(body: string, years?: YearSpan): PublicationWindow | null {
  const arabic = withoutLatinLines(body);
  const { text: folded, offsets } = foldWithOffsets(arabic);
  const quote = (f: Found) => arabic.slice(...originalSpan(arabic, offsets, f));
  const found = findExpressions(folded);

  const given = years && { first: dayOf(years.first, 1, 1), last: dayOf(years.last, 12, 31) };
  const reported = found
    .map((f) => ({ f, day: earliestFromReportedDate(f, given) }))
    .filter((r): r is { f: Found; day: Day } => r.day !== null)
    .sort((a, b) => b.day - a.day)[0];
  if (!given && !reported) return null;
  const constraints = [
    ...found.map((f) => weekdayEvidence(f, quote(f))),
    ...found.map((f) => currentMonthEvidence(f, quote(f))),
  ].filter((c): c is WindowConstraint => c !== null);
  const relative = found.filter((f) => isRelativeToPublication(f.expression));
  if (!reported && constraints.length === 0 && relative.length === 0) return null;

  // An article reports things up to its publication: the latest reported date is the earliest it can
  // be from. A news report is printed within a year of what it reports, which bounds it above when
  // no years are given; a reported date after the given years reaches to the year after it.
  const first = Math.max(given?.first ?? -Infinity, reported?.day ?? -Infinity);
  const last = reported && (!given || reported.day > given.last) ? dayOf(calendarOf(reported.day).year + 1, 12, 31) : given!.last;
  const days = daysAllowed(first, last, constraints);
  const evidence = [
    ...(reported ? [`"${quote(reported.f)}" is reported as past: published on or after ${isoOf(reported.day)}`] : []),
    ...constraints.map((c) => c.evidence),
  ];
  if (relative.length > 0) {
    const more = relative.length > 1 ? ` and ${relative.length - 1} more` : '';
    evidence.push(`"${quote(relative[0])}"${more} date things relative to the publication: the text is a dated report`);
  }
  if (!reported && years) {
    evidence.push(`the text names no year: taken from the other articles' years ${years.first}–${years.last}`);
  }
  // Evidence that contradicts itself cannot say which part is wrong; it narrows nothing rather than risk the true date.
  if (days.length === 0) evidence.push('the evidence above contradicts itself, so it was set aside');
  return { earliest: isoOf(days[0] ?? first), latest: isoOf(days.at(-1) ?? last), evidence };
}
