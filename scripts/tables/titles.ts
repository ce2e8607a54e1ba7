/**
 * Event title templates and topic phrases, as data: what a title says for each kind of event,
 * held or planned, in English and Arabic.
 *
 * English has one template per kind and status. Arabic has one per way the participants are
 * named, because the words around the names change with them: named, the event noun is in
 * construct and so definite, and its adjective takes the article ("محادثات كيري ولافروف
 * المرتقبة"); unnamed, noun and adjective are indefinite ("محادثات مرتقبة في جنيف"). One
 * spokesman's press conference is "مؤتمر كيربي الصحفي", two people's "مؤتمر صحفي مشترك بين كيري
 * ولافروف"; a call is "بين" two people or "أجراه" one. No template puts the preposition لـ before
 * a name: Arabic writes it joined to the word, and a title reads better without it.
 *
 * Slots: {actors} the short names (Kerry–Putin / كيري وبوتين; for an English agreement between the
 * two governments, US–Russia), {place} " in …" or the place's own `titleIn`, {topic} from `TOPICS`
 * (agreements) or `DEADLINE_TOPICS` (deadlines).
 *
 * Deliberately not here: choosing the names, the place or the naming (`scripts/pipeline/titles.ts`).
 */
import type { EventStatus } from '../../src/lib/types.ts';
import type { TriggerKind } from './triggers.ts';

/** How a title names the participants: no one, one person, two or more, or (agreements) the two governments. */
export type Naming = 'none' | 'one' | 'several' | 'governments';

export interface TitleTemplate {
  en: string;
  /** `none` is required; `named` stands for the other namings and defaults to `none`; `one` and `governments` default to `named`. */
  ar: { none: string; named?: string; one?: string; governments?: string };
}

/** Templates per status; a status without its own reads as `held`. */
export type StatusTemplates = Readonly<{ held: TitleTemplate } & Partial<Record<EventStatus, TitleTemplate>>>;

/**
 * Every kind an event can have: the trigger kinds, the two that come from deadline expressions,
 * and the resolution an agreement of a body that decides alone is (`resolves` in the gazetteer).
 */
export type TitleKind = TriggerKind | 'ceasefire-restore' | 'deadline' | 'resolution';

const TALKS: StatusTemplates = {
  held: { en: '{actors} talks{place}', ar: { none: 'محادثات{place}', named: 'محادثات {actors}{place}' } },
  planned: { en: 'Planned {actors} talks{place}', ar: { none: 'محادثات مرتقبة{place}', named: 'محادثات {actors} المرتقبة{place}' } },
};

const DEADLINE: StatusTemplates = {
  held: { en: 'Deadline{topic}', ar: { none: 'موعد نهائي{topic}' } },
};

export const TITLE_TEMPLATES: Readonly<Record<TitleKind, StatusTemplates>> = {
  talks: TALKS,
  visit: TALKS,
  discussion: TALKS,
  press: {
    held: {
      en: '{actors} press conference{place}',
      ar: { none: 'مؤتمر صحفي{place}', one: 'مؤتمر {actors} الصحفي{place}', named: 'مؤتمر صحفي مشترك بين {actors}{place}' },
    },
    planned: {
      en: 'Planned {actors} press conference{place}',
      ar: { none: 'مؤتمر صحفي مرتقب{place}', one: 'مؤتمر {actors} الصحفي المرتقب{place}', named: 'مؤتمر صحفي مشترك مرتقب بين {actors}{place}' },
    },
  },
  address: {
    held: { en: '{actors} address{place}', ar: { none: 'كلمة{place}', named: 'كلمة {actors}{place}' } },
    planned: { en: 'Planned {actors} address{place}', ar: { none: 'كلمة مرتقبة{place}', named: 'كلمة {actors} المرتقبة{place}' } },
  },
  announcement: {
    held: { en: '{actors} statement', ar: { none: 'بيان', named: 'بيان {actors}' } },
    planned: { en: 'Planned {actors} statement', ar: { none: 'بيان مرتقب', named: 'بيان {actors} المرتقب' } },
  },
  call: {
    held: { en: '{actors} phone call', ar: { none: 'اتصال هاتفي', one: 'اتصال هاتفي أجراه {actors}', named: 'اتصال هاتفي بين {actors}' } },
    planned: { en: 'Planned {actors} phone call', ar: { none: 'اتصال هاتفي مرتقب', one: 'اتصال هاتفي مرتقب يجريه {actors}', named: 'اتصال هاتفي مرتقب بين {actors}' } },
  },
  conference: {
    held: { en: '{actors} conference{place}', ar: { none: 'مؤتمر{place}', named: 'مؤتمر {actors}{place}' } },
    planned: { en: 'Planned {actors} conference{place}', ar: { none: 'مؤتمر مرتقب{place}', named: 'مؤتمر {actors} المرتقب{place}' } },
  },
  consultations: {
    held: { en: '{actors} consultations{place}', ar: { none: 'مشاورات{place}', named: 'مشاورات {actors}{place}' } },
    planned: { en: 'Planned {actors} consultations{place}', ar: { none: 'مشاورات مرتقبة{place}', named: 'مشاورات {actors} المرتقبة{place}' } },
  },
  agreement: {
    held: {
      en: '{actors} agreement{topic}',
      ar: { none: 'اتفاق{topic}', named: 'اتفاق {actors}{topic}', governments: 'اتفاق أميركي – روسي{topic}' },
    },
    planned: {
      en: 'Proposed {actors} agreement{topic}',
      ar: { none: 'اتفاق مقترح{topic}', named: 'اتفاق {actors} المقترح{topic}', governments: 'اتفاق أميركي – روسي مقترح{topic}' },
    },
    near: {
      en: '{actors} close to an agreement{topic}',
      ar: { none: 'اقتراب من اتفاق{topic}', named: 'اقتراب {actors} من اتفاق{topic}', governments: 'اقتراب أميركي – روسي من اتفاق{topic}' },
    },
  },
  resolution: {
    held: { en: '{actors} resolution{topic}', ar: { none: 'قرار{topic}', named: 'قرار {actors}{topic}' } },
    planned: { en: 'Draft {actors} resolution{topic}', ar: { none: 'مشروع قرار{topic}', named: 'مشروع قرار {actors}{topic}' } },
  },
  vote: {
    held: { en: '{actors} vote{topic}', ar: { none: 'تصويت{topic}', named: 'تصويت {actors}{topic}' } },
    planned: { en: 'Planned {actors} vote{topic}', ar: { none: 'تصويت مرتقب{topic}', named: 'تصويت {actors} المرتقب{topic}' } },
  },
  'ceasefire-start': {
    held: { en: 'Ceasefire takes effect', ar: { none: 'بدء سريان وقف إطلاق النار' } },
    planned: { en: 'Ceasefire due to take effect', ar: { none: 'موعد بدء وقف إطلاق النار' } },
  },
  'ceasefire-extend': {
    held: { en: 'Ceasefire extended', ar: { none: 'تمديد وقف إطلاق النار' } },
    planned: { en: 'Ceasefire due to be extended', ar: { none: 'تمديد مرتقب لوقف إطلاق النار' } },
  },
  'ceasefire-end': {
    held: { en: 'Ceasefire ends', ar: { none: 'انتهاء وقف إطلاق النار' } },
    planned: { en: 'Ceasefire due to end', ar: { none: 'موعد انتهاء وقف إطلاق النار' } },
    suspended: { en: 'Ceasefire suspended', ar: { none: 'تعليق وقف إطلاق النار' } },
  },
  'ceasefire-restore': {
    held: { en: 'Deadline to restore the ceasefire', ar: { none: 'موعد نهائي لاستعادة وقف إطلاق النار' } },
    planned: { en: 'Deadline to restore the ceasefire', ar: { none: 'موعد نهائي لاستعادة وقف إطلاق النار' } },
  },
  deadline: DEADLINE,
  'deadline-set': DEADLINE,
};

/**
 * A meeting or agreement that did not go ahead is told by the verbal noun of what became of it
 * around its own title: "Kerry–Lavrov talks in Geneva postponed" / "إرجاء محادثات كيري ولافروف في جنيف".
 * A kind with its own template for the status (a suspended ceasefire) uses that instead.
 */
export const STATUS_WRAPPERS: Readonly<Partial<Record<EventStatus, { en: string; ar: string }>>> = {
  postponed: { en: '{title} postponed', ar: 'إرجاء {title}' },
  cancelled: { en: '{title} cancelled', ar: 'إلغاء {title}' },
  suspended: { en: '{title} suspended', ar: 'تعليق {title}' },
};

/** English name of the two governments in an agreement's title; Arabic says it in the template ("أميركي – روسي"). */
export const GOVERNMENTS_EN = 'US–Russia';

/** Topic phrases: agreements read "agreement on …". */
export const TOPICS: Readonly<Record<string, { en: string; ar: string }>> = {
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

/** Topic phrases of deadlines: "Deadline for …". */
export const DEADLINE_TOPICS: Readonly<Record<string, { en: string; ar: string }>> = {
  constitution: { en: ' for a draft Syrian constitution', ar: ' لمشروع الدستور السوري' },
  elections: { en: ' for Syrian elections', ar: ' للانتخابات السورية' },
  transition: { en: ' for the political transition', ar: ' للانتقال السياسي' },
  talks: { en: ' for talks between the Syrian sides', ar: ' لبدء المفاوضات بين الأطراف السورية' },
  truce: { en: ' for the truce', ar: ' للهدنة' },
  ultimatum: { en: ' of an ultimatum', ar: ' لإنذار مشروط' },
};
