/**
 * The pipeline in memory: input folder → events file, report rows and diagnostics, as the CLI
 * (`scripts/build-events.ts`) runs it. The benchmark (`scripts/bench-data.ts`) calls the same stages
 * (`readArticles`, `extractEvents`, `serialiseEventsFile`) itself, to time each one apart.
 * Deliberately does not write anything or print anything.
 */
import type { EventsFile } from '../../src/lib/types.ts';
import { extractEvents } from './extract.ts';
import { readArticles } from './read.ts';
import type { ArticleReport, Diagnostic, LoadedArticle } from './types.ts';

export interface PipelineRun {
  /** Articles that read cleanly; only these reach extraction. */
  articles: LoadedArticle[];
  events: EventsFile;
  reports: ArticleReport[];
  /** From reading; a file with an error here was skipped, and the others were built without it. */
  diagnostics: Diagnostic[];
}

export function runPipeline(inDir: string): PipelineRun {
  const { articles, diagnostics } = readArticles(inDir);
  const { file: events, reports } = extractEvents(articles);
  return { articles, events, reports, diagnostics };
}
