/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): one slide per event,
 * with start and end dates at the precision the source gave (a month-precise event has no day),
 * the title as headline, the excerpts and their sources as the slide's text, grouped by type.
 * TimelineJS renders `text` as HTML, so every value is escaped here.
 * No `media`: a media URL would make TimelineJS fetch from another site at run time.
 */
import type { EventDate, TimelineEvent } from '../types.ts';
import { statusName, t, typeName } from '../i18n.ts';
import { credit, escapeXml, sourcesOf, type ExportInput } from './common.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

function jsDate(iso: string, precision: EventDate['precision']): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number);
  if (precision === 'year') return { year };
  if (precision === 'month' || precision === 'part-of-year') return { year, month };
  return { year, month, day };
}

function slideText(event: TimelineEvent, input: ExportInput): string {
  const dir = (lang: string) => (lang === 'ar' ? ' dir="rtl" lang="ar"' : '');
  const quotes = event.excerpts.map((x) =>
    `<blockquote${dir('ar')}>${escapeXml(x.text)}</blockquote>${x.translation ? `<p lang="en"><em>${escapeXml(x.translation)}</em></p>` : ''}`);
  const sources = sourcesOf(event, input.file).map((a) => `<p class="tl-credit">${escapeXml(credit(a))}</p>`);
  return [`<p>${escapeXml(statusName(input.lang, event.status))}</p>`, ...quotes, ...sources].join('');
}

export function toTimelineJs(input: ExportInput): TimelineJsFile {
  const { lang, events } = input;
  return {
    title: { text: { headline: escapeXml(t(lang, 'appTitle')), text: escapeXml(t(lang, 'appSubtitle')) } },
    events: events.map((e) => {
      const coarse = e.date.precision === 'month' || e.date.precision === 'part-of-year' || e.date.precision === 'year';
      return {
        unique_id: e.id,
        start_date: jsDate(e.date.start, e.date.precision),
        ...(e.date.end !== e.date.start && !coarse ? { end_date: jsDate(e.date.end, e.date.precision) } : {}),
        text: { headline: escapeXml(e.title[lang]), text: slideText(e, input) },
        group: typeName(lang, e.type),
      };
    }),
  };
}

export function toTimelineJsText(input: ExportInput): string {
  return `${JSON.stringify(toTimelineJs(input), null, 2)}\n`;
}
