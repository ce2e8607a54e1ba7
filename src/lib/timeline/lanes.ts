/**
 * Lanes: one horizontal band per event type, in `EVENT_TYPES` order, and the vertical geometry of the
 * plot. Pixel constants live here so marks, labels and hit areas agree.
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

export function laneTop(lane: number): number {
  return GEOMETRY.axisHeight + lane * GEOMETRY.laneHeight;
}

export function plotHeight(): number {
  return GEOMETRY.axisHeight + EVENT_TYPES.length * GEOMETRY.laneHeight + 4;
}
