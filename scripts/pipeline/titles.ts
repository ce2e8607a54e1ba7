/**
 * Event titles in Arabic and English, built from the event's structured fields through the
 * templates of `scripts/tables/titles.ts`: "Kerry–Putin talks in Moscow" / "محادثات كيري وبوتين في
 * موسكو". Planned events read as planned ("Planned …", "… المرتقبة").
 *
 * Takes a merged event; gives {ar, en}. Picks the names (people and organisations first, countries
 * only when no one is named), the naming (no one, one, several; for an agreement the two
 * governments when both take part, and no one when only one speaker is named, since one speaker
 * is not a party), the place (the most specific) and the topic, and fills the template.
 *
 * Deliberately not done: translating any sentence of the articles; a title says only what the
 * fields say.
 */
import type { Bilingual } from '../../src/lib/types.ts';
import { DEADLINE_TOPICS, GOVERNMENTS_EN, STATUS_WRAPPERS, TITLE_TEMPLATES, TOPICS, type Naming, type TitleTemplate } from '../tables/titles.ts';
import { SYRIAN_GOVERNMENT } from '../tables/formats.ts';
import { entryOf, leaves, namedActors, sidesOf } from './gazetteer.ts';
import { betweenSyrianSides } from './talks-formats.ts';
import type { MergedEvent } from './merge.ts';

/** Names in a title; the rest are in the event's actor list. */
const MAX_TITLE_ACTORS = 3;

export function buildTitle(event: MergedEvent): Bilingual {
  const named = titleActors(event);
  const resolution = resolutionOf(event, named);
  const templates = TITLE_TEMPLATES[resolution ? 'resolution' : event.kind];
  const own = templates[event.status];
  const template = own ?? templates.held;
  const wrapper = own ? undefined : STATUS_WRAPPERS[event.status];
  const names = named.map((id) => entryOf('actors', id).short ?? entryOf('actors', id));
  const naming = namingOf(event, named);
  const leaf = leaves(event.places)[0];
  const place = leaf ? entryOf('places', leaf) : undefined;
  // A resolution adopted from a draft is that resolution, not one "on a draft resolution".
  const topic = event.topic && !(resolution && event.topic === 'draft-resolution') ? (event.type === 'deadline' ? DEADLINE_TOPICS : TOPICS)[event.topic] : undefined;
  const slots = (lang: keyof Bilingual): Record<string, string> => ({
    actors:
      naming === 'none' ? '' : lang === 'ar' ? names.map((n) => n.ar).join(' و') : naming === 'governments' ? GOVERNMENTS_EN : names.map((n) => n.en).join('–'),
    place: place ? ` ${place.titleIn?.[lang] ?? (lang === 'en' ? `in ${place.en}` : `في ${place.ar}`)}` : '',
    topic: topic ? topic[lang] : '',
  });
  const title = { ar: fill(arabicTemplate(template, naming), slots('ar')), en: capitalise(fill(template.en, slots('en'))) };
  if (!wrapper) return title;
  return { ar: wrapper.ar.replace('{title}', title.ar), en: wrapper.en.replace('{title}', title.en) };
}

/**
 * Who the title names: people and bodies first, countries only when no one is named, except that
 * a meeting between the Syrian sides names the government beside the opposition, which would otherwise
 * stand alone ("De Mistura–Syrian opposition–Syrian government talks in Geneva"). A statement's
 * other side is whom it speaks of ("اتهمت الهيئة النظام"), not a second speaker.
 */
function titleActors({ type, actors }: MergedEvent): string[] {
  const named = namedActors(actors, MAX_TITLE_ACTORS);
  const government = type === 'meeting' && betweenSyrianSides(actors) && !named.includes(SYRIAN_GOVERNMENT) && named.length < MAX_TITLE_ACTORS;
  return government ? [...named, SYRIAN_GOVERNMENT] : named;
}

/** An agreement only a body that decides alone is named in, other than its vote, is that body's resolution. */
function resolutionOf(event: MergedEvent, named: readonly string[]): boolean {
  return event.type === 'agreement' && event.kind !== 'vote' && soleBody(named);
}

const soleBody = (named: readonly string[]) => named.length === 1 && entryOf('actors', named[0]).resolves === true;

/**
 * How the title names the participants. An agreement needs two parties: one speaker names no one,
 * but a grouping of states (the gazetteer's `members`) agrees among its members, and a body that
 * decides alone (the Security Council) votes and resolves as one.
 */
function namingOf(event: MergedEvent, named: readonly string[]): Naming {
  if (event.type === 'agreement') {
    // The states a resolution is about ("يؤيد الاتفاق الروسي الأمريكي") are not who adopted it.
    if (soleBody(named)) return 'several';
    if (bothGovernments(event)) return 'governments';
    return named.length > 1 || (named.length === 1 && entryOf('actors', named[0]).members) ? 'several' : 'none';
  }
  return named.length === 0 ? 'none' : named.length === 1 ? 'one' : 'several';
}

function arabicTemplate({ ar }: TitleTemplate, naming: Naming): string {
  if (naming === 'none') return ar.none;
  const named = ar.named ?? ar.none;
  return naming === 'one' ? (ar.one ?? named) : naming === 'governments' ? (ar.governments ?? named) : named;
}

function bothGovernments(event: MergedEvent): boolean {
  const sides = new Set(event.actors.flatMap(sidesOf));
  return sides.has('us') && sides.has('russia');
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? '').replace(/\s{2,}/g, ' ').trim();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
