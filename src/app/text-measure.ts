/**
 * Label widths for the collision layout, measured once per string with a canvas (no layout reflow)
 * and cached. Falls back to a per-character estimate where canvas is unavailable. `reset` is called
 * when the webfont finishes loading, since widths measured with a fallback font are wrong.
 */
import type { Lang } from '../lib/url-state.ts';

export const LABEL_FONT: Record<Lang, string> = {
  ar: "13px 'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma, sans-serif",
  en: '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

const cache = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null | undefined;

export function measureLabel(text: string, lang: Lang, bold = false): number {
  const key = (bold ? 'b' : '') + lang + text;
  let w = cache.get(key);
  if (w === undefined) {
    if (ctx === undefined) ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    if (ctx) {
      ctx.font = (bold ? 'bold ' : '') + LABEL_FONT[lang];
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
