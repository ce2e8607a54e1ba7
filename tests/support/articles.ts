/**
 * The founding articles in `data/articles/`, read for pipeline tests the way the pipeline reads
 * them: front matter split off by `splitFrontMatter`, body byte for byte after it. Takes file
 * names (`000_….txt`); gives bodies, metadata, or `LoadedArticle`s dated from their metadata.
 *
 * Deliberately not done: decoding, publication-date fallbacks and diagnostics (`readArticles` and
 * its own tests cover those); a founding article whose front matter does not parse is a test error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { splitFrontMatter } from '../../scripts/pipeline/front-matter.ts';
import type { ArticleMetadata, LoadedArticle } from '../../scripts/pipeline/types.ts';

const ARTICLES_DIR = new URL('../../data/articles/', import.meta.url);

/** File names of the founding articles, sorted. */
export function articleFiles(): string[] {
  return readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.txt')).sort();
}

/** Metadata and body of one founding article. */
export function readArticle(file: string): { meta: ArticleMetadata; body: string } {
  const split = splitFrontMatter(readFileSync(new URL(file, ARTICLES_DIR), 'utf8'), file);
  if (!split.ok) throw new Error(`${file}: ${split.diagnostics.map((d) => d.message).join('; ')}`);
  return { meta: split.meta, body: split.body };
}

/** The text after the front matter, as the pipeline hands it to every stage. */
export function articleBody(file: string): string {
  return readArticle(file).body;
}

/** Every founding article as the pipeline loads it, dated from its `published` key. */
export function loadFoundingArticles(): LoadedArticle[] {
  return articleFiles().map((file) => {
    const { meta, body } = readArticle(file);
    return { id: file.replace(/\.txt$/, ''), file, body, meta, published: meta.published!, publishedFrom: 'metadata' as const };
  });
}
