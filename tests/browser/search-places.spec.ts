/**
 * Searching for a city finds what happened at the places within it: a student who types "Moscow"
 * (or "موسكو") sees the talks held in the Kremlin in the list, though that event names neither
 * Moscow among its places nor in its text. (That the hierarchy widens downward only, and for every
 * spelling, is for the unit test `search-places.test.ts`.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { EventSearch } from '../../src/lib/search.ts';
import { DEFAULT_TYPES, type EventsFile, type GazetteerEntry, type TimelineEvent } from '../../src/lib/types.ts';
import { test, expect, openApp, PAGE } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const DATA = 'search-places-sample.json';
const { places } = JSON.parse(readFileSync(new URL('../../scripts/tables/gazetteer.json', import.meta.url), 'utf8')) as { places: Record<string, GazetteerEntry> };

/**
 * The served file with one shown event held at the Kremlin that a search without the hierarchy would
 * miss for every `queries`: the served Kremlin event if there is one (else any shown event moved
 * there), without its Moscow place, its actors ("Moscow" also names Russia, whose names are
 * everywhere) and the excerpts that a flat search would find.
 */
async function kremlinOnly(page: Page, queries: readonly string[]): Promise<{ file: EventsFile; event: TimelineEvent }> {
  const file = (await (await page.request.get('./events.json')).json()) as EventsFile;
  file.places.kremlin ??= places.kremlin!;
  file.places.moscow ??= places.moscow!;
  const shown = file.events.filter((e) => DEFAULT_TYPES.includes(e.type));
  const event = shown.find((e) => e.places.includes('kremlin')) ?? shown[0]!;
  const flat = new EventSearch(file);
  const found = (e: TimelineEvent) => queries.some((q) => flat.matcher(q)!(e));
  Object.assign(event, { places: ['kremlin'], actors: [] });
  if (found({ ...event, excerpts: [] })) event.title = { ar: 'محادثات في الكرملين', en: 'Talks in the Kremlin' };
  event.excerpts = event.excerpts.filter((x) => !found({ ...event, excerpts: [x] }));
  expect(found(event), 'the event names Moscow nowhere').toBe(false);
  return { file, event };
}

async function open(page: Page, file: EventsFile, lang: string): Promise<void> {
  await page.route(`**/${DATA}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  await openApp(page, { data: `./${DATA}`, layout: 'list', lang }, { scope: PAGE });
}

async function search(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('search');
  await box.click();
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
  await expect.poll(() => new URL(page.url()).searchParams.get('q'), 'the search is in the URL').toBe(text);
}

const row = (page: Page, id: string) => page.getByTestId('event-list').locator(`[data-event-id="${id}"]`);

const CITIES = [['en', 'Moscow'], ['ar', 'موسكو']] as const;

for (const [lang, city] of CITIES) {
  test(`typing ${city} lists the talks held in the Kremlin (${lang})`, async ({ page }) => {
    const { file, event } = await kremlinOnly(page, CITIES.map(([, q]) => q));
    await open(page, file, lang);
    const rows = page.getByTestId('event-list').locator('[data-event-id]');
    const before = await rows.count();

    await search(page, city);
    await expect(row(page, event.id)).toBeVisible();
    // The search narrows: Moscow is not everywhere.
    await expect.poll(() => rows.count()).toBeLessThan(before);
  });
}
