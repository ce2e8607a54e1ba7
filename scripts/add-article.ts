/**
 * `npm run add -- FILE… [--to DIR] [--published YYYY-MM-DD] [--outlet NAME] [--url URL] [--title TEXT]`:
 * puts articles into the corpus as they come. Takes .txt and .md (kept as they are, converted to
 * UTF-8 from Windows-1256 or UTF-16 with a message), .html / .htm (a page saved from a browser or a
 * CMS export: main text by Readability, see `pipeline/html-article.ts`) and .docx (text by mammoth).
 * Writes each to DIR (default data/articles) as `<published>_<hash>.txt` with front matter filled from
 * what the page says, and prints what it found, where, and what it could not find.
 *
 * The file name carries a hash of the text, so adding the same article twice is noticed and
 * skipped. The publication date the pipeline will use is worked out the way `npm run data` does
 * (front matter, then a date in the URL, then the dateline) and printed; a date read from a dateline
 * is written into the front matter so the article does not depend on that reading later.
 * Exit status: 0 all added, 3 some files skipped (listed), 1 none added, 2 bad arguments.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import mammoth from 'mammoth';
import { stringify } from 'yaml';
import { decodeArticleBytes } from './pipeline/decode.ts';
import { splitFrontMatter } from './pipeline/front-matter.ts';
import { articleFromHtml, type Found } from './pipeline/html-article.ts';
import { resolvePublished } from './pipeline/published.ts';
import type { ArticleMetadata } from './pipeline/types.ts';
import { writeFileAtomic } from './pipeline/write.ts';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = `Usage: npm run add -- FILE... [--to DIR] [--published YYYY-MM-DD] [--outlet NAME] [--url URL] [--title TEXT]

Adds articles (.txt, .md, .html, .htm, .docx) to the corpus, with front matter from what each
page says. The options set that field for every FILE given, over what the page says.
  --to DIR   folder of articles (default: data/articles)
Then run npm run data (or keep npm run data -- --watch running).`;

type Output = { log: (line: string) => void; error: (line: string) => void };
const FIELDS = ['title', 'outlet', 'url', 'published'] as const;
type Field = (typeof FIELDS)[number];

interface Extracted {
  /** Text after any front matter the file had. */
  body: string;
  meta: ArticleMetadata;
  /** Where each metadata field came from. */
  sources: Partial<Record<Field, string>>;
  notes: string[];
}

export async function main(argv: string[], output: Output = { log: console.log, error: console.error }): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    output.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: options, positionals: files } = parsed;
  if (options.help) {
    output.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    output.error(`no FILE given\n\n${USAGE}`);
    return 2;
  }
  const dir = options.to ?? join(ROOT, 'data/articles');
  const overrides: Partial<Record<Field, string>> = Object.fromEntries(FIELDS.flatMap((f) => (options[f] ? [[f, options[f]]] : [])));
  let added = 0;
  for (const file of files) {
    try {
      const extracted = await extract(file, overrides);
      if ('problem' in extracted) {
        output.error(`error: ${file}: ${extracted.problem}; not added`);
        continue;
      }
      if (addOne(file, extracted, dir, output)) added++;
    } catch (error) {
      output.error(`error: ${file}: ${(error as Error).message}; not added`);
    }
  }
  if (added === files.length) return 0;
  return added === 0 ? 1 : 3;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      published: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function extract(file: string, overrides: Partial<Record<Field, string>>): Promise<Extracted | { problem: string }> {
  const extension = extname(file).toLowerCase();
  const bytes = readFileSync(file);
  let found: Extracted | { problem: string };
  if (extension === '.html' || extension === '.htm') found = fromHtml(bytes, file);
  else if (extension === '.docx') found = await fromDocx(bytes);
  else if (extension === '.txt' || extension === '.md') found = fromText(bytes, file);
  else return { problem: `'${extension || basename(file)}' is not a kind of file this reads (.txt, .md, .html, .htm, .docx)` };
  if ('problem' in found) return found;
  for (const field of FIELDS) {
    if (overrides[field] === undefined) continue;
    found.meta[field] = overrides[field];
    found.sources[field] = 'command line';
  }
  return found;
}

function decoded(bytes: Uint8Array, file: string): { text: string; notes: string[] } | { problem: string } {
  const result = decodeArticleBytes(bytes, file);
  if (!result.ok) return { problem: result.diagnostics.map((d) => d.message).join('; ') };
  const notes = result.diagnostics.map((d) => d.message);
  if (result.encoding !== 'utf-8') notes.unshift(`converted from ${result.encoding} to UTF-8`);
  return { text: result.text, notes };
}

function fromText(bytes: Uint8Array, file: string): Extracted | { problem: string } {
  const text = decoded(bytes, file);
  if ('problem' in text) return text;
  const split = splitFrontMatter(text.text, file);
  if (!split.ok) return { problem: split.diagnostics.map((d) => d.message).join('; ') };
  const sources = Object.fromEntries(FIELDS.filter((f) => split.meta[f] !== undefined).map((f) => [f, 'front matter']));
  return { body: split.body, meta: split.meta, sources, notes: text.notes };
}

function fromHtml(bytes: Uint8Array, file: string): Extracted | { problem: string } {
  const text = decoded(bytes, file);
  if ('problem' in text) return text;
  const page = articleFromHtml(text.text);
  if ('problem' in page) return page;
  const meta: ArticleMetadata = {};
  const sources: Partial<Record<Field, string>> = {};
  const take = (field: Field, found: Found | undefined) => {
    if (!found) return;
    meta[field] = found.value;
    sources[field] = found.from;
  };
  take('title', page.title);
  take('outlet', page.outlet);
  take('url', page.url);
  take('published', page.published);
  if (page.language) meta.language = page.language;
  return { body: `${page.text}\n`, meta, sources, notes: text.notes };
}

async function fromDocx(bytes: Buffer): Promise<Extracted | { problem: string }> {
  const result = await mammoth.extractRawText({ buffer: bytes });
  const body = result.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!body) return { problem: 'the document has no text' };
  return { body: `${body}\n`, meta: {}, sources: {}, notes: result.messages.map((m) => m.message) };
}

function addOne(file: string, article: Extracted, dir: string, output: Output): boolean {
  const hash = createHash('sha256').update(article.body).digest('hex').slice(0, 12);
  const existing = listNames(dir).find((name) => name.includes(`_${hash}.`));
  if (existing) {
    output.error(`error: ${file}: already in the corpus as ${join(dir, existing)} (same text); not added`);
    return false;
  }
  const date = resolvePublished(article.meta, article.body, file);
  if (date.ok && date.date.publishedFrom === 'text' && date.date.publishedEvidence === 'dateline') {
    article.meta.published = date.date.published;
    article.sources.published = 'dateline';
  }
  const stem = date.ok ? date.date.published : 'undated';
  const target = join(dir, `${stem}_${hash}${extname(file).toLowerCase() === '.md' ? '.md' : '.txt'}`);
  const entries = Object.fromEntries([...FIELDS, 'language' as const].flatMap((f) => (article.meta[f] !== undefined ? [[f, article.meta[f]]] : [])));
  const front = Object.keys(entries).length ? `---\n${stringify(entries, { lineWidth: 0 })}---\n` : '';
  writeFileAtomic(target, front + article.body);

  output.log(`added ${file} → ${relative(process.cwd(), target) || target}`);
  for (const field of FIELDS) {
    const value = article.meta[field];
    if (value !== undefined) output.log(`  ${field}: ${value} (${article.sources[field] ?? 'front matter'})`);
  }
  if (!date.ok) output.log(`  published: not found; ${date.diagnostics.map((d) => d.message).join('; ')}`);
  else if (article.meta.published === undefined) output.log(`  published: ${date.date.published}, as npm run data will infer it (${date.date.publishedFrom}${date.date.publishedEvidence ? `: ${date.date.publishedEvidence}` : ''})`);
  const missing = FIELDS.filter((f) => article.meta[f] === undefined);
  if (missing.length) output.log(`  not found: ${missing.join(', ')}`);
  const paragraphs = article.body.split(/\n\s*\n/).filter((p) => p.trim()).length;
  output.log(`  text: ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${article.body.length} characters`);
  for (const note of article.notes) output.log(`  note: ${note}`);
  return true;
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
