/**
 * Arabic folding for matching: one table, used by the pipeline (with offsets back into the
 * original text) and by the app's search (plain). Folding never edits the source text; callers
 * match on the folded copy and map positions back with `offsets`.
 *
 * Deliberately not done: stemming, removing the article ال, or folding ج/غ (Russian "g" is
 * written both ways; the gazetteer lists those spellings as variants instead).
 */

/**
 * Single characters replaced by another: hamza and alef forms, Egyptian final ya, ta marbuta,
 * Persian letters, digits; and the letters for sounds Arabic lacks, which some outlets use in
 * foreign names where most write the nearest Arabic letter ("لاڤروف" and the Maghreb's "لاڥروف" for لافروف,
 * "پوتين" for بوتين).
 */
const REPLACE: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ی': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  'ک': 'ك',
  'ڤ': 'ف', 'ڥ': 'ف', 'پ': 'ب',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

/** Code-unit ranges dropped entirely: harakat, superscript alef, tatweel, invisible direction and joiner marks, BOM. */
const DROP_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x064b, 0x065f], [0x0670, 0x0670], [0x0640, 0x0640], [0x061c, 0x061c],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], [0xfeff, 0xfeff],
];

const DROP = -1;
/**
 * Every UTF-16 code unit → its folded code unit, or DROP: Latin capitals lowercased, the
 * replacements and drops above, everything else unchanged. A flat array (256 KB) rather than a
 * map: folding looks up every character of every article.
 */
const TABLE = new Int32Array(0x10000);
for (let c = 0; c < TABLE.length; c++) TABLE[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
for (const [from, to] of Object.entries(REPLACE)) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
for (const [lo, hi] of DROP_RANGES) for (let c = lo; c <= hi; c++) TABLE[c] = DROP;

/** Folded copy for comparison (search, gazetteer look-up). Lowercases ASCII letters too. */
export function foldArabic(text: string): string {
  const codes = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = TABLE[text.charCodeAt(i)];
    if (f !== DROP) codes[n++] = f;
  }
  return fromCodes(codes, n);
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /**
   * `offsets[i]` is the index in the original of folded character `i`; `offsets[text.length]` is the
   * original length, so a folded span [a, b) maps back to [offsets[a], offsets[b]).
   */
  offsets: Int32Array;
}

/** Folded copy plus a map back to original UTF-16 offsets, so matches never shift excerpt positions. */
export function foldWithOffsets(original: string): FoldedText {
  const offsets = new Int32Array(original.length + 1);
  const codes = new Uint16Array(original.length);
  const n = foldInto(original, codes, offsets);
  offsets[n] = original.length;
  return { text: fromCodes(codes, n), offsets: offsets.slice(0, n + 1) };
}

/**
 * Folds `original` into `codes`, each folded character's original index into `offsets`; gives the
 * folded length. A function of its own, ending with the loop, because V8 compiles a long loop while
 * it runs (on-stack replacement): in an analysis thread whose first article was long, that code was
 * built before the lines after the loop had ever run, and was thrown away at them on every later
 * call, a deoptimisation per article (folding four times slower in half the builds).
 */
function foldInto(original: string, codes: Uint16Array, offsets: Int32Array): number {
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const f = TABLE[original.charCodeAt(i)];
    if (f === DROP) continue;
    offsets[n] = i;
    codes[n++] = f;
  }
  return n;
}

/**
 * The first `length` codes as a string. The UTF-16 decoder is five times faster than
 * `String.fromCharCode`, but it would replace a lone surrogate and reads the bytes little-endian:
 * text with any surrogate, or a big-endian machine, goes by `fromCharCode`, in chunks (one call over
 * a whole article overflows the call stack).
 */
function fromCodes(codes: Uint16Array, length: number): string {
  const used = codes.subarray(0, length);
  if (LITTLE_ENDIAN && !hasSurrogate(used)) return UTF16.decode(used);
  let out = '';
  for (let i = 0; i < length; i += 8192) out += Reflect.apply(String.fromCharCode, null, used.subarray(i, Math.min(i + 8192, length)));
  return out;
}
const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function hasSurrogate(codes: Uint16Array): boolean {
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0xd800 && codes[i] <= 0xdfff) return true;
  return false;
}
