/**
 * Dev-server plugin for `npm run data -- --watch` beside `vite`: when the events file is written
 * again, the open app is told (a custom HMR message, `LIVE_EVENTS_MESSAGE`) and fetches the file anew,
 * keeping everything the reader set (filters, search, zoom, the open event live in the view and its
 * URL, not in the data). No page reload, no polling: the message arrives over Vite's own socket.
 * Serve only: a built site has no dev server, and reloading is the host's business.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LIVE_EVENTS_MESSAGE } from '../src/lib/live-events.ts';

export function liveEvents(file: string): Plugin {
  const target = resolve(file);
  return {
    name: 'live-events',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(target);
      // The pipeline writes by rename (write.ts), which a watcher may report as a new file.
      const changed = (path: string) => {
        if (resolve(path) === target) server.ws.send({ type: 'custom', event: LIVE_EVENTS_MESSAGE });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
    },
  };
}
