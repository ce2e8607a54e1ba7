/**
 * Per-article cache of the pipeline's per-article work: decoding and front matter (`parseArticle`)
 * and extraction's first half (`analyseArticle`). One change to a corpus of a thousand articles
 * re-reads every file's bytes but parses and analyses one article; only the publication dates and
 * the merge across articles run again for all.
 *
 * An entry's key is a hash of the pipeline's version and of the whole loaded article (id, body,
 * front matter, publication date and the evidence for it), all but its file path. The version is a hash
 * of the pipeline's own source files and tables, so editing a trigger table or a stage empties the
 * cache instead of serving results the new code would not give; nothing is ever keyed by time.
 *
 * Parses are kept in memory (for `--watch`); analyses also in one JSON file between runs, where a
 * missing, unreadable or foreign file is an empty cache, never an error. Saving keeps only the entries this run used, so the file
 * holds one corpus and does not grow with every edit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleAnalysis } from './extract.ts';
import { parseArticle, type ParsedArticle } from './read.ts';
import type { LoadedArticle } from './types.ts';
import { analyseArticles } from './workers.ts';
import { writeFileAtomic } from './write.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the pipeline's output depends on besides the articles: its stages, its tables, the shared app code they import. */
const VERSION_SOURCES = ['scripts/pipeline', 'scripts/tables', 'src/lib/arabic.ts', 'src/lib/order.ts', 'src/lib/types.ts', 'src/lib/url-state.ts'];
const FORMAT = 1;

let version: string | undefined;

/** Hash of the pipeline's source files and tables, read once per process. */
export function pipelineVersion(): string {
  if (version) return version;
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  const files = VERSION_SOURCES.flatMap((path) => {
    const full = join(ROOT, path);
    if (path.includes('.')) return [full];
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  });
  for (const file of files) hash.update(`${file.slice(ROOT.length)}\n`).update(readFileSync(file)).update('\n');
  version = hash.digest('hex');
  return version;
}

export class PipelineCache {
  private readonly entries = new Map<string, ArticleAnalysis>();
  private readonly parses = new Map<string, ParsedArticle>();
  private used = new Set<string>();
  private usedParses = new Set<string>();
  hits = 0;
  misses = 0;

  /** An empty cache, or the one saved in `file` by the same version of the pipeline. */
  static load(file?: string): PipelineCache {
    const cache = new PipelineCache();
    if (!file) return cache;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; entries?: Record<string, ArticleAnalysis> };
      if (saved.version === pipelineVersion() && saved.entries) for (const [key, value] of Object.entries(saved.entries)) cache.entries.set(key, value);
    } catch {
      // No cache yet, or one this version cannot read: start empty.
    }
    return cache;
  }

  /** Whether any analysis is kept (from the cache file or an earlier run), so a build may re-analyse few articles. */
  get hasAnalyses(): boolean {
    return this.entries.size > 0;
  }

  /** Starts a run: hit and miss counts from zero, and only this run's entries will be saved. */
  startRun(): void {
    for (const key of this.parses.keys()) if (!this.usedParses.has(key)) this.parses.delete(key);
    this.used = new Set();
    this.usedParses = new Set();
    this.hits = 0;
    this.misses = 0;
  }

  readonly parse = (file: string, bytes: Uint8Array): ParsedArticle => {
    const key = createHash('sha256').update(pipelineVersion()).update('\u0000').update(file).update('\u0000').update(bytes).digest('hex');
    this.usedParses.add(key);
    const found = this.parses.get(key);
    if (found) return found;
    const parsed = parseArticle(file, bytes);
    this.parses.set(key, parsed);
    return parsed;
  };

  /**
   * Analyses of the articles, in their order: from the cache where it has them, the others by
   * `analyse` (by default `analyseArticles`, spread over the cores when they are many) and kept.
   */
  readonly analyseAll = (articles: readonly LoadedArticle[], analyse = analyseArticles): ArticleAnalysis[] => {
    const keys = articles.map(articleKey);
    const missing = new Map<string, LoadedArticle>();
    keys.forEach((key, i) => {
      this.used.add(key);
      if (this.entries.has(key) || missing.has(key)) this.hits++;
      else missing.set(key, articles[i]);
    });
    this.misses += missing.size;
    const analysed = analyse([...missing.values()]);
    [...missing.keys()].forEach((key, i) => this.entries.set(key, analysed[i]));
    return keys.map((key) => this.entries.get(key)!);
  };

  /** Drops entries no article of the last run used, and writes the rest to `file` atomically. */
  save(file: string): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    writeFileAtomic(file, JSON.stringify({ version: pipelineVersion(), entries: Object.fromEntries(this.entries) }));
  }
}

/**
 * Everything of the article but where its file is (which the analysis never reads): a field the
 * loader adds later is in the key without anyone remembering to add it here.
 */
export function articleKey(article: LoadedArticle): string {
  const { body, file, ...rest } = article;
  return createHash('sha256')
    .update(pipelineVersion())
    .update('\u0000')
    .update(JSON.stringify(rest))
    .update('\u0000')
    .update(body)
    .digest('hex');
}
