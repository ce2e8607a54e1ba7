/**
 * The default first views, rendered at build time with Svelte's server renderer (`vite-plugin.ts`
 * calls this): the page a reader gets for a link without view parameters, and the embed for a link
 * with `embed=1` alone, on a phone, in one language, with the events file's events drawn. Returns
 * each as a <template> (inert until used, and not part of the document) whose `.first-view` copy
 * `choose.ts` puts on the page when the link asks for that view, and `main.ts` removes once the app
 * has drawn the same view. The markup is inert: it is a picture of the page until the page's code
 * arrives, not a second page. Event text goes through Svelte's escaping like every other render:
 * never raw HTML.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { prepareFile } from '../app/prepared-file.ts';
import { ViewState } from '../app/view.svelte.ts';
import { dirOf } from '../lib/i18n.ts';
import type { EventsFile } from '../lib/types.ts';
import { DEFAULT_VIEW, type Lang } from '../lib/url-state.ts';
import EmbedView from './EmbedView.svelte';
import { EMBED_PHONE_SCREEN, firstViewKey, PHONE_SCREEN, renderFor, type FirstViewKind } from './screen.ts';

export function renderFirstView(file: EventsFile, lang: Lang, kind: FirstViewKind): string {
  // A reader whose browser asks for `lang` and whose link says nothing else (but `embed=1`).
  const view = new ViewState({ ...DEFAULT_VIEW, types: [...DEFAULT_VIEW.types], embed: kind === 'embed' }, [lang]);
  const prepared = prepareFile(file);
  // `.body` inside: Svelte renders when the result is read, not when `render` returns.
  const body =
    kind === 'embed'
      ? renderFor(EMBED_PHONE_SCREEN, () => render(EmbedView, { props: { view, prepared } }).body)
      : renderFor(PHONE_SCREEN, () => render(App, { props: { view, prepared } }).body);
  // Without Svelte's hydration markers (<!--[-->, <!---->…): the render is never hydrated, only
  // shown and removed, and they were an eighth of its bytes and most of its nodes. Text and
  // attribute values are escaped (`<` included), so no comment can come from the events file.
  const markup = body.replace(/<!--[\s\S]*?-->/g, '');
  return `<template data-first-view="${firstViewKey(kind, lang)}"><div class="first-view" lang="${lang}" dir="${dirOf(lang)}" inert>${markup}</div></template>`;
}
