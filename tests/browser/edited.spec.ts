/**
 * An event an editor corrected, built the way a newsroom builds it (the project's own command over
 * the founding articles, with a corrections file moving one event's date), is marked "edited" in all
 * three places a reader meets it: the timeline mark (its name, which is also its pencil's hover text,
 * and the pencil itself), the list row, and the detail, which shows what the machine had said. Both
 * languages; mouse and keys; axe clean. Uncorrected events carry no mark.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { formatEventDate } from '../../src/lib/format.ts';
import { DEFAULT_TYPES, type EventsFile, type TimelineEvent } from '../../src/lib/types.ts';
import { test, expect, openApp, seriousAxeViolations, PAGE } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = 'edited-events.json';
/** A day no founding article reports anything on, so the corrected event stands alone there. */
const FREE_DAYS = ['2016-05-05', '2016-05-19', '2016-06-02', '2016-10-06'];

let work: string;
let file: EventsFile;
let event: TimelineEvent;
let machineDate: TimelineEvent['date'];

function build(): EventsFile {
  const out = join(work, 'events.json');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build-events.ts'), '--in', join(ROOT, 'data/articles'), '--out', out, '--corrections', join(work, 'corrections.yaml'), '--no-cache'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as EventsFile;
}

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'edited-'));
  writeFileSync(join(work, 'corrections.yaml'), 'corrections: []\n');
  const machine = build();
  const chosen = machine.events.find((e) => e.type === 'meeting' && e.date.precision === 'day');
  expect(chosen, 'a meeting on a known day').toBeDefined();
  const day = FREE_DAYS.find((d) => !machine.events.some((e) => e.date.start <= d && d <= e.date.end));
  expect(day, 'a day with no event').toBeDefined();
  writeFileSync(join(work, 'corrections.yaml'), `corrections:\n  - event: ${chosen!.id}\n    set:\n      date: ${day}\n`);
  file = build();
  event = file.events.find((e) => e.id === chosen!.id)!;
  machineDate = chosen!.date;
  expect(event.corrected?.fields, 'the build marks the event corrected').toContain('date');
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

async function open(page: Page, params: Record<string, string>, scope?: string): Promise<void> {
  await page.route(`**/${DATA}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  // A few days around the corrected date: its mark is drawn alone, not inside a cluster.
  const from = new Date(Date.parse(event.date.start) - 4 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.parse(event.date.start) + 4 * 86_400_000).toISOString().slice(0, 10);
  await openApp(page, { data: `./${DATA}`, from, to, ...params }, scope ? { scope } : undefined);
}

const WORDS = { en: { mark: 'edited', note: 'Edited', machine: 'What the machine said' }, ar: { mark: 'معدَّل', note: 'معدَّل', machine: 'ما استخرجته الآلة' } } as const;

for (const lang of ['en', 'ar'] as const) {
  test(`the corrected event is marked edited on its mark, in the list and in the detail (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const words = WORDS[lang];
    await open(page, { lang });

    // The mark: its name says so (what a screen reader hears), and its pencil shows that name on hover.
    const mark = page.locator(`[data-testid="timeline"] [data-event-id="${event.id}"]`);
    await expect(mark).toHaveAttribute('aria-label', new RegExp(words.mark));
    const flag = mark.getByTestId('edited-flag');
    await expect(flag).toBeVisible();
    expect(await flag.locator('title').textContent()).toBe(await mark.getAttribute('aria-label'));
    await flag.hover();

    // Every other mark drawn is plain.
    for (const other of await page.locator('[data-testid="timeline"] [data-event-id]').all()) {
      if ((await other.getAttribute('data-event-id')) === event.id) continue;
      await expect(other).not.toHaveAttribute('aria-label', new RegExp(words.mark));
      await expect(other.getByTestId('edited-flag')).toHaveCount(0);
    }

    // The detail, opened from the keyboard: the note, and what the machine had said.
    await mark.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('detail-panel');
    const note = panel.getByTestId('edited');
    await expect(note).toContainText(words.note);
    await expect(panel.getByTestId('detail-date')).toContainText(formatEventDate(event.date, lang).split(' ')[0]!);
    await note.getByText(words.machine).click();
    await expect(note.getByTestId('machine-said')).toContainText(formatEventDate(machineDate, lang).replace(/\u2009/g, ' ').split(' ')[0]!);

    // The legend explains the pencil.
    await expect(page.getByTestId('legend')).toContainText(words.note);

    // The list: the row of the corrected event says so, no other row does.
    await page.getByTestId('layout-toggle').click();
    const list = page.getByTestId('event-list');
    await expect(list.locator(`[data-event-id="${event.id}"]`).getByTestId('list-edited')).toHaveText(words.mark);
    await expect(list.getByTestId('list-edited')).toHaveCount(1);
    const shown = file.events.filter((e) => DEFAULT_TYPES.includes(e.type)).length;
    await expect(list.locator('[data-event-id]')).toHaveCount(shown);

    await page.evaluate(() => document.fonts.ready);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

test('in the list layout on a phone, the corrected row is marked too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, { lang: 'ar', layout: 'list' }, PAGE);
  const row = page.getByTestId('event-list').locator(`[data-event-id="${event.id}"]`);
  await row.scrollIntoViewIfNeeded();
  await expect(row.getByTestId('list-edited')).toBeVisible();
  await row.click();
  await expect(page.getByTestId('detail-panel').getByTestId('edited')).toContainText(WORDS.ar.note);
});
