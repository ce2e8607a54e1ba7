import { describe, expect, it } from 'vitest';
import { COUNT_PX, keepCountsInSight, SELECTED_HALF_PX, type CountedRow } from '../../src/lib/timeline/cluster-count.ts';

const mark = (x: number, y = 0): CountedRow => ({ event: {}, x0: x, x1: x, y });
const pill = (x0: number, x1: number, y = 0): CountedRow => ({ event: null, x0, x1, y });

describe('keepCountsInSight', () => {
  const cases: { name: string; cluster: CountedRow; selected: CountedRow; rtl?: boolean; expected: Partial<CountedRow> }[] = [
    { name: 'a pill clear of the selection keeps its middle', cluster: pill(100, 140), selected: mark(200), expected: { x0: 100, x1: 140, countX: undefined } },
    { name: 'another lane row is not touched', cluster: pill(100, 140, 60), selected: mark(120), expected: { x0: 100, x1: 140, countX: undefined } },
    { name: 'room before the selection: the count goes there', cluster: pill(100, 200), selected: mark(180), expected: { x0: 100, x1: 200, countX: (100 + 180 - SELECTED_HALF_PX) / 2 } },
    { name: 'room after the selection: the count goes there', cluster: pill(100, 200), selected: mark(110), expected: { x0: 100, x1: 200, countX: (110 + SELECTED_HALF_PX + 200) / 2 } },
    { name: 'no room in English: the pill reaches past the selection to the right', cluster: pill(130, 170), selected: mark(151), expected: { x0: 130, x1: 151 + SELECTED_HALF_PX + COUNT_PX, countX: 151 + SELECTED_HALF_PX + COUNT_PX / 2 } },
    { name: 'no room in Arabic: to the left, where later is', cluster: pill(130, 170), selected: mark(151), rtl: true, expected: { x0: 151 - SELECTED_HALF_PX - COUNT_PX, x1: 170, countX: 151 - SELECTED_HALF_PX - COUNT_PX / 2 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const rows = [c.cluster, c.selected];
      keepCountsInSight(rows, c.selected, c.rtl ?? false);
      expect({ x0: c.cluster.x0, x1: c.cluster.x1, countX: c.cluster.countX }).toEqual(c.expected);
      expect(c.selected, 'the selection itself does not move').toEqual(mark(c.selected.x0, c.selected.y));
    });
  }

  it('does nothing without a selection', () => {
    const rows = [pill(130, 170)];
    expect(keepCountsInSight(rows, undefined, false)).toEqual([pill(130, 170)]);
  });
});
