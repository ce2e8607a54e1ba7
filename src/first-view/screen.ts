/**
 * What a build-time render of the first view (`render.ts`) is told about a screen it cannot measure,
 * what the page checks before showing that render (`choose.ts`), and what the page's first draw over
 * the render is told so that it draws the same nodes (`take-over.ts`). Components ask `renderingFor()`
 * (a module value rather than Svelte context, whose code the page would otherwise ship for this
 * alone). No imports: the choosing script must stay a few hundred bytes.
 */

export interface FirstViewScreen {
  /** The timeline plot's width in CSS pixels. */
  plotWidth: number;
  /** List rows drawn: the phone's first screen shows one or two under the strip. */
  listRows: number;
}

let rendering: FirstViewScreen | null = null;

/** The screen the build-time render is drawing for, or that the page hydrating it measured; null otherwise. */
export const renderingFor = (): FirstViewScreen | null => rendering;

/** Runs `draw` as a render for `screen`; `draw` must finish the render, synchronously, so nothing else sees the value. */
export function renderFor<T>(screen: FirstViewScreen, draw: () => T): T {
  rendering = screen;
  try {
    return draw();
  } finally {
    rendering = null;
  }
}

/** A 390 px phone, as `bench:ui` emulates: the plot is the window less the page's padding. */
export const PHONE_SCREEN: FirstViewScreen = { plotWidth: 369, listRows: 4 };
/** The embed on the same phone: its padding is narrower (base.css, `.app.embed`), and it draws no list. */
export const EMBED_PHONE_SCREEN: FirstViewScreen = { plotWidth: 372, listRows: 0 };

/** The page's default view, or the embed's (`?embed=1` and nothing else). */
export type FirstViewKind = 'page' | 'embed';

/** The `data-first-view` of the render of `kind` in `lang`, as `render.ts` writes it and `choose.ts` looks it up. */
export const firstViewKey = (kind: FirstViewKind, lang: string): string => (kind === 'embed' ? `embed-${lang}` : lang);

/** Below this width the page draws a strip above the list (`narrowScreen`): the phone view the render draws. */
export const NARROW_SCREEN_QUERY = '(max-width: 479.98px)';
