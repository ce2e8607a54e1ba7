/**
 * Who holds a state's office: the table's people by office and side (`OFFICES`, `HOLDERS`), and a
 * state's office title named without its holder read as that holder ("وزير الخارجية التركي"،
 * "وزير خارجية قطر"، "رئيس الدبلوماسية الروسي"، "وزير الشؤون الخارجية الأردني").
 *
 * Deliberately not done: offices outside `COUNTERPART.offices`, or holders the table does not list.
 */
import { foldArabic, type FoldedText } from '../../src/lib/arabic.ts';
import { COUNTERPART, OFFICE_TITLES } from '../tables/coreference.ts';
import { GAZETTEER, actorOf, entryOf, isCountry, underTitle, type GazetteerHit } from './gazetteer.ts';
import { toFolded } from './participants.ts';

/** Office heads (`COUNTERPART.offices`), folded, longest first: the words a state's office title opens with. */
const OFFICE_HEADS = COUNTERPART.offices.map(foldArabic).sort((a, b) => b.length - a.length);
/** Folded roles of the table's people. */
export const ROLES = new Map(Object.entries(GAZETTEER.actors).map(([id, e]) => [id, e.role ? foldArabic(e.role.ar) : undefined]));
/** Person → office, for the people of the diplomacy whose role begins with one of `COUNTERPART.offices`. */
export const OFFICES = new Map<string, string>();
/** "office side" → the people who held that office for that side in the period. */
const HOLDERS = new Map<string, string[]>();
for (const [id, e] of Object.entries(GAZETTEER.actors)) {
  const role = ROLES.get(id);
  if (e.kind === 'person' && e.affiliation && role) {
    const office = OFFICE_HEADS.find((head) => role === head || role.startsWith(`${head} `));
    if (office) {
      OFFICES.set(id, office);
      HOLDERS.set(`${office} ${e.affiliation}`, [...(HOLDERS.get(`${office} ${e.affiliation}`) ?? []), id]);
    }
  }
}

/** Titles of an office told right before the state's hit (`OFFICE_TITLES`), folded, to the office head each stands for; longest first for the pattern. */
const OFFICE_OF_TITLE = new Map(Object.entries(OFFICE_TITLES).map(([title, office]) => [foldArabic(title), foldArabic(office)]));
const TITLES = [...OFFICE_OF_TITLE.keys()].sort((a, b) => b.length - a.length);
const TITLE_BEFORE = new RegExp(`(?:^|[\\s،,(])[وف]?(?:ب|ل|لل)?(${TITLES.join('|')})\\s$`);
/** Folded characters before a state's hit where the longest title fits, with its clitics, the space after it and one before. */
const TITLE_REACH = TITLES[0].length + 5;

/**
 * The hits, each state's office title without a name ("وزير الخارجية التركي"، "وزير خارجية قطر") read
 * as the one holding that office on `published`, when the table says who that is. Does not modify its input.
 */
export function withOfficeHolders(folded: FoldedText, hits: readonly GazetteerHit[], published: string): GazetteerHit[] {
  return hits.map((hit) => {
    if (hit.table !== 'actors' || !isCountry(hit.id) || hit.served) return hit;
    const start = toFolded(folded, hit.start);
    const words = folded.text.slice(start, toFolded(folded, hit.end)).replace(/^[وف]?(?:ب|ل|لل)?(?=وزير|رييس|المندوب|الرييس)/, '');
    const title = TITLE_BEFORE.exec(folded.text.slice(Math.max(0, start - TITLE_REACH), start))?.[1];
    // One guard for both ways of naming the office: a subordinate's title before it ("المتحدث باسم
    // وزير خارجية تركيا"، "مدير مكتب وزير الخارجية") leaves the state, as the gazetteer's `served` does.
    if (title && underTitle(folded.text, start - 1 - title.length)) return hit;
    const office = OFFICE_HEADS.find((head) => words.startsWith(`${head} `))
      ?? OFFICE_HEADS.find((head) => head.includes(' ال') && words.startsWith(`${head.replace(' ال', ' ')} `))
      ?? (title === undefined ? undefined : OFFICE_OF_TITLE.get(title));
    const holder = office && holderOf(office, hit.id, hits, published);
    return holder ? { ...hit, id: holder } : hit;
  });
}

/**
 * Who held `office` for `state`: the one holder of the period, or, where it changed hands
 * (Turkey's foreign minister in 2015), the one holding it on the day the article was written
 * (`terms`), else the one holder the article names. A holder whose terms leave that day out is
 * none, though the table lists no other (Kazakhstan's foreign minister before December 2016).
 */
export function holderOf(office: string, state: string | undefined, hits: readonly GazetteerHit[], day: string | undefined): string | undefined {
  const serves = (id: string) => day === undefined ? undefined : entryOf('actors', id).terms?.some((t) => (t.from ?? '') <= day && day < (t.to ?? '9999'));
  const holders = (HOLDERS.get(`${office} ${state}`) ?? []).filter((id) => serves(id) !== false);
  if (holders.length === 1) return holders[0];
  const serving = holders.filter((id) => serves(id));
  if (serving.length === 1) return serving[0];
  const named = holders.filter((id) => hits.some((h) => actorOf(h) === id));
  return named.length === 1 ? named[0] : undefined;
}
