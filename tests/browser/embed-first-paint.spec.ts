/**
 * The embed's first view rendered into index.html at build time (src/first-view): in a frame as
 * narrow as a phone, a link to the embed with nothing else asked (`?embed=1`, and whatever pym adds)
 * shows the embed's timeline from the HTML alone, before the app's script has run, in the reader's
 * language; the app then replaces it with the same view, live. An embed link that asks for anything
 * else, and a wider frame, show no such render.
 */
import { test, expect, waitForMarks, loadEvents, byId, TIMELINE } from './helpers.ts';
import { PHONE, REFUSED_SCRIPT, showsNoMarks, visibleMarks, withoutAppScript } from './first-paint-helpers.ts';

/** What pym.js adds to the frame's address. */
const PYM = { initialWidth: '390', childId: 'timeline', parentTitle: 'Host article', parentUrl: 'https://news.example/article' };

for (const lang of ['en', 'ar'] as const) {
  test.describe(`390 px frame, browser in ${lang}`, () => {
    test.use({ ...PHONE, locale: lang });

    test.describe('before the app has run', () => {
      test.use({ allowConsoleErrors: REFUSED_SCRIPT });

      test("the embed link shows the embed's events and their titles, not the page's view", async ({ page }) => {
        await withoutAppScript(page);
        await page.goto('./?embed=1');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await expect(visibleMarks(page).first()).toBeVisible();
        // The embed's compact header, not the page's; the timeline, not the phone page's list.
        await expect(page.getByTestId('embed-open-full')).toBeVisible();
        await expect(page.locator('.app-header')).toHaveCount(0);
        await expect(page.getByTestId('event-list')).toHaveCount(0);
        const events = byId(await loadEvents(page));
        const label = page.locator(`${TIMELINE} [data-event-id] .label`).first();
        await expect(label).toBeVisible();
        const id = await label.evaluate((el) => el.closest('[data-event-id]')!.getAttribute('data-event-id')!);
        expect(events.get(id)!.title[lang].startsWith((await label.textContent())!.replace(/…$/, '').trim())).toBe(true);
      });

      test("pym's parameters still get the render", async ({ page }) => {
        await withoutAppScript(page);
        await page.goto(`./?embed=1&${new URLSearchParams(PYM)}`);
        await expect(visibleMarks(page).first()).toBeVisible();
        await expect(page.getByTestId('embed-open-full')).toBeVisible();
      });
    });

    test('the app takes over the same marks and the line under them: one timeline, live', async ({ page }) => {
      // The app's script waits until the render's marks have been read.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      // Whether the app had drawn the line under the timeline when the render gave way: else it
      // vanishes for a frame, and the host's frame shrinks and grows.
      await page.addInitScript(() => {
        new MutationObserver((records, observer) => {
          if (!records.some((r) => [...r.removedNodes].some((n) => n instanceof Element && n.classList.contains('first-view')))) return;
          (window as unknown as { coverageAtTakeover: boolean }).coverageAtTakeover = !!document.querySelector('#app [data-testid="coverage"]');
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const marks = `${TIMELINE} :is([data-event-id], [data-cluster-ids])`;
      const keys = (selector: string) =>
        page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? `cluster:${el.getAttribute('data-cluster-ids')}`).sort());
      // Not until `load`: that waits for the held script.
      await page.goto('./?embed=1', { waitUntil: 'commit' });
      await expect(page.locator(`.first-view ${marks}`).first()).toBeVisible();
      const rendered = await keys(`.first-view ${marks}`);
      // Set in Node at build time, in Chromium by the app: the same text, so the app's line is no
      // larger than the render's (a larger one would be a later largest contentful paint).
      const coverage = await page.locator('.first-view [data-testid="coverage"]').textContent();
      release();
      await waitForMarks(page);
      await expect(page.locator('html')).not.toHaveAttribute('data-first-view');
      await expect(page.getByTestId('timeline')).toHaveCount(1);
      expect(await keys(marks)).toEqual(rendered);
      // Exactly: toHaveText would take a thin space for a space.
      expect(await page.getByTestId('coverage').textContent()).toBe(coverage);
      expect(await page.evaluate(() => (window as unknown as { coverageAtTakeover?: boolean }).coverageAtTakeover)).toBe(true);
      const id = (await page.locator(`${TIMELINE} [data-event-id]`).first().getAttribute('data-event-id'))!;
      await page.locator(`${TIMELINE} [data-event-id="${id}"] .shape`).tap();
      const events = byId(await loadEvents(page));
      await expect(page.getByTestId('detail-panel')).toContainText(events.get(id)!.title[lang]);
    });
  });
}

test.describe('390 px frame, an embed link that asks for more', () => {
  test.use({ ...PHONE, allowConsoleErrors: REFUSED_SCRIPT });
  const links: [string, Record<string, string>][] = [
    ['the compact strip', { embed: '1', layout: 'strip' }],
    ['a fixed height', { embed: '1', height: '400' }],
    ['an open event', { embed: '1', event: 'e1' }],
    ['one event type', { embed: '1', types: 'meeting' }],
  ];
  for (const [what, params] of links) {
    test(`${what}: nothing of the default embed is shown`, ({ page }) => showsNoMarks(page, `./?${new URLSearchParams(params)}`));
  }
});

test.describe('a 700 px frame, before the app has run', () => {
  test.use({ viewport: { width: 700, height: 800 }, allowConsoleErrors: REFUSED_SCRIPT });

  test('the embed link shows no phone render: the wider embed is drawn by the app alone', ({ page }) => showsNoMarks(page, './?embed=1'));
});
