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

/**
 * How a lane is laid out at a given height: rows of marks stacked `slotGap` apart from `markY`, then
 * rows of labels. The compact lane (`GEOMETRY.laneHeight`: one mark row, two label rows) is the
 * least; a taller screen gives each lane more of both, so fewer marks have to join clusters.
 */
export interface LaneLayout {
  height: number;
  slots: number;
  /** Label baselines from the lane's top. */
  labelY: number[];
}

export const SLOT_GAP = 22;
const MAX_LANE = 220;
/**
 * The densest lane: one mark row and one label row under it, the label's descenders clear of the
 * next lane even in Arabic. Only a fixed-height strip goes below the compact lane.
 */
export const DENSE_LANE = 58;
/** Room under a lone label row's baseline for descenders (Arabic's are the deeper). */
const DESCENT = 6;

/**
 * `labelRow`: pixels between label baselines (Arabic script needs more than Latin). `least`: the
 * lowest lane allowed; below the compact height a lane keeps one label row.
 */
export function laneLayout(laneHeight: number, labelRow = 16, least: number = GEOMETRY.laneHeight): LaneLayout {
  const height = Math.max(least, Math.min(MAX_LANE, Math.floor(laneHeight)));
  const labelRows = height >= 150 ? 3 : height >= GEOMETRY.laneHeight ? 2 : 1;
  const room = height - GEOMETRY.markY - 24 - labelRow * labelRows - 6;
  const slots = Math.max(1, Math.min(4, Math.floor(room / SLOT_GAP) + 1));
  const below = GEOMETRY.markY + (slots - 1) * SLOT_GAP + 24;
  // A lane with one label row may be lower than the compact one: its label moves up towards the marks.
  const first = labelRows === 1 ? Math.min(below, height - DESCENT) : below;
  return { height, slots, labelY: Array.from({ length: labelRows }, (_, i) => first + i * labelRow) };
}

/** The lane layout that fills `available` pixels with `lanes` lanes (0: the compact one). */
export function fitLanes(available: number, lanes: number, labelRow = 16): LaneLayout {
  return laneLayout((available - GEOMETRY.axisHeight - 4) / Math.max(1, lanes), labelRow);
}

/**
 * The lane layout that fits `lanes` lanes into a plot of at most `room` pixels (a fixed-height
 * strip): compact lanes where they fit, else denser ones, never below `DENSE_LANE` (0: compact).
 */
export function shrinkLanes(room: number, lanes: number, labelRow = 16): LaneLayout {
  if (room <= 0) return laneLayout(GEOMETRY.laneHeight, labelRow);
  return laneLayout(Math.min(GEOMETRY.laneHeight, (room - GEOMETRY.axisHeight - 4) / Math.max(1, lanes)), labelRow, DENSE_LANE);
}

export function laneTop(row: number, laneHeight: number = GEOMETRY.laneHeight): number {
  return GEOMETRY.axisHeight + row * laneHeight;
}

/** The types drawn as lanes, top to bottom: those shown, in `EVENT_TYPES` order. */
export function shownLanes(types: readonly EventType[]): EventType[] {
  return EVENT_TYPES.filter((t) => types.includes(t));
}

/** For each lane number (`laneOf`), the row it is drawn in among `shown`, or -1 when hidden. */
export function laneRows(shown: readonly EventType[]): number[] {
  return EVENT_TYPES.map((t) => shown.indexOf(t));
}

export function plotHeight(lanes: number, laneHeight: number = GEOMETRY.laneHeight): number {
  return GEOMETRY.axisHeight + Math.max(1, lanes) * laneHeight + 4;
}
