/**
 * The README's pictures of the first view: 1920×1080 and a 360×740 phone, in English and Arabic,
 * light theme, taken from the build in `dist/` (`npm run screenshots` builds first) with the events
 * file it ships. Each is what a reader sees on arrival: the page after it has drawn every mark, the
 * webfont in, before any click. Writes docs/screenshots/first-view-<width>-<lang>.png.
 *
 * The same run writes the link-preview card, public/social-card.png (index.html's og:image), so the
 * card follows the app instead of being a hand-made picture that drifts from it. It lands in
 * public/, so the build after this run ships it.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { serve } from './bench-serve.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const PUBLIC = resolve(import.meta.dirname, '../public');

interface Shot {
  width: number;
  height: number;
  phone: boolean;
  /** Device pixels per CSS pixel: the picture is width × height times this. */
  scale: number;
  lang: 'en' | 'ar';
  path: string;
}

const SCREENS = [
  { width: 1920, height: 1080, phone: false, scale: 1 },
  { width: 360, height: 740, phone: true, scale: 1 },
] as const;

const SHOTS: Shot[] = [
  ...SCREENS.flatMap((screen) =>
    (['en', 'ar'] as const).map((lang) => ({ ...screen, lang, path: resolve(OUT, `first-view-${screen.width}-${lang}.png`) })),
  ),
  // 1200×630 pixels, the size Open Graph and X's large card are drawn at; English, as index.html's
  // tags are. A 1200 px wide page wraps its controls and pushes the timeline below 630 px, so the
  // card is a 1600×840 view drawn at three quarters: the whole first view, its title still legible.
  { width: 1600, height: 840, phone: false, scale: 0.75, lang: 'en', path: resolve(PUBLIC, 'social-card.png') },
];

const { server, origin } = await serve(DIST, DIST);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      isMobile: shot.phone,
      hasTouch: shot.phone,
      deviceScaleFactor: shot.scale,
      locale: shot.lang === 'ar' ? 'ar' : 'en-US',
      timezoneId: 'UTC',
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${origin}/?lang=${shot.lang}`);
    // Marks drawn by the app itself (a phone first sees a build-time render it then replaces).
    await page.locator('[data-testid="timeline"] :is([data-event-id], [data-cluster-ids])').first().waitFor();
    await page.locator('.first-view').waitFor({ state: 'detached' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    await page.screenshot({ path: shot.path });
    console.log(`wrote ${shot.path}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
