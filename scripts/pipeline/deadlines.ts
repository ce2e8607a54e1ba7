/**
 * Deadline events from limits the date tagger found ("بحلول آب", "خلال أسبوعين") that no deadline
 * trigger of the sentence claimed: each dates the closest thing it is the limit for
 * (`DEADLINE_OBJECTS`: a constitution, elections, restoring a truce), with the sentence's parties.
 * Also the day of an ultimatum, which no limit word marks: "اعتبارا من 1 حزيران إذا استمر المنع".
 *
 * Deliberately not done: deadlines a trigger names ("مهلة حتى ظهر الجمعة"): events.ts reads those.
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import { DEADLINE_OBJECTS, ULTIMATUM_WORDS, type DeadlineObject } from '../tables/deadlines.ts';
import { excerptOf, toEventDate, type EventCandidate } from './candidates.ts';
import { isOffTopic } from './cues.ts';
import { allMatches } from './matches.ts';
import { actorsIn, placesIn, toFolded, type SentenceScope } from './participants.ts';
import { settersNamedIn } from './talks-formats.ts';
import type { DateMention, LoadedArticle } from './types.ts';
import { LETTER } from './words.ts';

/** A sentence being read, with its date mentions. */
export interface SentenceRead extends SentenceScope {
  mentions: DateMention[];
}

/** Objects and topics are distinctive nouns, matched anywhere (ارهاب in الارهابيين): no boundary, so the scan stays literal-led and fast. */
const DEADLINE_OBJECT_PATTERNS = DEADLINE_OBJECTS.map((o) => ({ object: o, pattern: new RegExp(o.forms, 'g') }));

/** Deadline events: a deadline date mention with the thing it is the limit for. */
export function detectDeadlines(
  article: Pick<LoadedArticle, 'id' | 'body' | 'published'>,
  folded: FoldedText,
  scope: SentenceRead,
  used: ReadonlySet<DateMention>,
  approximateAll: boolean,
): EventCandidate[] {
  const deadlines = scope.mentions.filter((m) => m.deadline && m.value && !used.has(m));
  const ultimatums = scope.mentions.filter((m) => !m.deadline && m.value && !used.has(m) && m.value.start > article.published && isUltimatum(folded, scope, m));
  if (deadlines.length === 0 && ultimatums.length === 0) return [];
  // After the cheap test: most sentences hold no deadline, and the topic scan reads the whole sentence.
  const text = folded.text.slice(scope.fstart, scope.fend);
  if (isOffTopic(text)) return [];
  const found: EventCandidate[] = [];
  // A deadline's parties and places are the whole sentence's, the same for every deadline in it.
  const actors = [...new Set([...actorsIn(scope.hits, scope.sentence.start, scope.sentence.end, article.body), ...settersNamedIn(text, article.published)])];
  const places = placesIn(scope.hits, scope.sentence.start, scope.sentence.end);
  const objects = [
    ...deadlines.map((mention) => ({
      mention,
      // A limit with nothing named to end, set by a condition or an obligation ("إذا لم يتم التوصل
      // إلى اتفاق حتى 25 أيار"، "يتعين على الفصائل إبلاغ موافقتها قبل ظهر الجمعة"), is an ultimatum's.
      object: closestObject(text, toFolded(folded, mention.start) - scope.fstart) ?? (mention.value!.start > article.published && underCondition(folded, scope, mention) ? ULTIMATUM : undefined),
    })),
    ...ultimatums.map((mention) => ({ mention, object: ULTIMATUM })),
  ];
  for (const { mention, object } of objects) {
    if (!object) continue;
    const date = toEventDate(mention, approximateAll);
    found.push({
      article: article.id,
      type: object.type,
      kind: object.type === 'ceasefire' ? 'ceasefire-restore' : 'deadline',
      topic: object.topic,
      // A limit still running at publication ("by the end of this month") is still ahead.
      status: date.end > article.published ? 'planned' : 'held',
      date,
      actors: [...actors],
      places: [...places],
      excerpt: excerptOf(article.id, scope.sentence, mention),
    });
  }
  return found;
}

/** What an ultimatum's day is the limit for: whatever follows unless the condition ends first. */
const ULTIMATUM: DeadlineObject = { type: 'deadline', topic: 'ultimatum', forms: '' };
const ULTIMATUM_FROM = new RegExp(`(?:^|[^${LETTER}])(?:${ULTIMATUM_WORDS.from})[^\\S\\n]+$`);
const ULTIMATUM_IF = new RegExp(`(?:^|[^${LETTER}])[وف]?(?:${ULTIMATUM_WORDS.condition})(?![${LETTER}])`);
/** Folded characters: the start word stands right before the day; the condition within a clause of it. */
const ULTIMATUM_REACH = 20;

/**
 * A day from which something follows if a condition still holds ("سيبدأ إسقاط المساعدات جوا
 * اعتبارا من 1 حزيران إذا استمر منع القوافل", "إذا استمر المنع بعد الفاتح من جوان") is an
 * ultimatum: the day is a deadline, whether the condition stands before or after it.
 */
function isUltimatum(folded: FoldedText, scope: Pick<SentenceRead, 'fstart' | 'fend'>, m: DateMention, from = ULTIMATUM_FROM): boolean {
  const at = toFolded(folded, m.start);
  return from.test(folded.text.slice(Math.max(scope.fstart, at - ULTIMATUM_REACH), at)) && underCondition(folded, scope, m);
}

/**
 * The day an ultimatum starts to bite ("اعتبارا من الأول من يونيو في حال منع القوافل"): a deadline's
 * alone, never the day of the statement or meeting that set it. Only after a word of starting or
 * "by": "بعد 9 نيسان في حال تعذر انعقادها" still dates the talks.
 */
export function isUltimatumDay(folded: FoldedText, scope: Pick<SentenceRead, 'fstart' | 'fend'>, m: DateMention): boolean {
  return isUltimatum(folded, scope, m, ULTIMATUM_FROM_STRONG);
}
const ULTIMATUM_FROM_STRONG = new RegExp(`(?:^|[^${LETTER}])(?:${ULTIMATUM_WORDS.strongFrom})[^\\S\\n]+$`);

/** A condition or an obligation in the clause of the day. */
function underCondition(folded: FoldedText, scope: Pick<SentenceRead, 'fstart' | 'fend'>, m: DateMention): boolean {
  const at = toFolded(folded, m.start);
  const end = toFolded(folded, m.end);
  return ULTIMATUM_IF.test(folded.text.slice(Math.max(scope.fstart, at - ULTIMATUM_REACH * 4), Math.min(scope.fend, end + ULTIMATUM_REACH * 2)));
}

/** The deadline object ending closest before `at`, else the first one after it. */
function closestObject(text: string, at: number): DeadlineObject | undefined {
  let before: { object: DeadlineObject; end: number } | undefined;
  let after: { object: DeadlineObject; start: number } | undefined;
  for (const { object, pattern } of DEADLINE_OBJECT_PATTERNS) {
    for (const m of allMatches(pattern, text)) {
      const end = m.index + m[0].length;
      if (end <= at) {
        if (!before || end > before.end) before = { object, end };
      } else if (!after || m.index < after.start) after = { object, start: m.index };
    }
  }
  return before?.object ?? after?.object;
}
