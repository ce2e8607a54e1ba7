/**
 * What the talks' public milestones named in an article say of the day it was written. Takes the
 * folded text and its date expressions; gives, per milestone named, the days of publication it
 * allows and the days it makes most likely.
 *
 * A relative word beside the name places the article against the milestone: "مؤتمر الرياض الخميس
 * الماضي" was written within the week after that Thursday, "اجتماع المجموعة الدولية لدعم سوريا
 * الجمعة المقبل" within the week before that Friday, "التقى كيري بوتين أمس" the day after, "الهدنة
 * في سوريا السارية منذ شهر" about a month after the truce began. A name shared by several meetings
 * allows the days each of them allows; the other evidence of the text picks among them. A bare
 * name bounds the date from below only where the table says when the name came into use.
 *
 * Deliberately not done: guessing which meeting a generic word means ("الاجتماع", "الهدنة" alone),
 * or reading quoted speech's relative words, whose day is the speaker's.
 */
import { foldArabic } from '../../../src/lib/arabic.ts';
import { MILESTONES, type Milestone } from '../../tables/milestones.ts';
import { dayOfIso, isoOf, weekdayOf, type Day } from '../calendar.ts';
import { escapeRegExp } from '../words.ts';
import type { Found } from './expression.ts';

/** Days of publication a piece of evidence allows, and those it makes most likely (empty: no preference). */
export interface DayConstraint {
  evidence: string;
  allows(day: Day): boolean;
  preferred: readonly Day[];
}

/** Characters at most between two words of a name, and between a name and its relative word. */
const MAX_NAME_GAP = 60;
const MAX_RELATIVE_GAP = 80;
/** Days in one unit of "منذ شهر"; the count is read as give or take half a unit. */
const UNIT_DAYS = { day: 1, week: 7, month: 30 } as const;
const WEEK = 7;

/** A stem with the clitics and article Arabic writes before it ("للمجموعة", "بالرياض", "ومؤتمر"). */
function stemPattern(spellings: string): string {
  const alternatives = spellings.split('|').map((s) => escapeRegExp(foldArabic(s)).replace(/ +/g, '[^\\S\\n]+'));
  return `(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?(?:ال|ل)?)(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

const NAME_PATTERNS: readonly { milestone: Milestone; pattern: RegExp }[] = MILESTONES.flatMap((milestone) =>
  milestone.names.map((stems) => ({
    milestone,
    pattern: new RegExp(stems.map(stemPattern).join(`[^.!?؟\\n]{1,${MAX_NAME_GAP}}?`), 'gu'),
  })));

const SENTENCE_END = /[.!?؟\n]/;

interface Mention {
  milestone: Milestone;
  start: number;
  end: number;
}

function mentionsIn(folded: string): Mention[] {
  const mentions: Mention[] = [];
  for (const { milestone, pattern } of NAME_PATTERNS) {
    for (const m of folded.matchAll(pattern)) mentions.push({ milestone, start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

/** The first date expression inside the name or just after it, in the same sentence, or null. */
function relativeWordOf(folded: string, mention: Mention, found: readonly Found[]): Found | null {
  const next = found.find((f) => f.start >= mention.start && f.start - mention.end <= MAX_RELATIVE_GAP);
  if (!next || SENTENCE_END.test(folded.slice(mention.end, Math.max(mention.end, next.start)))) return null;
  return next.quoted || next.deadline ? null : next;
}

/** Publication days, as [first, last] spans, that one occurrence and the relative word allow, with the likeliest day of each. */
function spansFor(first: Day, last: Day, f: Found): { from: Day; to: Day; likeliest: Day }[] {
  const e = f.expression;
  const days = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  if (e.kind === 'relativeDay') {
    return days
      .filter((d) => e.weekday === undefined || weekdayOf(d) === e.weekday)
      .map((d) => ({ from: d - e.offset, to: d - e.offset, likeliest: d - e.offset }));
  }
  if (e.kind === 'weekday' && e.lastWeekday === undefined) {
    return days.filter((d) => weekdayOf(d) === e.weekday).map((d) =>
      e.relation === 'past' ? { from: d + 1, to: d + WEEK, likeliest: d + 1 }
        : e.relation === 'next' ? { from: d - WEEK, to: d - 1, likeliest: d - 1 }
          : { from: d - WEEK + 1, to: d + WEEK - 1, likeliest: d });
  }
  if (e.kind === 'ago' && !e.anchoredElsewhere) {
    const unit = UNIT_DAYS[e.unit];
    const centre = first + e.count * unit;
    return [{ from: centre - Math.ceil(unit / 2), to: centre + Math.ceil(unit / 2), likeliest: centre }];
  }
  return [];
}

const READS_AS: Partial<Record<Found['expression']['kind'], string>> = {
  relativeDay: 'on the day the relative word names',
  weekday: 'within the week the weekday names',
  ago: 'about as long after it as the text says',
};

/**
 * What each milestone named in the text allows of its publication day. `original`: the words of a
 * folded span as the text writes them, for the evidence.
 */
export function milestoneConstraints(folded: string, found: readonly Found[], original: (span: { start: number; end: number }) => string): DayConstraint[] {
  const constraints: DayConstraint[] = [];
  for (const mention of mentionsIn(folded)) {
    const { milestone } = mention;
    const quote = original(mention);
    const relative = relativeWordOf(folded, mention, found);
    const spans = relative === null ? [] : milestone.occurrences.flatMap((o) => spansFor(dayOfIso(o.first), dayOfIso(o.last), relative));
    if (relative !== null && READS_AS[relative.expression.kind] !== undefined) {
      const words = original(relative);
      const allowed = spans.map((s) => `${isoOf(s.from)}…${isoOf(s.to)}`).join(' or ') || 'no day';
      constraints.push({
        evidence: `"${quote} … ${words}" (${milestone.name}): published ${READS_AS[relative.expression.kind]}, ${allowed}`,
        allows: (day) => spans.some((s) => day >= s.from && day <= s.to),
        preferred: spans.map((s) => s.likeliest),
      });
    } else if (milestone.namedFrom !== undefined) {
      const from = dayOfIso(milestone.namedFrom);
      constraints.push({
        evidence: `"${quote}" (${milestone.name}): published on or after ${milestone.namedFrom}`,
        allows: (day) => day >= from,
        preferred: [],
      });
    }
  }
  return constraints;
}
