/**
 * Optional YAML front matter → metadata and body. Takes the decoded text of one file and its name;
 * gives the metadata strings, the body, and diagnostics naming the line of each problem.
 *
 * Front matter is recognised only on the very first line (`---`), up to the next `---` line. Inside
 * is YAML, read by the `yaml` library (YAML 1.2 core schema), so quoting, escapes, comments and
 * folded lines mean what any YAML tool says they mean, and a malformed value is reported with its
 * line. Every value must be text: YAML reads `null`, `~`, `true` or `12` as something else, and
 * turning those back into the strings "null" or "true" would publish a title nobody wrote, so they
 * are errors that say to quote them. Unknown keys are warned about and ignored; a missing closing
 * `---`, YAML errors, a repeated key or a value that is not text are errors.
 *
 * The body is the text after the closing line, byte for byte, so offsets into it match the file.
 * Only the publication year is checked here (1900–2100, where the line is known); the date itself is
 * checked in `published.ts`.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { ArticleMetadata, Diagnostic } from './types.ts';

export type FrontMatterResult =
  | { ok: true; meta: ArticleMetadata; body: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const KNOWN_KEYS = ['published', 'title', 'outlet', 'url', 'language'] as const satisfies readonly (keyof ArticleMetadata)[];
type KnownKey = (typeof KNOWN_KEYS)[number];

/**
 * Publication years accepted: the output is a timeline of modern news, and a year like 0000 or 9999
 * makes relative dates («غدا») run off the four-digit calendar the app reads.
 */
const PUBLISHED_YEARS = { first: 1900, last: 2100 } as const;

const FENCE = /^---[ \t]*$/;

interface Line {
  /** The line without its terminator (and without a trailing `\r`). */
  content: string;
  /** Index of the line's first character. */
  start: number;
  /** Index just past the line's terminator. */
  next: number;
}

export function splitFrontMatter(text: string, file: string): FrontMatterResult {
  const lines = linesOf(text);
  const first = lines.next();
  if (first.done || !FENCE.test(first.value.content)) return { ok: true, meta: {}, body: text, diagnostics: [] };

  // Entries are parsed only once the closing line is found: without it the "front matter" is the
  // whole file, and a message per body line would bury the one that matters.
  const from = first.value.next;
  for (const line of lines) {
    if (!FENCE.test(line.content)) continue;
    const { meta, diagnostics } = parseEntries(text.slice(from, line.start), 2, file);
    if (diagnostics.some((d) => d.level === 'error')) return { ok: false, diagnostics };
    return { ok: true, meta, body: text.slice(line.next), diagnostics };
  }
  return { ok: false, diagnostics: [{ file, level: 'error', message: `front matter has no closing '---' (opened on line 1)` }] };
}

function parseEntries(source: string, firstLine: number, file: string): { meta: ArticleMetadata; diagnostics: Diagnostic[] } {
  const meta: ArticleMetadata = {};
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter();
  const lineAt = (offset: number) => firstLine - 1 + lines.linePos(offset).line;
  const report = (level: Diagnostic['level'], offset: number, message: string) =>
    diagnostics.push({ file, level, message: `front matter line ${lineAt(offset)}: ${message}` });

  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const message = error.code === 'DUPLICATE_KEY' ? `key '${keyAt(source, error.pos[0])}' is given twice` : error.message;
    report('error', error.pos[0], message);
  }
  for (const warning of doc.warnings) report('warning', warning.pos[0], warning.message);
  if (doc.errors.length > 0 || doc.contents === null) return { meta, diagnostics };
  if (!isMap(doc.contents)) {
    report('error', doc.contents.range?.[0] ?? 0, "expected 'key: value' lines");
    return { meta, diagnostics };
  }

  for (const pair of doc.contents.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = pair.key?.range?.[0] ?? 0;
    if (!isKnownKey(key)) {
      report('warning', at, `unknown key '${key}' ignored (known: ${KNOWN_KEYS.join(', ')})`);
      continue;
    }
    const value = textValue(key, pair.value);
    if ('problem' in value) report('error', at, value.problem);
    else meta[key] = value.text;
  }
  return { meta, diagnostics };
}

/** The key written at an offset (yaml marks only the key's first character). */
function keyAt(source: string, offset: number): string {
  return /^[^:\n]*/.exec(source.slice(offset))![0].trim();
}

function isKnownKey(key: string): key is KnownKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}

/** The value as text, or why it is not text (YAML null, booleans and numbers, lists, maps). */
function textValue(key: KnownKey, node: Node | null): { text: string } | { problem: string } {
  if (node === null || (isScalar(node) && node.value === null && !node.source)) return { problem: `'${key}' has no value` };
  if (!isScalar(node)) return { problem: `'${key}' must be one value, not a list or a map` };
  if (typeof node.value !== 'string') {
    const source = node.source ?? String(node.value);
    const reading = node.value === null ? 'no value' : `a ${typeof node.value}`;
    return { problem: `'${key}' must be text, but YAML reads ${source} as ${reading}; write "${source}" in quotes if it is the text` };
  }
  return key === 'published' ? publishedYearInRange(node.value) : { text: node.value };
}

function publishedYearInRange(value: string): { text: string } | { problem: string } {
  const year = /^(-?\d+)-/.exec(value)?.[1];
  if (year !== undefined && (Number(year) < PUBLISHED_YEARS.first || Number(year) > PUBLISHED_YEARS.last)) {
    return { problem: `'published' ${value}: the year ${year} is outside ${PUBLISHED_YEARS.first}–${PUBLISHED_YEARS.last}` };
  }
  return { text: value };
}

/** Lines with their start and end positions; `\r\n` and `\n` both end a line. */
function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const content = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    yield { content, start, next };
    start = next;
  }
}
