/**
 * `npm run export -- --format F --out FILE [--in FILE --lang ar|en]`: the events file (as
 * `npm run data` wrote it, corrections applied) in another format: timelinejs, csv, ics, svg, png
 * or json. The same writers as the app's Download menu (`src/lib/export/`), given every event.
 * PNG is the SVG drawn by headless Chromium (`scripts/chromium.ts`) at twice its size.
 * The input is checked with the app's own validator; the output is written atomically.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { writeFileAtomic } from './pipeline/write.ts';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput } from '../src/lib/export/common.ts';
import { exportText } from '../src/lib/export/index.ts';
import type { EmbeddedFont } from '../src/lib/export/svg.ts';
import { validateEventsFile } from '../src/lib/load.ts';
import type { EventsFile } from '../src/lib/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = `Usage: npm run export -- --format FORMAT --out FILE [--in FILE] [--lang ar|en]

Writes the timeline's events in another format.
  --format  ${EXPORT_FORMATS.join(' | ')}
  --out     file to write
  --in      events file to read (default: data/events.json; run npm run data first)
  --lang    language of titles and labels (default: ar)`;

export function embeddedFonts(): EmbeddedFont[] {
  return ([400, 700] as const).map((weight) => ({
    weight,
    woff2: readFileSync(resolve(ROOT, `node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`)).toString('base64'),
  }));
}

/** The SVG as pixels, drawn by Chromium once its embedded fonts have loaded. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    await page.evaluate(() => document.fonts.ready);
    return await page.locator('svg').screenshot({ type: 'png' });
  } finally {
    await browser.close();
  }
}

export async function main(argv: string[], output = { log: console.log, error: console.error }): Promise<number> {
  let options: { format?: string; out?: string; in?: string; lang?: string; help?: boolean };
  try {
    options = parseArgs({ args: argv, options: { format: { type: 'string' }, out: { type: 'string' }, in: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    output.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    output.log(USAGE);
    return 0;
  }
  const format = options.format as ExportFormat;
  const lang = options.lang ?? 'ar';
  const problem = !EXPORT_FORMATS.includes(format) ? `--format must be one of ${EXPORT_FORMATS.join(', ')}`
    : !options.out ? '--out FILE is required'
    : lang !== 'ar' && lang !== 'en' ? '--lang must be ar or en' : null;
  if (problem) {
    output.error(`${problem}\n\n${USAGE}`);
    return 2;
  }
  const inFile = options.in ?? resolve(ROOT, 'data/events.json');
  let file: EventsFile;
  try {
    const data: unknown = JSON.parse(readFileSync(inFile, 'utf8'));
    const problems = validateEventsFile(data);
    if (problems.length) throw new Error(`not an events file: ${problems.join('; ')}`);
    file = data as EventsFile;
  } catch (error) {
    output.error(`error: ${inFile}: ${(error as Error).message}`);
    return 1;
  }
  const input: ExportInput = { file, events: file.events, lang: lang as ExportInput['lang'] };
  const fonts = format === 'svg' || format === 'png' ? embeddedFonts() : [];
  const content = format === 'png' ? await svgToPng(await exportText('svg', input, fonts)) : await exportText(format, input, fonts);
  writeFileAtomic(options.out!, content);
  output.log(`wrote ${options.out} (${format}, ${file.events.length} events, ${Buffer.byteLength(content)} bytes)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
