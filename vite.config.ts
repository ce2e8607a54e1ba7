/// <reference types="vitest/config" />
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { selfHostedPym } from './src/embed/vite-plugin.ts';
import { firstView } from './src/first-view/vite-plugin.ts';
import { liveEvents } from './scripts/live-events.ts';

const EVENTS_FILE = resolve(import.meta.dirname, 'data/events.json');

/**
 * Serves `data/events.json` at `/events.json` in dev and writes it beside the build, so the app
 * fetches its data like any `?data=` URL instead of bundling it into the JS budget.
 */
function eventsJson(): Plugin {
  return {
    name: 'events-json',
    configureServer(server) {
      server.middlewares.use('/events.json', (_req, res) => {
        if (!existsSync(EVENTS_FILE)) {
          res.statusCode = 404;
          res.end('data/events.json is missing: run npm run data');
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(EVENTS_FILE));
      });
    },
    generateBundle() {
      if (existsSync(EVENTS_FILE)) {
        this.emitFile({ type: 'asset', fileName: 'events.json', source: readFileSync(EVENTS_FILE) });
      }
    },
  };
}

/**
 * d3-zoom imports d3-transition for `interrupt` and `selection.interrupt()` alone; this hands it
 * `src/lib/vendor/d3-transition-on-demand.ts` instead, which fetches the real library when a zoom
 * first animates. Only d3-zoom's import is redirected: the on-demand module's own dynamic import
 * resolves to the real d3-transition.
 */
function transitionsOnDemand(): Plugin {
  const onDemand = resolve(import.meta.dirname, 'src/lib/vendor/d3-transition-on-demand.ts');
  return {
    name: 'd3-transition-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-transition' && importer && /[\\/]node_modules[\\/]d3-zoom[\\/]/.test(importer)) return onDemand;
      return null;
    },
  };
}

/**
 * Hands d3-transition a copy of d3-interpolate of its own. The bundler keeps a module whole in one
 * chunk, and d3-interpolate is in the first view's (d3-scale and d3-zoom use its number, date and
 * zoom interpolators), so the colour, string and transform interpolators that only d3-transition
 * uses came with the first view too; with its own copy they come with d3-transition, when a zoom
 * first animates. The first view's copy keeps only what it uses.
 */
function interpolatorsOnDemand(): Plugin {
  return {
    name: 'd3-interpolate-for-d3-transition',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'd3-interpolate' || !importer || !/[\\/]node_modules[\\/]d3-transition[\\/]/.test(importer)) return null;
      const real = await this.resolve(source, importer, { ...options, skipSelf: true });
      return real && `${real.id}?d3-transition`;
    },
  };
}

/**
 * The policy the page must work under (embeds included: frame-ancestors *). Sent by `vite preview`
 * so the built app is checked against it (every browser test fails on a violation). No
 * 'unsafe-inline' at all: stylesheets are files, and dynamic styles (Svelte's `style:`, d3-zoom)
 * go through the CSSOM (element.style), which style-src does not govern. base-uri and form-action
 * do not fall back to default-src: without them an injected <base> could point every relative URL
 * (events.json, pym.v1.min.js) elsewhere, and a form could post to another site. The embed dialog's
 * `<form method="dialog">` only closes the dialog, which form-action does not govern.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/**
 * Ships the policy with the built page as a <meta> (frame-ancestors is not allowed there; the README
 * lists the headers a host should send, the full CSP among them). Build only: the dev server injects each
 * stylesheet as a <style> element, which this policy forbids.
 */
function cspMeta(): Plugin {
  const policy = CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // The Svelte options are these defaults; no svelte.config.js is looked for (the top level holds only what the project fixes).
  plugins: [transitionsOnDemand(), interpolatorsOnDemand(), svelte({ configFile: false }), eventsJson(), liveEvents(EVENTS_FILE), selfHostedPym(), cspMeta(), firstView(EVENTS_FILE)],
  // Relative by default, so the built folder works at any path of any static host; BASE_PATH
  // (e.g. /timelines/syria/) gives absolute asset URLs for hosts that rewrite deep links to index.html.
  base: process.env.BASE_PATH ?? './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CSP } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first view is rendered once per build through a Vite SSR server (about 2 s, most of the
    // build): an expected cost, not the slow plugin the bundler's timing warning hunts for.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // Served as they are in dev, so d3-zoom's import goes through transitionsOnDemand there too.
  optimizeDeps: { exclude: ['d3-zoom'] },
  resolve: {
    // d3-scale imports d3-time-format for tick formats the app never asks for (Intl formats the
    // axis); src/lib/vendor/d3-time-format-lite.ts says why the stand-in is safe. d3-transition and
    // the d3-color it needs are the real libraries, fetched for the first animated zoom (above).
    alias: {
      'd3-time-format': resolve(import.meta.dirname, 'src/lib/vendor/d3-time-format-lite.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
