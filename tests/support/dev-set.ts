/**
 * The development set (`tests/fixtures/dev-set/*.yaml`): short passages written blind (by someone
 * who read real Arabic news about the talks but not this pipeline), each with the events a careful
 * reader extracts. This module loads the passages, runs each through the real pipeline on its own,
 * and scores what came out by the measure the project is judged by.
 *
 * An output event counts as a gold event when its type is the gold type, its dates lie inside the
 * day or span the text gives (any date when the text gives none), and it names every participant
 * the reader listed: the people, or where no person is named the countries or bodies. A person
 * stands for their country, so "[United States, Russia]" is named by Kerry and Lavrov. Matching is
 * one to one; further output events that would match an already matched gold event are duplicates
 * (the "events per real event" figure). The lenient figures drop the participant condition, to
 * tell a missed event from a half-read one.
 *
 * Deliberately not done: tuning anything. The passages are data; the pipeline never reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extractEvents } from '../../scripts/pipeline/extract.ts';
import { GAZETTEER, sidesOf } from '../../scripts/pipeline/gazetteer.ts';
import { resolvePublished } from '../../scripts/pipeline/published.ts';
import type { LoadedArticle } from '../../scripts/pipeline/types.ts';
import type { EventStatus, EventType, IsoDate, TimelineEvent } from '../../src/lib/types.ts';

export interface GoldEvent {
  type: EventType;
  status: EventStatus;
  /** A day, an inclusive span, or null when the text gives the event no date. */
  date: IsoDate | [IsoDate, IsoDate] | null;
  participants: string[];
  history?: EventStatus[];
  other_dates?: IsoDate[];
}

export interface Passage {
  id: string;
  class: string;
  published?: IsoDate;
  expected_published?: IsoDate;
  text?: string;
  articles?: { published: IsoDate; text: string }[];
  events: GoldEvent[];
}

const DEV_SET_DIR = new URL('../fixtures/dev-set/', import.meta.url);

export function loadDevSet(): Passage[] {
  return readdirSync(DEV_SET_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(new URL(f, DEV_SET_DIR), 'utf8'), { schema: 'core' }) as Passage[])
    .map((p) => ({ ...p, events: (p.events ?? []).map(normaliseGold) }));
}

/** YAML reads an unquoted 2016-02-11 as a string under the core schema; spans come as two-element lists. */
function normaliseGold(e: GoldEvent): GoldEvent {
  return { ...e, date: e.date ?? null, participants: e.participants ?? [] };
}

/** The passage as the pipeline reads articles; a pubdate passage is dated from its text alone. */
export function articlesOf(p: Passage): { articles: LoadedArticle[]; inferred?: IsoDate | null } {
  if (p.articles) {
    return {
      articles: p.articles.map((a, i) => loaded(`${p.id}-${i + 1}`, a.text, a.published)),
    };
  }
  if (!p.published) {
    const result = resolvePublished({}, p.text!, p.id);
    if (!result.ok) return { articles: [], inferred: null };
    const article: LoadedArticle = { ...loaded(p.id, p.text!, result.date.published), ...result.date };
    return { articles: [article], inferred: result.date.published };
  }
  return { articles: [loaded(p.id, p.text!, p.published)] };
}

function loaded(id: string, body: string, published: IsoDate): LoadedArticle {
  return { id, file: `${id}.txt`, body, meta: { published }, published, publishedFrom: 'metadata' };
}

/** Lower-case names an actor answers to: its own English names and those of the sides it speaks for. */
function namesOf(actorId: string): Set<string> {
  const names = new Set<string>();
  for (const id of sidesOf(actorId)) {
    const entry = GAZETTEER.actors[id];
    if (!entry) continue;
    for (const name of [entry.en, entry.short?.en, ...(entry.enVariants ?? [])]) if (name) names.add(name.toLowerCase());
  }
  return names;
}

/** A gold name is named when an actor answers to it, or its full English name ends with it ("Kerry" in "John Kerry"). */
function names(event: TimelineEvent, gold: string): boolean {
  const want = gold.toLowerCase();
  return event.actors.some((a) => {
    for (const name of namesOf(a)) if (name === want || name.endsWith(` ${want}`)) return true;
    return false;
  });
}

function dateFits(event: TimelineEvent, gold: GoldEvent['date']): boolean {
  if (gold === null) return true;
  const [start, end] = typeof gold === 'string' ? [gold, gold] : gold;
  return event.date.start >= String(start) && event.date.end <= String(end);
}

export type Strictness = 'strict' | 'lenient';

function fits(event: TimelineEvent, gold: GoldEvent, strictness: Strictness): boolean {
  if (event.type !== gold.type || !dateFits(event, gold.date)) return false;
  return strictness === 'lenient' || gold.participants.every((name) => names(event, name));
}

export interface PassageScore {
  id: string;
  class: string;
  gold: number;
  output: number;
  matched: number;
  /** Output events beyond the first that fit an already matched gold event. */
  duplicates: number;
  statusRight: number;
  /** Matched gold events with a history or other dates, and how many of those the output told right. */
  lives: number;
  livesRight: number;
  missed: GoldEvent[];
  spurious: TimelineEvent[];
  published?: { expected: IsoDate; inferred: IsoDate | null };
}

export function scorePassage(p: Passage, strictness: Strictness = 'strict'): PassageScore {
  const { articles, inferred } = articlesOf(p);
  const events = articles.length ? extractEvents(articles).file.events : [];
  const usedGold = new Set<number>();
  const usedOut = new Set<number>();
  let statusRight = 0;
  let lives = 0;
  let livesRight = 0;
  // Gold events with the fewest fitting outputs first, so a general output cannot take a specific one's only match.
  const fitting = p.events.map((g) => events.map((e, i) => (fits(e, g, strictness) ? i : -1)).filter((i) => i >= 0));
  const order = p.events.map((_, i) => i).sort((a, b) => fitting[a].length - fitting[b].length || a - b);
  for (const g of order) {
    const e = fitting[g].find((i) => !usedOut.has(i));
    if (e === undefined) continue;
    usedGold.add(g);
    usedOut.add(e);
    if (events[e].status === p.events[g].status) statusRight++;
    const gold = p.events[g];
    if (gold.history || gold.other_dates) {
      lives++;
      if (livesMatch(events[e], gold)) livesRight++;
    }
  }
  let duplicates = 0;
  events.forEach((_, i) => {
    if (!usedOut.has(i) && [...usedGold].some((g) => fitting[g].includes(i))) duplicates++;
  });
  return {
    id: p.id,
    class: p.class,
    gold: p.events.length,
    output: events.length,
    matched: usedGold.size,
    duplicates,
    statusRight,
    lives,
    livesRight,
    missed: p.events.filter((_, g) => !usedGold.has(g)),
    spurious: events.filter((_, i) => !usedOut.has(i) && ![...usedGold].some((g) => fitting[g].includes(i))),
    ...(p.expected_published ? { published: { expected: p.expected_published, inferred: inferred ?? null } } : {}),
  };
}

/** The output tells the gold event's life: its statuses in order, and each other day a source gave. */
function livesMatch(event: TimelineEvent, gold: GoldEvent): boolean {
  const statuses = [...(event.history ?? []).map((h) => h.status), event.status];
  const days = (event.otherDates ?? []).map((d) => d.date.start);
  return (!gold.history || gold.history.join() === statuses.join()) && (gold.other_dates ?? []).every((d) => days.includes(String(d)));
}

export interface ClassScore {
  passages: number;
  gold: number;
  output: number;
  recall: number;
  precision: number;
  /** Output events that fit a matched gold event, per matched gold event (1 is ideal). */
  perRealEvent: number;
  status: number;
  /** Histories and other dates told right, of those the matched gold events have. */
  lives: { right: number; of: number };
}

export function summarise(scores: readonly PassageScore[]): ClassScore {
  const sum = (f: (s: PassageScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const gold = sum((s) => s.gold);
  const output = sum((s) => s.output);
  const matched = sum((s) => s.matched);
  return {
    passages: scores.length,
    gold,
    output,
    recall: gold ? matched / gold : 1,
    precision: output ? (matched + sum((s) => s.duplicates)) / output : 1,
    perRealEvent: matched ? (matched + sum((s) => s.duplicates)) / matched : 1,
    status: matched ? sum((s) => s.statusRight) / matched : 1,
    lives: { right: sum((s) => s.livesRight), of: sum((s) => s.lives) },
  };
}
