/**
 * The view as URL parameters, both ways. Every piece of view state a link must reproduce lives in
 * `ViewParams`; `toURL` writes only what differs from the defaults, `fromURL` ignores malformed values
 * rather than failing, so a hand-edited or truncated link still opens.
 */
import { DEFAULT_TYPES, EVENT_TYPES, type EventType, type IsoDate } from './types.ts';

export type Lang = 'ar' | 'en';
export type Theme = 'light' | 'dark';
export type Mode = 'browse' | 'present';
/** `strip`: an embed's compact strip, the axis and one open event at a fixed small height (src/embed/StripEvent.svelte). */
export type Layout = 'timeline' | 'list' | 'strip';
/** Arabic month names: يناير، فبراير… (Egypt, the Gulf, the Maghreb press) or كانون الثاني، شباط… (the Levant, Iraq). */
export type MonthNames = 'transliterated' | 'levantine';
export const MONTH_NAMES: readonly MonthNames[] = ['transliterated', 'levantine'];
/** What the page showed before the choice existed. */
export const DEFAULT_MONTHS: MonthNames = 'transliterated';

export interface ViewParams {
  /** UI language; null follows the browser. */
  lang: Lang | null;
  /** Colour theme; null follows prefers-color-scheme. */
  theme: Theme | null;
  /** Arabic month-name set; null follows what the reader chose before, else the browser's region. */
  months: MonthNames | null;
  /** Selected event id (also the presenter's position). */
  event: string | null;
  /** Event types shown; all four when the URL names none. */
  types: EventType[];
  actors: string[];
  places: string[];
  /** Free-text search. */
  q: string;
  /** Visible range, inclusive ISO dates; null fits all events. */
  from: IsoDate | null;
  to: IsoDate | null;
  layout: Layout;
  mode: Mode;
  embed: boolean;
  /** Fixed embed height in CSS pixels; null lets the content decide. */
  height: number | null;
  /** Alternative events file. */
  data: string | null;
}

export const DEFAULT_VIEW: Readonly<ViewParams> = Object.freeze({
  lang: null,
  theme: null,
  months: null,
  event: null,
  types: [...DEFAULT_TYPES],
  actors: [],
  places: [],
  q: '',
  from: null,
  to: null,
  layout: 'timeline',
  mode: 'browse',
  embed: false,
  height: null,
  data: null,
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\w.:-]{1,200}$/;
/** Longest free-text search a link (or the embed API) carries. */
export const MAX_QUERY = 200;

/** A real calendar day written YYYY-MM-DD, as `?from=`, `?to=` and the events file take it. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/** An event, actor or place id a link can carry (`?event=`, one entry of `?actors=`). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** The known event types among `types`, in canonical order (as `EVENT_TYPES` lists them). */
export function canonicalTypes(types: readonly unknown[]): EventType[] {
  return EVENT_TYPES.filter((t) => types.includes(t));
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function list(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter(isId))].sort();
}

function isoDate(value: string | null): IsoDate | null {
  return isIsoDate(value) ? value : null;
}

export function fromURL(search: URLSearchParams): ViewParams {
  const rawTypes = search.get('types');
  const types = list(rawTypes).filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t));
  const height = Number(search.get('height'));
  const event = search.get('event');
  let from = isoDate(search.get('from'));
  let to = isoDate(search.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    lang: oneOf(search.get('lang'), ['ar', 'en'] as const),
    theme: oneOf(search.get('theme'), ['light', 'dark'] as const),
    months: oneOf(search.get('months'), MONTH_NAMES),
    event: isId(event) ? event : null,
    // `types=` (empty) is a deliberate "none"; a value naming no known type falls back to the default.
    types: rawTypes === '' ? [] : types.length ? canonicalTypes(types) : [...DEFAULT_TYPES],
    actors: list(search.get('actors')),
    places: list(search.get('places')),
    q: (search.get('q') ?? '').slice(0, MAX_QUERY),
    from,
    to,
    layout: oneOf(search.get('layout'), ['timeline', 'list', 'strip'] as const) ?? 'timeline',
    mode: oneOf(search.get('mode'), ['browse', 'present'] as const) ?? 'browse',
    embed: search.get('embed') === '1' || search.get('embed') === 'true',
    height: Number.isInteger(height) && height >= 200 && height <= 4000 ? height : null,
    data: search.get('data') || null,
  };
}

/** Every parameter `toURL` may write: the view owns these, and only these, in a URL. */
export const VIEW_KEYS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_VIEW));

/**
 * The query to write for a view: `toURL`'s parameters, then every parameter of `current` the view
 * does not own, in their original order. Those belong to someone else: pym's `childId`, `parentUrl`
 * and `initialWidth`, an embed's `origin` and `link`, a CMS's tracking tags. Dropping them would
 * break an embed after a frame reload.
 */
export function withForeignParams(view: URLSearchParams, current: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(view);
  for (const [key, value] of current) if (!VIEW_KEYS.has(key)) out.append(key, value);
  return out;
}

/** Parameters in a fixed order, defaults left out, so equal views give equal URLs. */
export function toURL(view: ViewParams): URLSearchParams {
  const out = new URLSearchParams();
  if (view.data) out.set('data', view.data);
  if (view.embed) out.set('embed', '1');
  if (view.mode !== 'browse') out.set('mode', view.mode);
  if (view.lang) out.set('lang', view.lang);
  if (view.theme) out.set('theme', view.theme);
  if (view.months) out.set('months', view.months);
  if (view.layout !== 'timeline') out.set('layout', view.layout);
  const types = canonicalTypes(view.types);
  if (types.join(',') !== DEFAULT_TYPES.join(',')) out.set('types', types.join(','));
  if (view.actors.length) out.set('actors', [...view.actors].sort().join(','));
  if (view.places.length) out.set('places', [...view.places].sort().join(','));
  if (view.q) out.set('q', view.q);
  if (view.from) out.set('from', view.from);
  if (view.to) out.set('to', view.to);
  if (view.height) out.set('height', String(view.height));
  if (view.event) out.set('event', view.event);
  return out;
}
