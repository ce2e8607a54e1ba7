/**
 * The list a same-day cluster opens: wholly on screen inside the plot (which clips whatever crosses
 * its edge), its buttons reachable by pointer, closed by Escape with focus back on the cluster it
 * came from. Every cluster drawn is tried, so the lower lanes, where a list has no room below, count.
 * Runs on a crowded copy of the sample: a few same-day events fan out instead of clustering.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { t } from '../../src/lib/i18n.ts';
import { laneOf } from '../../src/lib/timeline/lanes.ts';
import type { EventsFile } from '../../src/lib/types.ts';
import type { Lang } from '../../src/lib/url-state.ts';
import { test, expect, openApp, clickMark, drawnMarks, focusedIds, plotBox, settle, TIMELINE } from './helpers.ts';

/** A day with several one-day events of one type (they share a lane and an anchor, so they cluster at any zoom), lowest lane first. */
function clusterDay(file: EventsFile): string {
  const perDayAndType = new Map<string, number>();
  for (const e of file.events) {
    if (e.date.start !== e.date.end) continue;
    const key = `${e.date.start} ${e.type}`;
    perDayAndType.set(key, (perDayAndType.get(key) ?? 0) + 1);
  }
  const candidates = [...perDayAndType].filter(([, n]) => n >= 2).map(([key]) => key.split(' ') as [string, typeof file.events[0]['type']]);
  expect(candidates.length, 'the events file has a day with two one-day events of the same type').toBeGreaterThan(0);
  candidates.sort((a, b) => laneOf(b[1]) - laneOf(a[1]) || a[0].localeCompare(b[0]));
  return candidates[0]![0];
}

const SAMPLE: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));

/**
 * The sample with eight copies of its first meeting and of its last deadline on their own days:
 * more same-day events than fan out side by side, so at the deepest zoom they stay a cluster that
 * opens as a list, in the top lane and in the bottom one.
 */
function crowded(): EventsFile {
  const file: EventsFile = structuredClone(SAMPLE);
  for (const type of ['meeting', 'deadline'] as const) {
    const source = file.events.filter((e) => e.type === type && e.date.start === e.date.end).at(-1)!;
    for (let i = 1; i <= 8; i++) file.events.push({ ...structuredClone(source), id: `${source.id}-copy-${i}` });
  }
  return file;
}

async function openClusterDay(page: Page, lang: Lang): Promise<void> {
  await page.route('**/crowded-day.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(crowded()) }));
  const day = clusterDay(crowded());
  await openApp(page, { lang, data: 'crowded-day.json', from: day, to: day });
}

/** Box of an element, in viewport pixels. */
const boxOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a cluster's list lies inside the plot, its Close button works, and Escape returns focus to the cluster`, async ({ page }) => {
    await openClusterDay(page, lang);
    const clusters = (await drawnMarks(page)).filter((m) => m.cluster);
    expect(clusters.length, 'clusters drawn for a day with several events').toBeGreaterThan(0);
    const viewport = page.viewportSize()!;
    const list = page.getByRole('group', { name: t(lang, 'clusterListLabel') });

    for (const cluster of clusters) {
      const ids = cluster.ids.join(' ');
      const mark = page.locator(`${TIMELINE} [data-cluster-ids="${ids}"]`);
      await mark.focus();
      await page.keyboard.press('Enter');
      await expect(list, `Enter on the cluster of ${ids} opens its list`).toBeVisible();
      await expect(list.locator('[data-event-id]')).toHaveCount(cluster.ids.length);
      await settle(page);

      const plot = await plotBox(page);
      const box = await boxOf(page, '.cluster-list');
      const where = `list ${JSON.stringify(box)}, plot ${JSON.stringify(plot)}`;
      expect(box.left >= 0 && box.right <= viewport.width && box.top >= 0 && box.bottom <= viewport.height, `inside the viewport: ${where}`).toBe(true);
      expect(box.left >= plot.x - 0.5 && box.right <= plot.x + plot.width + 0.5, `inside the plot across: ${where}`).toBe(true);
      expect(box.top >= plot.y - 0.5 && box.bottom <= plot.y + plot.height + 0.5, `inside the plot down: ${where}`).toBe(true);

      // Close is where a pointer can reach it: nothing covers its centre, and clicking it closes.
      const close = list.getByRole('button', { name: t(lang, 'close') });
      const onTop = await close.evaluate((button) => {
        const r = button.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === button;
      });
      expect(onTop, `the Close button of ${ids} is the element at its centre`).toBe(true);
      await close.click();
      await expect(list).toBeHidden();
      expect(await focusedIds(page), 'Close returns focus to the cluster').toEqual(cluster.ids);

      await page.keyboard.press('Enter');
      await expect(list).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(list).toBeHidden();
      await expect.poll(() => focusedIds(page), { message: 'Escape returns focus to the cluster' }).toEqual(cluster.ids);
      await expect(mark).toBeFocused();
    }
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: selecting an event of a cluster draws it on its own and the cluster still counts the rest`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, { lang });
    const cluster = (await drawnMarks(page)).filter((m) => m.cluster && m.ids.length >= 3)[0];
    expect(cluster, 'a cluster of three or more at the opening zoom').toBeDefined();

    // Into the cluster, pick one of its events, and back to the opening view.
    await page.locator(`${TIMELINE} [data-cluster-ids="${cluster!.ids.join(' ')}"]`).click();
    const picked = await expect
      .poll(async () => (await drawnMarks(page)).find((m) => m.id && cluster!.ids.includes(m.id))?.id ?? null, { message: 'the zoom separates a member' })
      .not.toBeNull()
      .then(async () => (await drawnMarks(page)).find((m) => m.id && cluster!.ids.includes(m.id))!.id!);
    await settle(page);
    await clickMark(page, picked);
    await expect(page.getByTestId('detail-panel')).toBeVisible();
    await page.getByRole('button', { name: t(lang, 'zoomFit') }).click();
    await settle(page);

    const marks = await drawnMarks(page);
    expect(marks.find((m) => m.id === picked), 'the selected event has its own mark').toBeDefined();
    const rest = cluster!.ids.filter((id) => id !== picked);
    const holder = marks.find((m) => m.cluster && rest.every((id) => m.ids.includes(id)));
    expect(holder, `a cluster still holds ${rest.join(' ')}`).toBeDefined();
    const count = page.locator(`${TIMELINE} [data-cluster-ids="${holder!.ids.join(' ')}"] .cluster-count`);
    await expect(count).toHaveText(String(holder!.ids.length));
    // Nothing covers the number: the point at its centre belongs to its cluster.
    const box = (await count.boundingBox())!;
    const owner = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-cluster-ids]')?.getAttribute('data-cluster-ids') ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(owner, 'the count is not hidden under the selected mark').toBe(holder!.ids.join(' '));
  });
}
