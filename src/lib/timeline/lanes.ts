/**
 * Lanes: one horizontal band per event type the filters show, in `EVENT_TYPES` order, and the
 * vertical geometry of the plot. Pixel constants live here so marks, labels and hit areas agree.
 * A type that is filtered out takes no height (calls and statements are off by default).
 */
import { EVENT_TYPES, type EventType } from '../types.ts';

export function laneOf(type: EventType): number {
  const i = EVENT_TYPES.indexOf(type);
  return i < 0 ? 0 : i;
}

export const GEOMETRY = {
  /** Tick labels and the larger-unit line below them. */
  axisHeight: 46,
  laneHeight: 76,
  /** Lane caption baseline, from the lane's top. */
  captionY: 14,
  /** Centre of point marks and span bars. */
  markY: 30,
  markRadius: 7,
  barHeight: 12,
  /** Label rows' baselines under the marks. */
  labelY: [54, 70] as const,
  /** Below this many pixels a span is drawn as a point at its middle. */
  minBarPx: 16,
} as const;

export function laneTop(row: number): number {
  return GEOMETRY.axisHeight + row * GEOMETRY.laneHeight;
}

/** The types drawn as lanes, top to bottom: those shown, in `EVENT_TYPES` order. */
export function shownLanes(types: readonly EventType[]): EventType[] {
  return EVENT_TYPES.filter((t) => types.includes(t));
}

/** For each lane number (`laneOf`), the row it is drawn in among `shown`, or -1 when hidden. */
export function laneRows(shown: readonly EventType[]): number[] {
  return EVENT_TYPES.map((t) => shown.indexOf(t));
}

export function plotHeight(lanes: number): number {
  return GEOMETRY.axisHeight + Math.max(1, lanes) * GEOMETRY.laneHeight + 4;
}
