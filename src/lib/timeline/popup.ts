/**
 * Where a pop-up (the cluster list) goes beside a mark so that it lies wholly inside the plot, which
 * clips whatever crosses its edge: below the mark when there is room, else above it, else as low as
 * fits. Across, its start edge lines up with the mark's start edge (left in English, right in
 * Arabic) and slides back in when it would overflow the end. Returns logical offsets, so the caller
 * sets `inset-inline-start` and the same numbers serve both directions. Pure; measures nothing.
 */

export interface Size {
  width: number;
  height: number;
}

/** A mark's screen box in plot pixels, x0 ≤ x1 whatever the direction. */
export interface MarkBox {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export function placePopup(mark: MarkBox, popup: Size, plot: Size, rtl: boolean): { inlineStart: number; top: number } {
  const start = rtl ? plot.width - mark.x1 : mark.x0;
  const inlineStart = Math.max(0, Math.min(start, plot.width - popup.width));
  const below = mark.bottom;
  const above = mark.top - popup.height;
  const top = below + popup.height <= plot.height ? below : above >= 0 ? above : Math.max(0, plot.height - popup.height);
  return { inlineStart, top };
}
