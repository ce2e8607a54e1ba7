/**
 * Scores pipeline events against the hand-annotated list in tests/fixtures/annotated-events.json.
 * An output event matches an annotation when the type is the same, the output's dates lie inside
 * the annotation's (widened by one day on each side only when the output says it is approximate),
 * they share at least one article, and the output names every participant the annotation names (a
 * person stands for their country). Matching is one-to-one, best overlap first. Further outputs
 * that would match an already matched annotation are duplicates: `perRealEvent` counts them.
 * Borderline annotations (`core: false`) may be matched but are never counted as missed.
 */
import { sidesOf } from '../../scripts/pipeline/gazetteer.ts';
import type { EventStatus, EventType, TimelineEvent } from '../../src/lib/types.ts';

export interface AnnotatedEvent {
  key: string;
  type: EventType;
  status: EventStatus;
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
  /** Outputs matching some matched annotation, per matched annotation (1 is ideal). */
  perRealEvent: number;
  matched: Array<{ annotation: string; event: string }>;
  missed: string[];
  spurious: string[];
}

const DAY = 86_400_000;

/** Days of `event` inside `annotation` (widened by the slack), or -1 when the event does not lie inside it. */
function daysInside(event: { start: string; end: string }, annotation: { start: string; end: string }, slackDays: number): number {
  if (Date.parse(event.start) < Date.parse(annotation.start) - slackDays * DAY) return -1;
  if (Date.parse(event.end) > Date.parse(annotation.end) + slackDays * DAY) return -1;
  return (Date.parse(event.end) - Date.parse(event.start)) / DAY + 1;
}

function namesEveryone(event: TimelineEvent, actors: readonly string[]): boolean {
  const named = new Set(event.actors.flatMap(sidesOf));
  return actors.every((a) => named.has(a));
}

export function scoreEvents(events: readonly TimelineEvent[], annotations: readonly AnnotatedEvent[]): Score {
  const candidates: Array<{ a: number; e: number; weight: number }> = [];
  annotations.forEach((annotation, a) => {
    events.forEach((event, e) => {
      if (event.type !== annotation.type) return;
      const articles = new Set(event.excerpts.map((x) => x.article));
      if (!annotation.articles.some((id) => articles.has(id))) return;
      const overlap = daysInside(event.date, annotation.date, event.date.approximate ? 1 : 0);
      if (overlap < 0 || !namesEveryone(event, annotation.actors)) return;
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
  const duplicates = new Set(candidates.filter(({ a, e }) => usedA.has(a) && !usedE.has(e)).map(({ e }) => e));
  const core = annotations.filter((x) => x.core);
  const matchedCore = core.filter((x) => usedA.has(annotations.indexOf(x)));
  return {
    precision: events.length ? (usedE.size + duplicates.size) / events.length : 0,
    perRealEvent: usedA.size ? (usedE.size + duplicates.size) / usedA.size : 1,
    recall: core.length ? matchedCore.length / core.length : 0,
    matched,
    missed: core.filter((x) => !usedA.has(annotations.indexOf(x))).map((x) => x.key),
    spurious: events.filter((_, e) => !usedE.has(e) && !duplicates.has(e)).map((x) => x.id),
  };
}
