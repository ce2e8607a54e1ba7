/**
 * What the presenter's slides say and that a room sees all of it: the title slide (title, period,
 * number of events and sources), each event's full quote with the outlet and date of its article,
 * approximate dates said to be approximate, no quote twice running, the sources on the end slide,
 * and, at 1280×720 and 1920×1080, every slide and the timeline strip shown whole. Expected values
 * come from the events file the app serves.
 */
import type { Page } from '@playwright/test';
import { test, expect, appPath, loadEvents, byId, idsInDateOrder } from './helpers.ts';
import { citedArticles } from '../../src/app/article-source.ts';
import { DEFAULT_TYPES, type EventsFile } from '../../src/lib/types.ts';
import { localDigits } from '../../src/present/slide-text.ts';

test.use({ reducedMotion: 'reduce' });
// Each test visits every slide of the deck: long on two shared cores.
test.describe.configure({ timeout: 150_000 });

async function open(page: Page, lang: 'en' | 'ar'): Promise<{ file: EventsFile; order: string[]; sources: string[] }> {
  await page.goto(appPath({ lang, mode: 'present' }));
  await expect(page.getByTestId('presenter-title-slide')).toBeVisible({ timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready);
  const file = await loadEvents(page);
  const order = idsInDateOrder(file, (e) => DEFAULT_TYPES.includes(e.type));
  const events = byId(file);
  const known = new Set(file.articles.map((a) => a.id));
  const sources = [...new Set(order.flatMap((id) => citedArticles(events.get(id)!)))].filter((id) => known.has(id));
  return { file, order, sources };
}

/** Nothing of the slide is cut or scrolled away, and the strip's lanes lie inside its box, above the bar. */
async function expectWhole(page: Page, what: string): Promise<void> {
  const stageOverflow = () =>
    page.evaluate(() => {
      const stage = document.querySelector<HTMLElement>('[data-testid="presenter"] .stage')!;
      return Math.max(stage.scrollHeight - stage.clientHeight, stage.scrollWidth - stage.clientWidth);
    });
  // Fitting follows the slide's arrival; polled so the check reads the fitted slide.
  await expect.poll(stageOverflow, { message: `${what}: the slide is not cut` }).toBeLessThanOrEqual(1);
  const m = await page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-testid="presenter"] .stage')!;
    const strip = document.querySelector<HTMLElement>('[data-testid="presenter-strip"]')!.getBoundingClientRect();
    const plot = document.querySelector('[data-testid="presenter-strip"] [data-testid="timeline"]')!.getBoundingClientRect();
    const bar = document.querySelector('[data-testid="presenter-progress"]')!.getBoundingClientRect();
    return { over: stage.scrollHeight - stage.clientHeight, wide: stage.scrollWidth - stage.clientWidth, strip, plot, bar, h: innerHeight };
  });
  expect(m.over, `${what}: the slide is not cut at the bottom`).toBeLessThanOrEqual(1);
  expect(m.wide, `${what}: nor at the side`).toBeLessThanOrEqual(1);
  expect(m.plot.top, `${what}: the strip's axis is inside its box`).toBeGreaterThanOrEqual(m.strip.top - 1);
  expect(m.plot.bottom, `${what}: the strip's last lane is inside its box`).toBeLessThanOrEqual(m.strip.bottom + 1);
  expect(m.plot.bottom, `${what}: the strip ends above the bar`).toBeLessThanOrEqual(m.bar.top);
  expect(m.bar.bottom, `${what}: the bar is on screen`).toBeLessThanOrEqual(m.h);
}

for (const lang of ['en', 'ar'] as const) {
  test(`the title slide names the timeline, its period and what it is built from; the end slide lists the sources (${lang})`, async ({ page }) => {
    const { order, sources, file } = await open(page, lang);
    const title = page.getByTestId('presenter-title-slide');
    await expect(title.getByRole('heading')).toHaveText(lang === 'en' ? /US–Russia talks on Syria/ : /المحادثات الأميركية الروسية/);
    await expect(page.getByTestId('presenter-range')).toHaveText(lang === 'en' ? /2015.*–.*20\d\d/ : /2015.*–.*20\d\d/);
    await expect(page.getByTestId('presenter-event-count')).toContainText(localDigits(order.length, lang));
    await expect(page.getByTestId('presenter-source-count')).toContainText(localDigits(sources.length, lang));

    await page.keyboard.press('End');
    const items = page.getByTestId('presenter-source-item');
    await expect(items).toHaveCount(sources.length);
    const published = file.articles.filter((a) => sources.includes(a.id)).map((a) => a.published).sort();
    const first = await items.first().innerText();
    expect(first, 'outlet · headline · date').toMatch(/.+ · .+ · .+/);
    expect(first, 'oldest first').toContain(String(Number(published[0]!.slice(0, 4))));
    await page.keyboard.press('Home');
    await expect(title).toBeVisible();
  });

  test(`every event slide: its full quote, the outlet and date of the quote, approximate dates so marked, no quote twice running (${lang})`, async ({ page }) => {
    const { file, order } = await open(page, lang);
    const events = byId(file);
    let previousQuote: string | null = null;
    for (const id of order) {
      await page.keyboard.press('PageDown');
      await expect(page.getByTestId('presenter-slide')).toHaveAttribute('data-event-id', id);
      const event = events.get(id)!;
      const quote = page.getByTestId('presenter-quote');
      const text = (await quote.count()) ? await quote.textContent() : null;
      if (text !== null) {
        expect(event.excerpts.map((x) => x.text), `${id}: the quote is a whole excerpt, not cut`).toContain(text);
        expect(text.endsWith('…') && !event.excerpts.some((x) => x.text.endsWith('…')), `${id}: no ellipsis`).toBe(false);
      }
      expect(text === null || text !== previousQuote, `${id}: not the quote of the slide before`).toBe(true);
      previousQuote = text;
      await expect(page.getByTestId('presenter-source'), `${id}: a source line`).toContainText(lang === 'en' ? /Published \d{1,2} \w+ \d{4}/ : /نُشر في \d{1,2} \S+ \d{4}/);
      const date = page.getByTestId('presenter-date');
      if (event.date.approximate) await expect(date, `${id}: approximate`).toContainText(lang === 'en' ? /^around / : /^نحو /);
      else await expect(date).not.toContainText(lang === 'en' ? 'around' : 'نحو');
    }
  });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const lang of ['en', 'ar'] as const) {
    test(`at ${width}×${height} every slide and the timeline strip are shown whole (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const { order } = await open(page, lang);
      await expectWhole(page, 'title slide');
      for (const id of order) {
        await page.keyboard.press('PageDown');
        await expect(page.getByTestId('presenter-slide')).toHaveAttribute('data-event-id', id);
        await expectWhole(page, id);
        // Scaled to fit, still readable from a room.
        const size = await page.getByTestId('presenter-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size, `${id}: title size`).toBeGreaterThanOrEqual(16);
      }
      await page.keyboard.press('PageDown');
      await expect(page.getByTestId('presenter-end-slide')).toBeVisible();
      await expectWhole(page, 'end slide');
    });
  }
}
