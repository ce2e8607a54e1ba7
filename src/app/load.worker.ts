/**
 * The loading worker: fetches the events file (or takes the bytes the page fetched, when the page
 * preloaded it), then decodes, parses, validates and prepares it off the main thread, and
 * sends the result back in chunks (`prepared-file.ts`). One file per message; it keeps nothing.
 */
import { fetchEventsBytes, isLoadFailure, parseEventsFile } from '../lib/load.ts';
import { prepareFile, toMessages, type WorkerMessage, type WorkerRequest } from './prepared-file.ts';

const post = (message: WorkerMessage) => postMessage(message);

addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const bytes = 'bytes' in request ? request.bytes : await fetchEventsBytes(request.url);
  if (isLoadFailure(bytes)) return post({ kind: 'failure', failure: bytes });
  const result = parseEventsFile(bytes);
  if (!result.ok) return post({ kind: 'failure', failure: result });
  for (const message of toMessages(prepareFile(result.file))) post(message);
});
