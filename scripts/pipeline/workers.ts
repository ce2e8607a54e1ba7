/**
 * `analyseArticle` over many articles, spread over the machine's cores. Takes loaded articles;
 * gives their analyses in the same order, equal to `articles.map(analyseArticle)` (each article is
 * analysed alone, so which thread analysed it cannot change the result).
 *
 * Synchronous, so the CLI, `--watch` and the tests keep calling the pipeline as a plain function:
 * the main thread claims articles from a queue shared with the worker threads (a counter in a
 * SharedArrayBuffer), analyses its own share, then blocks on `Atomics.wait` until the workers have
 * posted theirs, reading the posts with `receiveMessageOnPort`. Workers load the pipeline bundled
 * (`worker-bundle.ts`), or else its TypeScript through tsx. A worker still takes a fraction of a
 * second to start and warm up, so `startAnalysisThreads` can start them before the articles are
 * read, and `offer` gives them each article as soon as it is read, so they analyse while the main
 * thread reads the rest; `analyseArticles` analyses a small set on the main thread alone.
 *
 * A worker that fails to start claims nothing; an article whose analysis throws in a worker is
 * analysed again on the main thread, so the error is the same as without threads; and a worker that
 * stops posting (a crash) leaves its articles to the main thread after `STALL_MS`.
 *
 * Deliberately not done: merging across articles, which stays on the main thread in `extract.ts`.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { announcePost, claim, POSTED, QUEUE_SLOTS, SENT, withBody, type AnalysedMessage, type ArticlesMessage } from './analysis-queue.ts';
import { analyseArticle, type ArticleAnalysis } from './extract.ts';
import type { LoadedArticle } from './types.ts';
import { workerBundle } from './worker-bundle.ts';

/**
 * Bytes of article text below which threads are not worth starting: a worker costs about a second
 * of CPU to start and load the pipeline, in which the main thread analyses about 2 MB.
 */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
/** How long the main thread waits for a post before analysing the remaining articles itself. */
const STALL_MS = 30_000;

const WORKER_ENTRY = new URL('./analyse-worker.ts', import.meta.url).href;
/**
 * The worker's first code, plain JavaScript: loads the bundled entry when there is one, else
 * registers tsx and loads the TypeScript entry, as `npm run data` itself does.
 */
const BOOT = `const { workerData } = require('node:worker_threads');
if (workerData.bundle) import(workerData.bundle);
else import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

/**
 * Threads ready for one set of articles; `close` ends any that `analyse` did not use. `offer` gives
 * the threads an article of the set before the set is complete, to start on; `analyse` is then
 * given the whole set, offered articles included (the same objects).
 */
export interface AnalysisThreads {
  offer: (article: LoadedArticle) => void;
  analyse: (articles: readonly LoadedArticle[]) => ArticleAnalysis[];
  close: () => void;
}

export interface ThreadOptions {
  /** Worker threads to start: by default one per core but the main thread's. */
  workers?: number;
  /** Whether the main thread analyses articles too, or only waits for the workers' (as in tests). */
  mainThread?: boolean;
}

/**
 * Starts the worker threads now; they load the pipeline and wait for the articles. The first
 * `analyse` uses them and ends them; a later one runs as `analyseArticles` does.
 */
export function startAnalysisThreads({ workers: count = availableParallelism() - 1, mainThread = true }: ThreadOptions = {}): AnalysisThreads {
  const state = new Int32Array(new SharedArrayBuffer(QUEUE_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const channels = Array.from({ length: Math.max(0, count) }, () => new MessageChannel());
  const bundle = count > 0 ? workerBundle(WORKER_ENTRY) : undefined;
  const boot = { bundle, tsx: bundle ? undefined : tsxApi(), entry: WORKER_ENTRY };
  let workers = channels.map(({ port2 }) => new Worker(BOOT, {
    eval: true,
    workerData: { ...boot, state, port: port2 },
    transferList: [port2],
  }).on('error', ignoreWorkerError));
  const offered: LoadedArticle[] = [];
  let sentLast = false;
  const send = (message: ArticlesMessage) => {
    for (const { port1 } of channels) port1.postMessage(message);
    sentLast ||= message.last === true;
    announcePost(state, SENT);
  };
  const close = () => {
    // A worker waiting for articles ends on the last post.
    if (workers.length > 0 && !sentLast) send({ articles: [], last: true });
    for (const { port1 } of channels) port1.close();
    for (const worker of workers) {
      worker.unref();
      void worker.terminate();
    }
    workers = [];
  };
  return {
    offer: (article) => {
      if (workers.length === 0) return;
      offered.push(article);
      send({ articles: [article] });
    },
    analyse: (articles) => {
      if (workers.length === 0) return analyseArticles(articles);
      try {
        // The queue's order: the offered articles, then the rest of the set.
        const wasOffered = new Set(offered);
        const rest = articles.filter((a) => !wasOffered.has(a));
        send({ articles: rest, last: true });
        const queued = offered.length ? [...offered, ...rest] : rest;
        const analyses = queued.map(() => undefined as ArticleAnalysis | undefined);
        const ports = channels.map(({ port1 }) => port1);
        if (mainThread) {
          for (let index = claim(state); index < queued.length; index = claim(state)) {
            analyses[index] = analyseArticle(queued[index]);
            // Each post is copied in here as it comes, not all after the last article, while the workers are still busy.
            takePosted(ports, queued, analyses);
          }
        }
        collectPosted(ports, state, queued, analyses);
        if (!offered.length) return analyses as ArticleAnalysis[];
        const analysisOf = new Map(queued.map((article, i) => [article, analyses[i]!]));
        return articles.map((article) => analysisOf.get(article)!);
      } finally {
        close();
      }
    },
    close,
  };
}

/** The analyses of the articles, in their order: on every core when the articles are many, else here. */
export function analyseArticles(articles: readonly LoadedArticle[]): ArticleAnalysis[] {
  if (!worthThreads(articles.reduce((bytes, a) => bytes + Buffer.byteLength(a.body), 0))) return articles.map((a) => analyseArticle(a));
  return startAnalysisThreads().analyse(articles);
}

/** Whether `bytes` of articles are enough to pay for starting worker threads on `cores` cores. */
export function worthThreads(bytes: number, cores = availableParallelism()): boolean {
  return bytes >= PARALLEL_MIN_BYTES && cores > 1;
}

/** Blocks until every article has its analysis, from a worker's post or, failing that, from this thread. */
function collectPosted(ports: readonly MessagePort[], state: Int32Array, articles: readonly LoadedArticle[], analyses: Array<ArticleAnalysis | undefined>): void {
  let missing = analyses.filter((a) => a === undefined).length;
  let seen = 0;
  while (missing > 0) {
    missing -= takePosted(ports, articles, analyses);
    if (missing === 0) return;
    if (Atomics.wait(state, POSTED, seen, STALL_MS) === 'timed-out') {
      articles.forEach((article, i) => {
        analyses[i] ??= analyseArticle(article);
      });
      return;
    }
    seen = Atomics.load(state, POSTED);
  }
}

/** Reads the posts waiting on the ports into `analyses`, without waiting for more; gives how many it read. */
function takePosted(ports: readonly MessagePort[], articles: readonly LoadedArticle[], analyses: Array<ArticleAnalysis | undefined>): number {
  let taken = 0;
  for (const port of ports) {
    for (let post = receiveMessageOnPort(port); post; post = receiveMessageOnPort(port)) {
      const { index, analysis } = post.message as AnalysedMessage;
      analyses[index] = analysis ? withBody(analysis, articles[index].body) : analyseArticle(articles[index]);
      taken++;
    }
  }
  return taken;
}

/** Where tsx's register API is; a worker without it fails to start, which costs time, not output. */
function tsxApi(): string | undefined {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return undefined;
  }
}

/**
 * A worker that fails to start, or dies, costs time and not output: the main thread analyses every
 * article no worker posted. So its error is not allowed to end the process.
 */
function ignoreWorkerError(): void {}
