/**
 * For the UI benchmark (`bench-ui.ts`): a static server on 127.0.0.1 for the build, the synthetic
 * events files and a self-hosted TimelineJS, and the sizes of what the build ships. Serves nothing
 * outside its folders, and never caches, so every load is measured whole. Text is sent gzipped
 * when the browser asks for it, as any static host would, so the phone's throttled network carries
 * what a reader's would.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);
/** TimelineJS's built files, served at /timelinejs/ for the phone comparison. */
const TIMELINEJS_DIST = resolve(import.meta.dirname, '../node_modules/@knight-lab/timelinejs/dist');

/** Gzipped bodies by path and modification time: compressing a 7 MB events file once is enough. */
const gzipped = new Map<string, Buffer>();
function gzipOf(file: string): Buffer {
  const key = `${file}@${statSync(file).mtimeMs}`;
  let body = gzipped.get(key);
  if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file), { level: 6 })));
  return body;
}

/** Static files from `dist`, /bench/* from `bench`, /timelinejs/* from TimelineJS's dist; nothing else. */
export function serve(dist: string, bench: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [base, rel] = path.startsWith('/bench/')
      ? [bench, path.slice('/bench/'.length)]
      : path.startsWith('/timelinejs/')
        ? [TIMELINEJS_DIST, path.slice('/timelinejs/'.length)]
        : [dist, path.slice(1) || 'index.html'];
    const file = resolve(base, rel);
    if (relative(base, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipOf(file));
      return;
    }
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

export interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Every file of the build with its size and gzip -9 size, by kind. */
export function assets(dist: string): { code: Asset[]; fonts: Asset[]; html: Asset[] } {
  const all = walk(dist).map((path) => {
    const data = readFileSync(path);
    return { file: relative(dist, path), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  return {
    code: all.filter((a) => /\.(js|mjs|css)$/.test(a.file)),
    fonts: all.filter((a) => /\.woff2?$/.test(a.file)),
    html: all.filter((a) => /\.html$/.test(a.file)),
  };
}
