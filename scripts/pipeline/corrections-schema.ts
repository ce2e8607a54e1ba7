/**
 * The schema of `data/corrections.yaml` and its validator. Takes the file's text and name; gives
 * the corrections, each with the line it starts on, or errors that name the line and the field.
 * Nothing is applied here (see `corrections.ts`); a file with any error gives no corrections at all,
 * so a half-understood file never changes the timeline.
 *
 * The file is a YAML map with one key, `corrections`, a list. Each item does one thing, named by
 * its first key:
 *
 *   - event: ID          change one event (`set`), hide it (`hide: true`) or translate its excerpts
 *     set: { date, type, status, title: { ar, en }, actors: [..], places: [..] }   any of them
 *     hide: true
 *     translate: [ { excerpt: QUOTE, en: TEXT } ]   QUOTE: part of the excerpt's Arabic text,
 *                                                   needed only when the event has several excerpts
 *   - merge: [ID, ID, ...]   one event: the first keeps its id and fields, the others' excerpts join it
 *     set: { ... }
 *   - split: ID              new events taking the excerpts that contain one of their quotes
 *     into: [ { id: NEW-ID, excerpts: [QUOTE, ..], set: { ... } } ]
 *   - add:                   an event nobody's article gave the machine
 *       id, type, status, date, title: { ar, en }, actors, places
 *       cite: [ { article: ARTICLE-ID, quote: TEXT } ]   and/or   source: "where it comes from"
 *
 * A date is `YYYY-MM-DD` (one day) or `{ start, end, precision, approximate, time }` with only
 * `start` required. Ids are the `id` of events.json (the event's link, `?event=ID`).
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { isIsoDate } from '../../src/lib/url-state.ts';
import { DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, type Bilingual, type EventDate, type EventStatus, type EventType } from '../../src/lib/types.ts';
import { GAZETTEER } from './gazetteer.ts';
import type { Diagnostic } from './types.ts';

export interface FieldChanges {
  date?: EventDate;
  type?: EventType;
  status?: EventStatus;
  title?: Partial<Bilingual>;
  actors?: string[];
  places?: string[];
}

export interface Quote {
  article: string;
  quote: string;
}

export type CorrectionItem = { line: number } & (
  | { kind: 'event'; event: string; set?: FieldChanges; hide: boolean; translate: { excerpt?: string; en: string }[] }
  | { kind: 'merge'; events: string[]; set?: FieldChanges }
  | { kind: 'split'; event: string; into: { id: string; excerpts: string[]; set?: FieldChanges }[] }
  | { kind: 'add'; id: string; fields: Required<Omit<FieldChanges, 'title'>> & { title: Bilingual }; cite: Quote[]; source?: string }
);

export type ParseResult = { ok: true; items: CorrectionItem[]; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const KINDS = ['event', 'merge', 'split', 'add'] as const;
const SET_KEYS = ['date', 'type', 'status', 'title', 'actors', 'places'] as const;
/** The characters `ids.ts` uses, so a hand-made id is as safe in a link as a machine one. */
const ID = /^[\w.:-]+$/;
const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;

type Path = (string | number)[];
type Raw = unknown;
const isObj = (v: Raw): v is Record<string, Raw> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Problems {
  readonly list: Diagnostic[] = [];
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Line of the node at `path`, or of its nearest ancestor that exists. */
  line(path: Path): number {
    for (let p = path; ; p = p.slice(0, -1)) {
      const node = p.length ? this.doc.getIn(p, true) : this.doc.contents;
      const offset = (node as { range?: [number] } | null)?.range?.[0];
      if (offset !== undefined) return this.lines.linePos(offset).line;
      if (p.length === 0) return 1;
    }
  }

  add(path: Path, message: string, level: Diagnostic['level'] = 'error'): void {
    // The list's own name is no help in a message: the line says which correction.
    const field = path.filter((p, i) => typeof p === 'string' && !(i === 0 && p === 'corrections' && path.length > 1)).join('.');
    this.list.push({ file: this.file, level, message: `line ${this.line(path)}: ${field ? `${field}: ` : ''}${message}` });
  }
}

export function parseCorrections(text: string, file: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems = new Problems(file, doc, lines);
  for (const error of doc.errors) {
    problems.list.push({ file, level: 'error', message: `line ${lines.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return { ok: false, diagnostics: problems.list };
  const root = doc.toJS() as Raw;
  if (root === null || root === undefined) return { ok: true, items: [], diagnostics: [] };
  if (!isObj(root) || !isMap(doc.contents)) {
    problems.add([], "expected a map with the key 'corrections'");
    return { ok: false, diagnostics: problems.list };
  }
  for (const key of Object.keys(root)) if (key !== 'corrections') problems.add([key], `unknown key (the file has only 'corrections')`);
  const list = root.corrections ?? [];
  if (!Array.isArray(list)) {
    problems.add(['corrections'], 'expected a list of corrections (lines starting with "- ")');
    return { ok: false, diagnostics: problems.list };
  }
  const items = list.map((raw, i) => parseItem(raw, ['corrections', i], problems)).filter((x): x is CorrectionItem => x !== null);
  return problems.list.some((d) => d.level === 'error') ? { ok: false, diagnostics: problems.list } : { ok: true, items, diagnostics: problems.list };
}

function parseItem(raw: Raw, path: Path, problems: Problems): CorrectionItem | null {
  if (!isObj(raw)) {
    problems.add(path, `expected a correction: a map starting with one of ${KINDS.join(', ')}`);
    return null;
  }
  const kinds = KINDS.filter((k) => k in raw);
  if (kinds.length !== 1) {
    problems.add(path, kinds.length ? `one correction does one thing: found ${kinds.join(' and ')}` : `expected one of ${KINDS.join(', ')}`);
    return null;
  }
  const kind = kinds[0];
  const allowed: Record<(typeof KINDS)[number], string[]> = {
    event: ['event', 'set', 'hide', 'translate'],
    merge: ['merge', 'set'],
    split: ['split', 'into'],
    add: ['add'],
  };
  for (const key of Object.keys(raw)) if (!allowed[kind].includes(key)) problems.add([...path, key], `unknown key for '${kind}' (known: ${allowed[kind].join(', ')})`);
  const line = problems.line(path);
  const before = problems.list.length;

  let item: CorrectionItem | null = null;
  if (kind === 'event') {
    const event = id(raw.event, [...path, 'event'], problems);
    const set = raw.set === undefined ? undefined : changes(raw.set, [...path, 'set'], problems);
    const hide = raw.hide === undefined ? false : raw.hide === true ? true : (problems.add([...path, 'hide'], 'expected true'), false);
    const translate = raw.translate === undefined ? [] : translations(raw.translate, [...path, 'translate'], problems);
    if (!set && !hide && translate.length === 0) problems.add(path, "says nothing to do: give 'set', 'hide: true' or 'translate'");
    if (hide && (set || translate.length)) problems.add([...path, 'hide'], 'a hidden event needs no other change');
    item = { kind, line, event, set, hide, translate };
  } else if (kind === 'merge') {
    const events = Array.isArray(raw.merge) ? raw.merge.map((x, i) => id(x, [...path, 'merge', i], problems)) : [];
    if (events.length < 2) problems.add([...path, 'merge'], 'expected a list of two or more event ids');
    if (new Set(events).size !== events.length) problems.add([...path, 'merge'], 'names one event twice');
    item = { kind, line, events, set: raw.set === undefined ? undefined : changes(raw.set, [...path, 'set'], problems) };
  } else if (kind === 'split') {
    const event = id(raw.split, [...path, 'split'], problems);
    const into = Array.isArray(raw.into) && raw.into.length ? raw.into.map((part, i) => splitPart(part, [...path, 'into', i], problems)) : [];
    if (!into.length) problems.add([...path, 'into'], 'expected a list of new events: { id, excerpts: [quote, ...], set }');
    item = { kind, line, event, into };
  } else {
    item = added(raw.add, [...path, 'add'], problems, line);
  }
  return problems.list.length > before ? null : item;
}

function id(raw: Raw, path: Path, problems: Problems): string {
  if (typeof raw !== 'string' || !ID.test(raw)) {
    problems.add(path, 'expected an event id (letters, digits, and . : _ -), as in events.json');
    return '';
  }
  return raw;
}

function text(raw: Raw, path: Path, problems: Problems, what = 'text'): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    problems.add(path, `expected ${what} (write it in quotes if YAML reads it as something else)`);
    return '';
  }
  return raw;
}

function changes(raw: Raw, path: Path, problems: Problems): FieldChanges | undefined {
  if (!isObj(raw) || Object.keys(raw).length === 0) {
    problems.add(path, `expected a map of fields to change: ${SET_KEYS.join(', ')}`);
    return undefined;
  }
  const out: FieldChanges = {};
  for (const [key, value] of Object.entries(raw)) {
    const at = [...path, key];
    if (key === 'date') out.date = date(value, at, problems);
    else if (key === 'type') out.type = oneOf(value, EVENT_TYPES, at, problems);
    else if (key === 'status') out.status = oneOf(value, EVENT_STATUSES, at, problems);
    else if (key === 'title') out.title = title(value, at, problems, false);
    else if (key === 'actors' || key === 'places') out[key] = keys(value, key, at, problems);
    else problems.add(at, `unknown field (known: ${SET_KEYS.join(', ')})`);
  }
  return out;
}

function oneOf<T extends string>(raw: Raw, options: readonly T[], path: Path, problems: Problems): T {
  if (!(options as readonly Raw[]).includes(raw)) problems.add(path, `expected one of ${options.join(', ')}`);
  return raw as T;
}

function date(raw: Raw, path: Path, problems: Problems): EventDate {
  if (typeof raw === 'string') {
    if (!isIsoDate(raw)) problems.add(path, 'expected a date YYYY-MM-DD or { start, end, precision }');
    return { start: raw, end: raw, precision: 'day', approximate: false };
  }
  if (!isObj(raw) || typeof raw.start !== 'string' || !isIsoDate(raw.start)) {
    problems.add(isObj(raw) ? [...path, 'start'] : path, 'expected a date YYYY-MM-DD or { start, end, precision }');
    return { start: '', end: '', precision: 'day', approximate: false };
  }
  for (const key of Object.keys(raw)) if (!['start', 'end', 'precision', 'approximate', 'time'].includes(key)) problems.add([...path, key], 'unknown date field (known: start, end, precision, approximate, time)');
  const end = raw.end ?? raw.start;
  if (typeof end !== 'string' || !isIsoDate(end) || end < raw.start) problems.add([...path, 'end'], 'expected a date YYYY-MM-DD, not before start');
  const precision = raw.precision === undefined ? (end === raw.start ? 'day' : 'days') : oneOf(raw.precision, DATE_PRECISIONS, [...path, 'precision'], problems);
  if (raw.approximate !== undefined && typeof raw.approximate !== 'boolean') problems.add([...path, 'approximate'], 'expected true or false');
  if (raw.time !== undefined && (typeof raw.time !== 'string' || !TIME.test(raw.time))) problems.add([...path, 'time'], 'expected a time HH:MM in quotes, e.g. "19:00"');
  return {
    start: raw.start,
    end: end as string,
    precision,
    approximate: raw.approximate === true,
    ...(typeof raw.time === 'string' ? { time: raw.time } : {}),
  };
}

function title(raw: Raw, path: Path, problems: Problems, whole: boolean): Partial<Bilingual> {
  if (!isObj(raw) || (!whole && raw.ar === undefined && raw.en === undefined)) {
    problems.add(path, whole ? 'expected { ar: ..., en: ... }' : 'expected { ar: ... } and/or { en: ... }');
    return {};
  }
  const out: Partial<Bilingual> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'ar' || key === 'en') out[key] = text(value, [...path, key], problems);
    else problems.add([...path, key], 'unknown field (known: ar, en)');
  }
  if (whole) for (const lang of ['ar', 'en'] as const) if (raw[lang] === undefined) problems.add(path, `'${lang}' is missing`);
  return out;
}

function keys(raw: Raw, table: 'actors' | 'places', path: Path, problems: Problems): string[] {
  if (!Array.isArray(raw)) {
    problems.add(path, `expected a list of ${table} ids from scripts/tables/gazetteer.json`);
    return [];
  }
  raw.forEach((key, i) => {
    if (typeof key !== 'string' || !(key in GAZETTEER[table])) problems.add([...path, i], `'${String(key)}' is not an id in the ${table} table of scripts/tables/gazetteer.json`);
  });
  return [...new Set(raw as string[])];
}

function translations(raw: Raw, path: Path, problems: Problems): { excerpt?: string; en: string }[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.add(path, 'expected a list of { excerpt: quote, en: translation }');
    return [];
  }
  return raw.map((entry, i) => {
    const at = [...path, i];
    if (!isObj(entry)) {
      problems.add(at, 'expected { excerpt: quote, en: translation }');
      return { en: '' };
    }
    for (const key of Object.keys(entry)) if (key !== 'excerpt' && key !== 'en') problems.add([...at, key], 'unknown field (known: excerpt, en)');
    const en = text(entry.en, [...at, 'en'], problems, 'the English translation');
    return entry.excerpt === undefined ? { en } : { excerpt: text(entry.excerpt, [...at, 'excerpt'], problems, 'a quote from the excerpt'), en };
  });
}

function splitPart(raw: Raw, path: Path, problems: Problems): { id: string; excerpts: string[]; set?: FieldChanges } {
  if (!isObj(raw)) {
    problems.add(path, 'expected { id, excerpts: [quote, ...], set }');
    return { id: '', excerpts: [] };
  }
  for (const key of Object.keys(raw)) if (!['id', 'excerpts', 'set'].includes(key)) problems.add([...path, key], 'unknown field (known: id, excerpts, set)');
  const excerpts = Array.isArray(raw.excerpts) && raw.excerpts.length ? raw.excerpts.map((q, i) => text(q, [...path, 'excerpts', i], problems, 'a quote')) : [];
  if (!excerpts.length) problems.add([...path, 'excerpts'], 'expected a list of quotes, each part of one excerpt the new event takes');
  return { id: id(raw.id, [...path, 'id'], problems), excerpts, set: raw.set === undefined ? undefined : changes(raw.set, [...path, 'set'], problems) };
}

function added(raw: Raw, path: Path, problems: Problems, line: number): CorrectionItem | null {
  if (!isObj(raw)) {
    problems.add(path, 'expected { id, type, status, date, title, actors, places, cite or source }');
    return null;
  }
  const before = problems.list.length;
  const known = ['id', 'type', 'status', 'date', 'title', 'actors', 'places', 'cite', 'source'];
  for (const key of Object.keys(raw)) if (!known.includes(key)) problems.add([...path, key], `unknown field (known: ${known.join(', ')})`);
  for (const key of ['id', 'type', 'status', 'date', 'title']) if (raw[key] === undefined) problems.add(path, `'${key}' is missing`);
  const cite = raw.cite === undefined ? [] : quotes(raw.cite, [...path, 'cite'], problems);
  const source = raw.source === undefined ? undefined : text(raw.source, [...path, 'source'], problems, 'a note saying where the event comes from');
  if (!cite.length && source === undefined) problems.add(path, "an added event needs 'cite' (a quote from an article) or 'source' (where it comes from)");
  if (problems.list.length > before) return null;
  return {
    kind: 'add',
    line,
    id: id(raw.id, [...path, 'id'], problems),
    fields: {
      type: oneOf(raw.type, EVENT_TYPES, [...path, 'type'], problems),
      status: oneOf(raw.status, EVENT_STATUSES, [...path, 'status'], problems),
      date: date(raw.date, [...path, 'date'], problems),
      title: title(raw.title, [...path, 'title'], problems, true) as Bilingual,
      actors: raw.actors === undefined ? [] : keys(raw.actors, 'actors', [...path, 'actors'], problems),
      places: raw.places === undefined ? [] : keys(raw.places, 'places', [...path, 'places'], problems),
    },
    cite,
    ...(source !== undefined ? { source } : {}),
  };
}

function quotes(raw: Raw, path: Path, problems: Problems): Quote[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.add(path, 'expected a list of { article: ARTICLE-ID, quote: text from its body }');
    return [];
  }
  return raw.map((entry, i) => {
    const at = [...path, i];
    if (!isObj(entry)) {
      problems.add(at, 'expected { article, quote }');
      return { article: '', quote: '' };
    }
    return { article: text(entry.article, [...at, 'article'], problems, 'an article id'), quote: text(entry.quote, [...at, 'quote'], problems, 'a quote') };
  });
}
