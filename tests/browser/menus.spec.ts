/**
 * Small things a reader notices, in both languages: the actor and place menus close on Escape (the
 * focus back on the menu's button, the open event left open) and on a click outside; the theme
 * button says what pressing it does; the embed's "opens elsewhere" arrow points toward the end of
 * the line (up-left in Arabic). axe stays clean with a menu open.
 */
import { test, expect, openApp, clickMark, someSingleMark, seriousAxeViolations, normalizeSpace } from './helpers.ts';

const LANGS = ['en', 'ar'] as const;

for (const lang of LANGS) {
  test.describe(`menus (${lang})`, () => {
    test.slow();

    test('a filter menu opens from the keyboard, ticks, and closes on Escape with the focus on its button', async ({ page }) => {
      await openApp(page, { lang });
      await clickMark(page, await someSingleMark(page));
      await expect(page.getByTestId('detail-panel')).toBeVisible();
      const count = page.getByTestId('event-count');
      const before = normalizeSpace(await count.innerText());

      const actors = page.getByTestId('filter-actors');
      const button = actors.locator('summary');
      await button.focus();
      await page.keyboard.press('Enter');
      const list = actors.getByRole('list').first();
      await expect(list, 'Enter opens the menu').toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await expect(actors.getByRole('checkbox').first()).toBeFocused();
      await page.keyboard.press('Space');
      await expect.poll(async () => normalizeSpace(await count.innerText()), 'ticking a name filters the events').not.toBe(before);

      await page.keyboard.press('Escape');
      await expect(list, 'Escape closes the menu').toBeHidden();
      await expect(button, 'and gives the focus back to its button').toBeFocused();
      await expect(button, 'which says one name is ticked').toContainText(/\((1|١)\)/);
      await expect(page.getByTestId('detail-panel'), 'the open event stays open').toBeVisible();

      await page.keyboard.press('Escape');
      await expect(page.getByTestId('detail-panel'), 'a second Escape closes the event').toBeHidden();
    });

    test('a click outside a filter menu closes it; opening the other closes the first', async ({ page }) => {
      await openApp(page, { lang });
      const actors = page.getByTestId('filter-actors');
      const places = page.getByTestId('filter-places');
      await actors.locator('summary').click();
      await expect(actors.getByRole('list').first()).toBeVisible();

      await places.locator('summary').click();
      await expect(places.getByRole('list').first(), 'the place menu opens').toBeVisible();
      await expect(actors.getByRole('list').first(), 'the actor menu closed').toBeHidden();

      // A click in the menu (ticking a place) keeps it open.
      await places.getByRole('checkbox').first().click();
      await expect(places.getByRole('list').first()).toBeVisible();

      await page.getByRole('heading', { level: 1 }).click();
      await expect(places.getByRole('list').first(), 'a click on the page closes it').toBeHidden();
      await expect(places.locator('summary')).toContainText(/\((1|١)\)/);
    });

    test('the theme button says what pressing it does', async ({ page }) => {
      await openApp(page, { lang, theme: 'light' });
      const button = page.getByTestId('theme-toggle');
      const toDark = lang === 'ar' ? 'التبديل إلى الوضع الداكن' : 'Switch to dark mode';
      const toLight = lang === 'ar' ? 'التبديل إلى الوضع الفاتح' : 'Switch to light mode';
      await expect(button).toHaveAccessibleName(toDark);
      await expect(button, 'its words are part of its name').toHaveText(lang === 'ar' ? 'الوضع الداكن' : 'Dark mode');
      await button.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');
      await expect(button, 'once dark, it offers light').toHaveAccessibleName(toLight);
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAccessibleName(toDark);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    test('the embed title\'s "opens elsewhere" arrow points toward the end of the line', async ({ page }) => {
      await openApp(page, { lang, embed: '1' });
      const link = page.getByTestId('embed-open-full');
      const arrow = link.locator('[aria-hidden="true"]');
      await expect(arrow).toHaveText('↗');
      // Drawn mirrored in Arabic (↖: up and to the left, where an Arabic line ends), as is in English.
      const transform = await arrow.evaluate((el) => getComputedStyle(el).transform);
      if (lang === 'ar') expect(transform, 'mirrored horizontally').toMatch(/^matrix\(-1, 0, 0, 1, 0, 0\)$/);
      else expect(transform, 'not mirrored').toMatch(/^(none|matrix\(1, 0, 0, 1, 0, 0\))$/);
      // And it sits at the end of the title, after the words in reading order.
      const [linkBox, arrowBox] = [await link.boundingBox(), await arrow.boundingBox()];
      const fromEnd = lang === 'ar' ? arrowBox!.x - linkBox!.x : linkBox!.x + linkBox!.width - (arrowBox!.x + arrowBox!.width);
      expect(fromEnd, 'the arrow ends the title').toBeLessThan(4);
    });
  });
}
