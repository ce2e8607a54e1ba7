/**
 * Where each event of a sentence happened: the places its gazetteer hits name, each given to the
 * trigger it completes. Takes the folded body, the sentence's triggers and hits; gives trigger
 * index → place ids.
 *
 * Deliberately not done: who took part (participants.ts).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import { HELD_VERBS, PLACE_WINDOW, RELATIVE_PRONOUNS, SITUATION_IN, TRAVEL_VERBS } from '../tables/trigger-context.ts';
import type { TriggerHit } from './find-triggers.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { toFolded } from './participants.ts';

/** "إلى" right before a place: where someone goes. Folded. */
const DESTINATION = /(?:^|\s)الي\s$/;

/**
 * Trigger index → its places. A location after a preposition completes the nearest trigger before
 * it ("محادثات في موسكو", "اللقاء في الكرملين لقاء …"), or, with none in reach, the event noun right
 * after it that a verb of holding before the place governs ("عقدوا في العاصمة النمساوية اجتماعا");
 * a bare one goes to the nearest trigger on either side, one after it counting double ("شهدت جنيف
 * جولة مفاوضات"). All within `PLACE_WINDOW`.
 */
export function assignPlaces(folded: FoldedText, triggers: readonly TriggerHit[], hits: readonly GazetteerHit[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const hit of hits) {
    if (hit.table !== 'places' || !hit.locative) continue;
    if (SITUATION_BEFORE.test(folded.text.slice(Math.max(0, toFolded(folded, hit.start) - SITUATION_REACH), toFolded(folded, hit.start)))) continue;
    let chosen = -1;
    let best = PLACE_WINDOW + 1;
    triggers.forEach((t, i) => {
      // A place in a relative clause of another noun is where that happened ("اجتماعهم … حدادا على
      // ضحايا الهجمات التي ضربت باريس"); the event's own clause ("الاجتماع الذي عقد في فيينا") is its.
      // Nor is a destination after a verb of travelling the place of what came before the trip
      // ("التقى لافروف، ثم توجه إلى واشنطن").
      const between = t.end <= hit.start ? folded.text.slice(t.fend, toFolded(folded, hit.start)) : '';
      const before = t.end <= hit.start && !OTHER_RELATIVE.test(between) && !TRAVELLED.test(between) ? hit.start - t.end : Infinity;
      // A destination right before an event is its place ("انتقل الجمعة إلى واشنطن للقاء كيري"), and
      // one a verb of travelling leads to, of the event after it in its clause ("ثم توجه إلى واشنطن
      // يوم الجمعة حيث التقى كيري").
      const destination = DESTINATION.test(folded.text.slice(Math.max(0, toFolded(folded, hit.start) - 5), toFolded(folded, hit.start)));
      const travelledTo = destination && TRAVELLED.test(folded.text.slice(Math.max(0, toFolded(folded, hit.start) - TRAVEL_REACH), toFolded(folded, hit.start)))
        && !/[،,.؛]/.test(folded.text.slice(toFolded(folded, hit.end), t.fstart));
      const adjacent = t.fstart - t.proclitic.length - toFolded(folded, hit.end) <= 1;
      // The object of a verb of holding right after the place, with no event before it in reach, is
      // what was held there ("عقدوا في العاصمة النمساوية اجتماعا"); not what a speaker there judged
      // ("رحب الجبير في الرياض بلقاء كيري ولافروف"), nor "وسبق اللقاء في الكرملين لقاء", the Kremlin's meeting.
      const heldThere = adjacent && !t.entry.verb && !destination && !travelledTo
        && HOLDING_BEFORE.test(folded.text.slice(Math.max(0, toFolded(folded, hit.start) - HOLDING_REACH), toFolded(folded, hit.start)));
      const after = t.start >= hit.end && (!hit.afterPreposition || travelledTo || (adjacent && destination))
        // Held there ranks last in reach: any trigger before the place within it wins.
        ? 2 * (t.start - hit.end) : t.start >= hit.end && heldThere ? PLACE_WINDOW : Infinity;
      if (Math.min(before, after) < best) {
        best = Math.min(before, after);
        chosen = i;
      }
    });
    if (chosen < 0) continue;
    const list = out.get(chosen) ?? out.set(chosen, []).get(chosen)!;
    if (!list.includes(hit.id)) list.push(hit.id);
  }
  return out;
}

/** A verb of holding an event, its subject and a time between it and the place, within the clause. Folded. */
const HOLDING_BEFORE = /(?:^|\s)[وف]?(?:عقد|عقدت|عقدوا|عقدا|عقدتا|اجري|اجرت|اجروا|اجريا|اختتم|اختتمت|اختتموا|افتتح|افتتحت|استضاف|استضافت|نظم|نظمت)(?:\s[^\s.،,؛]+){0,12}\s(?:في|ب)\s?$/;
const HOLDING_REACH = 120;
const TRAVELLED = new RegExp(`(?:^|\\s)[وف]?(?:${TRAVEL_VERBS})(?=\\s)`);
/** How far before a destination its verb of travelling is read, folded characters ("توجه الوزير مساء الجمعة إلى"). */
const TRAVEL_REACH = 36;

/** A situation's place ("الوضع في حلب") is no event's venue (`SITUATION_IN`); how far before the name it is read. */
const SITUATION_BEFORE = new RegExp(`(?:^|[ ،])[وف]?(?:${SITUATION_IN}) $`);
const SITUATION_REACH = 28;

/** A relative pronoun after a word that is no definite adjective of the event's: the clause of another noun. Folded. */
const OTHER_RELATIVE = new RegExp(`^(?: ال\\S+)* (?!ال)\\S+[^،,.؛]* (?:${RELATIVE_PRONOUNS}) (?!${HELD_VERBS}(?![^ ]))`);
