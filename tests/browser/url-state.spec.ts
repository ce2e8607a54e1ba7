/**
 * Links reproduce views: a copied URL opens the same selection, filters and visible range in a new
 * tab; back and forward step through earlier selections.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_TYPES, EVENT_TYPES } from '../../src/lib/types.ts';
import {
  test,
  expect,
  openApp,
  loadEvents,
  byId,
  drawnMarks,
  plotBox,
  singleMarks,
  settle,
  waitForMarks,
  selectedEventInUrl,
  toggleType,
  clickMark,
} from './helpers.ts';

async function singleMarksInPlot(page: Page) {
  return singleMarks(page, { within: await plotBox(page) });
}

test('a copied URL reopens the same view: selection, filters and visible range', async ({ page, context }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  const events = byId(file);

  // Filter: hide one type that leaves events on screen.
  const hidden = DEFAULT_TYPES.find((t) => file.events.some((e) => e.type === t) && file.events.some((e) => e.type !== t && DEFAULT_TYPES.includes(e.type)))!;
  await toggleType(page, hidden);
  await settle(page);

  // Zoom: twice in with the buttons.
  const plot = await plotBox(page);
  await page.getByTestId('zoom-in').click();
  await settle(page);
  await page.getByTestId('zoom-in').click();
  await settle(page);

  // Select: a single mark near the middle of what is now visible.
  const singles = await singleMarksInPlot(page);
  expect(singles.length, 'single marks visible after zooming in').toBeGreaterThan(0);
  const centre = plot.x + plot.width / 2;
  const chosen = singles.sort((a, b) => Math.abs(a.cx - centre) - Math.abs(b.cx - centre))[0]!;
  await clickMark(page, chosen.id!);
  await expect(page.getByTestId('detail-panel')).toContainText(events.get(chosen.id!)!.title.en);
  await expect.poll(() => selectedEventInUrl(page), 'selection in the URL').toBe(chosen.id);
  await expect.poll(() => new URL(page.url()).searchParams.get('from'), 'visible range in the URL').not.toBeNull();
  await expect.poll(() => new URL(page.url()).searchParams.get('to')).not.toBeNull();
  await settle(page);

  const link = page.url();
  const before = new Map((await singleMarksInPlot(page)).map((m) => [m.id!, m.cx]));

  const copy = await context.newPage();
  await copy.goto(link);
  await waitForMarks(copy);

  // Same selection.
  await expect(copy.getByTestId('detail-panel')).toBeVisible();
  await expect(copy.getByTestId('detail-panel')).toContainText(events.get(chosen.id!)!.title.en);
  expect(selectedEventInUrl(copy)).toBe(chosen.id);
  // Same filters.
  for (const t of EVENT_TYPES) {
    const box = copy.getByTestId(`filter-type-${t}`);
    if (t === hidden || !DEFAULT_TYPES.includes(t)) await expect(box, `${t} still hidden`).not.toBeChecked();
    else await expect(box, `${t} still shown`).toBeChecked();
  }
  const shownTypes = new Set((await drawnMarks(copy)).flatMap((m) => m.ids).map((id) => events.get(id)!.type));
  expect(shownTypes.has(hidden), `no ${hidden} marks in the reopened view`).toBe(false);
  // Approximately the same visible range: the same marks in nearly the same places. Links keep
  // whole days, so allow a day's worth of drift plus a little.
  const after = new Map((await singleMarksInPlot(copy)).map((m) => [m.id!, m.cx]));
  const common = [...before.keys()].filter((id) => after.has(id));
  expect(common.length, 'marks visible in both views').toBeGreaterThanOrEqual(Math.min(2, before.size));
  expect(common.length / before.size, 'most marks visible before are visible after').toBeGreaterThan(0.8);
  const tolerance = Math.max(8, plot.width * 0.02);
  for (const id of common) {
    expect(Math.abs(after.get(id)! - before.get(id)!), `mark ${id} in the same place (±${tolerance.toFixed(0)} px)`).toBeLessThan(tolerance);
  }
  await copy.close();
});

test('back and forward restore the previous selection', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  const events = byId(file);
  const singles = await singleMarksInPlot(page);
  expect(singles.length, 'two single marks to click').toBeGreaterThanOrEqual(2);
  const [first, second] = [singles[0]!.id!, singles.at(-1)!.id!];
  const panel = page.getByTestId('detail-panel');

  await clickMark(page, first!);
  await expect(panel).toContainText(events.get(first)!.title.en);
  await expect.poll(() => selectedEventInUrl(page)).toBe(first);

  await clickMark(page, second!);
  await expect(panel).toContainText(events.get(second)!.title.en);
  await expect.poll(() => selectedEventInUrl(page)).toBe(second);

  await page.goBack();
  await expect.poll(() => selectedEventInUrl(page), 'back: URL names the first event').toBe(first);
  await expect(panel, 'back: the panel shows the first event').toContainText(events.get(first)!.title.en);

  await page.goForward();
  await expect.poll(() => selectedEventInUrl(page), 'forward: URL names the second event').toBe(second);
  await expect(panel, 'forward: the panel shows the second event').toContainText(events.get(second)!.title.en);

  // Back past the first selection: nothing selected, the page is still the app (not the previous site).
  await page.goBack();
  await page.goBack();
  await expect.poll(() => selectedEventInUrl(page), 'back to the opening view: no selection').toBeNull();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect
    .poll(
      async () => (await panel.isVisible()) && (await panel.innerText()).includes(events.get(first)!.title.en),
      'the opening view shows no event in the detail panel',
    )
    .toBe(false);
});

test('a link to an event a rebuild renamed (its place learned since) opens that event under its new id', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  const placed = file.events.find((e) => e.places.length > 0 && e.id.includes(`-${e.places[0]}-`))!;
  expect(placed, 'an event whose id names its place').toBeDefined();
  const oldLink = placed.id.replace(`-${placed.places[0]}-`, '-');

  await openApp(page, { lang: 'en', event: oldLink });
  await expect(page.getByTestId('detail-panel')).toContainText(placed.title.en);
  await expect.poll(() => selectedEventInUrl(page), 'the URL now carries the current id').toBe(placed.id);
});
