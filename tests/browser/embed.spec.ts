/**
 * The timeline embedded in a news page served from another origin, the way newsrooms use it: pym.js
 * keeps the iframe as tall as the content, the postMessage API drives it and reports back, bad or
 * foreign messages change nothing, and the Embed button's snippets work pasted into a blank page.
 */
import { pymSnippet } from '../../src/embed/snippet.ts';
import { fromURL } from '../../src/lib/url-state.ts';
import type { Locator } from '@playwright/test';
import { test, expect, openApp, selectedEventInUrl, seriousAxeViolations } from './helpers.ts';
import {
  APP_ORIGIN,
  appEventIds,
  embeddedTimeline,
  frameOf,
  heights,
  hostPage,
  markGlyph,
  pastedPage,
  receivedBy,
  sendToEmbed,
  typeOf,
  useHostServer,
  waitForReady,
} from './embed-helpers.ts';

const host = useHostServer();

const embedSrc = (params: Record<string, string> = {}) => `${APP_ORIGIN}/?${new URLSearchParams({ embed: '1', lang: 'en', ...params })}`;

test.describe('pym host on another origin', () => {
  test('the iframe is as tall as its content, also after the detail panel opens and the width changes', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 800 });
    host.page('/height.html', hostPage(embedSrc()));
    await page.goto(host.url('/height.html'));
    const frame = await embeddedTimeline(page);

    const fits = async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.content) <= 1 && h.content > 150;
    };
    await expect.poll(fits, { message: 'iframe height equals content height' }).toBe(true);
    const before = await heights(page, frame);

    await markGlyph(frame).click();
    await expect(frame.getByTestId('detail-panel')).toBeVisible();
    await expect.poll(fits, { message: 'iframe height follows the opened detail panel' }).toBe(true);
    const opened = await heights(page, frame);
    expect(opened.iframe, 'the detail panel made the embed taller').toBeGreaterThan(before.iframe);

    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(fits, { message: 'iframe height follows a width change' }).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 360 px').toBe(true);
  });

  test('the API selects an event; the embed reports ready and the selection, and the host URL keeps it', async ({ page, request }) => {
    host.page('/api.html', hostPage(embedSrc()));
    await page.goto(host.url('/api.html'));
    const frame = await embeddedTimeline(page);
    const ids = await appEventIds(request);
    const target = ids[Math.floor(ids.length / 2)]!;

    const ready = await waitForReady(page);
    expect(ready).toEqual({ origin: APP_ORIGIN, data: { type: 'timeline:ready', v: 1, event: null, lang: 'en' } });

    await sendToEmbed(page, { type: 'timeline:select', v: 1, id: target });
    await expect.poll(() => selectedEventInUrl(frame)).toBe(target);
    await expect(frame.getByTestId('detail-panel')).toBeVisible();
    await expect
      .poll(async () => (await receivedBy(page)).map((m) => m.data))
      .toContainEqual({ type: 'timeline:selection', v: 1, id: target });
    await expect.poll(() => new URL(page.url()).searchParams.get('timeline-event'), 'host URL mirrors the selection').toBe(target);

    await sendToEmbed(page, { type: 'timeline:range', from: '2016-07-01', to: '2016-08-31' });
    await expect.poll(() => new URL(frame.url()).searchParams.get('from')).toBe('2016-07-01');

    await sendToEmbed(page, { type: 'timeline:lang', lang: 'ar' });
    await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('malformed messages change nothing: after them, one good select brings exactly one selection', async ({ page, request }) => {
    host.page('/malformed.html', hostPage(embedSrc()));
    await page.goto(host.url('/malformed.html'));
    const frame = await embeddedTimeline(page);
    const ids = await appEventIds(request);
    await waitForReady(page);
    const urlBefore = frame.url();

    for (const bad of [
      'timeline:select',
      { type: 'timeline:select', id: '<img src=x onerror=alert(1)>' },
      { type: 'timeline:select', v: 2, id: ids[0] },
      { type: 'timeline:select', id: ids[0], extra: true },
      { type: 'timeline:select', id: 42 },
      { type: 'select', id: ids[0] },
      { type: 'timeline:range', from: '2016-08-01', to: '2016-01-01' },
      { type: 'timeline:filters', types: ['battle'] },
      { type: 'timeline:lang', lang: 'fr' },
      null,
      [1, 2, 3],
    ]) {
      await sendToEmbed(page, bad);
    }
    // Messages are handled in order: once the good one's reply is in, the bad ones were handled.
    await sendToEmbed(page, { type: 'timeline:select', id: ids[1] });
    await expect.poll(async () => (await receivedBy(page)).some((m) => typeOf(m.data) === 'timeline:selection')).toBe(true);
    const selections = (await receivedBy(page)).filter((m) => typeOf(m.data) === 'timeline:selection').map((m) => m.data);
    expect(selections, 'one selection, from the good message').toEqual([{ type: 'timeline:selection', v: 1, id: ids[1] }]);
    // The view is as before but for the selection.
    const viewOf = (url: string) => ({ ...fromURL(new URL(url).searchParams), event: null });
    expect(viewOf(frame.url())).toEqual(viewOf(urlBefore));
  });

  test('with ?origin= set, a host on another origin is ignored and gets no replies; the allowed one works', async ({ page, request }) => {
    const allowed = `http://localhost:${host.port}`;
    host.page('/origin.html', hostPage(embedSrc({ origin: allowed })));
    const ids = await appEventIds(request);

    await page.goto(host.url('/origin.html', '127.0.0.1'));
    // Marks drawn: the embed's listener went up before them.
    let frame = await embeddedTimeline(page);
    await sendToEmbed(page, { type: 'timeline:select', id: ids[0] });
    await page.waitForTimeout(500);
    expect(selectedEventInUrl(frame), 'disallowed host could not select').toBeNull();
    await expect(frame.getByTestId('detail-panel')).toHaveCount(0);
    expect(await receivedBy(page), 'no API replies and no pym heights to a disallowed host').toEqual([]);

    await page.goto(host.url('/origin.html', 'localhost'));
    frame = await embeddedTimeline(page);
    await sendToEmbed(page, { type: 'timeline:select', id: ids[0] });
    await expect.poll(() => selectedEventInUrl(frame)).toBe(ids[0]);
    expect((await receivedBy(page)).map((m) => m.data)).toContainEqual(expect.objectContaining({ type: 'timeline:ready' }));
  });

  test('selecting an event keeps pym’s parameters and ?origin= in the embed’s own URL', async ({ page }) => {
    const allowed = `http://127.0.0.1:${host.port}`;
    host.page('/keep.html', hostPage(embedSrc({ origin: allowed })));
    await page.goto(host.url('/keep.html'));
    const frame = await embeddedTimeline(page);
    const childId = new URL(frame.url()).searchParams.get('childId');
    expect(childId, 'pym named the child').toBeTruthy();

    await markGlyph(frame).click();
    await expect.poll(() => selectedEventInUrl(frame)).not.toBeNull();
    const search = new URL(await frame.evaluate(() => location.href)).searchParams;
    expect(search.get('childId')).toBe(childId);
    expect(search.get('origin')).toBe(allowed);
    expect(search.get('parentUrl')).toBe(host.url('/keep.html'));
  });

  test('a shared article link (?<link key>=) opens the embed on that event through pym', async ({ page, request }) => {
    host.page('/linked.html', hostPage(embedSrc({ link: 'timeline-event-story' })));
    const target = (await appEventIds(request)).at(-1)!;
    await page.goto(host.url(`/linked.html?timeline-event-story=${encodeURIComponent(target)}`));
    const frame = await embeddedTimeline(page);
    await expect.poll(() => selectedEventInUrl(frame)).toBe(target);
  });

  test('two pasted pym snippets in one article: a link for one opens only that one', async ({ page, request }) => {
    const ids = await appEventIds(request);
    const snippet = (lang: 'en' | 'ar') =>
      pymSnippet({ appUrl: `${APP_ORIGIN}/`, view: fromURL(new URLSearchParams({ lang })), title: `Timeline (${lang})` });
    host.page('/two.html', pastedPage(`${snippet('en')}\n<p>Between the two.</p>\n${snippet('ar')}`));
    await page.goto(host.url('/two.html'));
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(2, { timeout: 10_000 });
    const keys = await frames.evaluateAll((all) => all.map((f) => new URL((f as HTMLIFrameElement).src).searchParams.get('link')));
    expect(keys[0]).toBeTruthy();
    expect(keys[0]).not.toBe(keys[1]);

    await page.goto(host.url(`/two.html?${keys[1]}=${encodeURIComponent(ids[2]!)}`));
    await expect(frames).toHaveCount(2, { timeout: 10_000 });
    const [en, ar] = await Promise.all([0, 1].map((i) => frameOf(frames.nth(i))));
    await expect(ar!.getByTestId('detail-panel')).toBeVisible({ timeout: 10_000 });
    expect(selectedEventInUrl(ar!)).toBe(ids[2]);
    await expect(en!.locator('[data-event-id], [data-cluster-ids]').first()).toBeAttached({ timeout: 10_000 });
    expect(selectedEventInUrl(en!), 'the other embed opens on nothing').toBeNull();
    await expect(en!.getByTestId('detail-panel')).toHaveCount(0);
  });
});

test.describe('presenter inside an embed', () => {
  test('keeps a usable height instead of collapsing the iframe, and steps with clicker keys', async ({ page, request }) => {
    host.page('/present.html', hostPage(embedSrc({ mode: 'present' })));
    await page.goto(host.url('/present.html'));
    const iframe = page.locator('iframe');
    await expect(iframe).toBeAttached();
    const frame = await frameOf(iframe);
    await expect(frame.getByTestId('presenter-title-slide')).toBeVisible({ timeout: 10_000 });
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(500);
    const ids = await appEventIds(request);
    await frame.getByTestId('presenter-title-slide').click();
    await page.keyboard.press('PageDown');
    await expect(frame.getByTestId('presenter-slide')).toHaveAttribute('data-event-id', ids[0]!);
    await page.keyboard.press('PageDown');
    await expect(frame.getByTestId('presenter-slide')).toHaveAttribute('data-event-id', ids[1]!);
  });
});

test.describe('Embed button', () => {
  test.describe('when the dialog’s code cannot be loaded', () => {
    test.use({ allowConsoleErrors: /Failed to load resource|dynamically imported module|EmbedDialog/i });

    test('says so beside the button', async ({ page }) => {
      await page.route('**/assets/EmbedDialog-*.js', (route) => route.abort());
      await openApp(page, { lang: 'en' });
      await page.getByTestId('embed-button').click();
      await expect(page.getByTestId('embed-failed')).toContainText('could not be loaded');
      await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
    });
  });

  test('both snippets work pasted into a blank page on another origin', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    await openApp(page, { lang: 'en' });
    const ids = await appEventIds(request);
    await page.getByTestId('embed-button').click();
    await expect(page.getByTestId('embed-dialog')).toBeVisible();
    const iframeCode = await page.getByTestId('embed-snippet-iframe').inputValue();
    const pymCode = await page.getByTestId('embed-snippet-pym').inputValue();

    await page.getByTestId('copy-embed-snippet-pym').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pymCode);

    host.page('/pasted-iframe.html', pastedPage(iframeCode));
    await page.goto(host.url('/pasted-iframe.html'));
    await expect(page.locator('iframe')).toHaveAttribute('title', /.+/);
    await expect(page.locator('iframe')).toHaveAttribute('loading', 'lazy');
    const fixed = await embeddedTimeline(page);
    const iframeHeight = Number(await page.locator('iframe').getAttribute('height'));
    expect(await fixed.evaluate(() => document.body.offsetHeight), 'the page lays itself out to the fixed iframe height').toBe(iframeHeight);

    host.page('/pasted-pym.html', pastedPage(pymCode));
    await page.goto(host.url('/pasted-pym.html'));
    const frame = await embeddedTimeline(page);
    await expect(page.locator('iframe')).toHaveAttribute('title', /.+/);
    await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(200);

    // The pym snippet keeps the selection in the article's own link and reopens it.
    await markGlyph(frame).click();
    const selected = selectedEventInUrl(frame) ?? '';
    expect(ids).toContain(selected);
    const key = new URL((await page.locator('iframe').getAttribute('src'))!).searchParams.get('link')!;
    await expect.poll(() => new URL(page.url()).searchParams.get(key)).toBe(selected);
    await page.reload();
    const reopened = await embeddedTimeline(page);
    expect(selectedEventInUrl(reopened)).toBe(selected);
  });
});

test.describe('wheel inside an embed', () => {
  test('scrolls the page until the reader clicks in or holds Ctrl; then it zooms', async ({ page }) => {
    host.page('/wheel.html', hostPage(embedSrc()).replace('<p>Text after the embed.</p>', '<p style="height:2000px">Text after the embed.</p>'));
    await page.goto(host.url('/wheel.html'));
    const frame = await embeddedTimeline(page);
    const plot = frame.getByTestId('timeline');
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const range = () => new URL(frame.url()).searchParams.get('from');

    const scrollBefore = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 300);
    await expect(frame.getByTestId('wheel-hint')).toContainText(/scroll to zoom/);
    await expect.poll(() => page.evaluate(() => scrollY), 'the article scrolled').toBeGreaterThan(scrollBefore);
    await page.waitForTimeout(500);
    expect(range(), 'the timeline did not zoom').toBeNull();

    const box2 = (await plot.boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(range, { message: 'Ctrl + wheel zoomed' }).not.toBeNull();
  });
});

test.describe('accessibility', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const lang of ['en', 'ar']) {
    test(`axe: no serious or critical violations in embed mode (${lang})`, async ({ page }) => {
      await openApp(page, { embed: '1', lang });
      await markGlyph(page).click();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

test.describe('the host article stays put', () => {
  test('opening events in a fixed-height embed scrolls only inside the embed, never the article', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 700 });
    const src = embedSrc({ layout: 'list', height: '480' });
    const frameTag = `<iframe src="${src.replace(/&/g, '&amp;')}" title="Timeline" width="100%" height="480" style="display:block;border:0"></iframe>`;
    host.page('/still.html', pastedPage(`<h1>Host article</h1><p style="height:900px">Text before the embed.</p>${frameTag}<p style="height:2000px">Text after.</p>`));
    await page.goto(host.url('/still.html'));
    const frame = page.frameLocator('iframe');
    const rows = frame.locator('[data-testid="event-list"] [data-event-id]');
    await expect(rows.first()).toBeVisible();
    for (const n of [8, 14]) {
      // The reader scrolls to a row, then taps it: from then on only the embed may change.
      await rows.nth(n).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(300);
      const before = await page.evaluate(() => scrollY);
      await rows.nth(n).click();
      await expect(frame.getByTestId('detail-panel')).toBeVisible();
      await page.waitForTimeout(800);
      expect(await page.evaluate(() => scrollY), `the article did not move when row ${n} was opened`).toBe(before);
      await expect(frame.getByTestId('detail-panel').getByRole('heading', { level: 2 }), 'the embed scrolled itself to the event').toBeInViewport();
    }
  });
});

test.describe('the host article stays put under pym', () => {
  for (const width of [1280, 390] as const) {
    test(`${width} px: opening an event and reading its article in an auto-height embed never scrolls the article`, async ({ page }) => {
      await page.setViewportSize({ width, height: 720 });
      const tall = hostPage(embedSrc())
        .replace('<p>Text before the embed.</p>', '<p style="height:600px">Text before the embed.</p>')
        .replace('<p>Text after the embed.</p>', '<p style="height:2000px">Text after the embed.</p>');
      host.page(`/pym-still-${width}.html`, tall);
      await page.goto(host.url(`/pym-still-${width}.html`));
      const frame = await embeddedTimeline(page);
      // The reader scrolls the article to what they want to press, then presses it: from then on only the embed may change.
      const press = async (target: Locator, opened: Locator, what: string) => {
        await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForTimeout(300);
        const before = await page.evaluate(() => scrollY);
        const at = (await target.boundingBox())!.y;
        await target.click();
        await expect(opened).toBeVisible();
        await page.waitForTimeout(800);
        expect(await page.evaluate(() => scrollY), `${what} left the article where it was`).toBe(before);
        return { at, after: (await target.count()) ? (await target.boundingBox())!.y : null };
      };
      const id = await frame.locator('[data-testid="timeline"] [data-event-id]').first().getAttribute('data-event-id');
      const mark = await press(markGlyph(frame.getByTestId('timeline'), id!), frame.getByTestId('detail-panel'), 'opening the event');
      expect(Math.abs(mark.after! - mark.at), 'the strip stays under the reader’s finger: the event opens below it, not above').toBeLessThan(2);
      await press(frame.getByTestId('read-article').first(), frame.getByTestId('article-reader'), 'reading its article');
    });
  }
});
