/**
 * Who took part in an event a trigger names, and where: the gazetteer names in the trigger's
 * scope (after it up to the next trigger of its type or a clause break; for the first trigger of
 * its type, also its subject before it), leaving out names quoted inside a long statement that
 * does not hold the trigger; and the places near it. Also how named actors fall into sides: all
 * one side, the first one's side (a speaker), the partners of the first by side.
 *
 * Takes folded text, triggers and gazetteer hits of one sentence; gives spans, actor and place ids.
 *
 * Deliberately not done: deciding whether the trigger is an event (events.ts).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import type { EventType } from '../../src/lib/types.ts';
import { ISSUED_AFTER_NOUN, publicType, SPEECH_VERBS, WELCOMED, WELCOMING } from '../tables/triggers.ts';
import { CLAUSE_BREAKS, FRAMED_PARTNER, RELATIVE_PRONOUNS, SPEECH_BREAKS, SPEECH_PARTICIPLES, TOPIC_NOUNS, WHILE_NOT } from '../tables/trigger-context.ts';
import { frameBefore, toldAsTime } from './event-words.ts';
import type { TriggerHit } from './find-triggers.ts';
import { actorOf, isPerson, sideOf, type GazetteerHit } from './gazetteer.ts';
import { allMatches } from './matches.ts';
import { firstAtLeast, lowerBound } from './search.ts';
import { LETTER, wordsPattern } from './words.ts';

/** Any break: where participants stop after a trigger (first), and where a meeting's start before it (all). */
const FIRST_BREAK = wordsPattern(`${SPEECH_BREAKS}|${CLAUSE_BREAKS}`);
const ANY_BREAK = new RegExp(FIRST_BREAK.source, 'g');
/** Breaks that also cut an agreement's parties before the trigger: not reported speech. */
const TOPIC_BREAK = wordsPattern(CLAUSE_BREAKS, 'g');

/**
 * A topic noun right before a name makes it a topic, only without the article: the noun governs
 * the name in construct ("مصير الأسد"، "مستقبل الرئيس بشار الأسد"); a definite one is a name of
 * its own beside it ("بين النظام والمعارضة").
 */
const TOPIC_BEFORE = new RegExp(`(?:^|[^${LETTER}])[وف]?(?:${TOPIC_NOUNS})(?:\\s+الرئيس)?\\s*$`);
const TOPIC_REACH = 32;
/** The last comma of a stretch of text (nothing but non-commas after it). */
const LAST_COMMA = /[،,؛;](?=[^،,؛;]*$)/;

/** Contacts, whose reporter is not a participant: reported speech cuts their subject off. */
const CONTACT_TYPES: ReadonlySet<EventType> = new Set(['meeting', 'call', 'statement']);

/** The sentence being read, with its folded bounds. */
export interface SentenceScope {
  sentence: { start: number; end: number; text: string };
  fstart: number;
  fend: number;
  hits: GazetteerHit[];
}

/** Index in the folded text of the first folded character at or after original offset `i`. */
export function toFolded(folded: FoldedText, i: number): number {
  return firstAtLeast(folded.offsets, i, folded.offsets.length - 1);
}

/** Hits not inside a quoted statement, unless the trigger is in the same statement. */
export function outsideStatements(hits: readonly GazetteerHit[], statements: ReadonlyArray<[number, number]>, trigger: TriggerHit): readonly GazetteerHit[] {
  if (statements.length === 0) return hits;
  const inside = (x: { start: number; end: number }, [a, b]: [number, number]) => x.start >= a && x.end <= b;
  return hits.filter((h) => !statements.some((q) => inside(h, q) && !inside(trigger, q)));
}

/**
 * Where a trigger's participants are named: from the trigger to the next trigger of the same type,
 * or of any type told as a time span from it ("بعد عشرة أيام من اجتماع ثلاثي عقده وزراء …"), or the
 * first clause break after it, whichever comes first. The first trigger of its type also
 * takes the words before it from the last clause break on, since its subject may precede it
 * ("وكان كيري وصل إلى موسكو"); for a meeting reported speech is a break too, because the speaker
 * reporting a meeting ("وكان المتحدث … كيربي قد أعلن أن كيري …") is not in it, while the one
 * announcing an agreement ("قال لافروف إن البلدين اتفقا") is a party to it.
 */
export function participantScope(folded: FoldedText, triggers: readonly TriggerHit[], i: number, scope: SentenceScope): [number, number] {
  const trigger = triggers[i];
  const type = publicType(trigger.entry);
  let to = scope.sentence.end;
  for (let j = i + 1; j < triggers.length; j++) {
    if (publicType(triggers[j].entry) !== type && !toldAsTime(folded, triggers[j])) continue;
    // The frame's own words are a hole in the scope of the event it frames, whose partner follows them.
    if (framePhrase(folded, triggers, j, scope)) continue;
    to = triggers[j].start;
    break;
  }
  const frame = framePhrase(folded, triggers, i, scope);
  if (frame) to = Math.min(to, frame[1]);
  const brk = folded.text.slice(trigger.fend, toFolded(folded, to)).search(FIRST_BREAK);
  if (brk >= 0) to = folded.offsets[trigger.fend + brk];
  // "فيما" opening a clause that tells another event ("فيما اتصل كيري هاتفيا بنظيره") ends this one's
  // parties; one that goes on with it ("اتهمت فيها باور موسكو، فيما رد تشوركين") does not.
  const ahead = whileOpening(folded, triggers, trigger.fend, toFolded(folded, to));
  if (ahead) to = folded.offsets[ahead.start];
  const previous = triggers.findLastIndex((t, j) => j < i && publicType(t.entry) === type);
  const before = i > 0 ? whileOpening(folded, triggers, triggers[i - 1].fend, trigger.fend)?.end ?? -1 : -1;
  const breaks = CONTACT_TYPES.has(type) ? ANY_BREAK : TOPIC_BREAK;
  let lastBreak = before;
  // "رحب جودة بالتفاهم، مؤكدا في تصريح …": a participle of saying right before a statement goes on
  // with the speaker, when the main clause names one side.
  const goesOn = (m: RegExpMatchArray) => type === 'statement' && PARTICIPLE_BEFORE.test(folded.text.slice(scope.fstart + m.index!, trigger.fstart))
    && oneSide(actorsIn(scope.hits, scope.sentence.start, folded.offsets[scope.fstart + m.index!]));
  for (const m of allMatches(breaks, folded.text.slice(scope.fstart, trigger.fstart))) if (!goesOn(m)) lastBreak = Math.max(lastBreak, scope.fstart + m.index + m[0].length);
  if (previous >= 0) {
    // A later trigger of its type takes a subject of its own clause only ("بعد لقائه بوتين، عقد
    // كيري جولة محادثات مع لافروف", "قال كيري بعد المحادثات إن الوزراء الأربعة يأملون في
    // الاجتماع مجددا"): from the last comma or break after the previous trigger.
    const comma = folded.text.slice(triggers[previous].fend, trigger.fstart).search(LAST_COMMA);
    const from = Math.max(comma < 0 ? -1 : triggers[previous].fend + comma + 1, lastBreak > triggers[previous].fend ? lastBreak : -1);
    return [from < 0 ? trigger.start : folded.offsets[from], to];
  }
  // "قال كيري إن المحادثات مع لافروف …": talks "with" one partner whose clause names no one else
  // are the speaker's own; reported speech does not cut the speaker off.
  if (lastBreak > scope.fstart && WITH_PARTNER.test(folded.text.slice(trigger.fend, trigger.fend + WITH_REACH))) {
    const clauseStart = folded.offsets[lastBreak];
    if (!scope.hits.some((h) => h.start >= clauseStart && h.end <= trigger.start)) {
      let topic = scope.fstart;
      for (const m of allMatches(TOPIC_BREAK, folded.text.slice(scope.fstart, trigger.fstart))) topic = scope.fstart + m.index + m[0].length;
      return [folded.offsets[topic], to];
    }
  }
  return [folded.offsets[Math.max(scope.fstart, lastBreak)], to];
}
const FRAMED_PARTNER_PATTERN = new RegExp(FRAMED_PARTNER);
const PARTICIPLE_BEFORE = new RegExp(`^[وف]?(?:${SPEECH_PARTICIPLES}) (?:في|خلال|عبر) $`);

/**
 * The words of a frame ("على هامش اجتماعات الجمعية العامة") told between an event of its type
 * and that event's partner ("التقى لافروف … بنظيره السعودي"), as [start, end) in original
 * offsets: the frame names no one after them, the framed event no one inside them.
 */
export function framePhrase(folded: FoldedText, triggers: readonly TriggerHit[], i: number, scope: SentenceScope): [number, number] | undefined {
  const trigger = triggers[i];
  const type = publicType(trigger.entry);
  if (!frameBefore(folded, trigger) || !triggers.some((t, j) => j < i && publicType(t.entry) === type)) return undefined;
  const next = triggers.find((t, j) => j > i && publicType(t.entry) === type);
  const until = next ? next.fstart : scope.fend;
  const after = folded.text.slice(trigger.fend, until);
  const brk = after.search(FIRST_BREAK);
  const partner = (brk < 0 ? after : after.slice(0, brk)).search(FRAMED_PARTNER_PATTERN);
  return partner < 0 ? undefined : [trigger.start, folded.offsets[trigger.fend + partner]];
}

/**
 * The words of a statement and the body it was given before ("في إحاطة أمام مجلس الأمن"، "في كلمة
 * أمام الجمعية العامة"), as [start, end) in original offsets: the audience is the statement's own,
 * no party to what the speaker goes on to say ("… إنه يعتزم استئناف مفاوضات جنيف").
 */
export function audiencePhrase(folded: FoldedText, trigger: TriggerHit, hits: readonly GazetteerHit[]): [number, number] | undefined {
  if (publicType(trigger.entry) !== 'statement') return undefined;
  const before = AUDIENCE_AFTER.exec(folded.text.slice(trigger.fend, trigger.fend + AUDIENCE_REACH));
  const audience = before ? hits.find((h) => h.table === 'actors' && toFolded(folded, h.start) === trigger.fend + before[0].length) : undefined;
  return audience ? [trigger.start, audience.end] : undefined;
}
/** What stands between a statement's word and its audience: "أمام" or "إلى", maybe after a verb of giving it. Folded. */
const AUDIENCE_AFTER = /^(?: [^ .،,]+)? (?:امام|الي) (?:اعضاء )?/;
const AUDIENCE_REACH = 40;

/** "فيما" as "while" (`WHILE_NOT`: not "فيما يتعلق"، "فيما بعد"). Folded. */
const WHILE = new RegExp(` و?فيما (?!(?:${WHILE_NOT})(?![^ .،]))`, 'g');

/** Where "فيما" opens a clause holding a trigger between folded `from` and `to` (folded offsets of the word and after it). */
function whileOpening(folded: FoldedText, triggers: readonly TriggerHit[], from: number, to: number): { start: number; end: number } | undefined {
  for (const m of allMatches(WHILE, folded.text.slice(from, to))) {
    const start = from + m.index;
    if (triggers.some((t) => t.fstart > start && t.fstart < to)) return { start, end: start + m[0].length };
  }
  return undefined;
}

/** Folded characters after an agreement verb where what was agreed on may begin. */
const AGREED_ON_REACH = 200;
/** A relative clause set off by commas ("، الذي عقد في فيينا أمس الجمعة،"): it describes, it does not end the subject. */
const SET_OFF_RELATIVE = new RegExp(`[،,]\\s*(?:${RELATIVE_PRONOUNS})\\s[^،,.؛]*[،,]`, 'g');

/** Folded `text` without its set-off relative clauses: what they describe reads on to what follows them. */
export function withoutSetOffRelatives(text: string): string {
  return text.replace(SET_OFF_RELATIVE, '');
}

/**
 * Where what was agreed on begins ("على"), folded, when trigger `i` stands in the subject of an
 * agreement verb before it ("اتفقت الدول المشاركة في اجتماع فيينا، الذي عقد أمس، على بيان يكلف
 * الأمم المتحدة …"): the event's participants end there. Nothing but a set-off relative clause
 * may stand between the verb and "على".
 */
export function agreedOnAfter(folded: FoldedText, triggers: readonly TriggerHit[], i: number, fend: number): number | undefined {
  const trigger = triggers[i];
  for (let j = 0; j < i; j++) {
    const a = triggers[j];
    if (a.entry.type !== 'agreement' || !a.entry.verb) continue;
    const on = folded.text.slice(a.fend, Math.min(fend, a.fend + AGREED_ON_REACH)).indexOf(' علي ');
    if (on < 0 || a.fend + on <= trigger.fend) continue;
    if (!/[،,.؛]/.test(withoutSetOffRelatives(folded.text.slice(a.fend, a.fend + on)))) return a.fend + on;
  }
  return undefined;
}

/**
 * Where what a welcome names begins, for a trigger inside it that names its own subject ("رحبت
 * الإمارات اليوم بما توصلت إليه المجموعة في اجتماعها": the meeting's parties start at "بما"), the
 * welcomer being no party to it; so for a trigger whose own party follows it as its genitive
 * ("بنتائج اجتماع المجموعة الدولية"، "بالبيان الصادر عن اجتماع المجموعة"); -1 otherwise: "رحب كيري
 * بما توصل إليه مع لافروف في اجتماعهما" and "بنتائج اجتماعها مع الولايات المتحدة" welcome the
 * welcomer's own. Folded offset in, original out.
 */
export function welcomedFrom(folded: FoldedText, sentenceStart: number, trigger: TriggerHit, hits: readonly GazetteerHit[]): number {
  const before = folded.text.slice(sentenceStart, trigger.fstart);
  const clause = Math.max(...allMatches(/[،,؛]/g, before).map((m) => m.index + 1), 0);
  const welcome = WELCOME_PATTERN.exec(before.slice(clause));
  if (!welcome) return -1;
  const object = folded.offsets[sentenceStart + clause + welcome.index + welcome[0].length - welcome[1].length];
  const subject = hits.some((h) => h.table === 'actors' && h.start > object && h.end <= trigger.start && !WITH_BEFORE.test(folded.text.slice(Math.max(0, toFolded(folded, h.start) - 4), toFolded(folded, h.start))));
  const genitive = !OWNED.test(folded.text.slice(trigger.fstart, trigger.fend)) && hits.some((h) => h.table === 'actors' && h.start >= trigger.end && GENITIVE_GAP.test(folded.text.slice(trigger.fend, toFolded(folded, h.start))));
  return subject || genitive ? object : -1;
}
/** A trigger word owned by a pronoun ("اجتماعها"، "محادثاتهما"): the welcomer's own. Folded. */
export const OWNED = /(?:ه|ها|هما|هم)$/;
/** Only a space between a trigger and the name after it: its genitive ("اجتماع المجموعة الدولية"). */
const GENITIVE_GAP = /^ $/;
const WITH_BEFORE = /(?:^|\s)مع\s$/;
const WELCOME_PATTERN = new RegExp(`(?<![${LETTER}])[وف]?(?:${WELCOMING})(?: [^ .؟!]+){0,8}?(${WELCOMED})`);

/** A press conference fronted before its speaker's clause: only "و" and a preposition open the clause before it. Folded. */
const FRONTED = /(?:^|[.،,؛\n] ?)و?(?:خلال|في|اثناء|عقب) $/;
/** A verb of saying opening the speaker's clause right after a fronted phrase, with no comma between. Folded. */
const SPEECH_VERB_AFTER = new RegExp(` (?=[وف]?(?:${SPEECH_VERBS}) )`);
/** Folded characters a fronted phrase runs before its speaker's verb ("له عقب التصويت"، "له مساء أمس أمام الصحفيين"). */
const FRONTED_REACH = 48;
/** The reporting verb and its subject up to what was said ("، اعتبر وزير الخارجية الأمريكي جون كيري أن"). Folded. */
const SPEAKER_CLAUSE = new RegExp(`^ ?(?:${SPEECH_BREAKS})`);
/** Any verb and its subject up to what was said ("، كرر الرئيس باراك أوباما أن"). Folded. */
const VERB_CLAUSE = new RegExp(`^ ?[^ ،,.؛]+(?: [^ ،,.؛]+){0,12}? (?:ان|الي ان|بان)(?![${LETTER}])`);
/** Folded characters after a statement where its speaker stands ("أعلنت الهيئة العليا للمفاوضات", "كلمة ألقاها لافروف"). */
const SPEAKER_REACH = 64;

/** The speaker named right after a statement's word, before what was said (`until`). */
export function speakerAfter(folded: FoldedText, hits: readonly GazetteerHit[], trigger: TriggerHit, until: number, body: string): string[] {
  // Not the body it was given before ("في كلمة له أمام مجلس الأمن مساء أمس قال تشوركين").
  const from = audiencePhrase(folded, trigger, hits)?.[1] ?? trigger.end;
  return firstSide(actorsIn(hits, from, Math.min(until, folded.offsets[Math.min(folded.text.length, trigger.fend + SPEAKER_REACH)]), body));
}

/**
 * Who issued a statement, listed right after the verb that follows its noun ("البيان الذي أصدرته
 * موسكو وواشنطن"): the names joined by "و" or a comma from the first one on. Two sides or more
 * issued it together.
 */
export function issuersAfter(folded: FoldedText, hits: readonly GazetteerHit[], trigger: TriggerHit): string[] {
  const issued = ISSUED_BY.exec(folded.text.slice(trigger.fend, trigger.fend + ISSUED_REACH));
  if (!issued) return [];
  const issuers: string[] = [];
  let end = folded.offsets[trigger.fend + issued[0].length];
  for (let k = lowerBound(hits.length, (j) => hits[j].start >= trigger.end); k < hits.length; k++) {
    const actor = actorOf(hits[k]);
    // A minister read from "وزراء خارجية روسيا" stands where the state's name does, and issues too.
    const colocated = hits[k].start < end;
    if (!colocated && (!actor || !LIST_JOINT.test(folded.text.slice(toFolded(folded, end), toFolded(folded, hits[k].start))))) break;
    if (actor) issuers.push(actor);
    end = Math.max(end, hits[k].end);
  }
  return issuers;
}
const LIST_JOINT = /^[ ،,]{1,2}(?:و ?)?$/;
/** Who issue for their states, before the states' names: "أصدره وزراء خارجية روسيا وتركيا". Folded. */
const ISSUING_PEOPLE = '(?:وزراء|وزيرا|وزيري) (?:خارجيه|دفاع)|(?:روساء|رييسا|رييسي|قاده|زعماء|ممثلو|ممثلي|مندوبو|مندوبي)(?: دول)?';
/** The verb of issuing after the statement noun, and the relative pronoun before it: " الذي أصدرته", and who issue it. Folded. */
const ISSUED_BY = new RegExp(`^ ${ISSUED_AFTER_NOUN}(?: (?:${ISSUING_PEOPLE}))?(?= )`);
const ISSUED_REACH = 48;

/**
 * Who gives a statement that names no one before it: the subject of the verb right after it
 * ("في كلمة ألقاها رئيس الوزراء الروسي"، "في مؤتمر صحفي عقده لافروف"), or, for one fronted before
 * its speaker's clause, that clause's subject ("وفي مؤتمره الصحافي السنوي أمس، كرر أوباما أن …").
 */
export function statementSpeaker(folded: FoldedText, scope: SentenceScope, trigger: TriggerHit, until: number, body: string): string[] {
  const after = speakerAfter(folded, scope.hits, trigger, until, body);
  return after.length ? after : frontedSpeaker(folded, scope, trigger, body, VERB_CLAUSE);
}

/**
 * Who speaks at a press conference told before its speaker ("وخلال مؤتمر صحفي مشترك مع نظيره
 * الروسي، اعتبر كيري أن …"): the subject of the reporting verb after the comma, who is cut off
 * from the trigger by the verb (`participantScope` ends there, since a reported speaker is not
 * in a meeting). Without a comma, the clause opens at the first verb of saying within the fronted
 * phrase's reach ("وفي كلمة له عقب التصويت أكد مندوب سورية أن …").
 */
export function frontedSpeaker(folded: FoldedText, scope: SentenceScope, trigger: TriggerHit, body: string, speakerClause = SPEAKER_CLAUSE): string[] {
  if (!FRONTED.test(folded.text.slice(scope.fstart, trigger.fstart))) return [];
  const rest = folded.text.slice(trigger.fend, scope.fend);
  const comma = rest.search(/[،,]/);
  const verb = rest.slice(0, FRONTED_REACH).search(SPEECH_VERB_AFTER);
  const opens = verb >= 0 && (comma < 0 || verb < comma) ? verb : comma;
  const clause = opens < 0 ? null : speakerClause.exec(rest.slice(opens + 1));
  if (!clause) return [];
  const from = trigger.fend + opens + 1;
  return firstSide(actorsIn(scope.hits, folded.offsets[from], folded.offsets[from + clause[0].length], body));
}

/**
 * "قال لافروف إن الخبراء سيواصلون مشاوراتهم، وإنه اتفق مع كيري على لقاء جديد": "he" opening a
 * later clause of what was said is the speaker, named where the sentence's first reported speech
 * opens, and a party to the event of that clause. Gives no one when the clause does not open so.
 */
export function reportedSelf(folded: FoldedText, scope: SentenceScope, trigger: TriggerHit, body: string): string[] {
  const before = folded.text.slice(scope.fstart, trigger.fstart - trigger.proclitic.length);
  const speech = SELF_REPORTED.test(before) ? FIRST_BREAK.exec(before) : null;
  if (!speech) return [];
  // The speaker stands between the verb of saying and what was said ("قال كيري للصحافيين إن …");
  // a name before the verb may be the setting's ("في نيويورك، حيث تنعقد الجمعية العامة للأمم المتحدة، قال").
  const end = folded.offsets[scope.fstart + speech.index + speech[0].length];
  const between = actorsIn(scope.hits, folded.offsets[scope.fstart + speech.index], end, body);
  return firstSide(between.length > 0 ? between : actorsIn(scope.hits, scope.sentence.start, end, body));
}
/** "وإنه"، "موضحا أنه": "he" opening what the speaker goes on to say. */
const SELF_OPENING = `(?:^|[^${LETTER}])(?:و|(?:${SPEECH_PARTICIPLES}) )(?:ب)?(?:انه|انها)`;
const SELF_REPORTED = new RegExp(`${SELF_OPENING}(?: [^ .،,؛]+){0,5} $`);
/** "وإنه سيلتقي": the pronoun right before the verb is its subject, so the speaker takes part whoever else is named. */
const SELF_SUBJECT = new RegExp(`${SELF_OPENING} $`);

/** Whether what the speaker reports opens on a verb trigger whose subject is "he" or "she" ("وإنه سيلتقي نظيره"). */
export function selfSubject(folded: FoldedText, scope: SentenceScope, trigger: TriggerHit): boolean {
  return trigger.entry.verb === true && SELF_SUBJECT.test(folded.text.slice(Math.max(scope.fstart, trigger.fstart - 12), trigger.fstart - trigger.proclitic.length));
}

/**
 * Talks "he held" with no name after the verb ("في ختام محادثات أجراها في موسكو مع بوتين ولافروف"):
 * the one who held them is the person the sentence opened on ("أعلن كيري أن …"), a party to them.
 */
export function heldBySubject(folded: FoldedText, scope: SentenceScope, trigger: TriggerHit, body: string): string[] {
  if (!HELD_BY_HIM.test(folded.text.slice(trigger.fend, trigger.fend + HELD_BY_REACH))) return [];
  return actorsIn(scope.hits, scope.sentence.start, trigger.start, body).filter(isPerson).slice(0, 1);
}
const HELD_BY_HIM = /^ (?:(?:التي|الذي) )?(?:اجرا|عقد)(?:ها|ه)(?= (?:في|مع|امس|اليوم|خلال) |[،,])/;
const HELD_BY_REACH = 24;

/** "مع" right after the event noun, or after one word ("المحادثات المطولة مع"). */
const WITH_PARTNER = /^(?: [^ ]+)? مع /;
const WITH_REACH = 30;

/**
 * People, organisations, and places used as governments, named in [from, to); not a name that is
 * what is talked about ("مصير الأسد": `TOPIC_NOUNS` right before it), nor the name right after
 * such a one's title ("مستقبل الرئيس السوري بشار الأسد": the title is the topic's, so is the name).
 */
export function actorsIn(hits: readonly GazetteerHit[], from: number, to: number, body?: string): string[] {
  const actors: string[] = [];
  let topic: GazetteerHit | undefined;
  for (const hit of hits) {
    if (hit.start < from || hit.end > to) continue;
    if (body && isTopic(body, hit, topic)) {
      topic = hit;
      continue;
    }
    const actor = actorOf(hit);
    if (actor && !actors.includes(actor)) actors.push(actor);
  }
  return actors;
}

/** `hits` without the names that are what is talked about (`actorsIn`), in order. */
export function withoutTopics(hits: readonly GazetteerHit[], body: string): GazetteerHit[] {
  let topic: GazetteerHit | undefined;
  return hits.filter((hit) => {
    if (!isTopic(body, hit, topic)) return true;
    topic = hit;
    return false;
  });
}

/** A topic noun right before the name, or the name right after its title that was one (`previous`, the last topic before it). */
function isTopic(body: string, hit: GazetteerHit, previous: GazetteerHit | undefined): boolean {
  return (previous !== undefined && previous.id === hit.id && hit.start - previous.end <= 1) || TOPIC_BEFORE.test(body.slice(Math.max(0, hit.start - TOPIC_REACH), hit.start));
}

/** Locations named in [from, to). */
export function placesIn(hits: readonly GazetteerHit[], from: number, to: number): string[] {
  const places: string[] = [];
  for (const hit of hits) {
    if (hit.table === 'places' && hit.locative && hit.start >= from && hit.end <= to && !places.includes(hit.id)) places.push(hit.id);
  }
  return places;
}

/** Actors that all stand for one side (and at least one). */
export function oneSide(actors: readonly string[]): boolean {
  return actors.length > 0 && new Set(actors.map(sideOf)).size === 1 && sideOf(actors[0]) !== undefined;
}

/** The first actor named and those of its side: one speaker, not what it spoke about. */
export function firstSide(actors: readonly string[]): string[] {
  const side = actors.length > 0 ? sideOf(actors[0]) : undefined;
  return side === undefined ? actors.slice(0, 1) : actors.filter((a) => sideOf(a) === side);
}

/** The actors after the first, grouped by the side each speaks for (Lavrov with Russia). */
export function partnersBySide(actors: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const a of actors.slice(1)) {
    const side = sideOf(a) ?? a;
    groups.set(side, [...(groups.get(side) ?? []), a]);
  }
  groups.delete(sideOf(actors[0]) ?? actors[0]);
  return [...groups.values()];
}
