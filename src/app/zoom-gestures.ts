/**
 * d3-zoom for wheel, pinch and drag — and nothing else: it turns gestures into a new domain and
 * hands it to `onDomain`, at most once per animation frame. It never touches marks or axes; Svelte
 * redraws from the domain. When the domain changes elsewhere (buttons, links, back/forward),
 * `update` moves d3-zoom's stored transform to match, so the next gesture starts from there.
 */
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { domainForTransform, transformForDomain } from '../lib/timeline/zoom.ts';
import type { Domain } from '../lib/timeline/scales.ts';

export interface ZoomGestureOptions {
  /** Scale over the full extent; transforms are relative to it. */
  base: ScaleTime<number, number>;
  domain: Domain;
  /** Deepest zoom, as a scale factor over the full extent. */
  maxK: number;
  width: number;
  height: number;
  onDomain: (domain: Domain) => void;
  /** Told when a gesture starts and ends, so costly work can wait for the end. */
  onGesture?: (active: boolean) => void;
}

export function zoomGestures(node: SVGSVGElement, initial: ZoomGestureOptions) {
  let opts = initial;
  let frame = 0;
  let pending: Domain | null = null;
  /** True between a gesture's start and end: state then lags the gesture by a frame, so do not sync back. */
  let gesturing = false;
  const selection = select<SVGSVGElement, unknown>(node);
  const behavior = zoom<SVGSVGElement, unknown>()
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent) return;
      gesturing = true;
      opts.onGesture?.(true);
    })
    .on('end', () => {
      if (!gesturing) return;
      gesturing = false;
      // After the last frame's domain has landed.
      requestAnimationFrame(() => opts.onGesture?.(false));
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent) return; // our own sync in `update`
      pending = domainForTransform(opts.base, event.transform);
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (pending) opts.onDomain(pending);
        });
      }
    });
  selection.call(behavior).on('dblclick.zoom', null);

  function configure() {
    const { width, height } = opts;
    behavior
      .extent([[0, 0], [width, height]])
      .scaleExtent([1, Math.max(1, opts.maxK)])
      .translateExtent([[0, -Infinity], [width, Infinity]]);
    if (gesturing) return;
    const t = transformForDomain(opts.base, opts.domain);
    const current = zoomTransform(node);
    if (Math.abs(current.k - t.k) > 1e-9 * t.k || Math.abs(current.x - t.x) > 0.01) {
      selection.call(behavior.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    }
  }
  configure();

  return {
    update(next: ZoomGestureOptions) {
      opts = next;
      configure();
    },
    destroy() {
      cancelAnimationFrame(frame);
      selection.on('.zoom', null);
    },
  };
}
