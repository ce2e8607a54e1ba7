/**
 * Deep links that live in the host article's URL: `https://news.example/story?timeline-event-x1=<id>`.
 * Each embed has its own parameter name (its "link key"), so two timelines in one article never
 * open each other's events. The pym snippet derives the key from its container id, passes it to the
 * iframe as `?link=<key>`, writes the key when the reader selects an event and passes it on as
 * `?event=` when the article is opened. The embed reads only its own key from the host URL it learns
 * from pym (`parentUrl`), so a shared article link opens on the same event even when the host page
 * did not forward it; without `?link=` it reads none. Query or fragment both count, since CMSes
 * treat either one as theirs to keep.
 */
import { isId } from '../lib/url-state.ts';

/** The embed URL parameter that names the embed's link key. */
export const LINK_PARAM = 'link';
const KEY = /^[\w-]{1,64}$/;

/** The link key for a snippet's container: `timeline-abc` → `timeline-event-abc`. */
export function linkKeyFor(containerId: string): string {
  return `timeline-event-${containerId.replace(/^timeline-/, '')}`;
}

/** The `?link=` value when it is a usable parameter name, else null (read no host link at all). */
export function parseLinkKey(raw: string | null): string | null {
  return raw !== null && KEY.test(raw) ? raw : null;
}

/** The event id a host page URL links to under `key`, or null (also for ids a `?event=` link could not carry). */
export function eventFromHostUrl(hostUrl: string | null, key: string | null): string | null {
  if (!hostUrl || !key) return null;
  let url: URL;
  try {
    url = new URL(hostUrl);
  } catch {
    return null;
  }
  const raw = url.searchParams.get(key) ?? new URLSearchParams(url.hash.slice(1)).get(key);
  return isId(raw) ? raw : null;
}
