/**
 * A correspondent's loop, end to end: add a saved web page with `npm run add`, build with
 * `npm run data`, open the app on Vite's dev server, then correct a date in corrections.yaml and
 * build again. The open page must pick the new events up by itself (no reload: the marker set in
 * the page survives), keep the open event and its URL, and show it as edited with what the machine
 * had said. Runs its own dev server on a port the system picks, on a corpus in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { liveEvents } from '../../scripts/live-events.ts';
import { formatEventDate } from '../../src/lib/format.ts';
import type { EventsFile } from '../../src/lib/types.ts';
import { test, expect } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs one of the project's commands as a person would (`npm run add`, `npm run data`); gives its exit status. */
function run(script: string, args: string[]): number {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status === null) throw new Error(`${script} did not finish: ${result.error?.message ?? result.signal}`);
  return result.status;
}

let work: string;
let server: ViteDevServer;
let origin: string;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'journalist-'));
  mkdirSync(join(work, 'articles'));
  cpSync(join(ROOT, 'data/articles/000_4c8131996a4716c2.txt'), join(work, 'articles/000_4c8131996a4716c2.txt'));
  const eventsFile = join(work, 'events.json');
  server = await createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
    plugins: [
      liveEvents(eventsFile),
      {
        name: 'serve-test-events',
        configureServer(dev) {
          dev.middlewares.use('/live-events.json', (_req, res) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(readFileSync(eventsFile));
          });
        },
      },
    ],
  });
  await server.listen();
  origin = server.resolvedUrls!.local[0];
  // A dev server compiles each module on first request: pay that here, not inside the page's load timeout.
  await fetch(origin);
  await server.warmupRequest('/src/main.ts');
});

test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

function build(): number {
  return run('build-events.ts', ['--in', join(work, 'articles'), '--out', join(work, 'events.json'), '--corrections', join(work, 'corrections.yaml'), '--no-cache']);
}
const events = (): EventsFile => JSON.parse(readFileSync(join(work, 'events.json'), 'utf8'));

test('add a page, correct a date, and the open app shows the edited event in place', async ({ page }) => {
  test.setTimeout(90_000);
  expect(run('add-article.ts', [join(ROOT, 'tests/fixtures/pages/geneva-truce.html'), '--to', join(work, 'articles')])).toBe(0);
  writeFileSync(join(work, 'corrections.yaml'), 'corrections: []\n');
  expect(build()).toBe(0);
  const before = events();
  const added = before.articles.find((a) => a.outlet === 'صحيفة المثال');
  expect(added, 'the added page is in the build').toBeDefined();
  const event = before.events.find((e) => e.excerpts.some((x) => x.article === added!.id));
  expect(event, 'an event from the added page').toBeDefined();

  await page.goto(`${origin}?data=./live-events.json&lang=en&event=${encodeURIComponent(event!.id)}`, { timeout: 60_000 });
  const detail = page.getByTestId('detail-panel');
  await expect(detail).toContainText(event!.title.en, { timeout: 30_000 });
  await expect(detail.getByTestId('edited')).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const url = page.url();

  const corrected = { start: '2016-09-08', end: '2016-09-08', precision: 'day' as const, approximate: false };
  writeFileSync(join(work, 'corrections.yaml'), `corrections:\n  - event: ${event!.id}\n    set:\n      date: ${corrected.start}\n`);
  expect(build()).toBe(0);

  const note = detail.getByTestId('edited');
  await expect(note).toContainText('Edited');
  await expect(note).toContainText('date');
  await note.getByText('What the machine said').click();
  await expect(note.getByTestId('machine-said')).toContainText(formatEventDate(event!.date, 'en'));
  await expect(detail).toContainText(formatEventDate(corrected, 'en'));
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(page.url()).toBe(url);

  // A broken corrections file: the build refuses, the page keeps the last good events.
  writeFileSync(join(work, 'corrections.yaml'), 'corrections:\n  - event: [\n');
  expect(build()).toBe(1);
  expect(events().events.find((e) => e.id === event!.id)?.date.start).toBe(corrected.start);
  await expect(note).toContainText('Edited');
});
