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

/** Holds the app's script until the returned function is called, so the render can be read first. */
export async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Notes the render's title, marks, list rows and coverage line, and returns how many of each there
 * are; `keptNodes` counts those still on the page after the app has taken over. A node the app drew
 * anew is, to Chromium, new content, and a later largest contentful paint when it is larger than the
 * render's (Arabic text set in the webfont that arrived after the render's first paint).
 */
export const noteRenderNodes = (page: Page) =>
  page.evaluate(() => {
    const all = (selector: string) => [...document.querySelectorAll(`.first-view ${selector}`)];
    const noted = {
      title: all('h1'),
      marks: all('[data-testid="timeline"] :is([data-event-id], [data-cluster-ids])'),
      labels: all('[data-testid="timeline"] .label'),
      rows: all('[data-testid="event-list"] li'),
      coverage: all('[data-testid="coverage"]'),
    };
    (window as unknown as { rendered: typeof noted }).rendered = noted;
    return Object.fromEntries(Object.entries(noted).map(([kind, nodes]) => [kind, nodes.length]));
  });

export const keptNodes = (page: Page) =>
  page.evaluate(() => {
    const noted = (window as unknown as { rendered: Record<string, Element[]> }).rendered;
    return Object.fromEntries(Object.entries(noted).map(([kind, nodes]) => [kind, nodes.filter((node) => node.isConnected).length]));
  });
