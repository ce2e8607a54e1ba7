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
  members: T[];
  /** Earliest and latest anchors: the extent to zoom to. */
  a0: number;
  a1: number;
  /** Full time extent including spans. */
  t0: number;
  t1: number;
}

export function clusterMarks<T extends ClusterInput>(
  items: readonly T[],
  gapMs: number,
  maxWidthMs = Infinity,
  isolate: (item: T) => boolean = () => false,
): MarkGroup<T>[] {
  const out: MarkGroup<T>[] = [];
  const open = new Map<number, MarkGroup<T>>();
  const single = (item: T): MarkGroup<T> => ({
    key: `${item.lane}:${item.id}`,
    lane: item.lane,
    members: [item],
    a0: item.anchor,
    a1: item.anchor,
    t0: item.t0,
    t1: item.t1,
  });
  for (const item of items) {
    if (isolate(item)) {
      out.push(single(item));
      continue;
    }
    const g = open.get(item.lane);
    if (g && item.anchor - g.a1 < gapMs && item.anchor - g.a0 <= maxWidthMs) {
      g.members.push(item);
      g.a1 = Math.max(g.a1, item.anchor);
      g.t0 = Math.min(g.t0, item.t0);
      g.t1 = Math.max(g.t1, item.t1);
    } else {
      const fresh = single(item);
      open.set(item.lane, fresh);
      out.push(fresh);
    }
  }
  for (const g of out) if (g.members.length > 1) g.key = `${g.lane}:${g.members[0].id}+${g.members.length}`;
  return out;
}
