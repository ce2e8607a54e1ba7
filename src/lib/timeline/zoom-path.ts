/**
 * How an animated zoom travels, as d3-zoom's `zoom.interpolate` factory. A view is d3's
 * [centre x, centre y, width] in the base scale's pixels. Pure: no DOM.
 *
 * d3's smooth zoom (van Wijk and Nuij) lets the point a zoom is about drift off its place halfway,
 * so "+" on an open event would wobble it. A zoom instead keeps that point still all the way (the
 * centre moves in proportion to the width) at a steady rate (the width changes geometrically). A
 * move of more than a screen's width still flies with the smooth zoom (out, across, in), which shows
 * the reader where they went.
 */
export type ZoomView = [number, number, number];
export type ZoomInterpolator = (a: ZoomView, b: ZoomView) => (t: number) => ZoomView;

/** From a to b holding still the one point (if any) that both views show at the same screen place. */
export function steadyZoom(a: ZoomView, b: ZoomView): (t: number) => ZoomView {
  const [ax, ay, aw] = a;
  const [bx, by, bw] = b;
  const zooms = Math.abs(bw - aw) > 1e-9 * aw;
  return (t) => {
    const w = zooms ? aw * (bw / aw) ** t : aw + (bw - aw) * t;
    const f = zooms ? (w - aw) / (bw - aw) : t;
    return [ax + (bx - ax) * f, ay + (by - ay) * f, w];
  };
}

/** Steady for zooms and short moves; `fly` (d3's smooth zoom) when the centre moves more than a view's width. */
export function zoomPath(fly: ZoomInterpolator): ZoomInterpolator {
  return (a, b) => (Math.abs(b[0] - a[0]) > Math.max(a[2], b[2]) ? fly(a, b) : steadyZoom(a, b));
}
