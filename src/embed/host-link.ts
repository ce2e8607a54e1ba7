/**
 * Deep links that live in the host article's URL: `https://news.example/story?timeline-event=<id>`.
 * The pym snippet writes that parameter when the reader selects an event and passes it on as
 * `?event=` when the article is opened; an embed that learns its host URL from pym (`parentUrl`)
 * reads it too, so a shared article link opens on the same event even when the host page did not
 * forward it. Query or fragment both count, since CMSes treat either one as theirs to keep.
 */
import { fromURL } from '../lib/url-state.ts';

export const HOST_EVENT_PARAM = 'timeline-event';

/** The event id a host page URL links to, or null (also for ids a `?event=` link could not carry). */
export function eventFromHostUrl(hostUrl: string | null): string | null {
  if (!hostUrl) return null;
  let url: URL;
  try {
    url = new URL(hostUrl);
  } catch {
    return null;
  }
  const raw = url.searchParams.get(HOST_EVENT_PARAM) ?? new URLSearchParams(url.hash.slice(1)).get(HOST_EVENT_PARAM);
  return raw === null ? null : fromURL(new URLSearchParams({ event: raw })).event;
}
