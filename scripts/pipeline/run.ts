/**
 * The pipeline in memory: input folder → events file, report rows and diagnostics. Shared by the CLI
 * (`scripts/build-events.ts`) and the benchmark (`scripts/bench-data.ts`) so both measure and run the
 * same thing. Deliberately does not write anything or print anything.
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
  /** From reading; any error here means the events file must not be written. */
  diagnostics: Diagnostic[];
}

export function runPipeline(inDir: string): PipelineRun {
  const { articles, diagnostics } = readArticles(inDir);
  const { file: events, reports } = extractEvents(articles);
  return { articles, events, reports, diagnostics };
}
