/**
 * What d3-zoom needs of d3-transition before any transition has run, so the real library (with
 * d3-timer, d3-ease and its own colour, string and transform interpolators, about 6 KB gzip) is
 * fetched when the page first animates a zoom instead of with the first view. vite.config.ts points only d3-zoom's `import 'd3-transition'` here; every
 * other import gets the real module.
 *
 * d3-zoom calls `interrupt(node)` and `selection.interrupt()` on every gesture and every sync, to
 * stop the node's running transitions. A node has none until the real library has scheduled one,
 * so until it has loaded both do nothing. `loadTransitions` fetches it: from then on `interrupt`
 * is the real one, and the real `selection.prototype.interrupt` (installed as the library loads)
 * replaces the one below.
 */
import { selection } from 'd3-selection';

type Interrupt = (node: Element, name?: string) => void;

let real: Interrupt | null = null;
let loading: Promise<void> | null = null;

export function interrupt(node: Element, name?: string): void {
  real?.(node, name);
}

selection.prototype.interrupt ??= function (this: ReturnType<typeof selection>, name?: string) {
  return this.each(function () {
    interrupt(this, name);
  });
};

/** True once `selection.transition()` exists. */
export function transitionsLoaded(): boolean {
  return real !== null;
}

/** Fetches d3-transition once; a failed fetch is tried again at the next call. */
export function loadTransitions(): Promise<void> {
  loading ??= import('d3-transition').then(
    (library) => {
      real = library.interrupt;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
