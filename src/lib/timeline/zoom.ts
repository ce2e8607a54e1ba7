/**
 * Zoom maths on domains, shared by the buttons, cluster clicks and d3-zoom's gestures. A domain is
 * the single truth for "what is visible"; d3-zoom's transform is derived from it (and back) relative
 * to a base scale over the full extent, like `transform.rescaleX`. Pure: no DOM, no d3-selection.
 */
import type { ScaleTime } from 'd3-scale';
import { DAY_MS, type Domain } from './scales.ts';

export interface ZoomLimits {
  /** Everything that can be scrolled to. */
  full: Domain;
  /** Narrowest visible span (deepest zoom). */
  minSpan: number;
}

export const MIN_SPAN = 2 * DAY_MS;

/** Keep the span between minSpan and the full span, then slide the domain inside the full range. */
export function clampDomain(domain: Domain, { full, minSpan }: ZoomLimits): Domain {
  const fullSpan = full[1] - full[0];
  let [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const span = Math.min(Math.max(b - a, Math.min(minSpan, fullSpan)), fullSpan);
  const mid = (a + b) / 2;
  a = mid - span / 2;
  b = mid + span / 2;
  if (a < full[0]) [a, b] = [full[0], full[0] + span];
  if (b > full[1]) [a, b] = [full[1] - span, full[1]];
  return [a, b];
}

/** Zoom by `factor` (>1 zooms in) keeping `anchor` (default: the centre) at the same screen place. */
export function zoomDomain(domain: Domain, factor: number, limits: ZoomLimits, anchor = (domain[0] + domain[1]) / 2): Domain {
  const f = 1 / factor;
  return clampDomain([anchor - (anchor - domain[0]) * f, anchor + (domain[1] - anchor) * f], limits);
}

/** Move by a time offset (positive: later). */
export function panDomain(domain: Domain, deltaMs: number, limits: ZoomLimits): Domain {
  return clampDomain([domain[0] + deltaMs, domain[1] + deltaMs], limits);
}

/** Bring [t0, t1) into view with a margin; zooms in only as far as needed and never past minSpan. */
export function domainAround(t0: number, t1: number, limits: ZoomLimits, marginFraction = 0.15): Domain {
  const span = Math.max(t1 - t0, 1);
  const pad = Math.max(span * marginFraction, DAY_MS / 2);
  return clampDomain([t0 - pad, t1 + pad], limits);
}

/** Smallest pan that makes [t0, t1) visible (centred if it does not fit). Unchanged when already visible. */
export function domainShowing(domain: Domain, t0: number, t1: number, limits: ZoomLimits): Domain {
  const span = domain[1] - domain[0];
  if (t0 >= domain[0] && t1 <= domain[1]) return domain;
  if (t1 - t0 > span * 0.9) return clampDomain([(t0 + t1) / 2 - span / 2, (t0 + t1) / 2 + span / 2], limits);
  const margin = span * 0.1;
  const shift = t0 < domain[0] ? t0 - margin - domain[0] : t1 + margin - domain[1];
  return panDomain(domain, shift, limits);
}

/** A d3-zoom transform as plain numbers: screen = k · base(t) + x. */
export interface ZoomTransformLike {
  k: number;
  x: number;
}

/**
 * The transform that makes `transform.rescaleX(base)` show `domain`. Works for reversed (RTL) ranges:
 * both ends are solved for together, so direction falls out of the base scale.
 */
export function transformForDomain(base: ScaleTime<number, number>, domain: Domain): ZoomTransformLike {
  const [r0, r1] = base.range();
  const b0 = base(new Date(domain[0]));
  const b1 = base(new Date(domain[1]));
  const k = (r1 - r0) / (b1 - b0);
  return { k, x: r0 - k * b0 };
}

/** The inverse: the domain a transform shows. Same as d3's transform.rescaleX(base).domain(). */
export function domainForTransform(base: ScaleTime<number, number>, t: ZoomTransformLike): Domain {
  const [r0, r1] = base.range();
  const a = base.invert((r0 - t.x) / t.k).getTime();
  const b = base.invert((r1 - t.x) / t.k).getTime();
  return a <= b ? [a, b] : [b, a];
}

/**
 * A coarse zoom level (quarter octaves of milliseconds per pixel). Clustering is keyed on it, so
 * panning and small zoom steps reuse the same clusters instead of recomputing them each frame.
 */
export function zoomKey(domain: Domain, width: number): number {
  return Math.floor(Math.log2((domain[1] - domain[0]) / Math.max(1, width)) * 4);
}

/** The largest ms-per-pixel inside a zoom key: thresholds built from it hold for every zoom in the key. */
export function keyMsPerPx(key: number): number {
  return 2 ** ((key + 1) / 4);
}
