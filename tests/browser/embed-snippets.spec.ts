/**
 * The Embed dialog's three snippets as a journalist uses them: copied from the dialog in either
 * language, pasted into a blank article on another origin, and what the reader then sees there: the
 * timeline, an iframe of the right height (pym's as tall as its content, the plain iframe tall
 * enough for its content, the strip its fixed small height with one event open and no list or
 * chrome), one fullscreen grant each, and the open event only when the journalist ticked it.
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect, openApp, clickMark, someSingleMark, seriousAxeViolations, selectedEventInUrl, TIMELINE } from './helpers.ts';
import { embeddedTimeline, heights, pastedPage, useHostServer } from './embed-helpers.ts';
import { STRIP_HEIGHT } from '../../src/embed/snippet.ts';

const host = useHostServer();
test.use({ reducedMotion: 'reduce' });

type Variant = 'pym' | 'iframe' | 'strip';

async function snippets(page: Page): Promise<Record<Variant, string>> {
  await page.getByTestId('embed-button').click();
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  const code = (v: Variant) => page.getByTestId(`embed-snippet-${v}`).inputValue();
  return { pym: await code('pym'), iframe: await code('iframe'), strip: await code('strip') };
}

async function paste(page: Page, path: string, snippet: string): Promise<Frame> {
  host.page(path, pastedPage(`<h1>Article</h1><p>Before.</p>\n${snippet}\n<p>After.</p>`));
  await page.goto(host.url(path));
  return embeddedTimeline(page);
}

/** The iframe's fullscreen grants: exactly one of `allow="fullscreen"` and `allowfullscreen`. */
async function fullscreenGrants(page: Page): Promise<string[]> {
  return page.locator('iframe').evaluate((f) => ['allow', 'allowfullscreen'].filter((a) => f.hasAttribute(a) && (a !== 'allow' || /fullscreen/.test(f.getAttribute(a)!))));
}

for (const lang of ['en', 'ar'] as const) {
  test(`each snippet works on first paste on another origin (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, { lang });
    const code = await snippets(page);
    expect(page.getByTestId('embed-with-event'), 'nothing open: nothing to include').toHaveCount(0);

    // pym: as tall as its content.
    let frame = await paste(page, `/pym-${lang}.html`, code.pym);
    await expect(frame.locator('html')).toHaveAttribute('lang', lang);
    await expect(frame.getByTestId('timeline')).toBeVisible();
    await expect.poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.content) <= 1 && h.content > 300;
    }, { message: 'the pym iframe is as tall as its content' }).toBe(true);
    expect(await fullscreenGrants(page)).toHaveLength(1);

    // Plain iframe: its default height holds all its content, nothing scrolls inside.
    frame = await paste(page, `/iframe-${lang}.html`, code.iframe);
    await expect(frame.getByTestId('timeline')).toBeVisible();
    const height = Number(await page.locator('iframe').getAttribute('height'));
    const inner = await frame.evaluate(() => ({ scroll: document.body.scrollHeight, client: document.body.clientHeight }));
    expect(inner.client, 'the page lays itself out to the iframe').toBe(height);
    expect(inner.scroll, 'its content fits the default height').toBeLessThanOrEqual(inner.client);
    expect(await fullscreenGrants(page)).toHaveLength(1);

    // Strip: its fixed small height, the axis and one open event, no list or chrome, nothing cut.
    frame = await paste(page, `/strip-${lang}.html`, code.strip);
    await expect(frame.getByTestId('timeline')).toBeVisible();
    expect((await page.locator('iframe').boundingBox())!.height).toBe(STRIP_HEIGHT);
    await expect(frame.getByTestId('strip-event')).toHaveCount(1);
    await expect(frame.getByTestId('strip-event')).toBeInViewport({ ratio: 1 });
    await expect(frame.getByTestId('strip-title')).not.toBeEmpty();
    for (const absent of ['event-list', 'detail-panel', 'legend', 'layout-toggle', 'embed-open-full']) await expect(frame.getByTestId(absent), absent).toHaveCount(0);
    await expect(frame.locator('input[type="search"]'), 'no filters').toHaveCount(0);
    const strip = await frame.evaluate(() => ({ scroll: document.body.scrollHeight, client: document.body.clientHeight }));
    expect(strip.scroll, 'the strip holds its content').toBeLessThanOrEqual(strip.client);
    expect(await fullscreenGrants(page)).toHaveLength(1);

    // A click on another mark opens that one in the strip, still one.
    const opened = await frame.getByTestId('strip-event').getAttribute('data-event-id');
    const other = frame.locator(`[data-testid="timeline"] [data-event-id]:not([data-event-id="${opened}"]) :is(.shape, .bar)`).first();
    await other.click();
    await expect(frame.getByTestId('strip-event')).not.toHaveAttribute('data-event-id', opened!);
    await expect(frame.getByTestId('strip-event')).toHaveCount(1);
    expect(await seriousAxeViolations(page), 'axe on the article with the strip').toEqual([]);
  });
}

test('the open event goes into the snippets only when the journalist ticks the box', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, { lang: 'en' });
  const id = await someSingleMark(page, TIMELINE);
  await clickMark(page, id, { scope: TIMELINE });
  await expect(page.getByTestId('detail-panel')).toBeVisible();

  let code = await snippets(page);
  const box = page.getByTestId('embed-with-event');
  await expect(box).not.toBeChecked();
  for (const v of ['pym', 'iframe', 'strip'] as const) expect(code[v], `${v}: no event by default`).not.toContain(id);
  expect(await seriousAxeViolations(page), 'axe with the dialog open').toEqual([]);

  await box.check();
  code = { pym: await page.getByTestId('embed-snippet-pym').inputValue(), iframe: await page.getByTestId('embed-snippet-iframe').inputValue(), strip: await page.getByTestId('embed-snippet-strip').inputValue() };
  for (const v of ['pym', 'iframe', 'strip'] as const) expect(code[v], `${v}: the event when asked`).toContain(`event=${id}`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toBeHidden();

  const frame = await paste(page, '/with-event.html', code.strip);
  await expect(frame.getByTestId('strip-event')).toHaveAttribute('data-event-id', id);
  expect(selectedEventInUrl(frame)).toBe(id);
});

for (const width of [360, 1920] as const) {
  test(`the strip holds its content in a ${width} px wide article, in both languages`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width === 360 ? 740 : 1080 });
    for (const lang of ['en', 'ar'] as const) {
      await openApp(page, { lang });
      const code = await snippets(page);
      const frame = await paste(page, `/strip-${width}-${lang}.html`, code.strip);
      await expect(frame.getByTestId('strip-event')).toBeVisible();
      // Step through every event with the keyboard, as a reader would: each card fits the strip.
      await frame.locator('[data-testid="timeline"] [data-event-id]').first().focus();
      const seen = new Set<string>();
      for (let i = 0; i < 30; i++) {
        const id = (await frame.getByTestId('strip-event').getAttribute('data-event-id'))!;
        if (seen.has(id)) break;
        seen.add(id);
        const fit = await frame.evaluate(() => ({ scroll: document.body.scrollHeight, client: document.body.clientHeight, wide: document.documentElement.scrollWidth - innerWidth }));
        expect(fit.scroll, `${lang} ${id}: fits the strip's height`).toBeLessThanOrEqual(fit.client);
        expect(fit.wide, `${lang} ${id}: no sideways scrolling`).toBeLessThanOrEqual(0);
        await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
        const moved = await expect
          .poll(() => frame.getByTestId('strip-event').getAttribute('data-event-id'), { timeout: 3_000 })
          .not.toBe(id)
          .then(() => true, () => false);
        // The last event: the key has nowhere further to go.
        if (!moved) break;
      }
      expect(seen.size, 'several events visited').toBeGreaterThan(3);
    }
  });
}
