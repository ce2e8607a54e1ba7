/**
 * Full screen for the presenter, when the browser allows it: it does right after a key press (P),
 * not when a `?mode=present` link is opened, and not inside an iframe without `allowfullscreen`.
 * When refused, the presenter stays what it always is underneath: a full-viewport overlay.
 * Leaving full screen with the browser's own Esc (a key pages never see) calls `onleave`, so one
 * Esc always gets the reader out of presenter mode.
 */
export function holdFullscreen(element: HTMLElement, onleave: () => void): () => void {
  let entered = false;
  const onchange = () => {
    if (document.fullscreenElement) entered = true;
    else if (entered) onleave();
  };
  document.addEventListener('fullscreenchange', onchange);
  // Asking without a recent key press or click only earns a console warning.
  const allowed = document.fullscreenEnabled && (navigator.userActivation?.isActive ?? true);
  if (allowed && !document.fullscreenElement) element.requestFullscreen().catch(() => {});
  return () => {
    document.removeEventListener('fullscreenchange', onchange);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  };
}
