/**
 * The shipped Content-Security-Policy as a person meets it: the built page carries base-uri and
 * form-action 'none' in its meta policy, and the one form in the app (the embed dialog's Close,
 * a `method="dialog"` form, which only closes the dialog) still works under it. The console guard
 * fails the test on any policy violation.
 */
import { test, expect, openApp } from './helpers.ts';

test('the built page’s policy forbids <base> and form posts, and the embed dialog still closes with its button', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("form-action 'none'");

  await page.getByTestId('embed-button').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('embed-close').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('embed-button')).toBeFocused();
});
