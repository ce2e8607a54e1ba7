/**
 * Stable event ids for links (`?event=`): readable, URL-safe ([\w.:-]) and derived only from the
 * event's own fields, so the same input gives byte-identical ids and adding an unrelated article
 * changes none of them: `2016-07-14-meeting-moscow-kerry-lavrov-putin`. The qualifier (topic or
 * kind) does not repeat the type: a ceasefire's "ceasefire-start" is `2016-02-21-ceasefire-start`.
 *
 * Takes merged events; gives their ids in the same order. Events whose readable ids collide get a
 * short hash of their own earliest excerpt and fields, never a position or a counter, so which
 * other events exist does not change what an event is called beyond the shared suffix rule.
 *
 * Deliberately not done: keeping an id when the event itself changes (a new report that moves its
 * date or adds an actor renames it: the id describes the event).
 */
import { namedActors } from './gazetteer.ts';
import type { MergedEvent } from './merge.ts';

/** Actors named in an id; more make ids long without making them more distinct. */
const MAX_ID_ACTORS = 3;
/** Kinds that are the default reading of their type and so are left out of the id. */
const PLAIN_KINDS: ReadonlySet<string> = new Set(['talks', 'visit', 'discussion', 'agreement', 'deadline']);

/** Ids for the events, in the same order. Does not modify its input. */
export function assignIds(events: readonly MergedEvent[]): string[] {
  const readable = events.map(readableId);
  const count = new Map<string, number>();
  for (const id of readable) count.set(id, (count.get(id) ?? 0) + 1);
  return readable.map((id, i) => (count.get(id)! > 1 ? `${id}-${fingerprint(events[i])}` : id));
}

function readableId(e: MergedEvent): string {
  const qualifier = e.topic ?? (PLAIN_KINDS.has(e.kind) ? undefined : e.kind);
  const named = namedActors(e.actors, MAX_ID_ACTORS);
  return [e.date.start, e.type, withoutWord(qualifier, e.type), e.places[0], ...named].filter(Boolean).join('-');
}

/** The hyphenated qualifier without one of its words: "ceasefire-start" less "ceasefire" is "start"; nothing left is undefined. */
function withoutWord(qualifier: string | undefined, word: string): string | undefined {
  return qualifier?.split('-').filter((w) => w !== word).join('-') || undefined;
}

/** FNV-1a of the earliest excerpt and the fields, base 36: identical only for identical events. */
function fingerprint(e: MergedEvent): string {
  const first = e.excerpts[0];
  const text = [first?.article, first?.text, e.kind, e.topic, e.date.end, e.status, e.actors.join(','), e.places.join(',')].join('\u0000');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}
