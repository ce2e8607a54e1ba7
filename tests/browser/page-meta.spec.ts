/**
 * What a browser tab, a search result and a link preview show of the page: its own icon (served from
 * the site, no request elsewhere), a description, and a title card.
 */
import { test, expect, openApp } from './helpers.ts';

test('the page has its own icon, a description and a link-preview card', async ({ page }) => {
  const icons: number[] = [];
  page.on('response', (res) => res.url().endsWith('/favicon.svg') && icons.push(res.status()));
  await openApp(page, { lang: 'en' });
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute('href', './favicon.svg');
  const iconUrl = await icon.evaluate((el: HTMLLinkElement) => el.href);
  expect(new URL(iconUrl).origin, 'the icon comes from the site itself').toBe(new URL(page.url()).origin);
  const res = await page.request.get(iconUrl);
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toContain('svg');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Arabic news reports/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /US–Russia talks on Syria/);
});
