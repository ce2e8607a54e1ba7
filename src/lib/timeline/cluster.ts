/**
 * Groups marks that would crowd each other into clusters, per lane. Takes items sorted by anchor
 * time and a minimum gap in ms (the caller converts pixels using a coarse zoom key, so clusters stay
 * the same while panning); gives groups in the same order. A cluster grows while its members are
 * closer than the gap, but never wider than `maxWidthMs`: otherwise a dense year chains into one
 * cluster that zooming into never splits. `isolate` keeps chosen items (the selection) out of
 * clusters so they always have their own mark. Does not modify its input.
 */

export interface ClusterInput {
  id: string;
  lane: number;
  /** Time the mark is drawn at. */
  anchor: number;
  t0: number;
  t1: number;
}

export interface MarkGroup<T extends ClusterInput> {
  /** Stable while the first member stays first: used as the {#each} key. */
  key: string;
  lane: number;
  /** Which of the lane's stacked rows the mark sits in (0 when the lane has one). */
  slot: number;
  members: T[];
  /** Earliest and latest anchors: the extent to zoom to. */
  a0: number;
  a1: number;
  /** Full time extent including spans. */
  t0: number;
  t1: number;
}

// Plain loops, not findIndex / Math.min(...spread): these run once per event, 100,000 times per re-clustering.

/** The first row whose last mark is at least `gapMs` before `anchor` (-1 if none). */
function firstFree(ends: readonly number[], anchor: number, gapMs: number): number {
  for (let s = 0; s < ends.length; s++) if (anchor - ends[s] >= gapMs) return s;
  return -1;
}

/** The row whose last mark is earliest (the first such). */
function earliest(ends: readonly number[]): number {
  let best = 0;
  for (let s = 1; s < ends.length; s++) if (ends[s] < ends[best]) best = s;
  return best;
}

/**
 * `slots`: rows a lane can stack marks in. A mark too close to the last one in a row takes the next
 * row with room, so events days apart, or on the same day, fan out as separate marks; only when every
 * row is crowded does it join a cluster.
 */
export function clusterMarks<T extends ClusterInput>(
  items: readonly T[],
  gapMs: number,
  maxWidthMs = Infinity,
  isolate: (item: T) => boolean = () => false,
  slots = 1,
): MarkGroup<T>[] {
  const out: MarkGroup<T>[] = [];
  /** Per lane and slot: the group still open for joining, and the last anchor drawn there. */
  const lanes = new Map<number, { open: (MarkGroup<T> | null)[]; ends: number[] }>();
  const single = (item: T, slot: number): MarkGroup<T> => ({
    key: `${item.lane}:${item.id}`,
    lane: item.lane,
    slot,
    members: [item],
    a0: item.anchor,
    a1: item.anchor,
    t0: item.t0,
    t1: item.t1,
  });
  for (const item of items) {
    let lane = lanes.get(item.lane);
    if (!lane) lanes.set(item.lane, (lane = { open: new Array(slots).fill(null), ends: new Array(slots).fill(-Infinity) }));
    const free = firstFree(lane.ends, item.anchor, gapMs);
    if (isolate(item)) {
      // The selection always has its own mark: in a free row if there is one (others then avoid it).
      const slot = Math.max(0, free);
      out.push(single(item, slot));
      if (free >= 0) [lane.ends[free], lane.open[free]] = [item.anchor, null];
      continue;
    }
    if (free >= 0) {
      const fresh = single(item, free);
      lane.open[free] = fresh;
      lane.ends[free] = item.anchor;
      out.push(fresh);
      continue;
    }
    let joined = false;
    for (let s = slots - 1; s >= 0 && !joined; s--) {
      const g = lane.open[s];
      if (g && item.anchor - g.a0 <= maxWidthMs) {
        g.members.push(item);
        g.a1 = Math.max(g.a1, item.anchor);
        g.t0 = Math.min(g.t0, item.t0);
        g.t1 = Math.max(g.t1, item.t1);
        lane.ends[s] = g.a1;
        joined = true;
      }
    }
    if (!joined) {
      const slot = earliest(lane.ends);
      const fresh = single(item, slot);
      lane.open[slot] = fresh;
      lane.ends[slot] = item.anchor;
      out.push(fresh);
    }
  }
  for (const g of out) if (g.members.length > 1) g.key = `${g.lane}:${g.members[0].id}+${g.members.length}`;
  return out;
}
