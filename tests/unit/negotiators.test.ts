import { describe, expect, test } from 'vitest';
import type { MergedEvent } from '../../scripts/pipeline/merge.ts';
import { nameAttendees, nameNegotiators } from '../../scripts/pipeline/negotiators.ts';

function event(type: MergedEvent['type'], actors: string[], day: string, article = 'a', end = day): MergedEvent {
  return {
    type,
    kind: type === 'call' ? 'call' : 'talks',
    status: type === 'agreement' ? 'reached' : 'held',
    date: { start: day, end, precision: day === end ? 'day' : 'days', approximate: false },
    actors,
    places: [],
    excerpts: [{ article, start: 0, end: 1, text: 'x' }],
  };
}

const D = '2016-07-15';
const cases: Array<{ name: string; agreement: MergedEvent; talks: MergedEvent[]; actors: string[] }> = [
  {
    name: 'two states agree after their ministers met: the ministers',
    agreement: event('agreement', ['us', 'russia'], D),
    talks: [event('meeting', ['kerry', 'lavrov'], D)],
    actors: ['kerry', 'lavrov', 'us', 'russia'],
  },
  {
    name: 'one minister and the other state: the other minister too',
    agreement: event('agreement', ['lavrov', 'us'], D),
    talks: [event('meeting', ['kerry', 'lavrov', 'putin'], '2016-07-14', 'a', D)],
    actors: ['kerry', 'lavrov', 'putin', 'us'],
  },
  {
    name: 'a single side announcing it ("تم الاتفاق على"): its counterpart in the talks',
    agreement: event('agreement', ['lavrov'], D),
    talks: [event('meeting', ['kerry', 'lavrov'], D)],
    actors: ['kerry', 'lavrov'],
  },
  {
    name: 'a phone call counts as talks',
    agreement: event('agreement', ['russia', 'turkey'], D),
    talks: [event('call', ['putin', 'erdogan'], D)],
    actors: ['putin', 'erdogan', 'russia', 'turkey'],
  },
  {
    name: 'a third party at the talks is not a party to a two-state agreement',
    agreement: event('agreement', ['us', 'russia'], D),
    talks: [event('meeting', ['kerry', 'lavrov', 'jubeir'], D)],
    actors: ['kerry', 'lavrov', 'us', 'russia'],
  },
  {
    name: 'a body holding members: every person of its meeting',
    agreement: event('agreement', ['issg'], D),
    talks: [event('meeting', ['kerry', 'lavrov', 'issg'], D)],
    actors: ['kerry', 'lavrov', 'issg'],
  },
  {
    name: 'talks on another day are not where it was agreed',
    agreement: event('agreement', ['us', 'russia'], D),
    talks: [event('meeting', ['kerry', 'lavrov'], '2016-07-20')],
    actors: ['us', 'russia'],
  },
  {
    name: 'talks told by another article are not tied to it',
    agreement: event('agreement', ['us', 'russia'], D),
    talks: [event('meeting', ['kerry', 'lavrov'], D, 'b')],
    actors: ['us', 'russia'],
  },
  {
    name: 'talks without one of its sides give no one',
    agreement: event('agreement', ['russia', 'turkey'], D),
    talks: [event('meeting', ['kerry', 'lavrov'], D)],
    actors: ['russia', 'turkey'],
  },
  {
    name: 'one-sided talks give no counterpart',
    agreement: event('agreement', ['lavrov'], D),
    talks: [event('meeting', ['lavrov', 'putin'], D)],
    actors: ['lavrov'],
  },
  {
    name: 'a person named for each side already: kept as told',
    agreement: event('agreement', ['kerry', 'lavrov'], D),
    talks: [event('meeting', ['kerry', 'lavrov', 'putin'], D)],
    actors: ['kerry', 'lavrov'],
  },
  {
    name: 'a Security Council resolution does not take the ministers of a meeting in New York',
    agreement: event('agreement', ['unsc'], D),
    talks: [event('meeting', ['kerry', 'lavrov'], D)],
    actors: ['unsc'],
  },
];

describe('an agreement names the people who negotiated it', () => {
  test.each(cases)('$name', ({ agreement, talks, actors }) => {
    const out = nameNegotiators([...talks, agreement]);
    expect(out.at(-1)!.actors).toEqual(actors);
    expect(out.slice(0, -1)).toEqual(talks);
  });

  test('does not modify its input', () => {
    const agreement = event('agreement', ['us', 'russia'], D);
    const talks = event('meeting', ['kerry', 'lavrov'], D);
    nameNegotiators([talks, agreement]);
    expect(agreement.actors).toEqual(['us', 'russia']);
  });
});

describe('a grouping\'s meeting is attended by the people its article shows there that day', () => {
  const place = (e: MergedEvent, places: string[]) => ({ ...e, places });
  test.for([
    { name: 'the ministers of a bilateral that morning', other: event('meeting', ['kerry', 'lavrov'], D), attended: ['kerry', 'lavrov'] },
    { name: 'a minister\'s statement that day', other: event('statement', ['jubeir'], D), attended: ['jubeir'] },
    { name: 'not on another day', other: event('meeting', ['kerry', 'lavrov'], '2016-07-13'), attended: [] },
    { name: 'not from another article', other: event('meeting', ['kerry', 'lavrov'], D, 'b'), attended: [] },
    { name: 'not a meeting somewhere else', other: place(event('meeting', ['kerry', 'lavrov'], D), ['moscow']), attended: [] },
    { name: 'only those who speak for a member: the UN chief, not the opposition\'s', other: event('meeting', ['ban-ki-moon', 'hijab'], D), attended: ['ban-ki-moon'] },
    { name: 'not from a call', other: event('call', ['kerry', 'lavrov'], D), attended: [] },
  ])('$name', ({ other, attended }) => {
    const group = place(event('meeting', ['issg'], D), ['new-york']);
    const [out] = nameAttendees([group, other]);
    expect(out.actors.filter((a) => a !== 'issg').sort()).toEqual([...attended].sort());
  });
});

describe('a side a meeting of people names only by its state is met by its person at work that day', () => {
  test.for([
    { name: 'the other side\'s minister speaking that day', meeting: event('meeting', ['kerry', 'russia'], D), other: event('statement', ['lavrov'], D), added: ['lavrov'] },
    { name: 'not in a meeting of no one named (experts of two states)', meeting: event('meeting', ['us', 'russia'], D), other: event('statement', ['kerry'], D), added: [] },
    { name: 'not a person of a side the meeting already has one for', meeting: event('meeting', ['kerry', 'lavrov', 'russia'], D), other: event('statement', ['zakharova'], D), added: [] },
  ])('$name', ({ meeting, other, added }) => {
    const [out] = nameAttendees([meeting, other]);
    expect(out.actors.filter((a) => !meeting.actors.includes(a))).toEqual(added);
  });
});

describe('a gathering of states with no grouping named is attended by those of the other sides the article shows at work there that day', () => {
  test.for([
    { name: 'a minister of any state speaking that day', other: event('statement', ['zarif'], D), added: ['zarif'] },
    { name: 'not a meeting somewhere else', other: { ...event('meeting', ['zarif', 'lavrov'], D), places: ['moscow'] }, added: [] },
    { name: 'not the partner of a meeting of its own one of its people held that day', other: event('meeting', ['kerry', 'zarif'], D), added: [] },
    { name: 'not the spokesman of a side a person already speaks for', other: event('statement', ['kirby'], D), added: [] },
  ])('$name', ({ other, added }) => {
    const gathering = { ...event('meeting', ['kerry', 'russia', 'saudi-arabia', 'turkey'], D), places: ['vienna'] };
    const [out] = nameAttendees([gathering, other]);
    expect(out.actors.filter((a) => !gathering.actors.includes(a))).toEqual(added);
  });
});
