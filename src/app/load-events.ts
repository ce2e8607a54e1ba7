/**
 * Loads an events file for the page through the loading worker (`load.worker.ts`), which fetches,
 * parses, validates and sorts it, and reassembles what the worker sends, one chunk per task, so the
 * main thread never holds a long task for a large file. A file index.html preloads is fetched here,
 * where the preload lives, and its bytes handed over; any other file the worker fetches itself, so
 * even receiving its body costs the page nothing. Without a worker (one the host's policy refuses,
 * or an old browser) the same steps run here instead. Never throws.
 */
import { fetchEventsBytes, isLoadFailure, loadEventsFile, type LoadFailure } from '../lib/load.ts';
import { PreparedFileAssembler, prepareFile, type PreparedFile, type WorkerMessage, type WorkerRequest } from './prepared-file.ts';

export type PreparedLoad = { ok: true; prepared: PreparedFile } | LoadFailure;

function preloaded(url: string): boolean {
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].some((link) => link.href === url);
}

/** Null when the worker could not start or died: the caller then loads on the main thread. */
function inWorker(request: () => Promise<WorkerRequest | LoadFailure>): Promise<PreparedLoad | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const assembler = new PreparedFileAssembler();
    const finish = (result: PreparedLoad | null) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const result = assembler.take(event.data);
      if (result) finish(isLoadFailure(result) ? result : { ok: true, prepared: result });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(null);
    };
    request().then((r) => (isLoadFailure(r) ? finish(r) : worker.postMessage(r, 'bytes' in r ? [r.bytes] : [])));
  });
}

export async function loadPreparedFile(url: string): Promise<PreparedLoad> {
  const viaWorker =
    typeof Worker === 'undefined'
      ? null
      : await inWorker(async () => {
          if (!preloaded(url)) return { url };
          const bytes = await fetchEventsBytes(url);
          return isLoadFailure(bytes) ? bytes : { bytes };
        });
  if (viaWorker) return viaWorker;
  const result = await loadEventsFile(url);
  return result.ok ? { ok: true, prepared: prepareFile(result.file) } : result;
}
