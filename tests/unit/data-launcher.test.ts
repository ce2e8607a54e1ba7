/**
 * `npm run data` runs `scripts/data.mjs`, which starts the CLI from a bundle of it: the bundled
 * build must be the CLI itself, with the same file, report and exit status as `main` run from the
 * sources, and its paths (the project root, the worker's entry) must be those of the sources.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/build-events.ts';
import { PARALLEL_MIN_BYTES } from '../../scripts/pipeline/workers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'data/articles');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'data-launcher-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function launch(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/data.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function fromSources(args: string[]): { code: number; stdout: string } {
  const lines: string[] = [];
  const code = main(args, { log: (line) => lines.push(line), error: () => {} });
  return { code, stdout: lines.map((line) => `${line}\n`).join('') };
}

/** A folder of copies of the project's articles, at least `bytes` of them. */
function corpus(name: string, bytes: number): string {
  const dir = join(work, name);
  mkdirSync(dir);
  const files = readdirSync(ARTICLES);
  for (let copied = 0, i = 0; copied < bytes; i++) {
    const file = files[i % files.length];
    copyFileSync(join(ARTICLES, file), join(dir, `${String(i).padStart(4, '0')}_${file}`));
    copied += readFileSync(join(ARTICLES, file)).length;
  }
  return dir;
}

describe('npm run data (scripts/data.mjs)', () => {
  const cases = [
    { name: 'the project articles', dir: () => ARTICLES },
    // Large enough for the build to start its analysis worker from the bundled code.
    { name: 'a folder large enough for worker threads', dir: () => corpus('large', PARALLEL_MIN_BYTES) },
  ];
  for (const { name, dir } of cases) {
    test(`builds ${name} byte for byte as the CLI run from its sources does`, () => {
      const inDir = dir();
      const args = (out: string) => ['--in', inDir, '--out', out, '--no-cache'];
      const launched = launch(args(join(work, `${name}-launched.json`)));
      const sources = fromSources(args(join(work, `${name}-sources.json`)));
      expect(launched.code).toBe(sources.code);
      expect(readFileSync(join(work, `${name}-launched.json`), 'utf8')).toBe(readFileSync(join(work, `${name}-sources.json`), 'utf8'));
      expect(launched.stdout.replaceAll(`${name}-launched`, '')).toBe(sources.stdout.replaceAll(`${name}-sources`, ''));
    }, 180_000);
  }

  test('prints the usage, and saves a cache whose version is read from the sources where they are', () => {
    expect(launch(['--help']).stdout).toContain('Usage: npm run data');
    const cache = join(work, 'cache.json');
    const built = launch(['--in', ARTICLES, '--out', join(work, 'cached.json'), '--cache', cache]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(cache, 'utf8')) as { entries: object }).entries)).toHaveLength(readdirSync(ARTICLES).length);
  }, 60_000);
});
