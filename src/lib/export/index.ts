/**
 * One entry for every export format except PNG (which needs a renderer: a canvas in the app,
 * headless Chromium in the CLI): the text of the file for the events given.
 */
import type { ExportFormat, ExportInput } from './common.ts';
import { toCsv } from './csv.ts';
import { toIcs } from './ics.ts';
import { toEventsJson } from './json.ts';
import { toSvg, type EmbeddedFont } from './svg.ts';
import { toTimelineJsText } from './timelinejs.ts';

export function exportText(format: Exclude<ExportFormat, 'png'>, input: ExportInput, fonts: readonly EmbeddedFont[]): string {
  switch (format) {
    case 'timelinejs':
      return toTimelineJsText(input);
    case 'csv':
      return toCsv(input);
    case 'ics':
      return toIcs(input);
    case 'svg':
      return toSvg(input, fonts);
    case 'json':
      return toEventsJson(input);
  }
}
