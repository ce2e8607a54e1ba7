/**
 * What the words around a date match say of it: neighbours that unmake it ("صلاة الجمعة"), the cue
 * a bare month name needs, a span counted from another event or given "yesterday", and a page
 * stamp standing alone on its line. Small predicates of the recogniser's rules (`rules.ts`), over
 * folded text and match offsets.
 */
import { MONTH_CUES } from '../../tables/dates.ts';
import { NOT_A_DATE, type ExpressionShape } from '../../tables/not-a-date.ts';
import { END, GAP, W, foldedSet, inSet, keyOf, wordAfter, wordBefore } from './patterns.ts';

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

export const QUOTE_BEFORE = /[«"“']/;
export const QUOTE_AFTER = /[»"”']/;

export function isUnmadeByNeighbours(shape: ExpressionShape, folded: string, start: number, end: number): boolean {
  return inSet(wordBefore(folded, start), NOT_A_DATE_BEFORE.get(shape)) || inSet(wordAfter(folded, end), NOT_A_DATE_AFTER.get(shape));
}

const MONTH_CUE_SET = foldedSet(MONTH_CUES);

/**
 * A month name alone is a date only after a cue word ("في آب"); مارس is also "he practised" and
 * آب folds to "father". A part word, a year, a relation or a paired name is cue enough.
 */
export function isBareMonthADate(folded: string, start: number): boolean {
  return inSet(wordBefore(folded, start), MONTH_CUE_SET);
}

/** "خلال خمسة أيام من تشكيل المجموعة": a span counted from some other event. */
const ANCHORED_ELSEWHERE = new RegExp(`${GAP}${W.anchoredElsewhere}${GAP}(?!${W.now}${END})`, 'uy');

export function isAnchoredElsewhere(folded: string, end: number): boolean {
  ANCHORED_ELSEWHERE.lastIndex = end;
  return ANCHORED_ELSEWHERE.test(folded);
}

/**
 * A grace period given "yesterday" in its own clause ("ومنحت المجموعة أمس الأطراف مهلة أسبوع") runs
 * from that day, not from the day of publication.
 */
export function givenWhen(folded: string, start: number): { givenYesterday?: true } {
  const clause = folded.slice(Math.max(0, start - GIVEN_REACH), start).split(/[.؟!\n،,؛]/).at(-1)!;
  return YESTERDAY_BEFORE.test(clause) ? { givenYesterday: true } : {};
}
const GIVEN_REACH = 80;
/** "أمس", not "حتى أمس" (until then) nor "أول أمس" (the day before). */
const YESTERDAY_BEFORE = /(?<!حتي|اول)(?:^|\s)[وف]?امس(?=\s|$)/;

/** A reader-comment or page stamp ("·منذ 8 أشهر") stands alone on its line and counts from the scrape, not the article. */
export function isPageStamp(folded: string, start: number, end: number): boolean {
  const lineStart = folded.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = folded.indexOf('\n', end);
  const rest = folded.slice(lineStart, start) + folded.slice(end, lineEnd === -1 ? folded.length : lineEnd);
  return !/[\p{L}\p{N}]/u.test(rest);
}
