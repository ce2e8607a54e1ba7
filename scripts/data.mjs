/**
 * `npm run data`: runs `scripts/build-events.ts` (same arguments, output and exit status) from one
 * esbuild bundle of it and the pipeline, which Node starts in a third of the CPU time tsx takes to
 * compile the same modules one by one (0.35 s instead of 1.1 s).
 *
 * The bundle is kept in `node_modules/.cache/syria-timeline/`. Its first line lists every source it
 * was built from with a hash of the content, as the analysis workers' bundle does
 * (`scripts/pipeline/worker-bundle.ts`), and it is built again whenever one of them differs, so
 * it never runs code older than the sources. Each module keeps its own `import.meta.url` and
 * `import.meta.dirname`, so what the pipeline finds from where its sources are (the project root,
 * the worker's entry) is the same as under tsx. A bundle built from a source saved less than a
 * second before is run once and not kept: the file may have been mid-save. When esbuild cannot
 * build it (a syntax error), the sources run through tsx, which reports the error as it always did.
 *
 * Plain JavaScript, so it starts with nothing but Node.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// A cold build is over before V8's optimising compiler pays for itself: each analysis thread spends
// about a second of CPU compiling, most of it inlining the pipeline's large functions into one
// another. Without inlining that compile time falls by about 0.5 s per thread and the compiled code
// runs no slower on the articles (warm analysis time unchanged). The flag is process-wide, so the
// analysis workers have it too; it is set before any of the pipeline is compiled.
setFlagsFromString('--no-turbo-inlining');
// For the same reason V8 is made to wait longer before it sends a function to that compiler: at its
// default budget (about 66 KB of bytecode run) it compiles many functions of the pipeline that run
// only a few hundred times per article, on the same two cores as the analysis. Waiting 18 times as
// long leaves it the functions that run all through the build: the 10 MB cold build took about 18 %
// less CPU (7.8 → 6.4 s) and the 20 MB one 20 % less.
setFlagsFromString('--interrupt-budget=1200000');
// Each regex is by default compiled twice: to bytecode for its first run, then to machine code once
// it runs again. The pipeline's regexes all run again, many of them large (names, triggers, dates),
// and each thread compiles them for itself: straight to machine code, the 10 MB cold build took
// 3 % less CPU and time.
setFlagsFromString('--no-regexp-tier-up');

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'scripts/build-events.ts');
const BUNDLE = join(ROOT, 'node_modules/.cache/syria-timeline/build-events.mjs');
const INPUTS_MARK = '// inputs ';
/** A source modified this close to the build may be mid-save: the bundle is not kept. */
const EDIT_MARGIN_MS = 1000;

/** Whether the bundle exists, was built here, and every file it lists still has the content it was built from. */
function upToDate() {
  let firstLine;
  try {
    const text = readFileSync(BUNDLE, 'utf8');
    firstLine = text.slice(0, text.indexOf('\n'));
  } catch {
    return false;
  }
  if (!firstLine.startsWith(INPUTS_MARK)) return false;
  const { root, inputs } = JSON.parse(firstLine.slice(INPUTS_MARK.length));
  return root === ROOT && Object.entries(inputs).every(([file, hash]) => {
    try {
      return contentHash(join(ROOT, file)) === hash;
    } catch {
      return false;
    }
  });
}

/** Builds the bundle and loads it; the sources through tsx when it cannot be built. */
async function fromFreshBundle() {
  const started = Date.now();
  let result;
  try {
    const esbuild = await import('esbuild');
    result = await esbuild.build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [ownImportMeta],
    });
  } catch {
    const tsx = await import('tsx/esm/api');
    tsx.register();
    return import(pathToFileURL(ENTRY).href);
  }
  const files = Object.keys(result.metafile.inputs).sort();
  const inputs = Object.fromEntries(files.map((file) => [file, contentHash(join(ROOT, file))]));
  const text = `${INPUTS_MARK}${JSON.stringify({ root: ROOT, inputs })}\n${result.outputFiles[0].text}`;
  const keep = files.every((file) => statSync(join(ROOT, file)).mtimeMs <= started - EDIT_MARGIN_MS);
  // Beside the bundle, so a concurrent run never loads half a file; renamed over it only when kept.
  const temp = `${BUNDLE}.${process.pid}.mjs`;
  mkdirSync(dirname(BUNDLE), { recursive: true });
  writeFileSync(temp, text);
  if (keep) {
    renameSync(temp, BUNDLE);
    return import(pathToFileURL(BUNDLE).href);
  }
  try {
    return await import(pathToFileURL(temp).href);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Replaces `import.meta.url`, `.dirname` and `.filename` in each source with that source's own, which bundling would otherwise turn into the bundle's. */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const own = { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
      const contents = readFileSync(path, 'utf8').replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => JSON.stringify(own[key]));
      return { contents, loader: 'ts' };
    });
  },
};

function contentHash(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

const cli = upToDate() ? await import(pathToFileURL(BUNDLE).href) : await fromFreshBundle();
process.exitCode = cli.main(process.argv.slice(2));
