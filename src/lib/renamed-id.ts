/**
 * The event an old link meant. An id describes its event (`2016-08-15-meeting-kerry-lavrov`, see
 * `scripts/pipeline/ids.ts`), so a rebuild that learns the meeting's place renames it
 * (`…-meeting-geneva-kerry-lavrov`). A link carrying the old id should still open it: the event of
 * the same day and type whose id shares the most of the old id's other words (one at least), when
 * one alone does.
 */

/** Day and type: the part of an id a renaming never changes. */
const HEAD = /^(\d{4}-\d{2}-\d{2})-([a-z]+)(?:-|$)/;

function wordsAfterHead(id: string, head: string): Set<string> {
  return new Set(id.slice(head.length).split('-').filter(Boolean));
}

/** The id in `ids` that `wanted` was renamed to, or null when none or several fit as well. */
export function renamedId(wanted: string, ids: Iterable<string>): string | null {
  const head = HEAD.exec(wanted);
  if (!head) return null;
  const words = wordsAfterHead(wanted, head[0]);
  let best: string | null = null;
  let bestShared = 0;
  let tie = false;
  for (const id of ids) {
    const other = HEAD.exec(id);
    if (!other || other[1] !== head[1] || other[2] !== head[2]) continue;
    // Sharing nothing but the day and type, it is another event, not this one renamed.
    const shared = [...wordsAfterHead(id, other[0])].filter((w) => words.has(w)).length;
    if (shared === 0) continue;
    if (shared > bestShared) [best, bestShared, tie] = [id, shared, false];
    else if (shared === bestShared) tie = true;
  }
  return tie ? null : best;
}
