/**
 * What the sources say beyond the event's own date and status: its earlier stages ("announced 10 May ·
 * held 17 May") and the dates other sources give ("one source says 14 July 2016"). Plain strings in
 * the interface language, for the detail panel and the list alike.
 */
import { dateFormat, formatEventDate } from '../lib/format.ts';
import { statusName, t } from '../lib/i18n.ts';
import { isoToMs } from '../lib/timeline/scales.ts';
import type { EventStatus, TimelineEvent } from '../lib/types.ts';
import type { Lang } from '../lib/url-state.ts';

/** "announced" reads better than "planned" for a stage the event has since left. */
const stageWord = (lang: Lang, status: EventStatus) => (status === 'planned' ? t(lang, 'announced') : statusName(lang, status));

/** "announced 10 May · held 17 May"; the year is shown only when the stages span two. Null without history. */
export function historyText(event: TimelineEvent, lang: Lang): string | null {
  if (!event.history?.length) return null;
  const stages = [...event.history.map((h) => ({ status: h.status, date: h.date })), { status: event.status, date: event.date.start }];
  const oneYear = new Set(stages.map((s) => s.date.slice(0, 4))).size === 1;
  const f = dateFormat(lang, oneYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' });
  return stages.map((s) => `${stageWord(lang, s.status)} ${f.format(new Date(isoToMs(s.date)))}`).join(' · ');
}

export interface OtherDate {
  text: string;
  articles: string[];
}

/** One line per differing date: "one source says 14 July 2016", "2 sources say …". */
export function otherDates(event: TimelineEvent, lang: Lang): OtherDate[] {
  return (event.otherDates ?? []).map((v) => {
    const date = formatEventDate(v.date, lang);
    const n = v.articles.length;
    return { text: n === 1 ? t(lang, 'oneSourceSays', { date }) : t(lang, 'sourcesSay', { n, date }), articles: v.articles };
  });
}
