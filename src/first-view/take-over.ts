/**
 * The page takes over the build-time render `choose.ts` put on the page by hydrating it: once its
 * code and the events file have arrived, Svelte walks the render's nodes and attaches the page to
 * them, so what the reader sees stays the same nodes; until then the render stays as it is, inert.
 * Nodes drawn anew would be new content to Chromium: in Arabic, the title or the embed's coverage
 * line set in the webfont that arrived after the render's first paint is larger than the render's
 * (painted in the fallback face), and would be reported as the largest contentful paint 1–2 s after
 * the reader saw it. Where the page draws differently (a label laid out with the measured font, a
 * phone of another width), Svelte redraws that part alone.
 */
import { hydrate, mount } from 'svelte';
import App from '../App.svelte';
import { loadPreparedFile } from '../app/load-events.ts';
import { warmFormatters } from '../lib/format.ts';
import { resolveDataUrl } from '../lib/load.ts';
import type { Lang } from '../lib/url-state.ts';
import { EMBED_PHONE_SCREEN, PHONE_SCREEN, renderFor } from './screen.ts';

export async function takeOver(render: HTMLElement, app: HTMLElement): Promise<void> {
  // Intl formatters are slow to build: make them while the file downloads, as the page does.
  setTimeout(() => warmFormatters(document.documentElement.lang as Lang), 0);
  const embed = render.querySelector('.app.embed') !== null;
  const [loaded, embedHeader] = await Promise.all([
    // The render is shown only for a link without `data`: the default file, which choose.ts preloads.
    loadPreparedFile(resolveDataUrl(null, location.href).url),
    // Drawn by the render, so needed to hydrate it; the embed fetches it anyway. If it cannot come,
    // the header's place is redrawn as the page draws it without (LazyComponent).
    embed ? import('../embed/EmbedHeader.svelte').then((m) => m.default, () => undefined) : undefined,
  ]);
  if (!loaded.ok) {
    // The page loads again and says why it could not.
    render.remove();
    mount(App, { target: app });
    return;
  }
  // The page's first draw is the render's: the same list rows, and the plot as wide as the render's
  // is on this screen (the page measures it only once mounted, and would draw no plot until then).
  const plot = render.querySelector<HTMLElement>('[data-testid="timeline"]')?.parentElement;
  const screen = { ...(embed ? EMBED_PHONE_SCREEN : PHONE_SCREEN), plotWidth: plot?.clientWidth ?? 0 };
  renderFor(screen, () => hydrate(App, { target: render, props: { prepared: loaded.prepared, embedHeader } }));
  // The render's wrapper is the page's element now.
  render.removeAttribute('inert');
  render.removeAttribute('class');
  app.remove();
  render.id = 'app';
}
