/**
 * Mirrors the view to the address bar and back. Discrete changes (selection, filters, language,
 * theme, layout) push a history entry at once, so Back undoes them; continuous ones (zoom and pan
 * range, search typing) replace the current entry after a pause, so a drag is one step, not a
 * hundred. popstate re-applies the URL through `fromURL`. The view's part of the URL is always
 * written by `toURL`, so equal views give equal links; parameters the view does not own (pym's, an
 * embed's `origin` and `link`) are kept after it.
 *
 * A selection the page makes by itself (the presenter opening on its first slide) replaces the
 * entry too: pushing it would leave behind an entry without it, and Back to that entry would
 * select again and push again, trapping the reader.
 *
 * Embedded (`?embed=1`), every change replaces the entry instead: an iframe shares the host page's
 * joint session history, so a pushed selection would become a step of the article's Back button.
 * The host keeps deep links itself (the pym snippet mirrors the selection into its own URL).
 */
import { fromURL, toURL, withForeignParams, type ViewParams } from '../lib/url-state.ts';
import type { ViewState } from './view.svelte.ts';

/** Fields whose changes replace the history entry instead of adding one. */
const CONTINUOUS: ReadonlySet<keyof ViewParams> = new Set(['from', 'to', 'q']);

/** 'push' when any discrete field differs, 'replace' when only continuous ones do, null when equal. */
export function historyAction(before: ViewParams, after: ViewParams): 'push' | 'replace' | null {
  let action: 'push' | 'replace' | null = null;
  for (const key of Object.keys(after) as (keyof ViewParams)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (!CONTINUOUS.has(key)) return 'push';
    action = 'replace';
  }
  return action;
}

export function syncViewWithURL(view: ViewState, win: Window = window, delayMs = 300): () => void {
  let written = fromURL(new URLSearchParams(win.location.search));
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = (params: ViewParams, mode: 'push' | 'replace') => {
    clearTimeout(timer);
    timer = undefined;
    const search = withForeignParams(toURL(params), new URLSearchParams(win.location.search)).toString();
    const url = `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    written = params;
  };

  const stop = $effect.root(() => {
    $effect(() => {
      const params = view.params;
      // Only the automatic selection itself is exempt: a mode change seen in the same run still pushes.
      const automatic = view.takeAutomaticChange() && historyAction(written, { ...params, event: written.event }) !== 'push';
      const action = historyAction(written, params);
      if (action === 'push') write(params, view.embed || automatic ? 'replace' : 'push');
      else if (action === 'replace') {
        clearTimeout(timer);
        timer = setTimeout(() => write(params, 'replace'), delayMs);
      }
    });
  });

  const onPop = () => {
    clearTimeout(timer);
    written = fromURL(new URLSearchParams(win.location.search));
    view.apply(written);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    stop();
    clearTimeout(timer);
    win.removeEventListener('popstate', onPop);
  };
}
