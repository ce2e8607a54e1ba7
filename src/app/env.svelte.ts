/**
 * What the browser tells us that is not view state: preferred colour scheme, reduced motion and
 * whether the window is narrow (< 480 px, where the list replaces the timeline outside embeds).
 * Reactive via svelte/reactivity's MediaQuery so components just read the booleans.
 */
import { MediaQuery } from 'svelte/reactivity';

export const prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);
export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);
export const narrowScreen = new MediaQuery('(max-width: 479.98px)', false);
