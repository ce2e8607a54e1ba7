import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishLine, andList } from '../../src/app/english-line.ts';
import { historyText, otherDates } from '../../src/app/event-story.ts';
import { findGlosses } from '../../src/app/glosses.ts';
import { eventDateText } from '../../src/app/names.ts';
import type { EventsFile, TimelineEvent } from '../../src/lib/types.ts';

const file: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));
const byId = new Map(file.events.map((e) => [e.id, e]));
const ev = (id: string) => byId.get(id)!;
const day = (start: string, extra: Partial<TimelineEvent['date']> = {}) => ({ start, end: start, precision: 'day' as const, approximate: false, ...extra });

describe('englishLine: built from the record, never from the Arabic', () => {
  it.each([
    ['2016-03-24-meeting-kremlin-kerry-putin', /^Meeting between John Kerry, Vladimir Putin and Sergey Lavrov, in Moscow, 24 March 2016: held\.$/],
    ['2015-12-15-call-gerasimov-dunford', /^Phone call between Valery Gerasimov and Joseph Dunford, around 15 December 2015: held\.$/],
    ['2016-08-23-statement-toner-briefing', /^Statement by Mark Toner, 23 August 2016: held\.$/],
    ['2016-08-26-agreement-truce-near', /^Agreement between John Kerry and Sergey Lavrov, in Geneva, around 26 August 2016: close, not reached\.$/],
  ])('%s', (id, expected) => expect(englishLine(ev(id), file)).toMatch(expected));
  it('gives the hour when the source does', () => {
    const e = { ...ev('2016-03-24-meeting-kremlin-kerry-putin'), date: day('2016-03-24', { time: '19:00' }) };
    expect(englishLine(e, file)).toContain('24 March 2016 at 19:00');
  });
  it.each([[[], ''], [['A'], 'A'], [['A', 'B'], 'A and B'], [['A', 'B', 'C'], 'A, B and C']])('andList %j', (items, out) =>
    expect(andList(items)).toBe(out),
  );
});

describe('glosses find gazetteer names in Arabic, with clitics and other spellings', () => {
  const names = (text: string) => findGlosses(text, file).map((g) => [text.slice(g.start, g.end), g.entry.en]);
  it.each([
    ['التقى كيري بوتين', [['كيري', 'John Kerry'], ['بوتين', 'Vladimir Putin']]],
    ['وقال لافروف إن', [['لافروف', 'Sergey Lavrov']]],
    ['اجتماع بموسكو أمس', [['موسكو', 'Moscow']]],
    ['ولافروف وكيرى', [['لافروف', 'Sergey Lavrov'], ['كيرى', 'John Kerry']]],
    ['مع جون كيري في جنيف', [['جون كيري', 'John Kerry'], ['جنيف', 'Geneva']]],
    ['كيريات', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
  it('keeps harakat inside the glossed span', () => expect(names('كِيرِي')).toEqual([['كِيرِي', 'John Kerry']]));
});

describe('history, other dates and time', () => {
  it.each([
    ['en', 'announced 24 August · held 26 August'],
    ['ar', 'أُعلن 24 أغسطس · جرى 26 أغسطس'],
  ] as const)('history in %s', (lang, text) => expect(historyText(ev('2016-08-26-meeting-geneva-kerry-lavrov'), lang)).toBe(text));
  it('shows the year when stages span two', () => {
    const e = { ...ev('2016-03-24-meeting-kremlin-kerry-putin'), history: [{ status: 'planned' as const, date: '2015-12-20', article: 'x' }] };
    expect(historyText(e, 'en')).toBe('announced 20 December 2015 · held 24 March 2016');
  });
  it('no history, no line', () => expect(historyText(ev('2016-03-24-meeting-kremlin-kerry-putin'), 'en')).toBeNull());
  it.each([
    ['en', 1, 'one source says 27 August 2016'],
    ['en', 2, '2 sources say 27 August 2016'],
    ['ar', 1, 'مصدر واحد يذكر 27 أغسطس 2016'],
  ] as const)('other dates in %s from %i source(s)', (lang, n, text) => {
    const e = { ...ev('2016-08-26-agreement-violations-mechanism') };
    e.otherDates = [{ date: day('2016-08-27'), articles: ['a', 'b'].slice(0, n) }];
    expect(otherDates(e, lang).map((v) => v.text)).toEqual([text]);
  });
  it.each([
    ['en', '27 February 2016, 00:00'],
    ['ar', '27 فبراير 2016، الساعة 00:00'],
  ] as const)('time of day in %s', (lang, text) => {
    const e = { ...ev('2016-03-24-meeting-kremlin-kerry-putin'), date: day('2016-02-27', { time: '00:00' }) };
    expect(eventDateText(e, lang)).toBe(text);
  });
});
