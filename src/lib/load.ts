/**
 * Fetches an events file and checks its shape against `types.ts` before the app trusts it. Gives
 * either the file or a failure with a kind (for the message shown in the page) and the first few
 * problems with their JSON paths, so a broken `?data=` link explains itself instead of going blank.
 * Tolerated on purpose: unknown extra fields, events naming actors or places missing from the
 * tables, and excerpts whose article is missing (the page shows what it can).
 *
 * `?data=` names another events file, but only on the page's own origin: a newsroom hosts its
 * events file beside the app (`?data=./our-events.json`). A link pointing at another site is
 * refused before any request, so nobody can dress a foreign file up as this newsroom's timeline.
 */
import { DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, type EventsFile } from './types.ts';
import { isIsoDate } from './url-state.ts';

export type LoadFailure = { ok: false; kind: 'network' | 'missing' | 'malformed' | 'invalid'; detail: string };
export type LoadResult = { ok: true; file: EventsFile } | LoadFailure;

const MAX_PROBLEMS = 5;

export const isLoadFailure = (x: unknown): x is LoadFailure => (x as LoadFailure | null)?.ok === false;

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: Json): v is string => typeof v === 'string';
const isInt = (v: Json) => Number.isInteger(v) && (v as number) >= 0;

/** Problems found, as "path: what was expected"; empty when the value is a valid EventsFile. */
export function validateEventsFile(data: Json): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, path: string, expected: string) => {
    if (!ok && problems.length < MAX_PROBLEMS) problems.push(`${path}: expected ${expected}`);
    return ok;
  };
  const checkDate = (date: Json, path: string) => {
    if (!need(isObj(date), path, 'an object')) return;
    const dt = date as Record<string, Json>;
    need(isIsoDate(dt.start), `${path}.start`, 'a date YYYY-MM-DD');
    need(isIsoDate(dt.end) && (dt.end as string) >= (dt.start as string), `${path}.end`, 'a date YYYY-MM-DD, not before start');
    need((DATE_PRECISIONS as readonly Json[]).includes(dt.precision), `${path}.precision`, DATE_PRECISIONS.join(' | '));
    need(typeof dt.approximate === 'boolean', `${path}.approximate`, 'true or false');
    // 24:00 is the midnight that ends the day (a deadline "at midnight Thursday"), as ISO 8601 allows.
    need(dt.time === undefined || (isStr(dt.time) && /^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/.test(dt.time)), `${path}.time`, 'HH:MM or nothing');
  };
  if (!need(isObj(data), '(top level)', 'an object with articles, events, actors and places')) return problems;
  const d = data as Record<string, Json>;
  if (need(Array.isArray(d.articles), 'articles', 'an array')) {
    (d.articles as Json[]).forEach((a, i) => {
      const p = `articles[${i}]`;
      if (!need(isObj(a), p, 'an object')) return;
      const o = a as Record<string, Json>;
      need(isStr(o.id), `${p}.id`, 'a string');
      need(isIsoDate(o.published), `${p}.published`, 'a date YYYY-MM-DD');
      need(o.body === undefined || isStr(o.body), `${p}.body`, 'a string or nothing');
      need(o.title === undefined || isStr(o.title), `${p}.title`, 'a string or nothing');
    });
  }
  for (const table of ['actors', 'places'] as const) {
    if (!need(isObj(d[table]), table, 'an object keyed by id')) continue;
    for (const [k, v] of Object.entries(d[table] as Record<string, Json>)) {
      const ok = isObj(v) && isStr(v.ar) && isStr(v.en) && (v.variants === undefined || (Array.isArray(v.variants) && v.variants.every(isStr)));
      need(ok, `${table}.${k}`, '{ ar, en, variants? } with strings');
    }
  }
  if (need(Array.isArray(d.events), 'events', 'an array')) {
    const seen = new Set<string>();
    (d.events as Json[]).forEach((e, i) => {
      if (problems.length >= MAX_PROBLEMS) return;
      const p = `events[${i}]`;
      if (!need(isObj(e), p, 'an object')) return;
      const o = e as Record<string, Json>;
      if (need(isStr(o.id) && o.id.length > 0, `${p}.id`, 'a non-empty string')) {
        need(!seen.has(o.id as string), `${p}.id`, `a unique id ("${o.id}" repeats)`);
        seen.add(o.id as string);
      }
      need((EVENT_TYPES as readonly Json[]).includes(o.type), `${p}.type`, EVENT_TYPES.join(' | '));
      need((EVENT_STATUSES as readonly Json[]).includes(o.status), `${p}.status`, EVENT_STATUSES.join(' | '));
      checkDate(o.date, `${p}.date`);
      if (o.history !== undefined && need(Array.isArray(o.history), `${p}.history`, 'an array or nothing')) {
        (o.history as Json[]).forEach((h, j) => {
          const ok = isObj(h) && (EVENT_STATUSES as readonly Json[]).includes(h.status) && isIsoDate(h.date) && isStr(h.article);
          need(ok, `${p}.history[${j}]`, '{ status, date, article }');
        });
      }
      if (o.otherDates !== undefined && need(Array.isArray(o.otherDates), `${p}.otherDates`, 'an array or nothing')) {
        (o.otherDates as Json[]).forEach((v, j) => {
          if (!need(isObj(v) && Array.isArray(v.articles) && v.articles.every(isStr), `${p}.otherDates[${j}]`, '{ date, articles }')) return;
          checkDate((v as Record<string, Json>).date, `${p}.otherDates[${j}].date`);
        });
      }
      need(isObj(o.title) && isStr(o.title.ar) && isStr(o.title.en), `${p}.title`, '{ ar, en } strings');
      need(Array.isArray(o.actors) && o.actors.every(isStr), `${p}.actors`, 'an array of strings');
      need(Array.isArray(o.places) && o.places.every(isStr), `${p}.places`, 'an array of strings');
      if (need(Array.isArray(o.excerpts), `${p}.excerpts`, 'an array')) {
        (o.excerpts as Json[]).forEach((x, j) => {
          const ok =
            isObj(x) && isStr(x.article) && isInt(x.start) && isInt(x.end) && isStr(x.text) &&
            (x.date === undefined || (isObj(x.date) && isInt(x.date.start) && isInt(x.date.end) && isStr(x.date.text))) &&
            (x.translation === undefined || isStr(x.translation));
          need(ok, `${p}.excerpts[${j}]`, '{ article, start, end, text, date?, translation? }');
        });
      }
    });
  }
  return problems;
}

const DEFAULT_DATA_URL = './events.json';

/** `?data=` resolved against the page; `sameOrigin` false (and nothing to fetch) for another site or garbage. */
export function resolveDataUrl(raw: string | null, pageUrl: string): { url: string; sameOrigin: boolean } {
  const page = new URL(pageUrl);
  try {
    const url = new URL(raw ?? DEFAULT_DATA_URL, page);
    return { url: url.href, sameOrigin: url.origin === page.origin };
  } catch {
    return { url: raw ?? '', sameOrigin: false };
  }
}

/** The file's bytes, or why there are none. Never throws. */
export async function fetchEventsBytes(url: string, fetchImpl: typeof fetch = fetch): Promise<ArrayBuffer | LoadFailure> {
  let response: Response;
  try {
    // No extra headers: a request that differs from the page's preload would not reuse it.
    response = await fetchImpl(url);
  } catch (err) {
    return { ok: false, kind: 'network', detail: String((err as Error)?.message ?? err) };
  }
  if (!response.ok) return { ok: false, kind: response.status === 404 ? 'missing' : 'network', detail: `HTTP ${response.status}` };
  try {
    return await response.arrayBuffer();
  } catch (err) {
    return { ok: false, kind: 'network', detail: String((err as Error)?.message ?? err) };
  }
}

/** Decode, parse and validate: the part worth moving off the main thread (see `app/load.worker.ts`). */
export function parseEventsFile(bytes: ArrayBuffer): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    return { ok: false, kind: 'malformed', detail: String((err as Error)?.message ?? err) };
  }
  const problems = validateEventsFile(data);
  return problems.length ? { ok: false, kind: 'invalid', detail: problems.join('\n') } : { ok: true, file: data as EventsFile };
}

/** Fetch and validate in one go. Never throws: every failure becomes a LoadFailure the page can explain. */
export async function loadEventsFile(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const bytes = await fetchEventsBytes(url, fetchImpl);
  return isLoadFailure(bytes) ? bytes : parseEventsFile(bytes);
}
