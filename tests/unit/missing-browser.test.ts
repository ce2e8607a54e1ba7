import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the browser tests on a machine without the Chromium they are told to use', () => {
  it('say in one line how to get one, with no Playwright stack trace', () => {
    const run = spawnSync(join(ROOT, 'node_modules/.bin/playwright'), ['test', '--list'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: join(ROOT, 'no-such-chromium') },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toEqual([expect.stringMatching(/^No Chromium for the browser tests: install Debian's \(apt-get install chromium\), or set CHROMIUM_PATH/)]);
  }, 70_000);
});
