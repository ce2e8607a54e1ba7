/**
 * An English line for an Arabic excerpt that a reader can trust because nothing in it is guessed:
 * it is put together from the event's structured record (type, who, where, when, status) and the
 * gazetteer's English names, never from translating the Arabic. "Meeting between John Kerry and
 * Sergey Lavrov, in Moscow, 15 December 2015: held."
 */
import { formatEventDate } from '../lib/format.ts';
import { statusName, typeName } from '../lib/i18n.ts';
import type { EventsFile, TimelineEvent } from '../lib/types.ts';

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** How the parties attach to the type: two sides meet or agree "between"; a statement is "by" someone. */
function parties(event: TimelineEvent, names: string[]): string {
  if (!names.length) return '';
  if (event.type === 'statement') return ` by ${andList(names)}`;
  if (names.length > 1 && event.type !== 'ceasefire' && event.type !== 'deadline') return ` between ${andList(names)}`;
  return ` involving ${andList(names)}`;
}

export function englishLine(event: TimelineEvent, file: Pick<EventsFile, 'actors' | 'places'>): string {
  const actors = event.actors.map((k) => file.actors[k]?.en ?? k);
  const places = event.places.map((k) => file.places[k]?.en ?? k);
  const where = places.length ? `, in ${andList(places)}` : '';
  const time = event.date.time ? ` at ${event.date.time}` : '';
  const when = `${event.date.approximate ? 'around ' : ''}${formatEventDate(event.date, 'en')}${time}`;
  return `${typeName('en', event.type)}${parties(event, actors)}${where}, ${when}: ${statusName('en', event.status)}.`;
}
