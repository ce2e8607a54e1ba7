/**
 * The embed's postMessage API, version 1: what a host page may ask of an embedded timeline, what the
 * timeline tells its host, and the pure validation that stands between `message` events and the view.
 *
 * Host → timeline, posted to the iframe: `iframe.contentWindow.postMessage(message, 'https://timeline.origin')`
 *   { type: 'timeline:select',  id: string | null }                       select an event (null clears)
 *   { type: 'timeline:range',   from: 'YYYY-MM-DD' | null, to: 'YYYY-MM-DD' | null }   visible range (null fits all)
 *   { type: 'timeline:filters', types?: EventType[], actors?: string[], places?: string[], q?: string }
 *                                                                          only the fields given change
 *   { type: 'timeline:lang',    lang: 'ar' | 'en' }
 * Every message may carry `v: 1`; a message naming another version, an unknown type, a missing or
 * extra field, or a value a link could not carry (`?event=`, `?from=` … rules) is ignored whole.
 *
 * Timeline → host, posted to `window.parent`:
 *   { type: 'timeline:ready',     v: 1, event: string | null, lang: 'ar' | 'en' }   data loaded, commands accepted
 *   { type: 'timeline:selection', v: 1, id: string | null }                         the reader or a command changed the selection
 * The same two also travel on pym's channel, so a `pym.Parent` can listen with
 * `pymParent.onMessage('timeline:selection', id => …)` (pym messages are strings: '' stands for null;
 * `timeline:ready` carries the selected id).
 *
 * Commands sent before `timeline:ready` (say, on the iframe's load event) wait and run, in order, once
 * the events are loaded.
 *
 * Origins: `?origin=https://news.example` (several: comma- or space-separated) restricts the API.
 * Then commands from any other origin are ignored, and replies go only to an allowed origin: to the
 * parent's origin when the browser reveals it (location.ancestorOrigins or the referrer) and it is
 * allowed, to nobody when it is known and not allowed, else to each allowed origin as postMessage
 * target (the browser delivers only to the one that matches). A parameter naming no valid origin
 * allows nobody. Without `?origin=`, any embedding page may command the embed and replies use target
 * `*`: they carry only what the embed's own URL already shows. Commands are only taken from the
 * embedding page itself (`event.source === window.parent`). pym's own height messages are not
 * affected: pym always posts them to `*`.
 */
import { EVENT_TYPES, type EventType, type IsoDate } from '../lib/types.ts';
import { canonicalTypes, isId, isIsoDate, MAX_QUERY, type Lang } from '../lib/url-state.ts';

const API_VERSION = 1;

export interface FilterChange {
  types?: EventType[];
  actors?: string[];
  places?: string[];
  q?: string;
}

export type HostCommand =
  | { type: 'timeline:select'; id: string | null }
  | { type: 'timeline:range'; from: IsoDate | null; to: IsoDate | null }
  | { type: 'timeline:filters'; filters: FilterChange }
  | { type: 'timeline:lang'; lang: Lang };

export type TimelineMessage =
  | { type: 'timeline:ready'; v: typeof API_VERSION; event: string | null; lang: Lang }
  | { type: 'timeline:selection'; v: typeof API_VERSION; id: string | null };

/** Fields each command may carry besides `type` and `v`; anything else makes the message malformed. */
const FIELDS: Record<HostCommand['type'], { required: string[]; optional: string[] }> = {
  'timeline:select': { required: ['id'], optional: [] },
  'timeline:range': { required: ['from', 'to'], optional: [] },
  'timeline:filters': { required: [], optional: ['types', 'actors', 'places', 'q'] },
  'timeline:lang': { required: ['lang'], optional: [] },
};

type Fields = Record<string, unknown>;

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Values are accepted exactly when a link could carry them (`isId`, `isIsoDate`), so the API and `?event=` agree.

/** Distinct ids, sorted as `?actors=` keeps them; null when any entry is not an id. */
function idList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every(isId) ? [...new Set(value)].sort() : null;
}

function parseFilters(message: Fields): FilterChange | null {
  const filters: FilterChange = {};
  if ('types' in message) {
    const types = message.types;
    if (!Array.isArray(types) || !types.every((t) => (EVENT_TYPES as readonly unknown[]).includes(t))) return null;
    filters.types = canonicalTypes(types);
  }
  for (const name of ['actors', 'places'] as const) {
    if (!(name in message)) continue;
    const ids = idList(message[name]);
    if (!ids) return null;
    filters[name] = ids;
  }
  if ('q' in message) {
    if (typeof message.q !== 'string' || message.q.length > MAX_QUERY) return null;
    filters.q = message.q;
  }
  return filters;
}

/** A host's message as a command, or null when it is not a well-formed version-1 command. Never throws. */
export function parseHostMessage(data: unknown): HostCommand | null {
  if (!isPlainObject(data) || typeof data.type !== 'string' || !Object.hasOwn(FIELDS, data.type)) return null;
  if ('v' in data && data.v !== API_VERSION) return null;
  const type = data.type as HostCommand['type'];
  const { required, optional } = FIELDS[type];
  const keys = Object.keys(data).filter((k) => k !== 'type' && k !== 'v');
  if (!keys.every((k) => required.includes(k) || optional.includes(k))) return null;
  if (!required.every((k) => k in data)) return null;

  switch (type) {
    case 'timeline:select': {
      const id = data.id;
      if (id === null) return { type, id: null };
      return isId(id) ? { type, id } : null;
    }
    case 'timeline:range': {
      const { from, to } = data;
      const ok = (d: unknown) => d === null || isIsoDate(d);
      if (!ok(from) || !ok(to)) return null;
      if (typeof from === 'string' && typeof to === 'string' && from > to) return null;
      return { type, from: from as IsoDate | null, to: to as IsoDate | null };
    }
    case 'timeline:filters': {
      const filters = parseFilters(data);
      return filters && Object.keys(filters).length ? { type, filters } : null;
    }
    case 'timeline:lang':
      return data.lang === 'ar' || data.lang === 'en' ? { type, lang: data.lang } : null;
  }
}

export function readyMessage(event: string | null, lang: Lang): TimelineMessage {
  return { type: 'timeline:ready', v: API_VERSION, event, lang };
}

export function selectionMessage(id: string | null): TimelineMessage {
  return { type: 'timeline:selection', v: API_VERSION, id };
}

const PYM_DELIMITER = 'xPYMx';

/**
 * A timeline message in pym's wire format (`pym␟childId␟type␟payload`), so a `pym.Parent` fires its
 * `onMessage(type)` handlers. Built here rather than with `pymChild.sendMessage`, which always
 * targets `*` and so would ignore `?origin=`.
 */
export function pymWireMessage(childId: string, message: TimelineMessage): string {
  const payload = message.type === 'timeline:ready' ? message.event : message.id;
  return ['pym', childId, message.type, payload ?? ''].join(PYM_DELIMITER);
}
