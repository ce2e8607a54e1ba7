/**
 * A `<details>` used as a menu closes the way menus do: Escape closes it and gives the focus back to
 * its summary, and goes no further (the event panel under it stays open); a click or tap outside it
 * closes it and leaves the focus where the click put it. `outside: false` is for a fold that is part
 * of the page rather than a menu over it: only Escape closes it. Nested ones close inside out.
 */
import type { Action } from 'svelte/action';

export const dismissable: Action<HTMLDetailsElement, { outside?: boolean } | undefined> = (details, options) => {
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.open) return;
    event.stopPropagation();
    event.preventDefault();
    details.open = false;
    details.querySelector<HTMLElement>(':scope > summary')?.focus();
  };
  // The path, not `contains`: the click may have re-rendered (and detached) what it landed on.
  const onclick = (event: MouseEvent) => {
    if (details.open && !event.composedPath().includes(details)) details.open = false;
  };
  const outside = options?.outside ?? true;
  details.addEventListener('keydown', onkeydown);
  if (outside) document.addEventListener('click', onclick, true);
  return {
    destroy() {
      details.removeEventListener('keydown', onkeydown);
      if (outside) document.removeEventListener('click', onclick, true);
    },
  };
};
