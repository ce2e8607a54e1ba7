/**
 * CSV for spreadsheets, through csv-stringify (its browser build, which brings its own Buffer), so
 * RFC 4180 quoting keeps commas, quotes and line breaks in excerpts intact. UTF-8 with a byte-order mark, the only way Excel opens UTF-8 Arabic without
 * mojibake. One row per event; excerpts joined by a blank line, sources by " | ".
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { credit, names, sourcesOf, type ExportInput } from './common.ts';

export const CSV_COLUMNS = [
  'id', 'start', 'end', 'precision', 'approximate', 'time', 'type', 'status', 'title_ar', 'title_en',
  'actors_en', 'actors_ar', 'places_en', 'places_ar', 'excerpts', 'translations', 'sources', 'source_urls', 'edited',
] as const;
/** Between excerpts in one cell: a blank line reads as paragraphs in a spreadsheet cell. */
export const EXCERPT_SEPARATOR = '\n\n';
export const LIST_SEPARATOR = ' | ';

export function toCsv({ file, events }: ExportInput): string {
  const rows = events.map((e) => {
    const sources = sourcesOf(e, file);
    return {
      id: e.id,
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      approximate: e.date.approximate ? 'yes' : 'no',
      time: e.date.time ?? '',
      type: e.type,
      status: e.status,
      title_ar: e.title.ar,
      title_en: e.title.en,
      actors_en: names(e, 'actors', file, 'en').join(LIST_SEPARATOR),
      actors_ar: names(e, 'actors', file, 'ar').join(LIST_SEPARATOR),
      places_en: names(e, 'places', file, 'en').join(LIST_SEPARATOR),
      places_ar: names(e, 'places', file, 'ar').join(LIST_SEPARATOR),
      excerpts: e.excerpts.map((x) => x.text).join(EXCERPT_SEPARATOR),
      translations: e.excerpts.map((x) => x.translation ?? '').join(EXCERPT_SEPARATOR).trim(),
      sources: sources.map(credit).join(LIST_SEPARATOR),
      source_urls: sources.flatMap((a) => (a.url ? [a.url] : [])).join(LIST_SEPARATOR),
      edited: e.corrected ? e.corrected.fields.join(LIST_SEPARATOR) : '',
    };
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}
