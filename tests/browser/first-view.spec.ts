/**
 * The first view a reader gets, on a desktop screen and on a phone: titles of the important events
 * on the timeline itself (not just counts), laid out without overlap and clickable; legend swatches
 * told apart by shape; far-off planned items behind an edge marker instead of stretching the axis;
 * the strip using the window's height, beside the open event; same-day events as separate marks at
 * the deepest zoom; and on a phone, a zoomable strip with an event and its title above the fold.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { EventsFile } from '../../src/lib/types.ts';
import { test, expect, openApp, loadEvents, byId, TIMELINE, PAGE } from './helpers.ts';

const SAMPLE: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));

interface Box {
  id: string;
  text: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/** Every drawn label with its box and the event it names. */
const labels = (page: Page): Promise<Box[]> =>
  page.locator(`${TIMELINE} .label`).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.closest('[data-event-id]')!.getAttribute('data-event-id')!, text: el.textContent ?? '', x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    }),
  );

const overlap = (a: Box, b: Box) => a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;

for (const lang of ['en', 'ar'] as const) {
  test.describe(`1920×1080 (${lang})`, () => {
    test.use({ viewport: { width: 1920, height: 1080 } });

    test('titles of events are on the timeline, apart, and a click on one opens it', async ({ page }) => {
      await openApp(page, { lang });
      const file = await loadEvents(page);
      const events = byId(file);
      const drawn = await labels(page);
      expect(drawn.length, 'labelled events at the first zoom').toBeGreaterThanOrEqual(Math.min(10, file.events.length));
      for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) expect(overlap(drawn[i], drawn[j]), `${drawn[i].text} / ${drawn[j].text}`).toBe(false);
      const singles = await page.locator(`${TIMELINE} [data-event-id]`).count();
      const clusters = await page.locator(`${TIMELINE} [data-cluster-ids]`).count();
      expect(singles, 'most marks are single events, not number bubbles').toBeGreaterThan(clusters * 2);

      const target = drawn[Math.floor(drawn.length / 2)];
      await page.locator(`${TIMELINE} [data-event-id="${target.id}"] .label`).click();
      await expect(page.getByTestId('detail-panel')).toContainText(events.get(target.id)!.title[lang]);
    });

    test('the strip fills the window, the legend tells types apart by shape, far-off items wait at the edge', async ({ page }) => {
      await openApp(page, { lang });
      const plot = (await page.locator('.plot').boundingBox())!;
      expect(plot.y + plot.height, 'the plot reaches the bottom of the window').toBeGreaterThan(1080 * 0.9);
      expect(plot.y + plot.height).toBeLessThanOrEqual(1080);

      const shapes = await page.locator('[data-testid="legend"] li[data-type] svg').evaluateAll((svgs) => svgs.map((s) => s.querySelector('.shape')!.outerHTML.replace(/class="[^"]*"/, '')));
      expect(new Set(shapes).size, 'one shape per type').toBe(shapes.length);

      const file = await loadEvents(page);
      const later = page.getByTestId('edge-later');
      if (await later.count()) {
        await later.click();
        const id = new URL(page.url()).searchParams.get('event')!;
        await expect(page.getByTestId('detail-panel')).toContainText(byId(file).get(id)!.title[lang]);
        await expect(page.locator(`${TIMELINE} [data-event-id="${id}"]`), 'the far event is now drawn').toBeVisible();
      }
    });

    test('with an event open, the strip and the event share the screen', async ({ page }) => {
      await openApp(page, { lang });
      await page.locator(`${TIMELINE} [data-event-id] .label`).first().click();
      const panel = (await page.getByTestId('detail-panel').boundingBox())!;
      const plot = (await page.locator('.plot').boundingBox())!;
      expect(plot.y + plot.height, 'the plot still reaches the bottom of the window').toBeGreaterThan(1080 * 0.9);
      expect(plot.y + plot.height).toBeLessThanOrEqual(1080);
      expect(panel.y, 'the event beside the strip, not under it').toBeLessThan(plot.y + plot.height / 2);
      expect(panel.x + panel.width <= plot.x || plot.x + plot.width <= panel.x, 'side by side').toBe(true);
      expect(Math.min(panel.height, 1080 - panel.y), 'the event fills the height beside the strip').toBeGreaterThan(plot.height * 0.6);
    });
  });
}

test('a planned item far beyond the rest waits behind an edge marker instead of stretching the axis', async ({ page }) => {
  const far: EventsFile = structuredClone(SAMPLE);
  const last = far.events.filter((e) => e.type === 'deadline').at(-1)!;
  const latest = far.events.map((e) => e.date.end).sort().at(-1)!;
  far.events.push({ ...structuredClone(last), id: 'far-planned-elections', status: 'planned', date: { ...last.date, start: '2019-06-01', end: '2019-07-31', approximate: true } });
  await page.route('**/far-sample.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(far) }));
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, { data: 'far-sample.json', lang: 'en' });
  const later = page.getByTestId('edge-later');
  await expect(later, 'the far item is counted at the edge').toHaveText('1 later →');
  const years = (await page.locator(`${TIMELINE} text`).allTextContents()).filter((t) => /^20\d\d$/.test(t.trim())).map(Number);
  expect(Math.max(...years), 'the axis ends with the rest of the events').toBeLessThanOrEqual(Number(latest.slice(0, 4)));
  await later.click();
  await expect(page.getByTestId('detail-panel')).toContainText(last.title.en);
  await expect(page.locator(`${TIMELINE} [data-event-id="far-planned-elections"]`), 'the far item is drawn once asked for').toBeVisible();
});

test('at the deepest zoom, events of the same day in one lane are separate marks', async ({ page }) => {
  await page.route('**/first-view-sample.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(SAMPLE) }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, { data: 'first-view-sample.json', lang: 'en', from: '2016-08-25', to: '2016-08-27' });
  const sameDay = ['2016-08-26-agreement-truce-near', '2016-08-26-agreement-violations-mechanism'];
  const boxes = [];
  for (const id of sameDay) {
    const mark = page.locator(`${TIMELINE} [data-event-id="${id}"]`);
    await expect(mark, `${id} has its own mark`).toBeVisible();
    boxes.push((await mark.locator('.shape').boundingBox())!);
  }
  expect(Math.hypot(boxes[0].x - boxes[1].x, boxes[0].y - boxes[1].y), 'fanned out, not drawn on top of each other').toBeGreaterThan(10);
  await page.locator(`${TIMELINE} [data-event-id="${sameDay[0]}"] .shape`).click();
  await expect(page.getByTestId('detail-panel')).toContainText(SAMPLE.events.find((e) => e.id === sameDay[0])!.title.en);
});

for (const lang of ['en', 'ar'] as const) {
  test.describe(`360×740 phone (${lang})`, () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test('a zoomable strip with an event and its title above the fold, the list below', async ({ page }) => {
      await openApp(page, { lang }, { scope: PAGE });
      await expect(page.getByTestId('timeline')).toBeVisible();
      await expect(page.getByTestId('event-list')).toBeAttached();
      const drawn = (await labels(page)).filter((l) => l.bottom <= 740 && l.x >= 0 && l.right <= 360);
      expect(drawn.length, 'a labelled event inside the first screen').toBeGreaterThan(0);
      const file = await loadEvents(page);
      await page.locator(`${TIMELINE} [data-event-id="${drawn[0].id}"] .label`).tap();
      await expect(page.getByTestId('detail-panel')).toContainText(byId(file).get(drawn[0].id)!.title[lang]);
      await page.getByRole('button', { name: lang === 'en' ? 'Zoom in' : 'تكبير' }).tap();
      await expect.poll(() => new URL(page.url()).searchParams.get('from'), 'the strip zooms').not.toBeNull();
    });
  });
}
