/**
 * The matches of one regex of the shape the trigger table needs,
 * `(?<![L])(?:[وف])?(?:لل|بال|ال|ب|ل|ك)?(?:(row1)(?![L])|(row2)(?![L])|…)` with the `g` flag,
 * found without running it: the same starts, proclitics, rows and words, in the same order.
 *
 * Why: after the optional proclitics V8 tries every row in turn, at every word start and once for
 * each way of reading a proclitic off it, and that one regex took a sixth of the analysis. Here a
 * first regex only finds where a row can begin (a stem after a word start and a proclitic), which
 * V8 scans as fast as it finds words, and the few word starts within a proclitic of such a place
 * are then read exactly as the one regex reads them: each reading of the proclitics in the order
 * its backtracking tries them (the conjunction taken, then left; the articles in the order
 * listed, then none), and at each the first row that matches.
 *
 * Takes the rows' regex sources; gives a function from text to matches. Deliberately not done:
 * deciding what a match means (find-triggers.ts).
 */
import { openingsSource } from './regex-openings.ts';
import { LETTER } from './words.ts';

/** The conjunctions a word may open with, then the prepositions and articles, in the one regex's order. */
const CONJUNCTIONS = ['و', 'ف'];
const ARTICLES = ['لل', 'بال', 'ال', 'ب', 'ل', 'ك'];
const PROCLITICS = `(?:[${CONJUNCTIONS.join('')}])?(?:${ARTICLES.join('|')})?`;
/** The longest proclitic: a conjunction and the longest article. */
const MAX_PROCLITIC = 1 + Math.max(...ARTICLES.map((a) => a.length));
const IS_LETTER = new RegExp(`[${LETTER}]`);
/** Letters of a row's opening looked for before the row is run. */
const OPENING_LETTERS = 4;

export interface ProcliticMatch {
  /** Where the match starts: the proclitic's first letter, or the word's when it has none. */
  index: number;
  proclitic: string;
  /** Index into the rows of the first row that matched. */
  row: number;
  /** What the row matched. */
  word: string;
}

export function procliticScanner(rows: readonly string[]): (text: string) => ProcliticMatch[] {
  const rowAt = new RegExp(`(?:${rowsSource(rows)})`, 'y');
  const nextStem = stemFinder(rows, rowAt);
  return (text) => {
    const found: ProcliticMatch[] = [];
    let from = 0;
    while (from <= text.length) {
      const stem = nextStem(text, from);
      if (!stem) break;
      // A match starting before `stem.index - MAX_PROCLITIC` would have its stem before this one.
      let match: ProcliticMatch | undefined;
      for (let start = Math.max(from, stem.index - MAX_PROCLITIC); start <= stem.index && !match; start++) {
        match = matchAt(text, start, stem, rowAt);
      }
      if (!match) {
        from = stem.index + 1;
        continue;
      }
      found.push(match);
      const end = match.index + match.proclitic.length + match.word.length;
      // As `matchAll` does, an empty match moves the search on by one.
      from = end > match.index ? end : end + 1;
    }
    return found;
  };
}

/**
 * The first stem at or after `from`: what `(?<=(?<![L])PROCLITICS)(?:rows)` finds from there.
 * That regex tries every row at each place a proclitic may end, most of them inside words, and
 * was a tenth of the analysis; the rows' openings (their first letters, `regex-openings.ts`) rule
 * out nearly all of those places at a fraction of the cost, and the rows run only where one fits.
 */
function stemFinder(rows: readonly string[], rowAt: RegExp): (text: string, from: number) => RegExpExecArray | null {
  const afterProclitic = `(?<=(?<![${LETTER}])${PROCLITICS})`;
  const openings = openingsSource(`(?:${rowsSource(rows)})`, OPENING_LETTERS);
  if (openings === undefined) {
    const stems = new RegExp(`${afterProclitic}(?:${rowsSource(rows)})`, 'g');
    return (text, from) => {
      stems.lastIndex = from;
      return stems.exec(text);
    };
  }
  const places = new RegExp(`${afterProclitic}(?:${openings})`, 'g');
  return (text, from) => {
    places.lastIndex = from;
    for (let place = places.exec(text); place; place = places.exec(text)) {
      rowAt.lastIndex = place.index;
      const stem = rowAt.exec(text);
      if (stem) return stem;
      places.lastIndex = place.index + 1;
    }
    return null;
  };
}

function rowsSource(rows: readonly string[]): string {
  return rows.map((row) => `(${row})(?![${LETTER}])`).join('|');
}

/**
 * The one regex's match starting exactly at `start`, if any: each reading of the proclitics in its
 * order, the first row at each. `stem` is the first stem at or after `start`: a reading ending
 * before it has no row after it (that row would be an earlier stem), and the reading ending at it
 * has the row the stem matched, so only readings ending past it run a regex.
 */
function matchAt(text: string, start: number, stem: RegExpExecArray, rowAt: RegExp): ProcliticMatch | undefined {
  if (start > 0 && IS_LETTER.test(text[start - 1])) return undefined;
  for (const proclitic of procliticsAt(text, start)) {
    const rowStart = start + proclitic.length;
    if (rowStart < stem.index) continue;
    let m: RegExpExecArray | null = stem;
    if (rowStart > stem.index) {
      rowAt.lastIndex = rowStart;
      m = rowAt.exec(text);
    }
    if (!m) continue;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    return { index: start, proclitic, row: group - 1, word: m[group] };
  }
  return undefined;
}

/** The proclitics the text allows at `start`, in the order the one regex's backtracking tries them. */
function procliticsAt(text: string, start: number): string[] {
  const out: string[] = [];
  const conjunctions = CONJUNCTIONS.includes(text[start]) ? [text[start], ''] : [''];
  for (const conjunction of conjunctions) {
    for (const article of ARTICLES) if (text.startsWith(article, start + conjunction.length)) out.push(conjunction + article);
    out.push(conjunction);
  }
  return out;
}
