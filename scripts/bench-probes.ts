/**
 * The UI benchmark's in-page instruments (`bench-ui.ts`): a probe installed before any app script
 * runs (long tasks, the first mark, frame intervals while recording), and the small page scripts
 * the bench evaluates to count drawn events, find an empty row to drag and tell whether the view
 * moved.
 */
export interface PageProbe {
  longTasks: { start: number; duration: number }[];
  firstMarkAt: number | null;
  frames: number[];
  recording: boolean;
}

// Page code is kept as source text: tsx's transform adds helpers (`__name`) to functions, which
// would not exist inside the page if a compiled function were serialised into it.

/** Long tasks, the moment the first mark appears, and rAF intervals while `recording`. */
export const PROBE = `(() => {
  const probe = { longTasks: [], firstMarkAt: null, frames: [], recording: false };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => document.querySelector('[data-event-id], [data-cluster-ids]') !== null;
  const mo = new MutationObserver(() => {
    if (probe.firstMarkAt === null && seen()) { probe.firstMarkAt = performance.now(); mo.disconnect(); }
  });
  document.addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true }));
  let last = 0;
  const tick = (t) => {
    if (probe.recording && last) probe.frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/**
 * [events accounted for, performance.now()]: ids drawn (single marks + cluster members) plus the
 * events the first view counts at its edges instead of stretching the axis to them.
 */
export const DRAWN_IDS_AND_NOW = `(() => {
  const ids = new Set();
  let beyond = 0;
  for (const el of document.querySelectorAll('[data-testid^="edge-"]')) beyond += Number((el.textContent.match(/[0-9][0-9,]*/) || ['0'])[0].replace(/,/g, ''));
  for (const el of document.querySelectorAll('[data-event-id], [data-cluster-ids]')) {
    if (el.closest('[data-testid="detail-panel"], [data-testid="article-reader"]')) continue;
    const id = el.getAttribute('data-event-id');
    if (id) ids.add(id);
    else for (const c of (el.getAttribute('data-cluster-ids') || '').split(/[\\s,]+/)) if (c) ids.add(c);
  }
  return [ids.size + beyond, performance.now()];
})()`;

/** A y inside the plot where neither end of the drag starts on a mark (so pressing there pans). */
export const EMPTY_ROW = `([x0, x1, top, bottom]) => {
  const onMark = (x, y) => {
    const el = document.elementFromPoint(x, y);
    return !el || !!el.closest('[data-event-id], [data-cluster-ids], button, a, input');
  };
  for (let y = bottom - 6; y > top + 4; y -= 4) if (!onMark(x0, y) && !onMark(x1, y)) return y;
  return (top + bottom) / 2;
}`;

/** Where the marks are: changes when a gesture zooms or pans. */
export const VIEW_SIGNATURE = `[...document.querySelectorAll('[data-event-id], [data-cluster-ids]')].slice(0, 50)
  .map((el) => { const r = el.getBoundingClientRect(); return Math.round(r.x) + ':' + Math.round(r.width); }).join(',')`;

export const START_RECORDING = `(() => { window.__bench.frames = []; window.__bench.recording = true; })()`;
export const STOP_RECORDING = `(() => { window.__bench.recording = false; return window.__bench.frames; })()`;
