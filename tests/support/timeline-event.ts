/** A minimal held, exactly dated meeting for tests about ordering and stepping; fields override. */
import type { TimelineEvent } from '../../src/lib/types.ts';

export function timelineEvent(id: string, start: string, end = start, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    type: 'meeting',
    status: 'held',
    date: { start, end, precision: 'day', approximate: false },
    title: { ar: id, en: id },
    actors: [],
    places: [],
    excerpts: [],
    ...fields,
  };
}
