/**
 * Types passed between the pipeline's stages (read → decode → front matter → publication date →
 * segment → drop noise → tag dates → detect events → merge → ids and titles → write).
 * The output contract itself is `src/lib/types.ts`.
 */
import type { DatePrecision, IsoDate, PublishedEvidence } from '../../src/lib/types.ts';

/** A problem tied to one file. Errors stop the write; warnings are reported and the run goes on. */
export interface Diagnostic {
  file: string;
  level: 'error' | 'warning';
  message: string;
}

export interface ArticleMetadata {
  published?: string;
  title?: string;
  outlet?: string;
  url?: string;
  language?: string;
}

/** One article after reading, decoding and front matter, before any language work. */
export interface LoadedArticle {
  /** File name without extension. */
  id: string;
  /** Path as given on the command line, for messages. */
  file: string;
  /** Text after the front matter, line endings as in the file. All offsets point into this. */
  body: string;
  meta: ArticleMetadata;
  published: IsoDate;
  publishedFrom: 'metadata' | 'url' | 'text';
  /** Set when `publishedFrom === 'text'`: every date the text allows; `published` is a date inside it. */
  publishedWindow?: { earliest: IsoDate; latest: IsoDate };
  /** Set when `publishedFrom === 'text'`: which evidence in the text gave the date (ArticleMeta's field of the same name). */
  publishedEvidence?: PublishedEvidence;
}

/** What the publication date is known to be while dates are resolved. */
export interface DateContext {
  published: IsoDate;
}

export interface ResolvedDate {
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  precision: DatePrecision;
}

/** A date expression found in a text. Offsets are into the string given to the tagger. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** null: recognised as a date expression but not resolvable (e.g. "خلال خمسة أيام من تشكيل المجموعة"). */
  value: ResolvedDate | null;
  /** The expression is a limit ("بحلول آب", "خلال أسبوعين"), not the day something happens. */
  deadline: boolean;
  /** The value relies on a guess (bare weekday direction, relative part of a month without a year). */
  approximate: boolean;
  /** Local time of day the text gives (`HH:MM`, 24-hour; "24:00" is the midnight ending `value.end`). */
  time?: string;
}

/** Evidence about the publication date from the text alone, for articles without metadata or a dated URL. */
export interface PublicationWindow {
  earliest: IsoDate;
  latest: IsoDate;
  /** Human-readable reasons, for the warning. */
  evidence: string[];
  /** The most likely day inside the window. */
  published: IsoDate;
  /** Which kind of evidence gave it, strongest first: a dateline, a metadata line, a full date with "اليوم"/"أمس", a weekday with a day and month, the latest past event. */
  kind: PublishedEvidence;
}

/** Inclusive calendar years. */
export interface YearSpan {
  first: number;
  last: number;
}

/** Per-article counts for the report. */
export interface ArticleReport {
  id: string;
  events: number;
  dates: number;
  /** Share of the body (0–1) in noise lines (captions, read-also, comments…), which never source an event. */
  noise: number;
  unresolved: string[];
  warnings: string[];
}
