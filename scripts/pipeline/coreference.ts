/**
 * A small coreference for nouns that point back at parties named before them, so event detection
 * reads them as it reads the names:
 * - dual nouns: "الوزيران", "الجانبين", "البلدين" stand for the two parties last named before them
 *   ("لقاء جديد بين وزيري الخارجية الروسي سيرغي لافروف والأميركي جون كيري … وكان الوزيران قد
 *   بحثا …" → Lavrov and Kerry). The referents are the two most recent distinct actors of the kind
 *   the noun names (`DUAL_REFERENCES`: ministers, sides, countries); a place used as a government
 *   counts as its state, and a person as a side counts as the state they speak for. With fewer than
 *   two, the noun stays unresolved.
 * - "نظيره" (his counterpart) stands for the holder of the same office (`COUNTERPART.offices`) on
 *   another side as the last named office holder before it: on the side the adjective right after
 *   it names ("بحث شويغو ونظيره الأمريكي" → the US defence secretary), when one person held that
 *   office there through the period; without an adjective, the last earlier holder of the office on
 *   another side ("وصل دانفورد … وبحث غيراسيموف مع نظيره" → Dunford).
 *
 *   A dual followed by the adjectives of two states ("الوزيرين الأمريكي والروسي") takes, for each
 *   state, the last person of the role named before it on that state's side.
 * - "أنهما" (that they two) stands for the pair as a dual noun of sides does, and the suffix of a
 *   dual verb with no named subject ("أن يلتقيا مجددا", `DUAL_VERBS`) for the last two people named.
 * - a bare noun of one side beside the other side of the talks ("بين الحكومة والمعارضة",
 *   `PAIRED_SIDES`) stands for that side: the Syrian government.
 * - plural office nouns with the states they serve ("وزراء خارجية الولايات المتحدة وروسيا", `OFFICE_PLURALS`)
 *   stand for each state's holder of the office, where one person held it through the period.
 * - words for the states gathered at a multilateral meeting ("ممثلو 17 دولة"، "المشاركون"،
 *   `GATHERING`) stand for the convening group the article names, before or after them.
 * - a state's office named without its holder ("وزير الخارجية التركي", which the gazetteer reads as
 *   the state) stands for the person holding it on the publication day, where the table knows who
 *   did (`withOfficeHolders` in office-holders.ts, run before: Sinirlioglu until 24 November 2015,
 *   Cavusoglu after).
 *
 * Takes the folded body, its reporting sentences, its gazetteer hits, its publication day (which
 * holder of an office that changed hands is meant) and the body itself (whom the text talks about,
 * "مستقبل الأسد", is no antecedent: `withoutTopics`); gives those hits plus one
 * hit per referent at the offsets of each such noun of a reporting sentence, in body order.
 * Antecedents are looked for backwards through the reporting sentences of the article, the noun's
 * own sentence included.
 *
 * Deliberately not done: other pronouns, singular nouns ("الوزير"), names in headlines or captions (page
 * noise), or any check beyond the kind that the two are the ones the writer meant: "بين الطرفين"
 * right after Kerry and Lavrov are named reads as the US and Russia even where it means the
 * Syrian sides.
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
import type { Span } from '../../src/lib/types.ts';
import { BOTH_SIDES, COUNTERPART, TWO_DELEGATIONS, PAIRED_SIDES, DUAL_PRONOUNS, DUAL_REFERENCES, DUAL_VERBS, GATHERING, NUMBER_WORDS, NUMBERED_REFERENCES, OFFICE_PLURALS, OWNED_OFFICES, type DualReference } from '../tables/coreference.ts';
import { CONVENING_GROUPS, COUNTED_GATHERING } from '../tables/formats.ts';
import { stateOfAdjective, statePairIn } from './adjectives.ts';
import { actorOf, entryOf, isCountry, isPerson, sideOf, type GazetteerHit } from './gazetteer.ts';
import { allMatches } from './matches.ts';
import { toFolded, withoutTopics } from './participants.ts';
import { holderOf, OFFICES, ROLES } from './office-holders.ts';
import { lowerBound } from './search.ts';
import { LETTER } from './words.ts';

/** The bare noun of a side (group 1), with the other side right after it or right before it. */
const PAIRED_PATTERNS = PAIRED_SIDES.map(({ noun, beside, actor }) => ({
  actor,
  pattern: new RegExp(`(?<![${LETTER}])[وف]?(?:ب|ل|لل)?((?:ال)?${noun})(?= و ?(?:ال)?${beside}(?![${LETTER}]))|((?:ال)?${noun})(?<=(?:ال)?${beside} و ?(?:ال)?${noun})(?![${LETTER}])`, 'g'),
}));

/** One pass finds every dual noun: one group per table row. */
const DUAL_PATTERN = new RegExp(
  `(?<![${LETTER}])[وف]?(?:بال|كال|ال|لل)(?:${DUAL_REFERENCES.map((r) => `(${r.forms})`).join('|')})(?![${LETTER}])`,
  'g',
);
/** "أنهما" with its clitics (و/ف, ب/ل): one group per table row. */
const DUAL_PRONOUN_PATTERN = new RegExp(
  `(?<![${LETTER}])[وف]?[بل]?(?:${DUAL_PRONOUNS.map((r) => `(${r.forms})`).join('|')})(?![${LETTER}])`,
  'g',
);
/** Every dual verb of `DUAL_VERBS`, with و/ف. */
const DUAL_VERB_PATTERN = new RegExp(`(?<![${LETTER}])[وف]?(?:${DUAL_VERBS.forms})(?![${LETTER}])`, 'g');
/** The pair's share of a dual verb: its suffix. */
const DUAL_SUFFIX = /ان?$/;
/** One pass finds every numbered plural ("الوزراء الأربعة"): one group per table row, then the number word. */
const NUMBERED_PATTERN = new RegExp(
  `(?<![${LETTER}])[وف]?(?:بال|كال|ال|لل)(?:${NUMBERED_REFERENCES.map((r) => `(${r.forms})`).join('|')}) ال(${Object.keys(NUMBER_WORDS).join('|')})ه?(?![${LETTER}])`,
  'g',
);
/** Words for both Syrian sides at once, right after "بين". */
const BOTH_SIDES_PATTERN = new RegExp(`(?<=(?<![${LETTER}])[وف]?بين )(?:${BOTH_SIDES.forms})(?![${LETTER}])|(?<![${LETTER}])[وف]?(?:ل|ب)?(?:${TWO_DELEGATIONS})(?![${LETTER}])`, 'g');
/** How many referents a dual noun has. */
const DUAL = 2;
/** Every gathering word; group 1 is the count of states (digits or a number word), when it is one. */
const COUNT = `(\\d{2}|${Object.keys(GATHERING.countWords).join('|')})`;
const GATHERING_PATTERN = new RegExp(
  `(?<![${LETTER}])[وف]?(?:ب|ل)?(?:${GATHERING.nouns}|(?:ال)?دول ال${COUNT}|${COUNT} (?:دوله|بلدا))(?![${LETTER}])`,
  'g',
);
/** An office owned by a pronoun ("ووزير خارجيته"); group 1 is the whole phrase, folded as in `OWNED_OFFICES`. */
const OWNED_OFFICE_KEYS = new Map(Object.entries(OWNED_OFFICES).map(([form, office]) => [foldArabic(form), foldArabic(office)]));
const OWNED_OFFICE_PATTERN = new RegExp(`(?<![${LETTER}])[وف]?(?:ب|ل)?(${[...OWNED_OFFICE_KEYS.keys()].join('|')})(?![${LETTER}])`, 'g');
/** One pass finds every plural office noun; group 1 is the office word. */
const OFFICE_PLURAL_PATTERN = new RegExp(
  `(?<![${LETTER}])[وف]?(?:ب|ل)?(?:${OFFICE_PLURALS.forms}) (?:ال)?(${Object.keys(OFFICE_PLURALS.offices).join('|')})(?![${LETTER}])`,
  'g',
);
/** What may stand between two states of one list: spaces, a comma; "و" is part of the next name's hit. */
const LIST_GAP = /^[\s،,]{0,3}$/;
/** Role words of the references, folded once. */
const ROLE_WORDS = new Map([...DUAL_REFERENCES, ...NUMBERED_REFERENCES, DUAL_VERBS].map((r) => [r, foldArabic(r.role ?? '')]));

/** One pass finds every "نظيره", with the clitics و/ف and ب/ل/ك. */
const COUNTERPART_PATTERN = new RegExp(`(?<![${LETTER}])[وف]?[بلك]?(?:${COUNTERPART.forms})(?![${LETTER}])`, 'g');
/** The word right after "نظيره", folded: a state's adjective names the counterpart's side, Syria's too, which is no hit ("الملف السوري"). */
const WORD_AFTER = /^ [^ .،,]+/;
/** Characters between "نظيره" and an adjective that names the counterpart's side (one space). */
const ADJECTIVE_GAP = 1;
/** The hits with the referents of every dual noun added, in body order. Does not modify its input. */
export function resolveDualReferences(folded: FoldedText, sentences: readonly Span[], hits: readonly GazetteerHit[], published?: string, body?: string): GazetteerHit[] {
  const sentenceHolding = spanHolding(sentences);
  const inSentence = (x: { start: number; end: number }) => sentenceHolding(x) !== undefined;
  // Whom talks are about ("بشأن مستقبل الرئيس السوري بشار الأسد") is no party a noun points back at.
  const antecedents = (body === undefined ? hits : withoutTopics(hits, body)).filter(inSentence);
  const added: GazetteerHit[] = [];
  // The two Syrian sides named at once ("بين الأطراف السورية") are those two, not the last two named.
  const bothSides = [...folded.text.matchAll(BOTH_SIDES_PATTERN)]
    .map((m) => ({ start: folded.offsets[m.index], end: folded.offsets[m.index + m[0].length] }))
    .filter(inSentence);
  for (const span of bothSides) for (const id of BOTH_SIDES.actors) added.push({ table: 'actors', id, ...span, locative: false, afterPreposition: false });
  const duals = [
    ...[...folded.text.matchAll(DUAL_PATTERN)].map((m) => ({ m, reference: DUAL_REFERENCES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] })),
    ...[...folded.text.matchAll(DUAL_PRONOUN_PATTERN)].map((m) => ({ m, reference: DUAL_PRONOUNS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] })),
  ];
  for (const { m, reference } of duals) {
    const span = { start: folded.offsets[m.index], end: folded.offsets[m.index + m[0].length] };
    if (!inSentence(span) || bothSides.some((b) => b.start <= span.start && span.end <= b.end)) continue;
    const referents = referentsBySide(reference, antecedents, statesAfter(folded, hits, span.end), span.start, hits, published)
      ?? (reference.onlyWithStates ? [] : pairNamedAfter(reference, folded, sentences, m.index + m[0].length, span.end)
        ?? likelyReferents(reference, antecedents, span.start, DUAL, sentenceHolding));
    if (referents.length < DUAL) continue;
    for (const id of referents) added.push({ table: 'actors', id, ...span, locative: false, afterPreposition: false });
  }
  for (const m of folded.text.matchAll(DUAL_VERB_PATTERN)) {
    const end = m.index + m[0].length;
    const span = { start: folded.offsets[end - DUAL_SUFFIX.exec(m[0])![0].length], end: folded.offsets[end] };
    if (!inSentence(span)) continue;
    const referents = likelyReferents(DUAL_VERBS, antecedents, folded.offsets[m.index], DUAL, sentenceHolding);
    if (referents.length < DUAL) continue;
    for (const id of referents) added.push({ table: 'actors', id, ...span, locative: false, afterPreposition: false });
  }
  for (const m of folded.text.matchAll(NUMBERED_PATTERN)) {
    const span = { start: folded.offsets[m.index], end: folded.offsets[m.index + m[0].length] };
    if (!inSentence(span)) continue;
    const count = NUMBER_WORDS[m.at(-1)!];
    const reference = NUMBERED_REFERENCES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    const referents = likelyReferents(reference, antecedents, span.start, count, sentenceHolding);
    if (referents.length < count) continue;
    for (const id of referents) added.push({ table: 'actors', id, ...span, locative: false, afterPreposition: false });
  }
  for (const m of folded.text.matchAll(COUNTERPART_PATTERN)) {
    const span = { start: folded.offsets[m.index], end: folded.offsets[m.index + m[0].length] };
    if (!inSentence(span)) continue;
    const after = WORD_AFTER.exec(folded.text.slice(m.index + m[0].length))?.[0];
    const id = counterpartOf(antecedents, hits, span, published, after ? { state: stateOfAdjective(after.slice(1)), length: folded.offsets[m.index + m[0].length + after.length] - span.end } : undefined);
    if (id) added.push({ table: 'actors', id, ...span, locative: false, afterPreposition: false });
  }
  for (const m of folded.text.matchAll(OFFICE_PLURAL_PATTERN)) {
    const end = folded.offsets[m.index + m[0].length];
    if (!inSentence({ start: folded.offsets[m.index], end })) continue;
    const office = foldArabic(OFFICE_PLURALS.offices[m[1]]);
    for (const state of statesAfter(folded, hits, end)) {
      const holder = holderOf(office, actorOf(state), hits, published);
      if (holder) added.push({ table: 'actors', id: holder, start: state.start, end: state.end, locative: false, afterPreposition: false });
    }
  }
  for (const m of allMatches(OWNED_OFFICE_PATTERN, folded.text)) {
    const span = { start: folded.offsets[m.index + m[0].length - m[1].length], end: folded.offsets[m.index + m[0].length] };
    const before = inSentence(span) ? antecedents[countBefore(antecedents, span.start) - 1] : undefined;
    const owner = before === undefined ? undefined : actorOf(before);
    const state = owner === undefined ? undefined : sideOf(owner);
    const office = OWNED_OFFICE_KEYS.get(m[1]);
    const holder = office !== undefined && state !== undefined && isCountry(state) ? holderOf(office, state, hits, published) : undefined;
    if (holder) added.push({ table: 'actors', id: holder, ...span, locative: false, afterPreposition: false });
  }
  for (const { pattern, actor } of PAIRED_PATTERNS) {
    for (const m of folded.text.matchAll(pattern)) {
      const noun = m[1] ?? m[2];
      const at = m.index + m[0].lastIndexOf(noun);
      const span = { start: folded.offsets[at], end: folded.offsets[at + noun.length] };
      if (inSentence(span) && !hits.some((h) => h.start < span.end && h.end > span.start)) added.push({ table: 'actors', id: actor, ...span, locative: false, afterPreposition: false });
    }
  }
  const named = CONVENING_GROUPS.find((id) => antecedents.some((h) => actorOf(h) === id));
  const counted = !named && published !== undefined && published >= COUNTED_GATHERING.since;
  const group = named ?? (counted ? COUNTED_GATHERING.group : undefined);
  if (group) {
    for (const m of gatheringWords(folded.text)) {
      const span = { start: folded.offsets[m.index], end: folded.offsets[m.index + m[0].length] };
      const sentence = sentenceHolding(span);
      if (!sentence || (!named && !countsTheGroup(folded.text.slice(toFolded(folded, sentence.start), toFolded(folded, sentence.end)), m, toFolded(folded, sentence.start)))) continue;
      added.push({ table: 'actors', id: group, ...span, locative: false, afterPreposition: false });
    }
  }
  added.sort((a, b) => a.start - b.start);
  return added.length === 0 ? [...hits] : mergeInOrder(hits, added);
}

/** The gathering words of a folded text: counts of states below `GATHERING.minimum` are not gatherings. */
export function gatheringWords(folded: string): RegExpExecArray[] {
  return allMatches(GATHERING_PATTERN, folded).filter((m) => {
    const count = stateCount(m);
    return count === undefined || count >= GATHERING.minimum;
  });
}

/**
 * A count of states ("17 دولة", not "دول العشرين", the G20) in the range of the support group,
 * unqualified by another grouping, in a sentence (folded, starting at folded offset `from`) that
 * names no other grouping's business (`COUNTED_GATHERING`). The article's subject is Syria already:
 * the sentence need not name it ("بمشاركة 17 دولة").
 */
function countsTheGroup(sentence: string, m: RegExpExecArray, from: number): boolean {
  const count = m[2] === undefined ? undefined : stateCount(m);
  if (count === undefined || count < COUNTED_GATHERING.minimum || count > COUNTED_GATHERING.maximum) return false;
  const end = m.index + m[0].length - from;
  // Qualified right after the count, or the sentence names another grouping or business.
  return !COUNT_QUALIFIED.test(sentence.slice(end, end + 40)) && !COUNTED_ELSEWHERE.test(sentence);
}
const COUNTED_ELSEWHERE = new RegExp(COUNTED_GATHERING.otherBusiness);
const COUNT_QUALIFIED = new RegExp(`^ (?:${COUNTED_GATHERING.qualifiers})(?![${LETTER}])`);

/** How many states a gathering word counts ("17 دولة", "الدول الـ17"), when it counts them. */
function stateCount(m: RegExpExecArray): number | undefined {
  const count = m[1] ?? m[2];
  return count === undefined ? undefined : GATHERING.countWords[count] ?? Number(count);
}

/** The counterpart "نظيره" at `span` stands for, or none: none when "his" is a person named later who holds no office of the table (a deputy). */
function counterpartOf(antecedents: readonly GazetteerHit[], hits: readonly GazetteerHit[], span: { start: number; end: number }, published: string | undefined, nisba?: { state: string | undefined; length: number }): string | undefined {
  const nearest = countBefore(antecedents, span.start) - 1;
  let i = nearest;
  while (i >= 0 && !OFFICES.has(actorOf(antecedents[i]) ?? '')) i--;
  if (i < 0 || antecedents.slice(i + 1, nearest + 1).some((h) => { const a = actorOf(h); return a !== undefined && isPerson(a); })) return undefined;
  const speaker = actorOf(antecedents[i])!;
  const office = OFFICES.get(speaker)!;
  const next = hits[countBefore(hits, span.end)];
  const hit = next && next.start - span.end <= ADJECTIVE_GAP ? next : undefined;
  const adjective = hit ? actorOf(hit) : nisba?.state;
  if (adjective) {
    if (!isCountry(adjective) || adjective === sideOf(speaker)) return undefined;
    // Named in apposition ("نظيره الروسي سيرغي لافروف"): the name says who, whoever "his" is.
    const end = hit?.end ?? span.end + nisba!.length;
    const named = hits[countBefore(hits, end)];
    const person = named && named.start - end <= ADJECTIVE_GAP ? actorOf(named) : undefined;
    if (person && isPerson(person)) return undefined;
    return holderOf(office, adjective, hits, published);
  }
  for (let j = i - 1; j >= 0; j--) {
    const actor = actorOf(antecedents[j]);
    if (actor && OFFICES.get(actor) === office && sideOf(actor) !== sideOf(speaker)) return actor;
  }
  return undefined;
}

/**
 * The hits of the states listed right after `at` ("الأمريكي والروسي", "الولايات المتحدة وروسيا
 * والسعودية"), names or adjectives, each next one after a space or a comma; people named between
 * them ("الروسي سيرغي لافروف والأمريكي") do not end the list.
 */
function statesAfter(folded: FoldedText, hits: readonly GazetteerHit[], at: number): GazetteerHit[] {
  const states: GazetteerHit[] = [];
  let end = at;
  for (let i = countBefore(hits, at); i < hits.length; i++) {
    const hit = hits[i];
    if (hit.start < end) continue;
    if (!LIST_GAP.test(folded.text.slice(toFolded(folded, end), toFolded(folded, hit.start)))) break;
    const actor = actorOf(hit);
    if (actor && isCountry(actor)) states.push(hit);
    else if (!actor || entryOf('actors', actor).kind !== 'person') break;
    end = hit.end;
  }
  return states;
}

/**
 * For a dual of people followed by two states: the last person of the reference's role named
 * before `at` on each state's side or, when neither side has one, each state's holder of the
 * reference's office on the day; nothing otherwise.
 */
function referentsBySide(
  reference: DualReference, antecedents: readonly GazetteerHit[], states: readonly GazetteerHit[], at: number, hits: readonly GazetteerHit[], published: string | undefined,
): string[] | undefined {
  if (reference.refersTo !== 'people' || states.length !== DUAL) return undefined;
  const named = states.map((state) => {
    for (let i = countBefore(antecedents, at) - 1; i >= 0; i--) {
      const actor = referentOf(reference, actorOf(antecedents[i]));
      if (actor && sideOf(actor) === actorOf(state)) return actor;
    }
    return undefined;
  });
  // The office stands in only when neither was named: one named defence minister does not make the other a foreign one.
  const office = reference.office;
  const found = named.every((id) => id === undefined) && office !== undefined
    ? states.map((state) => holderOf(foldArabic(office), actorOf(state), hits, published))
    : named;
  return found.every((id) => id !== undefined) ? found : undefined;
}

/**
 * "مسؤولين من البلدين … بين الطائرات العسكرية الأمريكية والروسية": the two countries a dual of
 * countries stands for when its own sentence names them as a pair of adjectives after it.
 */
function pairNamedAfter(reference: DualReference, folded: FoldedText, sentences: readonly Span[], fend: number, end: number): string[] | undefined {
  if (reference.kind !== 'country') return undefined;
  const sentence = sentences.find((s) => s.start < end && end <= s.end);
  const pair = sentence ? statePairIn(folded.text, fend, toFolded(folded, sentence.end)) : [];
  return pair.length === DUAL ? pair : undefined;
}

/**
 * The `count` referents of the reference's kind the noun most likely means, earlier first: the
 * nearest distinct ones when one sentence names them all ("التقى الجبير نظيره التركي، واتفق
 * الوزيران"); else, of the `count + 1` nearest, those the article named most, the nearer on a tie
 * ("وحضر الجبير جانبا من الاجتماع، وكان الوزيران قد التقيا قبله" after Kerry and Lavrov have been
 * the article's pair: Kerry and Lavrov, not Lavrov and Jubeir).
 */
function likelyReferents(reference: DualReference, antecedents: readonly GazetteerHit[], at: number, count: number, sentenceOf: (x: { start: number; end: number }) => Span | undefined): string[] {
  const seen = new Map<string, { named: number; last: number }>();
  for (let i = countBefore(antecedents, at) - 1; i >= 0; i--) {
    const referent = referentOf(reference, actorOf(antecedents[i]));
    if (!referent) continue;
    const s = seen.get(referent);
    if (s) s.named++;
    else seen.set(referent, { named: 1, last: i });
  }
  const near = [...seen].sort((a, b) => b[1].last - a[1].last).slice(0, count + 1);
  const nearest = near.slice(0, count);
  const together = nearest.length === count && new Set(nearest.map(([, s]) => sentenceOf(antecedents[s.last]))).size === 1;
  const chosen = together ? nearest : near.sort((a, b) => b[1].named - a[1].named || b[1].last - a[1].last).slice(0, count);
  return chosen.sort((a, b) => a[1].last - b[1].last).map(([r]) => r);
}

/** What the actor is as a referent of the reference: the person, their side, or nothing. */
function referentOf(reference: DualReference, actor: string | undefined): string | undefined {
  if (!actor) return undefined;
  if (reference.refersTo === 'people') return ROLES.get(actor)?.includes(ROLE_WORDS.get(reference)!) ? actor : undefined;
  const side = sideOf(actor);
  return side && (!reference.kind || entryOf('actors', side).kind === reference.kind) ? side : undefined;
}

/** The span `x` lies inside, if any; spans are in body order, so a binary search finds the candidate. */
function spanHolding(spans: readonly Span[]): (x: { start: number; end: number }) => Span | undefined {
  return (x) => {
    const i = countBefore(spans, x.start + 1) - 1;
    return i >= 0 && x.start >= spans[i].start && x.end <= spans[i].end ? spans[i] : undefined;
  };
}

/** How many items start before `at`; items are in body order. */
function countBefore(xs: readonly { start: number }[], at: number): number {
  return lowerBound(xs.length, (i) => xs[i].start >= at);
}

/** Two body-ordered lists as one, ties keeping the first list's item first. */
function mergeInOrder(a: readonly GazetteerHit[], b: readonly GazetteerHit[]): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j].start < x.start) out.push(b[j++]);
    out.push(x);
  }
  return out.concat(b.slice(j));
}
