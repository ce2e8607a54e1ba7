/**
 * A press conference that closes talks is part of the talks: "وقال كيري في مؤتمر صحفي مشترك مع
 * نظيره الروسي عقب المحادثات" reports the meeting, it is not a second event beside it. After
 * merging, a statement whose speakers all took part in a meeting told by the same articles on an
 * overlapping day joins that meeting as more of its evidence.
 *
 * A statement by someone who was not at the talks stays an event of its own: the State
 * Department spokesman briefing on the Kerry–Putin meeting, a ministry's statement, a Kremlin
 * aide. So does a statement with no named person ("أعلنت الخارجية الروسية").
 *
 * Deliberately not done: folding calls, or statements told by articles that do not tell the meeting.
 */
import type { Excerpt } from '../../src/lib/types.ts';
import { overlaps } from './candidates.ts';
import { entryOf } from './gazetteer.ts';
import type { MergedEvent } from './merge.ts';

/** The events with each closing press conference folded into its talks; the order of the rest is kept. */
export function foldBriefingsIntoTalks(events: readonly MergedEvent[]): MergedEvent[] {
  // Talks put off or called off had no close: the press conference announcing that is its own.
  const talks = events.filter((e) => e.type === 'meeting' && e.status !== 'postponed' && e.status !== 'cancelled');
  const joined = new Map<MergedEvent, Excerpt[]>();
  const folded = new Set<MergedEvent>();
  for (const statement of events) {
    if (statement.type !== 'statement') continue;
    const meeting = talksOf(statement, talks);
    if (!meeting) continue;
    folded.add(statement);
    joined.set(meeting, [...(joined.get(meeting) ?? []), ...statement.excerpts]);
  }
  return events.filter((e) => !folded.has(e)).map((e) => {
    const more = joined.get(e);
    return more ? { ...e, excerpts: withExcerpts(e.excerpts, more) } : e;
  });
}

function talksOf(statement: MergedEvent, talks: readonly MergedEvent[]): MergedEvent | undefined {
  const speakers = statement.actors.filter((a) => entryOf('actors', a).kind === 'person');
  if (speakers.length === 0) return undefined;
  const articles = new Set(statement.excerpts.map((x) => x.article));
  return talks.find((m) =>
    overlaps(m.date, statement.date)
    && speakers.every((s) => m.actors.includes(s))
    && [...articles].every((a) => m.excerpts.some((x) => x.article === a)));
}

/** The meeting's excerpts with the statement's added, in the meeting's article order, then position. */
function withExcerpts(own: readonly Excerpt[], more: readonly Excerpt[]): Excerpt[] {
  const key = (x: Excerpt) => `${x.article}:${x.start}:${x.end}`;
  const seen = new Set(own.map(key));
  const rank = new Map<string, number>();
  for (const x of own) if (!rank.has(x.article)) rank.set(x.article, rank.size);
  const all = [...own, ...more.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
  return all.sort((a, b) => rank.get(a.article)! - rank.get(b.article)! || a.start - b.start || a.end - b.end);
}

