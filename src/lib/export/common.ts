/**
 * What every export starts from: the events file (for articles, actors and places), the events
 * to export (the app passes the ones its filters and search leave; the CLI passes all), and the
 * language of the text. Shared helpers so the formats agree on names, sources and file names.
 */
import type { ArticleMeta, EventsFile, TimelineEvent } from '../types.ts';
import type { Lang } from '../url-state.ts';

export interface ExportInput {
  file: EventsFile;
  /** The events to export: in the app, those the filters and search leave. */
  events: readonly TimelineEvent[];
  lang: Lang;
}

/** What the app's Download menu and its panel are given: an export's input, the file null until it loads. */
export type ExportSource = Omit<ExportInput, 'file'> & { file: EventsFile | null };

export const EXPORT_FORMATS = ['timelinejs', 'csv', 'ics', 'svg', 'png', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension and media type of each format. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; type: string }> = {
  timelinejs: { extension: 'timelinejs.json', type: 'application/json' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  ics: { extension: 'ics', type: 'text/calendar;charset=utf-8' },
  svg: { extension: 'svg', type: 'image/svg+xml' },
  png: { extension: 'png', type: 'image/png' },
  json: { extension: 'json', type: 'application/json' },
};

export function fileName(format: ExportFormat): string {
  return `syria-talks-timeline.${FORMAT_FILES[format].extension}`;
}

/** Names of an event's actors or places in one language, in the event's order. */
export function names(event: TimelineEvent, table: 'actors' | 'places', file: EventsFile, lang: Lang): string[] {
  return event[table].map((key) => file[table][key]?.[lang] ?? key);
}

/** The articles an event's excerpts come from, once each, in excerpt order. */
export function sourcesOf(event: TimelineEvent, file: EventsFile): ArticleMeta[] {
  const byId = new Map(file.articles.map((a) => [a.id, a]));
  return [...new Set(event.excerpts.map((x) => x.article))].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** "Al-Hayat, 25 Mar 2016 (https://…)": how an article is credited in text formats. */
export function credit(article: ArticleMeta): string {
  const who = article.outlet ?? article.title ?? article.id;
  return `${who}, ${article.published}${article.url ? ` (${article.url})` : ''}`;
}

/** The outlets the exported events come from, for the source line of an image. */
export function outletsOf(input: ExportInput): string[] {
  const outlets = new Set<string>();
  for (const event of input.events) for (const a of sourcesOf(event, input.file)) if (a.outlet) outlets.add(a.outlet);
  return [...outlets].sort();
}

/** Calendar days after an ISO date, in UTC (no time zone can shift a day). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
