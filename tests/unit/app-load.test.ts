import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEventsFile, validateEventsFile } from '../../src/lib/load.ts';

const raw = readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8');
const good = () => JSON.parse(raw);

describe('validateEventsFile', () => {
  it('accepts the sample file', () => expect(validateEventsFile(good())).toEqual([]));
  it('accepts a file with no events and no bodies', () => {
    expect(validateEventsFile({ articles: [{ id: 'x', published: '2016-01-01', publishedFrom: 'url' }], events: [], actors: {}, places: {} })).toEqual([]);
  });
  it.each<[string, (f: any) => unknown, RegExp]>([
    ['not an object', () => [], /top level/],
    ['events missing', (f) => ({ ...f, events: undefined }), /^events: expected an array/],
    ['unknown type', (f) => (f.events[2].type = 'party', f), /events\[2\]\.type/],
    ['bad status', (f) => (f.events[0].status = 'maybe', f), /events\[0\]\.status/],
    ['bad date', (f) => (f.events[1].date.start = '15/07/2016', f), /events\[1\]\.date\.start/],
    ['approximate not boolean', (f) => (f.events[1].date.approximate = 'yes', f), /approximate/],
    ['title without English', (f) => (delete f.events[0].title.en, f), /events\[0\]\.title/],
    ['duplicate id', (f) => (f.events[1].id = f.events[0].id, f), /unique id/],
    ['excerpt offsets not numbers', (f) => (f.events[0].excerpts[0].start = '3', f), /excerpts\[0\]/],
    ['gazetteer entry without Arabic', (f) => (delete f.actors.kerry.ar, f), /actors\.kerry/],
    ['article without publication date', (f) => (delete f.articles[0].published, f), /articles\[0\]\.published/],
  ])('rejects: %s', (_name, breakIt, message) => {
    const problems = validateEventsFile(breakIt(good()));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });
  it('reports at most five problems', () => {
    const f = good();
    for (const e of f.events) e.type = 'x';
    expect(validateEventsFile(f)).toHaveLength(5);
  });
});

describe('loadEventsFile', () => {
  const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
  it('loads a valid file', async () => {
    const r = await loadEventsFile('x', respond(raw));
    expect(r.ok && r.file.events.length).toBe(18);
  });
  it.each([
    ['missing', respond('nope', 404)],
    ['network', respond('oops', 500)],
    ['malformed', respond('{ not json')],
    ['invalid', respond('{"events": 3}')],
    ['network', (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch],
  ] as const)('fails as %s', async (kind, fetchImpl) => {
    const r = await loadEventsFile('x', fetchImpl);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe(kind);
  });
});
