import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, type SourceEncoding } from '../../scripts/pipeline/decode.ts';

const ARABIC = 'التقى كيري لافروف في جنيف يوم 26 آب/ أغسطس.\nوقال «الاتفاق قريب» – بحسب المصدر.\n';
const FILE = 'data/articles/x.txt';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i % 2 === 0 ? i + 1 : i - 1]);
const concat = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));

/** Windows-1256 encoder: the inverse of the standard decoding table (all 256 bytes are mapped). */
const CP1256 = new Map<string, number>();
for (let b = 0; b < 256; b++) CP1256.set(new TextDecoder('windows-1256').decode(Uint8Array.of(b)), b);
function windows1256(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const byte = CP1256.get(ch);
    if (byte === undefined) throw new Error(`not in Windows-1256: ${ch}`);
    return byte;
  });
}
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe('decodeArticleBytes reads text', () => {
  const cases: { name: string; bytes: Uint8Array; text: string; encoding: SourceEncoding; warning?: RegExp }[] = [
    { name: 'UTF-8', bytes: utf8(ARABIC), text: ARABIC, encoding: 'utf-8' },
    { name: 'UTF-8 with BOM (BOM removed)', bytes: concat([0xef, 0xbb, 0xbf], utf8(ARABIC)), text: ARABIC, encoding: 'utf-8' },
    { name: 'plain ASCII', bytes: utf8('Kerry met Lavrov.\n'), text: 'Kerry met Lavrov.\n', encoding: 'utf-8' },
    { name: 'CRLF line endings kept', bytes: utf8('سطر\r\nسطر\r\n'), text: 'سطر\r\nسطر\r\n', encoding: 'utf-8' },
    { name: 'UTF-16 LE with BOM', bytes: concat([0xff, 0xfe], utf16le(ARABIC)), text: ARABIC, encoding: 'utf-16le', warning: /UTF-16 LE/ },
    { name: 'UTF-16 BE with BOM', bytes: concat([0xfe, 0xff], utf16be(ARABIC)), text: ARABIC, encoding: 'utf-16be', warning: /UTF-16 BE/ },
    { name: 'UTF-16 LE without BOM', bytes: utf16le(ARABIC), text: ARABIC, encoding: 'utf-16le', warning: /UTF-16 LE/ },
    { name: 'UTF-16 BE without BOM', bytes: utf16be(ARABIC), text: ARABIC, encoding: 'utf-16be', warning: /UTF-16 BE/ },
    { name: 'Windows-1256', bytes: windows1256(ARABIC), text: ARABIC, encoding: 'windows-1256', warning: /Windows-1256/ },
  ];
  for (const { name, bytes, text, encoding, warning } of cases) {
    it(name, () => {
      const result = decodeArticleBytes(bytes, FILE);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.text).toBe(text);
      expect(result.encoding).toBe(encoding);
      if (warning) {
        expect(result.diagnostics).toEqual([{ file: FILE, level: 'warning', message: expect.stringMatching(warning) }]);
      } else {
        expect(result.diagnostics).toEqual([]);
      }
    });
  }
});

describe('decodeArticleBytes refuses what is not an article', () => {
  const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], [0, 0, 1, 0, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const controls = Uint8Array.from({ length: 400 }, (_, i) => [0x41, 0x01, 0x42, 0x02, 0x1b][i % 5]);
  const cases: { name: string; bytes: Uint8Array; problem: RegExp }[] = [
    { name: 'empty file', bytes: new Uint8Array(0), problem: /^file is empty$/ },
    { name: 'whitespace only', bytes: utf8(' \n\t\r\n  '), problem: /empty \(whitespace only\)/ },
    { name: 'BOM then whitespace', bytes: concat([0xef, 0xbb, 0xbf], utf8('\n\n')), problem: /empty/ },
    { name: 'binary with NUL bytes (PNG header)', bytes: png, problem: /binary file \(contains NUL bytes\)/ },
    { name: 'control characters without NULs', bytes: controls, problem: /binary file \(control characters\)/ },
    { name: 'Latin-1 text (not UTF-8, not Arabic)', bytes: latin1('Le ministre a déclaré à Genève que la trêve était prête.\n'), problem: /does not read as Arabic in Windows-1256/ },
    { name: 'UTF-8 with a damaged byte', bytes: concat(utf8('سطر أول\n'.repeat(40)), [0xd8], utf8('\nسطر\n')), problem: /not valid UTF-8 \(damaged bytes on line 41\)/ },
    { name: 'UTF-8 BOM then invalid UTF-8', bytes: concat([0xef, 0xbb, 0xbf], windows1256(ARABIC)), problem: /UTF-8 byte-order mark but is not valid UTF-8/ },
    { name: 'UTF-16 BOM then odd byte count with a lone surrogate', bytes: concat([0xff, 0xfe], [0x00, 0xd8, 0x41]), problem: /not valid UTF-16 LE/ },
  ];
  for (const { name, bytes, problem } of cases) {
    it(name, () => {
      const result = decodeArticleBytes(bytes, FILE);
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toEqual([{ file: FILE, level: 'error', message: expect.stringMatching(problem) }]);
    });
  }
});

describe('decodeArticleBytes', () => {
  it('does not modify its input', () => {
    const bytes = concat([0xef, 0xbb, 0xbf], utf8(ARABIC));
    const copy = bytes.slice();
    decodeArticleBytes(bytes, FILE);
    expect(bytes).toEqual(copy);
  });
});
