/**
 * The public shape of a merged event, from the cluster of reports merging built: one step after
 * merging, so the rules that decide what is one event stay apart from how it is shown.
 */
import { byCodeUnit } from '../../src/lib/order.ts';
import { PUBLIC_TYPE, type TriggerKind } from '../tables/triggers.ts';
import { STATUS_WEIGHT, type ArticleContext } from './candidates.ts';
import { compareExcerpts } from './evidence-order.ts';
import { sidesOf } from './gazetteer.ts';
import { byTableOrder } from './gazetteer-queries.ts';
import { historyOf } from './history.ts';
import type { Cluster, MergedEvent } from './merge.ts';

/**
 * The public shape: actors in table order without a country that one of its people already
 * stands for, places in table order, excerpts by article date then position. The status is what
 * the latest article telling the event says (its strongest report, `STATUS_WEIGHT`); what earlier
 * articles said is its history ("announced 10 May, held 17 May"). An event after the publication
 * of every article that tells it has not happened yet, whatever a sentence's wording.
 */
export function toMergedEvent(contextOf: Map<string, ArticleContext>) {
  return (k: Cluster): MergedEvent => {
    const people = new Set(k.actors.flatMap((a) => sidesOf(a).slice(1)));
    const actors = k.actors.filter((a) => !people.has(a)).sort(byTableOrder('actors'));
    const published = (article: string) => contextOf.get(article)!.published;
    const latest = [...k.articles].map(published).sort().at(-1)!;
    const strongest = (reports: Cluster['reports']) => reports.reduce((a, b) => (STATUS_WEIGHT[b.status] > STATUS_WEIGHT[a.status] ? b : a));
    let status = strongest(k.reports.filter((r) => published(r.article) === latest)).status;
    if (k.date.start > latest && (status === 'held' || status === 'reached')) status = 'planned';
    // The best-supported day: most articles, the event's own on a tie.
    const best = k.dates.reduce((a, b) => (b.articles.size > a.articles.size ? b : a));
    const event: MergedEvent = {
      type: PUBLIC_TYPE[k.kind as TriggerKind] ?? k.type,
      kind: k.kind,
      status,
      date: best.date,
      actors,
      places: [...k.places].sort(byTableOrder('places')),
      excerpts: [...k.excerpts].sort((a, b) => compareExcerpts(a, b, contextOf)),
    };
    if (k.topic) event.topic = k.topic;
    const history = historyOf(k.reports, latest, status, published);
    if (history.length) event.history = history;
    const others = k.dates.filter((d) => d !== best);
    if (others.length) event.otherDates = others.map((d) => ({ date: d.date, articles: [...d.articles].sort(byCodeUnit) }));
    return event;
  };
}
