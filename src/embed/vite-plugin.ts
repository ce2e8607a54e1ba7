/**
 * Self-hosts pym.js: serves the package's own `pym.v1.min.js` in dev and writes it beside the build,
 * so the pym embed snippet loads it from the timeline's origin and nothing comes from a third-party
 * CDN. Copied from node_modules at build time rather than committed to public/, so it always matches
 * the pym.js version the embed itself runs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { PYM_FILE } from './snippet.ts';

export function selfHostedPym(): Plugin {
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`pym.js/dist/${PYM_FILE}`));
  return {
    name: 'self-hosted-pym',
    configureServer(server) {
      server.middlewares.use(`/${PYM_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PYM_FILE, source: source() });
    },
  };
}
