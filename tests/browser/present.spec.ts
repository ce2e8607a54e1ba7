/**
 * Presenter mode as a speaker uses it: a clicker (PageDown/PageUp, Space, B), arrows that follow the
 * reading direction, Home/End to the title and end slides, typed slide numbers, a reload mid-talk,
 * filters that narrow the talk, Esc out. Expected orders come from the events file the app serves,
 * never from ids written here. What the slides say is in present-slides.spec.ts.
 */
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  appPath,
  openApp,
  loadEvents,
  idsInDateOrder,
  selectedEventInUrl,
  seriousAxeViolations,
  PAGE,
  type Params,
} from './helpers.ts';
import { DEFAULT_TYPES, type EventType } from '../../src/lib/types.ts';
import { localDigits } from '../../src/present/slide-text.ts';

test.use({ reducedMotion: 'reduce' });
// Walks through many slides, each fitted to the screen: long on two shared cores.
test.describe.configure({ timeout: 90_000 });

const TITLE = 'title slide';
const END = 'end slide';

/** Opens presenter mode; without `event`, on the title slide. */
async function openPresenter(page: Page, params: Params = {}): Promise<void> {
  await page.goto(appPath({ lang: 'en', mode: 'present', ...params }));
  await expect(page.getByTestId('presenter').locator('article')).toBeVisible({ timeout: 10_000 });
}

/** What the screen shows: an event's id, the title slide or the end slide. */
async function slideId(page: Page): Promise<string | null> {
  const slide = page.locator('[data-testid="presenter"] .stage > article');
  const kind = await slide.getAttribute('data-testid');
  if (kind === 'presenter-title-slide') return TITLE;
  if (kind === 'presenter-end-slide') return END;
  return slide.getAttribute('data-event-id');
}

/** The events a presenter shows: one type, or the types shown by default (calls and statements are off). */
async function expectedOrder(page: Page, type?: EventType): Promise<string[]> {
  return idsInDateOrder(await loadEvents(page), type ? (e) => e.type === type : (e) => DEFAULT_TYPES.includes(e.type));
}

/** Every slide: the title, the events, the sources. */
const deckOf = (order: string[]) => [TITLE, ...order, END];

/** Presses `key` after each slide and returns the ids shown, starting with the current one. */
async function walk(page: Page, key: string, steps: number): Promise<string[]> {
  const seen = [(await slideId(page))!];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press(key);
    await expect.poll(() => slideId(page)).not.toBe(seen.at(-1));
    seen.push((await slideId(page))!);
  }
  return seen;
}

test('clicker keys step from the title slide through every event in date order to the sources, with progress and the URL following', async ({ page }) => {
  // Every slide of the deck, each re-fitted to the screen: long on two shared cores.
  test.setTimeout(120_000);
  await openPresenter(page);
  const order = await expectedOrder(page);
  const deck = deckOf(order);
  expect(await slideId(page)).toBe(TITLE);
  expect(selectedEventInUrl(page), 'the title slide selects nothing').toBeNull();
  const progress = page.getByTestId('presenter-progress');
  await expect(progress).toContainText(`1 / ${deck.length}`);
  const seen = [(await slideId(page))!];
  for (let i = 1; i < deck.length; i++) {
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideId(page)).toBe(deck[i]);
    seen.push((await slideId(page))!);
    // The counter never runs past its total, and reads the slide's own number.
    await expect(progress).toContainText(`${i + 1} / ${deck.length}`);
  }
  expect(seen).toEqual(deck);
  expect(selectedEventInUrl(page), 'the end slide keeps the last event selected').toBe(order.at(-1));
  expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
  // The last slide stays put, and so does the first.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  expect(await slideId(page)).toBe(END);
  await expect(page.getByTestId('presenter-next')).toBeDisabled();

  expect(await walk(page, 'PageUp', 2)).toEqual(deck.slice(-3).reverse());
  await page.keyboard.press('Shift+Space');
  await expect.poll(() => slideId(page)).toBe(deck.at(-4));
  await page.keyboard.press('Space');
  await expect.poll(() => slideId(page)).toBe(deck.at(-3));
  await page.keyboard.press('Home');
  await expect.poll(() => slideId(page)).toBe(TITLE);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  expect(await slideId(page)).toBe(TITLE);
  await expect(page.getByTestId('presenter-previous')).toBeDisabled();
  await page.keyboard.press('End');
  await expect.poll(() => slideId(page)).toBe(END);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => slideId(page)).toBe(order.at(-1));
  await page.keyboard.press('End');
  await expect.poll(() => slideId(page)).toBe(END);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
});

test('filters apply: types=agreement presents only the agreements, in date order', async ({ page }) => {
  await openPresenter(page, { types: 'agreement' });
  const order = await expectedOrder(page, 'agreement');
  expect(order.length).toBeGreaterThan(1);
  await expect(page.getByTestId('presenter-progress')).toContainText(`1 / ${order.length + 2}`);
  expect(await walk(page, 'ArrowRight', order.length + 1)).toEqual(deckOf(order));
});

test('a reload keeps the position', async ({ page }) => {
  await openPresenter(page);
  const order = await expectedOrder(page);
  await walk(page, 'PageDown', 4);
  await expect.poll(() => selectedEventInUrl(page)).toBe(order[3]);
  await page.reload();
  await expect(page.getByTestId('presenter-slide')).toHaveAttribute('data-event-id', order[3]!);
  await expect(page.getByTestId('presenter-progress')).toContainText(`5 / ${order.length + 2}`);
});

test('B blanks the screen and B restores the same slide; "." does the same', async ({ page }) => {
  await openPresenter(page);
  const before = await slideId(page);
  for (const key of ['b', '.']) {
    await page.keyboard.press(key);
    await expect(page.getByTestId('presenter-blank')).toBeVisible();
    await page.keyboard.press(key);
    await expect(page.getByTestId('presenter-blank')).toHaveCount(0);
    expect(await slideId(page)).toBe(before);
  }
  // A clicker's "next" while blank brings the screen back on the same slide.
  await page.keyboard.press('b');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter-blank')).toHaveCount(0);
  expect(await slideId(page)).toBe(before);
});

test('in Arabic, ← goes forward and → back', async ({ page }) => {
  await openPresenter(page, { lang: 'ar' });
  const order = await expectedOrder(page);
  await expect(page.getByTestId('presenter')).toHaveAttribute('dir', 'rtl');
  expect(await walk(page, 'ArrowLeft', 3)).toEqual([TITLE, ...order.slice(0, 3)]);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideId(page)).toBe(order[1]);
});

for (const lang of ['en', 'ar'] as const) {
  test(`the bar follows the reading direction (${lang}): "next" points onward, progress reads n / total in the language's digits`, async ({ page }) => {
    await openPresenter(page, { lang });
    const order = await expectedOrder(page);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideId(page)).toBe(order[1]);
    const x = async (testid: string) => {
      const box = (await page.getByTestId(testid).boundingBox())!;
      return box.x + box.width / 2;
    };
    // Onward is leftward in Arabic: the next button sits on the left and its arrow points left.
    const onwardIsRight = lang === 'en';
    expect((await x('presenter-next')) > (await x('presenter-previous')), 'next button on the onward side').toBe(onwardIsRight);
    await expect(page.getByTestId('presenter-next')).toHaveText(onwardIsRight ? '→' : '←');
    // "2 / N": the current number comes first in reading order, so on the right in Arabic.
    await expect(page.getByTestId('presenter-n')).toHaveText(lang === 'ar' ? '٣' : '3');
    await expect(page.getByTestId('presenter-total')).toHaveText(localDigits(order.length + 2, lang));
    expect(await page.getByTestId('presenter-progress').locator('[aria-hidden="true"]').innerText(), 'one set of digits').toMatch(lang === 'ar' ? /^[٠-٩]+ \/ [٠-٩]+$/ : /^\d+ \/ \d+$/);
    expect((await x('presenter-total')) > (await x('presenter-n')), 'total after n in reading order').toBe(onwardIsRight);
    await page.getByTestId('presenter-next').click();
    await expect.poll(() => slideId(page)).toBe(order[2]);
  });
}

test('with no event passing the filters, the bar reads 0 / 0', async ({ page }) => {
  await page.goto(appPath({ lang: 'ar', mode: 'present', types: '' }));
  await expect(page.getByTestId('presenter')).toContainText('لا أحداث');
  await expect(page.getByTestId('presenter-n')).toHaveText('٠');
  await expect(page.getByTestId('presenter-total')).toHaveText('٠');
});

test('typing a number and Enter jumps to that slide', async ({ page }) => {
  await openPresenter(page);
  const order = await expectedOrder(page);
  const n = Math.min(5, order.length);
  await page.keyboard.type(String(n));
  await expect(page.getByTestId('presenter-typed')).toContainText(String(n));
  await page.keyboard.press('Enter');
  await expect.poll(() => slideId(page), 'slide n is event n − 1: the title slide is the first').toBe(order[n - 2]);
});

test('a horizontal swipe steps forward', async ({ page }) => {
  await openPresenter(page);
  const order = await expectedOrder(page);
  const box = (await page.getByTestId('presenter-title-slide').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => slideId(page)).toBe(order[0]);
});

test('P enters presenter mode and Esc leaves it', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-title-slide')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('present');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBeNull();
});

test.describe('Back leaves the presenter', () => {
  test('arriving from another page, one Back returns there (the first slide is not a step of its own)', async ({ page }) => {
    await openApp(page, { lang: 'en', layout: 'list' }, { scope: PAGE });
    await expect(page.locator('[data-event-id]').first(), 'list rows').toBeAttached();
    await openPresenter(page);
    await expect(page.getByTestId('presenter-title-slide')).toBeVisible();
    expect(selectedEventInUrl(page), 'the title slide selects nothing').toBeNull();
    await page.goBack();
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('layout'), 'back on the page before').toBe('list');
  });

  test('after P, one Back returns to the view before P; after a step, one more', async ({ page }) => {
    await openApp(page, { lang: 'en' });
    const before = page.url();
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-title-slide')).toBeVisible();
    const first = await slideId(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideId(page)).not.toBe(first);

    await page.goBack();
    await expect.poll(() => slideId(page), 'Back undoes the step').toBe(first);
    await page.goBack();
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    expect(page.url()).toBe(before);
  });
});

test.describe('when the presenter’s code cannot be loaded', () => {
  test.use({ allowConsoleErrors: /Failed to load resource|dynamically imported module|Presenter/i });

  test('P shows a message, not a blank page, and Esc or the button returns to the timeline', async ({ page }) => {
    await page.route('**/assets/Presenter-*.js', (route) => route.abort());
    await openApp(page, { lang: 'en' });

    await page.keyboard.press('p');
    const message = page.getByTestId('chunk-error');
    await expect(message).toBeVisible();
    await expect(message).toContainText('could not be loaded');
    await page.keyboard.press('Escape');
    await expect(message).toHaveCount(0);
    await expect(page.locator('[data-event-id], [data-cluster-ids]').first()).toBeVisible();
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();

    await page.getByTestId('present-button').click();
    await expect(message).toBeVisible();
    await page.getByTestId('chunk-error-exit').click();
    await expect(message).toHaveCount(0);
    await expect(page.getByTestId('present-button')).toBeVisible();
  });

  test('in Arabic, the message and the way back are in Arabic', async ({ page }) => {
    await page.route('**/assets/Presenter-*.js', (route) => route.abort());
    await page.goto(appPath({ lang: 'ar', mode: 'present' }));
    await expect(page.getByTestId('chunk-error')).toContainText('تعذّر تحميل العرض التقديمي');
    await expect(page.getByTestId('chunk-error-exit')).toHaveText('العودة إلى الخط الزمني');
  });
});

for (const lang of ['en', 'ar']) {
  test(`axe: no serious or critical violations in presenter mode, on the title, an event and the end slide (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await openPresenter(page, { lang });
    await page.evaluate(() => document.fonts.ready);
    expect(await seriousAxeViolations(page), 'title slide').toEqual([]);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-slide')).toBeVisible();
    expect(await seriousAxeViolations(page), 'event slide').toEqual([]);
    await page.keyboard.press('End');
    await expect(page.getByTestId('presenter-end-slide')).toBeVisible();
    expect(await seriousAxeViolations(page), 'end slide').toEqual([]);
  });
}
