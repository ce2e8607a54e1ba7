/**
 * JSON in the project's own format (`EventsFile`): the exported events, only the articles, actors
 * and places they use, so the file loads in the app (`?data=`) and passes its validator.
 */
import type { EventsFile } from '../types.ts';
import type { ExportInput } from './common.ts';

export function toEventsJson({ file, events }: ExportInput): string {
  const articles = new Set(events.flatMap((e) => e.excerpts.map((x) => x.article)));
  const used = (table: 'actors' | 'places') => {
    const keys = new Set(events.flatMap((e) => e[table]));
    return Object.fromEntries(Object.entries(file[table]).filter(([k]) => keys.has(k)));
  };
  const out: EventsFile = {
    articles: file.articles.filter((a) => articles.has(a.id)),
    events: [...events],
    actors: used('actors'),
    places: used('places'),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
