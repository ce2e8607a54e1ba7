/** One article of Arabic text through the whole extraction, as the principle tests run it. */
import { extractEvents } from '../../scripts/pipeline/extract.ts';
import type { LoadedArticle } from '../../scripts/pipeline/types.ts';
import type { TimelineEvent } from '../../src/lib/types.ts';

export function extract(body: string, published: string, id = 'a'): TimelineEvent[] {
  const article: LoadedArticle = { id, file: `${id}.txt`, body, meta: { published }, published, publishedFrom: 'metadata' };
  return extractEvents([article]).file.events;
}
