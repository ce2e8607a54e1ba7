/**
 * An editor's corrections (`data/corrections.yaml`, schema in `corrections-schema.ts`) applied to the
 * extracted events. Takes the events file and the parsed corrections; gives a new events file and
 * one warning per correction that could not be applied, naming its line and why.
 *
 * Applied after extraction, in file order, so the result depends only on the articles and the file.
 * Every correction is keyed by the machine's event id; a corrected event keeps that id, so a second
 * correction, a link and the next build all still find it. A correction that no longer matches (the
 * article changed and the machine now finds another event) is reported and left out whole, never
 * half applied. Changed events carry `corrected`: the fields an editor set and what the machine had
 * said, which the app shows.
 *
 * Deliberately not done: reading or validating the YAML (corrections-schema.ts), or re-deriving ids
 * and titles from corrected fields (an id in a link must not move because an editor fixed a date).
 */
import { byCodeUnit } from '../../src/lib/order.ts';
import type { Correction, EventsFile, Excerpt, GazetteerEntry, TimelineEvent } from '../../src/lib/types.ts';
import type { CorrectionItem, FieldChanges, Quote } from './corrections-schema.ts';
import { GAZETTEER } from './gazetteer.ts';
import { publicEntry } from './gazetteer-queries.ts';
import type { Diagnostic } from './types.ts';

type MachineFields = Correction['machine'];
const TRACKED = ['type', 'status', 'date', 'title', 'actors', 'places'] as const;

export function applyCorrections(file: EventsFile, items: readonly CorrectionItem[], correctionsFile: string): { file: EventsFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (item: CorrectionItem, message: string) =>
    diagnostics.push({ file: correctionsFile, level: 'warning', message: `line ${item.line}: ${message}; not applied` });
  const events = new Map(file.events.map((e) => [e.id, { ...e, excerpts: [...e.excerpts] }]));
  const machine = new Map(file.events.map((e) => [e.id, snapshot(e)]));
  const bodies = new Map(file.articles.map((a) => [a.id, a.body]));
  const missing = (ids: string[]) => ids.filter((id) => !events.has(id));

  for (const item of items) {
    if (item.kind === 'event') {
      const event = events.get(item.event);
      if (!event) {
        warn(item, `no event '${item.event}' in this build (its article changed, or the machine now names it differently)`);
        continue;
      }
      if (item.hide) {
        events.delete(item.event);
        continue;
      }
      const translated = translate(event, item.translate);
      if ('problem' in translated) {
        warn(item, translated.problem);
        continue;
      }
      const changed = item.set ? change(event, item.set) : [];
      if (item.set && changed.length === 0) {
        warn(item, `event '${item.event}' already says what 'set' gives; the correction can go`);
        continue;
      }
      event.excerpts = translated.excerpts;
      if (changed.length) mark(event, changed, machine.get(event.id)!);
    } else if (item.kind === 'merge') {
      const gone = missing(item.events);
      if (gone.length) {
        warn(item, `no event ${gone.map((id) => `'${id}'`).join(', ')} in this build, so nothing was merged`);
        continue;
      }
      const [first, ...rest] = item.events.map((id) => events.get(id)!);
      const seen = new Set(first.excerpts.map(excerptKey));
      for (const other of rest) {
        for (const x of other.excerpts) if (!seen.has(excerptKey(x))) (seen.add(excerptKey(x)), first.excerpts.push(x));
        events.delete(other.id);
      }
      mark(first, ['merged', ...(item.set ? change(first, item.set) : [])], machine.get(first.id)!);
    } else if (item.kind === 'split') {
      const event = events.get(item.event);
      if (!event) {
        warn(item, `no event '${item.event}' in this build, so nothing was split`);
        continue;
      }
      const split = splitEvent(event, item.into, events, machine.get(event.id)!);
      if ('problem' in split) {
        warn(item, split.problem);
        continue;
      }
      event.excerpts = split.kept;
      mark(event, ['split'], machine.get(event.id)!);
      for (const part of split.parts) events.set(part.id, part);
    } else {
      if (events.has(item.id)) {
        warn(item, `an event '${item.id}' exists already; give the added event another id`);
        continue;
      }
      const excerpts = locate(item.cite, bodies);
      if ('problem' in excerpts) {
        warn(item, excerpts.problem);
        continue;
      }
      const { title, ...fields } = item.fields;
      events.set(item.id, {
        id: item.id,
        ...fields,
        title: { ...title },
        excerpts: excerpts.found,
        corrected: { fields: ['added'], machine: {}, ...(item.source ? { source: item.source } : {}) },
      });
    }
  }

  const out = [...events.values()].sort((a, b) => byCodeUnit(a.date.start, b.date.start) || byCodeUnit(a.id, b.id));
  return {
    file: {
      articles: file.articles,
      events: out,
      actors: table(file.actors, 'actors', out.flatMap((e) => e.actors)),
      places: table(file.places, 'places', out.flatMap((e) => e.places)),
    },
    diagnostics,
  };
}

function snapshot(e: TimelineEvent): Required<MachineFields> {
  return { type: e.type, status: e.status, date: { ...e.date }, title: { ...e.title }, actors: [...e.actors], places: [...e.places] };
}

/** Applies the changes that differ from the event; gives the names of the fields changed. */
function change(event: TimelineEvent, set: FieldChanges): string[] {
  const next: Partial<TimelineEvent> = {
    ...(set.type ? { type: set.type } : {}),
    ...(set.status ? { status: set.status } : {}),
    ...(set.date ? { date: set.date } : {}),
    ...(set.title ? { title: { ...event.title, ...set.title } } : {}),
    ...(set.actors ? { actors: set.actors } : {}),
    ...(set.places ? { places: set.places } : {}),
  };
  const changed = TRACKED.filter((field) => field in next && JSON.stringify(next[field]) !== JSON.stringify(event[field]));
  for (const field of changed) Object.assign(event, { [field]: next[field] });
  return changed;
}

/** Records the fields an editor changed, with what the machine had said for each. */
function mark(event: TimelineEvent, fields: string[], machine: Required<MachineFields>): void {
  const all = [...new Set([...(event.corrected?.fields ?? []), ...fields])];
  const said: MachineFields = {};
  for (const field of TRACKED) if (all.includes(field)) Object.assign(said, { [field]: machine[field] });
  event.corrected = { ...event.corrected, fields: all, machine: said };
}

function translate(event: TimelineEvent, entries: { excerpt?: string; en: string }[]): { excerpts: Excerpt[] } | { problem: string } {
  const excerpts = [...event.excerpts];
  for (const { excerpt: quote, en } of entries) {
    const matches = excerpts.flatMap((x, i) => (quote === undefined || x.text.includes(quote) ? [i] : []));
    if (matches.length !== 1) {
      const which = quote === undefined ? `the event has ${excerpts.length} excerpts; say which with 'excerpt: <a quote from it>'` : `«${quote}» is in ${matches.length} of the event's excerpts, not exactly one`;
      return { problem: `cannot tell which excerpt of '${event.id}' to translate: ${which}` };
    }
    excerpts[matches[0]] = { ...excerpts[matches[0]], translation: en };
  }
  return { excerpts };
}

function splitEvent(
  event: TimelineEvent,
  into: { id: string; excerpts: string[]; set?: FieldChanges }[],
  events: Map<string, TimelineEvent>,
  machine: Required<MachineFields>,
): { kept: Excerpt[]; parts: TimelineEvent[] } | { problem: string } {
  let kept = [...event.excerpts];
  const parts: TimelineEvent[] = [];
  for (const part of into) {
    if (events.has(part.id) || parts.some((p) => p.id === part.id)) return { problem: `an event '${part.id}' exists already; give the new part another id` };
    const taken: Excerpt[] = [];
    for (const quote of part.excerpts) {
      const found = kept.filter((x) => x.text.includes(quote));
      if (found.length === 0) return { problem: `«${quote}» is in none of the excerpts of '${event.id}' left to split` };
      taken.push(...found);
      kept = kept.filter((x) => !found.includes(x));
    }
    const created: TimelineEvent = { id: part.id, ...snapshot(event), excerpts: taken };
    const changed = part.set ? change(created, part.set) : [];
    mark(created, ['split', ...changed], machine);
    parts.push(created);
  }
  if (kept.length === 0) return { problem: `the parts take every excerpt of '${event.id}'; leave at least one to the event itself` };
  return { kept, parts };
}

/** The spans of article bodies the quotes name: the first place each quote appears. */
function locate(cite: Quote[], bodies: Map<string, string | undefined>): { found: Excerpt[] } | { problem: string } {
  const found: Excerpt[] = [];
  for (const { article, quote } of cite) {
    const body = bodies.get(article);
    if (body === undefined) return { problem: `no article '${article}' in this build to cite` };
    const start = body.indexOf(quote);
    if (start === -1) return { problem: `«${quote}» is not in the text of article '${article}'` };
    found.push({ article, start, end: start + quote.length, text: quote });
  }
  return { found };
}

function excerptKey(x: Excerpt): string {
  return `${x.article}\u0000${x.start}\u0000${x.end}`;
}

/** The entries the events use: those the file had, in its order, then any new ones from the gazetteer. */
function table(existing: Record<string, GazetteerEntry>, name: 'actors' | 'places', used: string[]): Record<string, GazetteerEntry> {
  const wanted = new Set(used);
  const out: Record<string, GazetteerEntry> = {};
  for (const [id, entry] of Object.entries(existing)) if (wanted.has(id)) out[id] = entry;
  for (const id of Object.keys(GAZETTEER[name])) if (wanted.has(id) && !(id in out)) out[id] = publicEntry(GAZETTEER[name][id]);
  return out;
}
