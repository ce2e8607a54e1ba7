/**
 * One entry for every export format except PNG (which needs a renderer: a canvas in the app,
 * headless Chromium in the CLI): the text of the file for the events given. Each writer is loaded
 * only when its format is asked for, so the app's Download menu does not fetch the calendar and CSV
 * libraries for a JSON file.
 */
import type { ExportFormat, ExportInput } from './common.ts';
import type { EmbeddedFont } from './svg.ts';

export async function exportText(format: Exclude<ExportFormat, 'png'>, input: ExportInput, fonts: readonly EmbeddedFont[]): Promise<string> {
  switch (format) {
    case 'timelinejs':
      return (await import('./timelinejs.ts')).toTimelineJsText(input);
    case 'csv':
      return (await import('./csv.ts')).toCsv(input);
    case 'ics':
      return (await import('./ics.ts')).toIcs(input);
    case 'svg':
      return (await import('./svg.ts')).toSvg(input, fonts);
    case 'json':
      return (await import('./json.ts')).toEventsJson(input);
  }
}
