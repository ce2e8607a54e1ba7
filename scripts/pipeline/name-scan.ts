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
 * text continues with wins. A set of the first two letters of every first word skips most words
 * without building a string.
 *
 * Takes the names (folded), and those of them that are ال-names with the article eaten by لل
 * ("للكرملين": "كرملين" alone is no name), which match only after لل: anywhere else such a stem
 * would hide the names inside it ("وزراء خارجية السعودية" holds the stem of "الخارجية السعودية").
 * Gives a function from folded text to matches. Deliberately not done: what a name means (gazetteer.ts).
 */
import { isLetterCode } from './words.ts';

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

  return (text) => {
    const found: NameMatch[] = [];
    for (let start = 0; start < text.length; start++) {
      if (start > 0 && isLetterCode(text.charCodeAt(start - 1))) continue;
      const wordEnd = letterRunEnd(text, start);
      const match = matchAt(text, start, wordEnd, nameAt);
      if (match) {
        found.push(match);
        start = match.end - 1;
      } else if (wordEnd > start) start = wordEnd;
    }
    return found;
  };
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
