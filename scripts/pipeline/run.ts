/**
 * The pipeline in memory: input folder → events file, report rows and diagnostics, as the CLI
 * (`scripts/build-events.ts`) runs it. The benchmark (`scripts/bench-data.ts`) calls the same stages
 * (`readArticles`, `extractEvents`, `serialiseEventsFile`) itself, to time each one apart.
 * Each article is analysed before the merge (`analyseArticles`, on every core when the articles are
 * many, or from the cache), so extraction's merge reads finished analyses.
 * Deliberately does not write anything or print anything.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { EventsFile } from '../../src/lib/types.ts';
import type { PipelineCache } from './cache.ts';
import { applyCorrections } from './corrections.ts';
import { parseCorrections } from './corrections-schema.ts';
import { extractEvents } from './extract.ts';
import { listArticleFiles, readArticles } from './read.ts';
import type { ArticleReport, Diagnostic, LoadedArticle } from './types.ts';
import { analyseArticles, startAnalysisThreads, worthThreads } from './workers.ts';

export interface PipelineRun {
  /** Articles that read cleanly; only these reach extraction. */
  articles: LoadedArticle[];
  events: EventsFile;
  reports: ArticleReport[];
  /** From reading; a file with an error here was skipped, and the others were built without it. */
  diagnostics: Diagnostic[];
  /** From the corrections file: an error means the file was not understood, and the events must not be written. */
  corrections: Diagnostic[];
}

export interface PipelineOptions {
  /** The editor's corrections (`data/corrections.yaml`); a file that does not exist corrects nothing. */
  corrections?: string;
  /** Per-article analyses kept between runs (`--watch`, and the CLI's cache file). */
  cache?: PipelineCache;
}

export function runPipeline(inDir: string, options: PipelineOptions = {}): PipelineRun {
  options.cache?.startRun();
  // A build that will analyse a large folder afresh starts its worker threads first, so their
  // start-up overlaps the reading; a cache with analyses in it is left to start them if it must.
  const threads = !options.cache?.hasAnalyses && worthThreads(folderBytes(inDir)) ? startAnalysisThreads() : undefined;
  try {
    // Without a cache every article is analysed, so the threads may start on each as it is read.
    const { articles, diagnostics } = readArticles(inDir, options.cache?.parse, options.cache ? undefined : threads?.offer);
    const analyse = threads?.analyse ?? analyseArticles;
    const analyses = options.cache ? options.cache.analyseAll(articles, analyse) : analyse(articles);
    const analysisOf = new Map(articles.map((article, i) => [article, analyses[i]]));
    const { file: extracted, reports } = extractEvents(articles, (article) => analysisOf.get(article)!);
    const { events, corrections } = corrected(extracted, options.corrections);
    return { articles, events, reports, diagnostics, corrections };
  } finally {
    threads?.close();
  }
}

/** Bytes of the article files in the folder as listed (a file that cannot be listed or sized counts nothing). */
function folderBytes(inDir: string): number {
  const listed = listArticleFiles(inDir);
  if ('problem' in listed) return 0;
  let bytes = 0;
  for (const file of listed.files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // readArticles reports the file; this is only an estimate.
    }
  }
  return bytes;
}

function corrected(file: EventsFile, path: string | undefined): { events: EventsFile; corrections: Diagnostic[] } {
  if (path === undefined || !existsSync(path)) return { events: file, corrections: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { events: file, corrections: [{ file: path, level: 'error', message: `cannot read (${(error as Error).message})` }] };
  }
  const parsed = parseCorrections(text, path);
  if (!parsed.ok) return { events: file, corrections: parsed.diagnostics };
  const applied = applyCorrections(file, parsed.items, path);
  return { events: applied.file, corrections: [...parsed.diagnostics, ...applied.diagnostics] };
}
