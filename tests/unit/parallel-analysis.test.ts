/**
 * Articles analysed on worker threads (`workers.ts`) give exactly what the main thread alone gives:
 * the same analyses in the same order, the same events file byte for byte, and the same error when
 * an article's analysis throws.
 */
import { describe, expect, test } from 'vitest';
import { analyseArticle, extractEvents } from '../../scripts/pipeline/extract.ts';
import { readArticles } from '../../scripts/pipeline/read.ts';
import type { LoadedArticle } from '../../scripts/pipeline/types.ts';
import { PARALLEL_MIN_BYTES, startAnalysisThreads, worthThreads } from '../../scripts/pipeline/workers.ts';
import { serialiseEventsFile } from '../../scripts/pipeline/write.ts';

const { articles: FOUNDING } = readArticles('data/articles');
/** Four copies of each founding article under new ids: enough for every thread to take several. */
const ARTICLES: LoadedArticle[] = [0, 1, 2, 3].flatMap((copy) => FOUNDING.map((a) => ({ ...a, id: `${copy}_${a.id}` })));
const SERIAL = ARTICLES.map((a) => analyseArticle(a));

function eventsFile(analyses: readonly ReturnType<typeof analyseArticle>[]): string {
  const byArticle = new Map(ARTICLES.map((a, i) => [a, analyses[i]]));
  return serialiseEventsFile(extractEvents(ARTICLES, (a) => byArticle.get(a)!).file);
}

/** A worker loads the whole pipeline through tsx before its first article: seconds on a busy machine. */
const WORKER_TEST_MS = 60_000;

describe('analysis on worker threads', { timeout: WORKER_TEST_MS }, () => {
  test.each([1, 2])('%i worker threads alone give the analyses of the main thread, in order', (workers) => {
    const parallel = startAnalysisThreads({ workers, mainThread: false }).analyse(ARTICLES);
    expect(parallel).toHaveLength(ARTICLES.length);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(SERIAL));
    expect(parallel).toEqual(SERIAL);
  });

  test('with the main thread sharing the work, too', () => {
    expect(startAnalysisThreads({ workers: 1 }).analyse(ARTICLES)).toEqual(SERIAL);
  });

  test.each([false, true])('articles offered before the set is complete, out of order, give the same analyses in the set\'s order (main thread too: %s)', (mainThread) => {
    const threads = startAnalysisThreads({ workers: 1, mainThread });
    for (const i of [7, 2, 0, 11]) threads.offer(ARTICLES[i]);
    expect(threads.analyse(ARTICLES)).toEqual(SERIAL);
  });

  test('the events file built from them is byte-identical', () => {
    expect(eventsFile(startAnalysisThreads({ workers: 2, mainThread: false }).analyse(ARTICLES))).toBe(eventsFile(SERIAL));
  });

  test('does not modify its input', () => {
    const before = JSON.stringify(ARTICLES);
    startAnalysisThreads({ workers: 1, mainThread: false }).analyse(ARTICLES);
    expect(JSON.stringify(ARTICLES)).toBe(before);
  });

  test('an article whose analysis throws in a worker throws the error of the main thread', () => {
    const broken = [...ARTICLES, { ...ARTICLES[0], id: 'broken', body: undefined as unknown as string }];
    const serialError = (() => {
      try {
        broken.map((a) => analyseArticle(a));
      } catch (error) {
        return error;
      }
    })();
    expect(serialError).toBeInstanceOf(TypeError);
    expect(() => startAnalysisThreads({ workers: 1, mainThread: false }).analyse(broken)).toThrow((serialError as Error).message);
  });

  test('threads unused by a build end without analysing', () => {
    const threads = startAnalysisThreads({ workers: 1 });
    threads.close();
    expect(threads.analyse(ARTICLES)).toEqual(SERIAL);
  });
});

describe('worthThreads', () => {
  test.each([
    { bytes: 0, expected: false },
    { bytes: PARALLEL_MIN_BYTES - 1, expected: false },
    { bytes: PARALLEL_MIN_BYTES, expected: true },
  ])('$bytes bytes of articles → $expected on a machine of several cores', ({ bytes, expected }) => {
    expect(worthThreads(bytes, 2)).toBe(expected);
  });

  test('never on one core', () => {
    expect(worthThreads(100 * PARALLEL_MIN_BYTES, 1)).toBe(false);
  });
});
