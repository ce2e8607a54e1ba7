/**
 * iCalendar (RFC 5545) through the `ics` library: one all-day event per timeline event, DTEND the
 * day after the last day (RFC 5545 all-day ends are exclusive), so a three-day conference fills
 * three days. Planned, near and postponed events are TENTATIVE, cancelled ones CANCELLED, the rest
 * CONFIRMED. UIDs are the stable event ids, so re-importing updates instead of duplicating.
 * DTSTAMP is the newest article's publication day, not the clock: the same events give the same file.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { EventStatus } from '../types.ts';
import { addDays, credit, names, sourcesOf, type ExportInput } from './common.ts';
import { typeName, statusName } from '../i18n.ts';

export const ICS_UID_DOMAIN = 'syria-talks-timeline';
const TENTATIVE: readonly EventStatus[] = ['planned', 'near', 'postponed'];

const dayArray = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

export function toIcs({ file, events, lang }: ExportInput): string {
  const stamp = Date.parse(`${file.articles.map((a) => a.published).sort().at(-1) ?? '1970-01-01'}T00:00:00Z`);
  const attributes: EventAttributes[] = events.map((e) => {
    const sources = sourcesOf(e, file);
    const description = [
      `${typeName(lang, e.type)} · ${statusName(lang, e.status)}`,
      ...e.excerpts.map((x) => `«${x.text}»${x.translation ? `\n${x.translation}` : ''}`),
      ...sources.map(credit),
    ].join('\n\n');
    const places = names(e, 'places', file, lang);
    return {
      uid: `${e.id}@${ICS_UID_DOMAIN}`,
      title: e.title[lang],
      start: dayArray(e.date.start),
      end: dayArray(addDays(e.date.end, 1)),
      timestamp: stamp,
      description,
      status: e.status === 'cancelled' ? 'CANCELLED' : TENTATIVE.includes(e.status) ? 'TENTATIVE' : 'CONFIRMED',
      categories: [typeName(lang, e.type)],
      ...(places.length ? { location: places.join(', ') } : {}),
      ...(sources[0]?.url ? { url: sources[0].url } : {}),
    };
  });
  const { error, value } = createEvents(attributes, { productId: `-//${ICS_UID_DOMAIN}//timeline//${lang.toUpperCase()}`, calName: 'US–Russia talks on Syria' });
  if (error || !value) throw new Error(`iCalendar export failed: ${error?.message ?? 'no output'}`);
  return refold(value);
}

/** Lines longest allowed by RFC 5545, in octets: the library counts characters, and Arabic is two octets each. */
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** Unfolds the library's lines and folds them again at 75 octets, never inside a character. */
function refold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').map((line) => {
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    for (const ch of line) {
      const size = encoder.encode(ch).length;
      // A continuation line starts with one space, which counts towards its 75.
      if (octets + size > MAX_LINE_OCTETS - (parts.length ? 1 : 0)) {
        parts.push(current);
        current = '';
        octets = 0;
      }
      current += ch;
      octets += size;
    }
    parts.push(current);
    return parts.join('\r\n ');
  }).join('\r\n');
}
