/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, without
 * the copy of the pattern `matchAll` makes on each call. The reading rules run their patterns over
 * each trigger's and each sentence's words, hundreds of thousands of times per build, and that
 * copy costs about twice what the search of a short text does.
 *
 * Takes a pattern with the `g` flag and a text; gives the matches in order. Like `matchAll`, it
 * starts at the pattern's `lastIndex`, moves on by one character after an empty match (a code
 * point under `u` or `v`), and leaves `lastIndex` as it found it. Deliberately not lazy: the
 * matches are all found before the caller reads one, so a caller may use the same pattern again.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const start = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex = afterEmpty(text, pattern);
  }
  pattern.lastIndex = start;
  return found;
}

/** Where the search goes on after an empty match at `lastIndex`: past one code unit, or one code point in unicode mode. */
function afterEmpty(text: string, pattern: RegExp): number {
  const at = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const pair = unicode && at + 1 < text.length && isLead(text.charCodeAt(at)) && isTrail(text.charCodeAt(at + 1));
  return at + (pair ? 2 : 1);
}

function isLead(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isTrail(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
