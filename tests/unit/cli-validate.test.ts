import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PipelineRun } from '../../scripts/pipeline/run.ts';
import { timelineEvent } from '../support/timeline-event.ts';

/** A run whose output breaks the contract, as a bug in a stage could make it. */
const broken = vi.hoisted(() => ({ run: null as PipelineRun | null }));
vi.mock('../../scripts/pipeline/run.ts', () => ({ runPipeline: () => broken.run }));
const { main } = await import('../../scripts/build-events.ts');

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-validate-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('build-events CLI checks its output with the app’s validator before writing', () => {
  const article = { id: 'a', file: 'a.txt', body: 'نص', meta: {}, published: '2016-03-25', publishedFrom: 'metadata' as const };
  const cases: { name: string; date: { start: string; end: string }; problem: string }[] = [
    { name: 'a year written as 00-1', date: { start: '00-1-07-11', end: '00-1-07-11' }, problem: 'events[0].date.start: expected a date YYYY-MM-DD' },
    { name: 'a five-digit year', date: { start: '10000-01-01', end: '10000-01-01' }, problem: 'events[0].date.start: expected a date YYYY-MM-DD' },
    { name: 'an end before the start', date: { start: '2016-03-25', end: '2016-03-24' }, problem: 'events[0].date.end: expected a date YYYY-MM-DD, not before start' },
  ];
  for (const { name, date, problem } of cases) {
    it(`refuses ${name} and leaves the previous file`, () => {
      const event = timelineEvent('2016-03-25-meeting', date.start, date.end);
      broken.run = {
        articles: [article],
        events: { articles: [{ id: 'a', published: '2016-03-25', publishedFrom: 'metadata', body: 'نص' }], events: [event], actors: {}, places: {} },
        reports: [],
        diagnostics: [],
        corrections: [],
      } as unknown as PipelineRun;
      const out = join(work, 'events.json');
      writeFileSync(out, 'previous\n');
      const err: string[] = [];
      const code = main(['--in', work, '--out', out], { log: () => {}, error: (line) => err.push(line) });
      expect(code).toBe(1);
      expect(err).toContain(`error: output ${problem}`);
      expect(err).toContain(`the output fails the check the app applies: ${out} not written (left as it was)`);
      expect(readFileSync(out, 'utf8')).toBe('previous\n');
    });
  }
});
