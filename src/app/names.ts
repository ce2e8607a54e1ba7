/**
 * Accessible names for marks ("title, date, type, status"), built once per event and date locale
 * (language and Arabic month set) and cached, since marks in view are re-rendered on every zoom
 * frame and Intl formatting is not free.
 */
import { dateLocale, formatEventDate, formatIsoDate } from '../lib/format.ts';
import { joinList, statusName, t, typeName } from '../lib/i18n.ts';
import type { MarkGroup } from '../lib/timeline/cluster.ts';
import { DAY_MS, msToIso } from '../lib/timeline/scales.ts';
import type { PreparedEvent } from '../lib/timeline/prepare.ts';
import type { TimelineEvent } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';

/** Names by `dateLocale(lang)`: a new month set names anew. */
const eventNames = new WeakMap<TimelineEvent, Record<string, string>>();

/** "15 July 2016, 19:00 (approximate)": the date, the hour when the source gives one, and its certainty. */
export function eventDateText(event: TimelineEvent, lang: Lang): string {
  let date = formatEventDate(event.date, lang);
  if (event.date.time) date = t(lang, 'atTime', { date, time: event.date.time });
  return event.date.approximate ? `${date} (${t(lang, 'approximate')})` : date;
}

export function eventName(event: TimelineEvent, lang: Lang): string {
  let names = eventNames.get(event);
  if (!names) eventNames.set(event, (names = {}));
  const parts = [event.title[lang], eventDateText(event, lang), typeName(lang, event.type), statusName(lang, event.status)];
  // An editor's correction is part of what the mark is: a screen reader hears it, and the tooltip shows it.
  if (event.corrected) parts.push(t(lang, 'edited'));
  return (names[dateLocale(lang)] ??= joinList(lang, parts));
}

const clusterInfo = new WeakMap<MarkGroup<PreparedEvent>, { ids: string; names: Record<string, string> }>();

function info(group: MarkGroup<PreparedEvent>) {
  let i = clusterInfo.get(group);
  if (!i) clusterInfo.set(group, (i = { ids: group.members.map((m) => m.id).join(' '), names: {} }));
  return i;
}

/** Space-separated ids, so `[data-cluster-ids~="id"]` finds the cluster holding an event. */
export function clusterIds(group: MarkGroup<PreparedEvent>): string {
  return info(group).ids;
}

/** Formatted days, shared by every cluster: a zoom step relabels many clusters over few distinct days. */
const dayNames = new Map<string, string>();
function dayName(iso: string, lang: Lang): string {
  const key = dateLocale(lang) + iso;
  let name = dayNames.get(key);
  if (name === undefined) dayNames.set(key, (name = formatIsoDate(iso, lang)));
  return name;
}

export function clusterName(group: MarkGroup<PreparedEvent>, lang: Lang): string {
  const i = info(group);
  const locale = dateLocale(lang);
  if (!i.names[locale]) {
    const first = group.members[0].event.date.start;
    // The group's extent ends the midnight after its latest last day: no walk over 10,000 members.
    const last = msToIso(group.t1 - DAY_MS);
    const date = first === last ? dayName(first, lang) : `${dayName(first, lang)} – ${dayName(last, lang)}`;
    i.names[locale] = t(lang, 'clusterName', { n: group.members.length, date });
  }
  return i.names[locale];
}
