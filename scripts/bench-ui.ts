/**
 * UI benchmark (`npm run bench:ui`): builds the app, serves `dist/` plus synthetic events files of
 * 1,000, 10,000 and 100,000 events on 127.0.0.1, opens each through `?data=` in Debian's Chromium, and
 * prints main-thread blocking to the first full render, frame times while zooming with the wheel and
 * panning by drag, DOM size, and the gzip size of what the browser downloads. Then, on an emulated
 * phone (`bench-phone.ts`), the largest contentful paint and first event mark of the default page,
 * the embed and TimelineJS with 1,000 events.
 *
 * It measures; it does not judge. Targets are printed beside the figures with MISSED where missed,
 * and the exit code is 0 either way (non-zero only when it could not measure: build or launch failed).
 *
 * Options: --runs N (page loads per size, median reported; default 3), --sizes 1000,10000,100000,
 * --only desktop|phone, --skip-build (use the existing build), --out-dir DIR (build into DIR instead of dist/).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { assets, serve, type Asset } from './bench-serve.ts';
import { measurePhone, PHONE, writeTimelineJsPage, type PhoneFigures, type PhonePage } from './bench-phone.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { DRAWN_IDS_AND_NOW, EMPTY_ROW, PROBE, START_RECORDING, STOP_RECORDING, VIEW_SIGNATURE, type PageProbe } from './bench-probes.ts';
import { syntheticEvents } from './synthetic-events.ts';
import { EVENT_TYPES } from '../src/lib/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = join(ROOT, '.bench');
const TARGET = { blockingMs10k: 200, blockingMs100k: 300, p95FrameMs: 20, bundleGzipKB: 70 };
/**
 * Paths under dist/ that the timeline page fetched for its first view: from navigation until all
 * events were drawn (desktop) or a second after the first mark (phone, the default page in both
 * languages), before any gesture. Chunks fetched later, when something is first used, are not in it.
 */
const loadedByPage = new Set<string>();
/** The same for the embed (`?embed=1` on the phone). */
const loadedByEmbed = new Set<string>();

function watchLoads(page: Page, origin: string): void {
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === origin && !url.pathname.startsWith('/bench/')) loadedByPage.add(url.pathname.slice(1) || 'index.html');
  });
}
const RENDER_TIMEOUT_MS = 30_000;

// Options --------------------------------------------------------------------------------------

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Math.max(1, Number(option('runs') ?? 3));
const SIZES = (option('sizes') ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const ONLY = option('only');
const SKIP_BUILD = process.argv.includes('--skip-build');
const DIST = resolve(ROOT, option('out-dir') ?? 'dist');

// Measurements ---------------------------------------------------------------------------------

interface LoadFigures {
  rendered: boolean;
  /** All events drawn (else only the first mark appeared before the timeout). */
  full: boolean;
  firstMarkMs: number | null;
  fullRenderMs: number | null;
  blockingMs: number;
  longTaskMs: number;
  longTaskCount: number;
  domNodes: number;
}

async function measureLoad(browser: Browser, url: string, count: number): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  watchLoads(page, new URL(url).origin);
  await page.addInitScript({ content: PROBE });
  await page.goto(url);
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  let fullRenderMs: number | null = null;
  while (Date.now() < deadline) {
    const [drawn, now] = await page.evaluate<[number, number]>(DRAWN_IDS_AND_NOW).catch((): [number, number] => [0, 0]);
    if (drawn >= count) {
      fullRenderMs = now;
      break;
    }
    await page.waitForTimeout(25);
  }
  // Let trailing long tasks land in the observer before reading it.
  await page.waitForTimeout(600);
  const probe = await page.evaluate<PageProbe>('window.__bench');
  const cutoff = fullRenderMs ?? probe.firstMarkAt ?? Infinity;
  const tasks = probe.longTasks.filter((t) => t.start < cutoff);
  const domNodes = await page.evaluate<number>("document.getElementsByTagName('*').length");
  await context.close();
  return {
    rendered: probe.firstMarkAt !== null,
    full: fullRenderMs !== null,
    firstMarkMs: probe.firstMarkAt,
    fullRenderMs,
    blockingMs: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    longTaskMs: tasks.reduce((s, t) => s + t.duration, 0),
    longTaskCount: tasks.length,
    domNodes,
  };
}

interface FrameFigures {
  /** Whether the gesture changed the view at all (else its frame times mean nothing). */
  moved: boolean;
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `drive` while recording frames; `drive` calls `checkpoint()` mid-gesture to prove the view moved. */
async function recordFrames(page: Page, drive: (checkpoint: () => Promise<void>) => Promise<void>): Promise<FrameFigures> {
  const before = await page.evaluate<string>(VIEW_SIGNATURE);
  let moved = false;
  const checkpoint = async () => {
    moved ||= (await page.evaluate<string>(VIEW_SIGNATURE)) !== before;
  };
  await page.evaluate(START_RECORDING);
  await drive(checkpoint);
  await page.waitForTimeout(300); // the tail of any transition
  const frames = await page.evaluate<number[]>(STOP_RECORDING);
  const sorted = [...frames].sort((a, b) => a - b);
  return { moved, frames: frames.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

async function measureInteraction(browser: Browser, url: string): Promise<{ wheel: FrameFigures; drag: FrameFigures } | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(url);
  try {
    await page.locator('[data-event-id], [data-cluster-ids]').first().waitFor({ state: 'attached', timeout: RENDER_TIMEOUT_MS });
  } catch {
    await context.close();
    return null;
  }
  await page.waitForTimeout(500);
  const box = (await page.locator('[data-testid="timeline"]').boundingBox()) ?? { x: 0, y: 100, width: 1280, height: 500 };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  const wheel = await recordFrames(page, async (checkpoint) => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(16);
    }
    await checkpoint();
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(16);
    }
  });
  // Zoom in a little first so there is room to pan.
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
  await page.waitForTimeout(400);
  const dragY = await page.evaluate<number>(`(${EMPTY_ROW})(${JSON.stringify([cx - 200, cx + 200, box.y, box.y + box.height])})`);
  const drag = await recordFrames(page, async (checkpoint) => {
    await page.mouse.move(cx + 200, dragY);
    await page.mouse.down();
    await page.mouse.move(cx - 200, dragY, { steps: 40 });
    await checkpoint();
    await page.mouse.move(cx + 200, dragY, { steps: 40 });
    await page.mouse.up();
  });
  await context.close();
  return { wheel, drag };
}

// Report ---------------------------------------------------------------------------------------

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | null) => (n === null || Number.isNaN(n) ? '—' : `${n.toFixed(1)} ms`);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function median<T>(rows: T[], key: (r: T) => number | null): number | null {
  const v = rows.map(key).filter((x): x is number => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)]! : null;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The default page and the embed (English and Arabic), the page with 1,000 events, and TimelineJS with the same 1,000. */
async function phoneTable(browser: Browser, origin: string, timelineJs: PhonePage): Promise<string[][]> {
  const marks = '[data-testid="timeline"] [data-event-id], [data-testid="timeline"] [data-cluster-ids]';
  // [page, browser language, held to the target, whose first view it is]
  const pages: [PhonePage, string, boolean, Set<string> | null][] = [
    [{ name: 'default page, English', path: '/', markSelector: marks }, 'en', true, loadedByPage],
    [{ name: 'default page, Arabic', path: '/', markSelector: marks }, 'ar', true, loadedByPage],
    [{ name: 'embed (?embed=1), English', path: '/?embed=1', markSelector: marks }, 'en', true, loadedByEmbed],
    [{ name: 'embed (?embed=1), Arabic', path: '/?embed=1', markSelector: marks }, 'ar', true, loadedByEmbed],
    [{ name: 'this app, 1,000 events', path: '/?data=./bench/events-1000.json', markSelector: marks }, 'en', false, null],
    [timelineJs, 'en', false, null],
  ];
  const rows = [['page', 'LCP', 'first mark', 'bytes to first mark', 'fonts fetched', 'target', '']];
  for (const [page, lang, held, firstView] of pages) {
    const runs: PhoneFigures[] = [];
    for (let r = 0; r < RUNS; r++) runs.push(await measurePhone(browser, origin, page, lang));
    for (const path of runs.flatMap((f) => f.paths)) firstView?.add(path);
    const lcp = median(runs, (f) => f.lcpMs);
    const mark = median(runs, (f) => f.firstMarkMs);
    const ok = lcp !== null && mark !== null && lcp <= PHONE.targetMs && mark <= PHONE.targetMs;
    rows.push([page.name, ms(lcp), mark === null ? 'no marks' : ms(mark), kb(median(runs, (f) => f.bytes) ?? 0), [...new Set(runs.flatMap((f) => f.fonts))].join(' ') || 'none', held ? `≤ ${PHONE.targetMs} ms` : '', held ? verdict(ok) : '']);
  }
  return rows;
}

async function main(): Promise<void> {
  if (!SKIP_BUILD) {
    console.log('building dist/ …');
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html missing: the build produced no page');

  mkdirSync(BENCH_DIR, { recursive: true });
  const sizes = ONLY === 'phone' ? [] : SIZES;
  for (const n of new Set([...sizes, 1000])) writeFileSync(join(BENCH_DIR, `events-${n}.json`), JSON.stringify(syntheticEvents({ count: n })));
  const timelineJs = writeTimelineJsPage(BENCH_DIR, syntheticEvents({ count: 1000 }));

  const loadAtStart = loadavg()[0]!;
  const { server, origin } = await serve(DIST, BENCH_DIR);
  let chromiumVersion = '';
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
  const loadRows: string[][] = [['events', 'first mark', 'full render', 'blocking (TBT)', 'long tasks Σ', '#long', 'DOM nodes', 'target', '']];
  const frameRows: string[][] = [['events', 'gesture', 'frames', 'p50', 'p95', 'max', 'target', '']];
  let phoneRows: string[][] | null = null;
  try {
    for (const n of sizes) {
      // Every type shown (calls and statements are off by default), so all n events are drawn or counted.
      const url = `${origin}/?lang=en&types=${EVENT_TYPES.join(',')}&data=${encodeURIComponent(`./bench/events-${n}.json`)}`;
      const loads: LoadFigures[] = [];
      for (let r = 0; r < RUNS; r++) loads.push(await measureLoad(browser, url, n));
      const blocking = median(loads, (l) => l.blockingMs)!;
      const rendered = loads.some((l) => l.rendered);
      const full = loads.every((l) => l.full);
      const limit = n >= 100_000 ? TARGET.blockingMs100k : n >= 10_000 ? TARGET.blockingMs10k : null;
      const target = limit === null ? '' : `≤ ${limit} ms`;
      const ok = rendered && (limit === null || blocking <= limit);
      loadRows.push([
        n.toLocaleString('en'),
        rendered ? ms(median(loads, (l) => l.firstMarkMs)) : 'no marks',
        full ? ms(median(loads, (l) => l.fullRenderMs)) : rendered ? 'not all drawn' : '—',
        ms(blocking),
        ms(median(loads, (l) => l.longTaskMs)),
        String(median(loads, (l) => l.longTaskCount)),
        String(median(loads, (l) => l.domNodes)),
        target,
        target || !rendered ? verdict(ok) : '',
      ]);
      const interactions: { wheel: FrameFigures; drag: FrameFigures }[] = [];
      for (let r = 0; r < RUNS && rendered; r++) {
        const once = await measureInteraction(browser, url);
        if (once) interactions.push(once);
      }
      const interaction = interactions.length ? interactions : null;
      for (const gesture of ['wheel', 'drag'] as const) {
        if (!interaction) break;
        const runs = interaction.map((i) => i[gesture]);
        const moved = runs.every((f) => f.moved);
        const p95 = median(runs, (f) => f.p95)!;
        frameRows.push([
          n.toLocaleString('en'),
          `${gesture === 'wheel' ? 'wheel zoom' : 'drag pan'}${moved ? '' : ' (view did not move!)'}`,
          String(median(runs, (f) => f.frames)),
          ms(median(runs, (f) => f.p50)),
          ms(p95),
          ms(Math.max(...runs.map((f) => f.max))),
          `p95 ≤ ${TARGET.p95FrameMs} ms`,
          moved ? verdict(p95 <= TARGET.p95FrameMs) : 'NOT MEASURED',
        ]);
      }
      if (!interaction) frameRows.push([n.toLocaleString('en'), '(no marks: not measured)', '', '', '', '', `p95 ≤ ${TARGET.p95FrameMs} ms`, 'MISSED']);
    }
    if (ONLY !== 'desktop') phoneRows = await phoneTable(browser, origin, timelineJs);
  } finally {
    chromiumVersion = browser.version();
    await browser.close();
    server.close();
  }

  const { code, fonts, html } = assets(DIST);
  const pageCode = code.filter((a) => loadedByPage.has(a.file));
  const pageGzip = pageCode.reduce((s, a) => s + a.gzip, 0);
  const sum = (list: Asset[], key: 'bytes' | 'gzip') => list.reduce((s, a) => s + a[key], 0);
  const embedCode = code.filter((a) => loadedByEmbed.has(a.file));
  const sizeRows: string[][] = [['file', 'first view', 'bytes', 'gzip -9', 'target', '']];
  const firstView = (file: string) => [loadedByPage.has(file) ? 'page' : '', loadedByEmbed.has(file) ? 'embed' : ''].filter(Boolean).join(', ') || 'no';
  for (const a of code.sort((p, q) => q.gzip - p.gzip)) sizeRows.push([a.file, firstView(a.file), kb(a.bytes), kb(a.gzip), '', '']);
  sizeRows.push(['JS + CSS the timeline page loads for its first view', '', kb(sum(pageCode, 'bytes')), kb(pageGzip), `≤ ${TARGET.bundleGzipKB} KB`, verdict(pageCode.length > 0 && pageGzip <= TARGET.bundleGzipKB * 1024)]);
  if (embedCode.length) sizeRows.push(['JS + CSS the embed loads for its first view', '', kb(sum(embedCode, 'bytes')), kb(sum(embedCode, 'gzip')), '', '']);
  sizeRows.push(['JS + CSS, all built files', '', kb(sum(code, 'bytes')), kb(sum(code, 'gzip')), '', '']);
  for (const a of html) sizeRows.push([a.file, firstView(a.file), kb(a.bytes), kb(a.gzip), '', '']);
  const woff2 = fonts.filter((f) => f.file.endsWith('.woff2'));
  const woff2Loaded = woff2.filter((f) => loadedByPage.has(f.file));
  sizeRows.push([
    `fonts: ${woff2.length} woff2${fonts.length > woff2.length ? ` (+${fonts.length - woff2.length} woff)` : ''}`,
    `${woff2Loaded.length} of ${woff2.length}`,
    kb(sum(woff2, 'bytes')),
    kb(sum(woff2, 'gzip')),
    '',
    '',
  ]);

  console.log(`\nUI benchmark — Chromium ${chromiumVersion}, 1280×800, ${RUNS} run(s) per size (median; max = worst run), synthetic events (scripts/synthetic-events.ts)`);
  const load = loadavg()[0]!;
  const cores = availableParallelism();
  console.log(`load average ${loadAtStart.toFixed(1)} at start, ${load.toFixed(1)} at end, ${cores} cores${Math.max(load, loadAtStart) > cores ? ' — machine busy: figures are noisy, re-run on an idle machine' : ''}\n`);
  if (sizes.length) {
    console.log('Load: main thread from navigation to all events drawn (TBT = Σ(long task − 50 ms))');
    console.log(table(loadRows));
    console.log('\nFrames: requestAnimationFrame intervals while Playwright drives the gesture');
    console.log(table(frameRows));
  }
  if (phoneRows) {
    const p = PHONE;
    console.log(`\nPhone: ${p.width}×${p.height}, CPU ${p.cpuSlowdown}× slower, ${p.downKbit / 1000} Mbit/s down, ${p.latencyMs} ms latency, gzip; ms from navigation, median of ${RUNS}`);
    console.log(table(phoneRows));
  }
  console.log(`\nDownload size of the built app (${relative(ROOT, DIST) || DIST}); "first view" = fetched by the timeline page (or the embed) before anything was touched, in the runs above`);
  console.log(table(sizeRows));
  console.log('');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
