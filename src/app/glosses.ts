/**
 * Finds the gazetteer's people, groups and places in an Arabic excerpt, so the English reader can
 * hover, focus or tap a name and see who or what it is. Matching is on the folded text
 * (`foldWithOffsets`: hamza, ya and ta marbuta spellings meet) with positions mapped back, so the
 * excerpt itself is never altered. A name may carry the proclitics و ف ب ل ك before it ("وكيري",
 * "بموسكو") but must end at a word boundary.
 */
import { foldWithOffsets } from '../lib/arabic.ts';
import type { EventsFile, GazetteerEntry } from '../lib/types.ts';

export interface Gloss {
  /** Offsets in the excerpt's own text. */
  start: number;
  end: number;
  entry: GazetteerEntry;
}

const LETTER = /\p{L}/u;
const PROCLITICS = 'وفبلك';

interface Spelling {
  folded: string;
  entry: GazetteerEntry;
}

const cache = new WeakMap<object, Spelling[]>();

/** Every Arabic spelling of every entry, longest first so "جون كيري" wins over "كيري". */
function spellings(file: Pick<EventsFile, 'actors' | 'places'>): Spelling[] {
  let list = cache.get(file);
  if (!list) {
    list = [];
    for (const table of [file.actors, file.places]) {
      for (const entry of Object.values(table)) {
        for (const s of new Set([entry.ar, ...(entry.variants ?? [])])) {
          const folded = foldWithOffsets(s).text;
          if (folded.length >= 3) list.push({ folded, entry });
        }
      }
    }
    list.sort((a, b) => b.folded.length - a.folded.length);
    cache.set(file, list);
  }
  return list;
}

/** A name may start here: at a word start, or after one or two proclitic letters that start the word. */
function startsWord(text: string, at: number): boolean {
  let i = at;
  for (let k = 0; k < 2 && i > 0 && PROCLITICS.includes(text[i - 1]); k++) {
    i--;
    if (i === 0 || !LETTER.test(text[i - 1])) return true;
  }
  return at === 0 || !LETTER.test(text[at - 1]);
}

export function findGlosses(text: string, file: Pick<EventsFile, 'actors' | 'places'>): Gloss[] {
  const { text: folded, offsets } = foldWithOffsets(text);
  const taken = new Uint8Array(folded.length);
  const found: Gloss[] = [];
  for (const { folded: name, entry } of spellings(file)) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!startsWord(folded, at) || (end < folded.length && LETTER.test(folded[end]))) continue;
      if (taken.subarray(at, end).some((v) => v)) continue;
      taken.fill(1, at, end);
      found.push({ start: offsets[at], end: offsets[end], entry });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
