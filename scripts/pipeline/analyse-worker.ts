/**
 * The body of one analysis thread started by `workers.ts`. Takes the shared queue state and a port
 * from `workerData`; claims articles one at a time from the queue (the main thread claims from the
 * same queue), waiting for the main thread to post the article claimed when it has not yet, and
 * posts each `analyseArticle` result on the port, then counts it in the shared state and wakes the
 * main thread, which may be blocked waiting for it. It ends when it claims past the last article.
 *
 * An article whose analysis throws is posted as failed, not thrown: the main thread analyses it
 * again itself, so the error is reported exactly as in a build without threads.
 */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { announcePost, claim, SENT, withoutBody, type AnalysedMessage, type ArticlesMessage } from './analysis-queue.ts';
import { analyseArticle } from './extract.ts';
import type { LoadedArticle } from './types.ts';

const { state, port } = workerData as { state: Int32Array; port: MessagePort };
const received: LoadedArticle[] = [];
let complete = false;

/** Article `index` of those posted, once it is; undefined when the last post has come without it. */
function articleAt(index: number): LoadedArticle | undefined {
  for (;;) {
    // Read before taking the posts: a post made after the take changes it, so the wait returns at once.
    const sent = Atomics.load(state, SENT);
    for (let post = receiveMessageOnPort(port); post; post = receiveMessageOnPort(port)) {
      const { articles, last } = post.message as ArticlesMessage;
      for (const article of articles) received.push(article);
      complete ||= last === true;
    }
    if (index < received.length) return received[index];
    if (complete) return undefined;
    Atomics.wait(state, SENT, sent);
  }
}

for (let index = claim(state), article = articleAt(index); article; index = claim(state), article = articleAt(index)) {
  let message: AnalysedMessage;
  try {
    message = { index, analysis: withoutBody(analyseArticle(article)) };
  } catch {
    message = { index };
  }
  port.postMessage(message);
  announcePost(state);
}
port.close();
