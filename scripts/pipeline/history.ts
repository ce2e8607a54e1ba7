/**
 * The life of an event told by several articles: the statuses earlier articles gave it ("announced
 * 10 May", then "held 17 May"). Takes each report's status and article; gives the history that
 * goes beside the event's latest status.
 *
 * Deliberately not done: choosing the latest status (merge.ts) or which reports are one event.
 */
import { byCodeUnit } from '../../src/lib/order.ts';
import type { EventStatus, IsoDate, StatusReport } from '../../src/lib/types.ts';
import { STATUS_WEIGHT } from './candidates.ts';

/** Per earlier publication day, the status its articles gave when it differs from the one before; oldest first. */
export function historyOf(
  reports: readonly { status: EventStatus; article: string }[],
  latest: IsoDate,
  status: EventStatus,
  published: (article: string) => IsoDate,
): StatusReport[] {
  const byDay = new Map<IsoDate, { status: EventStatus; article: string }>();
  for (const r of [...reports].sort((a, b) => byCodeUnit(published(a.article), published(b.article)) || byCodeUnit(a.article, b.article))) {
    const day = published(r.article);
    if (day === latest) continue;
    const seen = byDay.get(day);
    if (!seen || STATUS_WEIGHT[r.status] > STATUS_WEIGHT[seen.status]) byDay.set(day, { status: r.status, article: r.article });
  }
  const out: StatusReport[] = [];
  for (const [date, r] of [...byDay].sort(([a], [b]) => byCodeUnit(a, b))) {
    if (r.status !== (out.at(-1)?.status ?? null)) out.push({ status: r.status, date, article: r.article });
  }
  return out.length && out.some((h) => h.status !== status) ? out : [];
}
