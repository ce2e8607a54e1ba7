/**
 * d3-zoom for wheel, pinch and drag — and nothing else: it turns gestures into a new domain and
 * hands it to `onDomain`, at most once per animation frame. It never touches marks or axes; Svelte
 * redraws from the domain. When the domain changes elsewhere (links, back/forward), `update` moves
 * d3-zoom's stored transform to match, so the next gesture starts from there.
 *
 * Buttons, keys and "go to event" move through a `ZoomMotion`: d3-transition runs d3-zoom's own
 * `zoom.transform` so the transform is interpolated (along `zoomPath`), and each
 * frame's domain goes to `onDomain` like a gesture's. A wheel, drag or link during the motion
 * interrupts it and takes over from where it is. d3-transition is fetched for the first motion
 * (`d3-transition-on-demand.ts`): the first view and the gestures never need it. A gesture while
 * it arrives cancels the motion; if it cannot arrive, the motion lands at once.
 */
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type {} from 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { domainForTransform, transformForDomain } from '../lib/timeline/zoom.ts';
import { zoomPath } from '../lib/timeline/zoom-path.ts';
import { loadTransitions, transitionsLoaded } from '../lib/vendor/d3-transition-on-demand.ts';
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
  /** Told when a gesture (or a motion) starts and ends, so costly work can wait for the end. */
  onGesture?: (active: boolean) => void;
  /** Animated moves asked for by the page; answered while this timeline is mounted. */
  motion?: ZoomMotion;
}

/** Runs one motion; `done(landed)`: false when something else (a gesture, a link, a newer motion) stopped it. */
type Animate = (domain: Domain, ms: number, done: (landed: boolean) => void) => void;

/**
 * The page's handle on animated zooms. `to` animates when the timeline is drawn and the duration is
 * above zero; otherwise (reduced motion, nothing drawn yet) it lands at once. `target` is where the
 * running motion will end, so a second "+" during the first zooms from there, not from mid-flight.
 */
export class ZoomMotion {
  target: Domain | null = null;
  private animate: Animate | null = null;

  to(domain: Domain, ms: number, land: () => void): void {
    if (!this.animate || ms <= 0) {
      this.target = null;
      land();
      return;
    }
    this.target = domain;
    this.animate(domain, ms, (landed) => {
      this.target = null;
      if (landed) land();
    });
  }

  /** For the action: who answers `to` (null when the timeline is gone). */
  attach(animate: Animate | null): void {
    this.animate = animate;
    if (!animate) this.target = null;
  }
}

export function zoomGestures(node: SVGSVGElement, initial: ZoomGestureOptions) {
  let opts = initial;
  let frame = 0;
  let pending: Domain | null = null;
  /** True between a gesture's start and end: state then lags the gesture by a frame, so do not sync back. */
  let gesturing = false;
  /** The running motion's number (0: none): its frames write the domain, so do not sync back. */
  let moving = 0;
  let motions = 0;
  /** Stops the motion that waits for d3-transition to arrive (null: none waits). */
  let waiting: ((landed: boolean) => void) | null = null;
  const cancelWaiting = () => {
    const stop = waiting;
    waiting = null;
    stop?.(false);
  };
  const selection = select<SVGSVGElement, unknown>(node);
  const behavior = zoom<SVGSVGElement, unknown>()
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent) return;
      cancelWaiting();
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
      // A motion's frames already come one per animation frame (d3-timer).
      if (!event.sourceEvent && moving) opts.onDomain(domainForTransform(opts.base, event.transform));
      if (!event.sourceEvent) return; // our own sync in `configure`
      pending = domainForTransform(opts.base, event.transform);
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (pending) opts.onDomain(pending);
        });
      }
    });
  behavior.interpolate(zoomPath(behavior.interpolate()));
  selection.call(behavior).on('dblclick.zoom', null);

  const transformOf = (domain: Domain): ZoomTransform => {
    const t = transformForDomain(opts.base, domain);
    return zoomIdentity.translate(t.x, 0).scale(t.k);
  };

  const animate: Animate = (domain, ms, done) => {
    const id = (moving = ++motions);
    opts.onGesture?.(true);
    // A newer motion has taken over when `moving` is no longer this one: its end is not ours.
    const stop = (landed: boolean) => {
      if (moving !== id) return;
      moving = 0;
      opts.onGesture?.(false);
      done(landed);
    };
    // Unnamed, because d3-zoom interrupts unnamed transitions when a wheel, drag or sync begins.
    const run = () =>
      selection
        .transition()
        .duration(ms)
        .call(behavior.transform, transformOf(domain))
        .on('end.motion', () => stop(true))
        .on('interrupt.motion cancel.motion', () => stop(false));
    cancelWaiting();
    if (transitionsLoaded()) return void run();
    waiting = stop;
    loadTransitions().then(
      () => {
        if (waiting !== stop) return;
        waiting = null;
        run();
      },
      () => {
        if (waiting !== stop) return;
        waiting = null;
        stop(true);
      },
    );
  };

  function configure() {
    const { width, height } = opts;
    behavior
      .extent([[0, 0], [width, height]])
      .scaleExtent([1, Math.max(1, opts.maxK)])
      .translateExtent([[0, -Infinity], [width, Infinity]]);
    opts.motion?.attach(animate);
    if (gesturing || moving) return;
    const t = transformOf(opts.domain);
    const current = zoomTransform(node);
    if (Math.abs(current.k - t.k) > 1e-9 * t.k || Math.abs(current.x - t.x) > 0.01) selection.call(behavior.transform, t);
  }
  configure();

  return {
    update(next: ZoomGestureOptions) {
      opts = next;
      configure();
    },
    destroy() {
      cancelAnimationFrame(frame);
      cancelWaiting();
      selection.interrupt();
      opts.motion?.attach(null);
      selection.on('.zoom', null);
    },
  };
}
