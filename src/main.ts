/**
 * Entry point: styles (self-hosted Arabic font included) and the app. No inline scripts anywhere,
 * so the page runs under `script-src 'self'`. The built page may hold the first view rendered at
 * build time (src/first-view): the copy `choose.ts` put on the page for this link stays on screen
 * while the app draws, unseen, beside it, and gives way once the app has drawn the same view.
 */
import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/base.css';
import './styles/embed-first-view.css';
import App from './App.svelte';

const root = document.documentElement;
const shown = root.dataset.firstView !== undefined;
for (const render of document.querySelectorAll('template[data-first-view]')) render.remove();

function replaceFirstView() {
  document.querySelector('.first-view')?.remove();
  delete root.dataset.firstView;
}

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
export const app = mount(App, { target, props: { onshown: shown ? replaceFirstView : undefined } });
