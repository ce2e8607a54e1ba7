/**
 * Folder of article files → loaded articles. Takes the input folder; gives every article that read
 * cleanly (decoded, front matter split off, publication date resolved), in file-name order, and the
 * diagnostics of every file, so one bad article never hides the problems of the others.
 *
 * Articles are the `*.txt` and `*.md` files directly in the folder; the id is the file name without
 * its extension, so two files with the same id (`a.txt`, `a.md`) are both refused.
 *
 * Only regular files inside the folder are read, and at most `MAX_ARTICLE_BYTES` of each: a FIFO
 * would block the run forever, a device such as /dev/zero never ends, and a symbolic link to a file
 * elsewhere would publish that file's text in `events.json`. Each is refused by file type or by
 * where the link resolves, before the file is opened.
 * Deliberately not done: any language work on the body, and recursion into sub-folders.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path';
import { decodeArticleBytes } from './decode.ts';
import { splitFrontMatter } from './front-matter.ts';
import { dateInUrl, datedByOthers, parseIsoDate, resolvePublished } from './published.ts';
import type { ArticleMetadata, Diagnostic, LoadedArticle, YearSpan } from './types.ts';

export interface ReadResult {
  articles: LoadedArticle[];
  diagnostics: Diagnostic[];
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
/**
 * The largest article read, in bytes: the founding articles are 5–13 KB and a long feature is under
 * 100 KB, so 2 MB is far above any real article while keeping a run's memory small (the pipeline
 * holds a few copies of each body, and `events.json` carries every body whole).
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Not defined on Windows, where opening a FIFO does not block the way it does on POSIX. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * `parse` is `parseArticle` or a cache in front of it (`cache.ts`): the bytes are always read, so a
 * cache sees every change, and only decoding and front matter are skipped for bytes seen before.
 * `ready` is given each article that its own front matter or url dates as soon as it is read, the
 * same object the result lists, so analysis threads can start on it while the others are read.
 */
export function readArticles(
  inDir: string,
  parse: (file: string, bytes: Uint8Array) => ParsedArticle = parseArticle,
  ready?: (article: LoadedArticle) => void,
): ReadResult {
  const listed = listArticleFiles(inDir);
  if ('problem' in listed) return { articles: [], diagnostics: [{ file: inDir, level: 'error', message: listed.problem }] };

  const root = realpathSync(inDir);
  const clashes = idClashes(listed.files);
  // Dated on its own, an article needs nothing of the others: it is dated once, here.
  const datedAlone: Array<ReturnType<typeof datedArticle> | undefined> = [];
  const parsed = listed.files.map((file, i) => {
    const bytes = readArticleBytes(file, root);
    const result = 'problem' in bytes ? { diagnostics: [{ file, level: 'error' as const, message: bytes.problem }] } : parse(file, bytes);
    if (result.text && !clashes.has(file) && !datedByOthers(result.text.meta)) {
      datedAlone[i] = datedArticle(file, result.text);
      if (datedAlone[i].article) ready?.(datedAlone[i].article);
    }
    return result;
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
    const dated = datedAlone[i] ?? datedArticle(file, text, years);
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

/**
 * The bytes of one article file, or why it is not read. The type is checked on the resolved path
 * before opening (opening a FIFO waits for a writer), and again on the open file, so a file swapped
 * in between is caught too; the read stops one byte past the limit, whatever the size claimed.
 */
function readArticleBytes(file: string, root: string): Uint8Array | { problem: string } {
  let fd: number | undefined;
  try {
    const real = realpathSync(file);
    if (!isInside(real, root)) return { problem: `is a link to ${real}, outside the input folder; not read, so nothing outside the folder is published` };
    const refusal = refuseByStats(statSync(real));
    if (refusal) return { problem: refusal };
    fd = openSync(real, OPEN_FLAGS);
    const stats = fstatSync(fd);
    const opened = refuseByStats(stats);
    if (opened) return { problem: opened };
    const bytes = readAtMost(fd, MAX_ARTICLE_BYTES + 1, stats.size);
    return bytes.length > MAX_ARTICLE_BYTES ? { problem: tooLarge() } : bytes;
  } catch (error) {
    return { problem: `cannot read file (${reason(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refuseByStats(stats: Stats): string | null {
  if (!stats.isFile()) return `is not a regular file (${fileKind(stats)}); not read`;
  if (stats.size > MAX_ARTICLE_BYTES) return tooLarge(stats.size);
  return null;
}

function tooLarge(size?: number): string {
  const actual = size === undefined ? 'more than' : `${(size / 1024 / 1024).toFixed(1)} MB,`;
  return `is ${actual} over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article; not read`;
}

function fileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a file';
}

/**
 * At most `limit` bytes of the file. The buffer starts at the size the file claims (plus one byte,
 * to see the end) and grows only if the file turns out longer, up to the limit: a 2 MB buffer
 * zeroed for every 20 KB article made reading ten times slower. Only the bytes read are returned.
 */
function readAtMost(fd: number, limit: number, claimed: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.min(limit, claimed + 1));
  let length = 0;
  while (length < limit) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const count = readSync(fd, buffer, length, buffer.length - length, null);
    if (count === 0) break;
    length += count;
  }
  return buffer.subarray(0, length);
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export interface ArticleText {
  meta: ArticleMetadata;
  body: string;
}

export interface ParsedArticle {
  text?: ArticleText;
  diagnostics: Diagnostic[];
}

/** Bytes → front matter and body, or the reasons there are none. */
export function parseArticle(file: string, bytes: Uint8Array): ParsedArticle {
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
