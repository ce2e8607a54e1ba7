/**
 * A news site for the embed tests: a tiny HTTP server on another port, so every host page is a
 * different origin from the timeline (`vite preview` on 127.0.0.1, port 4173 unless PW_PORT says otherwise), as it is in production.
 * The same server answers as `127.0.0.1:<port>` and as `localhost:<port>`, two more origins, which
 * is how the tests get an allowed and a disallowed host without a second server.
 *
 * Host pages load pym from the timeline's origin (the self-hosted copy) and a host script served
 * here that records every message the embed posts, as a real host page would receive them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext, Frame, Locator, Page } from '@playwright/test';
import { eventsAt, expect, idsInDateOrder, test } from './helpers.ts';

export const APP_ORIGIN = `http://127.0.0.1:${process.env.PW_PORT ?? 4173}`;

/** Recorded by the host script for each message from the embed. */
export interface Received {
  origin: string;
  data: unknown;
}

/**
 * The host page's own script: pym.Parent into #embed with `data-src`, every message kept in
 * `window.received`, `window.sendToEmbed(message)` for the tests, and the pym snippet's habit of
 * writing the selection into the page URL.
 */
const HOST_SCRIPT = `
window.received = [];
window.addEventListener('message', function (e) { window.received.push({ origin: e.origin, data: e.data }); });
var el = document.getElementById('embed');
var parent = new pym.Parent('embed', el.getAttribute('data-src'), { title: 'Timeline' });
parent.onMessage('timeline:selection', function (id) {
  var page = new URL(location.href);
  if (id) page.searchParams.set('timeline-event', id); else page.searchParams.delete('timeline-event');
  history.replaceState(null, '', page.href);
});
window.sendToEmbed = function (message) { el.querySelector('iframe').contentWindow.postMessage(message, '*'); };
`;

export function hostPage(embedSrc: string, { width = '100%' } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px sans-serif } main { max-width: ${width}; margin: 0 auto } #embed iframe { display: block }</style>
</head><body><main><h1>Host article</h1><p>Text before the embed.</p>
<div id="embed" data-src="${embedSrc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></div>
<p>Text after the embed.</p></main>
<script src="${APP_ORIGIN}/pym.v1.min.js"></script>
<script src="/host.js"></script>
</body></html>`;
}

/** A blank page with a pasted snippet, as a newsroom would paste it into an empty article. */
export function pastedPage(snippet: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${snippet}\n</body></html>`;
}

export interface HostServer {
  port: number;
  /** An absolute URL on this server under the given host name (127.0.0.1 or localhost). */
  url(path: string, hostname?: '127.0.0.1' | 'localhost'): string;
  /** Serves `html` at `path` from now on. */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>([['/host.js', HOST_SCRIPT]]);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const body = pages.get(path);
    // Pasted snippets come without an icon link; a 404 would be a console error.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(body);
  });
  // No host: dual-stack, so `localhost` works whichever address Chromium tries first.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path, hostname = '127.0.0.1') => `http://${hostname}:${port}${path}`,
    page: (path, html) => void pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Registers a host server for the calling spec file: started before its first test (with `pages`
 * already served) and closed after its last. Call it at the top level of a spec; the handle it
 * returns works inside the spec's tests and hooks, and throws outside them, where no server runs.
 */
export function useHostServer(pages: Record<string, string> = {}): Omit<HostServer, 'close'> {
  let server: HostServer | null = null;
  test.beforeAll(async () => {
    server = await startHostServer();
    for (const [path, html] of Object.entries(pages)) server.page(path, html);
  });
  test.afterAll(async () => {
    await server?.close();
    server = null;
  });
  const running = (): HostServer => {
    if (!server) throw new Error('the host server runs only during the tests of the spec that registered it');
    return server;
  };
  return {
    get port() {
      return running().port;
    },
    url: (path, hostname) => running().url(path, hostname),
    page: (path, html) => running().page(path, html),
  };
}

/** The document inside an iframe element. */
export async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  expect(frame, 'the iframe has a document').not.toBeNull();
  return frame!;
}

/** The embedded timeline's frame, once its marks are drawn. */
export async function embeddedTimeline(page: Page): Promise<Frame> {
  const iframe = page.locator('iframe').first();
  await expect(iframe).toBeAttached({ timeout: 10_000 });
  const frame = await frameOf(iframe);
  await expect(frame.locator('[data-event-id], [data-cluster-ids]').first()).toBeAttached({ timeout: 10_000 });
  return frame;
}

/** Event ids in date order, from the events file the app serves (not the host page's origin). */
export async function appEventIds(request: APIRequestContext): Promise<string[]> {
  return idsInDateOrder(await eventsAt(request, `${APP_ORIGIN}/events.json`));
}

/**
 * The glyph of the mark for `id`, or of the first event mark: what a person clicks. (The mark's
 * group also holds its label, so the centre of the whole group can fall on the empty lane between
 * glyph and label.)
 */
export function markGlyph(scope: Page | Frame | Locator, id?: string): Locator {
  if (id === undefined) return scope.locator('[data-event-id] :is(.shape, .bar)').first();
  return scope.locator(`[data-event-id="${id}"] :is(.shape, .bar)`);
}

/** The `type` of a message, when it is an object that has one. */
export const typeOf = (data: unknown): string | undefined => (data as { type?: string } | null)?.type;

export function receivedBy(page: Page): Promise<Received[]> {
  return page.evaluate(() => (window as unknown as { received: Received[] }).received);
}

/** Posts a message from the host page into the embed, as `iframe.contentWindow.postMessage(m, '*')`. */
export function sendToEmbed(page: Page, message: unknown): Promise<void> {
  return page.evaluate((m) => (window as unknown as { sendToEmbed: (m: unknown) => void }).sendToEmbed(m), message);
}

/** Waits until the embed has told the host `timeline:ready`, and returns that message. */
export async function waitForReady(page: Page): Promise<Received> {
  await expect.poll(async () => (await receivedBy(page)).some((m) => typeOf(m.data) === 'timeline:ready'), 'the embed takes commands').toBe(true);
  return (await receivedBy(page)).find((m) => typeOf(m.data) === 'timeline:ready')!;
}

/** The iframe's height on the host page, and the height of the document inside it. */
export async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.body.offsetHeight);
  return { iframe, content };
}
