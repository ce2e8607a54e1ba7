/**
 * What an agreement is about: the closest topic of `AGREEMENT_TOPICS` after its trigger ("اتفاق
 * على هدنة", "الاتفاق حول تبادل المعلومات"), inside the trigger's participant scope and
 * `TOPIC_WINDOW`, so a topic of the next clause is not this agreement's, and told as its content.
 *
 * Deliberately not done: topics of other event types (a meeting is told apart by who and where).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import { AGREEMENT_TOPICS, TOPIC_WINDOW } from '../tables/topics.ts';
import { WELCOMING } from '../tables/triggers.ts';
import type { TriggerHit } from './find-triggers.ts';
import { OWNED, toFolded } from './participants.ts';

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
  return best && isContent(window.slice(trigger.fend - trigger.fstart, best.at), trigger.entry.verb === true) ? best.topic : undefined;
}

/**
 * What stands between the agreement word and the topic makes the topic its content: a word of
 * content ("على"، "حول"، "بشأن"، "يقضي"، "الخاص") right after the noun and its adjectives, or
 * anywhere after a verb, in a relative clause of what the text stipulates ("الخطة التي تنص على"),
 * or nothing but adjectives and the topic's own preposition ("اتفاق روسي أمريكي لوقف"). A topic
 * further on, after a verb of its own, is what the sentence says about the agreement ("الاتفاق لا
 * يلزم موسكو بوقف غاراتها على التنظيمات الإرهابية").
 */
function isContent(between: string, verb: boolean): boolean {
  const words = between.trim().split(' ').filter(Boolean);
  // A verb's subject and circumstances stand before its "على" ("اتفق كيري ولافروف في جنيف أمس على").
  const reach = verb ? words.length : ADJECTIVES_BETWEEN + 1;
  return words.length <= ADJECTIVES_BETWEEN || words.slice(0, reach).some((w) => CONTENT_LINK.test(w)) || STIPULATING.test(between);
}
/** A relative clause that gives what the agreed text says ("الخطة التي تنص على"، "الاتفاق الذي يقضي بـ"). */
const STIPULATING = /(?:الذي|التي) (?:ينص|تنص|يقضي|تقضي|يتضمن|تتضمن)(?= )/;
/** Words that introduce what an agreement is on or provides. Folded, whole words. */
const CONTENT_LINK = /^[وف]?(?:علي|حول|بشان|بخصوص|ازاء|حيال|يقضي|تقضي|ينص|تنص|يتضمن|تتضمن|الخاص|الخاصه|المتعلق|المتعلقه|يهدف|تهدف|بهدف)$/;
/** Adjectives and a name that may stand between the agreement word and its content ("اتفاق روسي أمريكي جديد على"). */
const ADJECTIVES_BETWEEN = 3;

/**
 * "The agreement" told as what something is said of ("نجاح الاتفاق يتوقف على"، "وصف الاتفاق بأنه"،
 * "الاتفاق يبدو متماسكا"): a definite agreement noun, no verb of reaching, and nothing of what it
 * is on right after it (a word of content, a relative clause, "إلى" or the purpose لـ): an
 * agreement the news told before, not one of its own. Undated, it only joins an event of its article.
 */
export function referenceOnly(trigger: TriggerHit, afterTrigger: string): boolean {
  if (trigger.entry.type !== 'agreement' || trigger.entry.verb || !/ال$/.test(trigger.proclitic)) return false;
  // A relative clause set off by a comma ("بالاتفاق، الذي توصلت إليه …") still tells what it is.
  const words = afterTrigger.replace(SET_OFF_RELATIVE, '').split(CLAUSE_END, 1)[0].split(' ').filter(Boolean).slice(0, ADJECTIVES_BETWEEN + 1);
  // The adjectives of a definite noun are definite: a word without "ال" ends its phrase, so the
  // "على" of a verb after it ("نجاح الاتفاق يتوقف على") is that verb's.
  const phrase = words.findIndex((_, k) => k > 0 && !/^[«"]?ال/.test(words[k - 1]));
  return !words.slice(0, phrase < 0 ? undefined : phrase).some((w) => CONTENT_LINK.test(w) || CONTENT_OPENS.test(w));
}
/** Its content is in its own clause. */
const CLAUSE_END = /[.،,؛:!?؟]/;
const SET_OFF_RELATIVE = /^ ?[،,](?= (?:الذي|التي) )/;
/** What opens an agreement's content besides `CONTENT_LINK`: a relative pronoun, "إلى", the purpose لـ on a verbal noun or a definite noun. Folded. */
const CONTENT_OPENS = /^(?:الذي|التي|الي|لل\S+|ل(?:وقف|تطبيق|تثبيت|تعزيز|تمديد|انهاء|اجراء|عقد|بدء|تشكيل|اقامه)\S*)$/;

/**
 * An event noun right after a verb of judging and its subject: "رحبت أنقرة بالاتفاق الذي توصلت
 * إليه موسكو وواشنطن"، "ووصف بيسكوف اليوم لقاء بوتين مع كيري بأنه مفيد" judge an event the news
 * told before, on a day of their own. An agreement's judge is no party to it, and told with nothing
 * of what it is on (`referenceOnly`) it is the one told; a meeting's judge may have sat in it
 * ("ووصف لافروف المباحثات مع كيري بالمكثفة"). One the judge says it reached with another ("ورحبت
 * موسكو بالاتفاق الذي توصلت إليه مع واشنطن") is the judge's own: no judged event.
 */
export function judgedEvent(folded: FoldedText, trigger: TriggerHit, sentenceStart: number): boolean {
  const wordStart = trigger.fstart - trigger.proclitic.length;
  return !trigger.entry.verb && JUDGING.test(folded.text.slice(Math.max(sentenceStart, wordStart - JUDGED_REACH), wordStart))
    && !REACHED_WITH.test(folded.text.slice(trigger.fend, trigger.fend + REACHED_WITH_REACH));
}
/**
 * A meeting welcomed or praised ("رحب الجبير أمس بلقاء كيري ولافروف"): its parties are named after
 * it, the welcomer is none; not the welcomer's own ("ورحب لافروف بلقائه مع كيري").
 */
export function welcomedMeeting(folded: FoldedText, trigger: TriggerHit, sentenceStart: number): boolean {
  const wordStart = trigger.fstart - trigger.proclitic.length;
  return trigger.entry.type === 'meeting' && !trigger.entry.verb && /ب(?:ال)?$/.test(trigger.proclitic) && !OWNED.test(folded.text.slice(trigger.fstart, trigger.fend))
    && WELCOMING_BEFORE.test(folded.text.slice(Math.max(sentenceStart, wordStart - JUDGED_REACH), wordStart));
}
const WELCOMING_BEFORE = new RegExp(`(?:^|\\s)[وف]?(?:${WELCOMING})(?:\\s[^\\s.؟!؛،,]+){0,10}\\s$`);

/** "الذي توصلت إليه مع …"، "الذي وقعته مع …": reached by the clause's subject with a partner. Folded. */
const REACHED_WITH = /^ (?:الذي|التي) (?:تم )?(?:توصل|توصلت|توصلنا|وقع|وقعت|وقعته|ابرم|ابرمت|ابرمته)(?: (?:اليه|اليها|عليه))? مع /;
const REACHED_WITH_REACH = 40;
/**
 * A verb of judging, then at most its subject and a time (ten words: "المتحدث باسم الخارجية الأمريكية
 * مارك تونر مساء أمس") within its clause, right before the event noun. Not "ثمن", also the noun "price". Folded.
 */
const JUDGING = /(?:^|\s)[وف]?(?:وصف|وصفت|وصفا|رحب|رحبت|رحبا|[يت]رحب|انتقد|انتقدت|اشاد|اشادت|ادان|ادانت|ايد|ايدت|شكك|شككت|هاجم|هاجمت)(?:\s[^\s.؟!؛،,]+){0,10}\s$/;
const JUDGED_REACH = 110;
