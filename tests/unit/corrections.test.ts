import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../scripts/pipeline/corrections.ts';
import { parseCorrections } from '../../scripts/pipeline/corrections-schema.ts';
import { validateEventsFile } from '../../src/lib/load.ts';
import type { EventsFile } from '../../src/lib/types.ts';
import { timelineEvent } from '../support/timeline-event.ts';

const BODY = 'التقى كيري لافروف في موسكو أمس. وقال لافروف إن الهدنة صامدة. ثم اتصل كيري بلافروف هاتفيا.';
const x = (text: string) => ({ article: 'a1', start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length, text });

function file(): EventsFile {
  return {
    articles: [{ id: 'a1', published: '2016-03-25', publishedFrom: 'metadata', body: BODY }],
    events: [
      timelineEvent('2016-03-24-meeting-moscow-kerry-lavrov', '2016-03-24', '2016-03-24', { actors: ['kerry', 'lavrov'], places: ['moscow'], excerpts: [x('التقى كيري لافروف في موسكو أمس.')] }),
      timelineEvent('2016-03-24-meeting-moscow-lavrov', '2016-03-24', '2016-03-24', { actors: ['lavrov'], excerpts: [x('وقال لافروف إن الهدنة صامدة.'), x('ثم اتصل كيري بلافروف هاتفيا.')] }),
    ],
    actors: { kerry: { ar: 'جون كيري', en: 'John Kerry' }, lavrov: { ar: 'سيرغي لافروف', en: 'Sergei Lavrov' } },
    places: { moscow: { ar: 'موسكو', en: 'Moscow' } },
  };
}

function correct(yaml: string) {
  const parsed = parseCorrections(yaml, 'corrections.yaml');
  if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  return applyCorrections(file(), parsed.items, 'corrections.yaml');
}

const MEETING = '2016-03-24-meeting-moscow-kerry-lavrov';
const OTHER = '2016-03-24-meeting-moscow-lavrov';

describe('corrections schema: an error names the line and the field', () => {
  const cases: { name: string; yaml: string; message: string }[] = [
    { name: 'bad date', yaml: `corrections:\n  - event: ${MEETING}\n    set:\n      date: 24 March\n`, message: 'line 4: set.date: expected a date YYYY-MM-DD' },
    { name: 'unknown type', yaml: `corrections:\n  - event: ${MEETING}\n    set: { type: party }\n`, message: 'line 3: set.type: expected one of meeting' },
    { name: 'unknown actor', yaml: `corrections:\n  - event: ${MEETING}\n    set:\n      actors: [kerry, nobody]\n`, message: "line 4: set.actors: 'nobody' is not an id in the actors table" },
    { name: 'two actions in one item', yaml: `corrections:\n  - event: ${MEETING}\n    merge: [a, b]\n`, message: 'line 2: one correction does one thing: found event and merge' },
    { name: 'end before start', yaml: `corrections:\n  - event: ${MEETING}\n    set:\n      date: { start: 2016-03-24, end: 2016-03-20 }\n`, message: 'line 4: set.date.end: expected a date YYYY-MM-DD, not before start' },
    { name: 'added event without cite or source', yaml: 'corrections:\n  - add:\n      id: x\n      type: call\n      status: held\n      date: 2016-03-24\n      title: { ar: ا, en: a }\n', message: "line 3: add: an added event needs 'cite'" },
    { name: 'YAML syntax error', yaml: 'corrections:\n  - event: [unclosed\n', message: 'line 3:' },
    { name: 'unknown top-level key', yaml: 'correction: []\n', message: "line 1: correction: unknown key (the file has only 'corrections')" },
    { name: 'nothing to do', yaml: `corrections:\n  - event: ${MEETING}\n`, message: "line 2: says nothing to do" },
  ];
  for (const { name, yaml, message } of cases) {
    it(name, () => {
      const parsed = parseCorrections(yaml, 'corrections.yaml');
      expect(parsed.ok).toBe(false);
      expect(parsed.diagnostics.map((d) => `${d.message}`).join('\n')).toContain(message);
      expect(parsed.diagnostics.every((d) => d.file === 'corrections.yaml')).toBe(true);
    });
  }

  it('an empty file and an empty list correct nothing', () => {
    for (const yaml of ['', '# only a comment\n', 'corrections: []\n', 'corrections:\n']) {
      const parsed = parseCorrections(yaml, 'c.yaml');
      expect(parsed).toEqual({ ok: true, items: [], diagnostics: [] });
    }
  });
});

describe('applying corrections', () => {
  it('changes a date, keeps the id, and records what the machine said', () => {
    const { file: out, diagnostics } = correct(`corrections:\n  - event: ${MEETING}\n    set:\n      date: 2016-03-23\n      title: { en: Kerry meets Lavrov }\n`);
    expect(diagnostics).toEqual([]);
    const event = out.events.find((e) => e.id === MEETING)!;
    expect(event.date).toEqual({ start: '2016-03-23', end: '2016-03-23', precision: 'day', approximate: false });
    expect(event.title).toEqual({ ar: MEETING, en: 'Kerry meets Lavrov' });
    expect(event.corrected).toEqual({
      fields: ['date', 'title'],
      machine: { date: { start: '2016-03-24', end: '2016-03-24', precision: 'day', approximate: false }, title: { ar: MEETING, en: MEETING } },
    });
    expect(out.events.map((e) => e.id)).toEqual([MEETING, OTHER]);
    expect(validateEventsFile(JSON.parse(JSON.stringify(out)))).toEqual([]);
  });

  it('moves a corrected event to its new place in date order', () => {
    const { file: out } = correct(`corrections:\n  - event: ${OTHER}\n    set: { date: 2016-03-01 }\n`);
    expect(out.events.map((e) => e.id)).toEqual([OTHER, MEETING]);
  });

  it('hides an event and drops the gazetteer entries only it used', () => {
    const { file: out } = correct(`corrections:\n  - event: ${MEETING}\n    hide: true\n`);
    expect(out.events.map((e) => e.id)).toEqual([OTHER]);
    expect(Object.keys(out.actors)).toEqual(['lavrov']);
    expect(out.places).toEqual({});
  });

  it('merges two events: the first keeps its id and takes the other excerpts', () => {
    const { file: out } = correct(`corrections:\n  - merge: [${MEETING}, ${OTHER}]\n`);
    expect(out.events).toHaveLength(1);
    expect(out.events[0].id).toBe(MEETING);
    expect(out.events[0].excerpts.map((e) => e.text)).toEqual(['التقى كيري لافروف في موسكو أمس.', 'وقال لافروف إن الهدنة صامدة.', 'ثم اتصل كيري بلافروف هاتفيا.']);
    expect(out.events[0].corrected?.fields).toEqual(['merged']);
  });

  it('splits an event: the new one takes the quoted excerpt and its own fields', () => {
    const { file: out, diagnostics } = correct(`corrections:\n  - split: ${OTHER}\n    into:\n      - id: 2016-03-24-call-kerry-lavrov\n        excerpts: [اتصل كيري]\n        set: { type: call, actors: [kerry, lavrov] }\n`);
    expect(diagnostics).toEqual([]);
    const call = out.events.find((e) => e.id === '2016-03-24-call-kerry-lavrov')!;
    expect(call.type).toBe('call');
    expect(call.excerpts.map((e) => e.text)).toEqual(['ثم اتصل كيري بلافروف هاتفيا.']);
    expect(call.corrected).toEqual({ fields: ['split', 'type', 'actors'], machine: { type: 'meeting', actors: ['lavrov'] } });
    expect(out.events.find((e) => e.id === OTHER)!.excerpts.map((e) => e.text)).toEqual(['وقال لافروف إن الهدنة صامدة.']);
  });

  it('adds an event citing a quote, located in the article body', () => {
    const { file: out, diagnostics } = correct(
      'corrections:\n  - add:\n      id: 2016-03-24-ceasefire-holding\n      type: ceasefire\n      status: held\n      date: 2016-03-24\n'
      + '      title: { ar: الهدنة صامدة, en: The truce holds }\n      places: [geneva]\n      cite: [{ article: a1, quote: الهدنة صامدة }]\n',
    );
    expect(diagnostics).toEqual([]);
    const added = out.events.find((e) => e.id === '2016-03-24-ceasefire-holding')!;
    expect(added.excerpts).toEqual([{ article: 'a1', start: BODY.indexOf('الهدنة صامدة'), end: BODY.indexOf('الهدنة صامدة') + 12, text: 'الهدنة صامدة' }]);
    expect(BODY.slice(added.excerpts[0].start, added.excerpts[0].end)).toBe(added.excerpts[0].text);
    expect(added.corrected).toEqual({ fields: ['added'], machine: {} });
    expect(out.places.geneva?.en).toBe('Geneva');
  });

  it('adds an event with only a source note', () => {
    const { file: out } = correct('corrections:\n  - add:\n      id: hand-1\n      type: statement\n      status: held\n      date: 2016-03-20\n      title: { ar: بيان, en: Statement }\n      source: State Department release\n');
    expect(out.events[0]).toMatchObject({ id: 'hand-1', excerpts: [], corrected: { fields: ['added'], machine: {}, source: 'State Department release' } });
  });

  it('translates the one excerpt the quote picks, without marking the event edited', () => {
    const { file: out } = correct(`corrections:\n  - event: ${OTHER}\n    translate:\n      - excerpt: الهدنة\n        en: Lavrov said the truce was holding.\n`);
    const event = out.events.find((e) => e.id === OTHER)!;
    expect(event.excerpts.map((e) => e.translation)).toEqual(['Lavrov said the truce was holding.', undefined]);
    expect(event.corrected).toBeUndefined();
  });

  const stale: { name: string; yaml: string; warning: string }[] = [
    { name: 'an id no longer in the build', yaml: 'corrections:\n  - event: 2016-01-01-gone\n    hide: true\n', warning: "line 2: no event '2016-01-01-gone' in this build" },
    { name: 'a merge naming a missing event', yaml: `corrections:\n  - merge: [${MEETING}, gone]\n`, warning: "line 2: no event 'gone' in this build, so nothing was merged" },
    { name: 'a quote no longer in the article', yaml: 'corrections:\n  - add:\n      id: h\n      type: call\n      status: held\n      date: 2016-03-24\n      title: { ar: ا, en: a }\n      cite: [{ article: a1, quote: كلام لم يقل }]\n', warning: 'line 2: «كلام لم يقل» is not in the text of article' },
    { name: 'an ambiguous translation', yaml: `corrections:\n  - event: ${OTHER}\n    translate: [{ en: x }]\n`, warning: 'the event has 2 excerpts' },
    { name: 'a change the machine already made', yaml: `corrections:\n  - event: ${MEETING}\n    set: { type: meeting }\n`, warning: 'already says what' },
  ];
  for (const { name, yaml, warning } of stale) {
    it(`warns and applies nothing for ${name}`, () => {
      const { file: out, diagnostics } = correct(yaml);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ file: 'corrections.yaml', level: 'warning' });
      expect(diagnostics[0].message).toContain(warning);
      expect(diagnostics[0].message).toMatch(/not applied$/);
      expect(out.events).toEqual(file().events);
    });
  }

  it('gives byte-identical output for the same input', () => {
    const yaml = `corrections:\n  - event: ${MEETING}\n    set: { status: planned }\n  - split: ${OTHER}\n    into: [{ id: p, excerpts: [اتصل] }]\n`;
    expect(JSON.stringify(correct(yaml).file)).toBe(JSON.stringify(correct(yaml).file));
  });
});
