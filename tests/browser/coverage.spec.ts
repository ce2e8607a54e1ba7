/**
 * Attribution and coverage as a reader meets them: the line under the timeline says how many
 * articles it is built from, their outlets and the period they were published in, and follows the
 * filters; wherever an article is named (the detail's sources, the reader, the list) it is by outlet,
 * headline and date, never by its file id; both languages; axe stays clean.
 */
import type { Page } from '@playwright/test';
import { formatIsoDate } from '../../src/lib/format.ts';
import type { ArticleMeta, EventsFile } from '../../src/lib/types.ts';
import { test, expect, openApp, loadEvents, clickMark, someSingleMark, seriousAxeViolations, normalizeSpace, PAGE } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const coverage = (page: Page) => page.getByTestId('coverage');
const span = (articles: ArticleMeta[]) => {
  const dates = articles.map((a) => a.published).sort();
  return { first: dates[0]!, last: dates[dates.length - 1]! };
};
/** The day as the page writes it; thin spaces aside, Node's ICU and Chromium's agree. */
const day = (iso: string, lang: 'en' | 'ar') => formatIsoDate(iso, lang);

function noIds(text: string, file: EventsFile): void {
  for (const a of file.articles) expect(text, `the file id ${a.id} is never shown`).not.toContain(a.id);
}

test('the line under the timeline names the sources and their period, and follows a filter', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  const { first, last } = span(file.articles);
  const line = coverage(page);
  await expect(line).toBeVisible();
  const text = normalizeSpace(await line.innerText());
  expect(text).toContain(`Built from ${file.articles.length} articles`);
  expect(text).toContain(day(first, 'en').split(' ')[0]!);
  expect(text).toContain(day(last, 'en'));
  if (file.articles.every((a) => !a.outlet)) expect(text).toContain('outlets not recorded');
  noIds(text, file);

  // The line sits under the timeline, not above it.
  const timelineBottom = (await page.getByTestId('timeline').boundingBox())!;
  expect((await line.boundingBox())!.y).toBeGreaterThan(timelineBottom.y);

  // A place filter chosen as a person would: open the list, tick the place with the fewest articles behind it.
  const perPlace = Object.keys(file.places).map((place) => {
    const events = file.events.filter((e) => e.places.includes(place) && ['meeting', 'agreement', 'ceasefire', 'deadline'].includes(e.type));
    return { place, articles: new Set(events.flatMap((e) => e.excerpts.map((x) => x.article))) };
  }).filter((p) => p.articles.size > 0 && p.articles.size < file.articles.length);
  const pick = perPlace.sort((a, b) => a.articles.size - b.articles.size)[0];
  expect(pick, 'a place whose events come from some of the articles only').toBeDefined();
  await page.getByTestId('filter-places').locator('summary').click();
  await page.getByTestId('filter-places').getByRole('checkbox', { name: new RegExp(`^${file.places[pick!.place]!.en}\\b`) }).check();
  await expect(line).toContainText(`of the ${file.articles.length} articles`);
  const shownText = normalizeSpace(await line.innerText());
  const n = Number(shownText.match(/come from (\d+) of/)![1]);
  expect(n, 'as many articles as the shown events cite, at least those of the place itself').toBeGreaterThanOrEqual(pick!.articles.size);
  expect(n).toBeLessThan(file.articles.length);

  // Clearing the filter brings the whole file's line back.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(line).toContainText(`Built from ${file.articles.length} articles`);

  // In Arabic, by the language button.
  await page.getByTestId('lang-toggle').click();
  await expect(line).toContainText(`مبنيّ على مقالات عددها ${file.articles.length}`);
  await expect(line).toContainText(day(last, 'ar'));
  expect(await line.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

for (const lang of ['en', 'ar'] as const) {
  test(`an article is named by headline, outlet and date in the sources, the reader and the list (${lang})`, async ({ page }) => {
    // Axe over the whole list page takes seconds on a shared machine.
    test.setTimeout(90_000);
    await openApp(page, { lang });
    const file = await loadEvents(page);
    const articles = new Map(file.articles.map((a) => [a.id, a]));
    await clickMark(page, await someSingleMark(page));
    const panel = page.getByTestId('detail-panel');
    await expect(panel).toBeVisible();
    const id = new URL(page.url()).searchParams.get('event')!;
    const event = file.events.find((e) => e.id === id)!;
    const sources = panel.getByTestId('excerpt-source');
    await expect(sources).toHaveCount(event.excerpts.length);
    for (const [i, x] of event.excerpts.entries()) {
      const a = articles.get(x.article)!;
      const source = normalizeSpace(await sources.nth(i).innerText());
      if (a.title) expect(source).toContain(a.title);
      expect(source).toContain(a.outlet ?? (lang === 'en' ? 'outlet not recorded' : 'الوسيلة غير مذكورة'));
      expect(source).toContain(day(a.published, lang));
      noIds(source, file);
    }

    await panel.getByTestId('read-article').first().click();
    const reader = page.getByTestId('article-reader');
    await expect(reader).toBeVisible();
    const first = articles.get(event.excerpts[0]!.article)!;
    await expect(reader.getByTestId('reader-byline')).toContainText(day(first.published, lang));
    noIds(await reader.getByRole('heading', { level: 3 }).innerText(), file);
    await page.keyboard.press('Escape');
    await expect(reader).toBeHidden();

    await page.getByTestId('layout-toggle').click();
    const row = page.getByTestId('event-list').locator(`[data-event-id="${id}"]`);
    await expect(row).toBeVisible();
    const rowSources = normalizeSpace(await row.getByTestId('list-sources').innerText());
    expect(rowSources).toContain(day(first.published, lang));
    noIds(rowSources, file);
    noIds(await page.getByTestId('event-list').innerText(), file);

    await page.evaluate(() => document.fonts.ready);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

test('with outlets and addresses in the front matter, the line lists the outlets and the headline links to the page', async ({ page }) => {
  // Axe over the whole page takes seconds on a shared machine.
  test.setTimeout(90_000);
  const real = await (await page.request.get('./events.json')).json() as EventsFile;
  const outlets = ['الحياة', 'Al Jazeera'];
  const file: EventsFile = {
    ...real,
    articles: real.articles.map((a, i) => ({ ...a, outlet: outlets[i % 2], url: `https://news.example/${i}` })),
  };
  await page.route('**/attributed.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  await openApp(page, { lang: 'en', data: './attributed.json' });
  const line = coverage(page);
  await expect(line).toContainText(`Built from ${file.articles.length} articles (الحياة, Al Jazeera)`);
  expect(normalizeSpace(await line.innerText())).not.toContain('not recorded');

  await clickMark(page, await someSingleMark(page));
  const id = new URL(page.url()).searchParams.get('event')!;
  const x = file.events.find((e) => e.id === id)!.excerpts[0]!;
  const a = file.articles.find((b) => b.id === x.article)!;
  const source = page.getByTestId('detail-panel').getByTestId('excerpt-source').first();
  await expect(source).toContainText(a.outlet!);
  await expect(source.getByRole('link')).toHaveAttribute('href', a.url!);

  await page.getByTestId('lang-toggle').click();
  await expect(line).toContainText('(الحياة، Al Jazeera)');
  await page.evaluate(() => document.fonts.ready);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the list layout carries the coverage line too', async ({ page }) => {
  await openApp(page, { lang: 'ar', layout: 'list' }, { scope: PAGE });
  await expect(coverage(page)).toContainText('مبنيّ على');
});

test('on a phone, an English row names each source with its date in one piece after the Arabic headline', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, { lang: 'en', layout: 'list' }, { scope: PAGE });
  const file = await loadEvents(page);
  const dates = [...new Set(file.articles.map((a) => day(a.published, 'en')))];
  // For every date written in a row's sources: where its day and its month fall on the screen.
  const placed = await page.getByTestId('list-sources').evaluateAll((rows, dates) => rows.flatMap((row) => {
    const node = row.firstChild!;
    // One character for one: the row writes a date's spaces unbreakable.
    const text = node.textContent!.replace(/\u00a0/g, ' ');
    return dates.flatMap((date) => {
      const out = [];
      for (let at = text.indexOf(date); at >= 0; at = text.indexOf(date, at + 1)) {
        const [dayNumber, month] = date.split(' ');
        const box = (from: number, length: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, from + length);
          const r = range.getClientRects()[0]!;
          return { left: r.left, right: r.right, top: r.top };
        };
        out.push({ date, day: box(at, dayNumber!.length), month: box(at + dayNumber!.length + 1, month!.length) });
      }
      return out;
    });
  }), dates);
  expect(placed.length, 'dates in the rows').toBeGreaterThan(0);
  for (const p of placed) {
    expect(Math.abs(p.day.top - p.month.top), `${p.date}: day and month on one line`).toBeLessThan(2);
    expect(p.month.left - p.day.right, `${p.date}: the month right after its day`).toBeGreaterThanOrEqual(0);
    expect(p.month.left - p.day.right).toBeLessThan(8);
  }
});
