/**
 * Everything about a loaded file that depends on the file alone, not on the view: events in date
 * order with their numbers (`prepareEvents`) and the actor and place filter entries. Computed once,
 * in the loading worker (`load.worker.ts`) when there is one, so the main thread only draws. Also
 * the messages that carry it from the worker: the file without its articles and events first, then
 * the articles, then the prepared events in date order, in chunks small enough that unpacking one
 * never blocks input, each event chunk with the events' positions in the file so the file's own
 * order survives.
 */
import { facetCounts } from '../lib/filters.ts';
import { prepareEvents, type PreparedEvent } from '../lib/timeline/prepare.ts';
import type { EventsFile } from '../lib/types.ts';
import { placeFacets, type FacetEntry } from './places-within.ts';
import type { LoadFailure } from '../lib/load.ts';

export interface PreparedFile {
  file: EventsFile;
  /** In date order. */
  events: PreparedEvent[];
  actorFacets: FacetEntry[];
  placeFacets: FacetEntry[];
}

export function prepareFile(file: EventsFile): PreparedFile {
  return {
    file,
    events: prepareEvents(file.events),
    actorFacets: facetCounts(file.events, 'actors').map(([key, count]) => ({ key, count, inner: [] })),
    placeFacets: placeFacets(file.events, Object.keys(file.places)),
  };
}

/** Events or articles per message: unpacking 250, and the garbage collection it sets off, takes a few milliseconds. */
export const CHUNK_EVENTS = 250;

/** What the page asks of the worker: a file to fetch, or one it fetched itself. */
export type WorkerRequest = { url: string } | { bytes: ArrayBuffer };

export type WorkerMessage =
  | { kind: 'failure'; failure: LoadFailure }
  | { kind: 'head'; file: EventsFile; count: number; actorFacets: FacetEntry[]; placeFacets: FacetEntry[] }
  /** Articles carry their bodies, so they come in chunks too, in file order. */
  | { kind: 'articles'; articles: EventsFile['articles'] }
  /** `at[i]`: where `rows[i].event` stands in the file's `events`. */
  | { kind: 'rows'; rows: PreparedEvent[]; at: Uint32Array }
  | { kind: 'done' };

/** The messages for one prepared file, in the order they are sent. */
export function* toMessages(prepared: PreparedFile, chunk = CHUNK_EVENTS): Generator<WorkerMessage> {
  const { file, events, actorFacets, placeFacets } = prepared;
  yield { kind: 'head', file: { ...file, articles: [], events: [] }, count: events.length, actorFacets, placeFacets };
  for (let from = 0; from < file.articles.length; from += chunk) yield { kind: 'articles', articles: file.articles.slice(from, from + chunk) };
  const position = new Map(file.events.map((e, i) => [e, i]));
  for (let from = 0; from < events.length; from += chunk) {
    const rows = events.slice(from, from + chunk);
    yield { kind: 'rows', rows, at: Uint32Array.from(rows, (r) => position.get(r.event)!) };
  }
  yield { kind: 'done' };
}

/**
 * Puts the messages back together. Takes them one at a time (each arrives as its own task);
 * gives the prepared file after `done`, or the failure.
 */
export class PreparedFileAssembler {
  private head: Extract<WorkerMessage, { kind: 'head' }> | null = null;
  private readonly rows: PreparedEvent[] = [];
  private readonly articles: EventsFile['articles'] = [];
  private events: EventsFile['events'] = [];

  /** Null until the last message. */
  take(message: WorkerMessage): PreparedFile | LoadFailure | null {
    switch (message.kind) {
      case 'failure':
        return message.failure;
      case 'head':
        this.head = message;
        this.events = new Array(message.count);
        return null;
      case 'articles':
        for (const article of message.articles) this.articles.push(article);
        return null;
      case 'rows':
        for (let i = 0; i < message.rows.length; i++) {
          this.rows.push(message.rows[i]);
          this.events[message.at[i]] = message.rows[i].event;
        }
        return null;
      case 'done': {
        const head = this.head!;
        return { file: { ...head.file, articles: this.articles, events: this.events }, events: this.rows, actorFacets: head.actorFacets, placeFacets: head.placeFacets };
      }
    }
  }
}
