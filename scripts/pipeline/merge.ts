/**
 * One real event reported by several sentences or articles becomes one event with an excerpt
 * from each report (Kerry's mid-July Moscow visit is told in 001 and again in 002).
 *
 * Takes the candidates of all articles and each article's context; gives merged events (type,
 * kind, topic, status, date, actors, places, excerpts) and the candidates left out.
 *
 * Two reports are one event when they have the same type, compatible kinds (a press conference
 * or a phone call is never the talks of the same day), compatible topics (an agreement on a draft
 * resolution is not the agreement on the opposition lists), no conflicting places (the Kremlin
 * and the Foreign Ministry are two meetings; the Kremlin and Moscow may be one), overlapping
 * dates (a day inside a vaguer range counts) and a shared side or place — Kerry and Washington
 * are one side. A multi-day visit told day by day in one article (arrival on Thursday evening,
 * talks ending Friday morning) becomes one event spanning both days.
 *
 * Precise reports go first and anchor the event's date; vaguer ones join the best matching event
 * only, so a "mid-July" report cannot chain two distinct events together. Undated candidates
 * first join an event of their own article; failing that they take the article's news day,
 * unless they happened elsewhere than the article's main news (a background meeting in Paris).
 * The news day is the context's date, except when the lead gave none and the publication day
 * stands in: then the meeting the lead reports is placed first, and once merging has dated it
 * (002's Geneva talks, dated by 003's announcement) its date, approximate, is the news day of the
 * rest of the article: the agreements reached in those talks are dated from them.
 *
 * Cost: events are bucketed by type and month, so each report is compared only with events of
 * its type in the months its dates touch, never with all events, and only with the reports of
 * an event that share its excerpt, never with all of them (an event can gather thousands).
 *
 * Deliberately not done: ids, titles, sorting for output.
 */
import type { DateVariant, EventDate, EventStatus, EventType, Excerpt, IsoDate, StatusReport } from '../../src/lib/types.ts';
import { addDays, daysBetween, monthsOf } from './calendar.ts';
import { leaves, placesRelated, sidesOf } from './gazetteer.ts';
import { topPlaceOf, sharedThroughMembers } from './gazetteer-queries.ts';
import { barePlan, bilateralApart, heldTalks, otherOutcome, partnersApart, sessionsApart, toldApart, type Report, type ToldApartEvent } from './told-apart.ts';
import { leadMeetings, PRECISION_RANK, sortByEvidence } from './evidence-order.ts';
import { toMergedEvent } from './merged-event.ts';
import {
  kindsCompatible, moreSpecificKind, overlaps, placesCompatible, topicsCompatible,
  type ArticleContext, type CandidateKind, type EventCandidate,
} from './candidates.ts';

export interface MergedEvent {
  type: EventType;
  kind: CandidateKind;
  topic?: string;
  status: EventStatus;
  date: EventDate;
  actors: string[];
  places: string[];
  excerpts: Excerpt[];
  history?: StatusReport[];
  otherDates?: DateVariant[];
}

/** Most days from one precise report of a visit to the next in one article ("مساء الخميس" arrival, Friday talks). */
const VISIT_GAP_DAYS = 1;
/** Most days between two sources' days for one event. */
const DISAGREEMENT_DAYS = 2;
const VISIT_KINDS: ReadonlySet<CandidateKind> = new Set(['talks', 'visit']);
/** Scores: a shared place outweighs the article's news day, which outweighs a shared actor. */
const SHARED_PLACE_WEIGHT = 10;
const SAME_DAY_BONUS = 5;

export interface Cluster extends MergedEvent, ToldApartEvent {
  seq: number;
  sides: Set<string>;
  /** Excerpt key (article, start, end) → index in `excerpts`. */
  excerptIndex: Map<string, number>;
  articles: Set<string>;
  months: string[];
  /** Each report's status and the article it came from, for the event's status and history. */
  reports: Report[];
  /** Excerpt key → the reports of that excerpt: all `toldApart` compares, so it never reads every report. */
  reportsAt: Map<string, Report[]>;
  /** The event's own date, then each other day a source gave (sources disagreeing), with their articles. */
  dates: { date: EventDate; articles: Set<string> }[];
}

/** An undated candidate that belongs to no event, and why it got no date from its article. */
export interface DroppedCandidate {
  candidate: EventCandidate;
  reason: 'background' | 'elsewhere' | 'unnamed';
}

/** Merged events, in order of creation, and the undated candidates that belong to no event. Does not modify its input. */
export function mergeSameEvent(
  candidates: readonly EventCandidate[],
  contexts: readonly ArticleContext[],
): { events: MergedEvent[]; dropped: DroppedCandidate[] } {
  const contextOf = new Map(contexts.map((c) => [c.article, c]));
  const leads = leadMeetings(candidates, contextOf);
  /** Article → the event its lead's meeting is part of, for articles whose lead gave no date. */
  const newsEvents = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const byMonth = new Map<string, Cluster[]>();
  const byArticle = new Map<string, Cluster[]>();
  const dropped: DroppedCandidate[] = [];

  const register = (cluster: Cluster) => {
    for (const month of monthsOf(cluster.date.start, cluster.date.end)) {
      if (cluster.months.includes(month)) continue;
      cluster.months.push(month);
      const key = `${cluster.type}|${month}`;
      (byMonth.get(key) ?? byMonth.set(key, []).get(key)!).push(cluster);
    }
  };
  /** Joins the candidate to the best event among `pool`, or starts a new one; gives that event. */
  const place = (c: EventCandidate, date: EventDate, pool: Iterable<Cluster>): Cluster => {
    let target = bestCluster(c, date, pool, true);
    if (target) {
      if (join(target, c, date)) register(target);
    } else {
      target = newCluster(c, date, clusters.length);
      clusters.push(target);
      register(target);
    }
    const list = byArticle.get(c.article) ?? byArticle.set(c.article, []).get(c.article)!;
    if (!list.includes(target)) list.push(target);
    return target;
  };
  const nearby = (c: EventCandidate, date: EventDate): readonly Cluster[] => {
    const months = monthsOf(shiftedStart(date.start), shiftedEnd(date.end));
    if (months.length === 1) return byMonth.get(`${c.type}|${months[0]}`) ?? [];
    const seen = new Set<Cluster>();
    for (const month of months) for (const cluster of byMonth.get(`${c.type}|${month}`) ?? []) seen.add(cluster);
    return [...seen].sort((a, b) => a.seq - b.seq);
  };

  /** The day an undated report of the article is taken to be: its lead meeting's, once dated and past, else the context's. */
  const newsDay = (article: string): EventDate => {
    const context = contextOf.get(article)!;
    const news = newsEvents.get(article);
    return news && news.date.start <= context.published ? { ...news.date, approximate: true } : context.date;
  };
  /** Excerpt → the event an undated meeting told there joined. */
  const meetingsAt = new Map<string, Cluster>();
  /**
   * What is reached at a meeting is reached on its day: an undated agreement told in the sentence
   * of an undated meeting ("شاركوا في اجتماع فيينا …، وصدر في ختامه بيان") takes the day that
   * meeting was found to have, approximate, not the article's news day.
   */
  const meetingDay = (c: EventCandidate): EventDate | undefined => {
    const meeting = c.type === 'agreement' ? meetingsAt.get(excerptKey(c.excerpt)) : undefined;
    // A meeting agreed on for later ("وعلى أن يلتقوا مجددا بعد نحو شهر") is not where it was reached.
    return meeting && meeting.status === 'held' ? { ...meeting.date, approximate: true } : undefined;
  };
  /** Joins an undated report to an event of its own article, else dates it by the news day; undefined when left out. */
  const placeUndated = (c: EventCandidate): Cluster | undefined => {
    const context = contextOf.get(c.article)!;
    const date = meetingDay(c) ?? newsDay(c.article);
    // Held somewhere the main news did not happen: background, joinable only by its place.
    const elsewhere = c.status === 'held' && !happensThere(c.places, context.places);
    const plan = barePlan(c);
    const notDone = (k: Cluster) => !(plan && heldTalks(k, context.published)) && !otherOutcome(c, k);
    // An undated report is an event of its own article told again only when it is on the news
    // day, names the same parties (two sides) or the same place: never glued to another event
    // for its date.
    const sides = new Set(c.actors.flatMap(sidesOf));
    const sameParties = (k: Cluster) => [...sides].filter((s) => k.sides.has(s)).length >= 2;
    const articleEvents = (byArticle.get(c.article) ?? [])
      // What the text tells as done is not what is yet to come after the article, nor the other way round.
      .filter((k) => c.status !== 'held' || k.date.start <= context.published)
      .filter(notDone)
      .filter((k) => !elsewhere || c.places.some((p) => k.places.some((q) => placesRelated(p, q))));
    // The only event of its type the article tells is the one an undated mention speaks of
    // ("نجاح الاتفاق مرهون بالتزام موسكو" after the agreement reached on Friday); a statement or a
    // call is not of a meeting's kind ("وكان الاجتماع الذي ترأسه كيري ولافروف قد اتفق" after a
    // welcome of the support group's meeting).
    const onlyOfType = articleEvents.filter((k) => k.type === c.type && kindsCompatible(c.kind, k.kind)).length === 1;
    // The lead's date is the day of what the lead tells: an undated event there is not another day's
    // event for sharing its parties ("قال كيري يوم الخميس … بعد محادثات مع بوتين") or its type alone.
    const inDatedLead = context.dateFromLead && c.excerpt.start < context.leadEnd;
    const ownPool = articleEvents
      .filter((k) => (onlyOfType && !inDatedLead) || overlaps(k.date, date) || (!inDatedLead && sameParties(k)) || c.places.some((p) => k.places.some((q) => placesRelated(p, q))));
    // "وكان الاجتماع الذي ترأسه كيري ولافروف قد اتفق …": a definite noun of the lead points back at
    // the one event of its kind the lead told, on whatever day the lead told it.
    const sideList = [...sides];
    const leadTold = c.definite && !c.another && inDatedLead ? articleEvents.filter((k) => compatibility(c, sideList, date, k, false) >= 0 && k.excerpts.some((x) => x.article === c.article && x.start < context.leadEnd)) : [];
    const own = (leadTold.length === 1 ? leadTold[0] : undefined) ?? (c.joins && c.definite ? leadEventOf(c, ownPool, date, inDatedLead) : undefined) ?? bestCluster(c, date, ownPool, false) ?? leadEventOf(c, ownPool, date, inDatedLead);
    if (own) {
      join(own, c, own.date);
      return own;
    }
    // Naming no one and joining nothing, the news day is not its day and no one its party ("ويكتسب لقاء زيوريخ أهمية خاصة").
    const unnamed = c.type === 'meeting' && c.actors.length === 0;
    if (c.background || elsewhere || unnamed) {
      dropped.push({ candidate: c, reason: c.background ? 'background' : elsewhere ? 'elsewhere' : 'unnamed' });
      return undefined;
    }
    return place(c, date, nearby(c, date).filter(notDone));
  };

  // Every dated report first, so an undated one can find the events of its own article; among
  // the undated, the lead meetings first, so the rest of their article can take their date.
  const dated = sortByEvidence(candidates.filter((c) => c.date), contextOf);
  const undated = sortByEvidence(candidates.filter((c) => !c.date), contextOf);
  for (const c of dated) {
    const event = place(c, c.date!, nearby(c, c.date!));
    if (leads.has(c)) newsEvents.set(c.article, event);
  }
  // Then the other meetings, so what was reached at them can take their day.
  const order = (c: EventCandidate) => (leads.has(c) ? 0 : c.type === 'meeting' ? 1 : 2);
  for (const c of [...undated].sort((a, b) => order(a) - order(b))) {
    const event = placeUndated(c);
    if (event && leads.has(c)) newsEvents.set(c.article, event);
    if (event && c.type === 'meeting') meetingsAt.set(excerptKey(c.excerpt), event);
  }
  return { events: clusters.map(toMergedEvent(contextOf)), dropped };
}

/**
 * The compatible event sharing most with the candidate. With `checkDates` false (an undated
 * report looking among its own article's events) an event on the article's news day is preferred.
 */
function bestCluster(c: EventCandidate, date: EventDate, pool: Iterable<Cluster>, checkDates: boolean): Cluster | undefined {
  let best: Cluster | undefined;
  let bestScore = -1;
  const sides = [...new Set(c.actors.flatMap(sidesOf))];
  for (const k of pool) {
    const shared = compatibility(c, sides, date, k, checkDates);
    const score = shared < 0 ? shared : shared + (!checkDates && overlaps(date, k.date) ? SAME_DAY_BONUS : 0);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** -1 when the candidate cannot be this event, else how much they share. */
function compatibility(c: EventCandidate, sides: readonly string[], date: EventDate, k: Cluster, checkDates: boolean): number {
  if (c.type !== k.type || !kindsCompatible(c.kind, k.kind) || !topicsCompatible(c.topic, k.topic)) return -1;
  if (!placesCompatible(c.places, k.places) || toldApartHere(c, k) || bilateralApart(c, k) || sessionsApart(c, k) || partnersApart(c, k)) return -1;
  const otherDay = checkDates && !overlaps(date, k.date);
  const disagreement = otherDay && !continuesVisit(c, date, k);
  if (disagreement && !disagreesOnDay(c, date, k)) return -1;
  let sharedSides = 0;
  for (const s of sides) if (k.sides.has(s)) sharedSides++;
  // A group's meeting is not carried on, a day off, by the talks of two of its members ("وكان كيري
  // قد التقى نظيره التركي صباح الخميس" before the support group's Friday meeting).
  if (sharedSides === 0 && !otherDay && sharedThroughMembers(sides, k.sides)) sharedSides = 1;
  const sharedPlaces = c.places.filter((p) => k.places.some((q) => placesRelated(p, q))).length;
  // Another source's day for the same event must name it well: both sides, or a side and the place.
  if (disagreement && sharedSides + sharedPlaces < 2) return -1;
  const sameTopic = c.topic !== undefined && c.topic === k.topic;
  // A deadline or a ceasefire is identified by what it is about, not by who mentions it.
  const sameLimit = (c.type === 'deadline' || c.type === 'ceasefire') && c.kind === k.kind;
  if (sharedSides === 0 && sharedPlaces === 0 && !sameLimit) return -1;
  return sharedSides + SHARED_PLACE_WEIGHT * sharedPlaces + (k.articles.has(c.article) ? 1 : 0) + (c.kind === k.kind ? 1 : 0) + (sameTopic ? 2 : 0);
}

/**
 * "وجاء الاجتماع، الذي شارك فيه الجبير وكيري ولافروف": a definite noun of the lead with no date
 * points back at the one event of its type the lead told on its day, even when the lead named
 * that event's parties only as "the states taking part"; so does someone taking part in talks
 * anywhere in the article ("وشاركت إيران للمرة الأولى في محادثات دولية"), and of several, one
 * attending "the meeting" ("وحضر اللقاء وزير الخارجية لافروف") the one told last before.
 */
function leadEventOf(c: EventCandidate, pool: readonly Cluster[], date: EventDate, inDatedLead: boolean): Cluster | undefined {
  if (!(c.definite && inDatedLead) && !c.joins) return undefined;
  // Someone else taking part ("وشارك وزير الخارجية سامح شكري في أعمال الاجتماع") makes it no bilateral meeting of two others.
  const takesPart = (k: Cluster) => c.joins && k.bilateral && !c.actors.some((a) => k.actors.includes(a));
  const told = pool.filter((k) => k.type === c.type && overlaps(k.date, date) && kindsCompatible(c.kind, k.kind) && !takesPart(k)
    && placesCompatible(c.places, k.places) && !toldApartHere(c, k) && !bilateralApart(c, k) && !sessionsApart(c, k) && !partnersApart(c, k));
  if (told.length === 1 || !(c.joins && c.definite)) return told.length === 1 ? told[0] : undefined;
  const toldAt = (k: Cluster) => Math.max(-1, ...k.excerpts.filter((x) => x.article === c.article && x.start < c.excerpt.start).map((x) => x.start));
  return told.reduce<Cluster | undefined>((best, k) => (toldAt(k) >= 0 && (!best || toldAt(k) > toldAt(best)) ? k : best), undefined);
}

/** `toldApart` on the reports of the candidate's own excerpt, the only ones it can match, not on all of the event's. */
function toldApartHere(c: EventCandidate, k: Cluster): boolean {
  const reports = k.reportsAt.get(excerptKey(c.excerpt));
  return reports !== undefined && toldApart(c, { actors: k.actors, bilateral: k.bilateral, few: k.few, reports });
}

/**
 * An undated held event took place at the article's main news when each of its places lies in a
 * city of the news (`topPlaceOf`), or it names none: talks at the foreign ministry the day of a
 * Kremlin meeting are of the same visit.
 */
function happensThere(places: readonly string[], contextPlaces: readonly string[]): boolean {
  if (contextPlaces.length === 0) return true;
  return leaves(places).every((p) => contextPlaces.some((q) => placesRelated(topPlaceOf(p), topPlaceOf(q))));
}

/**
 * Another article's precise day for a precise event, a day or two away: one outlet's Monday is
 * another's Tuesday. Same kind only; the caller also asks that the report name the event well.
 */
function disagreesOnDay(c: EventCandidate, date: EventDate, k: Cluster): boolean {
  if (k.articles.has(c.article) || c.kind !== k.kind || date.approximate || k.date.approximate) return false;
  if (date.precision !== 'day' || k.date.precision !== 'day') return false;
  return Math.abs(daysBetween(k.date.start, date.start)) <= DISAGREEMENT_DAYS;
}

/**
 * A precise report of the next (or previous) day of a visit already told in the same article, dated
 * by itself and told alike: a day that happened does not continue into one still planned ("التقى لافروف اليوم
 * دي ميستورا … ومن المقرر أن يتوجه المبعوث غدا إلى برلين"), and talks continue only between the same parties into the next day.
 */
function continuesVisit(c: EventCandidate, date: EventDate, k: Cluster): boolean {
  if (!VISIT_KINDS.has(c.kind) || !VISIT_KINDS.has(k.kind) || !k.articles.has(c.article)) return false;
  if ((c.status === 'planned') !== (k.status === 'planned')) return false;
  // Only a day the report gives itself carries the visit on; the article's news day is a guess.
  if (!c.date) return false;

  if (PRECISION_RANK[date.precision] > 1 || PRECISION_RANK[k.date.precision] > 1) return false;
  if (daysBetween(k.date.end, date.start) > VISIT_GAP_DAYS || daysBetween(date.end, k.date.start) > VISIT_GAP_DAYS) return false;
  // A visit is told day by day; talks are one event over two days only when the same parties talk
  // on into the next ("انطلقت المباحثات ظهر الجمعة" … "في ختام مباحثات" after midnight). Talks of
  // other parties on the next day are another meeting of the trip (Putin on Thursday, Lavrov on Friday).
  if (c.kind === 'visit' || k.kind === 'visit') return true;
  const sides = new Set(c.actors.flatMap(sidesOf));
  const sameParties = sides.size === k.sides.size && [...sides].every((s) => k.sides.has(s));
  return sameParties && daysBetween(k.date.end, date.start) <= 1 && daysBetween(date.end, k.date.start) <= 1;
}

function newCluster(c: EventCandidate, date: EventDate, seq: number): Cluster {
  const cluster: Cluster = {
    seq,
    type: c.type,
    kind: c.kind,
    topic: c.topic,
    status: c.status,
    date: { ...date },
    actors: [],
    places: [],
    excerpts: [],
    sides: new Set(),
    bilateral: false,
    excerptIndex: new Map(),
    articles: new Set(),
    months: [],
    reports: [],
    reportsAt: new Map(),
    dates: [{ date: { ...date }, articles: new Set() }],
  };
  join(cluster, c, date);
  return cluster;
}

/** Adds the report to the event; true when that widened the event's dates. */
function join(k: Cluster, c: EventCandidate, date: EventDate): boolean {
  for (const a of c.actors) {
    if (k.actors.includes(a)) continue;
    k.actors.push(a);
    for (const s of sidesOf(a)) k.sides.add(s);
  }
  if (c.bilateral) k.bilateral = true;
  if (c.few !== undefined) k.few = Math.min(k.few ?? c.few, c.few);
  for (const p of c.places) if (!k.places.includes(p)) k.places.push(p);
  k.topic ??= c.topic;
  k.kind = moreSpecificKind(k.kind, c.kind);
  const key = excerptKey(c.excerpt);
  const report: Report = { status: c.status, article: c.article, excerpt: c.excerpt, ...(c.another ? { another: c.another } : {}) };
  k.reports.push(report);
  (k.reportsAt.get(key) ?? k.reportsAt.set(key, []).get(key)!).push(report);
  const apart = !overlaps(date, k.date);
  // Apart in one article is a visit told day by day: the event spans both. Apart across
  // articles is sources disagreeing on the day: each day keeps its sources.
  const widens = apart && (k.articles.size === 0 || k.articles.has(c.article));
  if (widens) {
    k.date = {
      start: min(k.date.start, date.start),
      end: max(k.date.end, date.end),
      precision: 'days',
      approximate: k.date.approximate || date.approximate,
    };
    k.dates[0].date = k.date;
  }
  const day = apart && !widens
    ? (k.dates.find((d) => d.date.start === date.start && d.date.end === date.end) ?? k.dates[k.dates.push({ date: { ...date }, articles: new Set() }) - 1])
    : k.dates[0];
  day.articles.add(c.article);
  k.articles.add(c.article);
  const seen = k.excerptIndex.get(key);
  if (seen === undefined) {
    k.excerptIndex.set(key, k.excerpts.length);
    k.excerpts.push(c.excerpt);
  } else if (c.excerpt.date && !k.excerpts[seen].date) {
    k.excerpts[seen] = c.excerpt;
  }
  return widens;
}

/** The range widened by a visit's gap, computed only when the widening can cross into another month. */
function shiftedStart(start: IsoDate): IsoDate {
  return Number(start.slice(8)) > VISIT_GAP_DAYS ? start : addDays(start, -VISIT_GAP_DAYS);
}
function shiftedEnd(end: IsoDate): IsoDate {
  return Number(end.slice(8)) < 28 - VISIT_GAP_DAYS ? end : addDays(end, VISIT_GAP_DAYS);
}

const excerptKey = (e: Excerpt) => `${e.article}:${e.start}:${e.end}`;
const min = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const max = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
