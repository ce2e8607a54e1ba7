/**
 * The two Arabic month-name sets, chosen as a reader would: the control under the timeline (Arabic
 * pages only), and the choice followed by the axis, the marks' names, the detail, the list, the
 * coverage line and the presenter; carried in the link, remembered on the next visit, and defaulted
 * from the browser's region for a reader who never chose. Axe stays clean.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, clickMark, someSingleMark, seriousAxeViolations, PAGE } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const TRANSLITERATED = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Which month names a text uses: one set, or 'mixed', or 'none'. */
function monthSet(text: string): 'levantine' | 'transliterated' | 'english' | 'mixed' | 'none' {
  const found = (['levantine', 'transliterated', 'english'] as const).filter((set) =>
    ({ levantine: LEVANTINE, transliterated: TRANSLITERATED, english: ENGLISH })[set].some((m) => text.includes(m)),
  );
  return found.length === 1 ? found[0]! : found.length ? 'mixed' : 'none';
}

const axisLabels = (page: Page) => page.locator('[data-testid="timeline"] .axis text').allTextContents();
const markNames = (page: Page) => page.locator('[data-testid="timeline"] [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '').join(' | '));
const chooser = (page: Page) => page.getByTestId('month-names');

async function expectAxis(page: Page, set: 'levantine' | 'transliterated' | 'english'): Promise<void> {
  await expect.poll(async () => monthSet((await axisLabels(page)).join(' ')), `axis month names are ${set}`).toBe(set);
}

/** No two tick labels on one row overlap: long Levantine names ("تشرين الثاني") need their room. */
async function expectTickLabelsApart(page: Page): Promise<void> {
  const boxes = await page.locator('[data-testid="timeline"] .axis text.tick').evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ left: r.left, right: r.right })).sort((a, b) => a.left - b.left),
  );
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `tick label ${i} clear of the one before`).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
}

test('an Arabic reader switches to كانون الثاني، شباط… and every date follows, in the link and on the next visit', async ({ page }) => {
  // Many steps, each waiting on the page: generous on a shared machine.
  test.setTimeout(90_000);
  await openApp(page, { lang: 'ar' });
  await expectAxis(page, 'transliterated');
  expect(monthSet(await markNames(page))).toBe('transliterated');

  await expect(chooser(page)).toBeVisible();
  await expect(page.getByLabel('أسماء الأشهر')).toHaveValue('transliterated');
  await page.getByLabel('أسماء الأشهر').selectOption('levantine');

  await expect.poll(() => new URL(page.url()).searchParams.get('months')).toBe('levantine');
  await expectAxis(page, 'levantine');
  await expectTickLabelsApart(page);
  expect(monthSet(await markNames(page)), 'the marks’ names (what a screen reader and a tooltip say)').toBe('levantine');
  expect(monthSet(await page.getByTestId('coverage').innerText())).toBe('levantine');

  await clickMark(page, await someSingleMark(page));
  const date = page.getByTestId('detail-panel').getByTestId('detail-date');
  await expect(date).toBeVisible();
  expect(monthSet(await date.innerText()), 'the detail’s date').toBe('levantine');

  await page.getByTestId('layout-toggle').click();
  const when = page.getByTestId('event-list').locator('.when');
  await expect(when.first()).toBeVisible();
  expect(monthSet((await when.allInnerTexts()).join(' ')), 'the list’s dates').toBe('levantine');
  await page.getByTestId('layout-toggle').click();

  await page.keyboard.press('p');
  const slide = page.getByTestId('presenter-slide');
  await expect(slide).toBeVisible();
  expect(monthSet(await slide.locator('time').innerText()), 'the presenter’s date').toBe('levantine');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);

  // The next visit, from a link without the choice: remembered.
  await openApp(page, { lang: 'ar' });
  await expectAxis(page, 'levantine');
  await expect(page.getByLabel('أسماء الأشهر')).toHaveValue('levantine');
  expect(new URL(page.url()).searchParams.get('months'), 'a remembered choice is not written into a link the reader did not change').toBeNull();

  // And back, by keyboard this time: the first option is the transliterated set.
  await page.getByLabel('أسماء الأشهر').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('أسماء الأشهر')).toHaveValue('transliterated');
  await expectAxis(page, 'transliterated');
  await openApp(page, { lang: 'ar' });
  await expectAxis(page, 'transliterated');
});

test('a link with the choice opens with it, and Back undoes a change', async ({ page }) => {
  await openApp(page, { lang: 'ar', months: 'levantine' });
  await expectAxis(page, 'levantine');
  await page.getByLabel('أسماء الأشهر').selectOption('transliterated');
  await expectAxis(page, 'transliterated');
  await page.goBack();
  await expectAxis(page, 'levantine');
  await expect(page.getByLabel('أسماء الأشهر')).toHaveValue('levantine');
});

test('an English page has no month choice and English months; the Arabic choice survives a language switch', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  await expect(chooser(page)).toHaveCount(0);
  await expectAxis(page, 'english');
  await page.getByTestId('lang-toggle').click();
  await expect(chooser(page)).toBeVisible();
  await page.getByLabel('أسماء الأشهر').selectOption('levantine');
  await expectAxis(page, 'levantine');
  await page.getByTestId('lang-toggle').click();
  await expectAxis(page, 'english');
  expect(monthSet(await markNames(page))).toBe('english');
  await expect(chooser(page)).toHaveCount(0);
  await page.getByTestId('lang-toggle').click();
  await expectAxis(page, 'levantine');
});

test.describe('a reader in Beirut who never chose', () => {
  test.use({ locale: 'ar-LB' });
  test('sees the Levantine names by default', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expectAxis(page, 'levantine');
    await expect(page.getByLabel('أسماء الأشهر')).toHaveValue('levantine');
    expect(new URL(page.url()).searchParams.get('months')).toBeNull();
  });
});

for (const theme of ['light', 'dark']) {
  test(`axe: the month choice, Levantine, detail open (${theme})`, async ({ page }) => {
    // Axe over the whole page takes seconds on a shared machine.
    test.setTimeout(90_000);
    await openApp(page, { lang: 'ar', theme, months: 'levantine' });
    await clickMark(page, await someSingleMark(page));
    await expect(page.getByTestId('detail-panel')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

test('the list layout on a phone follows the choice', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, { lang: 'ar', months: 'levantine', layout: 'list' }, { scope: PAGE });
  const when = page.getByTestId('event-list').locator('.when');
  await expect(when.first()).toBeVisible();
  expect(monthSet((await when.allInnerTexts()).join(' '))).toBe('levantine');
});
