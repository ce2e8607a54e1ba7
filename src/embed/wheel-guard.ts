/**
 * Keeps an embedded timeline from hijacking the host article's scrolling. Until the reader clicks
 * into the embed, a plain wheel turn scrolls the article; Ctrl/⌘ + wheel (and trackpad pinch, which
 * browsers report as Ctrl + wheel) zooms. Works by stopping the wheel event in the capture phase
 * before any zoom handler sees it, without preventing its default, so the browser still scrolls
 * (from inside an iframe that cannot scroll, on to the host page). The zoom code needs no change.
 */

interface WheelState {
  /** The reader clicked into the embed and has not left it since. */
  engaged: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Whether a wheel event may reach the timeline's zoom. */
export function wheelMayZoom({ engaged, ctrlKey, metaKey }: WheelState): boolean {
  return engaged || ctrlKey || metaKey;
}

interface WheelGuardOptions {
  /** Called for each wheel turn kept from zooming, e.g. to show "Ctrl + scroll to zoom". */
  onBlocked: (event: WheelEvent) => void;
  /** Called when the reader clicks in; the hint can go. */
  onEngaged?: () => void;
}

/** Installs the guard on a window (the embed's own); returns the function that removes it. */
export function guardWheel(win: Window, { onBlocked, onEngaged }: WheelGuardOptions): () => void {
  let engaged = false;
  const root = win.document.documentElement;

  const onWheel = (event: WheelEvent) => {
    if (wheelMayZoom({ engaged, ctrlKey: event.ctrlKey, metaKey: event.metaKey })) return;
    event.stopPropagation();
    onBlocked(event);
  };
  const engage = () => {
    engaged = true;
    onEngaged?.();
  };
  // Leaving the embed (pointer out of the iframe, focus to the host page) hands the wheel back.
  const release = () => {
    engaged = false;
  };

  win.addEventListener('wheel', onWheel, { capture: true, passive: true });
  win.addEventListener('pointerdown', engage, { capture: true });
  root.addEventListener('pointerleave', release);
  win.addEventListener('blur', release);
  return () => {
    win.removeEventListener('wheel', onWheel, { capture: true });
    win.removeEventListener('pointerdown', engage, { capture: true });
    root.removeEventListener('pointerleave', release);
    win.removeEventListener('blur', release);
  };
}
