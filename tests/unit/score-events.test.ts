import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/lib/types.ts';
import { scoreEvents, type AnnotatedEvent } from '../support/score-events.ts';
import { timelineEvent } from '../support/timeline-event.ts';

/** A held event with Kerry, quoted from one article; `approximate` marks its date as approximate. */
function event(id: string, type: TimelineEvent['type'], start: string, end: string, article: string, approximate = false): TimelineEvent {
  return timelineEvent(id, start, end, {
    type,
    actors: ['kerry'],
    excerpts: [{ article, start: 0, end: 1, text: 'x' }],
    ...(approximate && { date: { start, end, precision: 'day', approximate } }),
  });
}

function annotation(key: string, type: AnnotatedEvent['type'], start: string, end: string, articles: string[], core = true): AnnotatedEvent {
  return { key, type, status: 'held', date: { start, end, precision: 'day' }, actors: ['kerry'], places: [], articles, core };
}

describe('scoreEvents', () => {
  test.for([
    {
      name: 'a perfect match',
      events: [event('e1', 'meeting', '2016-07-15', '2016-07-15', 'a')],
      annotations: [annotation('m', 'meeting', '2016-07-14', '2016-07-15', ['a'])],
      expected: { precision: 1, recall: 1 },
    },
    {
      name: 'a different type does not match',
      events: [event('e1', 'agreement', '2016-07-15', '2016-07-15', 'a')],
      annotations: [annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a'])],
      expected: { precision: 0, recall: 0 },
    },
    {
      name: 'a date one day off matches only when the output is approximate',
      events: [event('e1', 'meeting', '2016-07-16', '2016-07-16', 'a', true), event('e2', 'meeting', '2016-07-16', '2016-07-16', 'b')],
      annotations: [annotation('m1', 'meeting', '2016-07-15', '2016-07-15', ['a']), annotation('m2', 'meeting', '2016-07-15', '2016-07-15', ['b'])],
      expected: { precision: 0.5, recall: 0.5 },
    },
    {
      name: 'an event not naming every annotated participant does not match',
      events: [event('e1', 'meeting', '2016-07-15', '2016-07-15', 'a')],
      annotations: [{ ...annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a']), actors: ['kerry', 'lavrov'] }],
      expected: { precision: 0, recall: 0 },
    },
    {
      name: 'a person stands for their country',
      events: [event('e1', 'meeting', '2016-07-15', '2016-07-15', 'a')],
      annotations: [{ ...annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a']), actors: ['us'] }],
      expected: { precision: 1, recall: 1 },
    },
    {
      name: 'an event running past the annotated day does not match',
      events: [event('e1', 'meeting', '2016-07-15', '2016-07-16', 'a')],
      annotations: [annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a'])],
      expected: { precision: 0, recall: 0 },
    },
    {
      name: 'no shared article does not match',
      events: [event('e1', 'meeting', '2016-07-15', '2016-07-15', 'b')],
      annotations: [annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a'])],
      expected: { precision: 0, recall: 0 },
    },
    {
      name: 'matching is one-to-one: a duplicate output event is no error but a second event for one real event',
      events: [event('e1', 'meeting', '2016-07-15', '2016-07-15', 'a'), event('e2', 'meeting', '2016-07-15', '2016-07-15', 'a')],
      annotations: [annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a'])],
      expected: { precision: 1, recall: 1, perRealEvent: 2 },
    },
    {
      name: 'a missed borderline annotation does not lower recall, a matched one counts for precision',
      events: [event('e1', 'meeting', '2016-07-15', '2016-07-15', 'a'), event('e2', 'deadline', '2016-07-31', '2016-07-31', 'a')],
      annotations: [
        annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a']),
        annotation('d', 'deadline', '2016-07-31', '2016-07-31', ['a'], false),
        annotation('c', 'ceasefire', '2016-07-31', '2016-07-31', ['a'], false),
      ],
      expected: { precision: 1, recall: 1 },
    },
  ])('$name', ({ events, annotations, expected }) => {
    const score = scoreEvents(events, annotations);
    expect({ precision: score.precision, recall: score.recall, ...('perRealEvent' in expected ? { perRealEvent: score.perRealEvent } : {}) }).toEqual(expected);
  });

  test('reports what was missed and what was spurious', () => {
    const score = scoreEvents(
      [event('e1', 'ceasefire', '2016-02-27', '2016-02-27', 'a')],
      [annotation('m', 'meeting', '2016-07-15', '2016-07-15', ['a'])],
    );
    expect(score.missed).toEqual(['m']);
    expect(score.spurious).toEqual(['e1']);
  });
});
