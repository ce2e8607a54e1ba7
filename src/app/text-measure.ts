/**
 * Label widths for the collision layout, measured once per string with a canvas (no layout reflow)
 * and cached. The font is read from base.css (`--font-{lang}`, `--label-size-{lang}` on the root),
 * the one place it is defined, so the widths follow whatever the labels are drawn in. Falls back to
 * a per-character estimate where there is no canvas or stylesheet. `resetMeasurements` is called
 * when the webfont finishes loading, since widths measured with a fallback font are wrong.
 */
import type { Lang } from '../lib/url-state.ts';

const cache = new Map<string, number>();
const fonts = new Map<Lang, string | null>();
let ctx: CanvasRenderingContext2D | null | undefined;

/** The canvas font of a label in `lang`, or null when the stylesheet does not say. */
function labelFont(lang: Lang): string | null {
  let font = fonts.get(lang);
  if (font === undefined) {
    const root = getComputedStyle(document.documentElement);
    const family = root.getPropertyValue(`--font-${lang}`).trim();
    const size = root.getPropertyValue(`--label-size-${lang}`).trim();
    font = family && size ? `${size} ${family}` : null;
    fonts.set(lang, font);
  }
  return font;
}

export function measureLabel(text: string, lang: Lang, bold = false): number {
  const key = (bold ? 'b' : '') + lang + text;
  let w = cache.get(key);
  if (w === undefined) {
    if (ctx === undefined) ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    const font = ctx && labelFont(lang);
    if (ctx && font) {
      ctx.font = (bold ? 'bold ' : '') + font;
      w = Math.ceil(ctx.measureText(text).width) + 2;
    } else {
      w = text.length * (lang === 'ar' ? 7 : 7.5) * (bold ? 1.1 : 1);
    }
    cache.set(key, w);
  }
  return w;
}

export function resetMeasurements(): void {
  cache.clear();
}
