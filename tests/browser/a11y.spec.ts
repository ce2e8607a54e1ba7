/**
 * axe-core over the views a person can reach: both themes × both languages, the list layout, and
 * with the detail panel and article reader open. Serious and critical findings fail.
 */
import { test, expect, appPath, openApp, seriousAxeViolations, clickMark, someSingleMark, TIMELINE, PAGE, type Params } from './helpers.ts';

// Colour contrast is judged on settled colours, not halfway through a transition.
test.use({ reducedMotion: 'reduce' });

const views: { name: string; params: Params; open?: 'detail' | 'article' }[] = [
  { name: 'light, English', params: { theme: 'light', lang: 'en' } },
  { name: 'dark, English', params: { theme: 'dark', lang: 'en' } },
  { name: 'light, Arabic', params: { theme: 'light', lang: 'ar' } },
  { name: 'dark, Arabic', params: { theme: 'dark', lang: 'ar' } },
  { name: 'list layout, light, English', params: { theme: 'light', lang: 'en', layout: 'list' } },
  { name: 'list layout, dark, Arabic', params: { theme: 'dark', lang: 'ar', layout: 'list' } },
  { name: 'detail panel open, light, English', params: { theme: 'light', lang: 'en' }, open: 'detail' },
  { name: 'detail panel open, dark, Arabic', params: { theme: 'dark', lang: 'ar' }, open: 'detail' },
  { name: 'article reader open, light, Arabic', params: { theme: 'light', lang: 'ar' }, open: 'article' },
];

for (const view of views) {
  test(`axe: no serious or critical violations — ${view.name}`, async ({ page }) => {
    const list = view.params.layout === 'list';
    await openApp(page, view.params, { scope: list ? PAGE : TIMELINE });
    if (view.open) {
      const scope = list ? PAGE : TIMELINE;
      await clickMark(page, await someSingleMark(page, scope), { scope });
      await expect(page.getByTestId('detail-panel')).toBeVisible();
      if (view.open === 'article') {
        await page.getByTestId('read-article').first().click();
        await expect(page.getByTestId('article-reader')).toBeVisible();
      }
    }
    await page.evaluate(() => document.fonts.ready);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

/** The other modes a reader meets, in the theme and language pairs the views above leave out. */
for (const lang of ['en', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe on a 360×740 phone, strip above the list, an event open (${lang}, ${theme})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await openApp(page, { lang, theme }, { scope: PAGE });
      await clickMark(page, await someSingleMark(page, PAGE), { scope: PAGE });
      await expect(page.getByTestId('detail-panel')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  test(`axe in dark presenter mode, on the title and an event slide (${lang})`, async ({ page }) => {
    await page.goto(appPath({ lang, theme: 'dark', mode: 'present' }));
    await expect(page.getByTestId('presenter-title-slide')).toBeVisible({ timeout: 10_000 });
    await page.evaluate(() => document.fonts.ready);
    expect(await seriousAxeViolations(page), 'title slide').toEqual([]);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-slide')).toBeVisible();
    expect(await seriousAxeViolations(page), 'event slide').toEqual([]);
  });

  for (const layout of ['timeline', 'strip'] as const) {
    test(`axe in a dark embed, ${layout} layout, an event open (${lang})`, async ({ page }) => {
      await openApp(page, { lang, theme: 'dark', embed: '1', ...(layout === 'strip' ? { layout } : {}) });
      await clickMark(page, await someSingleMark(page));
      await expect(page.getByTestId(layout === 'strip' ? 'strip-event' : 'detail-panel')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}
