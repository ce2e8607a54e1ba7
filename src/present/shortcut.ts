/**
 * The page-wide P shortcut, for the app's `<svelte:window onkeydown>`: true when this key press
 * should open presenter mode. Reads the event; the decision itself is `opensPresenter` in keys.ts.
 */
import { opensPresenter } from './keys.ts';

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
