/**
 * Hostile files placed among the five founding articles, each run through the real command
 * (`tsx scripts/build-events.ts`, as `npm run data` runs it) in its own process: the run must end on
 * its own, skip the hostile file with a message naming it, and write exactly what the founding
 * articles alone give, so nothing from outside the folder is published and every date is well formed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFiles } from '../support/articles.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** A hang guard, not a speed test: a run that has not ended by then never would (a FIFO blocks forever). */
const HANG_MS = 60_000;
const SECRET = 'سر-خاص-لا-ينشر';
const DAYS_AHEAD = 'التقى كيري لافروف في جنيف أمس الخميس، ويلتقيان مجددا غدا.\n';
const dated = (published: string, body = DAYS_AHEAD) => `---\npublished: ${published}\n---\n${body}`;

let work: string;
let baseline: string;

function foundingFolder(name: string): string {
  const dir = join(work, name, 'articles');
  mkdirSync(dir, { recursive: true });
  for (const file of articleFiles()) copyFileSync(join(ROOT, 'data/articles', file), join(dir, file));
  return dir;
}

function runCommand(inDir: string): { status: number | null; signal: NodeJS.Signals | null; stderr: string; out: string } {
  const out = join(inDir, '..', 'events.json');
  const run = spawnSync(TSX, ['scripts/build-events.ts', '--in', inDir, '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: HANG_MS, killSignal: 'SIGKILL' });
  let written = '';
  try {
    written = readFileSync(out, 'utf8');
  } catch {
    written = '';
  }
  return { status: run.status, signal: run.signal, stderr: run.stderr, out: written };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hostile-'));
  const founding = runCommand(foundingFolder('founding'));
  expect(founding.status).toBe(0);
  baseline = founding.out;
}, HANG_MS);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases: { name: string; file: string; make: (path: string) => void; reason: RegExp }[] = [
  { name: 'a FIFO', file: 'zz.txt', make: (path) => execFileSync('mkfifo', [path]), reason: /is not a regular file \(a named pipe\); not read/ },
  { name: 'a link to /dev/zero', file: 'zz.txt', make: (path) => symlinkSync('/dev/zero', path), reason: /is a link to \/dev\/zero, outside the input folder/ },
  {
    name: 'a link to a private file outside the folder',
    file: 'zz.txt',
    make: (path) => {
      writeFileSync(join(work, `private-${process.pid}.txt`), dated('2016-03-25', `${SECRET}: ${DAYS_AHEAD}`));
      symlinkSync(join(work, `private-${process.pid}.txt`), path);
    },
    reason: /is a link to .*private-\d+\.txt, outside the input folder/,
  },
  { name: 'a year-0000 article', file: 'zz.txt', make: (path) => writeFileSync(path, dated('0000-01-05')), reason: /front matter line 2: 'published' 0000-01-05: the year 0000 is outside 1900–2100/ },
  { name: 'a year-9999 article', file: 'zz.txt', make: (path) => writeFileSync(path, dated('9999-12-31')), reason: /front matter line 2: 'published' 9999-12-31: the year 9999 is outside 1900–2100/ },
  { name: 'an empty file', file: 'zz.txt', make: (path) => writeFileSync(path, ''), reason: /file is empty/ },
  { name: 'a binary file', file: 'zz.md', make: (path) => writeFileSync(path, Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)), reason: /binary file/ },
  {
    name: 'a 30 MB article',
    file: 'zz.txt',
    make: (path) => writeFileSync(path, dated('2016-03-25', DAYS_AHEAD.repeat(Math.ceil((30 * 1024 * 1024) / Buffer.byteLength(DAYS_AHEAD))))),
    reason: /is 30\.0 MB, over the 2 MB limit for one article; not read/,
  },
  { name: 'YAML null as the title', file: 'zz.md', make: (path) => writeFileSync(path, `---\ntitle: null\n${dated('2016-03-25').slice(4)}`), reason: /'title' must be text, but YAML reads null as no value/ },
  { name: 'control characters in the file name', file: 'z\u001b[31mz.txt', make: (path) => writeFileSync(path, ''), reason: /z\\x1b\[31mz\.txt: file is empty/ },
];

describe('npm run data with one hostile file among the founding articles', () => {
  for (const { name, file, make, reason } of cases) {
    it(`${name}: ends, names it, and writes only the founding articles`, () => {
      const dir = foundingFolder(name.replace(/\W+/g, '-'));
      make(join(dir, file));
      const run = runCommand(dir);
      expect(run.signal, 'the run was killed by the hang guard').toBeNull();
      expect(run.status).toBe(3);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toContain('1 file skipped (listed above)');
      expect(run.out).toBe(baseline);
      expect(run.out).not.toContain(SECRET);
      for (const date of run.out.match(/"(?:start|end|published|date)": "[^"]*"/g) ?? []) {
        expect(date).toMatch(/": "(?:19\d\d|20\d\d|2100)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"$/);
      }
    }, HANG_MS + 10_000);
  }
});
