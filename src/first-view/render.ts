/**
 * The default first views, rendered at build time with Svelte's server renderer (`vite-plugin.ts`
 * calls this): the page a reader gets for a link without view parameters, and the embed for a link
 * with `embed=1` alone, on a phone, in one language, with the events file's events drawn. Returns
 * each as a <template> (inert until used, and not part of the document) whose `.first-view` copy
 * `choose.ts` puts on the page when the link asks for that view, and `take-over.ts` hydrates once the
 * page's code and the events have arrived: the nodes the reader sees stay, and become the page.
 * Event text goes through Svelte's escaping like every other render: never raw HTML.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { prepareFile } from '../app/prepared-file.ts';
import { ViewState } from '../app/view.svelte.ts';
import EmbedHeader from '../embed/EmbedHeader.svelte';
import type { EventsFile } from '../lib/types.ts';
import { DEFAULT_VIEW, type Lang } from '../lib/url-state.ts';
import { EMBED_PHONE_SCREEN, firstViewKey, PHONE_SCREEN, renderFor, type FirstViewKind } from './screen.ts';

export function renderFirstView(file: EventsFile, lang: Lang, kind: FirstViewKind): string {
  // A reader whose browser asks for `lang` and whose link says nothing else (but `embed=1`).
  const view = new ViewState({ ...DEFAULT_VIEW, types: [...DEFAULT_VIEW.types], embed: kind === 'embed' }, [lang]);
  const prepared = prepareFile(file);
  // `.body` inside: Svelte renders when the result is read, not when `render` returns. The embed's
  // header, which the page fetches on demand, is drawn in place: the render paints before it could come.
  const body =
    kind === 'embed'
      ? renderFor(EMBED_PHONE_SCREEN, () => render(App, { props: { view, prepared, embedHeader: EmbedHeader } }).body)
      : renderFor(PHONE_SCREEN, () => render(App, { props: { view, prepared } }).body);
  // With Svelte's hydration markers (<!--[-->, <!---->…), which `hydrate` walks. Text and attribute
  // values are escaped (`<` included), so no comment can come from the events file.
  // No language or direction of its own: `choose.ts` sets the root's before showing it.
  return `<template data-first-view="${firstViewKey(kind, lang)}"><div class="first-view" inert>${body}</div></template>`;
}
