/**
 * The embed's first view rendered into index.html at build time (src/first-view): in a frame as
 * narrow as a phone, a link to the embed with nothing else asked (`?embed=1`, and whatever pym adds)
 * shows the embed's timeline from the HTML alone, before the app's script has run, in the reader's
 * language; the app then takes over those very nodes, live. An embed link that asks for anything
 * else, and a wider frame, show no such render.
 */
import { test, expect, waitForMarks, loadEvents, byId, TIMELINE } from './helpers.ts';
import { holdAppScript, keptNodes, noteRenderNodes, PHONE, REFUSED_SCRIPT, showsNoMarks, visibleMarks, withoutAppScript } from './first-paint-helpers.ts';

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

    test('the app takes over the render itself: its marks and the line under them stay, one timeline, live', async ({ page }) => {
      // The app's script waits until the render has been read.
      const release = await holdAppScript(page);
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
      // The same nodes: the line under the timeline never vanishes (the host's frame would shrink
      // and grow), and nothing larger is drawn anew.
      const noted = await noteRenderNodes(page);
      expect(noted.title).toBe(1);
      expect(noted.coverage).toBe(1);
      release();
      await waitForMarks(page);
      await expect(page.getByTestId('timeline')).toHaveCount(1);
      expect(await keys(marks)).toEqual(rendered);
      // Exactly: toHaveText would take a thin space for a space.
      expect(await page.getByTestId('coverage').textContent()).toBe(coverage);
      expect(await keptNodes(page)).toEqual(noted);
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
