/**
 * What the main thread and the analysis workers share (`workers.ts`, `analyse-worker.ts`): the
 * layout of the queue state in a SharedArrayBuffer, how an article is claimed from it, and the
 * message a worker posts. Kept apart so a worker loads only this and the analysis itself.
 */
import type { ArticleAnalysis } from './extract.ts';
import type { LoadedArticle } from './types.ts';

/**
 * Slots of the shared state: the next article to claim, how many results workers have posted, and
 * how many posts of articles the main thread has made to each worker.
 */
const NEXT_ARTICLE = 0;
export const POSTED = 1;
export const SENT = 2;
export const QUEUE_SLOTS = 3;

/**
 * The main thread's post of articles to a worker: more articles to claim by index, in the order
 * posted, and on the last post no more to come. Articles are posted as they are read, so a worker
 * starts on the first while the main thread reads the rest.
 */
export interface ArticlesMessage {
  articles: LoadedArticle[];
  last?: true;
}

/**
 * A worker's post: the analysis of article `index`, or no analysis when it threw. The analysis
 * comes without the article's body (`meta.body` empty): the main thread has the body already, and
 * the bodies were half the bytes the workers posted, each copied twice (serialised, deserialised).
 */
export interface AnalysedMessage {
  index: number;
  analysis?: ArticleAnalysis;
}

/**
 * The analysis as a worker posts it. The body is emptied, not left out, so that `meta` keeps its
 * key order (and events.json its bytes) when the body is put back.
 */
export function withoutBody(analysis: ArticleAnalysis): ArticleAnalysis {
  return { ...analysis, meta: { ...analysis.meta, body: '' } };
}

/** A posted analysis, on the main thread, with its article's body back. */
export function withBody(posted: ArticleAnalysis, body: string): ArticleAnalysis {
  posted.meta.body = body;
  return posted;
}

/** The next article no thread has claimed (an index past the end when none is left). */
export function claim(state: Int32Array): number {
  return Atomics.add(state, NEXT_ARTICLE, 1);
}

/** Counts one more post in `slot` (`POSTED` or `SENT`) and wakes the threads waiting for one. */
export function announcePost(state: Int32Array, slot = POSTED): void {
  Atomics.add(state, slot, 1);
  Atomics.notify(state, slot);
}
