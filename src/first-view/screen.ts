/**
 * What a build-time render of the first view (`render.ts`) is told about a screen it cannot measure,
 * and what the page checks before showing that render (`choose.ts`). No imports: the choosing
 * script runs before anything else and must stay a few hundred bytes.
 */

/** Svelte context key under which the render passes the components what they cannot measure. */
export const FIRST_VIEW = 'first-view';

export interface FirstViewScreen {
  /** The timeline plot's width in CSS pixels. */
  plotWidth: number;
  /** List rows drawn: the phone's first screen shows one or two under the strip. */
  listRows: number;
}

/** A 390 px phone, as `bench:ui` emulates: the plot is the window less the page's padding. */
export const PHONE_SCREEN: FirstViewScreen = { plotWidth: 369, listRows: 4 };

/** Below this width the page draws a strip above the list (`narrowScreen`): the phone view the render draws. */
export const NARROW_SCREEN_QUERY = '(max-width: 479.98px)';
