/**
 * Questions about the gazetteer's entries beyond finding names: who is a head of state, which
 * entries are groupings of others, the place a place lies in, the table order events list their
 * actors in, and the public part of an entry that `events.json` carries.
 */
import { foldArabic } from '../../src/lib/arabic.ts';
import type { GazetteerEntry } from '../../src/lib/types.ts';
import { GAZETTEER, type GazetteerTable, type TableEntry } from './gazetteer.ts';

/**
 * The place at the top of the table a place lies in: its city ("the Kremlin" and "the Russian
 * Foreign Ministry" are both Moscow), or a governorate or country the table lists no city of
 * (Daraya's is Rif Dimashq, Vientiane's Laos).
 */
export function topPlaceOf(placeId: string): string {
  let city = placeId;
  for (let p = GAZETTEER.places[city]?.parent; p; p = GAZETTEER.places[p]?.parent) city = p;
  return city;
}

/** Role heads of those who receive a visitor as head of state or government. Folded. */
const HEAD_ROLES = ['الرييس', 'ملك', 'المستشاره', 'رييس الوزراء', 'امير'];
const HEADS = new Set(Object.entries(GAZETTEER.actors)
  .filter(([, e]) => e.kind === 'person' && e.role && HEAD_ROLES.some((head) => foldArabic(e.role!.ar).startsWith(`${head} `)))
  .map(([id]) => id));

/** A head of state or government ("الرئيس الروسي", "ملك السعودية"), from the table's roles. */
export function isHeadOfState(actorId: string): boolean {
  return HEADS.has(actorId);
}

/** A grouping of states and bodies (the ISSG): its meetings are multilateral. */
export function isGrouping(actorId: string): boolean {
  return GAZETTEER.actors[actorId]?.members !== undefined;
}

/** How many members of a grouping on one side make a report of the grouping's own meeting. */
const MEMBERS_FOR_BODY = 2;

/**
 * One side names a grouping and the other at least two of its members: "the ISSG met in Munich"
 * and "Kerry, Lavrov and de Mistura at the meeting" tell one meeting.
 */
export function sharedThroughMembers(a: readonly string[], b: ReadonlySet<string>): boolean {
  const holds = (bodies: Iterable<string>, others: (id: string) => boolean) => [...bodies].some((body) => {
    const members = GAZETTEER.actors[body]?.members;
    return members !== undefined && members.filter(others).length >= MEMBERS_FOR_BODY;
  });
  return holds(a, (id) => b.has(id)) || holds(b, (id) => a.includes(id));
}

/** Table order, used to list actors and places the same way in every event. */
const ORDER = new Map<string, number>();
for (const tableName of ['actors', 'places'] as const) {
  Object.keys(GAZETTEER[tableName]).forEach((id, i) => ORDER.set(`${tableName}:${id}`, i));
}
export function byTableOrder(tableName: GazetteerTable): (a: string, b: string) => number {
  return (a, b) => ORDER.get(`${tableName}:${a}`)! - ORDER.get(`${tableName}:${b}`)!;
}

/** The public part of an entry for `events.json`: only the fields of `GazetteerEntry`. */
export function publicEntry(entry: TableEntry): GazetteerEntry {
  const out: GazetteerEntry = { ar: entry.ar, en: entry.en };
  if (entry.variants?.length) out.variants = [...entry.variants];
  if (entry.enVariants?.length) out.enVariants = [...entry.enVariants];
  if (entry.role) out.role = { ar: entry.role.ar, en: entry.role.en };
  return out;
}
