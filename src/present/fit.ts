/**
 * Svelte attachments that make the presenter's content fit its box instead of being cut or
 * scrolled: `fitText` shrinks the slide's type (through the `--fit` factor its styles multiply by)
 * until nothing overflows; `fitStrip` scales the timeline strip down (CSS `zoom`, which unlike a
 * transform also scales the room it takes and keeps pointer positions right) when its lanes are
 * taller than the room the slide leaves them. Both re-fit when the box is resized or the content
 * changes (a new slide, a font arriving). They change only sizes, never which content is shown.
 */

/** Smallest factor tried: below about half, a slide's quote is no longer readable from a room. */
const MIN_FIT = 0.45;
/** Halvings of the search interval: the factor is then within 1% of the largest that fits. */
const STEPS = 7;

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

/** Re-fits on a resize of `elements`, a font arriving and, with `content`, any change inside it. */
function watch(elements: HTMLElement[], content: HTMLElement | null, refit: () => void): () => void {
  let frame = 0;
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(refit);
  };
  const resized = new ResizeObserver(later);
  for (const el of elements) resized.observe(el);
  // A new slide is fitted before it is painted: mutation callbacks run ahead of the next frame.
  const changed = new MutationObserver(refit);
  if (content) changed.observe(content, { childList: true, subtree: true, characterData: true });
  document.fonts?.ready.then(later);
  refit();
  return () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    changed.disconnect();
  };
}

/** The largest `--fit` (≤ 1) at which `box` shows all its content, by bisection. */
export function fitText(box: HTMLElement): () => void {
  const set = (f: number) => box.style.setProperty('--fit', String(f));
  const refit = () => {
    set(1);
    if (!overflows(box)) return;
    let [lo, hi] = [MIN_FIT, 1];
    for (let i = 0; i < STEPS; i++) {
      const mid = (lo + hi) / 2;
      set(mid);
      if (overflows(box)) hi = mid;
      else lo = mid;
    }
    set(lo);
  };
  return watch([box], box, refit);
}

/** Scales `strip` so its natural height fits its parent's height; never enlarges it. */
export function fitStrip(strip: HTMLElement): () => void {
  const room = strip.parentElement!;
  const refit = () => {
    strip.style.zoom = '1';
    const natural = strip.getBoundingClientRect().height;
    const zoom = natural > room.clientHeight ? room.clientHeight / natural : 1;
    strip.style.zoom = String(Math.floor(zoom * 1000) / 1000);
  };
  // Sizes only: the strip's drawing changes every frame while the timeline pans.
  return watch([room, strip], null, refit);
}
