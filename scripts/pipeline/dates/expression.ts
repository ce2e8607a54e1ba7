/**
 * What a date expression says, before any date is known (`Expression`), and where it stands in the
 * text with the context that decides how it resolves (`Found`). The recogniser makes these; the
 * resolver and the publication-window inference read them.
 */
import type { DurationUnit, Part, PeriodUnit, Relation, Side } from '../../tables/dates.ts';
import type { HOLIDAYS } from '../../tables/holidays.ts';

/** How a clause places what it reports: done, or still to come. */
export type Tense = 'past' | 'future';

/** A time of day the words give (`HH:MM`, 24-hour; "24:00" is the midnight that ends the day). */
interface TimeOfDay {
  time?: string;
  /** The time is the start of the day after the one named ("منتصف ليل الجمعة – السبت": Saturday 00:00). */
  nextDay?: boolean;
}

export type Expression =
  | ({ kind: 'relativeDay'; offset: number; weekday?: number; /** "اليوم التالي": the day after the one told before it, not tomorrow. */ following?: true } & TimeOfDay)
  | ({
    kind: 'weekday'; weekday: number; relation?: Relation;
    /** "يومي الأحد والاثنين": the span runs to the next such weekday. */
    lastWeekday?: number;
  } & TimeOfDay)
  | ({
    kind: 'calendarDate'; day: number; lastDay?: number; month: number;
    year?: number; yearShift?: number; relation?: Relation; weekday?: number;
    /** "اليوم الأحد 8 أيار 2016": the date is the publication day plus this many days. */
    offset?: number;
  } & TimeOfDay)
  /** "اليوم العاشر من الشهر": a day of the month named relative to the publication's. */
  | ({
    kind: 'dayOfRelativeMonth'; day: number; /** "يومي التاسع والعاشر من الشهر": the span's last day. */ lastDay?: number; weekday?: number; shift: number;
    /** "حتى 25 منه": of the month the sentence named before it; "العاشر من الشهر نفسه": of the last month told. */
    ofIt?: 'sentence' | 'text';
  } & TimeOfDay)
  /** An hour with no day of its own ("عند الساعة السابعة مساء"): the day it is said. */
  | {
    kind: 'time'; time?: string;
    /** Said as an adverb alone ("صباحا"), not as a clock time. */
    adverb?: true;
  }
  | { kind: 'month'; month: number; year?: number; yearShift?: number; relation?: Relation; part?: Part }
  | {
    kind: 'period'; unit: PeriodUnit; shift: number; part?: Part; stated: boolean;
    /** "في وقت لاحق من هذا الشهر": only the days after (or before) the publication date. */
    side?: Side;
    /** "منتصف الشهر ذاته": of the last date told before it. */
    ofIt?: 'text';
  }
  | { kind: 'year'; year: number; part?: Part }
  | {
    kind: 'within'; count: number; unit: DurationUnit; anchoredElsewhere: boolean;
    /** "مهلة 48 ساعة": the day the span runs out, not the whole span. */
    runsOut?: true;
    /** Given the day before publication ("منحت المجموعة أمس الأطراف مهلة أسبوع"): counted from that day. */
    givenYesterday?: true;
  }
  | { kind: 'ago'; count: number; unit: DurationUnit; anchoredElsewhere: boolean }
  | { kind: 'hijriDate'; day: number; month: number; year?: number }
  | {
    kind: 'hijriMonth'; month: number; year?: number; relation?: Relation; part?: Part;
    /** "مع حلول شهر رمضان": the month's first day. */
    arrival: boolean;
  }
  | {
    kind: 'holiday'; holiday: (typeof HOLIDAYS)[number]; dayOfHoliday?: number; relation?: Relation;
    /** "عشية عيد الميلاد": the day before. */
    eve: boolean;
  }
  /** "قريبا", "في وقت لاحق": a time the words leave open. Recognised so nothing inside is read as a day. */
  | { kind: 'vague' }
  /** Looks like a date and is not ("صلاة الجمعة"): wins its span so nothing shorter inside is tagged. */
  | { kind: 'notADate' };

export interface Found {
  start: number;
  end: number;
  expression: Expression;
  /** The expression is preceded by a limit word ("بحلول", "مهلة حتى") or is a "within" span. */
  deadline: boolean;
  /**
   * What its clause says of time: a future cue or a limit still ahead, or a past cue. Looked at
   * only where it can decide something (`dependsOnTense`); undefined elsewhere.
   */
  tense?: Tense;
  /** It stands inside quoted speech, where "today" is the speaker's day, not the article's. */
  quoted: boolean;
}

