/**
 * Keyboard use: Tab reaches the event marks, arrow keys walk through events in date order without
 * skipping any, Enter opens the event (detail panel + `event=<id>` in the URL).
 */
import type { Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/lib/types.ts';
import { test, expect, openApp, loadEvents, byId, compareByDate, focusedIds, selectedEventInUrl } from './helpers.ts';

/** The earliest start among the events a focused mark stands for. */
function startOf(ids: string[], events: Map<string, TimelineEvent>): string {
  return ids.map((id) => events.get(id)!.date.start).sort()[0]!;
}

async function tabToAMark(page: Page): Promise<string[]> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const ids = await focusedIds(page);
    if (ids.length) return ids;
  }
  throw new Error('Tab never reached an event mark (60 presses)');
}

test('arrow keys move between events in date order; Enter opens the focused event', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  const events = byId(file);
  const sorted = [...file.events].sort(compareByDate);
  const latestStart = sorted.at(-1)!.date.start;

  let current = await tabToAMark(page);
  for (const id of current) expect(events.has(id), `focused id ${id} is in the file`).toBe(true);

  // Walk forward (or backward, if Tab landed on the latest event) and check the order.
  const forward = startOf(current, events) < latestStart;
  const key = forward ? 'ArrowRight' : 'ArrowLeft';
  const back = forward ? 'ArrowLeft' : 'ArrowRight';
  const visited = [current];
  for (let step = 0; step < 4; step++) {
    const before = current;
    await page.keyboard.press(key);
    current = await focusedIds(page);
    expect(current.length, `after ${key} focus is still on an event mark`).toBeGreaterThan(0);
    if (current.join() === before.join()) break; // reached the end of the timeline
    const from = startOf(before, events);
    const to = startOf(current, events);
    if (forward) expect(to >= from, `${key} goes to a later or same-day event (${from} → ${to})`).toBe(true);
    else expect(to <= from, `${key} goes to an earlier or same-day event (${from} → ${to})`).toBe(true);
    // No event was skipped: none starts strictly between the two.
    const [lo, hi] = forward ? [from, to] : [to, from];
    const skipped = sorted.filter((e) => e.date.start > lo && e.date.start < hi).map((e) => e.id);
    expect(skipped, `${key} from ${before.join()} to ${current.join()} skips no event`).toEqual([]);
    visited.push(current);
  }
  expect(visited.length, `${key} moved focus at least once`).toBeGreaterThan(1);

  // The opposite arrow retraces the same steps, back to the first event the arrows reached. (The
  // Tab stop itself may be a cluster; arrows walk events, so they need not return to it.)
  for (let i = visited.length - 2; i >= 1; i--) {
    await page.keyboard.press(back);
    expect(await focusedIds(page), `${back} returns to the previous event`).toEqual(visited[i]);
  }

  // Enter on a single event opens it: step along the same path to the first single (unclustered) mark.
  const singleAt = visited.findIndex((ids, i) => i >= 1 && ids.length === 1 && events.has(ids[0]!));
  expect(singleAt, 'the walk passed at least one single (unclustered) event').toBeGreaterThanOrEqual(1);
  for (let i = 1; i < singleAt; i++) await page.keyboard.press(key);
  const single = visited[singleAt]!;
  expect(await focusedIds(page)).toEqual(single);
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('detail-panel');
  await expect(panel, 'Enter opens the detail panel').toBeVisible();
  await expect(panel).toContainText(events.get(single[0]!)!.title.en);
  await expect.poll(() => selectedEventInUrl(page), 'the URL names the opened event').toBe(single[0]);
});
