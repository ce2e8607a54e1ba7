/**
 * Zooming with motion, as a person sees it: after "+", a key on a mark or "go to event", the marks
 * glide through in-between places to where they land (unless the reader asked the system for reduced
 * motion: then they jump there); "+" zooms about the open event and keeps the keyboard on the
 * button; keys pressed on a mark zoom about that mark and keep the focus on its event. Both
 * languages, axe clean after zooming.
 */
import type { Page } from '@playwright/test';
import {
  test, expect, openApp, loadEvents, clickMark, someSingleMark, settle, plotBox, singleMarks, markX, focusedIds, seriousAxeViolations,
  idsInDateOrder, selectedEventInUrl,
} from './helpers.ts';
import { DEFAULT_TYPES } from '../../src/lib/types.ts';

const LANGS = ['en', 'ar'] as const;

/**
 * Centre x of each mark's shape (null when its event has no mark of its own) frame by frame while
 * `act` runs: what a person watching the plot would see. The page's clock (installed before it
 * loaded) is paused and stepped a 60 Hz frame at a time, so a loaded machine cannot skip frames.
 */
async function framesDuring(page: Page, ids: string[], act: () => Promise<void>): Promise<(number | null)[][]> {
  const positions = () => page.evaluate((ids) => ids.map((id) => {
    const shape = document.querySelector(`[data-testid="timeline"] [data-event-id="${CSS.escape(id)}"] :is(circle, rect, path, polygon, use)`);
    if (!shape) return null;
    const r = shape.getBoundingClientRect();
    return r.x + r.width / 2;
  }), ids);
  await page.clock.pauseAt(Date.now() + 1000);
  const frames = [await positions()];
  await act();
  for (let i = 0; i < 40; i++) {
    await page.clock.runFor(16);
    frames.push(await positions());
  }
  await page.clock.resume();
  await settle(page);
  frames.push(await positions());
  return frames;
}

/**
 * Frames in which mark `i` was drawn clearly between where it started and where it ended.
 */
function between(frames: (number | null)[][], i: number): number {
  const xs = frames.map((f) => f[i]).filter((x): x is number => x !== null);
  const start = xs[0]!;
  const end = xs[xs.length - 1]!;
  if (Math.abs(end - start) < 8) return 0;
  return xs.filter((x) => Math.min(Math.abs(x - start), Math.abs(x - end)) > 2 && (x - start) * (end - x) > 0).length;
}

/** Opens the timeline with one event selected, and finds a single mark near it to watch. */
async function selectedWithNeighbour(page: Page, lang: string): Promise<{ selected: string; neighbour: string }> {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await openApp(page, { lang });
  await clickMark(page, await someSingleMark(page));
  await settle(page);
  const selected = new URL(page.url()).searchParams.get('event')!;
  const plot = await plotBox(page);
  const x = (await markX(page, selected))!;
  // Close enough to stay on screen when the gap doubles, far enough to measure.
  const near = (await singleMarks(page, { within: plot, whole: true }))
    .filter((m) => m.id !== selected && Math.abs(m.cx - x) > 20 && Math.abs(m.cx - x) < plot.width / 6)
    .sort((a, b) => Math.abs(a.cx - x) - Math.abs(b.cx - x));
  expect(near.length, `a single mark within ${Math.round(plot.width / 6)} px of the selected ${selected}`).toBeGreaterThan(0);
  return { selected, neighbour: near[0]!.id! };
}

for (const lang of LANGS) {
  test.describe(`zoom with motion (${lang})`, () => {
    // Settling takes longer on a loaded machine; what is checked does not change.
    test.slow();
    test.beforeEach(({ page }) => page.clock.install());
    test('"+" glides about the open event, keeps the focus, and Enter on it zooms again', async ({ page }) => {
      const { selected, neighbour } = await selectedWithNeighbour(page, lang);
      const x0 = (await markX(page, selected))!;
      const gap0 = Math.abs((await markX(page, neighbour))! - x0);

      const frames = await framesDuring(page, [selected, neighbour], () => page.getByTestId('zoom-in').click());
      expect(between(frames, 1), `frames with ${neighbour} on its way out from the open event (of ${frames.length} sampled)`).toBeGreaterThanOrEqual(5);
      const x1 = (await markX(page, selected))!;
      expect(Math.abs(x1 - x0), 'the open event stays where it was: the zoom is about it, not the middle').toBeLessThan(4);
      const gap1 = Math.abs((await markX(page, neighbour))! - x1);
      expect(gap1 / gap0, 'the gap to its neighbour doubles').toBeGreaterThan(1.7);
      expect(gap1 / gap0).toBeLessThan(2.3);

      await expect(page.getByTestId('zoom-in'), 'the focus stays on "+"').toBeFocused();
      await page.keyboard.press('Enter');
      await settle(page);
      await expect(page.getByTestId('zoom-in')).toBeFocused();
      const gap2 = Math.abs((await markX(page, neighbour))! - (await markX(page, selected))!);
      expect(gap2 / gap1, 'Enter on the focused "+" zooms in again').toBeGreaterThan(1.7);

      // "Show all" glides back and keeps its focus.
      await page.getByTestId('zoom-fit').click();
      await settle(page);
      await expect(page.getByTestId('zoom-fit')).toBeFocused();
      expect(Math.abs(Math.abs((await markX(page, neighbour))! - (await markX(page, selected))!) - gap0), 'back to the opening scale').toBeLessThan(4);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    test('+ and − pressed on a mark zoom about it with motion; the keyboard stays on that event', async ({ page }) => {
      await openApp(page, { lang });
      // Keyboard only: from "Show all" (nothing to do at the opening view), Tab reaches the marks.
      await page.getByTestId('zoom-fit').focus();
      await page.keyboard.press('Tab');
      const [id] = await focusedIds(page);
      expect(id, 'Tab from the zoom buttons lands on an event mark').toBeDefined();
      const from = () => new URL(page.url()).searchParams.get('from');

      for (let i = 0; i < 3; i++) {
        const before = from();
        await page.keyboard.press('+');
        await settle(page);
        expect(await focusedIds(page), `after "+" ${i + 1}: the focus is on a mark holding ${id}`).toContain(id);
        await expect.poll(from, 'the view narrows').not.toBe(before);
      }
      const x = await markX(page, id!);
      expect(x, `${id} is drawn on its own at this zoom`).not.toBeNull();
      const plot = await plotBox(page);
      expect(x!, 'and on screen').toBeGreaterThan(plot.x);
      expect(x!).toBeLessThan(plot.x + plot.width);

      const frames = await framesDuring(page, [id!], () => page.keyboard.press('-'));
      expect(await focusedIds(page), 'after "−": still on it').toContain(id);
      const xs = frames.map((f) => f[0]);
      expect(xs.every((v) => v !== null && v > plot.x && v < plot.x + plot.width), `the mark the key was pressed on stays in view all the way: ${xs.map((v) => v?.toFixed(0)).join(' ')}`).toBe(true);
      expect(new Set(xs.map((v) => v!.toFixed(0))).size, 'and the zoom moves through frames').toBeGreaterThan(1);

      await page.keyboard.press('0');
      await settle(page);
      expect(await focusedIds(page), 'after 0 (show all): still on it, or on the group that holds it').toContain(id);
      await expect.poll(from, 'the whole range again').toBeNull();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    test('going to an event off screen glides there', async ({ page }) => {
      const { selected } = await selectedWithNeighbour(page, lang);
      await page.getByTestId('zoom-in').click();
      await settle(page);
      await page.getByTestId('zoom-in').click();
      await settle(page);
      // The last event, off screen at this zoom: End on the focused mark goes to it.
      const file = await loadEvents(page);
      await page.locator(`[data-testid="timeline"] [data-event-id="${selected}"]`).focus();
      const last = idsInDateOrder(file, (e) => DEFAULT_TYPES.includes(e.type)).at(-1)!;
      expect(await markX(page, last), `the last event, ${last}, is off screen before`).toBeNull();
      const frames = await framesDuring(page, [selected, last], () => page.keyboard.press('End'));
      await expect.poll(() => selectedEventInUrl(page), 'End selects the last event').toBe(last);
      await expect(page.locator(`[data-testid="timeline"] [data-event-id="${last}"]`).first(), 'and the view goes to it').toBeVisible();
      // The event left behind slides out and the last one slides in, rather than one picture replacing the other.
      const leaving = frames.map((f) => f[0]).filter((x): x is number => x !== null);
      const arriving = frames.map((f) => f[1]).filter((x): x is number => x !== null);
      const inBetween = leaving.filter((x) => Math.abs(x - leaving[0]!) > 4).length + arriving.filter((x) => Math.abs(x - arriving.at(-1)!) > 4).length;
      expect(inBetween, `frames showing ${selected} leaving or ${last} arriving (of ${frames.length} sampled)`).toBeGreaterThanOrEqual(5);
    });
  });

  test.describe(`reduced motion (${lang})`, () => {
    test.use({ reducedMotion: 'reduce' });
    test.slow();
    test.beforeEach(({ page }) => page.clock.install());

    test('"+" jumps straight to the new zoom, about the open event', async ({ page }) => {
      const { selected, neighbour } = await selectedWithNeighbour(page, lang);
      const x0 = (await markX(page, selected))!;
      const gap0 = Math.abs((await markX(page, neighbour))! - x0);
      const frames = await framesDuring(page, [selected, neighbour], () => page.getByTestId('zoom-in').click());
      expect(between(frames, 1), 'no frame in between').toBe(0);
      const gap1 = Math.abs((await markX(page, neighbour))! - (await markX(page, selected))!);
      expect(gap1 / gap0, 'the zoom still happens').toBeGreaterThan(1.7);
      await expect(page.getByTestId('zoom-in')).toBeFocused();
    });
  });
}
