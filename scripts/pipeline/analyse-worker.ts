/**
 * The body of one analysis thread started by `workers.ts`. Takes the shared queue state and a port
 * from `workerData`, then waits for the articles; claims them one at a time from the queue (the
 * main thread claims from the same queue), and posts each `analyseArticle` result on the port, then
 * counts it in the shared state and wakes the main thread, which may be blocked waiting for it.
 *
 * An article whose analysis throws is posted as failed, not thrown: the main thread analyses it
 * again itself, so the error is reported exactly as in a build without threads.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { announcePost, claim, withoutBody, type AnalysedMessage } from './analysis-queue.ts';
import { analyseArticle } from './extract.ts';
import type { LoadedArticle } from './types.ts';

const { state, port } = workerData as { state: Int32Array; port: MessagePort };

parentPort!.once('message', (articles: LoadedArticle[]) => {
  for (let index = claim(state); index < articles.length; index = claim(state)) {
    let message: AnalysedMessage;
    try {
      message = { index, analysis: withoutBody(analyseArticle(articles[index])) };
    } catch {
      message = { index };
    }
    port.postMessage(message);
    announcePost(state);
  }
  port.close();
});
