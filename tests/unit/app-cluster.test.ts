import { describe, expect, it } from 'vitest';
import { clusterMarks, type ClusterInput } from '../../src/lib/timeline/cluster.ts';

const item = (id: string, anchor: number, lane = 0, span = 0): ClusterInput => ({ id, lane, anchor, t0: anchor, t1: anchor + span });
const ids = (groups: ReturnType<typeof clusterMarks>) => groups.map((g) => g.members.map((m) => m.id).join(','));

describe('clusterMarks', () => {
  it.each([
    { name: 'far apart stay single', items: [item('a', 0), item('b', 100)], gap: 10, expected: ['a', 'b'] },
    { name: 'close ones group', items: [item('a', 0), item('b', 5), item('c', 100)], gap: 10, expected: ['a,b', 'c'] },
    { name: 'chains while each gap is small', items: [item('a', 0), item('b', 8), item('c', 16)], gap: 10, expected: ['a,b,c'] },
    { name: 'lanes cluster separately', items: [item('a', 0, 0), item('b', 1, 1), item('c', 2, 0)], gap: 10, expected: ['a,c', 'b'] },
    { name: 'a gap exactly at the threshold separates', items: [item('a', 0), item('b', 10)], gap: 10, expected: ['a', 'b'] },
    { name: 'empty', items: [], gap: 10, expected: [] },
  ])('$name', ({ items, gap, expected }) => {
    expect(ids(clusterMarks(items, gap))).toEqual(expected);
  });

  it('caps a cluster at maxWidth so dense runs split into zoomable pieces', () => {
    const run = Array.from({ length: 10 }, (_, i) => item(`e${i}`, i * 5));
    expect(ids(clusterMarks(run, 10, 20))).toEqual(['e0,e1,e2,e3,e4', 'e5,e6,e7,e8,e9']);
  });

  it('keeps isolated items (the selection) out of clusters without breaking them', () => {
    const groups = clusterMarks([item('a', 0), item('sel', 2), item('b', 4)], 10, Infinity, (x) => x.id === 'sel');
    expect(ids(groups).sort()).toEqual(['a,b', 'sel']);
  });

  it('reports extents and stable keys', () => {
    const [g] = clusterMarks([item('a', 10, 2, 5), item('b', 14, 2, 30)], 10);
    expect(g).toMatchObject({ lane: 2, a0: 10, a1: 14, t0: 10, t1: 44, key: '2:a+2' });
    const [single] = clusterMarks([item('z', 3, 1)], 10);
    expect(single.key).toBe('1:z');
  });

  it('does not modify its input', () => {
    const input = [item('a', 0), item('b', 1)];
    const copy = structuredClone(input);
    clusterMarks(input, 10);
    expect(input).toEqual(copy);
  });

  it('keeps every one of 10,000 marks in exactly one group', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item(`e${i}`, i * 3, i % 4));
    const groups = clusterMarks(many, 20, 200);
    const ids = groups.flatMap((g) => g.members.map((m) => m.id));
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids).size).toBe(10_000);
  });
});

describe('clusterMarks with stacked rows', () => {
  const at = (id: string, anchor: number, lane = 0): ClusterInput => ({ id, lane, anchor, t0: anchor, t1: anchor + 1 });
  it.each([
    { slots: 1, items: [at('a', 0), at('b', 0), at('c', 0)], expected: [['a,b,c', 0]] },
    { slots: 3, items: [at('a', 0), at('b', 0), at('c', 0)], expected: [['a', 0], ['b', 1], ['c', 2]] },
    { slots: 2, items: [at('a', 0), at('b', 1), at('c', 2)], expected: [['a', 0], ['b,c', 1]] },
    { slots: 2, items: [at('a', 0), at('b', 1), at('c', 20)], expected: [['a', 0], ['b', 1], ['c', 0]] },
    { slots: 2, items: [at('a', 0), at('b', 0, 1)], expected: [['a', 0], ['b', 0]] },
  ])('$slots rows: same-day events fan out before they cluster', ({ slots, items, expected }) => {
    const groups = clusterMarks(items, 10, Infinity, () => false, slots);
    expect(groups.map((g) => [g.members.map((m) => m.id).join(','), g.slot])).toEqual(expected);
  });
  it('the selection takes a free row and the others avoid it', () => {
    const groups = clusterMarks([at('a', 0), at('sel', 0), at('b', 0)], 10, Infinity, (x) => x.id === 'sel', 3);
    expect(groups.map((g) => [g.members.map((m) => m.id).join(','), g.slot])).toEqual([['a', 0], ['sel', 1], ['b', 2]]);
  });
});
