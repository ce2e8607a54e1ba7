/**
 * The page-wide P shortcut, for the app's `<svelte:window onkeydown>`: true when this key press
 * should open presenter mode. Reads the event; the decision itself is `opensPresenter`. Apart from
 * the presenter's own keys (keys.ts), which come with the presenter: the page loads this with its
 * first view, and the bundler keeps a module whole.
 */

interface ShortcutContext {
  /** Ctrl, ⌘ or Alt held: a browser or OS shortcut, not ours. */
  modified: boolean;
  /** Focus is in a text field, where P is a letter. */
  typing: boolean;
}

/** P enters presenter mode from the ordinary page (ح is the same key on the Arabic layout). */
export function opensPresenter(key: string, { modified, typing }: ShortcutContext): boolean {
  return !modified && !typing && (key === 'p' || key === 'P' || key === 'ح');
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

export function isPresenterShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.repeat) return false;
  return opensPresenter(event.key, {
    modified: event.ctrlKey || event.metaKey || event.altKey,
    typing: isTextField(event.target),
  });
}
