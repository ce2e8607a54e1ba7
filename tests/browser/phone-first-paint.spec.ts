/**
 * The first view rendered into index.html at build time (src/first-view): on a phone, a link to the
 * default view shows the timeline's events from the HTML alone, before the app's script has run, in
 * the reader's language; the app then takes over those very nodes, live. A link that asks for
 * anything else (a filter, an event) and a wider screen show no such render: the reader never sees
 * a view their link did not ask for. The embed has a render of its own (`embed-first-paint.spec.ts`).
 */
import { test, expect, openApp, loadEvents, byId, waitForMarks, TIMELINE, PAGE } from './helpers.ts';
import { holdAppScript, keptNodes, noteRenderNodes, PHONE, REFUSED_SCRIPT, showsNoMarks, visibleMarks, withoutAppScript } from './first-paint-helpers.ts';

for (const lang of ['en', 'ar'] as const) {
  test.describe(`390×844 phone, browser in ${lang}`, () => {
    test.use({ ...PHONE, locale: lang });

    test.describe('before the app has run', () => {
      test.use({ allowConsoleErrors: REFUSED_SCRIPT });

      test('the default link shows events and their titles', async ({ page }) => {
        await withoutAppScript(page);
        await page.goto('./');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await expect(visibleMarks(page).first()).toBeVisible();
        const events = byId(await loadEvents(page));
        const label = page.locator(`${TIMELINE} [data-event-id] .label`).first();
        await expect(label).toBeVisible();
        const id = await label.evaluate((el) => el.closest('[data-event-id]')!.getAttribute('data-event-id')!);
        // The label names its event in the reader's language (cut with an ellipsis when long).
        expect(events.get(id)!.title[lang].startsWith((await label.textContent())!.replace(/…$/, '').trim())).toBe(true);
      });
    });

    test('the app takes over the render itself: the nodes on screen stay, one timeline, live', async ({ page }) => {
      const release = await holdAppScript(page);
      // Not until `load`: that waits for the held script.
      await page.goto('./', { waitUntil: 'commit' });
      await expect(page.locator('.first-view h1')).toBeVisible();
      const noted = await noteRenderNodes(page);
      expect(noted.title).toBe(1);
      expect(noted.marks).toBeGreaterThan(0);
      expect(noted.rows).toBeGreaterThan(0);
      release();
      await waitForMarks(page, PAGE);
      expect(await keptNodes(page)).toEqual(noted);
      await expect(page.getByTestId('timeline')).toHaveCount(1);
      const id = (await page.locator(`${TIMELINE} [data-event-id]`).first().getAttribute('data-event-id'))!;
      await page.locator(`${TIMELINE} [data-event-id="${id}"] .shape`).tap();
      const events = byId(await loadEvents(page));
      await expect(page.getByTestId('detail-panel')).toContainText(events.get(id)!.title[lang]);
    });
  });
}

test.describe('390×844 phone, a link to another view', () => {
  test.use(PHONE);

  test.describe('before the app has run', () => {
    test.use({ allowConsoleErrors: REFUSED_SCRIPT });
    const links: [string, Record<string, string>][] = [
      ['one event type', { types: 'meeting' }],
      ['an open event', { event: 'e1' }],
      ['a search', { q: 'Geneva' }],
      ['the list alone', { layout: 'list' }],
      ['the Levantine month names', { lang: 'ar', months: 'levantine' }],
    ];
    for (const [what, params] of links) {
      test(`${what}: nothing of the default view is shown`, ({ page }) => showsNoMarks(page, `./?${new URLSearchParams(params)}`));
    }
  });

  test('one event type: the page shows that lane alone, not the default lanes', async ({ page }) => {
    await openApp(page, { types: 'meeting' }, { scope: PAGE });
    await expect(page.getByTestId('filter-type-meeting')).toBeChecked();
    await expect(page.getByTestId('filter-type-agreement')).not.toBeChecked();
    const events = byId(await loadEvents(page));
    const ids = await page.locator(`${TIMELINE} [data-event-id]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')!));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => events.get(id)!.type !== 'meeting'), 'marks of other types').toEqual([]);
  });
});

test.describe('1280×800 screen, before the app has run', () => {
  test.use({ viewport: { width: 1280, height: 800 }, allowConsoleErrors: REFUSED_SCRIPT });

  test('the default link shows no phone render: the wide page is drawn by the app alone', ({ page }) => showsNoMarks(page, './'));
});
