/**
 * Stand-in for d3-transition, aliased in vite.config.ts. d3-zoom imports d3-transition only to
 * interrupt animated zooms, and this app never animates a zoom (it sets domains directly), so the
 * real module — ~9 KB gzip with the interpolators and timers it drags in — would be dead weight in
 * the 60 KB budget. `selection.transition()` throws so an accidental use fails loudly.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

const proto = selection.prototype as unknown as Record<string, unknown>;
proto.interrupt = function interruptSelection(this: unknown) {
  return this;
};
proto.transition = function transition() {
  throw new Error('d3-transition is not bundled: animated zooms are not supported');
};
