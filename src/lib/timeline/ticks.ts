/**
 * Axis ticks for a time domain: the finest calendar unit that leaves room for its labels, with the
 * next larger unit written underneath only where it changes (and on the first tick), as Observable
 * Plot's time axis does — "15 · 16 · 17" over "Jul 2016" once, not "15 Jul 2016" on every tick.
 * Pure: takes a domain in ms and a width, returns tick times and strings; the caller positions them.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { dateFormat } from '../format.ts';
import type { Lang } from '../url-state.ts';
import { DAY_MS, type Domain } from './scales.ts';

export interface AxisTick {
  t: number;
  /** The tick's own unit: day number, month name or year. */
  label: string;
  /** The larger unit, only where it differs from the previous tick's. */
  sub: string | null;
}

type Unit = 'day' | 'month' | 'year';

interface Level {
  unit: Unit;
  interval: TimeInterval | CountableTimeInterval;
  /** Typical gap between ticks, to estimate pixel spacing. */
  ms: number;
}

const every = (interval: CountableTimeInterval, step: number): TimeInterval => interval.every(step) ?? interval;

/** Finest first. The week level uses Mondays so its ticks stay evenly spaced across month ends. */
const LEVELS: readonly Level[] = [
  { unit: 'day', interval: utcDay, ms: DAY_MS },
  { unit: 'day', interval: every(utcDay, 2), ms: 2 * DAY_MS },
  { unit: 'day', interval: utcMonday, ms: 7 * DAY_MS },
  { unit: 'month', interval: utcMonth, ms: 30.4 * DAY_MS },
  { unit: 'month', interval: every(utcMonth, 3), ms: 91 * DAY_MS },
  { unit: 'month', interval: every(utcMonth, 6), ms: 182 * DAY_MS },
  { unit: 'year', interval: utcYear, ms: 365 * DAY_MS },
  { unit: 'year', interval: every(utcYear, 2), ms: 730 * DAY_MS },
  { unit: 'year', interval: every(utcYear, 5), ms: 1826 * DAY_MS },
  { unit: 'year', interval: every(utcYear, 10), ms: 3652 * DAY_MS },
];

/** Room a label needs, in pixels; Arabic month names are long ("ديسمبر") and shown in full. */
const MIN_PX: Record<Lang, Record<Unit, number>> = {
  en: { day: 28, month: 44, year: 44 },
  ar: { day: 28, month: 64, year: 44 },
};

const LABEL: Record<Unit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

/** The level chosen for a domain and width (exported for tests). */
export function tickLevel(domain: Domain, width: number, lang: Lang): Level {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, width);
  return LEVELS.find((l) => l.ms / msPerPx >= MIN_PX[lang][l.unit]) ?? LEVELS[LEVELS.length - 1];
}

export function timeTicks(domain: Domain, width: number, lang: Lang): AxisTick[] {
  const level = tickLevel(domain, width, lang);
  const dates = level.interval.range(new Date(domain[0]), new Date(domain[1]));
  const label = dateFormat(lang, LABEL[level.unit]);
  const monthYear = dateFormat(lang, { month: 'short', year: 'numeric' });
  const month = dateFormat(lang, { month: 'short' });
  const year = dateFormat(lang, { year: 'numeric' });
  const ticks: AxisTick[] = [];
  let prev: Date | null = null;
  for (const d of dates) {
    let sub: string | null = null;
    const yearChanged = !prev || prev.getUTCFullYear() !== d.getUTCFullYear();
    if (level.unit === 'day' && (yearChanged || prev!.getUTCMonth() !== d.getUTCMonth())) {
      sub = (yearChanged ? monthYear : month).format(d);
    } else if (level.unit === 'month' && yearChanged) {
      sub = year.format(d);
    }
    ticks.push({ t: d.getTime(), label: label.format(d), sub });
    prev = d;
  }
  return ticks;
}
