/**
 * Optional YAML front matter → metadata and body. Takes the decoded text of one file and its name;
 * gives the metadata strings, the body, and diagnostics naming the line of each problem.
 *
 * Front matter is recognised only on the very first line (`---`), up to the next `---` line. Inside,
 * one `key: value` per line, values plain, "double" or 'single' quoted; blank lines and `#` comments
 * are allowed as in YAML. Unknown keys are warned about and ignored; a missing closing `---`, a line
 * that is not `key: value`, or a key given twice is an error, and every such line is reported.
 *
 * The body is the text after the closing line, byte for byte, so offsets into it match the file.
 * Deliberately not done: validating values (the publication date is checked in `published.ts`),
 * nested YAML, lists, or multi-line values.
 */
import type { ArticleMetadata, Diagnostic } from './types.ts';

export type FrontMatterResult =
  | { ok: true; meta: ArticleMetadata; body: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const KNOWN_KEYS = ['published', 'title', 'outlet', 'url', 'language'] as const satisfies readonly (keyof ArticleMetadata)[];
type KnownKey = (typeof KNOWN_KEYS)[number];

const FENCE = /^---[ \t]*$/;
/** YAML needs whitespace (or the end of the line) after the colon; `url: https://…` stays one value. */
const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;
/** Plain values starting with these mean something else in YAML (lists, maps, block text, anchors, tags). */
const YAML_INDICATORS = new Set(['[', '{', '|', '>', '&', '*', '!', '%', '@', '`']);
const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };

interface Line {
  /** 1-based line number in the file. */
  number: number;
  /** The line without its terminator (and without a trailing `\r`). */
  content: string;
  /** Index just past the line's terminator. */
  next: number;
}

export function splitFrontMatter(text: string, file: string): FrontMatterResult {
  const lines = linesOf(text);
  const first = lines.next();
  if (first.done || !FENCE.test(first.value.content)) return { ok: true, meta: {}, body: text, diagnostics: [] };

  // Entries are parsed only once the closing line is found: without it the "front matter" is the
  // whole file, and a message per body line would bury the one that matters.
  const inside: Line[] = [];
  for (const line of lines) {
    if (!FENCE.test(line.content)) {
      inside.push(line);
      continue;
    }
    const { meta, diagnostics } = parseEntries(inside, file);
    if (diagnostics.some((d) => d.level === 'error')) return { ok: false, diagnostics };
    return { ok: true, meta, body: text.slice(line.next), diagnostics };
  }
  return { ok: false, diagnostics: [{ file, level: 'error', message: `front matter has no closing '---' (opened on line 1)` }] };
}

function parseEntries(lines: Line[], file: string): { meta: ArticleMetadata; diagnostics: Diagnostic[] } {
  const meta: ArticleMetadata = {};
  const diagnostics: Diagnostic[] = [];
  const report = (level: Diagnostic['level'], line: number, message: string) =>
    diagnostics.push({ file, level, message: `front matter line ${line}: ${message}` });
  const seenOnLine = new Map<string, number>();

  for (const line of lines) {
    const trimmed = line.content.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;

    const match = KEY_VALUE.exec(line.content);
    if (!match) {
      report('error', line.number, `expected 'key: value', got '${clip(line.content)}'`);
      continue;
    }
    const [, key, rawValue = ''] = match;
    const firstLine = seenOnLine.get(key);
    if (firstLine !== undefined) {
      report('error', line.number, `duplicate key '${key}' (first on line ${firstLine})`);
      continue;
    }
    seenOnLine.set(key, line.number);
    if (!isKnownKey(key)) {
      report('warning', line.number, `unknown key '${key}' ignored (known: ${KNOWN_KEYS.join(', ')})`);
      continue;
    }
    const value = parseScalar(rawValue);
    if ('problem' in value) report('error', line.number, `'${key}' ${value.problem}`);
    else meta[key] = value.value;
  }
  return { meta, diagnostics };
}

function isKnownKey(key: string): key is KnownKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}

/** One YAML scalar on one line: plain (a ` #` starts a comment), "double quoted" with escapes, or 'single quoted'. */
function parseScalar(raw: string): { value: string } | { problem: string } {
  const text = raw.trim();
  if (text === '' || text.startsWith('#')) return { problem: 'has no value' };
  if (text[0] === '"' || text[0] === "'") return parseQuoted(text);
  if (YAML_INDICATORS.has(text[0])) return { problem: `must be a plain or quoted value; quote it if '${text[0]}' is part of the text` };
  const comment = text.search(/[ \t]#/);
  return { value: (comment === -1 ? text : text.slice(0, comment)).trimEnd() };
}

function parseQuoted(text: string): { value: string } | { problem: string } {
  const quote = text[0];
  let value = '';
  let i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote === "'" && c === "'") {
      if (text[i + 1] !== "'") break;
      value += "'";
      i++;
    } else if (quote === '"' && c === '"') {
      break;
    } else if (quote === '"' && c === '\\') {
      const escaped = DOUBLE_QUOTED_ESCAPES[text[i + 1]];
      if (escaped === undefined) return { problem: `has an unsupported escape '\\${text[i + 1] ?? ''}'` };
      value += escaped;
      i++;
    } else {
      value += c;
    }
  }
  if (i >= text.length) return { problem: `has no closing ${quote}` };
  const rest = text.slice(i + 1).trim();
  if (rest !== '' && !rest.startsWith('#')) return { problem: `has text after the closing ${quote}: '${clip(rest)}'` };
  return { value };
}

/** Lines with their numbers and end positions; `\r\n` and `\n` both end a line. */
function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (let number = 1; start < text.length; number++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const content = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    yield { number, content, next };
    start = next;
  }
}

/** Long lines shortened for a one-line message. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
