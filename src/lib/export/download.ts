/**
 * The app's side of the exports (loaded only when someone opens the Download menu): builds the
 * file for the events the view shows, and hands it to the browser as a download. The fonts for
 * SVG and PNG are the app's own self-hosted files, fetched from this site; PNG is the SVG drawn on
 * a canvas at twice its size. Nothing is fetched from anywhere else.
 */
import font400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import font700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?url';
import { fileName, FORMAT_FILES, type ExportFormat, type ExportInput } from './common.ts';
import { exportText } from './index.ts';
import type { EmbeddedFont } from './svg.ts';

const PNG_SCALE = 2;

async function embeddedFonts(): Promise<EmbeddedFont[]> {
  const load = async (weight: 400 | 700, url: string): Promise<EmbeddedFont> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { weight, woff2: btoa(binary) };
  };
  return Promise.all([load(400, font400), load(700, font700)]);
}

async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the page's policy allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * PNG_SCALE;
  canvas.height = image.naturalHeight * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export async function exportBlob(format: ExportFormat, input: ExportInput): Promise<Blob> {
  const fonts = format === 'svg' || format === 'png' ? await embeddedFonts() : [];
  if (format === 'png') return svgToPng(await exportText('svg', input, fonts));
  return new Blob([await exportText(format, input, fonts)], { type: FORMAT_FILES[format].type });
}

export async function download(format: ExportFormat, input: ExportInput): Promise<void> {
  const blob = await exportBlob(format, input);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(format);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a minute is ample for that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
