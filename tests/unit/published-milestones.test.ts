/**
 * The publication date of a text that names no year: the talks' milestones it names with a
 * relative word, English captions and labelled English date lines, dates still ahead, and the
 * weekday that pins a day and month to one year; and the texts that must stay undatable because
 * what they say fits more than one short window. Every passage is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isoOf } from '../../scripts/pipeline/calendar.ts';
import { inferPublicationDate } from '../../scripts/pipeline/dates.ts';
import { latinDates } from '../../scripts/pipeline/dates/latin-dates.ts';

type Expected = { published: string; earliest: string; latest: string; kind?: string } | null;

const rows: { why: string; body: string; expected: Expected }[] = [
  // A milestone with a relative word beside it.
  {
    why: 'the Riyadh conference "last Thursday" and the support group "next Friday" leave the week between them',
    body: 'قال دبلوماسيون إن مقررات مؤتمر الرياض الخميس الماضي ستطرح على اجتماع المجموعة الدولية لدعم سوريا في نيويورك الجمعة المقبل.',
    expected: { published: '2015-12-11', earliest: '2015-12-11', latest: '2015-12-17', kind: 'latest-event' },
  },
  {
    why: 'Kerry received by Putin "yesterday", days after the Riyadh conference: the one meeting that fits',
    body: 'استقبل بوتين كيري في الكرملين أمس، بعد أيام من انفضاض مؤتمر الرياض الخميس الماضي.',
    expected: { published: '2015-12-16', earliest: '2015-12-16', latest: '2015-12-16', kind: 'latest-event' },
  },
  {
    why: 'a conference named as where a body came from does not take the day of what the body did',
    body: 'تبنى مجلس الأمن القرار 2254 مساء أمس الجمعة. وانتخبت الهيئة العليا للمفاوضات، المنبثقة عن مؤتمر الرياض، أول من أمس الخميس منسقها العام.',
    expected: { published: '2015-12-19', earliest: '2015-12-19', latest: '2015-12-19', kind: 'latest-event' },
  },
  {
    why: 'Kerry and Putin "yesterday, Thursday" and the truce "a month old" agree on one day only',
    body: 'قال كيري بعد لقائه بوتين أمس الخميس إن الهدنة في سوريا المستمرة منذ شهر صامدة إلى حد بعيد.',
    expected: { published: '2016-03-25', earliest: '2016-03-25', latest: '2016-03-25', kind: 'latest-event' },
  },
  {
    why: 'a truce two weeks old, said on a Monday in March',
    body: 'أكد المبعوث أمس الأحد أن وقف الأعمال العدائية الساري منذ أسبوعين صامد، وأن المفاوضات تستأنف في آذار الجاري.',
    expected: { published: '2016-03-14', earliest: '2016-03-14', latest: '2016-03-14', kind: 'latest-event' },
  },
  {
    why: 'Kerry and Putin "yesterday" in a July the text calls current: the talks ran past midnight, so two days',
    body: 'بحث كيري مع بوتين أمس في موسكو مقترحا للتنسيق العسكري، على أن تتضح النتائج قبل نهاية تموز الجاري.',
    expected: { published: '2016-07-15', earliest: '2016-07-15', latest: '2016-07-16', kind: 'latest-event' },
  },
  {
    why: 'Kerry and Putin "yesterday, Tuesday" after the Vienna statements: December 2015, not May',
    body: 'ناقش كيري مع بوتين أمس الثلاثاء سبل تطبيق بنود فيينا في سوريا.',
    expected: { published: '2015-12-16', earliest: '2015-12-16', latest: '2015-12-16', kind: 'latest-event' },
  },
  {
    why: 'the support group "next Friday" in a December the text calls current',
    body: 'يستعد الوزراء لاجتماع المجموعة الدولية لدعم سوريا الجمعة المقبل، في ثالث لقاء لهم خلال كانون الأول الجاري.',
    expected: { published: '2015-12-17', earliest: '2015-12-11', latest: '2015-12-17', kind: 'latest-event' },
  },
  {
    why: 'resolution 2254 already adopted rules out the first Riyadh conference: the second one',
    body: 'شدد المشاركون في مؤتمر الرياض الخميس الماضي على أن القرار 2254 يبقى أساس أي تسوية.',
    expected: { published: '2017-11-24', earliest: '2017-11-24', latest: '2017-11-30', kind: 'latest-event' },
  },
  {
    why: 'the Riyadh conference closed "yesterday" in a November the text calls current',
    body: 'اختتم مؤتمر الرياض أعماله أمس بالاتفاق على وفد موحد، قبل جولة جنيف المقررة أواخر تشرين الثاني الجاري.',
    expected: { published: '2017-11-23', earliest: '2017-11-23', latest: '2017-11-25', kind: 'latest-event' },
  },
  {
    why: 'the Riyadh conference "last week", said on a Monday, with elections still ahead by mid-2017',
    body: 'أكد معارضون أمس الأحد أن ما خرج به مؤتمر الرياض الأسبوع الماضي سيطرح في جنيف، على أن تجرى انتخابات بحلول منتصف عام 2017.',
    expected: { published: '2015-12-14', earliest: '2015-12-14', latest: '2015-12-21', kind: 'latest-event' },
  },
  {
    why: 'the Geneva III talks opened "yesterday, Friday" in a January the text calls current',
    body: 'انطلقت مفاوضات جنيف 3 أمس الجمعة وسط غياب وفد المعارضة، على أن تستمر حتى أواخر كانون الثاني الجاري.',
    expected: { published: '2016-01-30', earliest: '2016-01-30', latest: '2016-01-30', kind: 'latest-event' },
  },
  {
    why: 'resolution 2254 adopted "yesterday"',
    body: 'تبنى مجلس الأمن الدولي القرار 2254 أمس بإجماع أعضائه الخمسة عشر.',
    expected: { published: '2015-12-19', earliest: '2015-12-19', latest: '2015-12-19', kind: 'latest-event' },
  },
  {
    why: 'resolution 2268 adopted "yesterday, Friday", an hour before the truce began',
    body: 'صوت مجلس الأمن أمس الجمعة بالإجماع على القرار رقم 2268 الذي يدعم وقف الأعمال العدائية في سوريا.',
    expected: { published: '2016-02-27', earliest: '2016-02-27', latest: '2016-02-27', kind: 'latest-event' },
  },
  // English lines: a caption bounds from below, a labelled line is the page's date.
  {
    why: 'a caption of an older photo, "yesterday, Sunday", a round still ahead this month and elections ahead by mid-2017',
    body: 'Foreign ministers arrive for talks in Geneva, Friday, Sept. 9, 2016. (AP Photo)\n'
      + 'قال دبلوماسي أمس الأحد إن الجولة المقبلة من المحادثات ستعقد يومي 5 و6 تشرين الأول الجاري، على أن تجرى انتخابات بحلول منتصف عام 2017.',
    expected: { published: '2016-10-03', earliest: '2016-10-03', latest: '2016-10-03', kind: 'latest-event' },
  },
  {
    why: 'an English line labelled as the publication date',
    body: 'Published: 12 February 2016\nأعلنت الدول الكبرى اتفاقا على وقف الأعمال العدائية خلال أسبوع.',
    expected: { published: '2016-02-12', earliest: '2016-02-12', latest: '2016-02-12', kind: 'metadata-line' },
  },
  {
    why: 'a labelled English line with a weekday',
    body: 'Posted Monday, 22 February 2016 21:40\nاتفقت واشنطن وموسكو على شروط الهدنة.',
    expected: { published: '2016-02-22', earliest: '2016-02-22', latest: '2016-02-22', kind: 'metadata-line' },
  },
  {
    why: 'an Arabic dateline wins over a labelled English line; the page may carry the next day',
    body: 'Updated: March 1, 2016\nجنيف - 29 شباط 2016 (أ ف ب) - بحث المبعوث مع الوفود تثبيت الهدنة.',
    expected: { published: '2016-02-29', earliest: '2016-02-29', latest: '2016-03-01', kind: 'dateline' },
  },
  // Dates still ahead.
  {
    why: 'a resolution already adopted and talks still ahead on a dated day: the days between',
    body: 'قال المبعوث الخاص إن المحادثات التي دعا إليها القرار 2254 ستنطلق في 4 كانون الثاني 2016 في جنيف.',
    expected: { published: '2016-01-03', earliest: '2015-12-18', latest: '2016-01-04', kind: 'latest-event' },
  },
  // A weekday beside a day and month pins the year.
  {
    why: 'Tuesday 15 December is 2015 among 2014–2018',
    body: 'وكان الوزيران قد التقيا مساء الثلاثاء 15 كانون الأول في موسكو.',
    expected: { published: '2015-12-15', earliest: '2015-12-15', latest: '2015-12-29', kind: 'weekday' },
  },
  {
    why: '"today, Sunday 14 February" is 2016, and names the day itself',
    body: 'يواصل الدبلوماسيون اليوم الأحد 14 شباط مشاوراتهم حول تطبيق بيان ميونيخ.',
    expected: { published: '2016-02-14', earliest: '2016-02-14', latest: '2016-02-14', kind: 'today' },
  },
  {
    why: 'a weekday-pinned report, narrowed by the Riyadh conference "last Thursday"',
    body: 'التقى الوزيران مساء الثلاثاء 15 كانون الأول، بعد مؤتمر الرياض الخميس الماضي.',
    expected: { published: '2015-12-15', earliest: '2015-12-15', latest: '2015-12-17', kind: 'weekday' },
  },
  {
    why: 'Friday 18 December with the resolution it adopted',
    body: 'تبنى مجلس الأمن مساء الجمعة 18 كانون الأول بالإجماع القرار 2254.',
    expected: { published: '2015-12-18', earliest: '2015-12-18', latest: '2016-01-01', kind: 'weekday' },
  },
  // Texts that must stay undatable.
  {
    why: 'a weekday with a day and month still ahead (a present verb of hosting) is no past event',
    body: 'تستضيف جنيف يوم السبت 15 تشرين الأول اجتماعا لوزراء خارجية الدول المعنية.',
    expected: null,
  },
  {
    why: 'the day talks were moved to is ahead, however past the verb that moved them',
    body: 'وكانت الأمم المتحدة أعلنت أن الجولة أرجئت إلى الأربعاء 9 آذار بسبب خلافات على الوفود.',
    expected: null,
  },
  {
    why: 'the day a round was scheduled for is a plan, not a report',
    body: 'أعلن المبعوث أن الجولة التي كان مقررا عقدها الاثنين 7 آذار لم تبدأ بعد.',
    expected: null,
  },
  {
    why: 'Kerry and Putin "yesterday" alone: any of their meetings',
    body: 'التقى كيري الرئيس بوتين أمس في موسكو.',
    expected: null,
  },
  {
    why: 'a truce named by its kind could be any of three, two weeks on from each',
    body: 'تبادل الطرفان أمس الأحد الاتهامات بخرق وقف الأعمال العدائية الساري منذ أسبوعين.',
    expected: null,
  },
  {
    why: 'a resolution alone bounds the date from below only',
    body: 'جدد المبعوث دعوته إلى تطبيق القرار 2254 كاملا.',
    expected: null,
  },
  {
    why: 'a caption alone bounds the date from below only',
    body: 'Kerry and Lavrov shake hands in Moscow, Friday, March 25, 2016 (AP Photo)\nجدد الوزيران دعمهما للمسار السياسي.',
    expected: null,
  },
  {
    why: 'a relative word inside quoted speech is the speaker\'s',
    body: 'وقال المتحدث: "ناقشنا مقررات مؤتمر الرياض الخميس الماضي مع الجانب الروسي".',
    expected: null,
  },
  {
    why: 'a meeting held in Riyadh is not the opposition conference',
    body: 'عقد اجتماع الرياض أمس الخميس بحضور وزراء الخارجية.',
    expected: null,
  },
  {
    why: 'a weekday on which no Riyadh conference met',
    body: 'سيعقد مؤتمر الرياض الأحد المقبل بمشاركة فصائل المعارضة.',
    expected: null,
  },
  {
    why: 'the support group "next Friday" alone: three of its meetings were on a Friday',
    body: 'يلتقي وزراء المجموعة الدولية لدعم سوريا الجمعة المقبل لبحث الهدنة.',
    expected: null,
  },
  {
    why: 'a full date months before a resolution the text names is background, not the latest news',
    body: 'رحب مجلس الأمن بالقرار 2336 بالهدنة الجديدة، بعد انهيار اتفاق وقعه الوزيران في 9 أيلول 2016 في جنيف.',
    expected: null,
  },
  {
    why: 'a statement "yesterday" about a resolution dates the statement, not the vote',
    body: 'أعلن الوزير أمس أن القرار 2254 لم ينفذ بعد.',
    expected: null,
  },
  {
    why: 'a call "yesterday" to apply the resolution dates the call, not the vote',
    body: 'دعا الوزير إلى تطبيق القرار 2254 أمس، مؤكدا أن لا حل عسكريا.',
    expected: null,
  },
  {
    why: 'a relative word between the two names belongs to the saying, not to the meeting',
    body: 'قال كيري أمس الخميس إن لقاءه مع بوتين كان صريحا، وإن الهدنة في سوريا المستمرة منذ شهر صامدة.',
    expected: null,
  },
  {
    why: 'breaches "for a week" are not the truce\'s age',
    body: 'تتواصل خروقات الهدنة في سوريا منذ أسبوع، بحسب ما أعلن المرصد أمس الاثنين.',
    expected: null,
  },
  {
    why: 'the support group met "last month": six of its meetings give six months',
    body: 'انتقد الوزير ما خرج به اجتماع المجموعة الدولية لدعم سوريا الشهر الماضي.',
    expected: null,
  },
  {
    why: 'a Geneva III round opened on a Friday: four Fridays in its three rounds',
    body: 'انطلقت مفاوضات جنيف 3 أمس الجمعة بحضور الوفدين.',
    expected: null,
  },
  {
    why: 'relative words that contradict the milestone: one of them is misread, so no date',
    body: 'استقبل بوتين كيري في الكرملين أمس، بعد مؤتمر الرياض الخميس الماضي، في زيارة هي الثانية خلال شباط الجاري.',
    expected: null,
  },
  {
    why: 'a local truce is no milestone',
    body: 'خرقت الهدنة السارية منذ أسبوع في حلب مرات عدة أمس الاثنين.',
    expected: null,
  },
  {
    why: 'a dated day still ahead, alone',
    body: 'ستعقد الجولة المقبلة من المفاوضات في 25 كانون الثاني 2016.',
    expected: null,
  },
  {
    why: 'an English date inside an Arabic line is a quoted title, not a caption',
    body: 'ونقلت الصحيفة تحت عنوان Talks resume on March 3, 2016 أن الوفود وصلت أمس الأربعاء.',
    expected: null,
  },
];

describe('inferPublicationDate: milestones, captions and dates ahead', () => {
  for (const { why, body, expected } of rows) {
    it(why, () => {
      const window = inferPublicationDate(body);
      const got = window && { published: window.published, earliest: window.earliest, latest: window.latest, kind: window.kind };
      expect(got).toEqual(expected && { kind: got?.kind, ...expected });
      if (window) expect(window.earliest <= window.published && window.published <= window.latest).toBe(true);
    });
  }

  it('names the milestone it used in the evidence', () => {
    const window = inferPublicationDate(rows[1].body);
    expect(window?.evidence.some((e) => e.includes('a meeting of Kerry and Putin'))).toBe(true);
    expect(window?.evidence.some((e) => e.includes('the Syrian opposition conference in Riyadh'))).toBe(true);
  });
});

describe('latinDates', () => {
  const cases: { line: string; expected: { day: string; labelled: boolean }[] }[] = [
    { line: 'Lavrov and Kerry in Moscow, Friday, March 25, 2016 (AP Photo/Pool)', expected: [{ day: '2016-03-25', labelled: false }] },
    { line: 'Published: 12 February 2016', expected: [{ day: '2016-02-12', labelled: true }] },
    { line: 'Last updated Sept. 10, 2016 02:26 UTC', expected: [{ day: '2016-09-10', labelled: true }] },
    { line: 'Kerry in Moscow, Monday, March 25, 2016', expected: [] },
    { line: 'Geneva talks, February 30, 2016', expected: [] },
    { line: 'قال كيري في مقابلة بتاريخ March 3, 2016 إن المحادثات مستمرة', expected: [] },
  ];
  for (const { line, expected } of cases) {
    it(line, () => expect(latinDates(line).map((d) => ({ day: isoOf(d.day), labelled: d.labelled }))).toEqual(expected));
  }
});
