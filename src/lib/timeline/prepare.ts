/**
 * Per-event numbers computed once when a file loads: times in ms, lane, and a label priority.
 * Everything that runs during zoom and pan works on these rows, never on ISO strings.
 */
import { compareByDate } from '../order.ts';
import { UNREALISED_STATUSES, type TimelineEvent } from '../types.ts';
import { DAY_MS, eventTimes } from './scales.ts';
import { laneOf } from './lanes.ts';

export interface PreparedEvent {
  id: string;
  event: TimelineEvent;
  lane: number;
  /** [t0, t1): first day's midnight to the midnight after the last day. */
  t0: number;
  t1: number;
  /** Where a point mark sits: the middle of its days, so a one-day event lies between its day ticks. */
  anchor: number;
  /** Label priority: events sourced more often and events that happened win space first. */
  weight: number;
}

/** Sorted in date order (`compareByDate`), the order the list, arrow keys and clusters all follow. */
export function prepareEvents(events: readonly TimelineEvent[]): PreparedEvent[] {
  const rows = events.map((event) => {
    const { t0, t1 } = eventTimes(event.date);
    return {
      id: event.id,
      event,
      lane: laneOf(event.type),
      t0,
      t1,
      anchor: t1 - t0 <= DAY_MS ? t0 + DAY_MS / 2 : t0,
      weight: event.excerpts.length + (UNREALISED_STATUSES.includes(event.status) ? 0 : 0.5) + (event.date.approximate ? 0 : 0.25),
    };
  });
  return rows.sort((a, b) => compareByDate(a.event, b.event));
}
