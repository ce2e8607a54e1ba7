/**
 * One Escape key for nested layers: the cluster list, the article reader and the detail panel each
 * register a close function while open, and Escape closes only the most recent one.
 */
const stack: (() => void)[] = [];

export function onEscape(close: () => void): () => void {
  stack.push(close);
  return () => {
    const i = stack.lastIndexOf(close);
    if (i >= 0) stack.splice(i, 1);
  };
}

/** Call from a window keydown listener; true when a layer was closed. */
export function handleEscape(event: KeyboardEvent): boolean {
  if (event.key !== 'Escape' || !stack.length) return false;
  const target = event.target as HTMLElement | null;
  // Escape in a search box clears it; it should not also close the panel.
  if (target?.matches?.('input[type="search"]') && (target as HTMLInputElement).value) return false;
  stack[stack.length - 1]();
  event.preventDefault();
  return true;
}

/** Focus the mark for an event: its own mark, the cluster holding it, or its list entry. */
export function focusEventMark(id: string, root: ParentNode = document): boolean {
  const esc = CSS.escape(id);
  const el = root.querySelector<HTMLElement | SVGElement>(`[data-event-id="${esc}"]`) ?? root.querySelector<HTMLElement | SVGElement>(`[data-cluster-ids~="${esc}"]`);
  el?.focus();
  return !!el;
}
