/**
 * The analysis worker as one plain JavaScript file, so a worker starts without tsx: loading the
 * pipeline's 46 TypeScript modules through tsx's loader costs a worker about 0.5 s of CPU and a
 * loader thread of its own; one bundled file loads in a tenth of that.
 *
 * Takes the worker's TypeScript entry; gives the file URL of a bundle of it, built with esbuild
 * (the compiler tsx itself runs) into `node_modules/.cache/syria-timeline/`. The bundle's first line
 * lists every file it was built from with a hash of its content, and the bundle is built again
 * whenever one of them differs, so a worker never runs code older than the sources. Gives
 * `undefined` when the bundle cannot be built or written: the worker then loads the sources through
 * tsx, slower and the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomic } from './write.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/syria-timeline');
const INPUTS_MARK = '// inputs ';
/** A source modified this close to the build may be mid-save: the bundle is not kept. */
const EDIT_MARGIN_MS = 1000;

export function workerBundle(entryUrl: string): string | undefined {
  const entry = fileURLToPath(entryUrl);
  const bundle = join(CACHE_DIR, `${basename(entry, '.ts')}.mjs`);
  try {
    return upToDate(bundle) || build(entry, bundle) ? pathToFileURL(bundle).href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the bundle exists and every file it lists still has the content it was built from. */
function upToDate(bundle: string): boolean {
  let firstLine: string;
  try {
    const text = readFileSync(bundle, 'utf8');
    firstLine = text.slice(0, text.indexOf('\n'));
  } catch {
    return false;
  }
  if (!firstLine.startsWith(INPUTS_MARK)) return false;
  const inputs = JSON.parse(firstLine.slice(INPUTS_MARK.length)) as Record<string, string>;
  return Object.entries(inputs).every(([file, hash]) => {
    try {
      return contentHash(join(ROOT, file)) === hash;
    } catch {
      return false;
    }
  });
}

/**
 * Builds and writes the bundle; false, writing nothing, when a source changed while it was built
 * (or just before), since the hashes read after the build might then not be what esbuild read.
 */
function build(entry: string, bundle: string): boolean {
  const started = Date.now();
  // Loaded only to build: most runs find the bundle up to date and never pay for esbuild.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = Object.keys(result.metafile.inputs).sort();
  if (files.some((file) => statSync(join(ROOT, file)).mtimeMs > started - EDIT_MARGIN_MS)) return false;
  const inputs = Object.fromEntries(files.map((file) => [file, contentHash(join(ROOT, file))]));
  writeFileAtomic(bundle, `${INPUTS_MARK}${JSON.stringify(inputs)}\n${result.outputFiles[0].text}`);
  return true;
}

function contentHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
