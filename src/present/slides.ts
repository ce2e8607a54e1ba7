/**
 * The presenter's running order and where the timeline looks for each slide. Takes events the view
 * already filtered (so `types=agreement` presents only agreements); gives them in date order and, per
 * event, a visible range centred on it. Does not filter, select or touch the view itself.
 */
import { compareByDate } from '../lib/order.ts';
import { DAY_MS, isoToMs, msToIso } from '../lib/timeline/scales.ts';
import type { IsoDate, TimelineEvent } from '../lib/types.ts';

/**
 * The events in date order, the same order the list and the arrow keys follow. The view's filtered
 * list already comes in this order, so it is handed back as it is rather than copied and re-sorted.
 */
export function presenterSlides(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  const ordered = events.every((e, i) => i === 0 || compareByDate(events[i - 1], e) <= 0);
  return ordered ? events : [...events].sort(compareByDate);
}

/** About two months: wide enough to show the neighbouring events that give a slide its context. */
const FOCUS_MIN_DAYS = 60;

/** A range centred on the event, three times its length and never narrower than `minDays` (both ends inclusive). */
export function focusRange(event: TimelineEvent, minDays = FOCUS_MIN_DAYS): { from: IsoDate; to: IsoDate } {
  // Counted in whole days, so the centring rounds to a day rather than to a millisecond.
  const start = isoToMs(event.date.start) / DAY_MS;
  const length = isoToMs(event.date.end) / DAY_MS - start + 1;
  const width = Math.max(minDays, 3 * length);
  const from = start - Math.floor((width - length) / 2);
  return { from: msToIso(from * DAY_MS), to: msToIso((from + width - 1) * DAY_MS) };
}

/** The slide a step leads to, clamped to the ends (no wrap-around: the last slide stays put). Null: not a step. */
export function stepTo(kind: 'next' | 'previous' | 'first' | 'last' | 'goto', current: number, total: number, slide = 1): number | null {
  if (total === 0) return null;
  const clamp = (i: number) => Math.min(Math.max(i, 0), total - 1);
  switch (kind) {
    case 'next':
      return current < 0 ? 0 : clamp(current + 1);
    case 'previous':
      return current < 0 ? 0 : clamp(current - 1);
    case 'first':
      return 0;
    case 'last':
      return total - 1;
    case 'goto':
      return clamp(slide - 1);
  }
}
