/**
 * The compact strip a journalist pastes (`?layout=strip`, a fixed 520 px iframe) with the filters
 * showing every type: all six lanes fit inside the strip's box at 1280 px wide, their names visible
 * and apart, every mark label inside its own lane, and the open event's card under them uncut.
 */
import type { Frame, Page } from '@playwright/test';
import { EVENT_TYPES } from '../../src/lib/types.ts';
import { test, expect, openApp } from './helpers.ts';
import { embeddedTimeline, pastedPage, useHostServer } from './embed-helpers.ts';

const host = useHostServer();
test.use({ reducedMotion: 'reduce' });

interface Box { top: number; bottom: number; left: number; right: number }

/** Boxes in the host page's coordinates: the frame's own plus the iframe's offset. */
async function boxes(frame: Frame, selector: string, offset: { x: number; y: number }): Promise<Box[]> {
  const inFrame = await frame.locator(selector).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }));
  return inFrame.map((b) => ({ top: b.top + offset.y, bottom: b.bottom + offset.y, left: b.left + offset.x, right: b.right + offset.x }));
}

async function pastedStrip(page: Page, lang: 'en' | 'ar'): Promise<Frame> {
  await openApp(page, { lang, types: EVENT_TYPES.join(',') });
  await page.getByTestId('embed-button').click();
  const snippet = await page.getByTestId('embed-snippet-strip').inputValue();
  expect(snippet, 'the snippet keeps the types shown').toContain(`types=${EVENT_TYPES.join('%2C')}`);
  host.page(`/strip-lanes-${lang}.html`, pastedPage(snippet));
  await page.goto(host.url(`/strip-lanes-${lang}.html`));
  return embeddedTimeline(page);
}

for (const lang of ['en', 'ar'] as const) {
  test(`six lanes fit the 520 px strip at 1280 px wide, names and labels apart (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const frame = await pastedStrip(page, lang);
    await expect(frame.getByTestId('strip-event')).toBeVisible();
    await frame.evaluate(() => document.fonts.ready);
    const strip = (await page.locator('iframe').boundingBox())!;
    expect(Math.round(strip.height)).toBe(520);
    const offset = { x: strip.x, y: strip.y };
    const inside = (b: Box) => b.top >= strip.y && b.bottom <= strip.y + strip.height && b.left >= strip.x && b.right <= strip.x + strip.width;

    // Six names, each visible and wholly inside the strip.
    const captions = frame.locator('[data-testid="timeline"] .caption');
    await expect(captions).toHaveCount(EVENT_TYPES.length);
    for (const caption of await captions.all()) await expect(caption).toBeVisible();
    const names = await boxes(frame, '[data-testid="timeline"] .caption', offset);
    for (const [i, b] of names.entries()) expect(inside(b), `lane name ${i + 1} inside the strip`).toBe(true);

    // Each name inside its own lane band; the bands, top to bottom, do not overlap.
    const bands = (await boxes(frame, '[data-testid="timeline"] .band', offset)).sort((a, b) => a.top - b.top);
    expect(bands).toHaveLength(EVENT_TYPES.length);
    for (const [i, band] of bands.entries()) {
      expect(inside(band), `lane ${i + 1} inside the strip`).toBe(true);
      if (i > 0) expect(band.top, `lane ${i + 1} below lane ${i}`).toBeGreaterThanOrEqual(bands[i - 1]!.bottom - 0.5);
      expect(names.filter((n) => n.top >= band.top - 0.5 && n.bottom <= band.bottom + 0.5), `one name inside lane ${i + 1}`).toHaveLength(1);
    }

    // A mark's label never runs into the next lane.
    const labels = await boxes(frame, '[data-testid="timeline"] .label', offset);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(bands.some((b) => l.top >= b.top - 0.5 && l.bottom <= b.bottom + 0.5), 'a label inside one lane').toBe(true);

    // The open event's card is uncut and nothing scrolls inside the strip.
    const card = (await boxes(frame, '[data-testid="strip-event"]', offset))[0]!;
    expect(inside(card), 'the open event inside the strip').toBe(true);
    const fit = await frame.evaluate(() => ({ scroll: document.body.scrollHeight, client: document.body.clientHeight }));
    expect(fit.scroll, 'the strip holds its content').toBeLessThanOrEqual(fit.client);
  });
}
