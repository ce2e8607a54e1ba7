/**
 * Event extraction for a set of loaded articles: the language half of the pipeline.
 *
 * Takes `LoadedArticle[]` (read, decoded, front matter parsed, publication date known); gives the
 * `EventsFile` for `data/events.json` and one report row per article. Per article, in order:
 * fold the body once → segment sentences → mark page noise → tag dates → find gazetteer names →
 * resolve dual nouns to the two parties they stand for → detect candidate events in the reporting
 * sentences, setting aside those that name only private persons. Then across articles: merge
 * reports of the same event → give an event that names no party the parties of its antecedent →
 * name an agreement's negotiators, the state a visit went to and a meeting's attendees → ids →
 * titles → sort by date then id. A press conference closing talks stays a statement of its own,
 * as the issue asks of statements (readers list it beside the talks).
 * The file carries only the gazetteer entries that some event uses, and each article's full body
 * so the app can show excerpts in place. Every report left out is a warning in its article's
 * report row.
 *
 * Deliberately not done: reading files, writing JSON, or deciding publication dates.
 */
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import { byCodeUnit } from '../../src/lib/order.ts';
import type { ArticleMeta, EventsFile, GazetteerEntry, TimelineEvent } from '../../src/lib/types.ts';
import { resolveDualReferences } from './coreference.ts';
import { withOfficeHolders } from './office-holders.ts';
import { filedDay, tagDates } from './dates.ts';
import type { Filed } from './dates/filed.ts';
import type { ArticleContext, EventCandidate } from './candidates.ts';
import { detectEvents } from './events.ts';
import { GAZETTEER, findGazetteerHits, type GazetteerTable } from './gazetteer.ts';
import { byTableOrder, publicEntry } from './gazetteer-queries.ts';
import { assignIds } from './ids.ts';
import { mergeSameEvent, type MergedEvent } from './merge.ts';
import { nameAttendees, nameNegotiators, nameVisitedStates } from './negotiators.ts';
import { inheritParties } from './inherited-parties.ts';
import { isNoise, markNoise, noiseChars, outsideNoise } from './noise.ts';
import { segmentSentences } from './segment.ts';
import { buildTitle } from './titles.ts';
import type { ArticleReport, LoadedArticle } from './types.ts';

/** A first line this short is a headline, usable as the title when the metadata has none. */
const TITLE_FROM_BODY_MAX_CHARS = 120;
/**
 * Talks and calls are between parties: one held whose reports name one person or state alone
 * ("محادثات لافروف" read as "Lavrov talks") is no event a reader can place, only half of one. One
 * still to come may name who will take part alone ("روسيا ستشارك في الاجتماع"); a conference one
 * attends, and a group's or a body's own meeting (the support group, the Security Council), are
 * whole as told.
 */
function partyAlone(e: MergedEvent): boolean {
  return (e.type === 'meeting' || e.type === 'call') && e.status === 'held' && e.kind !== 'conference'
    && e.actors.length === 1 && SINGLE_PARTIES.has(GAZETTEER.actors[e.actors[0]]?.kind);
}
const SINGLE_PARTIES: ReadonlySet<string | undefined> = new Set(['person', 'country']);

/** Why a report was left out, in the report's words. */
const DROP_REASONS = {
  background: 'undated {type} in a background recap',
  elsewhere: "undated {type} away from the article's main news",
  private: '{type} naming only private persons',
  unnamed: 'undated {type} naming no one and matching no event of its article',
  alone: '{type} naming one party alone',
} as const;
/** Characters of an excerpt quoted in a report warning. */
const WARNING_QUOTE_CHARS = 60;

/** What one article gives extraction, before merging across articles: plain data, so `cache.ts` can keep it. */
export interface ArticleAnalysis {
  candidates: EventCandidate[];
  privateOnly: EventCandidate[];
  context: ArticleContext;
  meta: ArticleMeta;
  report: ArticleReport;
}

/** The per-article half of extraction; depends on this article alone. */
export function analyseArticle(loaded: LoadedArticle): ArticleAnalysis {
  // The text's own "today" is the day its dateline gives, which may be the day before publication.
  const filed = filedDay(loaded.body, loaded.published);
  const article = { ...loaded, published: filed.day };
  const title = article.meta.title ?? titleFromBody(article.body);
  const folded = foldWithOffsets(article.body);
  const noise = markNoise(folded, title);
  const sentences = segmentSentences(article.body).flatMap((s) => outsideNoise(noise, s));
  const mentions = tagDates(article.body, { published: article.published }, folded).filter((m) => !isNoise(noise, m) && !stampedBy(filed.dateline, m));
  const hits = resolveDualReferences(folded, sentences, withOfficeHolders(folded, findGazetteerHits(folded), article.published), article.published, article.body);
  const headlines = noise.filter((n) => n.kind === 'headline');
  const found = detectEvents({ article, folded, sentences, headlines, mentions, hits });
  return {
    candidates: found.candidates,
    privateOnly: found.privateOnly,
    context: found.context,
    meta: articleMeta(loaded, title),
    report: { id: article.id, events: 0, dates: mentions.length, noise: article.body.length ? noiseChars(noise) / article.body.length : 0, unresolved: mentions.filter((m) => !m.value).map((m) => m.text), warnings: [] },
  };
}

/**
 * Events file and report rows for the articles. Does not modify its input. `analyse` is
 * `analyseArticle`, or gives analyses made beforehand (from the cache, or on several threads by
 * `workers.ts`); its results are copied, never changed here.
 */
export function extractEvents(
  articles: readonly LoadedArticle[],
  analyse: (article: LoadedArticle) => ArticleAnalysis = analyseArticle,
): { file: EventsFile; reports: ArticleReport[] } {
  const ordered = [...articles].sort((a, b) => byCodeUnit(a.id, b.id));
  const candidates: EventCandidate[] = [];
  const privateOnly: EventCandidate[] = [];
  const contexts: ArticleContext[] = [];
  const reports = new Map<string, ArticleReport>();
  const metas: ArticleMeta[] = [];

  for (const article of ordered) {
    const found = analyse(article);
    candidates.push(...found.candidates);
    privateOnly.push(...found.privateOnly);
    contexts.push(found.context);
    metas.push(found.meta);
    reports.set(article.id, { ...found.report, unresolved: [...found.report.unresolved], warnings: [] });
  }

  const { events: sameEvents, dropped } = mergeSameEvent(candidates, contexts);
  const named = nameAttendees(nameVisitedStates(nameNegotiators(inheritParties(sameEvents))));
  const merged = named.filter((e) => !partyAlone(e));
  const alone = named.filter(partyAlone).map((e) => ({ candidate: { type: e.type, article: e.excerpts[0].article, excerpt: e.excerpts[0] }, reason: 'alone' as const }));
  for (const { candidate: c, reason } of [...privateOnly.map((candidate) => ({ candidate, reason: 'private' as const })), ...dropped, ...alone]) {
    reports.get(c.article)!.warnings.push(
      `${DROP_REASONS[reason].replace('{type}', c.type)} left out: «${c.excerpt.text.slice(0, WARNING_QUOTE_CHARS)}…»`,
    );
  }
  const ids = assignIds(merged);
  const events: TimelineEvent[] = merged.map((e, i) => ({
    id: ids[i],
    type: e.type,
    status: e.status,
    date: e.date,
    title: buildTitle(e),
    actors: e.actors,
    places: e.places,
    excerpts: e.excerpts,
    ...(e.history ? { history: e.history } : {}),
    ...(e.otherDates ? { otherDates: e.otherDates } : {}),
  }));
  // Start day, then id: not `compareByDate`, whose end-day key would reorder events.json.
  events.sort((a, b) => byCodeUnit(a.date.start, b.date.start) || byCodeUnit(a.id, b.id));
  for (const event of events) {
    for (const article of new Set(event.excerpts.map((x) => x.article))) reports.get(article)!.events++;
  }

  return {
    file: {
      articles: metas,
      events,
      actors: usedEntries('actors', events.flatMap((e) => e.actors)),
      places: usedEntries('places', events.flatMap((e) => e.places)),
    },
    reports: ordered.map((a) => reports.get(a.id)!),
  };
}

/** The first line of the body when it is short enough to be a headline. */
function titleFromBody(body: string): string | undefined {
  const first = FIRST_LINE.exec(body)?.[0].trim();
  return first && first.length <= TITLE_FROM_BODY_MAX_CHARS ? first : undefined;
}
/** The first line with something on it, without splitting the whole body. */
const FIRST_LINE = /\S[^\r\n]*/;

function articleMeta(article: LoadedArticle, title: string | undefined): ArticleMeta {
  return {
    id: article.id,
    ...(title ? { title } : {}),
    ...(article.meta.outlet ? { outlet: article.meta.outlet } : {}),
    ...(article.meta.url ? { url: article.meta.url } : {}),
    published: article.published,
    publishedFrom: article.publishedFrom,
    ...(article.publishedEvidence ? { publishedEvidence: article.publishedEvidence } : {}),
    body: article.body,
  };
}

/** The public entries of the ids used, in table order. */
function usedEntries(table: GazetteerTable, ids: readonly string[]): Record<string, GazetteerEntry> {
  const out: Record<string, GazetteerEntry> = {};
  for (const id of [...new Set(ids)].sort(byTableOrder(table))) out[id] = publicEntry(GAZETTEER[table][id]);
  return out;
}

/** The dateline's date stamps the story, so it dates none of the events the story tells. */
function stampedBy(dateline: Filed['dateline'], mention: { start: number; end: number }): boolean {
  return dateline !== null && mention.start < dateline.end && mention.end > dateline.start;
}
