/**
 * Loads an events file for the page through the loading worker (`load.worker.ts`), which fetches,
 * parses, validates and sorts it, and reassembles what the worker sends, one chunk per task, so the
 * main thread never holds a long task for a large file. A file the page preloads (the default one,
 * from `src/first-view/choose.ts`) is fetched here, where the preload lives, and its bytes handed over; any other file the worker fetches itself, so
 * even receiving its body costs the page nothing. There is no main-thread fallback on purpose: it
 * would ship the validator twice; a host whose policy refuses same-origin workers gets a message
 * saying so. Never throws.
 */
import { fetchEventsBytes, isLoadFailure, type LoadFailure } from '../lib/load.ts';
import { PreparedFileAssembler, type PreparedFile, type WorkerMessage, type WorkerRequest } from './prepared-file.ts';

export type PreparedLoad = { ok: true; prepared: PreparedFile } | LoadFailure;

const NO_WORKER: LoadFailure = { ok: false, kind: 'network', detail: "the loading worker did not start (a Content-Security-Policy needs worker-src or script-src 'self')" };

function preloaded(url: string): boolean {
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].some((link) => link.href === url);
}

async function request(url: string): Promise<WorkerRequest | LoadFailure> {
  if (!preloaded(url)) return { url };
  const bytes = await fetchEventsBytes(url);
  return isLoadFailure(bytes) ? bytes : { bytes };
}

export function loadPreparedFile(url: string): Promise<PreparedLoad> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(NO_WORKER);
  }
  return new Promise((resolve) => {
    const assembler = new PreparedFileAssembler();
    const finish = (result: PreparedLoad) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const result = assembler.take(event.data);
      if (result) finish(isLoadFailure(result) ? result : { ok: true, prepared: result });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(event.message ? { ok: false, kind: 'network', detail: `loading worker: ${event.message}` } : NO_WORKER);
    };
    request(url).then((r) => (isLoadFailure(r) ? finish(r) : worker.postMessage(r, 'bytes' in r ? [r.bytes] : [])));
  });
}
