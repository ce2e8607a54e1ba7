/**
 * Regex pieces of the date recogniser, built once at load from the word tables: every table phrase
 * is folded (`foldArabic`) and factored into a prefix tree, so one alternation matches a hundred
 * spellings in linear time. Also the look-up maps from a matched phrase back to its value, and the
 * word-boundary helpers the rules share.
 */
import { foldArabic } from '../../../src/lib/arabic.ts';
import { CLOCK_HOURS, CLOCK_MINUTES, CLOCK_WORD, DAY_HALVES, MIDNIGHT_WORDS, TIME_ADVERBS, TIMES_OF_DAY } from '../../tables/clock.ts';
import {
  AGO_WORDS, ANCHORED_ELSEWHERE_WORDS, CARDINALS, DAY_ORDINALS, DAY_WORDS, DEADLINE_WORDS, DURATION_UNITS,
  GREGORIAN_MONTHS, HIJRI_MONTHS, HIJRI_YEAR_MARKER, MONTH_WORD, NOW_WORDS, PERIOD_PARTS, PERIOD_SIDES, PERIOD_UNITS, RELATIONS,
  GRACE_WORDS, RELATIVE_DAYS, SAME_BEFORE_WORDS, SAME_WORDS, THIS_WORDS, VAGUE_EXPRESSIONS, WEEKDAYS, WITHIN_WORDS, YEAR_WORDS,
} from '../../tables/dates.ts';
import { ARRIVAL_WORDS, EVE_WORDS, HOLIDAY_DAY_ORDINALS, HOLIDAY_DAYS_WORD, HOLIDAYS } from '../../tables/holidays.ts';
import { escapeRegExp } from '../words.ts';
import { FUTURE_LOOKALIKES } from '../../tables/tense.ts';
import gazetteer from '../../tables/gazetteer.json';

/** Spaces inside one line: a date expression never runs across a line break. */
export const GAP = '[^\\S\\n]+';
export const OPT_GAP = '[^\\S\\n]*';
/** The end of a word: the next character is not a letter or digit. */
export const END = '(?![\\p{L}\\p{N}])';
export const DAY_NUMBER = '(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])';
export const YEAR_NUMBER = '(?:19|20)[0-9]{2}(?![0-9])';
export const HIJRI_YEAR_NUMBER = '1[34][0-9]{2}(?![0-9])';
export const COUNT_NUMBER = '[0-9]{1,3}(?![0-9])';

/** Folded key of a table phrase: one space between words, "و" joined to the next word. For loading the tables. */
export function keyOf(text: string): string {
  return keyOfFolded(foldArabic(text));
}

/** `keyOf` of text matched in the folded body: already folded (folding is idempotent), so only the spacing is normalised. */
export function keyOfFolded(text: string): string {
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
export function alternation(phrases: readonly string[]): string {
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

export function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(keyOf));
}

export const MONTH_OF = lookup(GREGORIAN_MONTHS.map((m) => ({ value: m.month, words: m.names })));
export const HIJRI_MONTH_OF = lookup(HIJRI_MONTHS.map((m) => ({ value: m.month, words: m.names })));
export const WEEKDAY_OF = lookup(WEEKDAYS.map((w) => ({ value: w.weekday, words: w.names })));
export const RELATIVE_DAY_OF = lookup(RELATIVE_DAYS.map((r) => ({ value: r.offset, words: r.names })));
export const DAY_ORDINAL_OF = lookup(DAY_ORDINALS.map((d) => ({ value: d.day, words: d.words })));
export const CARDINAL_OF = lookup(CARDINALS.map((c) => ({ value: c.value, words: c.words })));
export const RELATION_OF = lookup(RELATIONS.map((r) => ({ value: r.relation, words: r.words })));
export const SIDE_OF = lookup(PERIOD_SIDES.map((p) => ({ value: p.side, words: p.words })));
export const PART_OF = lookup(PERIOD_PARTS.map((p) => ({ value: p.part, words: p.words })));
export const PERIOD_UNIT_OF = lookup(PERIOD_UNITS.map((u) => ({ value: u.unit, words: u.words })));
export const HOLIDAY_OF = lookup(HOLIDAYS.map((h) => ({ value: h, words: h.names })));
export const HOLIDAY_DAY_OF = lookup(HOLIDAY_DAY_ORDINALS.map((h) => ({ value: h.day, words: h.words })));
export const TIME_OF_DAY_OF = lookup(TIMES_OF_DAY.map((t) => ({ value: t.time, words: t.words })));
export const TIME_ADVERB_OF = lookup(TIME_ADVERBS.map((t) => ({ value: t.time, words: t.words })));
export const CLOCK_HOUR_OF = lookup(CLOCK_HOURS.map((h) => ({ value: h.hour, words: h.words })));
export const CLOCK_MINUTE_OF = lookup(CLOCK_MINUTES.map((m) => ({ value: m.minute, words: m.words })));
export const DAY_HALF_OF = lookup(DAY_HALVES.map((h) => ({ value: h, words: h.words })));
export const DEADLINE_AHEAD_OF = lookup(DEADLINE_WORDS.map((d) => ({ value: d.ahead, words: d.words })));

type UnitForm = 'singular' | 'dual' | 'plural';
export const DURATION_UNIT_OF = lookup(
  DURATION_UNITS.flatMap((u) =>
    (['singular', 'dual', 'plural'] as const).map((form) => ({ value: { unit: u.unit, form }, words: u[form] }))),
);
export const COUNT_OF_FORM: Record<UnitForm, number | null> = { singular: 1, dual: 2, plural: null };

const YEAR_UNIT_WORDS = PERIOD_UNITS.find((u) => u.unit === 'year')?.words ?? [];

export const W = {
  month: alternation(GREGORIAN_MONTHS.flatMap((m) => m.names)),
  hijriMonth: alternation(HIJRI_MONTHS.flatMap((m) => m.names)),
  weekday: alternation(WEEKDAYS.flatMap((w) => w.names)),
  relativeDay: alternation(RELATIVE_DAYS.flatMap((r) => r.names)),
  // Nights before last named whole ("الليلة قبل الماضية"): "منتصف الليلة" alone is tonight's.
  nightBeforeLast: alternation(RELATIVE_DAYS.filter((r) => r.offset < -1).flatMap((r) => r.names).filter((n) => n.includes('ليل'))),
  timeOfDay: alternation(TIMES_OF_DAY.flatMap((t) => t.words)),
  clockWord: alternation([CLOCK_WORD]),
  clockHour: alternation(CLOCK_HOURS.flatMap((h) => h.words)),
  clockMinute: alternation(CLOCK_MINUTES.flatMap((m) => m.words)),
  dayHalf: alternation(DAY_HALVES.flatMap((h) => h.words)),
  timeAdverb: alternation(TIME_ADVERBS.flatMap((t) => t.words)),
  midnight: alternation(MIDNIGHT_WORDS),
  vague: alternation(VAGUE_EXPRESSIONS),
  eve: alternation(EVE_WORDS),
  arrival: alternation(ARRIVAL_WORDS),
  dayWord: alternation(DAY_WORDS),
  dayOrdinal: alternation(DAY_ORDINALS.flatMap((d) => d.words)),
  cardinal: alternation(CARDINALS.flatMap((c) => c.words)),
  relation: alternation(RELATIONS.flatMap((r) => r.words)),
  this: alternation(THIS_WORDS),
  same: alternation(SAME_WORDS),
  sameBefore: alternation(SAME_BEFORE_WORDS),
  part: alternation(PERIOD_PARTS.flatMap((p) => p.words)),
  periodUnit: alternation(PERIOD_UNITS.flatMap((u) => u.words)),
  yearUnit: alternation(YEAR_UNIT_WORDS),
  monthUnit: alternation(PERIOD_UNITS.find((u) => u.unit === 'month')?.words ?? []),
  yearWord: alternation(YEAR_WORDS),
  monthWord: alternation([MONTH_WORD]),
  grace: alternation(GRACE_WORDS),
  durationUnit: alternation(DURATION_UNITS.flatMap((u) => [...u.singular, ...u.dual, ...u.plural])),
  within: alternation(WITHIN_WORDS),
  ago: alternation(AGO_WORDS),
  holiday: alternation(HOLIDAYS.flatMap((h) => h.names)),
  holidayDay: alternation(HOLIDAY_DAY_ORDINALS.flatMap((h) => h.words)),
  holidayDays: alternation([HOLIDAY_DAYS_WORD]),
  hijriMarker: alternation([HIJRI_YEAR_MARKER]),
  deadline: alternation(DEADLINE_WORDS.flatMap((d) => d.words)),
  rangeWord: alternation(['إلى', 'حتى']),
  until: alternation(['إلى']),
  side: alternation(PERIOD_SIDES.flatMap((p) => p.words)),
  of: alternation(['من', 'في']),
  anchoredElsewhere: alternation(ANCHORED_ELSEWHERE_WORDS),
  now: alternation(NOW_WORDS),
};

export const DAY = `(?:${DAY_NUMBER}|${W.dayOrdinal})`;
/** The article the Gulf press puts before a day in digits, its tatweel folded away: "في الـ15 من يوليو", "الـ 25 من الشهر الجاري". */
export const DIGIT_ARTICLE = `(?:ال${OPT_GAP}(?=[0-9]))?`;
/** A month name, possibly followed by its other-set name after a slash or in brackets ("آب/ أغسطس", "تموز (يوليو)"). */
export const MONTH_PAIR =
  `(?<month>${W.month})(?<pair>${OPT_GAP}[/\\\\-]${OPT_GAP}${W.month}|${OPT_GAP}\\(${OPT_GAP}${W.month}${OPT_GAP}\\))?`;
/** What may follow a month: a year ("2016", "عام 2016"), a year relation ("من العام الماضي") or a relation ("الماضي"). */
export const MONTH_TAIL =
  `(?:(?:${OPT_GAP}[،,])?${GAP}(?:${W.yearWord}${GAP})?(?<year>${YEAR_NUMBER})(?:${OPT_GAP}م${END})?` +
  `|${GAP}من${GAP}(?:(?<yearThis>${W.this})${GAP}${W.yearUnit}|${W.yearUnit}${GAP}(?<yearRelation>${W.relation}))` +
  `|${GAP}(?<relation>${W.relation}))?`;

export const LETTER = /[\p{L}\p{N}]/u;
const PROCLITICS = /^[وف]?[بل]?/;

export function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(text[at]);
}

/** The word before `at`, without a leading و/ف/ب/ل when the rest is what the set holds. */
export function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /[^\S\n]/.test(text[end - 1])) end--;
  let start = end;
  while (isWordChar(text, start - 1)) start--;
  return text.slice(start, end);
}

export function wordAfter(text: string, at: number): string {
  let start = at;
  while (start < text.length && /[^\S\n]/.test(text[start])) start++;
  let end = start;
  while (isWordChar(text, end)) end++;
  return text.slice(start, end);
}

export function inSet(word: string, set: Set<string> | undefined): boolean {
  if (!set || word === '') return false;
  return set.has(word) || set.has(word.replace(PROCLITICS, ''));
}

/** A match may start a word, after at most the proclitics و/ف and ب/ل ("وبحلول", "و27", "بالجمعة"). */
const WORD_START = /(?:^|[^\p{L}\p{N}])[وف]?[بل]?$/u;

export function startsWord(text: string, at: number): boolean {
  return WORD_START.test(text.slice(Math.max(0, at - 3), at));
}

/** Words of the gazetteer's names shaped like a future verb ("سينيرلي"، "ستافان"): a name tells no tense. */
const NAME_LOOKALIKES = [gazetteer.actors, gazetteer.places]
  .flatMap((table) => Object.values(table).flatMap((e: { ar: string; variants?: string[] }) => [e.ar, ...(e.variants ?? [])]))
  .flatMap((name) => name.split(/\s+/))
  .filter((word) => /^س[يتن]/.test(word));
/** Words shaped like a future verb that are none (`FUTURE_LOOKALIKES` and the gazetteer's names), folded. */
export const FUTURE_LOOKALIKE_SET = foldedSet([...FUTURE_LOOKALIKES, ...NAME_LOOKALIKES]);
