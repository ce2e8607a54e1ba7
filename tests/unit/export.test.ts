import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addDays, type ExportInput } from '../../src/lib/export/common.ts';
import { CSV_COLUMNS, EXCERPT_SEPARATOR, toCsv } from '../../src/lib/export/csv.ts';
import { ICS_UID_DOMAIN, toIcs } from '../../src/lib/export/ics.ts';
import { toEventsJson } from '../../src/lib/export/json.ts';
import { TYPE_COLOURS, toSvg } from '../../src/lib/export/svg.ts';
import { toTimelineJs } from '../../src/lib/export/timelinejs.ts';
import { typeName } from '../../src/lib/i18n.ts';
import { validateEventsFile } from '../../src/lib/load.ts';
import type { EventsFile, TimelineEvent } from '../../src/lib/types.ts';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sample-events.json'), 'utf8')) as EventsFile;
// Make the fixture exercise what the writers must survive: a quote, a comma and a line break in a
// title, an editor's change, a translation, a planned and a cancelled event, a multi-day span.
const events: TimelineEvent[] = file.events.map((e, i) => {
  if (i === 0) return { ...e, title: { ar: e.title.ar, en: 'Talks, "round one"\nin Riyadh & <elsewhere>' }, corrected: { fields: ['date'], machine: { date: { ...e.date, start: '2015-12-09', end: '2015-12-09' } } } };
  if (i === 1) return { ...e, status: 'planned', excerpts: e.excerpts.map((x) => ({ ...x, translation: 'An editor’s translation.' })) };
  if (i === 2) return { ...e, status: 'cancelled' };
  return e;
});
const input = (lang: 'ar' | 'en' = 'en'): ExportInput => ({ file, events, lang });

describe('JSON export', () => {
  it('is a valid events file with the same events, and only the articles and names they use', () => {
    const some = events.slice(0, 3);
    const back = JSON.parse(toEventsJson({ file, events: some, lang: 'en' })) as EventsFile;
    expect(validateEventsFile(back)).toEqual([]);
    expect(back.events).toEqual(some);
    expect(new Set(back.articles.map((a) => a.id))).toEqual(new Set(some.flatMap((e) => e.excerpts.map((x) => x.article))));
    expect(Object.keys(back.actors).sort()).toEqual([...new Set(some.flatMap((e) => e.actors))].sort());
  });
});

describe('CSV export', () => {
  const text = toCsv(input());
  const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF (RFC 4180)', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(`\ufeff${CSV_COLUMNS.join(',')}`);
  });

  it('parses back to one row per event with the same dates and text', () => {
    expect(rows).toHaveLength(events.length);
    rows.forEach((row, i) => {
      const e = events[i];
      expect(row.id).toBe(e.id);
      expect([row.start, row.end, row.precision, row.type, row.status]).toEqual([e.date.start, e.date.end, e.date.precision, e.type, e.status]);
      expect([row.title_ar, row.title_en]).toEqual([e.title.ar, e.title.en]);
      expect(row.excerpts.split(EXCERPT_SEPARATOR)).toEqual(e.excerpts.map((x) => x.text));
      expect(row.edited).toBe(e.corrected ? e.corrected.fields.join(' | ') : '');
    });
    expect(rows[1].translations).toContain('An editor’s translation.');
  });
});

describe('iCalendar export', () => {
  const text = toIcs(input('ar'));
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');

  it('parses back with ical.js: one all-day event per event, exclusive end, same titles', () => {
    expect(vevents).toHaveLength(events.length);
    vevents.forEach((v, i) => {
      const e = events[i];
      const ev = new ICAL.Event(v);
      expect(ev.uid).toBe(`${e.id}@${ICS_UID_DOMAIN}`);
      expect(ev.summary).toBe(e.title.ar);
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.startDate.toString()).toBe(e.date.start);
      expect(ev.endDate.toString()).toBe(addDays(e.date.end, 1));
      for (const x of e.excerpts) expect(ev.description).toContain(x.text);
    });
  });

  it('marks planned events tentative and cancelled ones cancelled', () => {
    const status = (i: number) => vevents[i].getFirstPropertyValue('status');
    expect([status(0), status(1), status(2)]).toEqual(['CONFIRMED', 'TENTATIVE', 'CANCELLED']);
  });

  it('has the lines a calendar requires and folds long lines at 75 octets', () => {
    for (const name of ['version', 'prodid']) expect(calendar.getFirstPropertyValue(name)).toBeTruthy();
    for (const v of vevents) expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is byte-identical for the same events (no clock in DTSTAMP)', () => {
    expect(toIcs(input('ar'))).toBe(text);
  });
});

describe('TimelineJS export', () => {
  const out = toTimelineJs(input('ar'));

  it('gives one slide per event with its dates at the precision the source gave', () => {
    expect(out.events.map((s) => s.unique_id)).toEqual(events.map((e) => e.id));
    out.events.forEach((slide, i) => {
      const [year, month, day] = events[i].date.start.split('-').map(Number);
      const precision = events[i].date.precision;
      const expected = precision === 'year' ? { year } : precision === 'month' || precision === 'part-of-year' ? { year, month } : { year, month, day };
      expect(slide.start_date).toEqual(expected);
      expect(slide.text.headline).not.toMatch(/[<>]/);
    });
  });

  it('escapes the HTML TimelineJS renders, keeps excerpts and sources, and groups by type', () => {
    const english = toTimelineJs(input('en'));
    expect(english.events[0].text.headline).toBe('Talks, &#34;round one&#34;\nin Riyadh &#38; &#60;elsewhere&#62;');
    const text = new JSDOM(`<div>${out.events[1].text.text}</div>`).window.document.body.textContent!;
    for (const x of events[1].excerpts) expect(text).toContain(x.text);
    expect(text).toContain('An editor’s translation.');
    english.events.forEach((slide, i) => expect(slide.group).toBe(typeName('en', events[i].type)));
  });
});

describe('SVG export', () => {
  const fonts = [{ weight: 400 as const, woff2: 'd09GMgABAAAA' }];
  const svg = toSvg(input('ar'), fonts);
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

  it('is well-formed SVG with every title, the source line and the fonts embedded', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const e of events) expect(texts.some((t) => t?.startsWith(e.title.ar))).toBe(true);
    expect(doc.querySelector('[data-role="source"]')?.textContent).toMatch(/^المصدر: عدد المقالات الإخبارية: \d+/);
    expect(doc.querySelector('style')?.textContent).toContain("src:url(data:font/woff2;base64,d09GMgABAAAA) format('woff2')");
    expect(svg).not.toMatch(/(?:href|src)=["']?https?:/);
  });

  it('uses the app theme colours for the types', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/base.css'), 'utf8');
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) expect(css).toContain(`--c-${type}: ${colour};`);
  });

  it('marks edited events in the image', () => {
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent === `${events[0].title.ar} (معدّل)`)).toBe(true);
  });
});
