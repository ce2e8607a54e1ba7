/**
 * What an agreement is about: the closest topic of `AGREEMENT_TOPICS` after its trigger ("اتفاق
 * على هدنة", "الاتفاق حول تبادل المعلومات"), inside the trigger's participant scope and
 * `TOPIC_WINDOW`, so a topic of the next clause is not this agreement's.
 *
 * Deliberately not done: topics of other event types (a meeting is told apart by who and where).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import { AGREEMENT_TOPICS, TOPIC_WINDOW } from '../tables/triggers.ts';
import type { TriggerHit } from './find-triggers.ts';
import { toFolded } from './participants.ts';

const TOPIC_PATTERNS = AGREEMENT_TOPICS.map((t) => ({ topic: t.topic, pattern: new RegExp(t.forms) }));

/** The closest agreement topic after the trigger, inside its scope and `TOPIC_WINDOW`. */
export function topicAfter(folded: FoldedText, trigger: TriggerHit, scope: { fend: number }, scopeEnd: number): string | undefined {
  const limit = Math.min(toFolded(folded, scopeEnd), trigger.fstart + TOPIC_WINDOW, scope.fend);
  const window = folded.text.slice(trigger.fstart, limit);
  let best: { topic: string; at: number } | undefined;
  for (const { topic, pattern } of TOPIC_PATTERNS) {
    const at = window.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { topic, at };
  }
  return best?.topic;
}
