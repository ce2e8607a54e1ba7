/**
 * Folder of article files → loaded articles. Takes the input folder; gives every article that read
 * cleanly (decoded, front matter split off, publication date resolved), in file-name order, and the
 * diagnostics of every file, so one bad article never hides the problems of the others.
 *
 * Articles are the `*.txt` and `*.md` files directly in the folder; the id is the file name without
 * its extension, so two files with the same id (`a.txt`, `a.md`) are both refused.
 * Deliberately not done: any language work on the body, and recursion into sub-folders.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeArticleBytes } from './decode.ts';
import { splitFrontMatter } from './front-matter.ts';
import { dateInUrl, parseIsoDate, resolvePublished } from './published.ts';
import type { ArticleMetadata, Diagnostic, LoadedArticle, YearSpan } from './types.ts';

export interface ReadResult {
  articles: LoadedArticle[];
  diagnostics: Diagnostic[];
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export function readArticles(inDir: string): ReadResult {
  const listed = listArticleFiles(inDir);
  if ('problem' in listed) return { articles: [], diagnostics: [{ file: inDir, level: 'error', message: listed.problem }] };

  const clashes = idClashes(listed.files);
  const parsed = listed.files.map((file) => {
    const bytes = readArticleBytes(file);
    return 'problem' in bytes ? { diagnostics: [{ file, level: 'error' as const, message: bytes.problem }] } : parseArticle(file, bytes);
  });
  const years = yearsOfDatedArticles(parsed.map((p) => p.text?.meta));

  const articles: LoadedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  listed.files.forEach((file, i) => {
    const { text, diagnostics: found } = parsed[i];
    diagnostics.push(...found);
    const clash = clashes.get(file);
    if (clash) {
      diagnostics.push({ file, level: 'error', message: clash });
      return;
    }
    if (!text) return;
    const dated = datedArticle(file, text, years);
    diagnostics.push(...dated.diagnostics);
    if (dated.article) articles.push(dated.article);
  });
  return { articles, diagnostics };
}

/** Article files in the folder, sorted by name in code-unit order so every machine and locale agrees. */
export function listArticleFiles(inDir: string): { files: string[] } | { problem: string } {
  let entries: Dirent[];
  try {
    if (!statSync(inDir).isDirectory()) return { problem: 'input is not a folder' };
    entries = readdirSync(inDir, { withFileTypes: true });
  } catch (error) {
    return { problem: `cannot read input folder (${reason(error)})` };
  }
  const files = entries
    .filter((entry) => !entry.isDirectory() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(inDir, name));
  if (files.length === 0) return { problem: 'no article files (*.txt, *.md) in the input folder' };
  return { files };
}

function readArticleBytes(file: string): Uint8Array | { problem: string } {
  try {
    return readFileSync(file);
  } catch (error) {
    return { problem: `cannot read file (${reason(error)})` };
  }
}

interface ArticleText {
  meta: ArticleMetadata;
  body: string;
}

/** Bytes → front matter and body, or the reasons there are none. */
function parseArticle(file: string, bytes: Uint8Array): { text?: ArticleText; diagnostics: Diagnostic[] } {
  const decoded = decodeArticleBytes(bytes, file);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const split = splitFrontMatter(decoded.text, file);
  const diagnostics = [...decoded.diagnostics, ...split.diagnostics];
  if (!split.ok) return { diagnostics };
  if (split.body.trim() === '') {
    return { diagnostics: [...diagnostics, { file, level: 'error', message: 'has no text after the front matter' }] };
  }
  return { text: { meta: split.meta, body: split.body }, diagnostics };
}

function datedArticle(file: string, text: ArticleText, years?: YearSpan): { article?: LoadedArticle; diagnostics: Diagnostic[] } {
  const published = resolvePublished(text.meta, text.body, file, years);
  if (!published.ok) return { diagnostics: published.diagnostics };
  return { article: { id: articleId(file), file, body: text.body, meta: text.meta, ...published.date }, diagnostics: published.diagnostics };
}

/**
 * The years an article whose text names none may be from: those of the articles dated by metadata or
 * URL in the same run, widened by one on each side (a report can look back on last year's talks).
 */
function yearsOfDatedArticles(metas: Array<ArticleMetadata | undefined>): YearSpan | undefined {
  const years = metas.flatMap((meta) => {
    const parsed = meta?.published === undefined ? null : parseIsoDate(meta.published);
    const date = parsed && 'date' in parsed ? parsed.date : meta?.url === undefined ? null : dateInUrl(meta.url);
    return date ? [Number(date.slice(0, 4))] : [];
  });
  return years.length ? { first: Math.min(...years) - 1, last: Math.max(...years) + 1 } : undefined;
}

/** The bytes of one file → its article, or the reasons it has none. No file system access, so tests can hand it any bytes. */
export function loadArticle(file: string, bytes: Uint8Array, years?: YearSpan): { article?: LoadedArticle; diagnostics: Diagnostic[] } {
  const { text, diagnostics } = parseArticle(file, bytes);
  if (!text) return { diagnostics };
  const dated = datedArticle(file, text, years);
  return { article: dated.article, diagnostics: [...diagnostics, ...dated.diagnostics] };
}

/** File name without its extension: `data/articles/000_4c81.txt` → `000_4c81`. */
export function articleId(file: string): string {
  return basename(file, extname(file));
}

/** For each file whose id another file also has: the message naming the other files. */
function idClashes(files: string[]): Map<string, string> {
  const byId = new Map<string, string[]>();
  for (const file of files) byId.set(articleId(file), [...(byId.get(articleId(file)) ?? []), file]);
  const clashes = new Map<string, string>();
  for (const [id, sharing] of byId) {
    if (sharing.length < 2) continue;
    for (const file of sharing) {
      const others = sharing.filter((other) => other !== file).join(', ');
      clashes.set(file, `article id '${id}' is also the id of ${others}; rename one of them`);
    }
  }
  return clashes;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
