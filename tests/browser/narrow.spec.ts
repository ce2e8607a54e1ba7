/**
 * A 320 px phone: the page fits its width (no sideways scrolling of the page), events are on screen,
 * and opening one shows its details within the screen too.
 */
import { test, expect, openApp, loadEvents, byId, PAGE, singleMarks, clickMark } from './helpers.ts';

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

const pageWidth = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth);

for (const lang of ['en', 'ar'] as const) {
  test(`320 px wide (${lang}): usable view without horizontal page overflow`, async ({ page }) => {
    await openApp(page, { lang }, { scope: PAGE });
    const file = await loadEvents(page);
    const events = byId(file);
    expect(await pageWidth(page), 'page scroll width at 320 px').toBeLessThanOrEqual(320);

    // Some event is on screen and can be opened by tapping it.
    const onScreen = await singleMarks(page, { scope: PAGE, within: { x: 0, width: 320 }, whole: true });
    expect(onScreen.length, 'single event marks within the 320 px width').toBeGreaterThan(0);
    const tapped = onScreen[0]!.id!;
    await clickMark(page, tapped, { scope: PAGE, tap: true });
    const panel = page.getByTestId('detail-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(events.get(tapped)!.title[lang]);
    const box = (await panel.boundingBox())!;
    expect(box.x, 'detail panel starts on screen').toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width, 'detail panel ends on screen').toBeLessThanOrEqual(321);
    expect(await pageWidth(page), 'page scroll width with the panel open').toBeLessThanOrEqual(320);
  });
}
