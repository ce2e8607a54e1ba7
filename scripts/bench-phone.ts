/**
 * The phone part of the UI benchmark (`bench-ui.ts`): a mid-range phone as Chromium can emulate one
 * (390×844, touch, CPU 4× slower, 1.6 Mbit/s down, 150 ms latency, nothing cached), opening a page
 * and timing, from navigation, its largest contentful paint and its first event mark. The same
 * run opens TimelineJS (self-hosted by bench-serve, 1,000 events in its own JSON) for comparison.
 * Requests for other sites are refused, as they would be under the app's CSP.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { toTimelineJs } from '../src/lib/export/timelinejs.ts';
import type { EventsFile } from '../src/lib/types.ts';

export const PHONE = { width: 390, height: 844, cpuSlowdown: 4, downKbit: 1600, upKbit: 750, latencyMs: 150, targetMs: 800 };

export interface PhonePage {
  name: string;
  /** Relative to the server's origin. */
  path: string;
  /** What counts as an event mark on this page. */
  markSelector: string;
}

export interface PhoneFigures {
  lcpMs: number | null;
  firstMarkMs: number | null;
  /** Bytes over the wire (compressed) before the first mark, and the fonts among them. */
  bytes: number;
  fonts: string[];
  /** Paths on `origin` the page fetched by the end of the run (its first view: nothing was touched). */
  paths: string[];
}

/**
 * LCP candidates and the end of the first painted frame in which `selector` matches, recorded from
 * the first byte on (a painted frame, not the moment the mark is parsed: markup in the HTML is
 * parsed before the stylesheet that lets it paint has arrived); `marked` settles then, and `live`
 * once the app has also taken over its build-time render (`.first-view`, src/first-view), if it had
 * one: any element the app draws anew then is new to Chromium, and when larger than the render's
 * (Arabic text set in the webfont that has arrived meanwhile) a later LCP. The app hydrates the
 * render and drops its class; an older build removed the render instead (both are seen here, so
 * two builds compare on the same probe). The bench waits on these rather
 * than on a Playwright locator: a locator injects Playwright's selector engine into the page and
 * polls it, which on the throttled CPU took a few hundred milliseconds of the main thread from the
 * page being measured.
 */
const probe = (selector: string) => `(() => {
  let marked, live;
  const probe = {
    lcp: null,
    firstMarkAt: null,
    marked: new Promise((resolve) => (marked = resolve)),
    live: new Promise((resolve) => (live = resolve)),
  };
  window.__phone = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.lcp = e.renderTime || e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  let found = false;
  const check = () => {
    if (!found && document.querySelector(${JSON.stringify(selector)})) {
      found = true;
      // Once the next frame is painted (the task after it): a mark parsed before the stylesheet has
      // arrived is not on screen yet, and a frame's callbacks run before its layout and paint.
      requestAnimationFrame(() => setTimeout(() => {
        probe.firstMarkAt = performance.now();
        marked();
      }, 0));
    }
    if (found && !document.querySelector('.first-view')) {
      live();
      mo.disconnect();
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
})();`;

/** Writes TimelineJS's page, its start script (TimelineJS needs one; no inline script) and its data. */
export function writeTimelineJsPage(benchDir: string, file: EventsFile): PhonePage {
  const json = toTimelineJs({ file, events: file.events, lang: 'en' });
  writeFileSync(join(benchDir, 'timelinejs-1000.json'), JSON.stringify(json));
  writeFileSync(join(benchDir, 'timelinejs-start.js'), "new TL.Timeline('timeline-embed', './timelinejs-1000.json', { script_path: new URL('/timelinejs/js/', location.href).href });\n");
  writeFileSync(
    join(benchDir, 'timelinejs.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS, 1,000 events</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>
<style>html, body, #timeline-embed { height: 100%; margin: 0; }</style>
</head>
<body><div id="timeline-embed"></div><script src="./timelinejs-start.js"></script></body>
</html>
`,
  );
  return { name: 'TimelineJS 3.9, 1,000 events', path: '/bench/timelinejs.html', markSelector: '.tl-timemarker' };
}

const MARK_TIMEOUT_MS = 30_000;

export async function measurePhone(browser: Browser, origin: string, page: PhonePage, lang: string): Promise<PhoneFigures> {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: lang === 'ar' ? 'ar' : 'en-US',
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: (PHONE.downKbit * 1000) / 8,
    uploadThroughput: (PHONE.upKbit * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  // Playwright's own events see the loading worker's requests too; the CDP session sees the page's.
  const paths = new Set<string>();
  tab.on('response', (res) => {
    if (res.url().startsWith(origin)) paths.add(new URL(res.url()).pathname.slice(1) || 'index.html');
  });
  const urls = new Map<string, string>();
  const loads: { url: string; bytes: number; at: number }[] = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => loads.push({ url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength, at: Date.now() }));
  await tab.addInitScript({ content: probe(page.markSelector) });
  const started = Date.now();
  await tab.goto(origin + page.path, { waitUntil: 'commit' });
  await tab.evaluate(`Promise.race([Promise.all([window.__phone.marked, window.__phone.live]), new Promise((give) => setTimeout(give, ${MARK_TIMEOUT_MS}))])`);
  // LCP settles at the first input or when the page stops painting larger things; give it a moment.
  await tab.waitForTimeout(1000);
  const seen = await tab.evaluate<{ lcp: number | null; firstMarkAt: number | null }>('({ lcp: window.__phone.lcp, firstMarkAt: window.__phone.firstMarkAt })');
  await context.close();
  const until = seen.firstMarkAt === null ? Infinity : started + seen.firstMarkAt + 50;
  const before = loads.filter((l) => l.at <= until);
  return {
    lcpMs: seen.lcp,
    firstMarkMs: seen.firstMarkAt,
    bytes: before.reduce((s, l) => s + l.bytes, 0),
    // noto-naskh-arabic-arabic-400-normal-<hash>.woff2 → arabic-400
    paths: [...paths],
    fonts: before.filter((l) => /\.woff2?$/.test(new URL(l.url).pathname)).map((l) => new URL(l.url).pathname.split('/').pop()!.replace(/^.*?([a-z]+-\d{3})-\w+-[\w-]+\.woff2?$/, '$1')),
  };
}
