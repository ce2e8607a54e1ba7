/**
 * Ready-to-paste embed code for the current view: a pym.js version that sizes itself to the content
 * and keeps the selected event in the host article's URL, a plain iframe, and the compact strip (a
 * plain iframe of the axis and one open event). Pure: takes the app's absolute URL and the view,
 * gives HTML text. All work pasted into a blank page: absolute URLs, a title for screen readers,
 * lazy loading, and pym served from the app's own origin.
 */
import { toURL, type Lang, type ViewParams } from '../lib/url-state.ts';
import { LINK_PARAM, linkKeyFor } from './host-link.ts';
import { pymXdomain } from './origins.ts';

/**
 * The plain iframe's height when the view sets none: what the embed's content needs at the widths
 * newsrooms give it (1200–1280 px: 757 px in English, 712 in Arabic, no event open, measured in
 * Chromium), so nothing is cut; an opened event scrolls inside the frame.
 */
export const DEFAULT_EMBED_HEIGHT = 760;
/**
 * The compact strip's height: the axis, the four default lanes and one event's card, which takes
 * most room in a 300 px column (505–514 px there, 461–467 px from 700 px up, measured in Chromium).
 */
export const STRIP_HEIGHT = 520;
/** Shipped beside index.html by `selfHostedPym()` in `vite-plugin.ts`. */
export const PYM_FILE = 'pym.v1.min.js';

interface SnippetInput {
  /** Absolute URL of the app page (query and hash are ignored). */
  appUrl: string;
  view: ViewParams;
  /** The iframe's accessible name, in the view's language. */
  title: string;
}

/**
 * The view a snippet reproduces: the page's language, and the open event only when the journalist
 * asks for it, so a snippet never carries whatever event happened to be open.
 */
export function snippetView(view: ViewParams, lang: Lang, withEvent: boolean): ViewParams {
  return { ...view, lang, event: withEvent ? view.event : null };
}

/** The embed URL for a view: browse mode, embed on, optionally a fixed height the page lays itself out to. */
export function embedUrl(appUrl: string, view: ViewParams, height: number | null): string {
  const url = new URL(appUrl);
  url.hash = '';
  url.search = toURL({ ...view, embed: true, mode: 'browse', height }).toString();
  return url.href;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A JS string literal that cannot close the surrounding <script> element. */
function scriptLiteral(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/** Short and stable per embed URL, so two timelines on one page get different containers. */
function containerId(url: string): string {
  let hash = 5381;
  for (let i = 0; i < url.length; i++) hash = ((hash * 33) ^ url.charCodeAt(i)) >>> 0;
  return `timeline-${hash.toString(36)}`;
}

/**
 * A fixed-height iframe. The URL carries the same height so the timeline fills the frame
 * instead of scrolling inside it. One fullscreen grant (`allow`): adding the legacy
 * `allowfullscreen` beside it makes Chromium warn in the host page's console.
 */
export function iframeSnippet({ appUrl, view, title }: SnippetInput): string {
  const height = view.height ?? DEFAULT_EMBED_HEIGHT;
  const src = embedUrl(appUrl, view, height);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}"` +
    ` style="display:block;width:100%;max-width:1200px;border:0" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** The compact strip: a plain iframe of `STRIP_HEIGHT`, the axis and one open event, no other chrome. */
export function stripSnippet({ appUrl, view, title }: SnippetInput): string {
  return iframeSnippet({ appUrl, view: { ...view, layout: 'strip', height: STRIP_HEIGHT }, title });
}

/**
 * pym.js Parent with three additions a newsroom would otherwise write by hand: the iframe is only
 * created near the viewport (pym builds it itself, so `loading="lazy"` cannot be set in time);
 * `?timeline-event-<id>=` in the article URL opens that event; selecting an event writes it there
 * with replaceState, so a copied article link reopens it without adding history entries. The key is
 * this embed's own (see `host-link.ts`), handed to the iframe as `?link=`.
 */
export function pymSnippet({ appUrl, view, title }: SnippetInput): string {
  const url = new URL(embedUrl(appUrl, view, view.height));
  const id = containerId(url.href);
  const key = linkKeyFor(id);
  url.searchParams.set(LINK_PARAM, key);
  const src = url.href;
  const app = new URL(appUrl);
  const pymUrl = new URL(PYM_FILE, app).href;
  const xdomain = pymXdomain([app.origin]);
  const minHeight = view.height ?? DEFAULT_EMBED_HEIGHT;
  return `<div id="${id}" style="min-height:${minHeight}px"></div>
<script src="${escapeAttribute(pymUrl)}"></script>
<script>
(function () {
  var key = ${scriptLiteral(key)};
  var el = document.getElementById(${scriptLiteral(id)});
  var src = new URL(${scriptLiteral(src)});
  var linked = new URL(location.href).searchParams.get(key);
  if (linked) src.searchParams.set('event', linked);
  function start() {
    var parent = new pym.Parent(el.id, src.href, { title: ${scriptLiteral(title)}, xdomain: ${scriptLiteral(xdomain)}, allowfullscreen: true });
    parent.onMessage('height', function () { el.style.minHeight = ''; });
    parent.onMessage('timeline:selection', function (id) {
      var page = new URL(location.href);
      if (id) page.searchParams.set(key, id); else page.searchParams.delete(key);
      history.replaceState(history.state, '', page.href);
    });
  }
  if (!('IntersectionObserver' in window)) return start();
  var seen = new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) { seen.disconnect(); start(); }
  }, { rootMargin: '600px 0px' });
  seen.observe(el);
})();
</script>`;
}
