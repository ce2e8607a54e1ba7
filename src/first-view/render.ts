/**
 * The default first view, rendered at build time with Svelte's server renderer (`vite-plugin.ts`
 * calls this): the page a reader gets for a link without view parameters, on a phone, in one
 * language, with the events file's events drawn. Returns it as a <template> (inert until used, and
 * not part of the document) whose `.first-view` copy `choose.ts` puts on the page when the link asks
 * for this view, and `main.ts` removes once the app has drawn the same view. The
 * markup is inert: it is a picture of the page until the page's code arrives, not a second page.
 * Event text goes through Svelte's escaping like every other render: never raw HTML.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { prepareFile } from '../app/prepared-file.ts';
import { ViewState } from '../app/view.svelte.ts';
import { dirOf } from '../lib/i18n.ts';
import type { EventsFile } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';
import { PHONE_SCREEN, renderFor } from './screen.ts';

export function renderFirstView(file: EventsFile, lang: Lang): string {
  // A reader whose browser asks for `lang` and whose link says nothing else.
  const view = new ViewState(undefined, [lang]);
  // `.body` inside: Svelte renders when the result is read, not when `render` returns.
  const body = renderFor(PHONE_SCREEN, () => render(App, { props: { view, prepared: prepareFile(file) } }).body);
  return `<template data-first-view="${lang}"><div class="first-view" lang="${lang}" dir="${dirOf(lang)}" inert>${body}</div></template>`;
}
