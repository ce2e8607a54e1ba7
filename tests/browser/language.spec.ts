/**
 * Language and theme: Arabic pages run right to left, time included (later events further left);
 * English runs left to right; lists are joined with the language's comma (، in Arabic); the toggles
 * switch language and theme and say so in the URL.
 */
import type { Page } from '@playwright/test';
import type { EventsFile } from '../../src/lib/types.ts';
import { test, expect, openApp, loadEvents, byId, singleMarks, plotBox } from './helpers.ts';

/** Single marks inside the plot whose events start on different days, earliest first by date. */
async function datedPairs(page: Page, file: EventsFile) {
  const events = byId(file);
  const singles = (await singleMarks(page, { within: await plotBox(page) }))
    .map((m) => ({ id: m.id!, x: m.cx, start: events.get(m.id!)!.date.start }))
    .sort((a, b) => a.start.localeCompare(b.start));
  expect(singles.length, 'at least two single marks in the plot').toBeGreaterThanOrEqual(2);
  const earliest = singles[0]!;
  const latest = singles.at(-1)!;
  expect(latest.start > earliest.start, 'marks with different dates exist').toBe(true);
  return { earliest, latest, singles };
}

test('in Arabic the page is right-to-left and later events sit to the left of earlier ones', async ({ page }) => {
  await openApp(page, { lang: 'ar' });
  const file = await loadEvents(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  const { earliest, latest, singles } = await datedPairs(page, file);
  expect(latest.x, `${latest.id} (${latest.start}) left of ${earliest.id} (${earliest.start})`).toBeLessThan(earliest.x);
  // Every pair in date order, not just the extremes: x never increases as dates increase.
  for (let i = 1; i < singles.length; i++) {
    const a = singles[i - 1]!;
    const b = singles[i]!;
    if (b.start > a.start) expect(b.x, `${b.id} (${b.start}) not right of ${a.id} (${a.start})`).toBeLessThanOrEqual(a.x + 1);
  }
});

test('in English the page is left-to-right and later events sit to the right', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const { earliest, latest } = await datedPairs(page, file);
  expect(latest.x, `${latest.id} (${latest.start}) right of ${earliest.id} (${earliest.start})`).toBeGreaterThan(earliest.x);
});

test('the language toggle switches language and direction, and the URL keeps it', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ar');
  // Interface words change script: some Arabic letters appear in the controls.
  await expect(page.getByTestId('search')).toBeVisible();
  const body = await page.locator('body').innerText();
  expect(body, 'Arabic text on the page').toMatch(/[\u0600-\u06ff]/);
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
});

test('the theme toggle changes the colours, and the URL keeps it', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' });
  const background = () =>
    page.evaluate(() => {
      // The first opaque background from body up: what a person sees behind the page.
      for (const el of [document.body, document.documentElement]) {
        const c = getComputedStyle(el).backgroundColor;
        if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
      }
      return 'transparent';
    });
  const light = await background();
  await page.getByTestId('theme-toggle').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');
  await expect.poll(background, 'page background changes with the theme').not.toBe(light);
  const dark = await background();
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  expect(luminance(dark), `dark background (${dark}) darker than light (${light})`).toBeLessThan(luminance(light));
});

test('a list of names is joined with the Arabic comma in Arabic and the Latin one in English', async ({ page }) => {
  await openApp(page, { lang: 'ar' });
  const file = await loadEvents(page);
  const several = file.events.find((e) => e.actors.length >= 3 && ['meeting', 'agreement'].includes(e.type));
  expect(several, 'an event with three people or groups').toBeDefined();
  await openApp(page, { lang: 'ar', event: several!.id });
  const row = (name: string) => page.getByTestId('detail-panel').locator('dt', { hasText: name }).locator('+ dd');
  const arabic = await row('الأشخاص والجهات').innerText();
  expect(arabic.split('، '), arabic).toHaveLength(several!.actors.length);
  expect(arabic, 'no Latin comma').not.toContain(',');

  await page.getByTestId('lang-toggle').click();
  const english = await row('People and groups').innerText();
  expect(english.split(', '), english).toHaveLength(several!.actors.length);
  expect(english).not.toContain('،');
});

for (const [lang, theme] of [['en', 'light'], ['ar', 'dark']] as const) {
  test(`no gridline shows through a lane's name (${lang}, ${theme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, { lang, theme });
    const captions = page.locator('[data-testid="timeline"] .lanes .caption');
    const gridXs = await page.locator('[data-testid="timeline"] .axis line').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().x));
    const shot = async () => Promise.all((await captions.all()).map(async (c) => c.screenshot()));
    const boxes = await captions.evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    expect(boxes.some((b) => gridXs.some((x) => x > b.left + 2 && x < b.right - 2)), 'some gridline crosses a name’s extent in this view').toBe(true);
    // What each name looks like with the gridlines drawn, and with them hidden: the same picture.
    const withLines = await shot();
    await page.locator('[data-testid="timeline"] .axis line').evaluateAll((ls) => ls.forEach((l) => ((l as SVGElement).style.visibility = 'hidden')));
    const withoutLines = await shot();
    withLines.forEach((png, i) => expect(png.equals(withoutLines[i]!), `lane name ${i + 1} is crossed by a gridline`).toBe(true));
  });
}
