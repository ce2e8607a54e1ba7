/**
 * Layers that cover the page — the presenter and the embed dialog — hold the keyboard while open:
 * Tab and Shift+Tab go round inside them, Esc closes only them, and focus comes back to the button
 * that opened them.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, appPath, clickMark, focusedIds, someSingleMark } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

/** Presses Tab (or Shift+Tab) `times` times and names every focused element found outside `layer`. */
async function tabOutside(page: Page, layer: Locator, key: 'Tab' | 'Shift+Tab', times: number): Promise<string[]> {
  const outside: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    const where = await layer.evaluate((root) => {
      const el = document.activeElement;
      return el && root.contains(el) && el !== root ? null : `<${el?.tagName.toLowerCase()} ${el?.getAttribute('data-testid') ?? ''}>`;
    });
    if (where) outside.push(`${key} #${i + 1}: ${where}`);
  }
  return outside;
}

for (const lang of ['en', 'ar']) {
  test(`presenter (${lang}): Tab stays inside, Esc leaves, focus returns to Present`, async ({ page }) => {
    await openApp(page, { lang });
    await page.getByTestId('present-button').click();
    const presenter = page.getByTestId('presenter');
    // Started from the toolbar, the presenter opens on its title slide.
    await expect(page.getByTestId('presenter-title-slide')).toBeVisible({ timeout: 10_000 });

    // More presses than the presenter has controls, so both ends are passed.
    expect(await tabOutside(page, presenter, 'Tab', 15), 'focus outside the presenter').toEqual([]);
    expect(await tabOutside(page, presenter, 'Shift+Tab', 15), 'focus outside the presenter').toEqual([]);

    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
    await expect(page.getByTestId('present-button')).toBeFocused();
  });
}

test('embed dialog: Tab stays inside, Esc closes the dialog (not the detail panel under it), focus returns to Embed', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  await clickMark(page, await someSingleMark(page));
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toBeVisible();

  await page.getByTestId('embed-button').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  expect(await tabOutside(page, dialog, 'Tab', 10), 'focus outside the dialog').toEqual([]);
  expect(await tabOutside(page, dialog, 'Shift+Tab', 10), 'focus outside the dialog').toEqual([]);

  // P inside the dialog is a letter, not "present".
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel, 'the detail panel under the dialog stays open').toBeVisible();
  await expect(page.getByTestId('embed-button')).toBeFocused();
});

test('presenter inside an embed traps nothing: Tab can leave for the host article', async ({ page }) => {
  await page.goto(appPath({ lang: 'en', embed: '1', mode: 'present' }));
  const presenter = page.getByTestId('presenter');
  await expect(page.getByTestId('presenter-title-slide')).toBeVisible({ timeout: 10_000 });
  expect((await tabOutside(page, presenter, 'Tab', 15)).length, 'Tab reaches past the presenter').toBeGreaterThan(0);
});

test('leaving a presenter inside an embed puts focus on the mark of the event it stopped on', async ({ page }) => {
  await page.goto(appPath({ lang: 'en', embed: '1', mode: 'present' }));
  await expect(page.getByTestId('presenter-title-slide')).toBeVisible({ timeout: 10_000 });
  // From the title slide to the first event, then the second.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter-slide')).toBeVisible();
  const id = await page.getByTestId('presenter-slide').getAttribute('data-event-id');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('lang-toggle'), 'the embed names its language toggle as the page does').toBeVisible();
  expect(await focusedIds(page, { self: true }), `focus on ${id}'s mark itself`).toContain(id!);
});
