/**
 * Candidate events, sentence by sentence: what kind of event a sentence reports, who and where,
 * which date expression dates it, and whether it happened or is planned.
 *
 * Takes one article's folded body, its reporting sentences (noise already removed), the date
 * mentions of the body and the gazetteer hits; gives candidates (one per reported event per
 * sentence) and the article's context (the day its main news happened, for undated sentences).
 *
 * How a sentence becomes candidates:
 * - every trigger word of `TRIGGERS` is a sub-candidate; a negated or conditional one ("لم يتوصلا
 *   إلى اتفاق", "في حال تنفيذ ما اتفقنا عليه") is dropped;
 * - each date expression dates the trigger just before it (Arabic puts the date after the event
 *   noun: "مؤتمر الرياض الخميس الماضي"), or the first one after it when none precedes;
 *   deadline expressions ("بحلول آب") date no trigger: they are deadline events of their own,
 *   about the closest object before them (دستور، انتخابات، restoring a truce);
 * - a trigger's participants are named after it, up to the next trigger of its type or a clause
 *   break (reported speech, "في حين"…); the first trigger of its type also takes its subject
 *   before it. Names inside a long quotation that does not hold the trigger are someone's
 *   statement, not participants. A place goes to the nearest trigger, the one before it when a
 *   preposition leads it in. So "وسبق اللقاء في الكرملين لقاء بين لافروف وكيري في وزارة
 *   الخارجية" gives two meetings; neighbouring sub-candidates that cannot be told apart (same
 *   type, compatible kind, topic and places, one date) fold back into one;
 * - a meeting needs a named person, organisation or place and an agreement a named party, so
 *   "فور اجتماع مجموعة التنسيق" (a clause of a proposal) is no event;
 * - a verb that is also a noun (بحث) needs a partner after it ("بحث غيراسيموف مع نظيره"), and a
 *   discussion folds into the call or meeting its sentence names;
 * - "another" meeting ("كما عقد لقاء آخر") is a separate event, between the participants of the
 *   sentence's first meeting when it names none of its own;
 * - the timeline is the Syria diplomacy: a candidate whose named participants are all private
 *   persons (`isParty`: "واجتمع أيضا مع الناشطة … الكسييفا") is left out, and returned apart so
 *   the report can say so;
 * - a joint press conference ("في مؤتمر صحفي مشترك مع نظيره") is its speakers' meeting; an
 *   agreement's parties stand before what they agree "on"; an agreement they failed to reach
 *   ("فشل … في التوصل إلى اتفاق") is none; a truce, and an agreement on one, take the brokers
 *   its article names (truce-brokers.ts).
 *
 * Deliberately not done: merging reports across sentences (merge.ts), ids and titles, and dating
 * undated candidates (merge.ts, which first tries the article's own dated events).
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
import type { EventStatus, Span } from '../../src/lib/types.ts';
import { publicType } from '../tables/triggers.ts';
import { BACKGROUND_OPENERS, FUTURE_TRIGGER, PARTNER_CUES, QUOTED_STATEMENT_MIN_CHARS, REPORTED_PATTERN, SEQUENCE_DAY_SHIFT } from '../tables/trigger-context.ts';
import { AGENDA_VERBS, AHEAD_VERBS } from '../tables/tense.ts';
import { findContext } from './article-context.ts';
import { addDays } from './calendar.ts';
import { ANNOUNCED_BEFORE, acrossSequence, announcedAt, datedBySequence, reachedAtMeetings, foldNeighbours, timedByVote, toldOn, withJointStatements, type SubCandidate } from './sentence-fold.ts';
import { STATEMENT_KINDS, excerptOf, toEventDate, union, within, type ArticleContext, type EventCandidate } from './candidates.ts';
import { partiesByAdjective } from './adjectives.ts';
import { agreedToMeetFrom, aheadVerbGoverns, conditionalFrom, cueAround, failedToReach, futureVerbGoverns, isOffTopic, joinsTalks } from './cues.ts';
import { assignDates, carriedTo, earlierSlot, lastingUntil, ownDayOfSaying, scheduledDate, startingAt, underWay, untilDate } from './dating.ts';
import { detectDeadlines, isUltimatumDay, type SentenceRead } from './deadlines.ts';
import { findTriggers, type TriggerHit } from './find-triggers.ts';
import { type GazetteerHit, sideOf } from './gazetteer.ts';
import { hasEvidence, insideName, namesAParty, ofAgreementsTold, onToldMeetingsDay } from './article-candidates.ts';
import { assignPlaces } from './places.ts';
import { actorsIn, agreedOnAfter, audiencePhrase, welcomedFrom, framePhrase, frontedSpeaker, heldBySubject, issuersAfter, oneSide, outsideStatements, participantScope, partnersBySide, reportedSelf, selfSubject, speakerAfter, statementSpeaker, toFolded } from './participants.ts';
import { betweenSyrianSides, mediatedTalks, ofSyrianTalks, settersNamedIn, syrianTalksOf, talksOfRound, talksTold, withFormatParties, withGatheringGroups, withStandingParties } from './talks-formats.ts';
import { knownBrokers, truceBrokers, truceInClause } from './truce-brokers.ts';
import { quotedRanges } from './segment.ts';
import { TALKED, ownTriggers, reports } from './own-triggers.ts';
import { judgedEvent, referenceOnly, topicAfter, welcomedMeeting } from './topics.ts';
import type { DateMention, LoadedArticle } from './types.ts';
import { wordsPattern } from './words.ts';
import {
  AFTER_THAT, BETWEEN_PATTERN, DURING_IT, NEAR_NOW, STILL_STANDS, JOINT_PATTERN, JOINT_WORD, PHRASE_END, PLURAL_MEETING, REACHED_NOW, SAME_FORMAT, SCALE_PATTERN,
  SEPARATELY, SIDES_OF_SCALE, THEIR, TO_MEET, TWICE, TWO_CALLS, frameBefore, isAnother, madeAt, pairedDay, toldAsTime, votedAtSession, partnersOfJointBefore, sequenceBefore,
} from './event-words.ts';

const BACKGROUND_PATTERN = new RegExp(BACKGROUND_OPENERS);
const AHEAD = new Set([...AHEAD_VERBS, ...AGENDA_VERBS].map(foldArabic));
const PARTNER_PATTERN = wordsPattern(PARTNER_CUES);

export interface DetectInput {
  article: Pick<LoadedArticle, 'id' | 'body' | 'published' | 'publishedFrom'>;
  folded: FoldedText;
  /** Reporting sentences only, in body order. */
  sentences: readonly Span[];
  /** Headlines and crossheads: no events of their own, but a truce's brokers named there are its brokers. */
  headlines?: readonly { start: number; end: number }[];
  /** Date mentions of the body (noise removed), any order. */
  mentions: readonly DateMention[];
  /** Gazetteer hits of the whole body, in body order. */
  hits: readonly GazetteerHit[];
}

/**
 * Candidates of one article, in body order, those left out for naming only private persons, and
 * the article's context. Does not modify its input.
 */
export function detectEvents(input: DetectInput): { candidates: EventCandidate[]; privateOnly: EventCandidate[]; context: ArticleContext } {
  const { article, folded, sentences, hits } = input;
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const approximateAll = article.publishedFrom === 'text';
  // A trigger word inside a name is part of the name: "الهيئة العليا للمفاوضات" holds no negotiations.
  const triggers = findTriggers(folded).filter((t) => !insideName(t, hits));
  const found: EventCandidate[] = [];
  for (const sentence of sentences) {
    const scope: SentenceRead = {
      sentence,
      fstart: toFolded(folded, sentence.start),
      fend: toFolded(folded, sentence.end),
      mentions: within(mentions, sentence),
      hits: within(hits, sentence),
    };
    const talks = found.findLast((c) => c.type === 'meeting' && betweenSyrianSides(c.actors))?.actors ?? [];
    const triggered = detectTriggered(article, folded, scope, within(triggers, sentence), approximateAll, talks);
    found.push(...triggered.candidates, ...detectDeadlines(article, folded, scope, triggered.usedMentions, approximateAll));
  }
  const candidates: EventCandidate[] = [];
  const privateOnly: EventCandidate[] = [];
  // The brokers of a truce are parties to it and to the agreement on it ("روسيا وتركيا ستكونان ضامنتين للاتفاق").
  const brokered = (f: EventCandidate) => f.type === 'ceasefire' || (f.type === 'agreement' && f.topic === 'truce');
  const brokers = found.some(brokered) ? truceBrokers(folded, [...(input.headlines ?? []), ...sentences], hits) : [];
  // A truce whose day is that of a known brokered one has its brokers too, named or not.
  const ofTruce = (f: EventCandidate) => union(f.actors, f.type === 'ceasefire' ? union(brokers, knownBrokers(f.date?.start, foldArabic(f.excerpt.text), within(hits, f.excerpt))) : brokers);
  const withParties = withGatheringGroups(ofAgreementsTold(onToldMeetingsDay(found)).map((f) => ({ ...f, actors: withStandingParties(brokered(f) ? { ...f, actors: ofTruce(f) } : f, hits) })));
  for (const c of withParties) (namesAParty(c) ? candidates : privateOnly).push(c);
  return {
    candidates,
    privateOnly,
    context: findContext(article, sentences, mentions, hits, found, folded),
  };
}

function detectTriggered(
  article: DetectInput['article'],
  folded: FoldedText,
  scope: SentenceRead,
  triggers: TriggerHit[],
  approximateAll: boolean,
  lastTalks: readonly string[],
): { candidates: EventCandidate[]; usedMentions: Set<DateMention> } {
  const usedMentions = new Set<DateMention>();
  if (triggers.length === 0) return { candidates: [], usedMentions };
  const sentenceText = folded.text.slice(scope.fstart, scope.fend);
  if (isOffTopic(sentenceText)) return { candidates: [], usedMentions };
  const told = ownTriggers(folded, triggers, scope);
  // A trigger that counts only with a day of its own and has none is no event, and must not cut
  // the scope of the one after it ("حذر المتحدث …، في الإيجاز الصحفي أمس").
  const ultimatumDays = new Set(scope.mentions.filter((m) => isUltimatumDay(folded, scope, m)));
  const ultimatum = (m: DateMention) => ultimatumDays.has(m);
  const datedFirst = assignDates(folded, told.own, scope.mentions, ultimatum);
  triggers = told.own.filter((t, i) => !t.entry.needsOwnDate || datedFirst.has(i) || told.agreedOn.has(t) || (votedAtSession(folded, t, told.own[i + 1]) && datedFirst.has(i + 1)));
  const dateOf = triggers.length === told.own.length ? datedFirst : assignDates(folded, triggers, scope.mentions, ultimatum);
  // A truce agreed on is told with the agreement's day, which an event between may have taken
  // ("اتفق الوزيران في اتصال هاتفي مساء أمس على تمديد الهدنة"); a vote at a session, with the session's.
  triggers.forEach((t, i) => {
    const before = dateOf.has(i) ? undefined : told.agreedOn.has(t) ? dateOf.get(i - 1) : votedAtSession(folded, t, triggers[i + 1]) ? dateOf.get(i + 1) : undefined;
    if (before) dateOf.set(i, before);
  });
  const placesOf = assignPlaces(folded, triggers, scope.hits);
  const background = BACKGROUND_PATTERN.test(sentenceText);
  const conditional = conditionalFrom(folded, scope);
  // Names inside a long quotation, the frame an event is told in, or a statement's audience are only for the triggers there.
  const statements = quotedRanges(scope.sentence.text)
    .filter(([open, close]) => close - open > QUOTED_STATEMENT_MIN_CHARS)
    .map(([open, close]): [number, number] => [scope.sentence.start + open, scope.sentence.start + close + 1])
    .concat(triggers.flatMap((t, i) => [framePhrase(folded, triggers, i, scope), audiencePhrase(folded, t, scope.hits)].filter((x) => x !== undefined)));
  const subs: SubCandidate[] = [];
  // An agreement naming no party, made by those taking part in a meeting told after it ("اتفقت
  // الدول المشاركة في اجتماع فيينا على …", "تم الاتفاق على آلية في محادثات بين لافروف وكيري"),
  // is theirs: agreement → the trigger index of that meeting.
  const bySubject = new Map<SubCandidate, number>();
  const subOf = new Map<number, SubCandidate>();
  triggers.forEach((trigger, i) => {
    if (trigger.fstart >= conditional) return;
    let mention = dateOf.get(i);
    // What a statement reports did not become of the statement ("في مؤتمر صحفي … إن المحادثات أرجئت").
    const saidFrom = publicType(trigger.entry) === 'statement' ? folded.text.slice(trigger.fend, scope.fend).search(REPORTED_PATTERN) : -1;
    const cue = cueAround(folded, saidFrom < 0 ? scope : { ...scope, fend: trigger.fend + saidFrom }, trigger, mention !== undefined);
    if (cue === 'skip' || failedToReach(folded, trigger)) return;
    if (trigger.entry.needsOwnDate && !mention) return;
    // Saying dates a statement by a day of its own, not one told in what was said ("أعلنت الحكومة أن غدا الأحد عطلة"، "وقال: (…)").
    if (trigger.entry.saysOnly && mention && !ownDayOfSaying(folded, trigger, mention, saidFrom, scope.hits)) return;
    // Undated, a statement whose words tell another event of the sentence is only its source.
    if (trigger.entry.sourceOfReport && !mention && triggers.some((t) => reports(folded, trigger, t))) return;
    const sequence = sequenceBefore(folded, trigger);
    const [scopeFrom, scopeEnd] = participantScope(folded, triggers, i, scope);
    // Who judges an agreement is no party to it; a meeting's judge may have sat in it (topics.ts).
    const judgedNoun = judgedEvent(folded, trigger, scope.fstart);
    const judgedAgreement = judgedNoun && trigger.entry.type === 'agreement';
    // What a welcome names is judged by its speaker, who is no party to it.
    const welcomed = welcomedFrom(folded, scope.fstart, trigger, scope.hits);
    const from = judgedAgreement || welcomedMeeting(folded, trigger, scope.fstart) ? trigger.start : Math.max(scopeFrom, welcomed);
    // A day before the judged noun is the judgement's ("رحبت أنقرة اليوم بالاتفاق الذي توصل إليه الجانبان أمس").
    if (mention && mention.start < trigger.start && (judgedAgreement || (judgedNoun && publicType(trigger.entry) === 'meeting'))) {
      mention = scope.mentions.find((m) => m.value && m.start > trigger.end && m.start < scopeEnd);
    }
    const agreedOn = agreedOnAfter(folded, triggers, i, scope.fend);
    const to = agreedOn === undefined ? scopeEnd : Math.min(scopeEnd, folded.offsets[agreedOn]);
    const afterTrigger = folded.text.slice(trigger.fend, toFolded(folded, to));
    // "بعد لقائه نظيره": another event, when it names someone of its own before what is said and
    // before its phrase ends ("وقال الجانبان بعد المحادثات"، "عقب المحادثات إن الجانبين اتفقا"، "عقب
    // انتهاء الجلسات، أقر كيري" speak of the talks already told).
    const saidAt = afterTrigger.search(REPORTED_PATTERN);
    const phraseEnd = afterTrigger.search(PHRASE_END);
    const ownEnd = Math.min(...[saidAt, phraseEnd].filter((x) => x >= 0), afterTrigger.length);
    const ownParties = actorsIn(scope.hits, trigger.end, folded.offsets[trigger.fend + ownEnd]);
    // "صرح في مؤتمر صحفي بعد الجلسة بأن …": a definite meeting after a word of sequence, with no day
    // and no party of its own, told as the time of a statement, is the one told before.
    // So is one put between a joint statement and its partners. The statement, with no day of its
    // own, is that meeting's, as many days off as the sequence word says.
    if (sequence !== undefined && /(?:ال|لل)$/.test(trigger.proclitic) && publicType(trigger.entry) === 'meeting' && !mention
      && ((ownParties.length === 0 && subs.some((s) => STATEMENT_KINDS.has(s.kind))) || partnersOfJointBefore(folded, triggers, i, afterTrigger))) {
      const timed = subs.findLast((s) => STATEMENT_KINDS.has(s.kind) || s.conference);
      if (timed && !timed.mention) timed.afterTold = { of: 'meeting', days: -(SEQUENCE_DAY_SHIFT[sequence] ?? 0) };
      return;
    }
    const another = isAnother(folded, trigger) || (sequence !== undefined && ownParties.length > 0);
    const frame = frameBefore(folded, trigger);
    const scale = SCALE_PATTERN.exec(afterTrigger)?.[1];
    const namedUntil = (end: number) => {
      const byAdjective = partiesByAdjective(folded.text, trigger.fend, toFolded(folded, end), trigger.entry.type, trigger.entry.verb, toFolded(folded, from), trigger.fstart);
      const named = actorsIn(outsideStatements(scope.hits, statements, trigger), from, end, article.body);
      return withFormatParties(union(syrianTalksOf(byAdjective, named), byAdjective), folded.text, trigger.fend, trigger.entry.type, article.published);
    };
    const at = (offset: number) => (offset < 0 ? to : folded.offsets[trigger.fend + offset]);
    // Who gives a statement stands before it; names further on are what it is about ("في مؤتمر
    // صحفي، أن محادثات بوتين وكيري …"). A joint one ("في مؤتمر صحفي مشترك مع نظيره") is its
    // speakers meeting, their talks rather than a statement, and its speakers end where what
    // they said begins ("، إن …"); "مع" naming no one of another side ("مع وصوله") is no partner.
    const statement = publicType(trigger.entry) === 'statement';
    const said = statement ? saidAt : -1;
    const jointWord = statement && JOINT_WORD.test(folded.text.slice(trigger.fstart, trigger.fend));
    const withSomeone = statement && JOINT_PATTERN.test(afterTrigger);
    // What parties agree "on" is the agreement's content, not its parties ("اتفق وزراء خارجية
    // الدول الأربع … على جدول زمني لمحادثات بين الحكومة والمعارضة"), unless fewer than two sides
    // stand before it ("اتفق لافروف على آلية … مع نظيره الأمريكي").
    const on = trigger.entry.type === 'agreement' || trigger.entry === TALKED ? afterTrigger.search(/ علي /) : -1;
    // Agreeing only to meet ("اتفقا على الاجتماع في زيوريخ") is that meeting's plan, no agreement;
    // an agreement only judged ("وصف الاتفاق، الخميس، بأنه") is the one told before.
    const reference = referenceOnly(trigger, afterTrigger);
    // "وقال لافروف أمس إن الاتفاق لا يزال قائما": the day before what is said is the saying's, and
    // "the agreement" spoken of, named with nothing of what it is on, is one reached before.
    // Unless what is said is that it was reached ("أعلن كيري أمس أن الاتفاق أنجز").
    if (reference && mention && !REACHED_NOW.test(afterTrigger) && REPORTED_PATTERN.test(folded.text.slice(toFolded(folded, mention.end), trigger.fstart))) mention = undefined;
    if (trigger.entry.type === 'agreement' && ((on >= 0 && TO_MEET.test(afterTrigger.slice(on + 5))) || (judgedAgreement && reference))) return;
    // An announcement told as what came before ("بعدما أعلنت موسكو") is background, no statement.
    if (trigger.entry.speakerAfter && (sequence !== undefined || AFTER_THAT.test(folded.text.slice(Math.max(0, trigger.fstart - 8), trigger.fstart)))) return;
    // Its speaker stands right after the verb; one further on ("أعلن مكتبه أنه يعتزم جمع وفدي الحكومة") is what was announced.
    // Or, naming no one after it, before it ("وكان بوتين قد ألقى أمس كلمة").
    let named = trigger.entry.speakerAfter ? speakerAfter(folded, scope.hits, trigger, at(said), article.body) : [];
    if (named.length === 0) named = namedUntil(statement ? (jointWord || withSomeone ? at(said) : trigger.end) : at(on));
    if (trigger.entry.impliedParty) named = union(named, [trigger.entry.impliedParty]);
    if (trigger.entry.type === 'deadline') named = union(named, settersNamedIn(sentenceText, article.published));
    if (jointWord || withSomeone) named = union(named, frontedSpeaker(folded, scope, trigger, article.body));
    else if (statement && named.length === 0) named = statementSpeaker(folded, scope, trigger, at(said), article.body);
    else if (!statement && (oneSide(named) || selfSubject(folded, scope, trigger)) && welcomed < 0) named = union(reportedSelf(folded, scope, trigger, article.body), named);
    if (!statement) named = union(heldBySubject(folded, scope, trigger, article.body), named);
    // A meeting agreed on ("اتفق كيري ولافروف … على الاجتماع في زيوريخ") is between those who agreed.
    const agreedFrom = named.length === 0 && trigger.entry.type === 'meeting' ? agreedToMeetFrom(folded, trigger, scope.fstart) : -1;
    if (agreedFrom >= 0) named = actorsIn(scope.hits, folded.offsets[agreedFrom], trigger.start, article.body);
    // After what they agreed on, only a partner ("مع نظيره الأمريكي") is a party, not what it is about.
    const partner = on >= 0 ? afterTrigger.indexOf(' مع ', on) : -1;
    if (on >= 0 && (named.length === 0 || oneSide(named)) && partner >= 0) named = union(named, namedUntil(to).filter((a) => !namedUntil(at(partner)).includes(a)));
    const joint = jointWord || (withSomeone && named.length > 1 && !oneSide(named));
    if (withSomeone && !joint) named = namedUntil(trigger.end);
    // The next round, or the talks' suspension, is the talks' whoever speaks of it ("ويأمل دي ميستورا أن تبدأ الجولة المقبلة");
    // so are "the talks" on a day of their own (undated, merging joins them to an event of the article).
    if ((trigger.entry.ofTalksTold || (mention && talksTold(trigger, folded, named, lastTalks))) && !betweenSyrianSides(named)) {
      const told = subs.findLast((s) => s.type === 'meeting' && betweenSyrianSides(s.actors))?.actors ?? lastTalks;
      if (trigger.entry.onlyAfterTalks && (!betweenSyrianSides(told) || !ofSyrianTalks(named))) return;
      named = union(named, trigger.entry.ofTalksTold ? talksOfRound(told, scope.hits) : told);
    } else if (named.length === 0) named = [...mediatedTalks(trigger, folded, scope.hits)];
    // A day in what was said dates what the speaker spoke of, not the statement ("وقال في مؤتمر
    // صحافي إن الدعوات ستوجه غدا الثلاثاء"): the statement takes the article's day.
    if (statement && !joint && said >= 0 && mention && toFolded(folded, mention.start) > trigger.fend + said) mention = undefined;
    // "بحث لافروف وكيري" names both partners itself; "بحث لافروف" alone may be a noun.
    if (trigger.entry.needsPartner && !PARTNER_PATTERN.test(afterTrigger) && named.length < 2) return;
    if (trigger.entry.needsDateOrPartner && !mention && !BETWEEN_PATTERN.test(afterTrigger)) return;
    // Another event names its partner only ("بعد اجتماع صباحي مع نظيره لافروف") or no one: the
    // sentence's first event of its type gives the one who took part in both.
    const first = subs.find((s) => s.type === trigger.entry.type && s.actors.length > 0)?.actors ?? [];
    // An agreement that names no party of its own came out of the meeting its sentence told
    // ("شاركوا في اجتماع فيينا، وصدر في ختامه بيان", "اختتمت المحادثات ببيان ثلاثي"): its parties,
    // place and day are the meeting's.
    const issuedAt = trigger.entry.outcome === true || DURING_IT.test(afterTrigger);
    const outcomeOf = trigger.entry.type === 'agreement' && (named.length === 0 || issuedAt) ? subs.findLast((s) => s.type === 'meeting') : undefined;
    const issuedBeside = issuedAt && outcomeOf !== undefined && subs.slice(0, subs.indexOf(outcomeOf)).some((s) => s.type === 'agreement');
    // A meeting is between two sides: one that names only its partner ("في زيارة يلتقي خلالها
    // الرئيس بوتين", "يجري مباحثات مع نظيره الروسي") was held by the sentence's first one.
    const partnerOnly = !another && welcomed < 0 && publicType(trigger.entry) !== 'statement' && oneSide(named) && first.length > 0 && !oneSide([first[0], ...named]);
    // "منذ اجتماعهما في نيويورك": a noun owned by "them two" or "them" is theirs, the parties the sentence named first.
    // So does one held by "the same format" ("وهي الصيغة الرباعية نفسها التي التقت في فيينا يوم 23 أكتوبر").
    // Owned by "them two" with one of them named ("اتفق مع كيري خلال لقائهما"): the pair of the event naming that one.
    const owned = THEIR.test(folded.text.slice(trigger.fstart, trigger.fend));
    const theirs = named.length === 0 && (owned || SAME_FORMAT.test(folded.text.slice(scope.fstart, trigger.fstart)));
    const pair = owned && oneSide(named) ? subs.findLast((s) => !oneSide(s.actors) && s.actors.some((a) => sideOf(a) === sideOf(named[0]))) : undefined;
    const actors = outcomeOf ? [...outcomeOf.actors] : pair ? union(pair.actors, named) : partnerOnly ? union(first.slice(0, 1), named)
      : theirs ? [...(subs.find((s) => s.actors.length > 1)?.actors ?? [])]
      : !another || (named.length >= 2 && !oneSide(named)) ? named : named.length === 0 ? [...first] : union(first.slice(0, 1), named);
    if (trigger.entry.saysOnly && actors.length === 0) return; // saying, with no one named saying it
    const places = placesOf.get(i) ?? (outcomeOf ? [...outcomeOf.places] : []);
    // Issued at the meeting, it has the meeting's day, whatever date its own clause goes on to give.
    const dated = issuedAt && outcomeOf?.mention ? outcomeOf.mention : mention ?? outcomeOf?.mention;
    const last = mention && trigger.entry.type === 'meeting' ? lastingUntil(folded, scope.mentions, mention) : undefined;
    const eventDate = (m: DateMention) => startingAt(carriedTo(toEventDate(m, approximateAll), last), trigger.entry.kind, m);
    const date = dated ? eventDate(dated) : null;
    // An imperfective verb of beginning told with the day of publication is still ahead ("تدخل الهدنة حيز التنفيذ مساء اليوم").
    const word = trigger.opener ?? folded.text.slice(trigger.fstart, trigger.fend);
    // A limit still running ("وقف للأعمال القتالية في غضون أسبوع") is ahead.
    const future = cue === 'planned' || FUTURE_TRIGGER.test(word)
      || (date !== null && (date.start > article.published || (date.start === article.published && !(dated && underWay(folded, dated) && !/^[وف]?ل/.test(trigger.proclitic)) && (AHEAD.has(word) || aheadVerbGoverns(folded, scope, trigger)))))
      || (date !== null && dated?.deadline === true && date.end > article.published)
      || ((date === null || date.start >= article.published) && futureVerbGoverns(folded, scope, trigger));
    const status = statusOf(trigger, cue, future);
    // Put off until a day ("أرجئت إلى الجمعة 29 يناير", "علّق المحادثات حتى 25 فبراير"): the event
    // that did not happen, and the one now planned for that day, which is a separate event.
    const putOff = status === 'postponed' || status === 'suspended' || status === 'cancelled';
    const until = putOff && status !== 'cancelled' ? untilDate(folded, scope.mentions.filter((m) => toFolded(folded, m.start) < conditional), trigger) : undefined;
    // Put off or called off: its day is the one it had been planned for, when the text gives it.
    const own = (putOff ? scheduledDate(folded, scope.mentions, trigger) : undefined) ?? (dated === until ? undefined : dated);
    if (own) usedMentions.add(own);
    if (last) usedMentions.add(last);
    // Moved from an earlier day: that day's event is the one put off.
    const moved = !putOff && own && publicType(trigger.entry) === 'meeting' ? earlierSlot(folded, scope.mentions, trigger, own) : undefined;
    const issuers = trigger.entry.issuedJointly ? issuersAfter(folded, scope.hits, trigger) : [];
    const jointlyIssued = issuers.length > 1 && !oneSide(issuers);
    const sub: SubCandidate = {
      article: article.id,
      type: jointlyIssued ? 'agreement' as const : trigger.entry.type,
      kind: joint ? 'talks' as const : jointlyIssued ? 'agreement' as const : trigger.entry.kind,
      topic: trigger.entry.type === 'agreement' ? topicAfter(folded, trigger, scope, to)
        : trigger.entry.type === 'deadline' && truceInClause(folded.text, trigger.fstart, trigger.fend) ? 'truce' : undefined,
      status: jointlyIssued && status === 'held' ? 'reached' as const : status,
      date: own ? eventDate(own) : null,
      actors: jointlyIssued ? issuers : actors,
      places,
      excerpt: excerptOf(article.id, scope.sentence, own),
      ...((background || reference || toldAsTime(folded, trigger, true)) && !own ? { background: true as const } : {}),
      ...(another ? { another: true as const } : {}), ...(issuedBeside ? { apart: true as const } : {}),
      ...(scale === 'ثنايي' ? { bilateral: true as const } : {}), ...(scale && SIDES_OF_SCALE[scale] ? { few: SIDES_OF_SCALE[scale] } : {}),
      ...(/ال$/.test(trigger.proclitic) ? { definite: true as const } : {}),
      ...(joinsTalks(folded, trigger) ? { joins: true as const } : {}),
      ...(joint && trigger.entry.kind === 'press' ? { conference: true as const, ...(status === 'held' ? { jointPress: [...actors] } : {}) } : {}),
      ...(scale ? { scale } : {}),
      ...(frame ? { frame } : {}),
      ...(another && !own && sequence && SEQUENCE_DAY_SHIFT[sequence] !== undefined ? { dayShift: SEQUENCE_DAY_SHIFT[sequence] } : {}),
      mention: own,
    };
    if (trigger.entry.type === 'agreement' && ANNOUNCED_BEFORE.test(folded.text.slice(scope.fstart, trigger.fstart - trigger.proclitic.length))) sub.announced = true;
    if (own && sequence) acrossSequence(sub, SEQUENCE_DAY_SHIFT[sequence], own.start < trigger.start - trigger.proclitic.length);
    // Unless what is said is that "the agreement" still stands ("إن الاتفاق لا يزال حيا"): it was reached before, whenever.
    const stillStands = sub.definite === true && trigger.entry.type === 'agreement' && STILL_STANDS.test(afterTrigger);
    if (stillStands) Object.assign(sub, { background: true });
    const told = trigger.entry.type === 'agreement' && !sub.date && !stillStands ? toldOn(subs, scope.mentions, trigger.start, !(reference && NEAR_NOW.test(afterTrigger))) : undefined;
    if (told) Object.assign(sub, { date: told.date, mention: told.mention }, reference ? { toldReference: true } : {});
    // Meetings in the plural with two days joined by "و" ("اجتماعات فيينا … في الثلاثين من تشرين الأول والرابع عشر من تشرين الثاني") are one on each.
    const second = publicType(trigger.entry) === 'meeting' && own && (PLURAL_MEETING.test(word) || trigger.entry.dual) ? pairedDay(article.body, scope.mentions, own) : undefined;
    // Two meetings on two days ("التقيا مرتين يومي الأربعاء والخميس", "بعد لقاءين يومي الأحد والاثنين") are two events.
    if (trigger.entry.type === 'meeting' && sub.date && (addDays(sub.date.start, 1) === sub.date.end || sub.date.precision === 'days') && (trigger.entry.dual || TWICE.test(word + afterTrigger.slice(0, 7)))) {
      subs.push({ ...sub, date: { ...sub.date, end: sub.date.start } }, { ...sub, date: { ...sub.date, start: sub.date.end }, another: true });
    } else if (second) {
      subs.push(sub, { ...sub, date: eventDate(second), mention: second, excerpt: excerptOf(article.id, scope.sentence, second), another: true });
      usedMentions.add(second);
    } else if (trigger.entry.type === 'meeting' && (SEPARATELY.test(afterTrigger) || (trigger.entry.kind === 'call' && TWO_CALLS.test(word))) && partnersBySide(actors).length > 1) {
      // Separate meetings with several partners ("عقد لافروف لقاءات منفصلة مع الجبير وسينيرلي أوغلو"),
      // or two calls ("أجرى بوتين اتصالين هاتفيين بالعاهل السعودي والرئيس التركي"), are one with
      // each; "محادثات منفصلة مع وزير الخارجية سيرجي لافروف" names one partner twice.
      partnersBySide(actors).forEach((partner, k) => subs.push({ ...sub, actors: [actors[0], ...partner], ...(k > 0 ? { another: true as const } : {}) }));
    } else subs.push(sub);
    subOf.set(i, subs.at(-1)!);
    const subject = trigger.entry.type === 'agreement' && named.length === 0 && !outcomeOf
      ? triggers.findIndex((t, j) => j > i && t.entry.type === 'meeting' && madeAt(folded, trigger, t, on)) : -1;
    if (subject >= 0) bySubject.set(sub, subject);
    if (until) {
      usedMentions.add(until);
      subs.push({ ...sub, status: 'planned', date: toEventDate(until, approximateAll), excerpt: excerptOf(article.id, scope.sentence, until), mention: until, another: true });
    }
    if (moved) {
      usedMentions.add(moved);
      subs.push({ ...sub, status: 'postponed', date: eventDate(moved), excerpt: excerptOf(article.id, scope.sentence, moved), mention: moved, another: true });
    }
  });
  reachedAtMeetings(bySubject, subOf);
  timedByVote(folded, told.own.filter((t) => !triggers.includes(t)), triggers, subOf);
  datedBySequence(subs);
  announcedAt(subs);
  // A phone call is held in no one place: a place in its sentence is the dateline's or the topic's ("بحثا هاتفيا الوضع في حلب").
  const candidates = withJointStatements(foldNeighbours(subs.map((s) => (s.kind === 'call' ? { ...s, places: [] } : s)))).filter(hasEvidence)
    .map(({ mention: _mention, frame: _frame, dayShift: _shift, scale: _scale, jointPress: _press, announced: _announced, apart: _apart, ...candidate }) => candidate)
    .map((c) => (c.kind === 'call' ? { ...c, places: [] } : c));
  return { candidates, usedMentions };
}

/**
 * What the text says became of the event. A cue naming an outcome wins; then intent or a future
 * date makes it planned; otherwise it happened: an agreement was reached, anything else held. A
 * near miss is a status of agreements only; for anything else it reads as a plan.
 */
function statusOf(trigger: TriggerHit, cue: Exclude<ReturnType<typeof cueAround>, 'skip'>, future: boolean): EventStatus {
  if (trigger.suspended) return 'suspended';
  if (trigger.entry.status) return trigger.entry.status;
  if (cue === 'cancelled' || cue === 'postponed' || cue === 'suspended') return cue;
  if (cue === 'near') return trigger.entry.type === 'agreement' && !future ? 'near' : 'planned';
  if (future) return 'planned';
  return trigger.entry.type === 'agreement' ? 'reached' : 'held';
}
