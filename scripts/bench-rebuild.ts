/**
 * Part of `npm run bench:data`: a 1,000-article corpus (copies of the founding articles under new
 * names), built the way a newsroom builds it. Prints
 *  - the cold build: `npm run data` as a whole process (start-up, read, extract, check, write), no cache;
 *  - the one-article rebuild: one article edited while `npm run data -- --watch` keeps its per-article
 *    cache in memory (read every file, re-analyse one, merge, correct, check, write), median of runs;
 *  - the same rebuild as a fresh process reading the cache file, for scripts that do not watch.
 * Gives whether the rebuild meets its target (under 1 s) and the cold run its rate (at least 5 MB/s).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { validateEventsFile } from '../src/lib/load.ts';
import { PipelineCache } from './pipeline/cache.ts';
import { runPipeline } from './pipeline/run.ts';
import { serialiseEventsFile, writeFileAtomic } from './pipeline/write.ts';

const ARTICLES = 1000;
const REBUILDS = 5;
const TARGET_REBUILD_MS = 1000;
const TARGET_COLD_MB_PER_S = 5;
const MB = 1024 * 1024;
const ROOT = resolve(import.meta.dirname, '..');

/** One build as `npm run data` does it, in this process, with the cache given; milliseconds. */
function build(dir: string, out: string, cache: PipelineCache): number {
  const t0 = performance.now();
  const json = serialiseEventsFile(runPipeline(dir, { cache }).events);
  if (validateEventsFile(JSON.parse(json)).length) throw new Error('synthetic build fails the app check');
  writeFileAtomic(out, json);
  return performance.now() - t0;
}

/** The command `npm run data` runs, read from package.json so the bench times what a newsroom runs. */
const DATA_COMMAND = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { data: string } }).scripts.data.split(' ');

/**
 * CPU milliseconds used by the finished children of this process, from Linux's /proc (user and
 * system time, every thread of a child included); undefined where there is no /proc. On a shared
 * machine wall time says how busy the others were, CPU time says what the build cost.
 */
function childrenCpuMs(): number | undefined {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in ticks of 1/100 s.
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Whole-process run of the CLI, as `npm run data` starts it (without npm's own start-up): wall and CPU milliseconds. */
export function cli(args: string[]): { ms: number; cpuMs?: number } {
  const [command, ...commandArgs] = DATA_COMMAND;
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const result = spawnSync(command, [...commandArgs, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // The report of a 20 MB build is over 1 MB, spawnSync's default buffer: past it the child is killed.
    maxBuffer: Infinity,
    // As npm runs a script: the project's own binaries first.
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` },
  });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`npm run data failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  const cpu1 = childrenCpuMs();
  return { ms, cpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
}

/** ", 4.1 s of CPU" when the CPU time is known. */
export function cpuNote(cpuMs: number | undefined): string {
  return cpuMs === undefined ? '' : `, ${(cpuMs / 1000).toFixed(2)} s of CPU`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchRebuild(work: string, sources: { name: string; bytes: Buffer }[]): boolean {
  const dir = join(work, 'rebuild');
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const source = sources[i % sources.length];
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}_${source.name}`), source.bytes);
    bytes += source.bytes.length;
  }
  const out = join(work, 'rebuild-events.json');
  const cacheFile = join(work, 'rebuild-cache.json');

  const cold = cli(['--in', dir, '--out', out, '--no-cache']);
  const coldRate = bytes / MB / (cold.ms / 1000);
  console.log(`${ARTICLES} articles (${(bytes / MB).toFixed(2)} MB): cold build, whole process, no cache: ${(cold.ms / 1000).toFixed(2)} s (${coldRate.toFixed(1)} MB/s${cpuNote(cold.cpuMs)}), `
    + `events.json ${(statSync(out).size / MB).toFixed(1)} MB`);

  const cache = new PipelineCache();
  build(dir, out, cache);
  const edited = join(dir, `00007_${sources[7 % sources.length].name}`);
  const times = Array.from({ length: REBUILDS }, (_, i) => {
    appendFileSync(edited, `\nوقال كيري في تصريح جديد رقم ${i + 1} إن المحادثات مستمرة.\n`);
    return build(dir, out, cache);
  });
  const rebuildMs = median(times);
  console.log(`one article edited, --watch rebuild (cache in memory): median ${Math.round(rebuildMs)} ms of ${REBUILDS} `
    + `(${times.map((t) => Math.round(t)).join(', ')}; ${cache.misses} article re-analysed, ${cache.hits} from the cache)`);

  cli(['--in', dir, '--out', out, '--cache', cacheFile]);
  appendFileSync(edited, '\nوأضاف لافروف أن الاتصالات ستتواصل.\n');
  const fresh = cli(['--in', dir, '--out', out, '--cache', cacheFile]);
  console.log(`one article edited, fresh process with the cache file: ${(fresh.ms / 1000).toFixed(2)} s${cpuNote(fresh.cpuMs)} (Node start-up and cache load included)`);

  const fastRebuild = rebuildMs < TARGET_REBUILD_MS;
  const fastCold = coldRate >= TARGET_COLD_MB_PER_S;
  console.log(`rebuild target < ${TARGET_REBUILD_MS} ms: ${fastRebuild ? 'ok' : 'TOO SLOW'}; cold target ≥ ${TARGET_COLD_MB_PER_S} MB/s whole process: ${fastCold ? 'ok' : 'TOO SLOW'}`);
  return fastRebuild && fastCold;
}
