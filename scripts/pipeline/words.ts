/**
 * Word boundaries in folded Arabic text, shared by every matcher that builds patterns from table
 * words (gazetteer, triggers, dual nouns, date words). Takes nothing; gives regex pieces, and where
 * the last clause of a text begins.
 *
 * Deliberately not done: folding (src/lib/arabic.ts) or any matching itself.
 */

/** A character class body (use inside `[…]`): Arabic letters of folded text, Latin lower case and digits. */
export const LETTER = '\\u0621-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FFa-z0-9';

/** One word of folded text. Global: use with `String.match`, which resets it. */
export const TOKEN = new RegExp(`[${LETTER}]+`, 'g');

/** Whole words of folded text, each with an optional conjunction و/ف: `wordsPattern('لم|لن')`. */
export function wordsPattern(source: string, flags = ''): RegExp {
  return new RegExp(`(?<![${LETTER}])[وف]?(?:${source})(?![${LETTER}])`, flags);
}

/** The text as a literal inside a pattern; safe under the `u` flag (no needless escapes such as `\-`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a UTF-16 code unit is in `LETTER`: the same ranges, for scanners that walk a text code by code. */
export function isLetterCode(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || (code >= 0x06fa && code <= 0x06ff)
    || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Where the text's last run without any of `marks` begins: just past the last mark, or 0. The same
 * as `text.search(/[^marks]*$/)`, which V8 runs from every position to the end, in time square to the text.
 */
export function afterLastMark(text: string, marks: readonly string[]): number {
  let last = -1;
  for (const mark of marks) last = Math.max(last, text.lastIndexOf(mark));
  return last + 1;
}
