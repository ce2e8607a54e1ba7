/**
 * Shared by the specs of the build-time first views (`phone-first-paint.spec.ts`,
 * `embed-first-paint.spec.ts`): a phone, a page whose app script never arrives (so what shows is what
 * the HTML and stylesheet alone show), and the check that a link shows no render.
 */
import type { Page } from '@playwright/test';
import { expect, TIMELINE } from './helpers.ts';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The app's code never arrives: what the page shows is what the HTML and stylesheet alone show. */
export const withoutAppScript = (page: Page) => page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
/** The console error the refused script leaves. */
export const REFUSED_SCRIPT = /^Failed to load resource: net::ERR_FAILED$/;

export const visibleMarks = (page: Page) => page.locator(`${TIMELINE} :is([data-event-id], [data-cluster-ids])`).filter({ visible: true });

/** `path` shows no build-time render: nothing of the timeline until the app (refused here) draws it. */
export async function showsNoMarks(page: Page, path: string) {
  await withoutAppScript(page);
  await page.goto(path);
  await expect(page.locator('#app')).toBeAttached();
  await expect(page.locator('.first-view')).toHaveCount(0);
  await expect(visibleMarks(page)).toHaveCount(0);
}
