/**
 * `npm run bench:data`: throughput of the data pipeline on one core. Builds a synthetic corpus in a
 * temp folder (the articles of `data/articles`, front matter included, copied under new names until
 * there are 5 MB and 20 MB of them), then runs read → extract → serialise in this process on each
 * and prints MB/s per stage and in total, and how the cost per MB changes from 5 to 20 MB (1.0 is
 * linear). Writing the JSON to disk is excluded: it measures the disk, not the pipeline.
 *
 * Then the 1,000-article cold build and one-article rebuild (`bench-rebuild.ts`).
 *
 * Exits 1 when the total is under the target or the cost grows clearly faster than the input, or
 * the rebuild figures miss theirs.
 * The temp folder is removed however the run ends.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { benchRebuild } from './bench-rebuild.ts';
import { extractEvents } from './pipeline/extract.ts';
import { listArticleFiles, readArticles } from './pipeline/read.ts';
import { serialiseEventsFile } from './pipeline/write.ts';

const SOURCE_DIR = resolve(import.meta.dirname, '../data/articles');
const MB = 1024 * 1024;
/** Two sizes, small first: the ratio below compares the second with the first. */
const SIZES_MB = [5, 20] as const;
const TARGET_MB_PER_S = 5;
/** Cost per MB at 20 MB over cost per MB at 5 MB above which growth is not linear (timing noise stays well under). */
const MAX_COST_RATIO = 1.5;
const RUNS = 3;

interface Timing {
  read: number;
  extract: number;
  serialise: number;
}

/** Copies of the source articles, named `NNNNN_<original name>`, until the folder holds `targetBytes`. */
function buildCorpus(dir: string, targetBytes: number, sources: { name: string; bytes: Buffer }[]): { bytes: number; files: number } {
  mkdirSync(dir);
  let bytes = 0;
  let files = 0;
  for (; bytes < targetBytes; files++) {
    const source = sources[files % sources.length];
    writeFileSync(join(dir, `${String(files).padStart(5, '0')}_${source.name}`), source.bytes);
    bytes += source.bytes.length;
  }
  return { bytes, files };
}

/** One pass of the pipeline over a folder, timed stage by stage (milliseconds). */
function timePipeline(dir: string): Timing {
  const t0 = performance.now();
  const { articles, diagnostics } = readArticles(dir);
  const t1 = performance.now();
  const { file } = extractEvents(articles);
  const t2 = performance.now();
  serialiseEventsFile(file);
  const t3 = performance.now();
  const errors = diagnostics.filter((d) => d.level === 'error');
  if (errors.length > 0) throw new Error(`synthetic corpus did not read cleanly: ${errors[0].file}: ${errors[0].message}`);
  return { read: t1 - t0, extract: t2 - t1, serialise: t3 - t2 };
}

/** Median of several runs, by total time, so one garbage-collection pause does not decide the figure. */
function medianTiming(dir: string): Timing {
  const runs = Array.from({ length: RUNS }, () => timePipeline(dir));
  const total = (t: Timing) => t.read + t.extract + t.serialise;
  return runs.sort((a, b) => total(a) - total(b))[Math.floor(RUNS / 2)];
}

function rate(bytes: number, ms: number): string {
  return `${(bytes / MB / (ms / 1000)).toFixed(1).padStart(7)} MB/s`;
}

function main(): number {
  const listed = listArticleFiles(SOURCE_DIR);
  if ('problem' in listed) throw new Error(`${SOURCE_DIR}: ${listed.problem}`);
  const sources = listed.files.map((file) => ({ name: basename(file), bytes: readFileSync(file) }));
  const work = mkdtempSync(join(tmpdir(), 'bench-data-'));
  try {
    const corpora = SIZES_MB.map((size) => {
      const dir = join(work, `${size}mb`);
      return { size, dir, ...buildCorpus(dir, size * MB, sources) };
    });
    console.log(`synthetic corpus from ${sources.length} articles in ${SOURCE_DIR}; MB = 2^20 bytes; median of ${RUNS} runs; disk write excluded`);
    timePipeline(corpora[0].dir); // warm-up: let the JIT compile the hot paths before anything is timed

    const results = corpora.map(({ size, dir, bytes, files }) => {
      const timing = medianTiming(dir);
      const ms = timing.read + timing.extract + timing.serialise;
      console.log(`${String(size).padStart(3)} MB (${(bytes / MB).toFixed(2)} MB, ${files} files): total ${rate(bytes, ms)} in ${(ms / 1000).toFixed(2)} s  `
        + `[read ${rate(bytes, timing.read)}, extract ${rate(bytes, timing.extract)}, serialise ${rate(bytes, timing.serialise)}]`);
      return { msPerMb: ms / (bytes / MB) };
    });

    const ratio = results[1].msPerMb / results[0].msPerMb;
    const slowest = Math.min(...results.map(({ msPerMb }) => 1000 / msPerMb));
    const linear = ratio <= MAX_COST_RATIO;
    const fastEnough = slowest >= TARGET_MB_PER_S;
    console.log(`cost per MB, 20 MB / 5 MB: ${ratio.toFixed(2)} (1.00 is linear; above ${MAX_COST_RATIO} fails): ${linear ? 'ok' : 'NOT LINEAR'}`);
    console.log(`slowest: ${slowest.toFixed(1)} MB/s, target ${TARGET_MB_PER_S} MB/s: ${fastEnough ? 'ok' : 'TOO SLOW'}`);
    const rebuildOk = benchRebuild(work, sources);
    return linear && fastEnough && rebuildOk ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
