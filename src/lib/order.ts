/**
 * Date order, defined once for everything that lists or steps through events: the prepared rows
 * (list, arrow keys, clusters), the presenter's slides and the browser tests' expectations.
 * Start day first, then end day (so the shorter of two events starting together comes first), then
 * id. ISO dates compare correctly as strings. Ids compare by UTF-16 code unit, not `localeCompare`:
 * a locale-aware order depends on the runtime's ICU data and language, and Node, Chromium, the
 * Arabic and the English page must all agree on which of two same-day events is "next".
 */
import type { EventDate } from './types.ts';

export interface Dated {
  id: string;
  date: Pick<EventDate, 'start' | 'end'>;
}

export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareByDate(a: Dated, b: Dated): number {
  return byCodeUnit(a.date.start, b.date.start) || byCodeUnit(a.date.end, b.date.end) || byCodeUnit(a.id, b.id);
}
