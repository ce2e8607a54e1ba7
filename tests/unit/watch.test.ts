import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileInFolder, watchAndBuild } from '../../scripts/pipeline/watch.ts';
import type { EventsFile } from '../../src/lib/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'watch-test-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Resolves when `check` holds, polling; the test's own timeout bounds the wait. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

describe('watchAndBuild', () => {
  it('builds once for a burst of saves, and again for a later one', async () => {
    let builds = 0;
    const stop = watchAndBuild([{ dir: work }], () => builds++, (m) => { throw new Error(m); });
    try {
      for (let i = 0; i < 5; i++) writeFileSync(join(work, `a${i}.txt`), 'نص');
      await until(() => builds === 1);
      await new Promise((r) => setTimeout(r, 200));
      expect(builds).toBe(1);
      appendFileSync(join(work, 'a0.txt'), 'مزيد');
      await until(() => builds === 2);
    } finally {
      stop();
    }
  });

  it('watches one file through its folder, ignoring the others there', async () => {
    let builds = 0;
    const file = join(work, 'corrections.yaml');
    const stop = watchAndBuild([fileInFolder(file)], () => builds++, (m) => { throw new Error(m); });
    try {
      writeFileSync(join(work, 'other.yaml'), 'x: 1\n');
      await new Promise((r) => setTimeout(r, 200));
      expect(builds).toBe(0);
      writeFileSync(file, 'corrections: []\n');
      await until(() => builds === 1);
    } finally {
      stop();
    }
  });
});

describe('npm run data -- --watch', () => {
  it('rebuilds events.json when an article changes and when the corrections file changes', async () => {
    const articles = join(work, 'articles');
    mkdirSync(articles);
    copyFileSync(join(ROOT, 'data/articles/000_4c8131996a4716c2.txt'), join(articles, 'a.txt'));
    const out = join(work, 'events.json');
    const corrections = join(work, 'corrections.yaml');
    writeFileSync(corrections, 'corrections: []\n');
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build-events.ts'), '--in', articles, '--out', out, '--corrections', corrections, '--no-cache', '--watch']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // A watcher that dies would leave the waits below waiting: fail at once, with what it said.
    child.on('exit', (code) => {
      if (code !== null) stdout += `\nexited ${code}: ${stderr}`;
    });
    const seen = (text: string) => {
      if (/\nexited \d+/.test(stdout)) throw new Error(stdout);
      return stdout.includes(text);
    };
    try {
      await until(() => seen('watching'));
      const first = JSON.parse(readFileSync(out, 'utf8')) as EventsFile;
      copyFileSync(join(ROOT, 'data/articles/003_fe08c59a11eb98b9.txt'), join(articles, 'b.txt'));
      await until(() => seen('rebuilt in'));
      const second = JSON.parse(readFileSync(out, 'utf8')) as EventsFile;
      expect(second.articles.map((a) => a.id)).toEqual(['a', 'b']);
      const target = second.events.find((e) => e.date.start !== '2016-01-01')!;
      writeFileSync(corrections, `corrections:\n  - event: ${target.id}\n    set: { date: 2016-01-01 }\n`);
      await until(() => seen('rebuilt in') && (stdout.match(/rebuilt in/g) ?? []).length >= 2);
      const third = JSON.parse(readFileSync(out, 'utf8')) as EventsFile;
      expect(third.events.find((e) => e.id === target.id)?.corrected?.fields).toEqual(['date']);
      expect(first.articles).toHaveLength(1);
    } finally {
      child.kill();
    }
  }, 60_000);
});
