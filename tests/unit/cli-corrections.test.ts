import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, main } from '../../scripts/build-events.ts';
import { PipelineCache } from '../../scripts/pipeline/cache.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { serialiseEventsFile } from '../../scripts/pipeline/write.ts';
import type { EventsFile } from '../../src/lib/types.ts';

// Two of the founding articles: real text, so extraction finds events whatever its rules become.
const ARTICLES = join(import.meta.dirname, '../../data/articles');
const ARTICLE = readFileSync(join(ARTICLES, '000_4c8131996a4716c2.txt'));
const SECOND = readFileSync(join(ARTICLES, '003_fe08c59a11eb98b9.txt'));

let work: string;
let inDir: string;
let outFile: string;
let corrections: string;
let cacheFile: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-corrections-'));
  inDir = join(work, 'articles');
  outFile = join(work, 'events.json');
  corrections = join(work, 'corrections.yaml');
  cacheFile = join(work, 'cache.json');
  mkdirSync(inDir);
  writeFileSync(join(inDir, 'a.txt'), ARTICLE);
  writeFileSync(join(inDir, 'b.txt'), SECOND);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function run(extra: string[] = []): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(['--in', inDir, '--out', outFile, '--cache', cacheFile, '--corrections', corrections, ...extra], { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const events = () => JSON.parse(readFileSync(outFile, 'utf8')) as EventsFile;

describe('npm run data with a corrections file', () => {
  it('applies a date correction and marks the event as edited', () => {
    expect(run().code).toBe(EXIT.written);
    const meeting = events().events.find((e) => e.date.start !== '2016-03-23')!;
    writeFileSync(corrections, `corrections:\n  - event: ${meeting.id}\n    set: { date: 2016-03-23 }\n`);
    expect(run().code).toBe(EXIT.written);
    const after = events().events.find((e) => e.id === meeting.id)!;
    expect(after.date.start).toBe('2016-03-23');
    expect(after.corrected).toEqual({ fields: ['date'], machine: { date: meeting.date } });
  });

  it('a broken corrections file leaves the last good events.json in place and names the line', () => {
    expect(run().code).toBe(EXIT.written);
    const good = readFileSync(outFile, 'utf8');
    writeFileSync(corrections, 'corrections:\n  - event: x\n    set:\n      status: happened\n');
    const result = run();
    expect(result.code).toBe(EXIT.notWritten);
    expect(result.err).toContain(`error: ${corrections}: line 4: set.status: expected one of held`);
    expect(result.err).toContain('not written (left as it was)');
    expect(readFileSync(outFile, 'utf8')).toBe(good);
  });

  it('a correction that no longer matches is a warning naming it; the rest is written', () => {
    writeFileSync(corrections, 'corrections:\n  - event: 2016-01-01-meeting-gone\n    hide: true\n');
    const result = run();
    expect(result.code).toBe(EXIT.written);
    expect(result.err).toContain(`warning: ${corrections}: line 2: no event '2016-01-01-meeting-gone' in this build`);
  });

  it('without --corrections, --in builds the folder uncorrected', () => {
    writeFileSync(corrections, 'corrections:\n  - event: x\n    set: { status: bad }\n');
    const out: string[] = [];
    expect(main(['--in', inDir, '--out', outFile, '--no-cache'], { log: (l) => out.push(l), error: (l) => out.push(l) })).toBe(EXIT.written);
  });
});

describe('per-article cache', () => {
  it('gives byte-identical output to an uncached run, from memory and from its file', () => {
    expect(run(['--no-cache']).code).toBe(EXIT.written);
    const uncached = readFileSync(outFile, 'utf8');
    expect(run().code).toBe(EXIT.written);
    expect(readFileSync(outFile, 'utf8')).toBe(uncached);
    const cache = PipelineCache.load(cacheFile);
    const again = serialiseEventsFile(runPipeline(inDir, { cache, corrections }).events);
    expect(cache.hits).toBe(2);
    expect(cache.misses).toBe(0);
    expect(again).toBe(uncached);
  });

  it('analyses only the article that changed, and sees the change', () => {
    const cache = new PipelineCache();
    runPipeline(inDir, { cache });
    appendFileSync(join(inDir, 'b.txt'), 'وقال لافروف إنه سيلتقي كيري في جنيف غدا.\n');
    const changed = runPipeline(inDir, { cache });
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    expect(serialiseEventsFile(changed.events)).toBe(serialiseEventsFile(runPipeline(inDir).events));
  });

  it('a cache file that cannot be read is an empty cache', () => {
    writeFileSync(cacheFile, '{ not json');
    expect(run().code).toBe(EXIT.written);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).version).toMatch(/^[0-9a-f]{64}$/);
  });
});
