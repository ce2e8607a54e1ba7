/**
 * The matches of the gazetteer's one regex, `(?<![L])([وف]?)(لل|ب|ل|ك)?(name1|name2|…)(?![L])`
 * with the `g` flag and the longest name winning at a position, found word by word without
 * running it: the same starts, clitics and names, in the same order.
 *
 * Why: the names are some 1,800 literal spellings, and V8 ran the regex (even factored into a
 * trie) at every position of the text, trying each reading of the clitics there: 7 % of the
 * analysis, the largest single cost after the trigger scan. Here the names are indexed by their first word, the letters up to the
 * first non-letter (a name ends where a word does, so the text's word at the name's start is that
 * first word, whole); at each word start, each reading of the clitics in the order the regex's
 * backtracking tries them (the conjunction taken, then left; the prepositions in the order listed,
 * then none) looks up the rest of the word, and the longest name with that first word that the
 * text continues with wins. Only words where some reading leaves the first two letters of a first
 * word are read so, found by one regex search; a set of those openings skips the other readings
 * without building a string.
 *
 * Takes the names (folded), and those of them that are ال-names with the article eaten by لل
 * ("للكرملين": "كرملين" alone is no name), which match only after لل: anywhere else such a stem
 * would hide the names inside it ("وزراء خارجية السعودية" holds the stem of "الخارجية السعودية").
 * Gives a function from folded text to matches. Deliberately not done: what a name means (gazetteer.ts).
 */
import { escapeRegExp, isLetterCode, LETTER } from './words.ts';

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['لل', 'ب', 'ل', 'ك'];

export interface NameMatch {
  /** Where the match starts: its conjunction, preposition or name. */
  index: number;
  /** The preposition read off the word ("" for none). */
  preposition: string;
  name: string;
  /** Where the match ends. */
  end: number;
}

export function nameScanner(names: Iterable<string>, afterLlOnly: ReadonlySet<string> = new Set()): (text: string) => NameMatch[] {
  const byFirstWord = new Map<string, string[]>();
  for (const name of names) {
    const first = name.slice(0, letterRunEnd(name, 0));
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const openings = new Set([...byFirstWord.keys()].map((word) => openingKey(word, 0, word.length)));

  /** The longest name at `at` whose first word is the text's up to `wordEnd`, read after `preposition`. */
  const nameAt = (text: string, at: number, wordEnd: number, preposition: string): string | undefined => {
    if (!openings.has(openingKey(text, at, wordEnd))) return undefined;
    for (const name of byFirstWord.get(text.slice(at, wordEnd)) ?? []) {
      if (text.startsWith(name, at) && !isLetterCode(text.charCodeAt(at + name.length)) && (preposition === 'لل' || !afterLlOnly.has(name))) return name;
    }
    return undefined;
  };

  const candidates = candidateWords(byFirstWord.keys());
  return (text) => {
    const found: NameMatch[] = [];
    candidates.lastIndex = 0;
    for (let candidate = candidates.exec(text); candidate; candidate = candidates.exec(text)) {
      const start = candidate.index;
      const wordEnd = letterRunEnd(text, start);
      const match = matchAt(text, start, wordEnd, nameAt);
      if (match) found.push(match);
      candidates.lastIndex = match ? match.end : wordEnd;
    }
    return found;
  };
}

/**
 * The words where some reading of the clitics leaves the opening of a name's first word (its first
 * `OPENING_LETTERS` letters, or all of a shorter one then the word's end), found by one regex
 * search: a word without one holds no name, and most words were read in turn for nothing.
 */
function candidateWords(firstWords: Iterable<string>): RegExp {
  const openings = new Set<string>();
  for (const word of firstWords) if (word !== '') openings.add(word.length > OPENING_LETTERS ? word.slice(0, OPENING_LETTERS) : `${word}$`);
  return new RegExp(`(?<![${LETTER}])[${CONJUNCTIONS.join('')}]?(?:${PREPOSITIONS.join('|')})?${trie([...openings])}`, 'g');
}
/** Letters of a first word looked for before the word is read. */
const OPENING_LETTERS = 4;

/** The openings as one regex, sharing their first letters; a `$` ends a whole first word. */
function trie(openings: string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const o of openings) byFirst.set(o[0], [...(byFirst.get(o[0]) ?? []), o.slice(1)]);
  // An opening that ends here (its letters all read) lets any rest through.
  const options = [...byFirst].map(([first, rests]) => (first === '$' ? `(?![${LETTER}])` : `${escapeRegExp(first)}${rests.includes('') ? '' : trie(rests)}`));
  return options.length === 1 ? options[0] : `(?:${options.join('|')})`;
}

/** The regex's match starting exactly at `start`, if any: each reading of the clitics in its order. */
function matchAt(
  text: string, start: number, wordEnd: number, nameAt: (text: string, at: number, wordEnd: number, preposition: string) => string | undefined,
): NameMatch | undefined {
  // Written without arrays or closures: this runs at every word of every article.
  for (let conjunction = CONJUNCTIONS.includes(text[start]) ? 1 : 0; conjunction >= 0; conjunction--) {
    const afterConjunction = start + conjunction;
    for (let i = 0; i <= PREPOSITIONS.length; i++) {
      const preposition = i < PREPOSITIONS.length ? PREPOSITIONS[i] : '';
      if (preposition && !text.startsWith(preposition, afterConjunction)) continue;
      const at = afterConjunction + preposition.length;
      const name = nameAt(text, at, wordEnd, preposition);
      if (name !== undefined) return { index: start, preposition, name, end: at + name.length };
    }
  }
  return undefined;
}

/** Where the run of letters from `at` ends. */
function letterRunEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
  return end;
}

/** The first two characters of `text[from, to)` as a number (-1 when empty), to test a word's opening without slicing it. */
function openingKey(text: string, from: number, to: number): number {
  if (to <= from) return -1;
  return text.charCodeAt(from) * 0x10001 + (to - from > 1 ? text.charCodeAt(from + 1) : 0x10000);
}
