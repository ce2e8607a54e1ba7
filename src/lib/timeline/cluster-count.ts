/**
 * Where a cluster shows its count when the selection is drawn over it. The selection always has its
 * own mark (cluster.ts), in its lane's row even when that row has no room, so it can sit on a
 * cluster of its neighbours and hide the number. Such a cluster shows its count beside the
 * selection instead: in the part of its pill with room, else on the pill stretched past the
 * selection on the later side (right in English, left in Arabic). Takes pixel rows, changes only
 * those clusters; the middle of the pill stays the default for every other.
 */

export interface CountedRow {
  /** Null for a cluster. */
  event: unknown;
  /** Screen extent, x0 ≤ x1. */
  x0: number;
  x1: number;
  /** Lane row top: rows at one y share a line of marks. */
  y: number;
  /** Where the count is drawn, in screen x; the pill's middle when absent. */
  countX?: number;
}

/** Half the width a selected point covers, its selection ring included (mark radius 7 + ring 5, rounded up). */
export const SELECTED_HALF_PX = 13;
/** Width a count of up to three digits needs on a pill. */
export const COUNT_PX = 22;

export function keepCountsInSight<R extends CountedRow>(rows: R[], selected: R | undefined, rtl: boolean): R[] {
  if (!selected?.event) return rows;
  const lo = selected.x0 - SELECTED_HALF_PX;
  const hi = selected.x1 + SELECTED_HALF_PX;
  for (const row of rows) {
    if (row.event || row.y !== selected.y || row.x1 <= lo || row.x0 >= hi) continue;
    const before = lo - row.x0;
    const after = row.x1 - hi;
    if (Math.max(before, after) >= COUNT_PX) row.countX = before > after ? (row.x0 + lo) / 2 : (hi + row.x1) / 2;
    else if (rtl) {
      row.x0 = lo - COUNT_PX;
      row.countX = lo - COUNT_PX / 2;
    } else {
      row.x1 = hi + COUNT_PX;
      row.countX = hi + COUNT_PX / 2;
    }
  }
  return rows;
}
