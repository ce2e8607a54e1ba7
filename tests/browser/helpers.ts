/**
 * Shared by every browser spec: opening the app the way a person would (a URL), reading the events
 * file the served app reads, finding event marks and where they are drawn, guarding against console
 * errors, and running axe. Nothing here knows ids or counts in advance: the events file is fetched
 * from the server each run, so the tests follow whichever file (real, hand-made, synthetic) is served.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { EventsFile, TimelineEvent } from '../../src/lib/types.ts';
import { compareByDate } from '../../src/lib/order.ts';

export { expect };
/** Date order, the app's own definition, so tests expect exactly the order the list and presenter use. */
export { compareByDate };

// ---------------------------------------------------------------------------------------------
// Console guard: every test fails on a console error or an uncaught exception in any of its pages,
// unless the test declares the errors it expects (`test.use({ allowConsoleErrors: /…/ })`).
// ---------------------------------------------------------------------------------------------

export interface PageProblem {
  kind: 'console.error' | 'pageerror';
  text: string;
  url: string;
}

interface Fixtures {
  /** Console errors and uncaught exceptions seen so far in this test's browser context. */
  problems: PageProblem[];
  /** Problems matching this are tolerated (for tests that provoke an error on purpose). */
  allowConsoleErrors: RegExp | null;
}

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [null, { option: true }],
  problems: [
    async ({ context, allowConsoleErrors }, use) => {
      const problems: PageProblem[] = [];
      // A blocked style or resource under the app's CSP must fail the test that triggers it, not
      // only the one CSP test, so every page reports violations as console errors.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`);
        });
      });
      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const loc = msg.location();
        problems.push({ kind: 'console.error', text: msg.text(), url: loc.url ? `${loc.url}:${loc.lineNumber}` : '' });
      });
      context.on('weberror', (err) => {
        const e = err.error();
        problems.push({ kind: 'pageerror', text: `${e.name}: ${e.message}`, url: err.page()?.url() ?? '' });
      });
      await use(problems);
      const unexpected = problems.filter((p) => !(allowConsoleErrors && allowConsoleErrors.test(p.text)));
      expect(unexpected, 'console errors or uncaught exceptions while the test ran').toEqual([]);
    },
    { auto: true },
  ],
});

// ---------------------------------------------------------------------------------------------
// Opening the app and reading its data
// ---------------------------------------------------------------------------------------------

export type Params = Record<string, string>;

/** `?data=` from the environment lets the whole suite run against another file (e.g. a fixture). */
function withDefaultData(params: Params): URLSearchParams {
  const search = new URLSearchParams(params);
  const data = process.env.TIMELINE_DATA;
  if (data && !search.has('data')) search.set('data', data);
  return search;
}

export function appPath(params: Params = {}): string {
  const search = withDefaultData(params).toString();
  return search ? `./?${search}` : './';
}

/** Opens the app with these URL parameters and waits until event marks are on the page. */
export async function openApp(page: Page, params: Params = {}, { scope = TIMELINE } = {}): Promise<void> {
  await page.goto(appPath(params));
  await waitForMarks(page, scope);
}

export async function waitForMarks(page: Page, scope = TIMELINE): Promise<void> {
  await expect(
    page.locator(`${scope} :is([data-event-id], [data-cluster-ids])`).first(),
    `event marks inside ${scope}`,
  ).toBeAttached({ timeout: 10_000 });
  // On a phone, the first view rendered at build time shows marks before the page can act on them.
  await expect(page.locator('.first-view'), 'the page has taken over its build-time first view').toHaveCount(0, { timeout: 10_000 });
  await settle(page, scope);
}

const eventFiles = new Map<string, Promise<EventsFile>>();

/** The URL the app reads its events from, per the contract: `?data=` resolved against the page, else `./events.json`. */
export function eventsUrlOf(pageUrl: string): string {
  const url = new URL(pageUrl);
  return new URL(url.searchParams.get('data') ?? './events.json', url).href;
}

/** The events file at `url`, fetched once per URL and worker (the served files do not change during a run). */
export function eventsAt(request: APIRequestContext, url: string): Promise<EventsFile> {
  let file = eventFiles.get(url);
  if (!file) {
    file = request.get(url).then(async (res) => {
      expect(res.ok(), `GET ${url}`).toBe(true);
      return (await res.json()) as EventsFile;
    });
    eventFiles.set(url, file);
  }
  return file;
}

/** The events file the page in front of us is showing, fetched from the same server. */
export function loadEvents(page: Page): Promise<EventsFile> {
  return eventsAt(page.request, eventsUrlOf(page.url()));
}

/** Ids of the file's events (those passing `filter`, if given) in the app's date order; the file is not modified. */
export function idsInDateOrder(file: EventsFile, filter: (e: TimelineEvent) => boolean = () => true): string[] {
  return file.events.filter(filter).sort(compareByDate).map((e) => e.id);
}

export function byId(file: EventsFile): Map<string, TimelineEvent> {
  return new Map(file.events.map((e) => [e.id, e]));
}

// ---------------------------------------------------------------------------------------------
// Marks
// ---------------------------------------------------------------------------------------------

export const TIMELINE = '[data-testid="timeline"]';
/** Whole page minus the detail panel and article reader, for list layout where marks are list rows. */
export const PAGE = 'body';

export interface DrawnMark {
  /** Set for a single-event mark. */
  id: string | null;
  /** Every event this mark stands for: one id, or the ids of a cluster. */
  ids: string[];
  cluster: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre, in CSS pixels from the viewport's top-left. */
  cx: number;
  cy: number;
}

/**
 * Every event mark inside `scope` (not inside the detail panel or article reader), with its box.
 * For an SVG group the box is that of its shapes, not its text: a label beside a dot would move the
 * centre off the dot, and the dot is what a person sees as "the event" and clicks.
 */
export async function drawnMarks(page: Page, scope = TIMELINE): Promise<DrawnMark[]> {
  return page.evaluate((scopeSelector) => {
    const root = document.querySelector(scopeSelector);
    if (!root) return [];
    const shapeBox = (el: Element): DOMRect => {
      if (el instanceof SVGGElement) {
        const boxes = [...el.querySelectorAll('circle, rect, ellipse, path, polygon, polyline, line, use, image')]
          .filter((s) => !s.closest('text'))
          .map((s) => s.getBoundingClientRect())
          .filter((r) => r.width > 0 || r.height > 0);
        if (boxes.length) {
          const left = Math.min(...boxes.map((r) => r.left));
          const top = Math.min(...boxes.map((r) => r.top));
          const right = Math.max(...boxes.map((r) => r.right));
          const bottom = Math.max(...boxes.map((r) => r.bottom));
          return new DOMRect(left, top, right - left, bottom - top);
        }
      }
      return el.getBoundingClientRect();
    };
    const out: DrawnMark[] = [];
    for (const el of root.querySelectorAll('[data-event-id], [data-cluster-ids]')) {
      if (el.closest('[data-testid="detail-panel"], [data-testid="article-reader"]')) continue;
      const id = el.getAttribute('data-event-id');
      const clusterIds = el.getAttribute('data-cluster-ids');
      const ids = id ? [id] : (clusterIds ?? '').split(/[\s,]+/).filter(Boolean);
      const r = shapeBox(el);
      out.push({
        id: id || null,
        ids,
        cluster: !id,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        cx: r.x + r.width / 2,
        cy: r.y + r.height / 2,
      });
    }
    return out;
  }, scope);
}

/**
 * Clicks (or taps) the single mark for `id` where a person would: on its glyph. Fails, naming the
 * culprit, when something else on the page covers that point.
 */
export async function clickMark(page: Page, id: string, { scope = TIMELINE, tap = false } = {}): Promise<void> {
  const locator = page.locator(`${scope} [data-event-id="${id}"]`).first();
  await locator.scrollIntoViewIfNeeded();
  const mark = (await drawnMarks(page, scope)).find((m) => m.id === id);
  expect(mark, `mark ${id} is drawn`).toBeDefined();
  const hit = await page.evaluate(
    ([x, y]) => {
      const el = document.elementFromPoint(x!, y!);
      const owner = el?.closest('[data-event-id], [data-cluster-ids]');
      return {
        owner: owner?.getAttribute('data-event-id') ?? owner?.getAttribute('data-cluster-ids') ?? null,
        top: el ? `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">` : 'nothing',
      };
    },
    [mark!.cx, mark!.cy],
  );
  expect(hit.owner, `the point at the centre of mark ${id} belongs to it (on top there: ${hit.top})`).toBe(id);
  if (tap) await page.touchscreen.tap(mark!.cx, mark!.cy);
  else await page.mouse.click(mark!.cx, mark!.cy);
}

/** A horizontal band of the page, in CSS pixels from the viewport's left edge. */
export interface Band {
  x: number;
  width: number;
}

/**
 * The single (unclustered) marks inside `scope` that have a width and lie in the band `within`
 * (default: the viewport's width). `whole`: the mark's whole box lies in the band, edges included;
 * otherwise its centre lies strictly inside it.
 */
export async function singleMarks(
  page: Page,
  { scope = TIMELINE, within, whole = false }: { scope?: string; within?: Band; whole?: boolean } = {},
): Promise<DrawnMark[]> {
  const band = within ?? { x: 0, width: page.viewportSize()!.width };
  const right = band.x + band.width;
  return (await drawnMarks(page, scope)).filter(
    (m) =>
      !m.cluster &&
      m.width > 0 &&
      (whole ? m.x >= band.x && m.x + m.width <= right : m.cx > band.x && m.cx < right),
  );
}

/** A single (unclustered) mark fully on screen, nearest the middle of the scope: something to click. */
export async function someSingleMark(page: Page, scope = TIMELINE): Promise<string> {
  const viewport = page.viewportSize()!;
  const box = await page.locator(scope).first().boundingBox();
  const centre = box ? box.x + box.width / 2 : viewport.width / 2;
  const singles = (await singleMarks(page, { scope, whole: true })).sort(
    (a, b) => Math.abs(a.cx - centre) - Math.abs(b.cx - centre),
  );
  expect(singles.length, `a single event mark on screen inside ${scope}`).toBeGreaterThan(0);
  return singles[0]!.id!;
}

/** The set of event ids drawn (single marks plus the members of clusters). */
export async function drawnIds(page: Page, scope = TIMELINE): Promise<Set<string>> {
  return new Set((await drawnMarks(page, scope)).flatMap((m) => m.ids));
}

/**
 * Waits until the drawn marks and their positions stop changing (transitions, debounced layout) for
 * two samples `intervalMs` apart.
 */
export async function settle(page: Page, scope = TIMELINE, timeout = 8_000, intervalMs = 150): Promise<void> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(
          (await drawnMarks(page, scope)).map((m) => [m.ids.join(','), Math.round(m.x), Math.round(m.y)]),
        );
        const same = now === previous;
        previous = now;
        return same;
      },
      { message: 'marks stop moving', intervals: [intervalMs], timeout },
    )
    .toBe(true);
}

export async function plotBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('timeline').boundingBox();
  expect(box, 'the timeline plot area has a box').not.toBeNull();
  return box!;
}

/** Centre x of the single mark for `id` in the timeline, or null when it is not drawn as its own mark. */
export async function markX(page: Page, id: string): Promise<number | null> {
  const mark = (await drawnMarks(page)).find((m) => m.id === id);
  return mark ? mark.cx : null;
}

export interface MarkPair {
  a: DrawnMark;
  b: DrawnMark;
  /** |b.cx − a.cx| */
  distance: number;
  mid: number;
}

/**
 * Two single marks next to each other in x, fully inside the plot, with different start dates and
 * at least `minGap` px apart, whose midpoint is nearest `targetX` (default: the plot's centre).
 */
export async function neighbourPair(
  page: Page,
  file: EventsFile,
  { targetX, minGap = 3, maxGap = Infinity, oneDay = false }: { targetX?: number; minGap?: number; maxGap?: number; oneDay?: boolean } = {},
): Promise<MarkPair> {
  const plot = await plotBox(page);
  const events = byId(file);
  const target = targetX ?? plot.x + plot.width / 2;
  // A span drawn as a point grows into a bar when zoomed, moving its centre: `oneDay` leaves spans out.
  const isOneDay = (id: string) => events.get(id)?.date.start === events.get(id)?.date.end;
  const singles = (await singleMarks(page, { within: plot })).filter((m) => !oneDay || isOneDay(m.id!)).sort((p, q) => p.cx - q.cx);
  let best: MarkPair | null = null;
  for (let i = 0; i + 1 < singles.length; i++) {
    const a = singles[i]!;
    const b = singles[i + 1]!;
    const distance = b.cx - a.cx;
    if (distance < minGap || distance > maxGap) continue;
    if (events.get(a.id!)?.date.start === events.get(b.id!)?.date.start) continue;
    const mid = (a.cx + b.cx) / 2;
    if (!best || Math.abs(mid - target) < Math.abs(best.mid - target)) best = { a, b, distance, mid };
  }
  expect(best, `two single marks with different dates, ${minGap}–${maxGap} px apart, inside the plot`).not.toBeNull();
  return best!;
}

/** Current distance between the two marks of a pair (fails if either is no longer drawn on its own). */
export async function pairDistance(page: Page, pair: MarkPair): Promise<number> {
  const ax = await markX(page, pair.a.id!);
  const bx = await markX(page, pair.b.id!);
  expect(ax, `mark ${pair.a.id} still drawn on its own`).not.toBeNull();
  expect(bx, `mark ${pair.b.id} still drawn on its own`).not.toBeNull();
  return Math.abs(bx! - ax!);
}

/**
 * The event ids the currently focused element stands for (empty when focus is not on a mark).
 * `self`: only when the focused element is the mark itself, not something inside one.
 */
export async function focusedIds(page: Page, { self = false } = {}): Promise<string[]> {
  return page.evaluate((self) => {
    const active = document.activeElement;
    const el = self
      ? active?.matches('[data-event-id], [data-cluster-ids]') ? active : null
      : active?.closest('[data-event-id], [data-cluster-ids]');
    if (!el) return [];
    const id = el.getAttribute('data-event-id');
    return id ? [id] : (el.getAttribute('data-cluster-ids') ?? '').split(/[\s,]+/).filter(Boolean);
  }, self);
}

// ---------------------------------------------------------------------------------------------
// Reading what a person sees
// ---------------------------------------------------------------------------------------------

/** Whitespace collapsed, so text split across elements or lines compares equal. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ARABIC_DIGITS = /[٠-٩۰-۹]/g;
/** Every integer in a text, Arabic-Indic digits and thousands separators included. */
export function numbersIn(text: string): number[] {
  const western = text.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  return (western.match(/\d[\d,.\u066c\u00a0]*/g) ?? []).map((n) => Number(n.replace(/[,.\u066c\u00a0]/g, '')));
}

/** The selected event as the URL of a page or frame names it (`?event=`). */
export function selectedEventInUrl(target: { url(): string }): string | null {
  return new URL(target.url()).searchParams.get('event');
}

/** A Content-Security-Policy as directive name → its values (empty directives dropped). */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The first day and the last of the file's events: a view of it shows every event, stragglers included. */
export function fullRange(file: EventsFile): { from: string; to: string } {
  const starts = file.events.map((e) => e.date.start).sort();
  const ends = file.events.map((e) => e.date.end).sort();
  return { from: starts[0]!, to: ends[ends.length - 1]! };
}

/** How many events the edge markers count as lying beyond the view ("3 later →"). */
export async function edgeCount(page: Page): Promise<number> {
  const texts = await page.locator('[data-testid^="edge-"]').allInnerTexts();
  return texts.reduce((n, s) => n + Number((s.match(/[0-9][0-9,]*/)?.[0] ?? '0').replace(/,/g, '')), 0);
}

/** Clicks a type filter checkbox as a person would: the box itself, or its label when the box is visually hidden. */
export async function toggleType(page: Page, type: string): Promise<void> {
  const box = page.getByTestId(`filter-type-${type}`);
  if (await box.isVisible()) await box.click();
  else await page.locator('label', { has: box }).click();
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

/** axe-core on the whole page; returns serious and critical violations, one readable line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help} — ${v.nodes.length} node(s): ` +
        v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1, 2).join('').trim()})` : ''}`)
          .join(' | '),
    );
}
