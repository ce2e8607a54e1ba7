/**
 * `npm run bench:data`: throughput of the data pipeline. Builds a synthetic corpus in a temp folder
 * (the articles of `data/articles`, front matter included, copied under new names until there are
 * 5, 10 and 20 MB of them), then on each:
 *  - the cold build as a newsroom runs it: `npm run data -- --no-cache` as a whole process (Node
 *    start-up and loading the bundled pipeline, read, analyse on every core, merge, check, write),
 *    median of runs, in MB/s;
 *  - where the time goes, in this process: read, analyse (as the build does it, on every core),
 *    merge across articles, serialise; writing to disk is left out here, it measures the disk.
 * Then how the whole-process cost per MB changes from 5 to 20 MB (1.0 is linear), and the
 * 1,000-article cold build and one-article rebuild (`bench-rebuild.ts`).
 *
 * Exits 1 when the 10 MB cold build is under the target, the cost grows clearly faster than the
 * input, or the rebuild figures miss theirs. The temp folder is removed however the run ends.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { benchRebuild, cli, cpuNote } from './bench-rebuild.ts';
import { extractEvents } from './pipeline/extract.ts';
import { listArticleFiles, readArticles } from './pipeline/read.ts';
import { analyseArticles } from './pipeline/workers.ts';
import { serialiseEventsFile } from './pipeline/write.ts';

const SOURCE_DIR = resolve(import.meta.dirname, '../data/articles');
const MB = 1024 * 1024;
/** Small first and large last: the ratio below compares the last with the first. */
const SIZES_MB = [5, 10, 20] as const;
/** The size whose cold build must reach the target. */
const TARGET_SIZE_MB = 10;
const TARGET_MB_PER_S = 5;
/** Cost per MB at 20 MB over cost per MB at 5 MB above which growth is not linear (timing noise stays well under). */
const MAX_COST_RATIO = 1.5;
const RUNS = 3;

interface Stages {
  read: number;
  analyse: number;
  merge: number;
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

/** One pass of the pipeline over a folder in this process, timed stage by stage (milliseconds). */
function timeStages(dir: string): Stages {
  const t0 = performance.now();
  const { articles, diagnostics } = readArticles(dir);
  const t1 = performance.now();
  const analyses = analyseArticles(articles);
  const t2 = performance.now();
  const analysisOf = new Map(articles.map((article, i) => [article, analyses[i]]));
  const { file } = extractEvents(articles, (article) => analysisOf.get(article)!);
  const t3 = performance.now();
  serialiseEventsFile(file);
  const t4 = performance.now();
  const errors = diagnostics.filter((d) => d.level === 'error');
  if (errors.length > 0) throw new Error(`synthetic corpus did not read cleanly: ${errors[0].file}: ${errors[0].message}`);
  return { read: t1 - t0, analyse: t2 - t1, merge: t3 - t2, serialise: t4 - t3 };
}

const total = (s: Stages) => s.read + s.analyse + s.merge + s.serialise;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function rate(bytes: number, ms: number): string {
  return `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`;
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
    console.log(`synthetic corpus from ${sources.length} articles in ${SOURCE_DIR}; MB = 2^20 bytes; median of ${RUNS} runs; `
      + `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start`);
    timeStages(corpora[0].dir); // warm-up: let the JIT compile the hot paths before the stages are timed
    cli(['--help']); // builds `npm run data`'s bundle if a source changed since, so no timed run pays for it

    const results = corpora.map(({ size, dir, bytes, files }) => {
      const out = join(work, `${size}mb-events.json`);
      const runs = Array.from({ length: RUNS }, () => cli(['--in', dir, '--out', out, '--no-cache']));
      const coldMs = median(runs.map((r) => r.ms));
      const cpuMs = runs.every((r) => r.cpuMs !== undefined) ? median(runs.map((r) => r.cpuMs!)) : undefined;
      const stages = Array.from({ length: RUNS }, () => timeStages(dir)).sort((a, b) => total(a) - total(b))[Math.floor(RUNS / 2)];
      console.log(`${String(size).padStart(3)} MB (${(bytes / MB).toFixed(2)} MB, ${files} files): cold build, whole process: ${rate(bytes, coldMs)} in ${(coldMs / 1000).toFixed(2)} s${cpuNote(cpuMs)}  `
        + `[in process: read ${rate(bytes, stages.read)}, analyse ${rate(bytes, stages.analyse)}, merge ${rate(bytes, stages.merge)}, serialise ${rate(bytes, stages.serialise)}; `
        + `${(total(stages) / 1000).toFixed(2)} s]`);
      return { size, mbPerS: bytes / MB / (coldMs / 1000) };
    });

    const ratio = results[0].mbPerS / results[results.length - 1].mbPerS;
    const target = results.find((r) => r.size === TARGET_SIZE_MB)!;
    const linear = ratio <= MAX_COST_RATIO;
    const fastEnough = target.mbPerS >= TARGET_MB_PER_S;
    console.log(`cost per MB, ${SIZES_MB[SIZES_MB.length - 1]} MB / ${SIZES_MB[0]} MB, whole process: ${ratio.toFixed(2)} (1.00 is linear; above ${MAX_COST_RATIO} fails): ${linear ? 'ok' : 'NOT LINEAR'}`);
    console.log(`${TARGET_SIZE_MB} MB cold build: ${target.mbPerS.toFixed(1)} MB/s, target ${TARGET_MB_PER_S} MB/s whole process: ${fastEnough ? 'ok' : 'TOO SLOW'}`);
    const rebuildOk = benchRebuild(work, sources);
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
    return linear && fastEnough && rebuildOk ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
