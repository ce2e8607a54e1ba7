/**
 * The timeline as an embedded iframe: a pym.js child that keeps the host's iframe as tall as the
 * content, and the postMessage API documented in `api.ts`. Takes the view state object (anything
 * with the `EmbedView` shape); gives a function that tears it all down.
 *
 * Every message, pym's heights included, goes to the host's origin when it is known (see
 * `parentOrigin`), and to '*' only when the embed cannot know it and no `?origin=` restricts it.
 * Reads pym's `childId` and `parentUrl`, `origin` and `link` from the address bar: the app's URL
 * mirror rewrites only the view's own parameters and keeps these (`withForeignParams`).
 * Does not decide layout or draw anything: compact chrome is the app's, the wheel hint is `WheelHint`.
 */
import pym, { type Child, type ChildConfig } from 'pym.js';
import type { IsoDate } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';
import {
  parseHostMessage,
  pymWireMessage,
  readyMessage,
  selectionMessage,
  type FilterChange,
  type HostCommand,
  type TimelineMessage,
} from './api.ts';
import { eventFromHostUrl, LINK_PARAM, parseLinkKey } from './host-link.ts';
import { isAllowedOrigin, parseAllowedOrigins, pymXdomain, replyTargets } from './origins.ts';

/** What the embed needs from the view state. */
export interface EmbedView {
  /** Selected event id. */
  readonly event: string | null;
  /** The language the page is shown in. */
  readonly uiLang: Lang;
  select(id: string | null): void;
  setRange(from: IsoDate | null, to: IsoDate | null): void;
  setFilters(filters: FilterChange): void;
  setLang(lang: Lang): void;
}

function apply(view: EmbedView, command: HostCommand): void {
  switch (command.type) {
    case 'timeline:select':
      return view.select(command.id);
    case 'timeline:range':
      return view.setRange(command.from, command.to);
    case 'timeline:filters':
      return view.setFilters(command.filters);
    case 'timeline:lang':
      return view.setLang(command.lang);
  }
}

/**
 * The embedding page's origin when it can be known: the browser's own list first (Chromium and
 * Safari; it cannot be forged), then pym's `parentUrl`, then the referrer. An opaque origin
 * ("null": a sandboxed or file: page) cannot be addressed, so it counts as unknown.
 */
function parentOrigin(parentUrl: string | null): string | null {
  for (const candidate of [location.ancestorOrigins?.[0], parentUrl, document.referrer]) {
    if (!candidate) continue;
    try {
      const origin = new URL(candidate).origin;
      if (origin !== 'null') return origin;
    } catch {
      // Not a URL: try the next source.
    }
  }
  return null;
}

/** pym's wire format: `pym`, the child id, the message type and the payload, joined by this. */
const PYM_DELIMITER = 'xPYMx';

/**
 * A pym Child whose messages (heights included) go only to `targets`. pym posts everything to '*'
 * and sends the first height from inside its constructor, after assigning `sendMessage` on the
 * instance; an accessor on a subclass's prototype takes that assignment, so pym's own function is
 * never installed and the first height already goes where the embed chooses.
 */
function targetedPymChild(config: ChildConfig, targets: readonly string[]): Child {
  class TargetedChild extends pym.Child {}
  Object.defineProperty(TargetedChild.prototype, 'sendMessage', {
    get() {
      return function (this: Child, type: string, message: string) {
        if (window.parent === window) return;
        for (const target of targets) window.parent.postMessage(['pym', this.id, type, message].join(PYM_DELIMITER), target);
      };
    },
    set() {},
  });
  return new TargetedChild(config);
}

/**
 * `ready` is read inside an effect: it should read reactive state that turns true once the events
 * are loaded, so commands can find them and `timeline:ready` means what it says.
 */
export function startEmbedChild(view: EmbedView, ready: () => boolean): () => void {
  const params = new URL(location.href).searchParams;
  const allowed = parseAllowedOrigins(params.get('origin'));
  // Without ?origin= any host may embed the timeline, but replies still go only to the host actually
  // embedding it when that is known; '*' only when the embed cannot know where it is.
  const known = parentOrigin(params.get('parentUrl'));
  const targets = allowed === null ? [known ?? '*'] : replyTargets(allowed, known);
  const child = targetedPymChild({ id: params.get('childId') ?? 'timeline', xdomain: pymXdomain(allowed) }, targets);

  // A shared article link (`?<link key>=`) opens its event even when the host did not pass it on.
  const linked = eventFromHostUrl(params.get('parentUrl'), parseLinkKey(params.get(LINK_PARAM)));
  if (linked && view.event === null) view.select(linked);

  const post = (message: TimelineMessage) => {
    if (window.parent === window) return;
    for (const target of targets) {
      window.parent.postMessage(message, target);
      window.parent.postMessage(pymWireMessage(child.id, message), target);
    }
  };

  // One height message per frame however many elements resized in it.
  let frame = 0;
  const resized = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => child.sendHeight());
  });
  resized.observe(document.documentElement);
  resized.observe(document.body);

  // Hosts often command on iframe load, before the events arrive: those wait, in order, for ready.
  const waiting: HostCommand[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || !isAllowedOrigin(event.origin, allowed)) return;
    const command = parseHostMessage(event.data);
    if (!command) return;
    if (ready()) apply(view, command);
    else waiting.push(command);
  };
  window.addEventListener('message', onMessage);

  const stopEffects = $effect.root(() => {
    let announced = false;
    $effect(() => {
      if (!ready() || announced) return;
      announced = true;
      for (const command of waiting.splice(0)) apply(view, command);
      post(readyMessage(view.event, view.uiLang));
    });
    let last: string | null | undefined;
    $effect(() => {
      const id = view.event;
      if (!ready()) return;
      if (last !== undefined && id !== last) post(selectionMessage(id));
      last = id;
    });
  });

  return () => {
    stopEffects();
    resized.disconnect();
    cancelAnimationFrame(frame);
    window.removeEventListener('message', onMessage);
    child.remove();
  };
}
