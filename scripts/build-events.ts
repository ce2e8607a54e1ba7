/**
 * `npm run data [-- --in DIR --out FILE]`: reads the articles in DIR, writes the timeline's events to
 * FILE, and prints a report (per article: publication date and its source, events, date expressions,
 * unresolved expressions, warnings; then totals).
 *
 * A file that cannot be read, decoded, dated or parsed (or two files with one id) is skipped: it is
 * listed with the reason, the other articles are built and written, and the exit code is 3 so a
 * script notices. When nothing can be built (a missing folder, every file skipped) or the output
 * fails the check the app itself applies (`validateEventsFile`), FILE is left exactly as it was and
 * the exit code is 1. `main` returns the exit code instead of exiting so tests can call it.
 */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { validateEventsFile } from '../src/lib/load.ts';
import { PipelineCache } from './pipeline/cache.ts';
import { runPipeline, type PipelineRun } from './pipeline/run.ts';
import { fileInFolder, watchAndBuild } from './pipeline/watch.ts';
import { serialiseEventsFile, writeFileAtomic } from './pipeline/write.ts';

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

const USAGE = `Usage: npm run data [-- --in DIR --out FILE] [--corrections FILE] [--watch] [--no-cache]

Reads the articles (*.txt, *.md) in DIR and writes the timeline events to FILE.
A file that cannot be read, decoded, dated or parsed is skipped and listed with the reason;
the others are built. Only regular files inside DIR of at most 2 MB are read.

  --in DIR     folder of articles          (default: data/articles)
  --out FILE   events file to write        (default: data/events.json)
  --corrections FILE
               an editor's corrections, applied after extraction
               (default: data/corrections.yaml when --in is not given; see README)
  --watch      build again whenever an article or the corrections file changes
  --cache FILE per-article results kept between runs
               (default: node_modules/.cache/syria-timeline/analyses.json)
  --no-cache   analyse every article afresh
  --help       show this help

A corrections file that cannot be understood stops the write: FILE keeps its last good version.

Exit status:
  0  FILE written from every article
  1  nothing written, FILE left as it was (nothing could be built, or the output failed its check)
  2  bad arguments
  3  FILE written without the files listed as skipped`;

/** Exit codes, as the usage text lists them. */
export const EXIT = { written: 0, notWritten: 1, badArguments: 2, writtenWithSkipped: 3 } as const;

export function main(argv: string[], output: Output = { log: console.log, error: console.error }): number {
  let options: { in?: string; out?: string; corrections?: string; watch?: boolean; cache?: string; 'no-cache'?: boolean; help?: boolean };
  try {
    options = parseArgs({
      args: argv,
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        corrections: { type: 'string' },
        watch: { type: 'boolean' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    output.error(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.badArguments;
  }
  if (options.help) {
    output.log(USAGE);
    return EXIT.written;
  }

  const inDir = options.in ?? fromProjectRoot('data/articles');
  const outFile = options.out ?? fromProjectRoot('data/events.json');
  // The project's corrections belong to the project's articles, not to a folder named with --in.
  const corrections = options.corrections ?? (options.in === undefined ? fromProjectRoot('data/corrections.yaml') : undefined);
  const cacheFile = options['no-cache'] ? undefined : (options.cache ?? fromProjectRoot('node_modules/.cache/syria-timeline/analyses.json'));
  // Without a cache file, only --watch has a later build to keep analyses for; a single build would hash every article for nothing.
  const cache = cacheFile || options.watch ? PipelineCache.load(cacheFile) : undefined;
  const once = () => build({ inDir, outFile, corrections, cache, cacheFile }, output);
  if (!options.watch) return once();

  const started = once();
  const folders = [{ dir: inDir }, ...(corrections ? [fileInFolder(corrections)] : [])];
  watchAndBuild(folders, () => {
    const t0 = performance.now();
    const code = once();
    output.log(`rebuilt in ${Math.round(performance.now() - t0)} ms (exit status ${code}); watching ${printable(inDir)}${corrections ? ` and ${printable(corrections)}` : ''}`);
  }, (message) => output.error(`error: ${printable(message)}`));
  output.log(`watching ${printable(inDir)}${corrections ? ` and ${printable(corrections)}` : ''}; Ctrl-C stops`);
  return started;
}

interface BuildPaths {
  inDir: string;
  outFile: string;
  corrections?: string;
  cache?: PipelineCache;
  cacheFile?: string;
}

/** One build: read, extract, correct, check, write; gives the exit code. */
function build({ inDir, outFile, corrections, cache, cacheFile }: BuildPaths, output: Output): number {
  const run = runPipeline(inDir, { corrections, cache });
  // One write for the whole report: a write per line took about 50 ms for a thousand articles on a pipe.
  output.log(formatReport(run, inDir).join('\n'));
  for (const d of run.corrections) output.error(`${d.level}: ${printable(d.file)}: ${printable(d.message)}`);

  const errors = run.diagnostics.filter((d) => d.level === 'error');
  const readFiles = new Set(run.articles.map((a) => a.file));
  // Warnings of files that were refused have no article block in the report; they go with the errors.
  const unplaced = run.diagnostics.filter((d) => d.level === 'warning' && !readFiles.has(d.file));
  for (const d of unplaced) output.error(`warning: ${printable(d.file)}: ${printable(d.message)}`);
  for (const d of errors) output.error(`error: ${printable(d.file)}: ${printable(d.message)}`);
  const notWritten = (why: string) => {
    output.error(`${why}: ${printable(outFile)} not written (left as it was)`);
    return EXIT.notWritten;
  };
  if (run.articles.length === 0) return notWritten(`${plural(errors.length, 'error')}, no article could be built`);
  if (run.corrections.some((d) => d.level === 'error')) return notWritten(`the corrections file ${printable(corrections ?? '')} has errors (listed above)`);

  const json = serialiseEventsFile(run.events);
  // The app refuses a whole file over one bad value, so a file it would refuse is never written.
  const problems = validateEventsFile(JSON.parse(json));
  for (const problem of problems) output.error(`error: output ${printable(problem)}`);
  if (problems.length > 0) return notWritten('the output fails the check the app applies');

  try {
    for (const leftover of writeFileAtomic(outFile, json)) output.log(`removed ${printable(leftover)}, left by an interrupted run`);
  } catch (error) {
    output.error(`error: ${printable(outFile)}: cannot write (${(error as Error).message})`);
    return EXIT.notWritten;
  }
  output.log(`wrote ${printable(outFile)} (${Buffer.byteLength(json)} bytes)`);
  saveCache(cache, cacheFile, output);
  const skipped = new Set(errors.map((d) => d.file)).size;
  if (skipped === 0) return EXIT.written;
  output.error(`${plural(skipped, 'file')} skipped (listed above); ${printable(outFile)} has the other ${plural(run.articles.length, 'article')}`);
  return EXIT.writtenWithSkipped;
}

/** A cache that cannot be saved costs the next run time, not this run its output: a warning. */
function saveCache(cache: PipelineCache | undefined, cacheFile: string | undefined, output: Output): void {
  if (!cache || !cacheFile) return;
  try {
    cache.save(cacheFile);
  } catch (error) {
    output.error(`warning: ${printable(cacheFile)}: cache not saved (${(error as Error).message})`);
  }
}

/** Report lines: one block per article that was read, then totals. Errors are printed separately. */
function formatReport(run: PipelineRun, inDir: string): string[] {
  const lines = [`${printable(inDir)}: ${plural(run.articles.length, 'article')} read`];
  const reportById = new Map(run.reports.map((r) => [r.id, r]));
  const readWarnings = new Map<string, string[]>();
  for (const d of run.diagnostics) {
    if (d.level === 'warning') readWarnings.set(d.file, [...(readWarnings.get(d.file) ?? []), d.message]);
  }
  const totals = { events: 0, dates: 0, unresolved: 0, warnings: 0 };
  for (const article of run.articles) {
    // An article the extractor skipped still gets its line, with nothing found.
    const report = reportById.get(article.id) ?? { id: article.id, events: 0, dates: 0, noise: 0, unresolved: [], warnings: [] };
    const warnings = [...(readWarnings.get(article.file) ?? []), ...report.warnings];
    const source = article.publishedWindow
      ? `text, window ${article.publishedWindow.earliest} … ${article.publishedWindow.latest}`
      : article.publishedFrom;
    lines.push(`  ${printable(article.id)}  ${article.published} (${source})  ${plural(report.events, 'event')}, `
      + `${plural(report.dates, 'date expression')}, ${report.unresolved.length} unresolved, ${Math.round(report.noise * 100)}% of the text set aside as page noise`);
    for (const text of report.unresolved) lines.push(`      unresolved: «${printable(text)}»`);
    for (const message of warnings) lines.push(`      warning: ${printable(message)}`);
    totals.events += report.events;
    totals.dates += report.dates;
    totals.unresolved += report.unresolved.length;
    totals.warnings += warnings.length;
  }
  const errors = run.diagnostics.filter((d) => d.level === 'error').length;
  lines.push(`totals: ${plural(run.articles.length, 'article')}, ${plural(totals.events, 'event')} found `
    + `(${run.events.events.length} after merging), ${plural(totals.dates, 'date expression')}, `
    + `${totals.unresolved} unresolved, ${plural(totals.warnings, 'warning')}, ${plural(errors, 'error')}`);
  return lines;
}

/** Defaults are the project's own folders, shown relative to where the command runs. */
function fromProjectRoot(path: string): string {
  return relative(process.cwd(), resolve(PROJECT_ROOT, path)) || '.';
}

/**
 * File names and quoted text made safe for a terminal: a control character in a name (an escape
 * sequence, a carriage return) would otherwise recolour, move or hide the report. Shown as \xNN.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
