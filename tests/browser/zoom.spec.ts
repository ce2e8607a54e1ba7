/**
 * Zooming, measured the way a person notices it: two neighbouring events move apart on zoom in and
 * back together on zoom out; "fit" shows everything again.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_TYPES } from '../../src/lib/types.ts';
import { test, expect, openApp, loadEvents, neighbourPair, pairDistance, plotBox, settle, drawnIds, drawnMarks, markX, clickMark } from './helpers.ts';

/** Where every mark is drawn, to a tenth of a pixel. */
async function markPositions(page: Page): Promise<string> {
  return JSON.stringify((await drawnMarks(page)).map((m) => [m.ids.join(' '), m.x.toFixed(1), m.width.toFixed(1)]));
}

/** One wheel notch, then wait until the marks have moved: the step has been applied, however long that takes. */
async function wheelStep(page: Page, deltaY: number): Promise<void> {
  const before = await markPositions(page);
  await page.mouse.wheel(0, deltaY);
  await expect.poll(() => markPositions(page), { message: 'the marks move after a wheel step', intervals: [16, 32, 64] }).not.toBe(before);
}

test('wheel over the plot zooms in around the pointer: neighbouring events spread apart', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  const plot = await plotBox(page);
  // A close pair near the centre, so both stay inside the plot after a 1.5–3× zoom about their midpoint.
  const pair = await neighbourPair(page, file, { maxGap: plot.width / 8 });
  const before = pair.distance;

  await page.mouse.move(pair.mid, (pair.a.cy + pair.b.cy) / 2);
  for (let i = 0; i < 3; i++) await wheelStep(page, -120);
  await settle(page);
  const afterIn = await pairDistance(page, pair);
  expect(afterIn, `distance between ${pair.a.id} and ${pair.b.id} after wheel up (was ${before.toFixed(1)} px)`).toBeGreaterThan(before * 1.2);

  // The point under the pointer stays put (zoom about the pointer, not about the plot's edge).
  const midAfter = ((await markX(page, pair.a.id!))! + (await markX(page, pair.b.id!))!) / 2;
  expect(Math.abs(midAfter - pair.mid), 'the midpoint under the pointer stays under it').toBeLessThan(Math.max(12, afterIn * 0.25));

  await page.mouse.move(midAfter, (pair.a.cy + pair.b.cy) / 2);
  for (let i = 0; i < 3; i++) await wheelStep(page, 120);
  await settle(page);
  const afterOut = await pairDistance(page, pair);
  expect(afterOut, 'wheel down brings them back together').toBeLessThan(afterIn / 1.2);
});

test('the + and − buttons zoom about the selected event, and "fit" shows the opening view again', async ({ page }) => {
  // A tall window: lanes stack marks, so there are single one-day marks close together to measure.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  const opening = [...(await drawnIds(page))].sort();
  // Select a mark: + zooms about it. The detail panel then narrows the plot (which can regroup
  // marks), so the pair measured is chosen after, next to the selection, and stays on screen.
  const first = await neighbourPair(page, file, { maxGap: (await plotBox(page)).width / 10, oneDay: true });
  await clickMark(page, first.a.id!);
  await settle(page);
  const plot = await plotBox(page);
  const pair = await neighbourPair(page, file, { maxGap: plot.width / 10, oneDay: true, targetX: (await markX(page, first.a.id!)) ?? undefined });
  const before = await pairDistance(page, pair);

  await page.getByTestId('zoom-in').click();
  await settle(page);
  const zoomedIn = await pairDistance(page, pair);
  expect(zoomedIn, `zoom-in spreads ${pair.a.id} and ${pair.b.id} (was ${before.toFixed(1)} px)`).toBeGreaterThan(before * 1.2);

  await page.getByTestId('zoom-out').click();
  await settle(page);
  const zoomedOut = await pairDistance(page, pair);
  expect(zoomedOut, 'zoom-out brings them back together').toBeLessThan(zoomedIn / 1.2);

  await page.getByTestId('zoom-in').click();
  await settle(page);
  await page.getByTestId('zoom-in').click();
  await settle(page);
  await page.getByTestId('zoom-fit').click();
  await settle(page);
  expect([...(await drawnIds(page))].sort(), 'after fit, the opening marks are drawn').toEqual(opening);
  // What the opening view leaves out, it counts at its edges.
  const edges = await page.locator('[data-testid^="edge-"]').allInnerTexts();
  const counted = edges.flatMap((s) => s.match(/\d+/g) ?? []).reduce((n, d) => n + Number(d), 0);
  expect(opening.length + counted, 'drawn plus counted at the edges is every event shown by default').toBe(file.events.filter((e) => DEFAULT_TYPES.includes(e.type)).length);
  const fitted = await pairDistance(page, pair);
  expect(Math.abs(fitted - before) / before, 'fit returns to the opening scale').toBeLessThan(0.1);
});
