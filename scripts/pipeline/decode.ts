/**
 * Bytes of one article file → text. Takes the raw bytes and the file name (for messages); gives the
 * text with any byte-order mark removed, the encoding it was read as, and diagnostics.
 *
 * Recognised: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or without one when the NUL bytes
 * fall on one side of every pair), and Windows-1256 for bytes that are not UTF-8 (a warning, since
 * the guess can be wrong). Refused: empty or whitespace-only files, and anything that does not read
 * as text (NUL bytes outside UTF-16, control characters, or Windows-1256 guesses that are not Arabic).
 *
 * Deliberately not done: line-ending or Unicode normalisation. Offsets downstream point into the text
 * exactly as decoded, so the app can show the body as the file has it.
 */
import type { Diagnostic } from './types.ts';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type DecodeResult =
  | { ok: true; text: string; encoding: SourceEncoding; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Above this share of control characters the file is data, not an article. */
const MAX_CONTROL_SHARE = 0.01;
/**
 * Encodings chosen by guessing (Windows-1256, BOM-less UTF-16) must read as Arabic: this share of the
 * non-ASCII characters has to be Arabic script or typographic punctuation. Real articles are near 1;
 * Latin-1 text or random bytes read through the wrong table fall far below.
 */
const MIN_ARABIC_SHARE = 0.8;
/**
 * When at most this share of the non-ASCII characters fail as UTF-8, the file is UTF-8 with a few
 * damaged bytes; reading it as Windows-1256 would turn every Arabic letter into two wrong ones.
 */
const MAX_DAMAGED_UTF8_SHARE = 0.05;
/** BOM-less UTF-16 is assumed only when nearly all NUL bytes sit on the same side of each pair. */
const MIN_NUL_PARITY_SHARE = 0.95;

export function decodeArticleBytes(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (message: string) => refuse(file, message);
  if (bytes.length === 0) return fail('file is empty');

  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = decodeStrict(bom.encoding, bytes.subarray(bom.length));
    if (text === null) return fail(`starts with a ${label(bom.encoding)} byte-order mark but is not valid ${label(bom.encoding)}`);
    return accept(text, bom.encoding, file, false);
  }

  if (bytes.includes(0)) {
    const encoding = utf16ByNulPattern(bytes);
    const text = encoding && decodeStrict(encoding, bytes);
    if (!encoding || text === null) return fail('binary file (contains NUL bytes), not an article');
    return accept(text, encoding, file, true);
  }

  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return accept(utf8, 'utf-8', file, false);

  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (replacementShare(lenient) <= MAX_DAMAGED_UTF8_SHARE) {
    return fail(`not valid UTF-8 (damaged bytes on line ${lineOf(lenient, lenient.indexOf('\uFFFD'))}); fix or re-save the file as UTF-8`);
  }
  return accept(new TextDecoder('windows-1256').decode(bytes), 'windows-1256', file, true);
}

/** Final checks shared by every encoding: not empty, not binary, and Arabic when the encoding was a guess. */
function accept(text: string, encoding: SourceEncoding, file: string, guessed: boolean): DecodeResult {
  const fail = (message: string) => refuse(file, message);
  if (text.trim() === '') return fail('file is empty (whitespace only)');
  if (controlShare(text) > MAX_CONTROL_SHARE) return fail('binary file (control characters), not an article');
  if (guessed && arabicShare(text) < MIN_ARABIC_SHARE) {
    return fail(`not UTF-8, and does not read as Arabic in ${label(encoding)}; re-save the file as UTF-8`);
  }
  const diagnostics: Diagnostic[] = encoding === 'utf-8'
    ? []
    : [{ file, level: 'warning', message: `read as ${label(encoding)} and converted; consider re-saving as UTF-8` }];
  return { ok: true, text, encoding, diagnostics };
}

function refuse(file: string, message: string): DecodeResult {
  return { ok: false, diagnostics: [{ file, level: 'error', message }] };
}

function byteOrderMark(bytes: Uint8Array): { encoding: SourceEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 text of Arabic with ASCII spaces, digits and newlines has a NUL as the high byte of every
 * ASCII character: at odd offsets in little-endian, even offsets in big-endian. Binary data scatters
 * its NULs over both.
 */
function utf16ByNulPattern(bytes: Uint8Array): SourceEncoding | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (odd >= MIN_NUL_PARITY_SHARE * (even + odd)) return 'utf-16le';
  if (even >= MIN_NUL_PARITY_SHARE * (even + odd)) return 'utf-16be';
  return null;
}

/** The decoded text, or null when the bytes are not valid in that encoding (lone surrogates, bad UTF-8). */
function decodeStrict(encoding: SourceEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** C0 controls other than tab, newline, vertical tab, form feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * A regex rather than a loop over the characters: every article passes through here once while the
 * workers wait for the reading to end, and a loop runs cold in V8's interpreter for much of it
 * (60 ms of a 10 MB read under load, against about 30 ms for the regex).
 */
function controlShare(text: string): number {
  return (text.match(CONTROL)?.length ?? 0) / text.length;
}

/** Arabic script blocks and the punctuation Arabic typesetting uses (NBSP, « », dashes, quotes, direction marks). */
function isArabicOrTypographic(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff)
    || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0x2000 && c <= 0x206f)
    || c === 0xa0 || c === 0xab || c === 0xbb;
}

/** Share of non-ASCII characters that are Arabic or typographic; 1 for all-ASCII text (nothing to doubt). */
function arabicShare(text: string): number {
  let nonAscii = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (isArabicOrTypographic(c)) arabic++;
  }
  return nonAscii === 0 ? 1 : arabic / nonAscii;
}

function replacementShare(text: string): number {
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) replaced++;
  }
  return nonAscii === 0 ? 0 : replaced / nonAscii;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function label(encoding: SourceEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1256': 'Windows-1256' }[encoding];
}
