/**
 * The timeline's derived geometry, as a chain of runes: domain → scale → visible marks → labels.
 * Clustering is keyed on a coarse zoom level (`zoomKey`) and the filters, so a pan or a small zoom
 * step only re-maps positions of the marks in view; nothing here walks all events per frame except
 * a binary search. Components receive the finished rows and draw them.
 */
import { clusterMarks, type MarkGroup } from '../lib/timeline/cluster.ts';
import { keepCountsInSight } from '../lib/timeline/cluster-count.ts';
import { layoutLabels, type LabelRequest } from '../lib/timeline/labels.ts';
import { fitLanes, GEOMETRY, laneRows, laneTop, plotHeight, shownLanes, shrinkLanes, SLOT_GAP } from '../lib/timeline/lanes.ts';
import type { PreparedEvent } from '../lib/timeline/prepare.ts';
import { DAY_MS, lowerBound, makeTimeScale, type Domain } from '../lib/timeline/scales.ts';
import { timeTicks } from '../lib/timeline/ticks.ts';
import { clampDomain, keyMsPerPx, MIN_SPAN, zoomKey, type ZoomLimits } from '../lib/timeline/zoom.ts';
import { truncate } from '../lib/format.ts';
import type { Catalog } from './catalog.svelte.ts';
import type { ViewState } from './view.svelte.ts';
import { measureLabel } from './text-measure.ts';

/** Marks whose anchors are closer than this many pixels join a cluster. */
const CLUSTER_GAP_PX = 18;
/** Spacing of same-day events fanned out side by side once a day is wide enough to hold them. */
const FAN_PX = 28;
/** More same-day events than this stay one cluster that opens as a list: a row of glyphs would not read. */
const FAN_MAX = 6;
/** A cluster never spans more than this many pixels, so zooming into it always splits it. */
const CLUSTER_MAX_PX = 120;
const LABEL_MAX_CHARS = 42;

export interface MarkRow {
  key: string;
  group: MarkGroup<PreparedEvent>;
  /** The event, for a single mark; null for a cluster. */
  event: PreparedEvent | null;
  /** Screen extent, x0 ≤ x1 whatever the direction. */
  x0: number;
  x1: number;
  /** Lane top. */
  y: number;
  /** Drawn as a bar (a span wide enough to see) rather than a point or pill. */
  bar: boolean;
  label: string | null;
  labelX: number;
  labelY: number;
  /** A cluster's count, in screen x, when the selection covers the pill's middle (cluster-count.ts). */
  countX?: number;
}

export class TimelineModel {
  width = $state(0);
  /** Bumped when the webfont loads, so label widths are measured again. */
  fontVersion = $state(0);

  private readonly view: ViewState;
  private readonly catalog: Catalog;

  constructor(view: ViewState, catalog: Catalog) {
    this.view = view;
    this.catalog = catalog;
  }

  /** Types drawn as lanes (the filtered-in ones), and each lane number's row among them. */
  lanes = $derived.by(() => shownLanes(this.view.types));
  private laneRow = $derived(laneRows(this.lanes));
  /** Pixels the plot may fill (0: compact lanes), set by the component from the window. */
  available = $state(0);
  /** True in a fixed-height strip: lanes shrink to fit `available` rather than grow to fill it. */
  shrink = $state(false);
  layout = $derived.by(() => (this.shrink ? shrinkLanes : fitLanes)(this.available, this.lanes.length, this.view.uiLang === 'ar' ? 20 : 16));
  height = $derived(plotHeight(this.lanes.length, this.layout.height));

  limits: ZoomLimits | null = $derived.by(() => this.catalog.full ? { full: this.catalog.full, minSpan: MIN_SPAN } : null);
  /** What is on screen: the view's range held inside the limits, or everything. */
  domain: Domain = $derived.by(() =>
    this.limits ? clampDomain(this.view.domain ?? this.catalog.core ?? this.limits.full, this.limits) : [0, 30 * DAY_MS],
  );
  scale = $derived.by(() => makeTimeScale(this.domain, this.width, this.view.rtl));
  /** The scale over the full extent that d3-zoom transforms are relative to. */
  base = $derived.by(() => makeTimeScale(this.limits?.full ?? this.domain, this.width, this.view.rtl));
  key = $derived(zoomKey(this.domain, this.width));
  /** True while a wheel, pinch or drag gesture runs (set by the zoom-gestures action). */
  gesturing = $state(false);
  private heldKey = 0;
  /**
   * The zoom key clusters are built for. During a gesture it holds still (positions still follow
   * every frame, and labels are laid out per frame so they never overlap) unless the zoom has moved
   * an octave away; re-clustering 10,000 events and rebuilding their marks on every wheel step
   * would blow the frame budget. It catches up when the gesture ends.
   */
  clusterKey = $derived.by(() => {
    const key = this.key;
    if (!this.gesturing || Math.abs(key - this.heldKey) >= 4) this.heldKey = key;
    return this.heldKey;
  });

  groups: MarkGroup<PreparedEvent>[] = $derived.by(() => {
    const msPerPx = keyMsPerPx(this.clusterKey);
    const selected = this.view.event;
    return clusterMarks(this.catalog.filtered, CLUSTER_GAP_PX * msPerPx, CLUSTER_MAX_PX * msPerPx, (e) => e.id === selected, this.layout.slots);
  });
  private index = $derived.by(() => {
    const starts = new Float64Array(this.groups.length);
    let maxSpan = 0;
    this.groups.forEach((g, i) => {
      starts[i] = g.t0;
      maxSpan = Math.max(maxSpan, g.t1 - g.t0);
    });
    return { starts, maxSpan };
  });

  private filteredStarts = $derived.by(() => Float64Array.from(this.catalog.filtered, (e) => e.t0));
  /**
   * Events (passing the filters) wholly before and after what is on screen, with the nearest of
   * each: the edge markers that say "2 later" and take the reader there.
   */
  beyond = $derived.by(() => {
    const [d0, d1] = this.domain;
    const events = this.catalog.filtered;
    const after = lowerBound(this.filteredStarts, d1);
    let before = 0;
    let previous: string | null = null;
    for (let i = 0; i < events.length && events[i].t0 < d0; i++) {
      if (events[i].t1 <= d0) {
        before++;
        previous = events[i].id;
      }
    }
    return { before, previous, after: events.length - after, next: events[after]?.id ?? null };
  });

  ticks = $derived.by(() => {
    const lang = this.view.uiLang;
    const ticks = timeTicks(this.domain, this.width, lang).map((t) => ({ ...t, x: this.scale(t.t) }));
    // The first tick's larger-unit label is only context; drop it when the next change is too close.
    const labelled = ticks.filter((t) => t.sub !== null);
    if (labelled.length > 1 && Math.abs(labelled[1].x - labelled[0].x) < measureLabel(labelled[0].sub!, lang, true) + 10) labelled[0].sub = null;
    return ticks;
  });

  /** Marks in view (plus a margin so quick pans do not show empty edges), positioned and labelled. */
  rows: MarkRow[] = $derived.by(() => {
    const [d0, d1] = this.domain;
    const margin = (d1 - d0) * 0.1;
    const { starts, maxSpan } = this.index;
    const scale = this.scale;
    const laneRow = this.laneRow;
    const laneHeight = this.layout.height;
    const dayPx = Math.abs(scale(DAY_MS) - scale(0));
    const reading = this.view.rtl ? -1 : 1;
    const rows: MarkRow[] = [];
    for (let i = lowerBound(starts, d0 - margin - maxSpan); i < starts.length && starts[i] <= d1 + margin; i++) {
      const g = this.groups[i];
      if (g.t1 < d0 - margin) continue;
      const y = laneTop(laneRow[g.lane], laneHeight) + g.slot * SLOT_GAP;
      const n = g.members.length;
      if (n > 1 && n <= FAN_MAX && g.a1 - g.a0 < DAY_MS && dayPx >= n * FAN_PX) {
        // Same-day events no zoom can separate: side by side within their day, in date order.
        const mid = scale((g.a0 + g.a1) / 2);
        g.members.forEach((e, k) => {
          const x = mid + reading * (k - (n - 1) / 2) * FAN_PX;
          rows.push({ key: `${g.key}/${e.id}`, group: g, event: e, x0: x, x1: x, y, bar: false, label: null, labelX: 0, labelY: 0 });
        });
        continue;
      }
      const single = n === 1 ? g.members[0] : null;
      const [a, b] = single ? [scale(single.t0), scale(single.t1)] : [scale(g.a0), scale(g.a1)];
      let x0 = Math.min(a, b);
      let x1 = Math.max(a, b);
      const bar = !!single && single.t1 - single.t0 > DAY_MS && x1 - x0 >= GEOMETRY.minBarPx;
      if (single && !bar) x0 = x1 = scale(single.anchor);
      else if (!single) [x0, x1] = [x0 - 11, x1 + 11];
      rows.push({ key: g.key, group: g, event: single, x0, x1, y, bar, label: null, labelX: 0, labelY: 0 });
    }
    const selected = this.view.event;
    return this.placeLabels(keepCountsInSight(rows, selected ? rows.find((r) => r.event?.id === selected) : undefined, this.view.rtl));
  });

  private placeLabels(rows: MarkRow[]): MarkRow[] {
    const { width } = this;
    const rtl = this.view.rtl;
    const lang = this.view.uiLang;
    void this.fontVersion;
    const reading = (x: number) => (rtl ? width - x : x);
    const requests: (LabelRequest & { text: string; row: MarkRow })[] = [];
    for (const row of rows) {
      if (!row.event) continue;
      const text = truncate(row.event.event.title[lang], LABEL_MAX_CHARS);
      const start = row.bar ? Math.min(reading(row.x0), reading(row.x1)) : reading(row.x0) - GEOMETRY.markRadius;
      // The selected label is drawn bold, so it is measured bold.
      const w = measureLabel(text, lang, row.event.id === this.view.event);
      // Near the far edge, slide the label back so it ends at the edge rather than dropping it.
      const pos = start >= width ? start : Math.max(0, Math.min(start, width - w));
      requests.push({
        key: row.key,
        lane: row.group.lane,
        pos,
        width: w,
        priority: row.event.id === this.view.event ? Infinity : row.event.weight,
        text,
        row,
      });
    }
    const { labelY } = this.layout;
    const placed = layoutLabels(requests, { rows: labelY.length, gap: 8, min: 0, max: width });
    for (const r of requests) {
      const labelRow = placed.get(r.key);
      if (labelRow === undefined) continue;
      r.row.label = r.text;
      r.row.labelX = rtl ? width - r.pos : r.pos;
      r.row.labelY = r.row.y - r.row.group.slot * SLOT_GAP + labelY[labelRow];
    }
    return rows;
  }
}
