/**
 * Who brokered a truce, when the sentences that tell it name only the sides it binds. Outlets name
 * the brokers once, anywhere in the article ("الهدنة الروسية التركية", "بموجب الاتفاق الأمريكي
 * الروسي", "تطبيقا للاتفاق الذي توصل إليه الجانبان الروسي والأمريكي", "روسيا وتركيا ستكونان
 * ضامنتين للاتفاق"), and then speak of "the truce"; a reader lists them with every truce the
 * article tells.
 *
 * Takes the folded body, the reporting sentences and the gazetteer hits; gives actor ids.
 *
 * Deliberately not done: telling two truces of one article apart by their brokers; an article about
 * a local Russian truce and the national US–Russian one gives both the same brokers.
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import type { Span } from '../../src/lib/types.ts';
import { GUARANTOR_WORDS } from '../tables/formats.ts';
import { TRUCE } from '../tables/truce-words.ts';
import { BROKERED_TRUCES, TRUCE_TOWNS } from '../tables/truces.ts';
import { SYRIAN_TALKS_PARTIES } from '../tables/nisba.ts';
import { adjectiveRunAfter } from './adjectives.ts';
import { actorOf, isCountry, type GazetteerHit } from './gazetteer.ts';
import { allMatches } from './matches.ts';
import { toFolded } from './participants.ts';
import { within } from './candidates.ts';
import { LETTER } from './words.ts';

const TRUCE_WORD = new RegExp(TRUCE);
/** Nouns whose adjectives name a truce's brokers: the truce, the agreement it rests on, "the two sides". */
const BROKER_NOUN = new RegExp(`(?:${TRUCE}|(?:ال)?(?:اتفاق|تفاهم)|(?:ال)?(?:جانبان|جانبين|طرفان|طرفين))(?![${LETTER}])`, 'g');
const DRAFT = /مشروع قرار/g;
const SUPPORTS_TRUCE = new RegExp(`(?:يدعم|يويد|يتبني|لدعم|بدعم)(?: [^ ]+){0,2}? (?:${TRUCE}|(?:ال)?اتفاق)`);
/** How far after "مشروع قرار" its adjectives and the support of the truce may run, in folded characters. */
const DRAFT_REACH = 90;
const GUARANTOR = new RegExp(`(?<![${LETTER}])(?:ال)?(?:${GUARANTOR_WORDS})(?![${LETTER}])`);
/** How far before a guarantor word the guarantors are named ("روسيا وتركيا ستكونان ضامنتين"), in original characters. */
const GUARANTOR_REACH = 40;
const SYRIAN_SIDES = new Set(SYRIAN_TALKS_PARTIES);
/**
 * A verb of guaranteeing the truce, or guarantee and sponsorship as nouns, with the guarantors
 * after it ("على أن يبدأ سريانه منتصف الليل وتضمنه روسيا وتركيا"، "بضمانة روسيا وتركيا"، "برعاية
 * روسية تركية"). Folded; "ضمن" alone is "within", so only with its object pronoun or as a noun.
 */
const GUARANTEED_BY = new RegExp(`(?<![${LETTER}])[وف]?(?:س?[يت]ضمن(?:ان)?(?:ه|ها)|ضمنت(?:ه|ها|اه)|ب(?:ضمانه|ضمان|ضمانات|رعايه))(?![${LETTER}])`, 'g');
/** A relative pronoun right before the verb, or a document right after it: تضمّن, "to include". Folded. */
const INCLUDED_IN = /(?:التي|الذي|اللذين|اللتين) $/;
const DOCUMENT_AFTER = /^ (?:ال)?(?:مقترح|اتفاق|بيان|خطه|وثيقه|قرار|نص|مبادره|ورقه|مسوده)/;
/** An agreement noun and the relative clause of reaching it, up to its subject. Folded. */
const REACHED_BY = new RegExp(`(?<![${LETTER}])(?:ال|لل|بال)?(?:اتفاق|تفاهم|هدنه) (?:الذي|التي) (?:تم (?:ال)?)?(?:توصل(?:ت|ا|تا)?|ابرم(?:ت|ا|تا)?(?:ه|ها)?|رعت(?:ه|ها)|رعا(?:ه|ها))(?: (?:اليه|اليها))?`, 'g');
/** How far after that relative clause its subject may run ("الولايات المتحدة وروسيا"), in original characters. */
const REACHED_BY_REACH = 40;

/** The brokers an article names in its sentences about a truce, in the order named. */
export function truceBrokers(folded: FoldedText, sentences: readonly Pick<Span, 'start' | 'end'>[], hits: readonly GazetteerHit[]): string[] {
  const brokers = new Set<string>();
  for (const sentence of sentences) {
    const fstart = toFolded(folded, sentence.start);
    const text = folded.text.slice(fstart, toFolded(folded, sentence.end));
    if (!TRUCE_WORD.test(text)) continue;
    for (const m of allMatches(BROKER_NOUN, text)) for (const id of adjectiveRunAfter(text, m.index + m[0].length)) brokers.add(id);
    // A draft its brokers put to the Security Council in support of the truce ("مشروع قرار روسي
    // تركي يدعم اتفاق وقف إطلاق النار"); a draft on something else names no broker.
    for (const m of allMatches(DRAFT, text)) {
      const ids = adjectiveRunAfter(text, m.index + m[0].length);
      if (ids.length && SUPPORTS_TRUCE.test(text.slice(m.index + m[0].length, m.index + m[0].length + DRAFT_REACH))) for (const id of ids) brokers.add(id);
    }
    // The countries that reached it, told in a relative clause ("الاتفاق الذي توصلت إليه الولايات
    // المتحدة وروسيا").
    for (const m of allMatches(REACHED_BY, text)) {
      const from = folded.offsets[fstart + m.index + m[0].length];
      for (const id of countriesIn(hits, from, Math.min(sentence.end, from + REACHED_BY_REACH))) brokers.add(id);
    }
    for (const m of allMatches(GUARANTEED_BY, text)) {
      const end = m.index + m[0].length;
      // "البنود التي تضمنها المقترح التركي": the verb is "to include", its subject a document.
      if (INCLUDED_IN.test(text.slice(Math.max(0, m.index - 8), m.index)) || DOCUMENT_AFTER.test(text.slice(end, end + 12))) continue;
      const from = folded.offsets[fstart + end];
      for (const id of [...adjectiveRunAfter(text, end), ...countriesIn(hits, from, Math.min(sentence.end, from + REACHED_BY_REACH))]) brokers.add(id);
    }
    const guarantor = GUARANTOR.exec(text);
    if (guarantor) {
      const at = folded.offsets[fstart + guarantor.index];
      for (const id of countriesIn(hits, Math.max(sentence.start, at - GUARANTOR_REACH), at)) brokers.add(id);
    }
  }
  return [...brokers].filter((id) => !SYRIAN_SIDES.has(id));
}

/** "هدنة محلية", "تهدئة محلية": a truce of one place. Folded. */
const LOCAL_WORD = new RegExp(`(?<![${LETTER}])(?:ال)?محلي(?:ه)?(?![${LETTER}])`);

/**
 * The brokers of the known truce (`BROKERED_TRUCES`) that took effect on the day a truce event
 * begins, by its sentence (`text`, folded, and its `hits`): a nationwide one unless the sentence
 * calls the truce local (a town alone does not: "الهدنة في حلب" is the nationwide one there), a
 * local one when the sentence names its towns and no other. None for another day.
 */
export function knownBrokers(start: string | undefined, text: string, hits: readonly GazetteerHit[]): readonly string[] {
  const towns = hits.filter((h) => h.table === 'places' && TRUCE_TOWNS.includes(h.id)).map((h) => h.id);
  const known = BROKERED_TRUCES.find((t) => t.tookEffect === start
    && (t.towns ? towns.length > 0 && towns.every((id) => t.towns!.includes(id)) : !LOCAL_WORD.test(text)));
  return known?.brokers ?? [];
}

/** The countries named in [start, end) of the body, in order. */
function countriesIn(hits: readonly GazetteerHit[], start: number, end: number): string[] {
  return within(hits, { start, end }).map(actorOf).filter((actor): actor is string => actor !== undefined && isCountry(actor));
}

/** What ends a clause, and how far from a trigger its clause is read, in folded characters. */
const CLAUSE_MARK = /[،,.؛;!?؟\n]/;
const CLAUSE_REACH = 100;

/**
 * A truce is named in the clause of the trigger at [fstart, fend) of folded `text`: a deadline
 * there is the truce's ("أن تبلغ بقبولها شروط الهدنة في موعد أقصاه …"), one whose sentence only
 * mentions a truce elsewhere ("موعدا نهائيا لتشكيل هيئة الحكم، رغم انهيار الهدنة") is not.
 */
export function truceInClause(text: string, fstart: number, fend: number): boolean {
  let from = fstart;
  while (from > 0 && fstart - from < CLAUSE_REACH && !CLAUSE_MARK.test(text[from - 1])) from--;
  let to = fend;
  while (to < text.length && to - fend < CLAUSE_REACH && !CLAUSE_MARK.test(text[to])) to++;
  return TRUCE_WORD.test(text.slice(from, to));
}
