/**
 * Runs while the body is parsed (a classic script placed right after the build-time renders, built
 * by `vite-plugin.ts`): sets the page's language, direction and theme as the app will, and, when the
 * link asks for a view that was rendered (no view parameter but `lang`, `theme` and `embed`, whatever
 * their value: a link spelling out a default gets no render, which costs it nothing but time; the
 * default Arabic month names; a phone-sized window, or a frame that narrow), puts that language's
 * render of the page or of the embed on the page, where `main.ts` finds it and `take-over.ts`
 * hydrates it. Any other link shows nothing until the app has drawn it, as before: a reader never
 * sees a view their link did not ask for, and the page holds no second copy of it. Last, it starts
 * the events file's download (below).
 */
import { browserMonths } from '../lib/format.ts';
import { detectLang, dirOf } from '../lib/i18n.ts';
import { DEFAULT_MONTHS, VIEW_KEYS } from '../lib/url-state.ts';
import { readRememberedMonths } from '../app/remembered-months.ts';
import { firstViewKey, NARROW_SCREEN_QUERY } from './screen.ts';

// Read as `fromURL` reads them (a value it does not know counts as none), without its code.
const search = new URLSearchParams(location.search);
const param = <T extends string>(key: string, allowed: readonly T[]): T | null => allowed.find((v) => v === search.get(key)) ?? null;
const lang = detectLang(param('lang', ['ar', 'en']), navigator.languages);
const root = document.documentElement;
root.lang = lang;
root.dir = dirOf(lang);
root.dataset.theme = param('theme', ['light', 'dark']) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const embed = search.get('embed') === '1' || search.get('embed') === 'true';
const viewAsked = [...search.keys()].some((key) => VIEW_KEYS.has(key) && key !== 'lang' && key !== 'theme' && key !== 'embed');
const months = readRememberedMonths() ?? browserMonths(navigator.languages);
const asRendered = !viewAsked && months === DEFAULT_MONTHS && matchMedia(NARROW_SCREEN_QUERY).matches;
const key = firstViewKey(embed ? 'embed' : 'page', lang);
const render = asRendered ? document.querySelector<HTMLTemplateElement>(`template[data-first-view="${key}"]`) : null;
if (render) {
  // Where this script stands: after the renders, before the app's element, which is not parsed yet.
  // The template's own nodes, moved rather than copied: nothing reads the template again (main.ts
  // removes it), and on the throttled phone the copy took longer (a median 16 ms against 10).
  document.currentScript!.before(render.content);
}

// The default events file starts downloading here, once the stylesheet is in, rather than with the
// HTML: then it took a share of the phone's bandwidth from the stylesheet, which the first paint
// waits for, and the app needs the file only after its own script, which arrives later still, has
// run. load-events.ts takes the preloaded bytes. A link to another file (`?data=`) preloads none.
if (!search.has('data')) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = './events.json';
  document.head.append(link);
}
