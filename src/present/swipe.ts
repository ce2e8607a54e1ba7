/**
 * A finished touch or pen drag as a presenter step. Horizontal only, and only when clearly so, so a
 * vertical scroll through a long excerpt never changes the slide. The page moves with the finger:
 * dragging toward the start of the reading direction brings the next slide (leftward in English,
 * rightward in Arabic).
 */

/** CSS pixels; a short, deliberate flick on a phone is about this long. */
const SWIPE_THRESHOLD = 50;

export function swipeCommand(dx: number, dy: number, rtl: boolean, threshold = SWIPE_THRESHOLD): 'next' | 'previous' | null {
  if (Math.abs(dx) < threshold || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  const towardStart = rtl ? dx > 0 : dx < 0;
  return towardStart ? 'next' : 'previous';
}

/**
 * A Svelte attachment (`{@attach swipe(...)}`) that turns pointer drags on the element into steps.
 * The element needs `touch-action: pan-y` so the browser leaves horizontal drags to it.
 */
export function swipe(isRtl: () => boolean, onstep: (step: 'next' | 'previous') => void) {
  return (element: HTMLElement) => {
    let start: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => (start = { x: e.clientX, y: e.clientY });
    const cancel = () => (start = null);
    const up = (e: PointerEvent) => {
      if (!start) return;
      const step = swipeCommand(e.clientX - start.x, e.clientY - start.y, isRtl());
      start = null;
      if (step) onstep(step);
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', cancel);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
    };
  };
}
