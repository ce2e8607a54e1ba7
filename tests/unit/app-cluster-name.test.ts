import { describe, expect, it } from 'vitest';
import { clusterName } from '../../src/app/names.ts';
import { clusterMarks } from '../../src/lib/timeline/cluster.ts';
import { prepareEvents } from '../../src/lib/timeline/prepare.ts';
import type { TimelineEvent } from '../../src/lib/types.ts';
import { timelineEvent as event } from '../support/timeline-event.ts';

/** One cluster of all the events (a gap wider than any spacing). */
const nameOf = (events: TimelineEvent[]) => clusterName(clusterMarks(prepareEvents(events), Infinity)[0]!, 'en');

describe('a cluster’s name spans its first day to its latest last day', () => {
  it.each([
    [[event('a', '2016-02-12'), event('b', '2016-02-12')], '12 February 2016', ['–']],
    [[event('a', '2016-02-10'), event('b', '2016-02-12')], '10 February 2016 – 12 February 2016', []],
    // A long event ending after the last one to start: its end is the cluster's end.
    [[event('a', '2016-02-10', '2016-03-01'), event('b', '2016-02-12')], '10 February 2016 – 1 March 2016', []],
  ] as const)('%#', (events, dates, absent) => {
    const name = nameOf([...events]);
    expect(name).toContain(dates);
    expect(name).toContain('2 events');
    for (const text of absent) expect(name).not.toContain(text);
  });
});
