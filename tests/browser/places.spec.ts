/**
 * The place filter as a reader uses it: a venue listed under its city (the Kremlin under Moscow),
 * the city's count taking in its venues, and ticking the city showing the events held at them; a
 * venue ticked alone shows its own events only. Mouse and keyboard, both languages, axe clean.
 */
import type { Page } from '@playwright/test';
import { PLACE_WITHIN } from '../../src/app/places-within.ts';
import { DEFAULT_TYPES, type EventsFile, type TimelineEvent } from '../../src/lib/types.ts';
import { test, expect, openApp, seriousAxeViolations, PAGE } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const DATA = 'places-sample.json';

/**
 * The served file, made sure to hold an event named only by a venue (held "in the Kremlin", without
 * "Moscow"): if the real one has none, one event naming both loses its city.
 */
async function sample(page: Page): Promise<{ file: EventsFile; venue: string; city: string }> {
  const file = (await (await page.request.get('./events.json')).json()) as EventsFile;
  const venueOnly = (e: TimelineEvent) => e.places.find((p) => PLACE_WITHIN[p] && file.places[PLACE_WITHIN[p]] && !e.places.includes(PLACE_WITHIN[p]));
  const shown = (e: TimelineEvent) => DEFAULT_TYPES.includes(e.type);
  let event = file.events.find((e) => shown(e) && venueOnly(e));
  if (!event) {
    const both = file.events.find((e) => shown(e) && e.places.some((p) => PLACE_WITHIN[p] && e.places.includes(PLACE_WITHIN[p])));
    expect(both, 'an event naming a venue and its city').toBeDefined();
    const venue = both!.places.find((p) => PLACE_WITHIN[p] && both!.places.includes(PLACE_WITHIN[p]))!;
    both!.places = both!.places.filter((p) => p !== PLACE_WITHIN[venue]);
    event = both;
  }
  const venue = venueOnly(event!)!;
  return { file, venue, city: PLACE_WITHIN[venue]! };
}

async function open(page: Page, file: EventsFile, params: Record<string, string>): Promise<void> {
  await page.route(`**/${DATA}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  await openApp(page, { data: `./${DATA}`, layout: 'list', ...params }, { scope: PAGE });
}

const listed = (page: Page) => page.getByTestId('event-list').locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!).sort());
const expectedIds = (file: EventsFile, places: string[]) =>
  file.events.filter((e) => DEFAULT_TYPES.includes(e.type) && e.places.some((p) => places.includes(p))).map((e) => e.id).sort();
const within = (file: EventsFile, city: string) => [city, ...Object.keys(file.places).filter((p) => PLACE_WITHIN[p] === city)];

for (const lang of ['en', 'ar'] as const) {
  test(`choosing a city takes in its venues; a venue alone is only itself (${lang})`, async ({ page }) => {
    // Axe over the whole list page with the filter open takes seconds on a shared machine.
    test.setTimeout(90_000);
    const { file, venue, city } = await sample(page);
    await open(page, file, { lang });
    const filter = page.getByTestId('filter-places');
    await filter.locator('summary').click();

    // The venue is listed inside the city's item, and the city's count includes the venue's events.
    const cityItem = filter.locator('li', { has: page.locator(`> label input[value="${city}"]`) });
    await expect(cityItem.locator(`ul input[value="${venue}"]`)).toBeVisible();
    const cityLabel = cityItem.locator('> label');
    await expect(cityLabel).toContainText(file.places[city]![lang]);
    const count = file.events.filter((e) => e.places.some((p) => within(file, city).includes(p))).length;
    await expect(cityLabel).toContainText(`(${count})`);
    expect(count, 'more than the events naming the city itself').toBeGreaterThan(file.events.filter((e) => e.places.includes(city)).length);

    // Tick the city with the mouse.
    await cityLabel.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('places')).toBe(city);
    await expect.poll(() => listed(page)).toEqual(expectedIds(file, within(file, city)));
    expect(await listed(page)).toEqual(expect.arrayContaining(expectedIds(file, [venue])));

    // Untick it and tick the venue alone, from the keyboard.
    await cityLabel.locator('input').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('places')).toBeNull();
    await cityItem.locator(`ul input[value="${venue}"]`).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('places')).toBe(venue);
    await expect.poll(() => listed(page)).toEqual(expectedIds(file, [venue]));

    await page.evaluate(() => document.fonts.ready);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

test('a link to a city shows its venues’ events on the timeline too', async ({ page }) => {
  const { file, venue, city } = await sample(page);
  await page.route(`**/${DATA}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  await openApp(page, { data: `./${DATA}`, lang: 'en', places: city });
  const venueEvents = expectedIds(file, [venue]).filter((id) => !file.events.find((e) => e.id === id)!.places.includes(city));
  expect(venueEvents.length).toBeGreaterThan(0);
  for (const id of venueEvents) {
    await expect(page.locator(`[data-testid="timeline"] :is([data-event-id="${id}"], [data-cluster-ids~="${id}"])`).first()).toBeAttached();
  }
  await expect(page.getByTestId('event-count')).toContainText(`Showing ${expectedIds(file, within(file, city)).length} of`);
});
