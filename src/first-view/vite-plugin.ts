/**
 * Puts the default first views (the page's and the embed's) into the built index.html, so a phone
 * paints the timeline's first events as soon as the HTML and stylesheet arrive, before any script has
 * run. At build time it renders `render.ts` once per view and language from the events file
 * (through a Vite dev server in SSR mode, which compiles the same Svelte components for the server)
 * and builds `choose.ts` into a small classic script that picks one and starts the events file's
 * download. The page then hydrates the render it shows once the events have arrived
 * (`take-over.ts`). Build only: the dev server's page has no such render. Without an events file the page
 * is built without one, and a file added later is fetched by the app alone, without a preload.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { EventsFile } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';
import type { FirstViewKind } from './screen.ts';

const LANGS: readonly Lang[] = ['en', 'ar'];
const KINDS: readonly FirstViewKind[] = ['page', 'embed'];

async function renderAll(root: string, file: EventsFile): Promise<string> {
  const server = await createServer({
    root,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const { renderFirstView } = (await server.ssrLoadModule('/src/first-view/render.ts')) as typeof import('./render.ts');
    return KINDS.flatMap((kind) => LANGS.map((lang) => renderFirstView(file, lang, kind))).join('');
  } finally {
    await server.close();
  }
}

async function chooserScript(root: string): Promise<string> {
  const out = await esbuild({
    entryPoints: [resolve(root, 'src/first-view/choose.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
  });
  return out.outputFiles[0]!.text;
}

export function firstView(eventsFile: string): Plugin {
  let config: ResolvedConfig;
  let rendered: { markup: string; script: string } | null = null;
  return {
    name: 'first-view',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      rendered = null;
      if (!existsSync(eventsFile) || config.build.ssr) return;
      const file = JSON.parse(readFileSync(eventsFile, 'utf8')) as EventsFile;
      const [markup, code] = await Promise.all([renderAll(config.root, file), chooserScript(config.root)]);
      const script = `${config.build.assetsDir}/first-view-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: script, source: code });
      rendered = { markup, script };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!rendered) return html;
        // Parser-blocking on purpose: it must choose before anything below it is parsed, so the
        // render is on the page before the app's element. Preloaded from the head: the preload scanner would otherwise
        // find it only after the renders (tens of KB of markup), and on a slow link it arrived after
        // the stylesheet, the first paint waiting on it.
        const src = `${config.base}${rendered.script}`;
        return html
          .replace('</title>', `</title>\n    <link rel="preload" href="${src}" as="script" />`)
          .replace('<div id="app"></div>', `${rendered.markup}<script src="${src}"></script><div id="app"></div>`);
      },
    },
  };
}
