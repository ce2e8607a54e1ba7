/**
 * The parties of the standing negotiation formats: a format named right after an event noun
 * ("محادثات جنيف") gives its parties when the text names no one else, and talks between the two
 * Syrian sides take in the mediator and the opposition body the article names.
 *
 * Takes folded text, actor ids and the article's gazetteer hits; gives actor ids.
 *
 * Deliberately not done: formats named away from an event noun ("في جنيف" is a place,
 * participants.ts).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import type { EventType } from '../../src/lib/types.ts';
import { CONVENING_GROUPS, SYRIAN_TALKS_JOINERS, SYRIAN_TALKS_MEDIATOR, SYRIAN_TALKS_VENUES, TALKS_FORMATS, TRUCE_SIDES } from '../tables/formats.ts';
import { SYRIAN_TALKS_PARTIES } from '../tables/nisba.ts';
import { addDays } from './calendar.ts';
import { overlaps, type EventCandidate } from './candidates.ts';
import type { TriggerHit } from './find-triggers.ts';
import { actorOf, entryOf, isInside, sideOf, type GazetteerHit } from './gazetteer.ts';
import { allMatches } from './matches.ts';
import { LETTER } from './words.ts';

const FORMATS = TALKS_FORMATS.map((f) => ({ pattern: new RegExp(`^ (?:(?:ال)?سلام )?(?:${f.forms})(?![${LETTER}])`), parties: f.parties, since: f.since }));
/** Who may be named beside a format's own parties without making it another meeting. */
const NEUTRAL = new Set([...SYRIAN_TALKS_JOINERS, 'un']);

/**
 * `named` with the parties of the format named right after the meeting noun ending at `fend`,
 * unless the text names someone outside the format ("محادثات جنيف بين كيري ولافروف" is their
 * meeting in Geneva) or the article was written (`published`) before the format first met.
 */
export function withFormatParties(named: string[], folded: string, fend: number, type: EventType, published: string): string[] {
  const format = type === 'meeting' ? FORMATS.find((f) => f.pattern.test(folded.slice(fend, fend + 24)) && (f.since ?? '') <= published) : undefined;
  return format ? joinedBy(format.parties, named) : named;
}

/**
 * The parties of the formats whose meeting or agreement a deadline names as its setter ("المهلة
 * التي حددها اجتماع ميونيخ"، "تفاهمات ميونيخ منحت الأطراف مهلة أسبوع"), in folded `text`.
 */
export function settersNamedIn(text: string, published: string): string[] {
  const found: string[] = [];
  for (const m of allMatches(SETTER_NOUN, text)) {
    const format = FORMATS.find((f) => f.pattern.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) && (f.since ?? '') <= published);
    if (format) found.push(...format.parties);
  }
  return [...new Set(found)];
}
/** A meeting or what it agreed, named by its format right after: the setter of a limit. Folded. */
const SETTER_NOUN = new RegExp(`(?<![${LETTER}])[وف]?(?:ب|ل)?(?:ال)?(?:اجتماع|لقاء|تفاهمات|اتفاق|بيان|اعلان|مقررات)(?![${LETTER}])`, 'g');

/**
 * `ids` with the format's `parties`, when `ids` names no one but them, the neutral, and, for the
 * Syrian talks, the sides' delegates (the gazetteer's `delegate`: "رئيس وفد الجمهورية العربية
 * السورية إلى محادثات جنيف بشار الجعفري"). Anyone else named with the talks, a minister who
 * attacks them ("وهاجم وليد المعلم محادثات جنيف") or another state's ("التقى لافروف ونظيره
 * الكازاخستاني في أستانا"), makes them his own.
 */
function joinedBy(parties: readonly string[], ids: string[]): string[] {
  const delegate = (id: string) => entryOf('actors', id).delegate === true && parties.some((p) => TRUCE_SIDES.includes(p));
  if (!ids.every((id) => parties.includes(id) || NEUTRAL.has(id) || delegate(id))) return ids;
  return [...new Set([...ids, ...parties])];
}

/** The sides of the Syrian talks: the government, and the opposition under either name. */
const GOVERNMENT = new Set(['syria']);
const OPPOSITION = new Set(['syrian-opposition', 'hnc']);
/** Talks between the Syrian government and the opposition (under either name). */
export function betweenSyrianSides(actors: readonly string[]): boolean {
  return actors.some((a) => GOVERNMENT.has(a)) && actors.some((a) => OPPOSITION.has(a));
}

/** Everyone named sits at the talks between the Syrian sides (the sides, the mediator, those who join them). */
export function ofSyrianTalks(actors: readonly string[]): boolean {
  return actors.every((a) => SYRIAN_TALKS.has(a));
}

/**
 * The talks a round placed among the others belongs to ("الجولة المقبلة ستبدأ في التاسع من نيسان"):
 * those the article told, or, when it told none and the round's sentence names no one but people
 * who sit at them (the mediator who announces it: "أعلن دي ميستورا أن الجولة المقبلة"), the standing
 * talks between the Syrian sides, the one process of this story counted in rounds. Someone else
 * speaking of "the next round" ("قال ظريف إن الجولة المقبلة") may mean other talks: none.
 */
export function talksOfRound(told: readonly string[], sentenceHits: readonly GazetteerHit[]): readonly string[] {
  if (told.length > 0) return told;
  const named = actorsNamed(sentenceHits);
  return ofSyrianTalks(named) ? SYRIAN_TALKS_PARTIES : told;
}

/**
 * Talks (the noun) that name no one, in a sentence that names the mediator or a delegate and no
 * one else, and no place but the talks' own cities ("وقال دي ميستورا إن المفاوضات ستستأنف في
 * التاسع من أبريل"), are the talks between the Syrian sides: those are the talks they speak of.
 * The UN's others (Ban Ki-moon on Colombia), a side's spokesman (on talks among the factions),
 * and "لقاء", any meeting, leave the talks unnamed.
 */
export function mediatedTalks(trigger: TriggerHit, folded: FoldedText, sentenceHits: readonly GazetteerHit[]): readonly string[] {
  if (!TALKS_NOUN.test(folded.text.slice(trigger.fstart, trigger.fend))) return [];
  const named = actorsNamed(sentenceHits);
  const places = sentenceHits.filter((h) => h.table === 'places').map((h) => h.id);
  const atTalks = (id: string) => id === SYRIAN_TALKS_MEDIATOR || entryOf('actors', id).delegate === true;
  const venue = (place: string) => SYRIAN_TALKS_VENUES.some((city) => place === city || isInside(place, city));
  return named.length > 0 && named.every(atTalks) && places.every(venue) ? SYRIAN_TALKS_PARTIES : [];
}
const TALKS_NOUN = /^(?:محادثات|مفاوضات|مباحثات)$/;

/** The actors a sentence's hits name, in order. */
function actorsNamed(hits: readonly GazetteerHit[]): string[] {
  return hits.filter((h) => h.table === 'actors').map(actorOf).filter((id): id is string => id !== undefined);
}

/**
 * "انطلاق المحادثات الجمعة الماضي" after the talks between the government and the opposition were
 * told: the definite talks noun, naming no one but one Syrian side, is those talks.
 */
export function talksTold(trigger: TriggerHit, folded: FoldedText, named: readonly string[], lastTalks: readonly string[]): boolean {
  return lastTalks.length > 0 && !trigger.entry.verb && /ال$/.test(trigger.proclitic) && TALKS_NOUN.test(folded.text.slice(trigger.fstart, trigger.fend))
    && named.every((a) => GOVERNMENT.has(a) || OPPOSITION.has(a));
}

/** Who sits at the talks between the Syrian sides in Geneva: the two sides, and the mediator and others who join them (`NEUTRAL`). */
const SYRIAN_TALKS = new Set([...GOVERNMENT, ...OPPOSITION, ...NEUTRAL]);
/** Everyone who sits at the Syrian talks in some format: the two sides, the mediators, the sponsors. */
const IN_TALKS = new Set([...GOVERNMENT, ...OPPOSITION, ...NEUTRAL, ...TALKS_FORMATS.flatMap((f) => f.parties)]);

/**
 * Actors of a meeting with the parties of the standing format it is held in (when it names no one
 * else), then, between the two Syrian sides (in person or through their delegates), with the
 * joiners (the UN envoy, the opposition's negotiating body) that the article names anywhere.
 * A truce, and a deadline for one or for a step of the political process (a transition, a
 * constitution, elections), binds the two Syrian sides (`TRUCE_SIDES`).
 */
export function withStandingParties({ type, topic, actors, places }: Pick<EventCandidate, 'type' | 'topic' | 'actors' | 'places'>, hits: readonly GazetteerHit[]): string[] {
  if (type === 'ceasefire' || (type === 'deadline' && topic !== undefined && BINDS_SYRIAN_SIDES.has(topic))) return withTruceSides(actors);
  if (type !== 'meeting') return actors;
  const host = TALKS_FORMATS.find((f) => f.onlyFormatHeld !== undefined && places.includes(f.onlyFormatHeld));
  if (host) actors = joinedBy(host.parties, actors);
  const sides = actors.map(sideOf);
  const between = (group: ReadonlySet<string>) => sides.some((s) => s !== undefined && group.has(s));
  // A meeting of others that merely names both sides ("بحث بوتين وكيري الحل بين النظام والمعارضة") is not their talks.
  if (!between(GOVERNMENT) || !between(OPPOSITION) || !sides.every((s) => s !== undefined && IN_TALKS.has(s))) return actors;
  // Named by itself or through someone who speaks for it ("المنسق العام للهيئة العليا للمفاوضات رياض حجاب").
  const joiners = SYRIAN_TALKS_JOINERS.filter((id) => !actors.includes(id) && hits.some((h) => h.table === 'actors' && (h.id === id || sideOf(h.id) === id)));
  return joiners.length ? [...actors, ...joiners] : actors;
}

/**
 * Talks the adjective names as the Syrian sides' ("المفاوضات السورية", `byAdjective`) are theirs:
 * of those `named` with them, only who sits at such talks (the sides, their delegates, the
 * mediator) takes part; ministers named before them ("أمضى لافروف وكيري ثلاث ساعات في محاولة
 * لإنقاذ موعد المفاوضات السورية") were trying to save them.
 */
export function syrianTalksOf(byAdjective: readonly string[], named: string[]): string[] {
  const syrian = byAdjective.length === TRUCE_SIDES.length && TRUCE_SIDES.every((id) => byAdjective.includes(id));
  if (!syrian) return named;
  return named.filter((id) => SYRIAN_TALKS.has(sideOf(id) ?? id) || entryOf('actors', id).delegate === true);
}

/** Deadlines the two Syrian sides must meet: for the truce, and for the steps of the political process between them (their talks first). */
const BINDS_SYRIAN_SIDES: ReadonlySet<string> = new Set(['truce', 'transition', 'constitution', 'elections', 'talks']);

/** A truce's actors with the sides it binds that none of them stands for already (the opposition through the HNC). */
function withTruceSides(actors: string[]): string[] {
  const sides = new Set(actors.map(sideOf).map((s) => (s !== undefined && OPPOSITION.has(s) ? 'syrian-opposition' : s)));
  const missing = TRUCE_SIDES.filter((id) => !sides.has(id));
  return missing.length ? [...actors, ...missing] : actors;
}

/**
 * The article's candidates with each joint press conference that took place counting a convening
 * group among its parties, when the article tells the group agree or meet on the conference's day
 * or the day beside it (such meetings ran past midnight), or the conference is undated ("اتفقت
 * المجموعة الدولية لدعم سوريا … وقال كيري، في مؤتمر صحفي مشترك مع لافروف ودي ميستورا"): the
 * speakers closed the group's meeting.
 */
export function withGatheringGroups<C extends EventCandidate>(candidates: readonly C[]): C[] {
  return candidates.map((c) => {
    if (!c.conference || c.status !== 'held') return c;
    // Undated, it is told of the article's news, which merging dates.
    const around = c.date && { ...c.date, start: addDays(c.date.start, -1), end: addDays(c.date.end, 1) };
    const groups = CONVENING_GROUPS.filter((g) => !c.actors.includes(g) && candidates.some((o) => o !== c && o.actors.includes(g)
      && o.status !== 'planned' && (o.type === 'agreement' || o.type === 'meeting') && (!around || (o.date !== null && overlaps(o.date, around)))));
    return groups.length ? { ...c, actors: [...c.actors, ...groups] } : c;
  });
}
