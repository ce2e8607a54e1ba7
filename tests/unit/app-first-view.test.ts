import { describe, expect, it } from 'vitest';
import { DENSE_LANE, fitLanes, GEOMETRY, laneLayout, plotHeight, shrinkLanes } from '../../src/lib/timeline/lanes.ts';
import { coreExtent, DAY_MS, fullExtent } from '../../src/lib/timeline/scales.ts';

const days = (...ds: number[]) => ds.map((d) => ({ t0: d * DAY_MS, t1: (d + 1) * DAY_MS }));

describe('coreExtent leaves far-off stragglers to the edge markers', () => {
  it.each([
    { why: 'a lone deadline a year later is left out', times: days(0, 10, 20, 30, 40, 50, 60, 70, 80, 400), core: days(0, 10, 20, 30, 40, 50, 60, 70, 80) },
    { why: 'a lone early item is left out too', times: days(-400, 0, 10, 20, 30, 40, 50, 60, 70, 80), core: days(0, 10, 20, 30, 40, 50, 60, 70, 80) },
    { why: 'evenly spread events are all kept', times: days(0, 50, 100, 150, 200, 250), core: days(0, 50, 100, 150, 200, 250) },
    { why: 'a far group larger than a tenth is kept', times: days(0, 1, 2, 3, 4, 5, 6, 400, 401, 402), core: days(0, 1, 2, 3, 4, 5, 6, 400, 401, 402) },
    { why: 'too few events to call any an outlier', times: days(0, 1, 400), core: days(0, 1, 400) },
  ])('$why', ({ times, core }) => expect(coreExtent(times)).toEqual(fullExtent(core)));
  it('no events, no extent', () => expect(coreExtent([])).toBeNull());
});

describe('lanes use the height they are given', () => {
  it.each([
    { height: 0, lane: 76, slots: 1, labels: 2 },
    { height: 76, lane: 76, slots: 1, labels: 2 },
    { height: 120, lane: 120, slots: 2, labels: 2 },
    { height: 180, lane: 180, slots: 4, labels: 3 },
    { height: 1000, lane: 220, slots: 4, labels: 3 },
  ])('$height px per lane → $slots rows of marks, $labels of labels', ({ height, lane, slots, labels }) => {
    const l = laneLayout(height);
    expect([l.height, l.slots, l.labelY.length]).toEqual([lane, slots, labels]);
    expect(Math.max(...l.labelY), 'labels stay inside the lane').toBeLessThanOrEqual(l.height);
  });
  it('four lanes share 800 px', () => expect(fitLanes(800, 4).height).toBe(Math.floor((800 - 50) / 4)));
  it('Arabic label rows are further apart', () => expect(laneLayout(180, 20).labelY[1] - laneLayout(180, 20).labelY[0]).toBe(20));
});

describe('a fixed-height strip shrinks its lanes to fit', () => {
  // The compact strip: 520 px less the open event's card and the page's spacing.
  it.each([
    { why: 'not measured yet: compact lanes', room: 0, lanes: 6, lane: 76, labels: 2 },
    { why: 'four lanes fit compact, and do not grow', room: 414, lanes: 4, lane: 76, labels: 2 },
    { why: 'six lanes share the room, one label row each', room: 414, lanes: 6, lane: 60, labels: 1 },
    { why: 'a tighter room, Arabic card taller', room: 408, lanes: 6, lane: 59, labels: 1 },
    { why: 'never below the densest lane', room: 200, lanes: 6, lane: DENSE_LANE, labels: 1 },
  ])('$why', ({ room, lanes, lane, labels }) => {
    const l = shrinkLanes(room, lanes);
    expect([l.height, l.labelY.length, l.slots]).toEqual([lane, labels, 1]);
    if (room > 0 && lane > DENSE_LANE) expect(plotHeight(lanes, l.height), 'the plot fits the room').toBeLessThanOrEqual(room);
  });
  it.each([16, 20])('a lone label row stays under the marks and inside the lane (row spacing %i)', (labelRow) => {
    for (let h = DENSE_LANE; h < GEOMETRY.laneHeight; h++) {
      const [y] = laneLayout(h, labelRow, DENSE_LANE).labelY;
      expect(y, `${h} px lane`).toBeGreaterThanOrEqual(GEOMETRY.markY + GEOMETRY.markRadius + 12);
      expect(y, `${h} px lane`).toBeLessThanOrEqual(h - 6);
    }
  });
  it('the page’s own lanes never go below the compact one', () => expect(laneLayout(40).height).toBe(GEOMETRY.laneHeight));
});
