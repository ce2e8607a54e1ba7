/**
 * Parties named by relative adjectives: "المحادثات الروسية الأمريكية" is talks between Russia and
 * the United States, "برعاية روسية تركية إيرانية" names three sponsors, "المفاوضات السورية" the
 * Syrian government and opposition. Takes folded text and the trigger's folded span; gives the
 * actor ids the adjectives right after the event noun (or after a sponsor word in its scope) name.
 *
 * Adjectives away from an event noun ("الطائرات الروسية") name no party of it; `statePairIn` reads
 * them only to tell which two states "البلدين" stands for. Deliberately not done: adjectives of a
 * person's office ("وزير الخارجية الروسي", which the gazetteer reads with the name).
 */
import type { EventType } from '../../src/lib/types.ts';
import { NISBA, NISBA_GAP, NISBA_LEADS, SUBJECT_MATTER, SYRIAN_TALKS_PARTIES } from '../tables/nisba.ts';
import { allMatches } from './matches.ts';
import { LETTER } from './words.ts';

/**
 * Number and gender: the feminine ‑ه, the plurals ‑ين/‑ون and the duals ‑ان/‑تان/‑تين ("مسؤولين
 * أمريكيين", "مسؤولان روسيان"). Not the accusative ‑ا: سوري+ا is سوريا, the country; the broken
 * plurals that take it ("خبراء روسا") are listed in the table.
 */
const ENDINGS = '(?:ه|ين|ون|ان|تان|تين)?';
const ADJECTIVE = `(?:ال)?(?:${Object.values(NISBA).join('|')})${ENDINGS}`;
/**
 * One or more adjectives joined by spaces, a dash or و: "الروسية-الأمريكية", "روس وأمريكيون",
 * "الأمريكية ـ الروسية" (the kashida, folded away, leaves two spaces), "الروسية — التركية".
 */
const RUN = `${ADJECTIVE}(?:(?: *[-–—] *| و| +)${ADJECTIVE})*(?![${LETTER}])`;
/**
 * Up to three gap words, joined by و and led by "بين", then the run: what follows the space after
 * an event noun ("لقاء بين خبراء عسكريين ودبلوماسيين روس وأمريكيين").
 */
const GAP_THEN_RUN = `(?:بين )?(?:و?(?:ال)?(?:${NISBA_GAP}) ){0,3}(${RUN})`;
/**
 * What reaching reaches, between the word of reaching and its adjectives: "التوصل| إلى اتفاق روسي
 * تركي"، "إلى اتفاق جديد روسي تركي". Not a formula or a settlement, whose adjectives tell whose
 * proposal or what it settles ("صيغة روسية"، "تسوية سورية").
 */
const REACHED = '(?:الي |ل)(?:ال)?(?:اتفاق|اتفاقيه|تفاهم) (?:(?:ال)?(?:جديد|نهايي|مبديي|شامل) )?';
const AFTER_NOUN = new RegExp(`^ (?:${REACHED})?${GAP_THEN_RUN}`);
/**
 * A verb's subject may stand between it and its adjectives: "يلتقي خبراء عسكريون روس وأمريكيون";
 * its object may not ("ناقش الملف السوري").
 */
const AFTER_VERB = new RegExp(`^ (?!(?:ال)?(?:${SUBJECT_MATTER}) )(?:[^ ]+ ){1,2}(${RUN})`);
/**
 * A subject put before its verb ("إن خبراء روسا وأمريكيين سيلتقون"، "وكان مسؤولون روس وأتراك قد
 * اجتمعوا"): people, their adjectives, then a verb that agrees with them in the plural or dual.
 * A phrase before a singular verb is no subject of it ("ووسط انتقادات من المسؤولين الإيرانيين
 * اجتمع كيري ولافروف").
 */
const PEOPLE = '(?:ال)?(?:خبراء|وفود|وزراء|قاده|(?:مسوول|عسكري|دبلوماسي|ممثل|مفاوض)(?:ون|ين|ان|و))';
const BEFORE_VERB = new RegExp(`(?<![${LETTER}])${PEOPLE}(?: ${PEOPLE})? (${RUN}) (?:قد )?$`);
const PLURAL_VERB = /(?:وا|ون|ان|ا)$/;
/**
 * The subject of a verb of holding, between it and the event noun it governs ("أجرى مسؤولون أتراك
 * وروس محادثات", "يعقد خبراء روس وأمريكيون اجتماعا"): the verb agrees in the singular when it comes first.
 */
const HELD_BY = new RegExp(`(?<![${LETTER}])[وف]?س?(?:اجري|اجرت|اجريا|عقد|عقدت|عقدا|يجري|تجري|يعقد|تعقد) ${PEOPLE}(?: ${PEOPLE})? (${RUN}) $`
  // Or put before it, the verb then agreeing in the plural ("إن مسؤولين روسا وأتراكا عقدوا اجتماعا سريا").
  + `|(?<![${LETTER}])${PEOPLE}(?: ${PEOPLE})? (${RUN}) (?:قد )?س?(?:اجروا|اجريا|عقدوا|عقدا|يجرون|يجريان|يعقدون|يعقدان) $`);
/** A lead, maybe a noun of people between ("بقادة عسكريين روس"), then the run. */
const AFTER_LEAD = new RegExp(`(?<![${LETTER}])(?:${NISBA_LEADS}) (?:(?:ال)?(?:${NISBA_GAP}) )?(${RUN})`, 'g');
const STEMS = Object.entries(NISBA).map(([id, forms]) => ({ id, pattern: new RegExp(`^و?(?:ال)?(?:${forms})${ENDINGS}$`) }));
/** The state one adjective names ("السوري"، "والأمريكية"), folded, or none. */
export function stateOfAdjective(word: string): string | undefined {
  return STEMS.find((s) => s.pattern.test(word))?.id;
}
/** How far after the noun its adjectives may stand, in folded characters. */
const REACH = 80;

/**
 * Actor ids named by adjectives after the event noun ending at `fend` (a verb's: after its subject
 * of one or two words), or after a sponsor word between `scopeStart` (a lead before the trigger:
 * "برئاسة مشتركة أمريكية روسية") and `scopeEnd`. "Syrian" alone names the two
 * Syrian sides only right after a noun of talks: "وفد الحكومة السورية" is the government alone.
 */
export function partiesByAdjective(folded: string, fend: number, scopeEnd: number, type: EventType, verb = false, scopeStart = fend, fstart = fend): string[] {
  const ids: string[] = [];
  const after = folded.slice(fend, fend + REACH);
  const own = AFTER_NOUN.exec(after);
  if (own) ids.push(...namedBy(own[1], type));
  const fronted = () => (PLURAL_VERB.test(folded.slice(fstart, fend)) ? BEFORE_VERB.exec(before()) : null);
  const before = () => folded.slice(Math.max(scopeStart, fstart - REACH), fstart);
  const subject = own ? null : verb ? (AFTER_VERB.exec(after) ?? fronted()) : HELD_BY.exec(before());
  if (subject) ids.push(...namedBy(subject[1] ?? subject[2], 'agreement'));
  // A sponsor or chair word may stand before the event word too ("وعقدت مجموعة العمل، برئاسة مشتركة
  // أمريكية روسية، اجتماعا"), within the event's own scope.
  const window = folded.slice(Math.min(scopeStart, fend), scopeEnd);
  // "Syrian" after a lead is a party's ("بمسؤولين سوريين": the government's), not the Syrian talks' two sides.
  for (const m of allMatches(AFTER_LEAD, window)) ids.push(...namedBy(m[1], 'agreement', window.slice(m.index + m[0].length)));
  return [...new Set(ids)];
}

/** `next`: what follows the run; "Syrian" before "opposition" ("بوفود سورية معارضة") names the opposition alone. */
function namedBy(run: string, type: EventType, next = ''): string[] {
  const ids = [...new Set(run.split(/[\s\-–]+/).map(stateOfAdjective).filter((id) => id !== undefined))];
  if (ids.length === 1 && ids[0] === 'syria' && OPPOSITION_NEXT.test(next)) return ['syrian-opposition'];
  return ids.length === 1 && ids[0] === 'syria' && type === 'meeting' ? [...SYRIAN_TALKS_PARTIES] : ids;
}
const OPPOSITION_NEXT = new RegExp(`^ (?:ال)?معارض(?:ه|ين|ون|ان|تين)?(?![${LETTER}])`);

const RUN_AFTER = new RegExp(GAP_THEN_RUN, 'y');

/** Countries named by adjectives right after offset `at` of folded `text` (a space, then the run): "الاتفاق| الأمريكي الروسي". */
export function adjectiveRunAfter(text: string, at: number): string[] {
  if (text[at] !== ' ') return [];
  RUN_AFTER.lastIndex = at + 1;
  const run = RUN_AFTER.exec(text);
  return run ? namedBy(run[1], 'agreement') : [];
}

const RUNS = new RegExp(`(?<![${LETTER}])(${RUN})`, 'g');

/**
 * The two states the first run of adjectives in folded `text` between `from` and `to` names,
 * when it names exactly two ("الطائرات العسكرية الأمريكية والروسية"); none otherwise.
 */
export function statePairIn(text: string, from: number, to: number): string[] {
  for (const m of allMatches(RUNS, text.slice(from, to))) {
    const ids = namedBy(m[1], 'agreement');
    if (ids.length > 0) return ids.length === 2 ? ids : [];
  }
  return [];
}
