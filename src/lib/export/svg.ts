/**
 * An image of the exported events for print and social posts: the title, a time axis with a mark
 * per event (coloured by type, ranges as bars), one line per event with its date and title, and
 * the source line. Arabic is laid out right to left. The fonts are embedded (`fonts`, base64 WOFF2
 * of the Noto Naskh Arabic the app self-hosts), so the Arabic shapes the same in any viewer or
 * printer; the image refers to nothing outside itself.
 *
 * Takes plain data and gives SVG text, so the CLI and the app draw the same picture; turning it into
 * PNG is the caller's job (a canvas in the app, headless Chromium in the CLI).
 */
import { formatEventDate } from '../format.ts';
import { dirOf, t } from '../i18n.ts';
import type { EventType } from '../types.ts';
import { escapeXml, outletsOf, type ExportInput } from './common.ts';
import { EXPORT_STRINGS } from './strings.ts';

export interface EmbeddedFont {
  weight: 400 | 700;
  /** WOFF2 bytes, base64. */
  woff2: string;
}

/** The light theme's type colours (`--c-*` in src/styles/base.css): print is on white. */
export const TYPE_COLOURS: Record<EventType, string> = {
  meeting: '#1d5fa6',
  agreement: '#1b7340',
  ceasefire: '#9c4a00',
  deadline: '#8b2c8b',
  call: '#00707a',
  statement: '#6b5a00',
};

const WIDTH = 1200;
const MARGIN = 40;
const AXIS_Y = 150;
const ROWS_Y = 210;
const ROW_HEIGHT = 30;
const DAY_MS = 86_400_000;
const FONT_FAMILY = 'Noto Naskh Arabic';

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function toSvg(input: ExportInput, fonts: readonly EmbeddedFont[]): string {
  const { events, lang } = input;
  const strings = EXPORT_STRINGS[lang];
  const rtl = dirOf(lang) === 'rtl';
  const height = ROWS_Y + Math.max(events.length, 1) * ROW_HEIGHT + 70;
  const start = events.length ? Math.min(...events.map((e) => time(e.date.start))) : 0;
  const end = events.length ? Math.max(...events.map((e) => time(e.date.end))) + DAY_MS : DAY_MS;
  const span = Math.max(end - start, 30 * DAY_MS);
  const left = MARGIN;
  const right = WIDTH - MARGIN;
  /** Time runs right to left in Arabic, as the app's timeline does. */
  const x = (ms: number) => {
    const f = (ms - start) / span;
    return rtl ? right - f * (right - left) : left + f * (right - left);
  };
  const edge = rtl ? right : left;
  const anchor = 'start';
  const textAttrs = `direction="${rtl ? 'rtl' : 'ltr'}" text-anchor="${anchor}"`;

  const ticks: string[] = [];
  for (const first of yearStarts(start, start + span)) {
    ticks.push(`<line x1="${x(first)}" x2="${x(first)}" y1="${AXIS_Y - 30}" y2="${AXIS_Y + 8}" stroke="#8a939e"/>`
      + `<text x="${x(first)}" y="${AXIS_Y + 28}" font-size="15" fill="#4a535e" text-anchor="middle">${new Date(first).getUTCFullYear()}</text>`);
  }
  const marks = events.map((e) => {
    const a = x(time(e.date.start));
    const b = x(time(e.date.end) + DAY_MS);
    const colour = TYPE_COLOURS[e.type];
    return Math.abs(b - a) > 6
      ? `<rect x="${Math.min(a, b)}" y="${AXIS_Y - 22}" width="${Math.abs(b - a)}" height="10" rx="3" fill="${colour}" fill-opacity="0.7"/>`
      : `<circle cx="${(a + b) / 2}" cy="${AXIS_Y - 17}" r="6" fill="${colour}" fill-opacity="0.85"/>`;
  });
  const rows = events.map((e, i) => {
    const y = ROWS_Y + i * ROW_HEIGHT;
    const dot = rtl ? edge - 7 : edge + 7;
    const dateX = rtl ? edge - 22 : edge + 22;
    const titleX = rtl ? edge - 250 : edge + 250;
    const edited = e.corrected ? ` ${strings.edited}` : '';
    return `<g data-event="${escapeXml(e.id)}"><circle cx="${dot}" cy="${y - 6}" r="6" fill="${TYPE_COLOURS[e.type]}"/>`
      + `<text x="${dateX}" y="${y}" font-size="15" fill="#4a535e" ${textAttrs}>${escapeXml(formatEventDate(e.date, lang))}</text>`
      + `<text x="${titleX}" y="${y}" font-size="17" fill="#1b1f24" ${textAttrs}>${escapeXml(e.title[lang] + edited)}</text></g>`;
  });
  const outlets = outletsOf(input);
  const articles = new Set(events.flatMap((e) => e.excerpts.map((x) => x.article))).size;
  const from = articles ? strings.articles(articles) + (outlets.length ? ` (${outlets.join(lang === 'ar' ? '، ' : ', ')})` : '') : strings.noSource;
  const source = `${strings.source}: ${from} · ${strings.builtBy}`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" lang="${lang}" direction="${rtl ? 'rtl' : 'ltr'}">`,
    `<style>${fonts.map(fontFace).join('')}text{font-family:'${FONT_FAMILY}',sans-serif}</style>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${edge}" y="62" font-size="30" font-weight="700" fill="#1b1f24" ${textAttrs}>${escapeXml(t(lang, 'appTitle'))}</text>`,
    `<text x="${edge}" y="96" font-size="17" fill="#4a535e" ${textAttrs}>${escapeXml(strings.count(events.length))}</text>`,
    `<line x1="${left}" x2="${right}" y1="${AXIS_Y}" y2="${AXIS_Y}" stroke="#8a939e"/>`,
    ...ticks,
    ...marks,
    ...rows,
    `<text x="${edge}" y="${height - 28}" font-size="14" fill="#4a535e" ${textAttrs} data-role="source">${escapeXml(source)}</text>`,
    '</svg>',
  ].join('\n');
}

function fontFace(font: EmbeddedFont): string {
  return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${font.weight};src:url(data:font/woff2;base64,${font.woff2}) format('woff2')}`;
}

/** 1 January of every year inside [from, to], as UTC milliseconds. */
function yearStarts(from: number, to: number): number[] {
  const out: number[] = [];
  for (let year = new Date(from).getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= to; year++) out.push(Date.UTC(year, 0, 1));
  return out;
}
