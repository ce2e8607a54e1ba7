/**
 * Scores pipeline events against the hand-annotated list in tests/fixtures/annotated-events.json.
 * An output event matches an annotation when the type is the same, their date ranges overlap
 * (an annotation's range is widened by one day on each side when the output is approximate), and
 * they share at least one article. Matching is one-to-one, best overlap first.
 * Borderline annotations (`core: false`) may be matched but are never counted as missed.
 */
import type { EventType, TimelineEvent } from '../../src/lib/types.ts';

export interface AnnotatedEvent {
  key: string;
  type: EventType;
  status: 'held' | 'planned';
  date: { start: string; end: string; precision: string };
  actors: string[];
  places: string[];
  articles: string[];
  core: boolean;
  comment?: string;
}

export interface Score {
  precision: number;
  recall: number;
  matched: Array<{ annotation: string; event: string }>;
  missed: string[];
  spurious: string[];
}

const DAY = 86_400_000;

function overlapDays(a: { start: string; end: string }, b: { start: string; end: string }, slackDays: number): number {
  const start = Math.max(Date.parse(a.start), Date.parse(b.start) - slackDays * DAY);
  const end = Math.min(Date.parse(a.end), Date.parse(b.end) + slackDays * DAY);
  return end < start ? -1 : (end - start) / DAY + 1;
}

export function scoreEvents(events: readonly TimelineEvent[], annotations: readonly AnnotatedEvent[]): Score {
  const candidates: Array<{ a: number; e: number; weight: number }> = [];
  annotations.forEach((annotation, a) => {
    events.forEach((event, e) => {
      if (event.type !== annotation.type) return;
      const articles = new Set(event.excerpts.map((x) => x.article));
      if (!annotation.articles.some((id) => articles.has(id))) return;
      const overlap = overlapDays(event.date, annotation.date, event.date.approximate ? 1 : 0);
      if (overlap < 0) return;
      const shared = annotation.actors.filter((id) => event.actors.includes(id)).length
        + annotation.places.filter((id) => event.places.includes(id)).length;
      candidates.push({ a, e, weight: shared * 1000 + overlap });
    });
  });
  candidates.sort((x, y) => y.weight - x.weight || x.a - y.a || x.e - y.e);

  const usedA = new Set<number>();
  const usedE = new Set<number>();
  const matched: Score['matched'] = [];
  for (const { a, e } of candidates) {
    if (usedA.has(a) || usedE.has(e)) continue;
    usedA.add(a);
    usedE.add(e);
    matched.push({ annotation: annotations[a].key, event: events[e].id });
  }
  const core = annotations.filter((x) => x.core);
  const matchedCore = core.filter((x) => usedA.has(annotations.indexOf(x)));
  return {
    precision: events.length ? usedE.size / events.length : 0,
    recall: core.length ? matchedCore.length / core.length : 0,
    matched,
    missed: core.filter((x) => !usedA.has(annotations.indexOf(x))).map((x) => x.key),
    spurious: events.filter((_, e) => !usedE.has(e)).map((x) => x.id),
  };
}
