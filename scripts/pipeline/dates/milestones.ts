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
import { calendarOf, dayOf, dayOfIso, isoOf, weekdayOf, type Day } from '../calendar.ts';
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
/** Characters at most between a relative word standing before a name and the name, and between its verb and it. */
const MAX_PRECEDING_GAP = 30;
/** Days in a unit; hours ago are the same day. */
const UNIT_DAYS = { hour: 0, day: 1, week: 7, month: 30 } as const;
const WEEK = 7;

/**
 * A word with the clitics and article Arabic writes before it ("للمجموعة", "بالرياض", "ومؤتمر"),
 * and with `suffixes`, the pronouns after it ("لقائه", "استقبالهما").
 */
function wordPattern(spellings: string, suffixes = false): string {
  const alternatives = spellings.split('|').map((s) => escapeRegExp(foldArabic(s)).replace(/ +/g, '[^\\S\\n]+'));
  const after = suffixes ? '(?:ه|ها|هما|هم)?' : '';
  return `(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?(?:ال|ل)?)(?:${alternatives.join('|')})${after}(?![\\p{L}\\p{N}])`;
}

/**
 * Built on first use: a pattern with \p{L} costs V8 a look-up of the whole Unicode letter class,
 * and only an article dated from its text reads the milestones, so a build of dated articles and
 * every worker thread would pay it at start-up for nothing.
 */
let namePatterns: readonly { milestone: Milestone; pattern: RegExp; datedBy: RegExp }[] | undefined;
function milestonePatterns(): readonly { milestone: Milestone; pattern: RegExp; datedBy: RegExp }[] {
  namePatterns ??= MILESTONES.flatMap((milestone) =>
    milestone.names.map((stems) => ({
      milestone,
      pattern: new RegExp(stems.map((s) => wordPattern(s)).join(`[^.!?؟\\n]{1,${MAX_NAME_GAP}}?`), 'gu'),
      datedBy: new RegExp(wordPattern(milestone.datedBy, true), 'u'),
    })));
  return namePatterns;
}

const SENTENCE_ENDS = '.!?؟\n';
const SENTENCE_END = /[.!?؟\n]/;

interface Mention {
  milestone: Milestone;
  datedBy: RegExp;
  start: number;
  end: number;
}

function mentionsIn(folded: string): Mention[] {
  const mentions: Mention[] = [];
  for (const { milestone, pattern, datedBy } of milestonePatterns()) {
    for (const m of folded.matchAll(pattern)) mentions.push({ milestone, datedBy, start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

/** Index of the first expression (in text order) starting at or after `at`; `found.length` when none does. */
function firstFrom(found: readonly Found[], at: number): number {
  let [low, high] = [0, found.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (found[mid].start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The first date expression just after the name, in the same sentence, when a word of `datedBy`
 * stands between a little before the name and that expression; with none after it, the one just
 * before the name when a word of `datedBy` stands just before that; or null. A name with a date inside
 * it ("قال كيري أمس إن بوتين …", "بوتين مساء الخميس، عقد كيري يوم الجمعة") runs across clauses, so
 * no relative word is read for it; one after another milestone's name belongs to that one.
 */
function relativeWordOf(folded: string, mention: Mention, found: readonly Found[], mentions: readonly Mention[]): Found | null {
  if (ORIGIN_BEFORE.test(folded.slice(Math.max(0, mention.start - 24), mention.start))) return null;
  const at = firstFrom(found, mention.start);
  const previous = at > 0 ? found[at - 1] : undefined;
  if ((at < found.length && found[at].start < mention.end) || (previous && previous.end > mention.start)) return null;
  const usable = (f: Found | undefined, from: number, to: number): f is Found =>
    f !== undefined && !f.quoted && !f.deadline && !SENTENCE_END.test(folded.slice(from, to))
    && !mentions.some((m) => m !== mention && m.start >= from && m.end <= to);
  const after = found[firstFrom(found, mention.end)];
  const next = after && after.start - mention.end <= MAX_RELATIVE_GAP ? after : undefined;
  if (usable(next, mention.end, next?.start ?? 0)) {
    const before = folded.slice(Math.max(0, mention.start - MAX_NAME_GAP), mention.start);
    const sentenceStart = Math.max(...[...SENTENCE_ENDS].map((c) => before.lastIndexOf(c))) + 1;
    return mention.datedBy.test(before.slice(sentenceStart) + ' ' + folded.slice(mention.start, next.end)) ? next : null;
  }
  // "صوت مجلس الأمن أمس على القرار 2254": the word after the verb that governs the name, before it,
  // unless it follows another name already ("ناقش كيري مع بوتين أمس سبل تطبيق بنود فيينا").
  if (next !== undefined || !previous || mention.start - previous.end > MAX_PRECEDING_GAP || !usable(previous, previous.end, mention.start)) return null;
  if (mentions.some((m) => m.end <= previous.start && previous.start - m.end <= MAX_RELATIVE_GAP && !SENTENCE_END.test(folded.slice(m.end, previous.start)))) return null;
  return mention.datedBy.test(folded.slice(Math.max(0, previous.start - MAX_PRECEDING_GAP), previous.start)) ? previous : null;
}

/**
 * A name told as where something came from ("الهيئة العليا للمفاوضات، المنبثقة عن مؤتمر الرياض،
 * أول من أمس الخميس") describes it: the relative word after dates what that body did. Folded.
 */
const ORIGIN_BEFORE = /(?:المنبثق|المنبثقه|المنبثقين|الناتج|الناتجه|المنبثقتين|انبثق|انبثقت) (?:عن|من) $/;

/**
 * Publication days, as [first, last] spans, that one occurrence and the relative word allow, with
 * the likeliest day of each. "منذ شهر" counts only from a state that lasts (`lasting`): since a
 * meeting, it counts something else.
 */
function spansFor(first: Day, last: Day, f: Found, lasting: boolean): { from: Day; to: Day; likeliest: Day | null }[] | null {
  const e = f.expression;
  const days = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  // "منتصف ليل الجمعة – السبت" names the Saturday it begins.
  const shift = 'nextDay' in e && e.nextDay === true ? 1 : 0;
  if (e.kind === 'relativeDay') {
    return days
      .filter((d) => e.weekday === undefined || weekdayOf(d) === (e.weekday + shift) % WEEK)
      .map((d) => ({ from: d - e.offset - shift, to: d - e.offset - shift, likeliest: d - e.offset - shift }));
  }
  if (e.kind === 'weekday' && e.lastWeekday === undefined) {
    return days.filter((d) => weekdayOf(d) === (e.weekday + shift) % WEEK).map((d) => {
      if (e.relation === 'past') return { from: d + 1, to: d + WEEK, likeliest: d + 1 };
      if (e.relation === 'next') return { from: d - WEEK, to: d - 1, likeliest: d - 1 };
      // A bare weekday is within a week of the day it is said, on the side its tense gives.
      if (e.relation === undefined && f.tense === 'future') return { from: d - WEEK + 1, to: d, likeliest: d - 1 };
      if (e.relation === undefined && f.tense === 'past') return { from: d, to: d + WEEK - 1, likeliest: d };
      return { from: d - WEEK + 1, to: d + WEEK - 1, likeliest: d };
    });
  }
  if (e.kind === 'period' && e.part === undefined && e.side === undefined && e.unit === 'week') {
    // "الأسبوع الماضي": weeks start on Saturday, Sunday or Monday by country, so a week either side.
    return [{ from: first - e.shift * WEEK - (WEEK - 1), to: last - e.shift * WEEK + (WEEK - 1), likeliest: first - e.shift * WEEK }];
  }
  if (e.kind === 'period' && e.part === undefined && e.side === undefined && e.unit === 'month') {
    // "الشهر الماضي": published in the month after the one it happened in.
    const at = calendarOf(first);
    return [{ from: dayOf(at.year, at.month - e.shift, 1), to: dayOf(at.year, at.month - e.shift + 1, 0), likeliest: null }];
  }
  if (e.kind === 'ago' && !e.anchoredElsewhere && lasting) {
    const unit = UNIT_DAYS[e.unit];
    const centre = first + e.count * unit;
    return [{ from: centre - Math.ceil(unit / 2), to: centre + Math.ceil(unit / 2), likeliest: centre }];
  }
  return null;
}

/** The kinds of relative word `spansFor` reads, as the evidence words them. */
const READS_AS: Partial<Record<Found['expression']['kind'], string>> = {
  relativeDay: 'on the day the relative word names',
  weekday: 'within the week the weekday names',
  period: 'in the week or month the words name',
  ago: 'about as long after it as the text says',
};

/**
 * What each milestone named in the text allows of its publication day. `original`: the words of a
 * folded span as the text writes them, for the evidence.
 */
export function milestoneConstraints(folded: string, found: readonly Found[], original: (span: { start: number; end: number }) => string): DayConstraint[] {
  const constraints: DayConstraint[] = [];
  const mentions = mentionsIn(folded);
  for (const mention of mentions) {
    const { milestone } = mention;
    const quote = original(mention);
    const relative = relativeWordOf(folded, mention, found, mentions);
    const lasting = milestone.lasting === true;
    const perOccurrence = relative === null ? [] : milestone.occurrences.map((o) => spansFor(dayOfIso(o.first), dayOfIso(o.last), relative, lasting));
    // null: a relative word it cannot read ("العام الماضي"), so the name stands bare.
    const spans = perOccurrence.flatMap((p) => p ?? []);
    if (relative !== null && perOccurrence.some((p) => p !== null)) {
      const words = original(relative);
      const allowed = spans.map((s) => `${isoOf(s.from)}…${isoOf(s.to)}`).join(' or ') || 'no day';
      constraints.push({
        evidence: `"${quote} … ${words}" (${milestone.name}): published ${READS_AS[relative.expression.kind]}, ${allowed}`,
        allows: (day) => spans.some((s) => day >= s.from && day <= s.to),
        preferred: spans.flatMap((s) => (s.likeliest === null ? [] : [s.likeliest])),
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
