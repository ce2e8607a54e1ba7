/**
 * The shape of `events.json`: written by the pipeline in `scripts/`, read by the app in `src/`.
 * This module is the single definition both sides import; change it here or nowhere.
 */

/**
 * meeting: talks, visits, conferences held in person. call: a phone call. statement: a press
 * conference, briefing or statement (a spokesman speaking is not a meeting). agreement: reached,
 * adopted or endorsed. ceasefire: one taking effect, extended, suspended or collapsing. deadline: a
 * limit set for something to happen.
 */
export type EventType = 'meeting' | 'agreement' | 'ceasefire' | 'deadline' | 'call' | 'statement';
export const EVENT_TYPES: readonly EventType[] = ['meeting', 'agreement', 'ceasefire', 'deadline', 'call', 'statement'];
/** Types a reader sees without asking: contacts that are not meetings are off until turned on. */
export const DEFAULT_TYPES: readonly EventType[] = ['meeting', 'agreement', 'ceasefire', 'deadline'];

/**
 * What the text says became of the event, as of the article that says it last:
 * held: it happened (a meeting, call or statement; a ceasefire that took effect, was extended or collapsed);
 * reached: an agreement made, adopted or endorsed; near: an agreement the parties are close to, not made;
 * planned: in the article's future, or worded as intent; postponed, cancelled, suspended: as they say.
 */
export type EventStatus = 'held' | 'reached' | 'near' | 'planned' | 'postponed' | 'cancelled' | 'suspended';
export const EVENT_STATUSES: readonly EventStatus[] = ['held', 'reached', 'near', 'planned', 'postponed', 'cancelled', 'suspended'];
/** Statuses of something that has not (yet) happened: drawn hollow. */
export const UNREALISED_STATUSES: readonly EventStatus[] = ['near', 'planned', 'postponed', 'cancelled', 'suspended'];

/** What the source pinned down: one day, two or more named days, a week, part of a month, a month, part of a year, a year. */
export const DATE_PRECISIONS = ['day', 'days', 'week', 'part-of-month', 'month', 'part-of-year', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface EventDate {
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  precision: DatePrecision;
  /** True when the date was inferred (from article context or an inferred publication date) rather than stated. */
  approximate: boolean;
  /** Local time of day the text gives (`HH:MM`, 24-hour; `24:00` is the midnight ending the day), e.g. a ceasefire taking effect at 19:00. */
  time?: string;
}

export interface Bilingual {
  ar: string;
  en: string;
}

/** A span of an article body in UTF-16 code units: `text === body.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Excerpt extends Span {
  /** Article id. */
  article: string;
  /** The date expression inside the body that dated this excerpt, if the sentence had one. */
  date?: Span;
  /** An editor's English translation of the excerpt (from the corrections file), shown as such. */
  translation?: string;
}

/** An earlier status of the event, as one article reported it ("announced 10 May"). */
export interface StatusReport {
  status: EventStatus;
  /** The day of that report: the article's publication date. */
  date: IsoDate;
  article: string;
}

/** A date some sources give that differs from the event's own ("one source says 14 Jul"). */
export interface DateVariant {
  date: EventDate;
  articles: string[];
}

/** Set when an editor's correction changed the event; `machine` is what extraction had said. */
export interface Correction {
  fields: string[];
  machine: Partial<Pick<TimelineEvent, 'type' | 'status' | 'date' | 'title' | 'actors' | 'places'>>;
  /** For an event added by hand without an excerpt: where it comes from. */
  source?: string;
}

export interface TimelineEvent {
  /** Stable across runs and across unrelated additions to the corpus; used in links (`?event=`). */
  id: string;
  type: EventType;
  status: EventStatus;
  date: EventDate;
  title: Bilingual;
  /** Keys into `EventsFile.actors`. */
  actors: string[];
  /** Keys into `EventsFile.places`. */
  places: string[];
  excerpts: Excerpt[];
  /** Earlier statuses, oldest first, when articles told the event at different stages. */
  history?: StatusReport[];
  /** Dates other sources give, with those sources; the event's own date is the best supported. */
  otherDates?: DateVariant[];
  corrected?: Correction;
}

/**
 * Where an article's publication date came from: its front matter, a date in its URL, or its text
 * (a dateline, a metadata line, or the dates it reports).
 */
export type PublishedFrom = 'metadata' | 'url' | 'text';
/** With `publishedFrom: 'text'`, which evidence in the text gave the date. */
export type PublishedEvidence = 'dateline' | 'metadata-line' | 'today' | 'weekday' | 'latest-event';

export interface ArticleMeta {
  id: string;
  title?: string;
  outlet?: string;
  url?: string;
  published: IsoDate;
  publishedFrom: PublishedFrom;
  publishedEvidence?: PublishedEvidence;
  /** The article body (text after front matter) so the app can show it with excerpts highlighted. Optional for third-party files. */
  body?: string;
}

export interface GazetteerEntry extends Bilingual {
  /** Arabic spellings found in the wild (Levantine, Egyptian, Gulf), matched after folding. */
  variants?: string[];
  /** English spellings in use besides `en` (transliterations, acronyms, common names), for search. */
  enVariants?: string[];
  /** Short role, e.g. "US Secretary of State". */
  role?: Bilingual;
}

export interface EventsFile {
  articles: ArticleMeta[];
  events: TimelineEvent[];
  actors: Record<string, GazetteerEntry>;
  places: Record<string, GazetteerEntry>;
}
