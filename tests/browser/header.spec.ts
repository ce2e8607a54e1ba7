/**
 * The page header: title and every page-wide control (language, theme, layout, Present, Embed) in
 * one group. On a desktop the title and the controls share one row; on a phone the controls wrap
 * under the title, inside the screen, without overlapping.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, PAGE } from './helpers.ts';

const CONTROLS = ['lang-toggle', 'theme-toggle', 'layout-toggle', 'present-button', 'embed-button'];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

async function boxes(page: Page): Promise<{ title: Box; controls: Box[]; header: Box }> {
  return page.evaluate((ids) => {
    const box = (el: Element | null): Box => {
      const r = el!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const header = document.querySelector('header');
    return {
      header: box(header),
      title: box(header!.querySelector('h1')),
      controls: ids.map((id) => box(header!.querySelector(`[data-testid="${id}"]`))),
    };
  }, CONTROLS);
}

for (const lang of ['en', 'ar']) {
  test(`1280 px (${lang}): Present and Embed sit with the other header controls, on the title's row`, async ({ page }) => {
    await openApp(page, { lang });
    const header = page.getByRole('banner');
    for (const id of CONTROLS) await expect(header.getByTestId(id), `${id} inside the header`).toBeVisible();
    const { title, controls } = await boxes(page);
    for (const [i, c] of controls.entries()) {
      expect(Math.abs(c.top - controls[0]!.top), `${CONTROLS[i]} on the same row as the language toggle`).toBeLessThanOrEqual(2);
      expect(c.top, `${CONTROLS[i]} level with the title`).toBeLessThan(title.bottom);
    }
  });

  test(`360 px (${lang}): the header controls wrap inside the screen without overlapping`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page, { lang }, { scope: PAGE });
    const { title, controls, header } = await boxes(page);
    for (const [i, c] of controls.entries()) {
      expect(c.left, `${CONTROLS[i]} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(c.right, `${CONTROLS[i]} ends on screen`).toBeLessThanOrEqual(360);
      expect(c.top, `${CONTROLS[i]} below the title`).toBeGreaterThanOrEqual(title.bottom);
      expect(c.bottom, `${CONTROLS[i]} inside the header`).toBeLessThanOrEqual(header.bottom);
      for (const [j, d] of controls.entries()) {
        if (j <= i) continue;
        const overlap = c.left < d.right && d.left < c.right && c.top < d.bottom && d.top < c.bottom;
        expect(overlap, `${CONTROLS[i]} and ${CONTROLS[j]} do not overlap`).toBe(false);
      }
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), 'page scroll width').toBeLessThanOrEqual(360);
  });
}
