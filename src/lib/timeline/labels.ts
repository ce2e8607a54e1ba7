/**
 * Collision-aware label placement. Takes labels as 1-D intervals along the reading direction
 * (`pos` to `pos + width`, so the same code serves Arabic and English) in a lane, a number of label
 * rows per lane and a gap; places labels greedily by priority, each in the first row where it
 * overlaps nothing, and drops the rest. Guarantees: no two placed labels in a lane and row overlap
 * (or come closer than `gap`); a label never displaces one of higher priority. Pure; does not
 * modify its input.
 */

export interface LabelRequest {
  key: string;
  lane: number;
  /** Start in pixels along the reading direction. */
  pos: number;
  width: number;
  /** Higher is placed first. */
  priority: number;
}

export interface LabelOptions {
  rows: number;
  gap?: number;
  /** Labels must start at or after min and end at or before max, when given. */
  min?: number;
  max?: number;
}

/** key → row index, for the labels that fit. */
export function layoutLabels(requests: readonly LabelRequest[], { rows, gap = 6, min = -Infinity, max = Infinity }: LabelOptions): Map<string, number> {
  const placed = new Map<string, number>();
  // Per lane and row: sorted starts and ends of placed intervals.
  const tracks = new Map<string, { starts: number[]; ends: number[] }>();
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => requests[b].priority - requests[a].priority || requests[a].pos - requests[b].pos);
  for (const i of order) {
    const r = requests[i];
    const a = r.pos;
    const b = r.pos + r.width;
    if (a < min || b > max || !(r.width >= 0)) continue;
    for (let row = 0; row < rows; row++) {
      const id = `${r.lane}/${row}`;
      let track = tracks.get(id);
      if (!track) tracks.set(id, (track = { starts: [], ends: [] }));
      const at = insertionPoint(track.starts, a);
      const prevEnd = at > 0 ? track.ends[at - 1] : -Infinity;
      const nextStart = at < track.starts.length ? track.starts[at] : Infinity;
      if (prevEnd + gap <= a && b + gap <= nextStart) {
        track.starts.splice(at, 0, a);
        track.ends.splice(at, 0, b);
        placed.set(r.key, row);
        break;
      }
    }
  }
  return placed;
}

function insertionPoint(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
