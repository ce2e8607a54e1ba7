/**
 * What the browser tells us that is not view state: preferred colour scheme, reduced motion and
 * whether the window is narrow (< 480 px, where the list replaces the timeline outside embeds).
 * Reactive via svelte/reactivity's MediaQuery so components just read the booleans. The fallbacks
 * are what a server render sees: the build-time first view (`src/first-view`) is drawn for a phone.
 */
import { MediaQuery } from 'svelte/reactivity';
import { NARROW_SCREEN_QUERY } from '../first-view/screen.ts';

export const prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);
export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);
export const narrowScreen = new MediaQuery(NARROW_SCREEN_QUERY, true);
