import { describe, expect, test } from 'vitest';
import { foldBriefingsIntoTalks } from '../../scripts/pipeline/briefings.ts';
import type { MergedEvent } from '../../scripts/pipeline/merge.ts';

function event(type: MergedEvent['type'], actors: string[], day: string, article = 'a', start = 0): MergedEvent {
  return {
    type,
    kind: type === 'statement' ? 'press' : 'talks',
    status: 'held',
    date: { start: day, end: day, precision: 'day', approximate: false },
    actors,
    places: [],
    excerpts: [{ article, start, end: start + 10, text: 'x' }],
  };
}

const D = '2016-08-26';
describe('a press conference that closes talks is part of them', () => {
  test.each([
    { why: 'a joint press conference of the two ministers', statement: event('statement', ['kerry', 'lavrov'], D, 'a', 50), folds: true },
    { why: 'one of them speaking to the press', statement: event('statement', ['lavrov'], D, 'a', 50), folds: true },
    { why: 'a spokesman who was not at the talks', statement: event('statement', ['kirby'], D, 'a', 50), folds: false },
    { why: 'a ministry with no person named', statement: event('statement', ['russia'], D, 'a', 50), folds: false },
    { why: 'another day', statement: event('statement', ['lavrov'], '2016-08-28', 'a', 50), folds: false },
    { why: 'told by an article that does not tell the talks', statement: event('statement', ['lavrov'], D, 'b', 50), folds: false },
  ])('$why', ({ statement, folds }) => {
    const meeting = event('meeting', ['kerry', 'lavrov'], D, 'a', 0);
    const out = foldBriefingsIntoTalks([meeting, statement]);
    if (folds) {
      expect(out).toHaveLength(1);
      expect(out[0].excerpts.map((x) => x.start)).toEqual([0, 50]);
      expect(out[0].type).toBe('meeting');
    } else {
      expect(out).toEqual([meeting, statement]);
    }
  });

  test('excerpts keep article order, then position', () => {
    const meeting: MergedEvent = { ...event('meeting', ['kerry', 'lavrov'], D, 'b', 30), excerpts: [{ article: 'b', start: 30, end: 40, text: 'x' }, { article: 'a', start: 5, end: 9, text: 'y' }] };
    const statement: MergedEvent = { ...event('statement', ['kerry'], D), excerpts: [{ article: 'a', start: 1, end: 3, text: 'z' }, { article: 'b', start: 90, end: 99, text: 'w' }] };
    const [out] = foldBriefingsIntoTalks([statement, meeting]);
    expect(out.excerpts.map((x) => `${x.article}${x.start}`)).toEqual(['b30', 'b90', 'a1', 'a5']);
  });
});
