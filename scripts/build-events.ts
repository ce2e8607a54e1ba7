/**
 * `npm run data [-- --in DIR --out FILE]`: reads the articles in DIR, writes the timeline's events to
 * FILE, and prints a report (per article: publication date and its source, events, date expressions,
 * unresolved expressions, warnings; then totals).
 *
 * Any error (a file that cannot be read as an article, two files with one id, a missing folder) is
 * printed with its file, the report still covers the good articles, the exit code is 1, and FILE is
 * left exactly as it was. `main` returns the exit code instead of exiting so tests can call it.
 */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runPipeline, type PipelineRun } from './pipeline/run.ts';
import { serialiseEventsFile, writeFileAtomic } from './pipeline/write.ts';

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

const USAGE = `Usage: npm run data [-- --in DIR --out FILE]

Reads the articles (*.txt, *.md) in DIR and writes the timeline events to FILE.

  --in DIR     folder of articles          (default: data/articles)
  --out FILE   events file to write        (default: data/events.json)
  --help       show this help

Exit status: 0 written; 1 errors (FILE left unchanged); 2 bad arguments.`;

export function main(argv: string[], output: Output = { log: console.log, error: console.error }): number {
  let options: { in?: string; out?: string; help?: boolean };
  try {
    options = parseArgs({
      args: argv,
      options: { in: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    output.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    output.log(USAGE);
    return 0;
  }

  const inDir = options.in ?? fromProjectRoot('data/articles');
  const outFile = options.out ?? fromProjectRoot('data/events.json');
  const run = runPipeline(inDir);
  for (const line of formatReport(run, inDir)) output.log(line);

  const errors = run.diagnostics.filter((d) => d.level === 'error');
  const readFiles = new Set(run.articles.map((a) => a.file));
  // Warnings of files that were refused have no article block in the report; they go with the errors.
  const unplaced = run.diagnostics.filter((d) => d.level === 'warning' && !readFiles.has(d.file));
  for (const d of unplaced) output.error(`warning: ${d.file}: ${d.message}`);
  if (errors.length > 0) {
    for (const d of errors) output.error(`error: ${d.file}: ${d.message}`);
    output.error(`${plural(errors.length, 'error')}: ${outFile} not written (left as it was)`);
    return 1;
  }

  const json = serialiseEventsFile(run.events);
  try {
    writeFileAtomic(outFile, json);
  } catch (error) {
    output.error(`error: ${outFile}: cannot write (${(error as Error).message})`);
    return 1;
  }
  output.log(`wrote ${outFile} (${Buffer.byteLength(json)} bytes)`);
  return 0;
}

/** Report lines: one block per article that was read, then totals. Errors are printed separately. */
function formatReport(run: PipelineRun, inDir: string): string[] {
  const lines = [`${inDir}: ${plural(run.articles.length, 'article')} read`];
  const reportById = new Map(run.reports.map((r) => [r.id, r]));
  const readWarnings = new Map<string, string[]>();
  for (const d of run.diagnostics) {
    if (d.level === 'warning') readWarnings.set(d.file, [...(readWarnings.get(d.file) ?? []), d.message]);
  }
  const totals = { events: 0, dates: 0, unresolved: 0, warnings: 0 };
  for (const article of run.articles) {
    // An article the extractor skipped still gets its line, with nothing found.
    const report = reportById.get(article.id) ?? { id: article.id, events: 0, dates: 0, unresolved: [], warnings: [] };
    const warnings = [...(readWarnings.get(article.file) ?? []), ...report.warnings];
    const source = article.publishedWindow
      ? `text, window ${article.publishedWindow.earliest} … ${article.publishedWindow.latest}`
      : article.publishedFrom;
    lines.push(`  ${article.id}  ${article.published} (${source})  ${plural(report.events, 'event')}, `
      + `${plural(report.dates, 'date expression')}, ${report.unresolved.length} unresolved`);
    for (const text of report.unresolved) lines.push(`      unresolved: «${text}»`);
    for (const message of warnings) lines.push(`      warning: ${message}`);
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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
