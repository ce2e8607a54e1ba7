/**
 * Gazetteer look-up: finds the actors and places of `scripts/tables/gazetteer.json` in a folded
 * body, with the clitics Arabic glues to a name (و، ف، ب، ل، لل، ك) and whole-word boundaries.
 *
 * Takes a folded body (`foldWithOffsets`), gives hits with offsets in the *original* body and,
 * for places, whether the name is used as a location ("في موسكو", "بجنيف", "لقاء موسكو",
 * "زار كيري موسكو") or as a government ("اتفاق موسكو وواشنطن"): Washington and Moscow are far
 * more often the two governments than the scene of an event, so a place counts only with a
 * locative cue, and otherwise stands for the country its entry names in `metonymFor`.
 *
 * Who is a party to the Syria diplomacy is table data too: the states and bodies (kind `country`
 * or `org`: the two governments, the UN, the ISSG, the Syrian sides) are parties themselves, and a
 * person is one through `affiliation`, the state or body they speak for. A person without one (a
 * human-rights activist) is a private person: meeting only such people is not the diplomacy. A
 * state whose plain name is the subject of every article ("سوريا") is listed under its formal
 * name and its government's names only, so it stands as a side for its officials without turning
 * every mention of the country into a participant. Armed groups (kind `group`: ISIS, Nusra) are
 * recognised (their hits carry their id, and their spellings no longer read as anything else) but
 * are never a party nor a participant of an event, so no event lists them.
 *
 * A role phrase names a person only when one person held the role through 2015–2016 ("وزير
 * الخارجية السعودي"); one whose holder changed ("وزير الخارجية الفرنسي") stands for the state.
 * `notNames` are phrases that hold a name but mean something else ("مجلس الأمن القومي" is not the
 * Security Council, "نائب وزير الخارجية السوري" not the minister): they are matched like names,
 * so the name inside them is not, and give no hit.
 *
 * Deliberately not done: deciding which hits belong to which event (events.ts), or guessing
 * unlisted names. The table is period-specific: role phrases ("الرئيس الروسي") map to the
 * 2015–2016 office holders.
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
import type { Bilingual, GazetteerEntry } from '../../src/lib/types.ts';
import table from '../tables/gazetteer.json';
import { escapeRegExp, LETTER, TOKEN } from './words.ts';
import { nameScanner } from './name-scan.ts';
import { lowerBound } from './search.ts';
import { HEAD_NOUNS } from '../tables/coreference.ts';
import { WEEKDAYS } from '../tables/dates.ts';
import { NISBA, STATE_BODIES } from '../tables/nisba.ts';

export type ActorKind = 'person' | 'org' | 'country' | 'group';

/** A table row: the public `GazetteerEntry` plus matching and merging hints that stay in the pipeline. */
export interface TableEntry extends GazetteerEntry {
  /** Name used in titles ("كيري", "Kerry"). */
  short?: Bilingual;
  kind?: ActorKind;
  /**
   * The state or body a person speaks for: makes them a party to the diplomacy, and lets "Kerry"
   * and "Washington" count as the same side when merging.
   */
  affiliation?: string;
  /** Place containing this one (the Kremlin is in Moscow). */
  parent?: string;
  /** Actor this place stands for when it is not used as a location. */
  metonymFor?: string;
  /** States and bodies a grouping is made of (the ISSG's members): its meeting is theirs. */
  members?: string[];
  /** Ambiguous names (عمان: Amman or Oman) count only when one of these phrases stands shortly before. */
  requiresNear?: string[];
  /** How a title says "in this place" when it is not "in …" / "في …" ("at the Russian Foreign Ministry"). */
  titleIn?: Bilingual;
  /**
   * The body that acts for this one right after these verbs: "أقرت الأمم المتحدة الخطة" is the
   * Security Council's endorsement, the only UN body that adopts the talks' plans.
   */
  adoptsAs?: { id: string; after: string[] };
  /** When a person held the office of `role`, where it changed hands in the period; open at either end. */
  terms?: { from?: string; to?: string }[];
  /** Decides alone, by vote: an agreement naming no other party is its resolution ("UN Security Council resolution"). */
  resolves?: true;
  /** Sits at the Syrian talks for a side (a delegation head, a negotiator): named with the talks, the talks are between the sides. */
  delegate?: true;
}

interface Gazetteer {
  actors: Record<string, TableEntry>;
  places: Record<string, TableEntry>;
  /** Phrases that contain a name but do not mean its entry; matched only to be skipped. */
  notNames: string[];
}

export const GAZETTEER: Gazetteer = table as Gazetteer;

export type GazetteerTable = 'actors' | 'places';

export interface GazetteerHit {
  table: GazetteerTable;
  id: string;
  /** Offsets into the original body. */
  start: number;
  end: number;
  /** Places only: the name is used as a location. */
  locative: boolean;
  /** Places only: right after a preposition ("في موسكو", "بجنيف", "إلى موسكو"), so it completes the phrase before it. */
  afterPreposition: boolean;
  /** Places only: the subject of a verb of hosting ("استضافت الرياض مؤتمرا"): the place, and its state as the host. */
  hosts?: true;
  /** A title inside a deputy's or an aide's ("نائب وزير الخارجية الروسي"): the state they serve, never the office's holder. */
  served?: true;
}

/**
 * Verbs whose subject is the city that hosts what the sentence tells ("الاجتماع الذي استضافته لوزان
 * أمس"، "استضافت الرياض مؤتمرا للمعارضة"): the city is the place, and its state the host. Folded.
 */
const HOSTING_CUES: ReadonlySet<string> = new Set([
  'استضاف', 'استضافت', 'استضافه', 'استضافها', 'استضافته', 'استضافتها', 'تستضيف', 'تستضيفه', 'تستضيفها', 'ستستضيف',
  'احتضن', 'احتضنت', 'احتضنه', 'احتضنها', 'احتضنته', 'احتضنتها', 'تحتضن', 'تحتضنه', 'تحتضنها', 'ستحتضن',
]);
/** Words after which a place name is a location: prepositions, visit verbs, meeting nouns in construct ("لقاء موسكو"), hosting. Folded. */
const LOCATIVE_CUES: ReadonlySet<string> = new Set([
  'في', 'الي', 'وسط', 'داخل', 'العاصمه', 'مقر', 'مطار', 'شهدت', 'شهد', 'تشهد', 'ستشهد',
  'زار', 'زارت', 'زياره', 'زيارته', 'وصل', 'وصلت',
  'لقاء', 'موتمر', 'اجتماع', 'محادثات', 'مباحثات', 'قمه',
  // A session a place holds: "على هامش أعمال الجمعية العامة", "في دورتها".
  'هامش', 'اعمال', 'دوره',
  ...HOSTING_CUES,
]);
/** Folded prepositions of place. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'الي', 'وفي']);
/** Tokens looked at before a place name for a locative cue ("في مطار موسكو": two). */
const LOCATIVE_LOOKBACK_TOKENS = 2;
/** Characters before an ambiguous name searched for its `requiresNear` phrases. */
const REQUIRES_NEAR_WINDOW = 40;

/** "بجنيف" is "in Geneva"; ل is left out: "لموسكو وواشنطن" is far more often "for Moscow" than "to Moscow". */
const PROCLITIC_LOCATIVE = /ب/;
/** Variant (folded) → owner. `stemOnly` forms are ال-names with the article eaten by لل ("للكرملين"). */
const VARIANTS = new Map<string, { table: GazetteerTable; id: string; stemOnly: boolean }>();
/** A spelling and its owner: table, id, spelling. */
type Spelling = [GazetteerTable, string, string];
/** The table's spellings first, so a listed one keeps its owner; then each state's bodies (`STATE_BODIES`). */
const SPELLINGS: Spelling[] = [
  ...(['actors', 'places'] as const).flatMap((tableName) =>
    Object.entries(GAZETTEER[tableName]).flatMap(([id, entry]) => [entry.ar, ...(entry.variants ?? [])].map((s): Spelling => [tableName, id, s]))),
  ...Object.entries(NISBA).flatMap(([id, stems]) => stems.split('|').filter((stem) => stem.endsWith('ي'))
    .flatMap((stem) => STATE_BODIES.map((body): Spelling => ['actors', id, `${body} ال${stem}ه`]))),
];
/** Two-word names outlets often type as one ("الأممالمتحدة", "الولاياتالمتحدة"): each spelling holding one is read both ways. Folded. */
const GLUED = /(الامم|للامم|الولايات) (المتحده)/g;
for (const [tableName, id, spelling] of SPELLINGS) {
  const folded = foldArabic(spelling);
  for (const form of new Set([folded, folded.replace(GLUED, '$1$2')])) {
    if (!VARIANTS.has(form)) VARIANTS.set(form, { table: tableName, id, stemOnly: false });
    const stem = form.startsWith('ال') ? form.slice(2) : '';
    if (stem.length > 2 && !VARIANTS.has(stem)) VARIANTS.set(stem, { table: tableName, id, stemOnly: true });
  }
}
const NOT_NAMES: ReadonlySet<string> = new Set(GAZETTEER.notNames.map(foldArabic));
/** Every spelling, and the phrases that are no names, found word by word; the longest at a place wins, so "بشار الاسد" beats "الاسد". */
const scanNames = nameScanner(
  [...VARIANTS.keys(), ...NOT_NAMES],
  new Set([...VARIANTS].filter(([, owner]) => owner.stemOnly).map(([name]) => name)),
);
const ADOPTS_AS = new Map(
  Object.entries(GAZETTEER.actors)
    .filter(([, e]) => e.adoptsAs)
    .map(([id, e]) => [id, { id: e.adoptsAs!.id, after: new Set(e.adoptsAs!.after.map(foldArabic)) }] as const),
);
const REQUIRES_NEAR = new Map(
  Object.entries(GAZETTEER.places)
    .filter(([, e]) => e.requiresNear)
    .map(([id, e]) => [id, e.requiresNear!.map(foldArabic)] as const),
);

/**
 * Persons whose short name is also a common word ("حجاب" veil, "المعلم" teacher, "جودة" quality),
 * so it is no variant: folded short name → id. Once the article has named them in full, the short
 * name after a verb of speaking or acting, or opening a clause, is them ("وقال حجاب، في مؤتمر صحفي").
 */
const SHORT_AFTER_FULL = new Map(
  Object.entries(GAZETTEER.actors)
    .filter(([, e]) => e.kind === 'person' && e.short && !VARIANTS.has(foldArabic(e.short.ar)))
    .map(([id, e]) => [foldArabic(e.short!.ar), id] as const),
);
/** Head nouns of bodies named in full before (`HEAD_NOUNS`): folded → id. */
// Longest first, so "المجموعة الدولية" is read whole before "المجموعة".
const HEAD_NOUN_IDS = new Map(Object.entries(HEAD_NOUNS).map(([noun, id]) => [foldArabic(noun), id] as const).sort(([a], [b]) => b.length - a.length));
const HEAD_NOUN_PATTERN = new RegExp(
  `(?<![${LETTER}])[وف]?(?:(?:ب|ل)?(${[...HEAD_NOUN_IDS.keys()].map(escapeRegExp).join('|')})|لل(${[...HEAD_NOUN_IDS.keys()].map((k) => escapeRegExp(k.slice(2))).join('|')}))(?![${LETTER}])`,
  'g',
);
/** After a head noun, a definite word or a genitive noun makes it another body; a relative pronoun, a verb or a stop does not. Folded. */
/** Weekday names, folded: a day after a head noun ("وأعلنت الهيئة الإثنين") makes no other body. */
const WEEKDAY_WORDS = WEEKDAYS.flatMap((d) => d.names.map(foldArabic)).join('|');
const OTHER_BODY_AFTER = new RegExp(`^ (?!(?:التي|الذي|الان|اليوم|الي|الا|${WEEKDAY_WORDS})(?![^ ]))(?:ال[^ ]+|لل(?!صحفيين|صحافيين|صحافه|اعلام)[^ ]+|(?:حكم|تنسيق|انتقال)[^ ]*)`);
/** Any mention of a head noun's word ("مجلس"، "المبعوث"), in a name or not, per head noun. Folded. */
const HEAD_STEM_PATTERNS = new Map([...HEAD_NOUN_IDS.keys()].map((noun) => [noun,
  new RegExp(`(?<![${LETTER}])[وف]?(?:ب|ل|ك)?(ال|لل)?${escapeRegExp(noun.replace(/^ال/, '').split(' ')[0])}(?![${LETTER}])`, 'g')]));
const SHORT_PATTERN = new RegExp(`(?<![${LETTER}])[وف]?(${[...SHORT_AFTER_FULL.keys()].map(escapeRegExp).join('|')})(?![${LETTER}])`, 'g');
/** The ids the two back-reference scans can give. */
const SHORT_NAMED_IDS = [...new Set(SHORT_AFTER_FULL.values())];
const HEAD_NOUN_NAMED_IDS = [...new Set(HEAD_NOUN_IDS.values())];
/** What may stand right before a short name for it to be the person: a verb of speaking or acting, or a clause opening. Folded. */
const SHORT_NAME_BEFORE = /(?:(?:^|[\s])[وف]?(?:قال|اكد|اضاف|اوضح|اشار|اعتبر|شدد|حذر|دعا|راي|اعلن|كشف|طالب|لفت|تابع|جدد|اعرب|ابدي|نفي|رفض|اتهم|ابلغ|التقي|اجتمع|استقبل|غادر|وصل|زار|اتصل)(?:ت)?|[،,.:(«"\n])\s*$/;

/** Every actor and place name in the body, in order. */
export function findGazetteerHits(folded: FoldedText): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  const text = folded.text;
  for (const { index: start, preposition: proclitic, name, end } of scanNames(text)) {
    if (NOT_NAMES.has(name)) continue;
    const owner = VARIANTS.get(name)!;
    const near = REQUIRES_NEAR.get(owner.id);
    if (near) {
      const before = text.slice(Math.max(0, start - REQUIRES_NEAR_WINDOW), start);
      if (!near.some((phrase) => before.includes(phrase))) continue;
    }
    const adopting = ADOPTS_AS.get(owner.id);
    const served = owner.table === 'actors' && ROLE_PHRASE.test(name) && (underTitle(text, start) || FORMER_AFTER.test(text.slice(end, end + 10)));
    const id = adopting && adopting.after.has((tokensBefore(text, start).at(-1) ?? '').replace(/^[وف]/, '')) ? adopting.id : served ? GAZETTEER.actors[owner.id].affiliation ?? owner.id : owner.id;
    const isPlace = owner.table === 'places';
    // The words before a place, read once for both of the tests below.
    const before = isPlace ? tokensBefore(text, start) : [];
    const afterPreposition = isPlace && (PROCLITIC_LOCATIVE.test(proclitic) || PREPOSITIONS.has(before.at(-1) ?? ''));
    const locative = afterPreposition || (isPlace && (hasLocativeCue(before) || isDateline(text, start, end) || addressedBefore(owner.id, before)));
    hits.push({
      table: owner.table,
      id,
      start: folded.offsets[start],
      end: folded.offsets[end],
      locative,
      afterPreposition,
      ...(isPlace && isCue(HOSTING_CUES, before.at(-1) ?? '') ? { hosts: true as const } : {}),
      ...(served ? { served: true as const } : {}),
    });
  }
  return withShortNames(folded, hits);
}

/**
 * A role phrase names its holder, not the deputy, aide, envoy or spokesman whose title holds it
 * ("نائب رئيس الوزراء العراقي"، "المتحدث باسم رئيس الوزراء العراقي"، "مستشار ولي العهد السعودي"),
 * nor a former holder ("أمير قطر السابق"): those speak for the holder's state (`served`).
 * A variant that is a title, not a name. Folded.
 */
const ROLE_PHRASE = /^(?:ال)?(?:وزير|رييس|امير|ولي|مرشد|امين|سكرتير|مدير|قايد|منسق|مبعوث|متحدث|ناطق|مندوب|سفير|زعيم|عاهل|ملك|مستشار)/;
/** Titles whose holder serves the office named after them. Folded. */
const SUBORDINATE_TITLES: ReadonlySet<string> = new Set([
  'نايب', 'نايبه', 'مساعد', 'مساعده', 'المساعد', 'مستشار', 'مستشاره', 'معاون', 'ممثل', 'مبعوث', 'وكيل', 'باسم', 'مكتب',
]);
/** The role phrase at `start` of the folded `text` stands after a subordinate's title, maybe "special" ("المساعد الخاص لرئيس البرلمان"). */
export function underTitle(text: string, start: number): boolean {
  const [before, last] = tokensBefore(text, start).slice(-2).map((t) => t.replace(/^[وف]/, ''));
  return SUBORDINATE_TITLES.has(last === 'الخاص' ? before ?? '' : last ?? '');
}
const FORMER_AFTER = /^ (?:السابق|السابقه)(?![^ .،])/;

/** The hits with the short names of persons named in full before (`SHORT_AFTER_FULL`), in order. */
function withShortNames(folded: FoldedText, hits: GazetteerHit[]): GazetteerHit[] {
  const bodies = hits.map((h) => bodyInTitle(folded, h)).filter((h) => h !== undefined);
  const mentions = bodies.length ? [...hits, ...bodies] : hits;
  const named = new Map<string, number>();
  for (const h of mentions) if (!named.has(h.id) || h.end < named.get(h.id)!) named.set(h.id, h.end);
  const found: GazetteerHit[] = [];
  // A back-reference counts after the full name and outside every name found (the short name
  // inside "الملك عبد الله الثاني" is that name's).
  const add = (id: string, at: number, end: number) => {
    const start = folded.offsets[at];
    const fullEnd = named.get(id);
    if (fullEnd === undefined || start < fullEnd || hits.some((h) => h.start <= start && h.end > start)) return;
    found.push({ table: 'actors', id, start, end: folded.offsets[end], locative: false, afterPreposition: false });
  };
  // Each scan is for back-references to names the article gave in full: with none of them, it would find nothing to add.
  if (SHORT_NAMED_IDS.some((id) => named.has(id))) {
    for (const m of folded.text.matchAll(SHORT_PATTERN)) {
      const at = m.index + m[0].length - m[1].length;
      if (SHORT_NAME_BEFORE.test(folded.text.slice(Math.max(0, m.index - 12), at))) add(SHORT_AFTER_FULL.get(m[1])!, at, m.index + m[0].length);
    }
  }
  if (HEAD_NOUN_NAMED_IDS.some((id) => named.has(id))) {
    for (const m of folded.text.matchAll(HEAD_NOUN_PATTERN)) {
      const end = m.index + m[0].length;
      const noun = m[2] ? `ال${m[2]}` : m[1];
      const id = HEAD_NOUN_IDS.get(noun)!;
      // The body last named with this head noun is meant: another one named since, which the
      // gazetteer does not know ("مجلس حقوق الإنسان"، "المبعوث الأمريكي"), leaves it no one.
      const since = Math.max(...mentions.filter((h) => h.id === id && h.end <= folded.offsets[m.index]).map((h) => lowerBound(folded.offsets.length, (k) => folded.offsets[k] >= h.end)), -1);
      const other = (o: RegExpMatchArray) => {
        const end = since + o.index! + o[0].length;
        return !hits.some((h) => h.start <= folded.offsets[end - 1] && h.end > folded.offsets[end - 1]) && (!o[1] || OTHER_BODY_AFTER.test(folded.text.slice(end, end + 24)));
      };
      const others = since < 0 ? [] : [...folded.text.slice(since, m.index).matchAll(HEAD_STEM_PATTERNS.get(noun)!)].filter(other);
      if (!OTHER_BODY_AFTER.test(folded.text.slice(end, end + 24)) && others.length === 0) add(id, end - noun.length + (m[2] ? 2 : 0), end);
    }
  }
  return found.length === 0 ? hits : [...hits, ...found].sort((a, b) => a.start - b.start);
}

/**
 * A person named by a title that holds their body's name ("المنسق العام للهيئة العليا للمفاوضات")
 * names the body too, for the head noun's back-references ("وكانت الهيئة أعلنت"): the body as a
 * mention at the title's end, when its head noun's word is in the title.
 */
function bodyInTitle(folded: FoldedText, hit: GazetteerHit): GazetteerHit | undefined {
  const body = GAZETTEER.actors[hit.id]?.affiliation;
  const word = body === undefined ? undefined : HEAD_WORDS.get(body);
  if (word === undefined) return undefined;
  const from = lowerBound(folded.offsets.length, (k) => folded.offsets[k] >= hit.start);
  const to = lowerBound(folded.offsets.length, (k) => folded.offsets[k] >= hit.end);
  return word.test(folded.text.slice(from, to)) ? { ...hit, id: body!, locative: false, afterPreposition: false } : undefined;
}
/** Each head noun's body → its word in any form (`HEAD_STEM_PATTERNS` without the global flag). */
const HEAD_WORDS = new Map([...HEAD_NOUN_IDS].map(([noun, id]) => [id, new RegExp(HEAD_STEM_PATTERNS.get(noun)!.source)] as const));

/**
 * A place opening a line and followed by a dash, a parenthesis or an agency ("جنيف -", "موسكو
 * (رويترز) -", "دمشق-سانا:"): the dateline, where the lede's events happen.
 */
function isDateline(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && DATELINE_AFTER.test(text.slice(end, end + 3));
}
const DATELINE_AFTER = /^\s*[-–—(:]/;

/**
 * A body's hall after "أمام" is where one speaks ("كلمة أمام الجمعية العامة"); a state after it is
 * not ("أمام موسكو فرصة أخيرة"), so the cue holds only for a place that stands for a body.
 */
function addressedBefore(placeId: string, before: readonly string[]): boolean {
  const body = GAZETTEER.places[placeId]?.metonymFor;
  return body !== undefined && GAZETTEER.actors[body]?.kind === 'org' && isCue(AUDIENCE_CUES, before.at(-1) ?? '');
}
const AUDIENCE_CUES: ReadonlySet<string> = new Set(['امام']);

/** `before`: the tokens right before the name (`tokensBefore`). */
function hasLocativeCue(before: readonly string[]): boolean {
  return before
    .slice(-LOCATIVE_LOOKBACK_TOKENS)
    .some((token) => isCue(LOCATIVE_CUES, token));
}

/** A cue word, bare or with a conjunction glued to it ("واستضافت"). */
function isCue(cues: ReadonlySet<string>, token: string): boolean {
  return cues.has(token) || cues.has(token.replace(/^[وف]/, ''));
}

function tokensBefore(text: string, start: number): string[] {
  return text.slice(Math.max(0, start - 40), start).match(TOKEN) ?? [];
}

export function entryOf(tableName: GazetteerTable, id: string): TableEntry {
  return GAZETTEER[tableName][id];
}

/** True when one place is the other or lies inside it (the Kremlin and Moscow). */
export function placesRelated(a: string, b: string): boolean {
  return a === b || isInside(a, b) || isInside(b, a);
}

/** The actor a hit names: itself, or the state a place stands for when it is not a location or hosts what is told. */
export function actorOf(hit: GazetteerHit): string | undefined {
  if (hit.table === 'actors') return entryOf('actors', hit.id).kind === 'group' ? undefined : hit.id;
  return hit.locative && !hit.hosts ? undefined : entryOf('places', hit.id).metonymFor;
}

/** True for an actor that is a state, not a person or organisation. */
export function isCountry(actorId: string): boolean {
  return entryOf('actors', actorId).kind === 'country';
}

export function isPerson(actorId: string): boolean {
  return entryOf('actors', actorId).kind === 'person';
}

/** People and organisations first, at most `max`; countries only when no one is named. */
export function namedActors(actors: readonly string[], max: number): string[] {
  const people = actors.filter((a) => !isCountry(a));
  return (people.length ? people : actors).slice(0, max);
}

/** The most specific places: Moscow drops out when the Kremlin is there. */
export function leaves(places: readonly string[]): string[] {
  return places.filter((p) => !places.some((q) => isInside(q, p)));
}

/** True when `inner` lies (directly or further down) inside `outer`. */
export function isInside(inner: string, outer: string): boolean {
  for (let p = GAZETTEER.places[inner]?.parent; p; p = GAZETTEER.places[p]?.parent) if (p === outer) return true;
  return false;
}

/** The state or body an actor stands for in the diplomacy: itself, or the one a person speaks for; none for a private person or an armed group. */
export function sideOf(actorId: string): string | undefined {
  const entry = GAZETTEER.actors[actorId];
  if (entry.kind === 'group') return undefined;
  return entry.kind === 'person' ? entry.affiliation : actorId;
}

/** True for a state or body of the diplomacy, or a person speaking for one; false for a private person. */
export function isParty(actorId: string): boolean {
  return sideOf(actorId) !== undefined;
}

/** The actor plus the country it speaks for, so "Kerry" and "US" share a side. */
export function sidesOf(actorId: string): string[] {
  const affiliation = GAZETTEER.actors[actorId]?.affiliation;
  return affiliation ? [actorId, affiliation] : [actorId];
}
