import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

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

export default defineConfig({
  plugins: [svelte(), eventsJson()],
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
