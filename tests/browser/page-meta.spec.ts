/**
 * What a browser tab, a search result and a link preview show of the page: its own icon (served from
 * the site, no request elsewhere), a description, and a card with a picture of the first view.
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

test('the link-preview card names a 1200×630 picture that the site itself serves', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta('twitter:title')).toHaveAttribute('content', /US–Russia talks on Syria/);
  await expect(meta('twitter:description')).toHaveAttribute('content', /Arabic news reports/);
  await expect(meta('og:image')).toHaveAttribute('content', /\.png$/);
  await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
  await expect(meta('og:image:height')).toHaveAttribute('content', '630');
  await expect(meta('og:image:type')).toHaveAttribute('content', 'image/png');
  await expect(meta('og:image:alt')).toHaveAttribute('content', /timeline/);

  // Resolved as a crawler resolves it: against the page's address.
  const imageUrl = new URL((await meta('og:image').getAttribute('content')) ?? '', page.url()).href;
  expect(new URL(imageUrl).origin, 'the card comes from the site itself').toBe(new URL(page.url()).origin);
  const res = await page.request.get(imageUrl);
  expect(res.status(), `GET ${imageUrl}`).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  const size = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, imageUrl);
  expect(size, 'the picture is the size the tags give').toEqual({ width: 1200, height: 630 });
});
