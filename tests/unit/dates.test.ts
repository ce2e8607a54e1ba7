/**
 * The date tagger as a specification: each row is a sentence (quoted from the founding articles
 * unless marked constructed), its publication date, and the one date expression a careful reader
 * finds in it, with the span it names.
 */
import { describe, expect, test } from 'vitest';
import { tagDates } from '../../scripts/pipeline/dates.ts';
import type { DateMention } from '../../scripts/pipeline/types.ts';
import { articleBody } from '../support/articles.ts';

const ARTICLES = {
  '000': { file: '000_4c8131996a4716c2', published: '2016-03-25' },
  '001': { file: '001_2ce5e8b8b579aa54', published: '2016-07-16' },
  '002': { file: '002_e36c8a0eafea318a', published: '2016-08-27' },
  '003': { file: '003_fe08c59a11eb98b9', published: '2016-08-24' },
  '004': { file: '004_2b253ddbeb189967', published: '2015-12-16' },
} as const;
type ArticleKey = keyof typeof ARTICLES;

/** The article text after its front matter, as the pipeline hands it to the tagger. */
function bodyOf(article: ArticleKey): string {
  return articleBody(`${ARTICLES[article].file}.txt`);
}

interface Row {
  /** Which founding article the sentence is quoted from; 'constructed' for classes the corpus lacks. */
  source: ArticleKey | 'constructed';
  sentence: string;
  published: string;
  expected: Omit<DateMention, 'value'> & { value: [string, string, string] | null };
}

function mention(
  text: string,
  start: number,
  end: number,
  value: [string, string, string] | null,
  flags: { deadline?: boolean; approximate?: boolean } = {},
): Row['expected'] {
  return { text, start, end, value, deadline: flags.deadline ?? false, approximate: flags.approximate ?? false };
}

function asRow(m: DateMention): Row['expected'] {
  return { ...m, value: m.value && [m.value.start, m.value.end, m.value.precision] };
}

const CORPUS_ROWS: Row[] = [
  {
    source: '000', published: '2016-03-25',
    sentence: 'أعلنت الولايات المتحدة وروسيا أنهما اتفقتا أمس الخميس في أعقاب محادثات في موسكو',
    expected: mention('أمس الخميس', 43, 53, ['2016-03-24', '2016-03-24', 'day']),
  },
  {
    source: '000', published: '2016-03-25',
    sentence: 'وكان بوتين قد مازح كيري لدى استقباله في الكرملين أمس، وسأله',
    expected: mention('أمس', 49, 52, ['2016-03-24', '2016-03-24', 'day']),
  },
  {
    source: '000', published: '2016-03-25',
    sentence: 'وسعى الجانبان إلى استغلال الهدنة في سورية، السارية منذ شهر، من أجل التوصل إلى حل سلمي',
    expected: mention('منذ شهر', 51, 58, ['2016-02-21', '2016-02-29', 'part-of-month'], { approximate: true }),
  },
  {
    source: '000', published: '2016-03-25',
    sentence: 'على وجوب إعداد مشروع دستور جديد في سوريا بحلول شهر آب/ أغسطس المقبل.',
    expected: mention('بحلول شهر آب/ أغسطس المقبل', 41, 67, ['2016-08-01', '2016-08-31', 'month'], { deadline: true }),
  },
  {
    source: '000', published: '2016-03-25',
    sentence: "وأضاف أنه 'اتفقنا على وجوب أن يكون هناك جدول زمني ومشروع دستور بحلول آب/أغسطس'.",
    expected: mention('بحلول آب/أغسطس', 63, 77, ['2016-08-01', '2016-08-31', 'month'], { deadline: true, approximate: true }),
  },
  {
    source: '001', published: '2016-07-16',
    sentence: 'الذي استغرق ثلاث ساعات وانتهى صباح الجمعة 15 تموز، إلى أهمية اتخاذ خطوات واقعية',
    expected: mention('صباح الجمعة 15 تموز', 30, 49, ['2016-07-15', '2016-07-15', 'day']),
  },
  {
    source: '001', published: '2016-07-16',
    sentence: 'وكان كيري وصل إلى موسكو مساء الخميس ليعرض على الجانب الروسي زيادة التعاون',
    expected: mention('مساء الخميس', 24, 35, ['2016-07-14', '2016-07-14', 'day'], { approximate: true }),
  },
  {
    source: '001', published: '2016-07-16',
    sentence: 'على أن (يعاد استكماله بحلول الحادي والثلاثين من تموز الجاري، من أجل مزيد من التعاون العسكري والأمني',
    expected: mention('بحلول الحادي والثلاثين من تموز الجاري', 22, 59, ['2016-07-31', '2016-07-31', 'day'], { deadline: true }),
  },
  {
    source: '001', published: '2016-07-16',
    sentence: 'وتبادل المعلومات الاستخبارية في هذا الإطار خلال خمسة أيام من تشكيل المجموعة.',
    expected: mention('خلال خمسة أيام', 43, 57, null, { deadline: true }),
  },
  {
    source: '001', published: '2016-07-16',
    sentence: 'أعلن وزير الخارجية الروسي سيرغي لافروف، مساء الجمعة 15 تموز، أن روسيا والولايات المتحدة اتفقتا',
    expected: mention('مساء الجمعة 15 تموز', 40, 59, ['2016-07-15', '2016-07-15', 'day']),
  },
  {
    // Lavrov speaking on Friday: his "yesterday evening" is the 14th, so the article's day minus one is only a guess.
    source: '001', published: '2016-07-16',
    sentence: 'وقال لافروف: (فيما يتعلق بتطوير الحوار المكثف الذي أجريناه مساء أمس عند الرئيس بوتين',
    expected: mention('مساء أمس', 59, 67, ['2016-07-15', '2016-07-15', 'day'], { approximate: true }),
  },
  {
    source: '002', published: '2016-08-27',
    sentence: 'وأضاف: "نحتاج إلى استكمال بعض القضايا التي تتطلب تدقيقا، وسيواصل خبراؤنا هذا العمل في الأسبوع المقبل.',
    expected: mention('الأسبوع المقبل', 86, 100, ['2016-08-29', '2016-09-04', 'week'], { approximate: true }),
  },
  {
    source: '002', published: '2016-08-27',
    sentence: 'إذ زار كيري موسكو في منتصف تموز الماضي، حيث التقى مع لافروف',
    expected: mention('منتصف تموز الماضي', 21, 38, ['2016-07-11', '2016-07-20', 'part-of-month']),
  },
  {
    source: '002', published: '2016-08-27',
    sentence: 'في لاوس في نهاية تموز.',
    expected: mention('نهاية تموز', 11, 21, ['2016-07-21', '2016-07-31', 'part-of-month'], { approximate: true }),
  },
  {
    source: '002', published: '2016-08-27',
    sentence: 'قال وزير الخارجية الروسي: "ناقشنا اليوم تلك الأمور',
    expected: mention('اليوم', 34, 39, ['2016-08-27', '2016-08-27', 'day'], { approximate: true }),
  },
  {
    source: '003', published: '2016-08-24',
    sentence: 'في الموجز الصحفي للوزارة أمس، إن اللقاءات بين بلاده وروسيا',
    expected: mention('أمس', 25, 28, ['2016-08-23', '2016-08-23', 'day']),
  },
  {
    source: '003', published: '2016-08-24',
    sentence: 'مع ما قاله مصدر دبلوماسي روسي أمس الثلاثاء من أن\u00a0المشاورات',
    expected: mention('أمس الثلاثاء', 30, 42, ['2016-08-23', '2016-08-23', 'day']),
  },
  {
    source: '003', published: '2016-08-24',
    sentence: 'قد يجري بجنيف يومي 26 و27 أغسطس/آب الجاري.',
    expected: mention('يومي 26 و27 أغسطس/آب الجاري', 14, 41, ['2016-08-26', '2016-08-27', 'days']),
  },
  {
    source: '003', published: '2016-08-24',
    sentence: 'وكان الوزيران قد بحثا الأسبوع الماضي اتفاقا بين بلديهما',
    expected: mention('الأسبوع الماضي', 22, 36, ['2016-08-15', '2016-08-21', 'week']),
  },
  {
    source: '003', published: '2016-08-24',
    sentence: 'ووضعت في نوفمبر/تشرين الثاني الماضي خريطة طريق لتحقيق السلام في سوريا',
    expected: mention('نوفمبر/تشرين الثاني الماضي', 9, 35, ['2015-11-01', '2015-11-30', 'month']),
  },
  {
    source: '003', published: '2016-08-24',
    sentence: 'وصياغة دستور جديد وتنظيم انتخابات بحلول منتصف عام 2017\u00a0.',
    expected: mention('بحلول منتصف عام 2017', 34, 54, ['2017-06-01', '2017-07-31', 'part-of-year'], { deadline: true }),
  },
  {
    source: '004', published: '2015-12-16',
    sentence: 'لمدة 3 ساعات في موسكو أمس، من جسر الهوّة بين مواقف البلدين',
    expected: mention('أمس', 22, 25, ['2015-12-15', '2015-12-15', 'day']),
  },
  {
    source: '004', published: '2015-12-16',
    sentence: 'بعدما بدا أنها دخلت في نفق جديد في ظل مقررات مؤتمر الرياض الخميس الماضي.',
    expected: mention('الخميس الماضي', 58, 71, ['2015-12-10', '2015-12-10', 'day']),
  },
  {
    source: '004', published: '2015-12-16',
    sentence: 'عقد اجتماع جديد للمجموعة الدولية لدعم سوريا في نيويورك الجمعة المقبل، كمقدمة لإصدار قرار',
    expected: mention('الجمعة المقبل', 55, 68, ['2015-12-18', '2015-12-18', 'day']),
  },
  {
    source: '004', published: '2015-12-16',
    sentence: 'وقال لافروف، في مؤتمر صحافي مشترك مع كيري، «ندعم عقد مؤتمر حول سوريا في نيويورك هذه الجمعة، ونأمل',
    expected: mention('هذه الجمعة', 80, 90, ['2015-12-18', '2015-12-18', 'day'], { approximate: true }),
  },
  {
    // A bare weekday in a future clause (ستستمران) is the next one.
    source: '004', published: '2015-12-16',
    sentence: '«الولايات المتحدة وروسيا تعملان بفعالية معا، وستستمران بالعمل المشترك حول سوريا الجمعة».',
    expected: mention('الجمعة', 80, 86, ['2015-12-18', '2015-12-18', 'day'], { approximate: true }),
  },
  {
    source: '004', published: '2015-12-16',
    sentence: 'إن الطيران الروسي قام منذ بداية العملية العسكرية 30 أيلول الماضي بتدمير أكثر من 1200 ناقلة نفط وصهريج',
    expected: mention('30 أيلول الماضي', 49, 64, ['2015-09-30', '2015-09-30', 'day']),
  },
  {
    source: '004', published: '2015-12-16',
    sentence: 'لكن اليوم ركزنا اهتمامنا',
    expected: mention('اليوم', 4, 9, ['2015-12-16', '2015-12-16', 'day']),
  },
];

/** Expression classes the five articles lack, in sentences written for the purpose. */
const CONSTRUCTED_ROWS: Row[] = [
  {
    // A plan told in the past ("كان من المقرر أن …") is an old one: the January just gone, not the next.
    source: 'constructed', published: '2016-01-29',
    sentence: 'وكان من المقرر أن تبدأ المحادثات في 25 يناير',
    expected: mention('25 يناير', 36, 44, ['2016-01-25', '2016-01-25', 'day'], { approximate: true }),
  },
  {
    // An imperfective verb of an event starting looks ahead, though the clause's first verb is past.
    source: 'constructed', published: '2016-09-10',
    sentence: 'أعلن الوزيران خطة لهدنة تبدأ الاثنين',
    expected: mention('الاثنين', 29, 36, ['2016-09-12', '2016-09-12', 'day'], { approximate: true }),
  },
  {
    // A sign before the date speaks for it before one after it: the plan was announced on the Friday just past.
    source: 'constructed', published: '2016-09-10',
    sentence: 'أعلن الوزيران ليل الجمعة خطة لهدنة تبدأ',
    expected: mention('ليل الجمعة', 14, 24, ['2016-09-09', '2016-09-09', 'day'], { approximate: true }),
  },
  {
    // "على أن يبدأ": a condition looks ahead.
    source: 'constructed', published: '2016-02-22',
    sentence: 'أعلنت واشنطن وموسكو الاتفاق على أن يبدأ تطبيقه يوم السبت',
    expected: mention('يوم السبت', 47, 56, ['2016-02-27', '2016-02-27', 'day'], { approximate: true }),
  },
  {
    // "سياسة" is shaped like a future verb (سيـ + three letters) and is not one: the clause is past
    // ("بحث"), which turns the nearer Thursday, the next day, into the last one.
    source: 'constructed', published: '2015-12-16',
    sentence: 'بحث الوزيران سياسة التعاون الخميس',
    expected: mention('الخميس', 27, 33, ['2015-12-10', '2015-12-10', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2015-12-16',
    sentence: 'سيلتقي الوزيران الخميس',
    expected: mention('الخميس', 16, 22, ['2015-12-17', '2015-12-17', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'وصل الوفد يوم الجمعة 26 آب 2016 إلى جنيف',
    expected: mention('يوم الجمعة 26 آب 2016', 10, 31, ['2016-08-26', '2016-08-26', 'day']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'نشر في 26/08/2016',
    expected: mention('26/08/2016', 7, 17, ['2016-08-26', '2016-08-26', 'day']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'في شباط 2016 أعلنت الهدنة',
    expected: mention('شباط 2016', 3, 12, ['2016-02-01', '2016-02-29', 'month']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'التقيا في 15 تموز (يوليو) الماضي',
    expected: mention('15 تموز (يوليو) الماضي', 10, 32, ['2016-07-15', '2016-07-15', 'day']),
  },
  {
    // Published on a Saturday: the Tuesday with 23 August in the nearest year is four days back.
    source: 'constructed', published: '2016-08-27',
    sentence: 'اجتمعوا الثلاثاء، 23 آب',
    expected: mention('الثلاثاء، 23 آب', 8, 23, ['2016-08-23', '2016-08-23', 'day']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'يعقد الاجتماع من 10 إلى 12 أيلول المقبل',
    expected: mention('10 إلى 12 أيلول المقبل', 17, 39, ['2016-09-10', '2016-09-12', 'days']),
  },
  {
    source: 'constructed', published: '2016-02-04',
    sentence: 'قال إنه تحادث هاتفيا صباحا مع نظيره',
    expected: mention('صباحا', 21, 26, ['2016-02-04', '2016-02-04', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-02-12',
    sentence: 'منحت المجموعة نفسها مهلة أسبوع لتطبيق الهدنة',
    expected: mention('أسبوع', 25, 30, ['2016-02-19', '2016-02-19', 'day'], { deadline: true }),
  },
  {
    source: 'constructed', published: '2016-12-07',
    sentence: 'وقال المتحدث قبل ساعتين إن القصف توقف',
    expected: mention('قبل ساعتين', 13, 23, ['2016-12-07', '2016-12-07', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-03-25',
    sentence: 'تبدأ الجولة في التاسع أو العاشر من نيسان',
    expected: mention('التاسع أو العاشر من نيسان', 15, 40, ['2016-04-09', '2016-04-10', 'days'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'الموعد الحادية والعشرين من آب',
    expected: mention('الحادية والعشرين من آب', 7, 29, ['2016-08-21', '2016-08-21', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'سيجتمعون في أيلول',
    expected: mention('أيلول', 12, 17, ['2016-09-01', '2016-09-30', 'month'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'اجتمعوا في أيلول',
    expected: mention('أيلول', 11, 16, ['2015-09-01', '2015-09-30', 'month'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'في آب من العام الماضي',
    expected: mention('آب من العام الماضي', 3, 21, ['2015-08-01', '2015-08-31', 'month']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'يعود الوفد بعد غد',
    expected: mention('بعد غد', 11, 17, ['2016-08-29', '2016-08-29', 'day']),
  },
  {
    source: 'constructed', published: '2016-08-25',
    sentence: 'يصل كيري غدا الجمعة',
    expected: mention('غدا الجمعة', 9, 19, ['2016-08-26', '2016-08-26', 'day']),
  },
  {
    source: 'constructed', published: '2016-08-24',
    sentence: 'قال صباح اليوم الأربعاء',
    expected: mention('صباح اليوم الأربعاء', 4, 23, ['2016-08-24', '2016-08-24', 'day']),
  },
  {
    source: 'constructed', published: '2016-09-10',
    sentence: 'وأعلن الوزيران الليلة الماضية الاتفاق',
    expected: mention('الليلة الماضية', 15, 29, ['2016-09-09', '2016-09-09', 'day']),
  },
  {
    source: 'constructed', published: '2015-12-26',
    sentence: 'وكان مجلس الأمن قد تبنى القرار يوم الجمعة الماضي',
    expected: mention('يوم الجمعة الماضي', 31, 48, ['2015-12-18', '2015-12-18', 'day']),
  },
  {
    source: 'constructed', published: '2015-12-16',
    sentence: 'وكانت فصائل المعارضة قد اجتمعت في الرياض يومي الأربعاء والخميس',
    // Told in the past in a Wednesday paper: the Wednesday and Thursday of the week before, not today and tomorrow.
    expected: mention('يومي الأربعاء والخميس', 41, 62, ['2015-12-09', '2015-12-10', 'days'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-01-26',
    sentence: 'وقال المبعوث إن المحادثات أرجئت إلى الأول من شباط',
    expected: mention('الأول من شباط', 36, 49, ['2016-02-01', '2016-02-01', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-01-26',
    sentence: 'وقال المبعوث إن المحادثات تعثرت وأرجئت إلى الأول من شباط',
    expected: mention('الأول من شباط', 43, 56, ['2016-02-01', '2016-02-01', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-01-30',
    sentence: 'وتبدأ اللقاءات اعتبارا من الغد',
    expected: mention('الغد', 26, 30, ['2016-01-31', '2016-01-31', 'day']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'التقى الوزيران قبل يومين',
    expected: mention('قبل يومين', 15, 24, ['2016-08-25', '2016-08-25', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'يجب التوصل إلى اتفاق خلال أسبوعين',
    expected: mention('خلال أسبوعين', 21, 33, ['2016-08-28', '2016-09-10', 'week'], { deadline: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'خلال 5 أيام من الآن',
    expected: mention('خلال 5 أيام', 0, 11, ['2016-08-28', '2016-09-01', 'days'], { deadline: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'تراجع العنف هذا الأسبوع',
    expected: mention('هذا الأسبوع', 12, 23, ['2016-08-22', '2016-08-28', 'week']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'تنتهي المهلة نهاية الشهر الجاري',
    // A limit at the end of a month is its last day; the limit words belong to the mention.
    expected: mention('تنتهي المهلة نهاية الشهر الجاري', 0, 31, ['2016-08-31', '2016-08-31', 'day'], { deadline: true }),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'الانتخابات مطلع العام المقبل',
    expected: mention('مطلع العام المقبل', 11, 28, ['2017-01-01', '2017-02-28', 'part-of-year']),
  },
  {
    source: 'constructed', published: '2016-08-27',
    sentence: 'جرت الانتخابات العام الماضي',
    expected: mention('العام الماضي', 15, 27, ['2015-01-01', '2015-12-31', 'year']),
  },
  {
    source: 'constructed', published: '2016-08-24',
    sentence: 'يجب أن يتم ذلك قبل الجمعة المقبل',
    expected: mention('قبل الجمعة المقبل', 15, 32, ['2016-08-26', '2016-08-26', 'day'], { deadline: true }),
  },
  {
    source: 'constructed', published: '2016-09-01',
    sentence: 'في العاشر من ذي الحجة 1437 هـ',
    expected: mention('العاشر من ذي الحجة 1437 هـ', 3, 29, ['2016-09-11', '2016-09-11', 'day']),
  },
  {
    source: 'constructed', published: '2016-09-01',
    sentence: 'يصعد الحجاج إلى عرفات في 9 ذو الحجة',
    expected: mention('9 ذو الحجة', 25, 35, ['2016-09-10', '2016-09-10', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-03-01',
    sentence: 'هدنة خلال شهر رمضان المقبل',
    expected: mention('شهر رمضان المقبل', 10, 26, ['2016-06-06', '2016-07-05', 'month']),
  },
  {
    source: 'constructed', published: '2016-09-08',
    sentence: 'تبدأ الهدنة أول أيام عيد الأضحى',
    // The day Syria kept, not Umm al-Qura's 11th; approximate, as countries differ.
    expected: mention('أول أيام عيد الأضحى', 12, 31, ['2016-09-12', '2016-09-12', 'day'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-07-01',
    sentence: 'هدنة بمناسبة عيد الفطر',
    expected: mention('عيد الفطر', 13, 22, ['2016-07-06', '2016-07-08', 'days'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2016-09-01',
    sentence: 'قبيل رأس السنة الهجرية',
    expected: mention('رأس السنة الهجرية', 5, 22, ['2016-10-02', '2016-10-03', 'days'], { approximate: true }),
  },
  {
    source: 'constructed', published: '2015-12-16',
    sentence: 'احتفالات في عيد الميلاد',
    expected: mention('عيد الميلاد', 12, 23, ['2015-12-25', '2015-12-25', 'day'], { approximate: true }),
  },
];

describe('tagDates: one expression per sentence', () => {
  test.for([...CORPUS_ROWS, ...CONSTRUCTED_ROWS])('$source: $expected.text', ({ source, sentence, published, expected }) => {
    if (source !== 'constructed') expect(bodyOf(source)).toContain(sentence);
    expect(sentence.slice(expected.start, expected.end)).toBe(expected.text);
    expect(tagDates(sentence, { published }).map(asRow)).toEqual([expected]);
  });
});

describe('tagDates: look-alikes never get a date', () => {
  test.for([
    { source: '000', sentence: 'بحيث لا يوجد أحد يساعد وزير الخارجية على حمل حقيبته', why: 'أحد is "one"' },
    { source: '004', sentence: 'على طاولة مؤتمرات في أحد صالونات الكرملين', why: 'أحد is "one of"' },
    { source: '004', sentence: 'وشدّد على أن بلاده لا تمارس سياسة عزل روسيا', why: 'تمارس is a verb' },
    { source: 'constructed', sentence: 'مارس ضغوطا على النظام', why: 'مارس as the verb "practised"' },
    { source: 'constructed', sentence: 'وقال لافروف في مقابلة مع قناة روسيا اليوم إن الحوار مستمر', why: 'the channel Russia Today (RT)' },
    { source: 'constructed', sentence: 'خرجت تظاهرات بعد صلاة الجمعة', why: 'the Friday prayer' },
    { source: 'constructed', sentence: 'وقال في خطبة الجمعة', why: 'the Friday sermon' },
    { source: 'constructed', sentence: 'رفضت قوى 14 آذار الاقتراح', why: 'the March 14 alliance' },
    { source: '004', sentence: 'اقترب من شجرة عيد الميلاد في المبنى', why: 'a Christmas tree' },
    { source: '000', sentence: "في مقابلة مع قناة روسيا-24 'إننا راضون", why: 'a channel name' },
    { source: '004', sentence: 'ففيينا 1 و2 بداية جيدة', why: 'Vienna 1 and 2' },
    { source: '004', sentence: 'لمدة 3 ساعات في موسكو', why: 'a duration' },
    { source: '000', sentence: 'جون كيري، استمرت لأربع ساعة.', why: 'a duration' },
    { source: '002', sentence: 'يشار أن هذا اللقاء الثالث بين الوزيرين خلال أقل من شهر ونصف الشهر،', why: 'a duration in the past' },
    { source: '000', sentence: 'ينهي الأزمة السورية المستمرة منذ خمس سنوات.', why: 'how long the crisis has lasted' },
    { source: '004', sentence: 'بتدمير أكثر من 1200 ناقلة نفط وصهريج', why: 'a count' },
    { source: '004', sentence: 'نفذت أكثر من 4 آلاف طلعة عسكرية في سوريا', why: 'a count' },
    { source: '002', sentence: '    ·منذ 7 سنوات 8 أشهر', why: 'a reader-comment stamp' },
    { source: 'constructed', sentence: '·منذ 8 أشهر', why: 'a page stamp alone on its line' },
    { source: 'constructed', sentence: 'قال الأمين العام السابق', why: 'العام as "general"' },
    { source: 'constructed', sentence: 'وصلوا في اليوم التالي', why: 'a day, not today' },
    { source: 'constructed', sentence: 'ولم يعرف بالزيارة إلا صباح اليوم التالي', why: 'the next morning, not this one' },
    { source: 'constructed', sentence: 'وبدأ النهار الطويل باجتماع عقده الوزير صباحا', why: 'a morning of the day the article tells, which it names elsewhere' },
    { source: 'constructed', sentence: 'الأحد عشر لاعبا', why: 'eleven' },
    { source: 'constructed', sentence: 'في الأسبوع الثاني من القتال', why: 'an ordinal of something else' },
    { source: 'constructed', sentence: 'يلتقي الخبراء كل يوم صباحا في الفندق', why: 'a habit, not a morning' },
    { source: 'constructed', sentence: 'وقال إن الاتفاق يفتح عصرا جديدا بين البلدين', why: 'عصرا as "an era"' },
    { source: 'constructed', sentence: 'وتذكر الصحيفة ثورة الفاتح من سبتمبر في ليبيا', why: 'the Libyan revolution of 1969' },
    { source: 'constructed', sentence: 'وشارك ممثل عن تيار الغد السوري في الاجتماع', why: 'a party named "tomorrow"' },
    { source: 'constructed', sentence: 'ونقلت صحيفة الغد عن مصدر أردني قوله', why: 'a newspaper named "tomorrow"' },
    { source: 'constructed', sentence: 'ونقلت صحيفة «الغد» الأردنية عن مصادر دبلوماسية قولها', why: 'a newspaper named "tomorrow", in quote marks' },
  ] as const)('$why: $sentence', ({ source, sentence }) => {
    if (source !== 'constructed') expect(bodyOf(source)).toContain(sentence);
    expect(tagDates(sentence, { published: '2016-08-27' }).filter((m) => m.value !== null)).toEqual([]);
  });
});

describe('tagDates: offsets point into the original text', () => {
  test.for([
    { input: 'اتفقتا أمسَ الخميسَ في موسكو', text: 'أمسَ الخميسَ', why: 'harakat, including after the last letter' },
    { input: 'اتفقتا أمـــس الخميس في موسكو', text: 'أمـــس الخميس', why: 'tatweel' },
    { input: 'قد يجري يومي ٢٦ و٢٧ أغسطس\u200F/آب الجاري.', text: 'يومي ٢٦ و٢٧ أغسطس\u200F/آب الجاري', why: 'Arabic-Indic digits and an RLM' },
    { input: '\u200Fأمس\u200F الثلاثاء', text: 'أمس\u200F الثلاثاء', why: 'RLM before and inside' },
    { input: 'في العاشر من ذي الحجة 1437 هـ', text: 'العاشر من ذي الحجة 1437 هـ', why: 'a final tatweel belongs to the word' },
  ])('$why', ({ input, text }) => {
    const mentions = tagDates(input, { published: '2016-08-24' });
    expect(mentions.map((m) => m.text)).toEqual([text]);
    expect(mentions.map((m) => input.slice(m.start, m.end))).toEqual([text]);
  });

  test('does not modify its input', () => {
    const input = 'قد يجري بجنيف يومي 26 و27 أغسطس/آب الجاري.';
    const copy = input.slice();
    tagDates(input, { published: '2016-08-24' });
    expect(input).toBe(copy);
  });
});

/** Every date expression of each founding article: text, and the span it names (none for a vague one). */
const CORPUS_MENTIONS: Record<ArticleKey, [string, string | null, string | null][]> = {
  '000': [
    ['أمس الخميس', '2016-03-24', '2016-03-24'],
    ['منذ شهر', '2016-02-21', '2016-02-29'],
    ['بحلول شهر آب/ أغسطس المقبل', '2016-08-01', '2016-08-31'],
    ['بحلول آب/أغسطس', '2016-08-01', '2016-08-31'],
    ['أمس', '2016-03-24', '2016-03-24'],
  ],
  '001': [
    ['صباح الجمعة 15 تموز', '2016-07-15', '2016-07-15'],
    ['مساء الخميس', '2016-07-14', '2016-07-14'],
    ['خلال خمسة أيام', null, null],
    ['لاحقاً', null, null],
    ['بحلول الحادي والثلاثين من تموز الجاري', '2016-07-31', '2016-07-31'],
    ['مساء الجمعة 15 تموز', '2016-07-15', '2016-07-15'],
    ['مساء أمس', '2016-07-15', '2016-07-15'],
  ],
  '002': [
    ['اليوم', '2016-08-27', '2016-08-27'],
    ['في القريب العاجل', null, null],
    ['الأسبوع المقبل', '2016-08-29', '2016-09-04'],
    ['قريبا', null, null],
    ['منتصف تموز الماضي', '2016-07-11', '2016-07-20'],
    ['نهاية تموز', '2016-07-21', '2016-07-31'],
  ],
  '003': [
    ['أمس', '2016-08-23', '2016-08-23'],
    ['أمس الثلاثاء', '2016-08-23', '2016-08-23'],
    ['يومي 26 و27 أغسطس/آب الجاري', '2016-08-26', '2016-08-27'],
    ['الأسبوع الماضي', '2016-08-15', '2016-08-21'],
    ['نوفمبر/تشرين الثاني الماضي', '2015-11-01', '2015-11-30'],
    ['بحلول منتصف عام 2017', '2017-06-01', '2017-07-31'],
  ],
  '004': [
    ['أمس', '2015-12-15', '2015-12-15'],
    ['الخميس الماضي', '2015-12-10', '2015-12-10'],
    ['الجمعة المقبل', '2015-12-18', '2015-12-18'],
    ['في المستقبل', null, null],
    ['هذه الجمعة', '2015-12-18', '2015-12-18'],
    ['لاحقا', null, null],
    ['في المستقبل', null, null],
    ['اليوم', '2015-12-16', '2015-12-16'],
    ['الجمعة', '2015-12-18', '2015-12-18'],
    ['30 أيلول الماضي', '2015-09-30', '2015-09-30'],
  ],
};

describe('tagDates over whole founding articles', () => {
  test.for(Object.keys(ARTICLES) as ArticleKey[])('%s: every expression and nothing else, in order, without overlaps', (article) => {
    const body = bodyOf(article);
    const mentions = tagDates(body, { published: ARTICLES[article].published });
    expect(mentions.map((m) => [m.text, m.value?.start ?? null, m.value?.end ?? null])).toEqual(CORPUS_MENTIONS[article]);
    for (const [i, m] of mentions.entries()) {
      expect(body.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1].end);
    }
  });
});

describe('tagDates: "قبل الماضي" names the one before the last', () => {
  test.for([
    // 2016-03-10 is a Thursday: its "الخميس الماضي" is 3 March, the one before that 25 February.
    { sentence: 'واجتمع الوزيران في جنيف الخميس قبل الماضي.', published: '2016-03-10', expected: ['2016-02-25', '2016-02-25'] },
    { sentence: 'وكان الطرفان قد تبادلا المسودات يوم الاثنين ما قبل الماضي.', published: '2016-03-10', expected: ['2016-02-29', '2016-02-29'] },
    { sentence: 'وعقدت الجولة الأولى في الأسبوع قبل الماضي.', published: '2016-03-10', expected: ['2016-02-22', '2016-02-28'] },
    { sentence: 'وكانت موسكو قد اقترحت الخطة في الشهر قبل الماضي.', published: '2016-03-10', expected: ['2016-01-01', '2016-01-31'] },
    { sentence: 'وتبنى مجلس الأمن القرار في العام قبل الماضي.', published: '2016-03-10', expected: ['2014-01-01', '2014-12-31'] },
    // The midnight of the night before last ends the day before yesterday.
    { sentence: 'وانتهت المهلة منتصف الليلة قبل الماضية.', published: '2016-03-10', expected: ['2016-03-08', '2016-03-08'] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => [m.value?.start, m.value?.end])).toEqual([expected]);
  });
});

describe('tagDates: the tense a day takes from the rest of its sentence', () => {
  test.for([
    // What the news comes some time after (بعد أيام من) is over. 2015-10-24 is a Saturday: the
    // nearer Tuesday is the 27th, but the visit the talks come after is the 20th.
    { sentence: 'ويأتي اللقاء بعد أيام من زيارة الأسد المفاجئة إلى موسكو مساء الثلثاء.', published: '2015-10-24', expected: ['2015-10-20'] },
    { sentence: 'وتأتي الجولة بعد أيام على لقاء الوزيرين في جنيف يوم الاثنين.', published: '2016-09-10', expected: ['2016-09-05'] },
    // Not the news's own day told before it, nor a time counted from now. 2016-10-12 is a Wednesday.
    { sentence: 'ويأتي اجتماع لوزان السبت بعد أيام من إعلان واشنطن وقف الحوار مع موسكو.', published: '2016-10-12', expected: ['2016-10-15'] },
    { sentence: 'وتنطلق الجولة الجديدة بعد أسبوع من الآن يوم الاثنين.', published: '2016-10-12', expected: ['2016-10-17'] },
    // A phrase set off by commas takes the tense of the verb right after it, else the one its
    // sentence told before it. 2016-05-02 is a Monday: the nearer Thursday is the 5th.
    { sentence: 'وجاء التفاهم بعد يوم من مناشدة المبعوث الدولي، في مؤتمر صحافي في جنيف الخميس، موسكو وواشنطن التحرك.', published: '2016-05-02', expected: ['2016-04-28'] },
    { sentence: 'وسيتوجه الوفد، على متن طائرة خاصة الخميس، إلى جنيف.', published: '2016-05-02', expected: ['2016-05-05'] },
    { sentence: 'والتقى كيري، في زيارة لم يعلن عنها مسبقا الخميس، بنظيره الروسي.', published: '2016-05-02', expected: ['2016-04-28'] },
    { sentence: 'وقال لافروف إن محادثاته مع كيري، الخميس في جنيف، ستتناول ملف حلب.', published: '2016-05-02', expected: ['2016-05-05'] },
    // A verb of the day's agenda tells no tense of the other days of its clause: the proposal
    // Kerry made on Sunday is last Sunday's (2016-10-12 is a Wednesday).
    { sentence: 'وتبحث موسكو وواشنطن اقتراحا قدمه كيري الأحد لإحياء الهدنة.', published: '2016-10-12', expected: ['2016-10-09'] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value?.start)).toEqual(expected);
  });
});

describe('tagDates: a name shaped like a future verb (سينيرلي، ستافان) tells no tense', () => {
  test.for([
    { sentence: 'وسبقت الجلسة مساء الخميس مشاورات جمعت كيري ووزير الخارجية التركي فريدون سينيرلي أوغلو.', published: '2015-10-31', expected: ['2015-10-29'] },
    { sentence: 'ويلتقي كيري الرئيس بوتين مساء الخميس في الكرملين.', published: '2015-10-31', expected: ['2015-11-05'] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value?.start)).toEqual(expected);
  });
});

describe('tagDates: the year of a date in what was said is not read from the tense of the saying', () => {
  test.for([
    { sentence: 'وكان المبعوث الأممي قد اعترف بأن انطلاق الجولة الجديدة في 25 فبراير، كما كان مقررا، بات مستبعدا.', published: '2016-02-22', expected: ['2016-02-25'] },
    { sentence: 'وأكد الوزير أن الأول من أغسطس يبقى الموعد المستهدف للاتفاق على إطار الانتقال.', published: '2016-05-18', expected: ['2016-08-01'] },
    // A plan's "أن" is no saying: the old plan's day is the one gone by.
    { sentence: 'وكان من المقرر أن تنطلق المفاوضات في 25 يناير قبل أن تؤجل.', published: '2016-01-30', expected: ['2016-01-25'] },
    // A weekday in what was said takes the tense of the words said when they tell one: "قد يكون" is ahead.
    { sentence: 'وقال كيري الثلاثاء إن لقاءه مع لافروف يوم الجمعة قد يكون حاسما.', published: '2016-09-07', expected: ['2016-09-06', '2016-09-09'] },
    // The saying still dates a weekday, the nearest time the text has told.
    { sentence: 'وقال المتحدث إن الوزيرين تحادثا هاتفيا الأربعاء وإن اتصالا آخر سيجري قريبا.', published: '2016-09-29', expected: ['2016-09-28', undefined] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value?.start)).toEqual(expected);
  });
});

describe('tagDates: "the same day" is the day named before it in the sentence', () => {
  test.for([
    { sentence: 'يصل كيري إلى موسكو غدا الخميس ويلتقي بوتين مساء اليوم نفسه.', published: '2016-07-13', expected: ['2016-07-14', '2016-07-14'] },
    { sentence: 'عقد الوفدان جلسة صباح الاثنين 18 نيسان، وأعلن دي ميستورا في اليوم ذاته تعليق المحادثات.', published: '2016-04-20', expected: ['2016-04-18', '2016-04-18'] },
    { sentence: 'وقال إن الوفدين سيوقعان الوثيقة في اليوم نفسه.', published: '2016-07-13', expected: [undefined] },
    { sentence: 'وصل الوفد إلى جنيف صباح الأحد. والتقى المبعوث مساء اليوم نفسه.', published: '2016-03-15', expected: ['2016-03-13', '2016-03-13'] },
    { sentence: 'وصل الرئيس إلى موسكو مساء الاثنين في زيارة لم تعلن إلا صباح اليوم التالي. وأجرى بوتين في اليوم ذاته اتصالا بنظيره التركي.', published: '2016-05-05', expected: ['2016-05-02', '2016-05-03', '2016-05-03'] },
    { sentence: 'وصل الرئيس إلى موسكو مساء الاثنين، والتقى بوتين في اليوم التالي، وفي الغد غادر إلى أنقرة.', published: '2016-05-05', expected: ['2016-05-02', '2016-05-03', '2016-05-04'] },
    // From an earlier sentence, a day still ahead (a plan, a limit) is not the day something was done on.
    { sentence: 'أعلن الجانبان أمس الاثنين الاتفاق، على أن يبدأ سريانه يوم السبت 27 شباط. وفي اليوم نفسه، أجرى أوباما اتصالا هاتفيا ببوتين.', published: '2016-02-23', expected: ['2016-02-22', '2016-02-27', '2016-02-22'] },
    { sentence: 'يصل كيري إلى موسكو الخميس المقبل. وفي اليوم نفسه سيلتقي الرئيس بوتين.', published: '2016-07-11', expected: ['2016-07-14', '2016-07-14'] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value?.start)).toEqual(expected);
  });
});

describe('tagDates: a weekday within a day of a Hijri holiday says which day the writer\'s country kept', () => {
  test.for([
    { sentence: 'تبدأ الهدنة يوم الأحد أول أيام عيد الأضحى', published: '2016-09-09', expected: ['2016-09-11', '2016-09-11'] },
    { sentence: 'تبدأ الهدنة يوم الاثنين أول أيام عيد الأضحى', published: '2016-09-09', expected: ['2016-09-12', '2016-09-12'] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value?.start)).toEqual(expected);
  });
});

describe('tagDates: "the next day" is the day after the one named before it', () => {
  test.for([
    { sentence: 'التقى الأسد بوتين في موسكو مساء الثلاثاء. وأجرى بوتين في اليوم التالي اتصالا بالملك سلمان.', published: '2015-10-24', expected: ['2015-10-20', '2015-10-21'] },
    { sentence: 'وصل كيري إلى جنيف الخميس 8 أيلول، وفي صباح اليوم التالي التقى لافروف.', published: '2016-09-10', expected: ['2016-09-08', '2016-09-09'] },
    { sentence: 'وفي اليوم التالي التقى كيري بوتين.', published: '2015-10-24', expected: [undefined] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value?.start)).toEqual(expected);
  });
});

describe('tagDates: a day "of it" (منه) is of the month its sentence named before it', () => {
  test.for([
    { sentence: 'وعلق المبعوث المحادثات في 3 كانون الثاني حتى 25 منه.', published: '2016-02-13', expected: ['2016-01-03', '2016-01-25'] },
    { sentence: 'وتعقد الجولة في التاسع منه.', published: '2016-02-13', expected: ['2016-02-09'] },
    // A number "of it" after no word that leads a day is a quantity.
    { sentence: 'ووعدت الدول المانحة بتقديم 25 منه إلى الأمم المتحدة.', published: '2016-02-13', expected: [] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value?.start)).toEqual(expected);
  });
});

describe('tagDates: "the same" month, week or year (الشهر نفسه، نفس العام) is that of the last date told, in its sentence or before', () => {
  test.for([
    { sentence: 'والتقى الوزيران آخر مرة في 26 تموز الماضي، وقبل ذلك في موسكو منتصف الشهر ذاته.', published: '2016-08-27', expected: [['2016-07-26', '2016-07-26'], ['2016-07-11', '2016-07-20']] },
    { sentence: 'وعلقت الهيئة مشاركتها في 18 نيسان. وفي أواخر الشهر نفسه انتهت الجولة.', published: '2016-06-02', expected: [['2016-04-18', '2016-04-18'], ['2016-04-21', '2016-04-30']] },
    { sentence: 'وصدر القرار في كانون الأول 2015، وفي نفس الشهر اجتمعت المجموعة في نيويورك.', published: '2016-03-02', expected: [['2015-12-01', '2015-12-31'], ['2015-12-01', '2015-12-31']] },
    { sentence: 'واتفق الطرفان في الخامس من أيار. وفي العشرين من الشهر ذاته اتصلا مجددا.', published: '2016-08-27', expected: [['2016-05-05', '2016-05-05'], ['2016-05-20', '2016-05-20']] },
    { sentence: 'ووقع الاتفاق في شباط 2015، وانهار في العام ذاته.', published: '2016-08-27', expected: [['2015-02-01', '2015-02-28'], ['2015-01-01', '2015-12-31']] },
    // "The same month of last year" is last year's, read by its year.
    { sentence: 'والتقى الوزيران في نيويورك في الشهر ذاته من العام الماضي.', published: '2016-09-15', expected: [['2015-01-01', '2015-12-31']] },
    // With no date told before it, the month of publication.
    { sentence: 'وتعقد الجولة في منتصف الشهر نفسه.', published: '2016-08-27', expected: [['2016-08-11', '2016-08-20']] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => m.value && [m.value.start, m.value.end])).toEqual(expected);
  });
});

describe('tagDates: a time "within" counts from the past day its sentence named before it, and opens the day after it', () => {
  test.for([
    { sentence: 'وتعهدت الدول المجتمعة في ميونيخ يوم الجمعة بتطبيق وقف للقتال خلال أسبوع.', published: '2016-02-14', expected: [['2016-02-12', '2016-02-12'], ['2016-02-13', '2016-02-19']] },
    { sentence: 'وطلب المبعوث أمس من الطرفين الرد على مقترحه في غضون ثلاثة أيام.', published: '2016-04-10', expected: [['2016-04-09', '2016-04-09'], ['2016-04-10', '2016-04-12']] },
    { sentence: 'وفي ليل 11 إلى 12 شباط، اتفقت المجموعة في ميونيخ على وقف للقتال خلال أسبوع.', published: '2016-09-20', expected: [['2016-02-11', '2016-02-12'], ['2016-02-13', '2016-02-19']] },
    { sentence: 'قال كيري، الذي التقى نظيره في ميونيخ في 11 فبراير، إن الهدنة ستبدأ خلال أسبوع.', published: '2016-02-15', expected: [['2016-02-11', '2016-02-11'], ['2016-02-16', '2016-02-22']] },
    // "قد" after the description resumes the sentence's own verb: its day sets the time; right after "كانت" it is the description's.
    { sentence: 'وكانت المجموعة التي تضم 17 دولة قد اجتمعت في ميونيخ يومي 11 و12 شباط واتفقت على هدنة تبدأ خلال أسبوع.', published: '2016-02-23', expected: [['2016-02-11', '2016-02-12'], ['2016-02-13', '2016-02-19']] },
    { sentence: 'وتترأس واشنطن المجموعة التي كانت قد اتفقت في ميونيخ يوم 12 شباط على هدنة خلال أسبوع.', published: '2016-02-23', expected: [['2016-02-12', '2016-02-12'], ['2016-02-24', '2016-03-01']] },
    { sentence: 'وقال الوزير اليوم إنه يأمل في اتفاق خلال أسبوعين.', published: '2016-08-27', expected: [['2016-08-27', '2016-08-27'], ['2016-08-28', '2016-09-10']] },
    { sentence: 'وسيجتمع الخبراء غدا على أن يقدموا تقريرهم خلال أسبوع.', published: '2016-08-27', expected: [['2016-08-28', '2016-08-28'], ['2016-08-28', '2016-09-03']] },
    // Hours, rounded to whole days, may end on the day itself: the span is that day, never inverted.
    { sentence: 'وستبدأ الهدنة خلال ست ساعات.', published: '2016-08-27', expected: [['2016-08-27', '2016-08-27']] },
  ])('$sentence', ({ sentence, published, expected }) => {
    expect(tagDates(sentence, { published }).map((m) => [m.value?.start, m.value?.end])).toEqual(expected);
  });
});
