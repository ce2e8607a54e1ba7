import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/export.ts';
import { EXPORT_FORMATS } from '../../src/lib/export/common.ts';
import type { EventsFile } from '../../src/lib/types.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/sample-events.json');
const events = JSON.parse(readFileSync(FIXTURE, 'utf8')) as EventsFile;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-export-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run export', () => {
  for (const format of EXPORT_FORMATS.filter((f) => f !== 'png')) {
    it(`writes ${format} with every event of the file`, async () => {
      const outFile = join(work, `out.${format}`);
      const result = await run(['--format', format, '--out', outFile, '--in', FIXTURE, '--lang', 'en']);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`${events.events.length} events`);
      const text = readFileSync(outFile, 'utf8');
      for (const e of events.events) expect(text).toContain(format === 'ics' ? `UID:${e.id.slice(0, 40)}` : e.id.slice(0, 40));
    });
  }

  it('draws PNG through headless Chromium at twice the SVG size', async () => {
    const outFile = join(work, 'out.png');
    expect((await run(['--format', 'png', '--out', outFile, '--in', FIXTURE])).code).toBe(0);
    const png = readFileSync(outFile);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(2400);
  }, 30_000);

  const bad: { name: string; args: (dir: string) => string[]; code: number; message: string }[] = [
    { name: 'an unknown format', args: (d) => ['--format', 'pdf', '--out', join(d, 'x')], code: 2, message: '--format must be one of timelinejs, csv, ics, svg, png, json' },
    { name: 'no --out', args: () => ['--format', 'csv'], code: 2, message: '--out FILE is required' },
    { name: 'a file that is not an events file', args: (d) => (writeFileSync(join(d, 'in.json'), '{"events": 3}'), ['--format', 'csv', '--out', join(d, 'x'), '--in', join(d, 'in.json')]), code: 1, message: 'not an events file: articles: expected an array' },
    { name: 'broken JSON', args: (d) => (writeFileSync(join(d, 'in.json'), '{'), ['--format', 'csv', '--out', join(d, 'x'), '--in', join(d, 'in.json')]), code: 1, message: 'in.json: ' },
  ];
  for (const { name, args, code, message } of bad) {
    it(`refuses ${name}, naming the problem, and writes nothing`, async () => {
      const result = await run(args(work));
      expect(result.code).toBe(code);
      expect(result.err).toContain(message);
      expect(() => readFileSync(join(work, 'x'))).toThrow();
    });
  }
});
