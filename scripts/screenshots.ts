/**
 * The README's pictures of the first view: 1920×1080 and a 360×740 phone, in English and Arabic,
 * light theme, taken from the build in `dist/` (`npm run screenshots` builds first) with the events
 * file it ships. Each is what a reader sees on arrival: the page after it has drawn every mark, the
 * webfont in, before any click. Writes docs/screenshots/first-view-<width>-<lang>.png.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { serve } from './bench-serve.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const OUT = resolve(import.meta.dirname, '../docs/screenshots');

const SCREENS = [
  { width: 1920, height: 1080, phone: false },
  { width: 360, height: 740, phone: true },
] as const;

const { server, origin } = await serve(DIST, DIST);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const screen of SCREENS) {
    for (const lang of ['en', 'ar'] as const) {
      const context = await browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        isMobile: screen.phone,
        hasTouch: screen.phone,
        deviceScaleFactor: 1,
        locale: lang === 'ar' ? 'ar' : 'en-US',
        timezoneId: 'UTC',
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${origin}/?lang=${lang}`);
      // Marks drawn by the app itself (a phone first sees a build-time render it then replaces).
      await page.locator('[data-testid="timeline"] :is([data-event-id], [data-cluster-ids])').first().waitFor();
      await page.locator('.first-view').waitFor({ state: 'detached' });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      const path = resolve(OUT, `first-view-${screen.width}-${lang}.png`);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
