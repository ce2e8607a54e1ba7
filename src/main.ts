/**
 * Entry point: styles (self-hosted Arabic font included) and the app. No inline scripts anywhere,
 * so the page runs under `script-src 'self'`.
 */
import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/base.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
export const app = mount(App, { target });
