import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventsFile } from '../../src/lib/types.ts';

/** The hand-made sample stands in for the pipeline's output; it must honour the same contract. */
const file: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));
const bodies = new Map(file.articles.map((a) => [a.id, a.body ?? '']));

describe('sample-events.json', () => {
  it('has 8–20 events of every type', () => {
    expect(file.events.length).toBeGreaterThanOrEqual(8);
    expect(file.events.length).toBeLessThanOrEqual(20);
    expect(new Set(file.events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
  });
  it('carries every part of the contract the app draws: history, other dates, a translation, an unrealised agreement', () => {
    expect(file.events.some((e) => e.history?.length)).toBe(true);
    expect(file.events.some((e) => e.otherDates?.length)).toBe(true);
    expect(file.events.some((e) => e.excerpts.some((x) => x.translation))).toBe(true);
    expect(file.events.some((e) => e.type === 'agreement' && e.status === 'near')).toBe(true);
  });
  it('history and other dates cite articles of the file', () => {
    const ids = new Set(file.articles.map((a) => a.id));
    for (const e of file.events) {
      for (const h of e.history ?? []) expect(ids).toContain(h.article);
      for (const v of e.otherDates ?? []) for (const a of v.articles) expect(ids).toContain(a);
    }
  });
  it('article bodies are the corpus files after their front matter, byte for byte', () => {
    for (const a of file.articles) {
      const raw = readFileSync(new URL(`../../data/articles/${a.id}.txt`, import.meta.url), 'utf8');
      expect(raw.endsWith(a.body!)).toBe(true);
      expect(raw.slice(0, raw.length - a.body!.length)).toMatch(/^---\n[\s\S]*\n---\n$/);
    }
  });
  it.each(file.events.map((e) => [e.id, e] as const))('%s: excerpts and date spans are exact slices', (_id, e) => {
    for (const x of e.excerpts) {
      expect(bodies.get(x.article)!.slice(x.start, x.end)).toBe(x.text);
      if (x.date) {
        expect(bodies.get(x.article)!.slice(x.date.start, x.date.end)).toBe(x.date.text);
        expect(x.date.start).toBeGreaterThanOrEqual(x.start);
        expect(x.date.end).toBeLessThanOrEqual(x.end);
      }
    }
    for (const k of e.actors) expect(file.actors).toHaveProperty(k);
    for (const k of e.places) expect(file.places).toHaveProperty(k);
  });
});
