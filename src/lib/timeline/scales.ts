/**
 * Time ↔ pixel maths for the timeline. Takes ISO dates and a width; gives UTC milliseconds and
 * d3 time scales. Every event's numbers are computed once here (`eventTimes`) so that zooming only
 * maps numbers, never parses dates. Direction is a scale concern: in Arabic the range is reversed
 * (earlier dates on the right) and nothing downstream needs to know.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { EventDate, IsoDate } from '../types.ts';

export const DAY_MS = 86_400_000;

/** A visible or full time range in UTC milliseconds, [start, end). */
export type Domain = readonly [number, number];

/** Midnight UTC of an ISO date. Sliced by hand: 20,000 Date.parse calls cost a frame on load. */
export function isoToMs(date: IsoDate): number {
  const ms = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return date.length === 10 && date[4] === '-' && date[7] === '-' ? ms : NaN;
}

/** The calendar day containing `ms`, as an ISO date. */
export function msToIso(ms: number): IsoDate {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Start at the first day's midnight, end at the midnight after the last (inclusive) day. */
export function eventTimes(date: EventDate): { t0: number; t1: number } {
  const t0 = isoToMs(date.start);
  const t1 = Math.max(isoToMs(date.end), t0) + DAY_MS;
  return { t0, t1 };
}

/** The ISO from/to pair (inclusive days) a domain shows, for the URL. */
export function domainToIsoRange(domain: Domain): { from: IsoDate; to: IsoDate } {
  return { from: msToIso(domain[0]), to: msToIso(Math.max(domain[0], domain[1] - 1)) };
}

export function isoRangeToDomain(from: IsoDate, to: IsoDate): Domain {
  const a = isoToMs(from);
  const b = isoToMs(to) + DAY_MS;
  return a <= b ? [a, b] : [isoToMs(to), isoToMs(from) + DAY_MS];
}

/**
 * The whole zoomable range: all events plus a margin, at least `minSpan` wide, so a file with one
 * event still gets a sensible axis. Null for no events.
 */
export function fullExtent(times: Iterable<{ t0: number; t1: number }>, padFraction = 0.04, minSpan = 30 * DAY_MS): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { t0, t1 } of times) {
    if (t0 < lo) lo = t0;
    if (t1 > hi) hi = t1;
  }
  if (!Number.isFinite(lo)) return null;
  const span = Math.max(hi - lo, minSpan);
  const mid = (lo + hi) / 2;
  const half = (span * (1 + 2 * padFraction)) / 2;
  return [mid - half, mid + half];
}

/**
 * What the first view shows: the whole extent without a few far-off events at either end (a
 * deadline a year after everything else would squeeze the rest into a corner). An end is trimmed
 * only when at most a tenth of the events lie beyond a gap wider than a quarter of the whole span;
 * those events stay reachable by panning and by the edge markers. Takes events in start order.
 */
export function coreExtent(times: readonly { t0: number; t1: number }[]): Domain | null {
  const n = times.length;
  if (n < 5) return fullExtent(times);
  const span = times[n - 1].t0 - times[0].t0;
  const most = Math.max(1, Math.floor(n / 10));
  let lo = 0;
  let hi = n;
  for (let k = 1; k <= most; k++) {
    if (times[n - k].t0 - times[n - k - 1].t0 > span / 4) hi = n - k;
    if (times[k].t0 - times[k - 1].t0 > span / 4) lo = k;
  }
  return fullExtent(times.slice(lo, hi));
}

/** The one place a time scale is built; marks, axis and zoom all receive it. */
export function makeTimeScale(domain: Domain, width: number, rtl: boolean): ScaleTime<number, number> {
  const w = Math.max(1, width);
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range(rtl ? [w, 0] : [0, w]);
}

/** Index of the first element of ascending `values` that is ≥ `x` (values.length if none). */
export function lowerBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
