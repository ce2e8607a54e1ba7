/**
 * Keeps Tab and Shift+Tab inside a layer that covers the page (the presenter overlay, the embed
 * dialog): past the last focusable element Tab wraps to the first, and Shift+Tab the other way.
 * Chromium lets focus leave even a modal <dialog> (to the document body, then the browser's own UI),
 * and the presenter is no dialog at all. A Svelte attachment: `{@attach trapFocus}`.
 *
 * Escape is not handled here: each layer closes itself. A layer that is not shown (a closed
 * <dialog>) traps nothing, so the attachment can stay on it.
 */

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * Whether an element is drawn. `checkVisibility` is missing before Safari 17.4; there, an element
 * without layout boxes (display: none, itself or an ancestor) counts as hidden, which covers closed
 * <details> and closed dialogs, though not visibility: hidden.
 */
function isShown(el: Element, options?: CheckVisibilityOptions): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility(options) : el.getClientRects().length > 0;
}

/** What Tab can reach inside `root`, in document order; closed <details> and hidden parts excluded. */
function tabStops(root: Element): (HTMLElement | SVGElement)[] {
  return [...root.querySelectorAll<HTMLElement | SVGElement>(FOCUSABLE)].filter((el) => isShown(el, { visibilityProperty: true }));
}

export function trapFocus(root: HTMLElement): () => void {
  const doc = root.ownerDocument;
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.defaultPrevented || !isShown(root)) return;
    const stops = tabStops(root);
    if (!stops.length) return;
    const active = doc.activeElement;
    // From the layer itself (focused on opening) or from outside it (the body, after a click on
    // nothing), Tab enters at the first stop and Shift+Tab at the last.
    const entering = !active || active === root || !root.contains(active);
    if (!entering && active !== (event.shiftKey ? stops[0] : stops[stops.length - 1])) return;
    event.preventDefault();
    (event.shiftKey ? stops[stops.length - 1] : stops[0]).focus();
  };
  doc.addEventListener('keydown', onkeydown);
  return () => doc.removeEventListener('keydown', onkeydown);
}
