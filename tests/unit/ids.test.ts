import { describe, expect, test } from 'vitest';
import { assignIds } from '../../scripts/pipeline/ids.ts';
import type { MergedEvent } from '../../scripts/pipeline/merge.ts';

function event(fields: Partial<MergedEvent> & { text?: string }): MergedEvent {
  const { text = 'نص', ...rest } = fields;
  return {
    type: 'meeting',
    kind: 'talks',
    status: 'held',
    date: { start: '2016-07-15', end: '2016-07-15', precision: 'day', approximate: false },
    actors: ['kerry', 'putin'],
    places: ['moscow'],
    excerpts: [{ article: '001', start: 0, end: text.length, text }],
    ...rest,
  };
}

describe('assignIds', () => {
  test.each([
    { name: 'talks: date, type, place, actors', e: event({}), id: '2016-07-15-meeting-moscow-kerry-putin' },
    { name: 'a press conference names its kind', e: event({ kind: 'press', places: [], actors: ['kerry', 'lavrov'] }), id: '2016-07-15-meeting-press-kerry-lavrov' },
    { name: 'an agreement names its topic', e: event({ type: 'agreement', kind: 'agreement', topic: 'draft-resolution', places: [], actors: ['kerry', 'lavrov', 'unsc'] }), id: '2016-07-15-agreement-draft-resolution-kerry-lavrov-unsc' },
    { name: 'countries only when no one is named', e: event({ type: 'agreement', kind: 'agreement', topic: 'truce', places: [], actors: ['us', 'russia'] }), id: '2016-07-15-agreement-truce-us-russia' },
    { name: 'at most three actors', e: event({ actors: ['kerry', 'lavrov', 'putin', 'tefft'] }), id: '2016-07-15-meeting-moscow-kerry-lavrov-putin' },
    { name: 'nothing named; the topic does not repeat the type', e: event({ type: 'ceasefire', kind: 'ceasefire-restore', topic: 'ceasefire-restore', actors: [], places: [] }), id: '2016-07-15-ceasefire-restore' },
    { name: 'a kind does not repeat the type either', e: event({ type: 'ceasefire', kind: 'ceasefire-start', actors: ['us', 'russia'], places: [] }), id: '2016-07-15-ceasefire-start-us-russia' },
    { name: 'a discussion is plain talks', e: event({ kind: 'discussion', places: [], actors: ['kerry', 'lavrov'] }), id: '2016-07-15-meeting-kerry-lavrov' },
  ])('$name', ({ e, id }) => {
    expect(assignIds([e])).toEqual([id]);
  });

  test('ids are URL-safe', () => {
    const ids = assignIds([event({}), event({ kind: 'press' }), event({ date: { start: '2015-12-18', end: '2015-12-18', precision: 'day', approximate: true } })]);
    for (const id of ids) expect(id).toMatch(/^[\w.:-]+$/);
  });

  test('true collisions get a short hash of each event’s own text, the same whatever the order', () => {
    const a = event({ text: 'وسبق اللقاء في الكرملين' });
    const b = event({ text: 'وبعد اللقاء قام كيري بجولة' });
    const [ia, ib] = assignIds([a, b]);
    expect(ia).not.toBe(ib);
    expect(ia).toMatch(/^2016-07-15-meeting-moscow-kerry-putin-[0-9a-z]{7}$/);
    expect(assignIds([b, a])).toEqual([ib, ia]);
  });

  test('an unrelated event does not change an id', () => {
    const a = event({});
    const unrelated = event({ date: { start: '2016-02-14', end: '2016-02-14', precision: 'day', approximate: false }, actors: ['jubeir', 'zarif'], places: ['munich'] });
    expect(assignIds([unrelated, a])[1]).toBe(assignIds([a])[0]);
  });

  test('does not modify its input; same input, same ids', () => {
    const events = [event({}), event({ kind: 'press' })];
    const before = JSON.stringify(events);
    const first = assignIds(events);
    expect(JSON.stringify(events)).toBe(before);
    expect(assignIds(events)).toEqual(first);
  });
});
