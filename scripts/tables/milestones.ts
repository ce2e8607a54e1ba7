/**
 * Public milestones of the 2015–2016 Syria talks, with the days they happened, for dating an
 * article that names no year: a text that calls one "مؤتمر الرياض الخميس الماضي" or "القرار 2254"
 * was written after it, and a relative word beside the name says how long after. Each date was
 * checked against the public record (UN, State Department and agency reports of the day).
 *
 * A name is a list of word stems that must stand in this order in one sentence, each written in
 * ordinary spelling (the matcher folds them and lets the article and clitics "وبلل" stand before a
 * stem); `|` separates spellings of one word. Names are chosen so they cannot mean anything else in
 * news about Syria: "مؤتمر الرياض", not "اجتماع الرياض", which is any meeting held in Riyadh.
 *
 * `datedBy`: words of which one must stand near the name for a relative word beside it to date the
 * milestone itself ("اجتماع المجموعة … الجمعة المقبل", "صوت المجلس أمس على القرار 2254"), and not something
 * said about it on another day ("دعا أمس إلى تطبيق القرار 2254" dates the call, not the vote).
 *
 * `namedFrom`: the first day the name can be written at all (the resolution has its number only once
 * adopted), so a bare mention, with no relative word, still bounds the date from below. Left out
 * where the words also name older things (a truce, a conference in Riyadh on Yemen).
 *
 * Takes nothing, gives `const` data. Deliberately not here: matching (dates/milestones.ts).
 */
import type { IsoDate } from '../../src/lib/types.ts';

export interface Milestone {
  /** English name, for the evidence a warning lists. */
  name: string;
  names: readonly (readonly string[])[];
  datedBy: string;
  /** Each time it happened, first and last day: a name shared by several meetings lists them all. */
  occurrences: readonly { first: IsoDate; last: IsoDate }[];
  /** A state that lasts from its first day (a truce in force), so "منذ شهر" beside it counts from then. */
  lasting?: true;
  namedFrom?: IsoDate;
}

/** A meeting held, or to be held, in the words of several outlets. */
const MEETING_WORDS = 'اجتماع|اجتماعات|مؤتمر|لقاء|لقائ|التقى|التقيا|يلتقي|يلتقيان|اجتمع|اجتمعوا|يجتمع|تجتمع|ستجتمع|استقبل|يستقبل|استقبال|'
  + 'محادثات|مباحثات|بحث|بحثا|ناقش|ناقشا|تباحث|تباحثا|قمة|زيارة|وزراء|اختتم|اختتام|انعقاد|عقد|يعقد|تعقد';
/** A resolution adopted: the vote, not what is said of it later ("أعلن أن القرار …"). */
const VOTE_WORDS = 'تبنى|تبني|اعتمد|اعتماد|أقر|إقرار|صوت|تصويت|صدر|صدور|أصدر|إصدار';
/** A statement or agreement issued. */
const STATEMENT_WORDS = `${VOTE_WORDS}|أعلن|إعلان|توصل|التوصل|اتفق|اتفقت|اتفقوا`;
/** A truce in force and how long it has lasted. */
const IN_FORCE_WORDS = 'سارية|الساري|المستمرة|المستمر|صامدة|صامد|سريان|دخول|دخلت|دخل|بدء|بدأ|بدأت|المعمول';

export const MILESTONES: readonly Milestone[] = [
  // Security Council resolutions on Syria, by number: each has its number only from the day it was adopted.
  ...([
    ['2118', '2013-09-27', 'the chemical weapons framework'],
    ['2254', '2015-12-18', 'the road map for the talks'],
    ['2268', '2016-02-26', 'endorsing the cessation of hostilities'],
    ['2336', '2016-12-31', 'welcoming the Russian–Turkish ceasefire and the Astana talks'],
  ] as const).map(([number, adopted, subject]): Milestone => ({
    name: `UN Security Council resolution ${number} (${subject})`,
    names: [['قرار', number]],
    datedBy: VOTE_WORDS,
    occurrences: [{ first: adopted, last: adopted }],
    namedFrom: adopted,
  })),
  {
    // Vienna 30 October and 14 November 2015 (where the group took its name), New York 18 December
    // 2015, Munich 11 February 2016, Vienna 17 May 2016, New York 20 and 22 September 2016.
    name: 'a meeting of the International Syria Support Group',
    names: [['مجموعة', 'دعم', 'سوريا|سورية']],
    datedBy: MEETING_WORDS,
    occurrences: [
      { first: '2015-10-30', last: '2015-10-30' },
      { first: '2015-11-14', last: '2015-11-14' },
      { first: '2015-12-18', last: '2015-12-18' },
      { first: '2016-02-11', last: '2016-02-12' },
      { first: '2016-05-17', last: '2016-05-17' },
      { first: '2016-09-20', last: '2016-09-20' },
      { first: '2016-09-22', last: '2016-09-22' },
    ],
    namedFrom: '2015-10-30',
  },
  {
    name: 'the Vienna statements (30 October and 14 November 2015)',
    names: [['بنود|بيان|بياني|مقررات|مسار', 'فيينا']],
    datedBy: `${MEETING_WORDS}|${STATEMENT_WORDS}`,
    occurrences: [{ first: '2015-10-30', last: '2015-10-30' }, { first: '2015-11-14', last: '2015-11-14' }],
    namedFrom: '2015-10-30',
  },
  {
    // The first brought the opposition together on 9–10 December 2015; "Riyadh 2" met 22–24 November 2017.
    name: 'the Syrian opposition conference in Riyadh',
    names: [['مؤتمر', 'الرياض']],
    datedBy: MEETING_WORDS,
    occurrences: [{ first: '2015-12-09', last: '2015-12-10' }, { first: '2017-11-22', last: '2017-11-24' }],
  },
  {
    name: 'the ISSG statement in Munich (11–12 February 2016)',
    names: [['بيان|اتفاق|تفاهمات', 'ميونيخ|ميونخ']],
    datedBy: STATEMENT_WORDS,
    occurrences: [{ first: '2016-02-11', last: '2016-02-12' }],
    namedFrom: '2016-02-11',
  },
  {
    // The UN's rounds of 2016 between the government and the opposition: 29 January – 3 February
    // (suspended), 9–24 March (talks proper from the 14th), 13–27 April.
    name: 'a round of the Geneva III talks',
    names: [['جنيف 3|جنيف-3|جنيف الثالث|جنيف ٣']],
    datedBy: `${MEETING_WORDS}|مفاوضات|جولة|انطلاق|انطلقت|استئناف|استؤنفت`,
    occurrences: [
      { first: '2016-01-29', last: '2016-02-03' },
      { first: '2016-03-09', last: '2016-03-24' },
      { first: '2016-04-13', last: '2016-04-27' },
    ],
  },
  {
    // In force from midnight of 26–27 February 2016; the Kerry–Lavrov plan revived it at sundown on 12
    // September 2016; the nationwide ceasefire of Russia and Turkey began at midnight on 29–30 December 2016.
    name: 'the nationwide truce in Syria',
    names: [
      ['وقف', 'الأعمال العدائية|الأعمال القتالية|أعمال القتال'],
      ['الهدنة|وقف إطلاق النار', 'في', 'سوريا|سورية'],
    ],
    datedBy: IN_FORCE_WORDS,
    lasting: true,
    occurrences: [
      { first: '2016-02-27', last: '2016-02-27' },
      { first: '2016-09-12', last: '2016-09-12' },
      { first: '2016-12-30', last: '2016-12-30' },
    ],
  },
  {
    // Sochi 12 May 2015, the Kremlin 15 December 2015, 24 March 2016 and 14 July 2016 (that evening's
    // talks ran past midnight).
    name: 'a meeting of Kerry and Putin',
    names: [['كيري', 'بوتين'], ['بوتين', 'كيري']],
    datedBy: MEETING_WORDS,
    occurrences: [
      { first: '2015-05-12', last: '2015-05-12' },
      { first: '2015-12-15', last: '2015-12-15' },
      { first: '2016-03-24', last: '2016-03-24' },
      { first: '2016-07-14', last: '2016-07-15' },
    ],
  },
];
