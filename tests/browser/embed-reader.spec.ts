/**
 * The embed as a reader of the host article meets it: it leaves the article's Back button alone,
 * and at any column width a newsroom gives it (300–1200 px) it is the same timeline and detail
 * panel, fitted to that width, with the list one toggle away.
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect, selectedEventInUrl } from './helpers.ts';
import { APP_ORIGIN, embeddedTimeline, hostPage, markGlyph, useHostServer } from './embed-helpers.ts';

const host = useHostServer();

const embedSrc = (lang = 'en') => `${APP_ORIGIN}/?${new URLSearchParams({ embed: '1', lang })}`;

/** Ids of single event marks whose glyph is drawn inside the frame's visible width. */
async function singleMarksInView(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll('[data-testid="timeline"] [data-event-id]')]
      .filter((g) => {
        const box = g.querySelector('.shape, .bar')?.getBoundingClientRect();
        return !!box && box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth;
      })
      .map((g) => g.getAttribute('data-event-id')!),
  );
}

async function clickGlyph(frame: Frame, id: string): Promise<void> {
  await markGlyph(frame.getByTestId('timeline'), id).click();
}

/** Sideways overflow of the embed's own document, in px (0 when it fits its iframe). */
function overflow(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function openHost(page: Page, path: string, width: string, lang = 'en'): Promise<Frame> {
  host.page(path, hostPage(embedSrc(lang), { width }));
  await page.goto(host.url(path));
  return embeddedTimeline(page);
}

test('selecting events in the embed adds nothing to the host page’s history', async ({ page }) => {
  const frame = await openHost(page, '/history.html', '100%');
  const lengthBefore = await page.evaluate(() => history.length);

  // Chosen one at a time: opening the detail narrows the plot, which can regroup the marks.
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const id = (await singleMarksInView(frame)).find((x) => !ids.includes(x));
    expect(id, `a single mark to click (${i + 1} of 3)`).toBeDefined();
    ids.push(id!);
    await clickGlyph(frame, id!);
    await expect.poll(() => selectedEventInUrl(frame), 'the embed URL still names the selection').toBe(id);
  }
  await expect(frame.getByTestId('detail-panel')).toBeVisible();
  expect(await page.evaluate(() => history.length), 'host history.length after three selections').toBe(lengthBefore);
});

for (const width of [300, 1200]) {
  for (const lang of ['en', 'ar']) {
    test(`${width} px wide embed (${lang}): the timeline, no sideways scrolling, a detail panel that fits`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const frame = await openHost(page, `/width-${width}-${lang}.html`, `${width}px`, lang);
      const frameWidth = await frame.evaluate(() => document.documentElement.clientWidth);
      expect(frameWidth, 'iframe width').toBe(width);

      await expect(frame.getByTestId('timeline'), 'the timeline, not the list').toBeVisible();
      const ids = await singleMarksInView(frame);
      expect(ids.length, 'single event marks within the embed width').toBeGreaterThan(0);
      expect(await overflow(frame), 'sideways overflow in the embed').toBeLessThanOrEqual(0);

      await clickGlyph(frame, ids[0]!);
      const panel = frame.getByTestId('detail-panel');
      await expect(panel).toBeVisible();
      const box = (await panel.evaluate((el) => el.getBoundingClientRect().toJSON())) as DOMRect;
      expect(box.left, 'detail panel starts inside the embed').toBeGreaterThanOrEqual(0);
      expect(box.right, 'detail panel ends inside the embed').toBeLessThanOrEqual(width);
      expect(await overflow(frame), 'sideways overflow with the panel open').toBeLessThanOrEqual(0);

      // The legend folds away behind its title, and opens on demand.
      const legend = frame.getByTestId('legend');
      await expect(legend.locator('li').first()).toBeHidden();
      await legend.locator('summary').click();
      await expect(legend.locator('li').first()).toBeVisible();
      expect(await overflow(frame), 'sideways overflow with the legend open').toBeLessThanOrEqual(0);

      // The list is still there for readers who prefer it.
      await frame.getByTestId('layout-toggle').click();
      await expect(frame.getByTestId('timeline')).toHaveCount(0);
      await expect(frame.getByTestId('event-list')).toBeVisible();
      expect(await overflow(frame), 'sideways overflow in list layout').toBeLessThanOrEqual(0);
      await frame.getByTestId('layout-toggle').click();
      await expect(frame.getByTestId('timeline')).toBeVisible();
    });
  }
}
