/**
 * The Download menu as a reader uses it: narrow the timeline, open the menu, download each format,
 * and read every file back (csv-parse, ical.js, the app's own validator, an XML parser, the PNG
 * header). Each must hold exactly the events the view shows, and TimelineJS's own library must show
 * a slide for every event of the TimelineJS file, served from this test's server.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { DEFAULT_TYPES, type EventsFile } from '../../src/lib/types.ts';
import { validateEventsFile } from '../../src/lib/load.ts';
import type { TimelineJsFile } from '../../src/lib/export/timelinejs.ts';
import { test, expect, openApp, toggleType } from './helpers.ts';

const SAMPLE: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));
const DATA = 'download-sample.json';
const TIMELINEJS = new URL('../../node_modules/@knight-lab/timelinejs/dist/', import.meta.url);

async function serve(page: Page): Promise<void> {
  await page.route(`**/${DATA}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(SAMPLE) }));
}

async function downloadAs(page: Page, format: string): Promise<{ download: Download; bytes: Buffer }> {
  const summary = page.getByTestId('download-button');
  if (!(await page.locator('details.download').getAttribute('open').then((v) => v !== null))) await summary.click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`details.download button[data-format="${format}"]`).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path!) };
}

/** Shown: the default types less meetings, which the test turns off. */
const shown = SAMPLE.events.filter((e) => DEFAULT_TYPES.includes(e.type) && e.type !== 'meeting');

test.describe('Download menu', () => {
  test.beforeEach(async ({ page }) => {
    await serve(page);
    await openApp(page, { data: DATA, lang: 'en' });
    await toggleType(page, 'meeting');
    await page.getByTestId('download-button').click();
    await expect(page.locator('details.download .count')).toHaveText(`${shown.length} events, as shown`);
  });

  test('JSON holds exactly the events shown and loads in the app', async ({ page }) => {
    const { download, bytes } = await downloadAs(page, 'json');
    expect(download.suggestedFilename()).toBe('syria-talks-timeline.json');
    const file = JSON.parse(bytes.toString('utf8')) as EventsFile;
    expect(validateEventsFile(file)).toEqual([]);
    expect(file.events.map((e) => e.id).sort()).toEqual(shown.map((e) => e.id).sort());
    expect(file.events).toEqual(expect.arrayContaining(shown));
  });

  test('CSV parses back with a BOM, one row per shown event, Arabic intact', async ({ page }) => {
    const { bytes } = await downloadAs(page, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(shown.map((e) => e.id).sort());
    for (const row of rows) {
      const event = shown.find((e) => e.id === row.id)!;
      expect([row.start, row.end, row.title_ar]).toEqual([event.date.start, event.date.end, event.title.ar]);
    }
  });

  test('iCalendar parses back with ical.js: all-day events on the right days', async ({ page }) => {
    const { bytes } = await downloadAs(page, 'ics');
    const events = new ICAL.Component(ICAL.parse(bytes.toString('utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(shown.map((e) => e.id).sort());
    for (const e of events) {
      const event = shown.find((x) => e.uid.startsWith(`${x.id}@`))!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(event.date.start);
      expect(e.summary).toBe(event.title.en);
    }
  });

  test('SVG has every shown title, the source line and the Arabic font inside it', async ({ page }) => {
    const { bytes } = await downloadAs(page, 'svg');
    const svg = bytes.toString('utf8');
    // Parsed here, not in the page: the page's policy rightly refuses the image's own <style>.
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    const parsed = {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      ids: [...doc.querySelectorAll('[data-event]')].map((g) => g.getAttribute('data-event')),
      source: doc.querySelector('[data-role="source"]')?.textContent ?? '',
    };
    expect(parsed.error).toBeNull();
    expect(parsed.ids.sort()).toEqual(shown.map((e) => e.id).sort());
    expect(parsed.source).toMatch(/^Source: \d+ news articles?/);
    expect(svg).toMatch(/@font-face\{font-family:'Noto Naskh Arabic';font-weight:400;src:url\(data:font\/woff2;base64,d09GMg/);
  });

  test('PNG is an image twice the size of the SVG, drawn with something on it', async ({ page }) => {
    const { bytes } = await downloadAs(page, 'png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBe(2400);
    // A blank white canvas compresses to almost nothing; titles and marks do not.
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  test('TimelineJS file shows a slide for every event in the real TimelineJS library', async ({ page }) => {
    const { bytes } = await downloadAs(page, 'timelinejs');
    const data = JSON.parse(bytes.toString('utf8')) as TimelineJsFile;
    expect(data.events.map((s) => s.unique_id).sort()).toEqual(shown.map((e) => e.id).sort());

    const outside: string[] = [];
    await page.route((url) => url.hostname !== '127.0.0.1', (route) => (outside.push(route.request().url()), route.abort()));
    await page.route('**/tl-test/**', (route) => {
      const name = new URL(route.request().url()).pathname.split('/tl-test/')[1];
      if (name === 'index.html') {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><link rel="stylesheet" href="css/timeline.css"><div id="tl" style="width:1000px;height:600px"></div><script src="js/timeline.js"></script>',
        });
      }
      return route.fulfill({ path: new URL(name, TIMELINEJS).pathname });
    });
    await page.goto('./tl-test/index.html');
    await page.evaluate((json) => {
      // TimelineJS's global, from its own script.
      const TL = (window as unknown as { TL: { Timeline: new (id: string, data: unknown, options: unknown) => unknown } }).TL;
      // font: null keeps TimelineJS from fetching its font stylesheet from its CDN.
      new TL.Timeline('tl', json, { language: 'en', hash_bookmark: false, font: null });
    }, data);
    for (const slide of data.events) {
      const element = page.locator(`[id="${slide.unique_id}"]`);
      await expect(element).toBeAttached();
      await expect(element.locator('.tl-headline').first()).toHaveText(slide.text.headline.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))));
    }
    await expect(page.locator('.tl-timemarker')).toHaveCount(data.events.length);
    expect(outside).toEqual([]);
  });
});

test('the menu follows the search: only matching events are offered', async ({ page }) => {
  await serve(page);
  await openApp(page, { data: DATA, lang: 'en', q: 'Geneva' });
  await page.getByTestId('download-button').click();
  const count = await page.locator('details.download .count').textContent();
  const n = Number(/^(\d+)/.exec(count ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(SAMPLE.events.length);
  const { bytes } = await downloadAs(page, 'json');
  expect((JSON.parse(bytes.toString('utf8')) as EventsFile).events).toHaveLength(n);
  await page.keyboard.press('Escape');
  await expect(page.locator('details.download')).not.toHaveAttribute('open');
});
