/**
 * What the presenter needs from the view state. `ViewState` (src/app/view.svelte.ts) has it; the
 * presenter drives the page only through these, never through the timeline's DOM.
 */
import type { Domain } from '../lib/timeline/scales.ts';
import type { Lang } from '../lib/url-state.ts';

export interface PresenterView {
  /** Selected event id: the presenter's position. */
  readonly event: string | null;
  readonly uiLang: Lang;
  /** Visible range in UTC ms; null fits all. */
  readonly domain: Domain | null;
  select(id: string | null): void;
  /** A selection the presenter makes itself (its first slide): replaces the history entry. */
  selectAutomatically(id: string | null): void;
  setRange(from: number | null, to: number | null): void;
}
