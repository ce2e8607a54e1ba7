/**
 * The shape of `events.json`: written by the pipeline in `scripts/`, read by the app in `src/`.
 * This module is the single definition both sides import; change it here or nowhere.
 */

export type EventType = 'meeting' | 'agreement' | 'ceasefire' | 'deadline';
export const EVENT_TYPES: readonly EventType[] = ['meeting', 'agreement', 'ceasefire', 'deadline'];

/** held: it happened as of the article. planned: in the article's future, or worded as intent. */
export type EventStatus = 'held' | 'planned';

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
}

export interface ArticleMeta {
  id: string;
  title?: string;
  outlet?: string;
  url?: string;
  published: IsoDate;
  publishedFrom: 'metadata' | 'url' | 'text';
  /** The article body (text after front matter) so the app can show it with excerpts highlighted. Optional for third-party files. */
  body?: string;
}

export interface GazetteerEntry extends Bilingual {
  /** Arabic spellings found in the wild (Levantine, Egyptian, Gulf), matched after folding. */
  variants?: string[];
  /** Short role, e.g. "US Secretary of State". */
  role?: Bilingual;
}

export interface EventsFile {
  articles: ArticleMeta[];
  events: TimelineEvent[];
  actors: Record<string, GazetteerEntry>;
  places: Record<string, GazetteerEntry>;
}
