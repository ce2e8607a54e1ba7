/**
 * Entry point: styles (self-hosted Arabic font included) and the app. No inline scripts anywhere,
 * so the page runs under `script-src 'self'`. The built page may hold the first view rendered at
 * build time (src/first-view): the copy `choose.ts` put on the page for this link stays on screen
 * until the page has its events, and then becomes the page (`take-over.ts`); any other link is drawn
 * by the page alone.
 */
import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/base.css';
import './styles/embed-first-view.css';
import App from './App.svelte';
import { takeOver } from './first-view/take-over.ts';

for (const render of document.querySelectorAll('template[data-first-view]')) render.remove();

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
const render = document.querySelector<HTMLElement>('.first-view');
if (render) takeOver(render, target);
else mount(App, { target });
