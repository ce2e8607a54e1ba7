import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PreparedFileAssembler, prepareFile, toMessages, type WorkerMessage } from '../../src/app/prepared-file.ts';
import type { EventsFile } from '../../src/lib/types.ts';

const raw = readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8');
const sample = (): EventsFile => JSON.parse(raw);

/** What the worker sends, through a structured clone each, as postMessage would. */
function roundTrip(file: EventsFile, chunk: number) {
  const assembler = new PreparedFileAssembler();
  const sent: WorkerMessage[] = [...toMessages(prepareFile(file), chunk)];
  let result = null;
  for (const message of sent) {
    expect(result).toBeNull();
    result = assembler.take(structuredClone(message));
  }
  return { sent, result };
}

describe('the loading worker’s messages', () => {
  it.each([1, 5, 18, 1000])('give back the same prepared file in chunks of %i', (chunk) => {
    const { result } = roundTrip(sample(), chunk);
    expect(result).toEqual(prepareFile(sample()));
  });

  it('keep the file’s own event order beside the date order', () => {
    const reversed = { ...sample(), events: sample().events.reverse() };
    const r = roundTrip(reversed, 4).result as ReturnType<typeof prepareFile>;
    expect(r.file.events.map((e) => e.id)).toEqual(reversed.events.map((e) => e.id));
    expect(r.events.map((p) => p.id)).toEqual(prepareFile(sample()).events.map((p) => p.id));
  });

  it('share one object per event between the file and the prepared rows', () => {
    const r = roundTrip(sample(), 4).result as ReturnType<typeof prepareFile>;
    const inFile = new Set(r.file.events);
    expect(r.events.every((p) => inFile.has(p.event))).toBe(true);
  });

  it.each([
    [1, 18 + 5 + 2],
    [5, 4 + 1 + 2],
    [18, 1 + 1 + 2],
  ])('chunks of %i make %i messages (events, the 5 articles, head and done)', (chunk, count) => {
    expect(sample().articles).toHaveLength(5);
    expect(roundTrip(sample(), chunk).sent).toHaveLength(count);
  });

  it('send the articles in file order, apart from the head', () => {
    const { sent, result } = roundTrip(sample(), 2);
    expect(sent[0]).toMatchObject({ kind: 'head', file: { articles: [], events: [] } });
    expect((result as ReturnType<typeof prepareFile>).file.articles).toEqual(sample().articles);
  });

  it('an empty file is a head and a done', () => {
    const { sent, result } = roundTrip({ ...sample(), articles: [], events: [] }, 5);
    expect(sent.map((m) => m.kind)).toEqual(['head', 'done']);
    expect(result).toMatchObject({ events: [], file: { events: [] } });
  });

  it('a failure ends the load at once', () => {
    const failure = { ok: false, kind: 'invalid', detail: 'events: expected an array' } as const;
    expect(new PreparedFileAssembler().take({ kind: 'failure', failure })).toEqual(failure);
  });
});
