/**
 * The presenter's camera move from one visible range to the next. The centre travels linearly and
 * the span changes geometrically, so a zoom from a year to a week feels as even as a pan. Pure
 * interpolation plus a small requestAnimationFrame driver; with reduced motion there is no
 * animation at all, the range is simply set.
 */
import type { Domain } from '../lib/timeline/scales.ts';

/** The domain a fraction `t` (0…1) of the way from `a` to `b`. */
export function interpolateDomain(a: Domain, b: Domain, t: number): Domain {
  const centre = (a[0] + a[1]) / 2 + ((b[0] + b[1]) / 2 - (a[0] + a[1]) / 2) * t;
  const spanA = Math.max(a[1] - a[0], 1);
  const spanB = Math.max(b[1] - b[0], 1);
  const span = spanA * (spanB / spanA) ** t;
  return [centre - span / 2, centre + span / 2];
}

const easeInOut = (t: number) => (t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2);

/** Long enough to follow, short enough that a presenter stepping quickly is never waiting. */
const PAN_MS = 600;

/**
 * Calls `apply` with in-between domains until `to`, then with `to` exactly. Returns a cancel
 * function (a newer move replaces an unfinished one). `from` null: nothing to animate from.
 */
export function animateDomain(from: Domain | null, to: Domain, apply: (d: Domain) => void, animate: boolean): () => void {
  if (!animate || !from) {
    apply(to);
    return () => {};
  }
  let frame = 0;
  const start = performance.now();
  const tick = (now: number) => {
    const t = Math.min((now - start) / PAN_MS, 1);
    apply(t === 1 ? to : interpolateDomain(from, to, easeInOut(t)));
    if (t < 1) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
