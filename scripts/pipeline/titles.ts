/**
 * Event titles in Arabic and English, built from the event's structured fields through the
 * templates below: "Kerry–Putin talks in Moscow" / "محادثات كيري وبوتين في موسكو". Planned events
 * read as planned ("Planned …", "… المرتقبة").
 *
 * Takes a merged event; gives {ar, en}. Slots: {actors} short names (Kerry–Putin / كيري وبوتين),
 * {sides} the two governments when both take part (US–Russia / أميركي – روسي), else two or more
 * actors, else nothing ("Agreement on …": one speaker is not a party),
 * {with} the Arabic "joint … between" or "لـ" phrase, {place} " in …" (or the place's own `titleIn`),
 * {topic} from TOPICS.
 *
 * Deliberately not done: translating any sentence of the articles; a title says only what the
 * fields say.
 */
import type { Bilingual, EventStatus } from '../../src/lib/types.ts';
import type { CandidateKind } from './events.ts';
import { entryOf, isInside, sidesOf } from './gazetteer.ts';
import type { MergedEvent } from './merge.ts';

type Templates = Readonly<Record<EventStatus, Bilingual>>;

const TEMPLATES: Readonly<Record<CandidateKind, Templates>> = {
  talks: {
    held: { en: '{actors} talks{place}', ar: 'محادثات {actors}{place}' },
    planned: { en: 'Planned {actors} talks{place}', ar: 'محادثات {actors} المرتقبة{place}' },
  },
  visit: {
    held: { en: '{actors} talks{place}', ar: 'محادثات {actors}{place}' },
    planned: { en: 'Planned {actors} talks{place}', ar: 'محادثات {actors} المرتقبة{place}' },
  },
  press: {
    held: { en: '{actors} press conference{place}', ar: 'مؤتمر صحفي{with}{place}' },
    planned: { en: 'Planned {actors} press conference{place}', ar: 'مؤتمر صحفي مرتقب{with}{place}' },
  },
  call: {
    held: { en: '{actors} phone call', ar: 'اتصال هاتفي{with}' },
    planned: { en: 'Planned {actors} phone call', ar: 'اتصال هاتفي مرتقب{with}' },
  },
  conference: {
    held: { en: '{actors} conference{place}', ar: 'مؤتمر {actors}{place}' },
    planned: { en: 'Planned {actors} conference{place}', ar: 'مؤتمر {actors} المرتقب{place}' },
  },
  consultations: {
    held: { en: '{actors} consultations{place}', ar: 'مشاورات {actors}{place}' },
    planned: { en: 'Planned {actors} consultations{place}', ar: 'مشاورات {actors} المرتقبة{place}' },
  },
  agreement: {
    held: { en: '{sides} agreement{topic}', ar: 'اتفاق {sides}{topic}' },
    planned: { en: 'Proposed {sides} agreement{topic}', ar: 'اتفاق {sides} مقترح{topic}' },
  },
  'ceasefire-start': {
    held: { en: 'Ceasefire takes effect', ar: 'بدء سريان وقف إطلاق النار' },
    planned: { en: 'Ceasefire due to take effect', ar: 'موعد بدء وقف إطلاق النار' },
  },
  'ceasefire-end': {
    held: { en: 'Ceasefire ends', ar: 'انتهاء وقف إطلاق النار' },
    planned: { en: 'Ceasefire due to end', ar: 'موعد انتهاء وقف إطلاق النار' },
  },
  'ceasefire-restore': {
    held: { en: 'Deadline to restore the ceasefire', ar: 'موعد نهائي لاستعادة وقف إطلاق النار' },
    planned: { en: 'Deadline to restore the ceasefire', ar: 'موعد نهائي لاستعادة وقف إطلاق النار' },
  },
  deadline: {
    held: { en: 'Deadline{topic}', ar: 'موعد نهائي{topic}' },
    planned: { en: 'Deadline{topic}', ar: 'موعد نهائي{topic}' },
  },
};

/** Topic phrases: agreements read "agreement on …", deadlines "Deadline for …". */
const TOPICS: Readonly<Record<string, Bilingual>> = {
  'draft-resolution': { en: ' on a draft UN Security Council resolution', ar: ' على مشروع قرار في مجلس الأمن' },
  'opposition-lists': { en: ' on lists of the moderate opposition and of terrorists', ar: ' على قائمتي المعارضة المعتدلة والإرهابيين' },
  'direct-talks': { en: ' to push for direct Syrian talks', ar: ' على الدفع نحو مفاوضات سورية مباشرة' },
  constitution: { en: ' on a draft Syrian constitution', ar: ' على مشروع دستور سوري' },
  accountability: { en: ' on a mechanism to hold truce violators to account', ar: ' على آلية لمحاسبة منتهكي الهدنة' },
  'joint-group': { en: ' on a joint implementation group', ar: ' على مجموعة تنفيذ مشتركة' },
  roadmap: { en: ' on a roadmap for peace in Syria', ar: ' على خريطة طريق للسلام في سوريا' },
  truce: { en: ' on the truce', ar: ' بشأن الهدنة' },
  terrorism: { en: ' on fighting terrorist groups', ar: ' على محاربة الجماعات الإرهابية' },
};
const DEADLINE_TOPICS: Readonly<Record<string, Bilingual>> = {
  constitution: { en: ' for a draft Syrian constitution', ar: ' لمشروع الدستور السوري' },
  elections: { en: ' for Syrian elections', ar: ' للانتخابات السورية' },
  transition: { en: ' for the political transition', ar: ' للانتقال السياسي' },
};

/** Names in a title; the rest are in the event's actor list. */
const MAX_TITLE_ACTORS = 3;

export function buildTitle(event: MergedEvent): Bilingual {
  const template = TEMPLATES[event.kind][event.status];
  const names = titleActors(event).map((id) => entryOf('actors', id).short ?? entryOf('actors', id));
  const sides = bothGovernments(event);
  const leaf = event.places.find((p) => !event.places.some((q) => isInside(q, p)));
  const place = leaf ? entryOf('places', leaf) : undefined;
  const topics = event.type === 'deadline' ? DEADLINE_TOPICS : TOPICS;
  const topic = event.topic ? topics[event.topic] : undefined;
  const slots = (lang: keyof Bilingual): Record<string, string> => {
    const actors = lang === 'en' ? names.map((n) => n.en).join('–') : names.map((n) => n.ar).join(' و');
    return {
      actors,
      sides: sides ? (lang === 'en' ? 'US–Russia' : 'أميركي – روسي') : names.length > 1 ? actors : '',
      with: lang === 'ar' && names.length > 1 ? ` مشترك بين ${actors}` : names.length === 1 ? ` لـ${actors}` : '',
      place: place ? ` ${place.titleIn?.[lang] ?? (lang === 'en' ? `in ${place.en}` : `في ${place.ar}`)}` : '',
      topic: topic ? topic[lang] : '',
    };
  };
  return { ar: fill(template.ar, slots('ar')), en: capitalise(fill(template.en, slots('en'))) };
}

/** People and organisations first; countries only when no one is named. */
function titleActors(event: MergedEvent): string[] {
  const named = event.actors.filter((a) => entryOf('actors', a).kind !== 'country');
  return (named.length ? named : event.actors).slice(0, MAX_TITLE_ACTORS);
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
