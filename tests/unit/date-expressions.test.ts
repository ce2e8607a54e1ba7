/**
 * The date tagger on the expressions Arabic news outlets write, one kind per block: the rule for
 * the year, both month-name sets and the digit forms, ordinal days, hours and midnights, deadlines,
 * holidays and the Hijri calendar, vague expressions. Every sentence is written for this test in
 * the way wire copy phrases such things; each row gives the sentence, the publication date and the
 * one mention a careful reader finds, with its span, precision, flags and hour.
 */
import { describe, expect, test } from 'vitest';
import { tagDates } from '../../scripts/pipeline/dates.ts';

interface Row {
  sentence: string;
  published: string;
  /** The mention's text, then its value (null for none), flags and hour. */
  text: string;
  value: [start: string, end: string, precision: string] | null;
  deadline?: boolean;
  approximate?: boolean;
  time?: string;
}

function check({ sentence, published, text, value, deadline = false, approximate = false, time }: Row) {
  const mentions = tagDates(sentence, { published });
  expect(mentions.map((m) => m.text)).toEqual([text]);
  const [m] = mentions;
  expect(sentence.slice(m.start, m.end)).toBe(text);
  expect({
    value: m.value && [m.value.start, m.value.end, m.value.precision],
    deadline: m.deadline,
    approximate: m.approximate,
    time: m.time,
  }).toEqual({ value, deadline, approximate, time });
}

describe('the year of a day and month: the occurrence nearest the publication, tense only against it', () => {
  test.for<Row>([
    {
      // Four days after publication, no tense: this year's, not last year's.
      sentence: 'جولة المحادثات المقبلة في جنيف في 26 شباط', published: '2016-02-22',
      text: '26 شباط', value: ['2016-02-26', '2016-02-26', 'day'], approximate: true,
    },
    {
      sentence: 'سيجتمع الفريق في 26 شباط لمراجعة الخروقات', published: '2016-02-22',
      text: '26 شباط', value: ['2016-02-26', '2016-02-26', 'day'], approximate: true,
    },
    {
      // A past verb and a nearest occurrence still ahead: the last one.
      sentence: 'اجتمع الفريق في 26 شباط لمراجعة الخروقات', published: '2016-02-22',
      text: '26 شباط', value: ['2015-02-26', '2015-02-26', 'day'], approximate: true,
    },
    {
      // A phrase of time put before its clause takes the tense of the verb right after the comma.
      sentence: 'وفي 22 شباط، أعلن الوزيران بيانا مشتركا', published: '2016-09-20',
      text: '22 شباط', value: ['2016-02-22', '2016-02-22', 'day'], approximate: true,
    },
    {
      sentence: 'وفي 22 شباط، سيعلن الوزيران بيانا مشتركا', published: '2016-09-20',
      text: '22 شباط', value: ['2017-02-22', '2017-02-22', 'day'], approximate: true,
    },
    {
      // Nor does a verb of saying after the comma, which only tells who said it (an attribution tag).
      sentence: 'الجولة المقبلة من مفاوضات جنيف في 9 نيسان، أكد المبعوث الأممي', published: '2016-03-25',
      text: '9 نيسان', value: ['2016-04-09', '2016-04-09', 'day'], approximate: true,
    },
    {
      // A noun after the comma tells no tense: the nearest occurrence.
      sentence: 'وفي 22 شباط، الموعد الذي حدده الوزيران للهدنة', published: '2016-09-20',
      text: '22 شباط', value: ['2017-02-22', '2017-02-22', 'day'], approximate: true,
    },
    {
      sentence: 'موعد الجولة الجديدة في 3 كانون الثاني', published: '2015-12-29',
      text: '3 كانون الثاني', value: ['2016-01-03', '2016-01-03', 'day'], approximate: true,
    },
    {
      sentence: 'التقى الوزيران في 28 كانون الأول في باريس', published: '2016-01-02',
      text: '28 كانون الأول', value: ['2015-12-28', '2015-12-28', 'day'], approximate: true,
    },
    {
      // Six months either way: 174 days back is nearer than 192 days ahead.
      sentence: 'الاتفاق الموقع في 20 تموز', published: '2016-01-10',
      text: '20 تموز', value: ['2015-07-20', '2015-07-20', 'day'], approximate: true,
    },
    {
      sentence: 'ومن المقرر أن يلتقيا في 20 تموز', published: '2016-01-10',
      text: '20 تموز', value: ['2016-07-20', '2016-07-20', 'day'], approximate: true,
    },
    {
      // "منذ" looks back: the last 28 September, though the next one is nearer.
      sentence: 'أول لقاء بينهما منذ اجتماعهما في نيويورك في 28 أيلول', published: '2016-09-05',
      text: '28 أيلول', value: ['2015-09-28', '2015-09-28', 'day'], approximate: true,
    },
    {
      // "الجاري" names this month's day, even in a past clause about a plan.
      sentence: 'ألغى الرئيس زيارة كانت مقررة في 19 أكتوبر الجاري', published: '2016-10-11',
      text: '19 أكتوبر الجاري', value: ['2016-10-19', '2016-10-19', 'day'],
    },
    {
      // A past relation word always decides: the last 30 September.
      sentence: 'منذ بدء العملية في 30 أيلول الماضي', published: '2015-12-16',
      text: '30 أيلول الماضي', value: ['2015-09-30', '2015-09-30', 'day'],
    },
    {
      sentence: 'يعتزم الاتحاد تنظيم مؤتمر في آب', published: '2016-09-05',
      text: 'آب', value: ['2017-08-01', '2017-08-31', 'month'], approximate: true,
    },
    {
      sentence: 'وكان المبعوث قد زار دمشق في آب', published: '2016-03-05',
      text: 'آب', value: ['2015-08-01', '2015-08-31', 'month'], approximate: true,
    },
    {
      // A weekday with a day and month names its year.
      sentence: 'انتهت الجولة مساء الأحد 8 أيار', published: '2016-05-10',
      text: 'مساء الأحد 8 أيار', value: ['2016-05-08', '2016-05-08', 'day'],
    },
  ])('$sentence ($published)', check);
});

describe('both month-name sets, Maghreb and Egyptian spellings, Arabic-Indic and Persian digits', () => {
  test.for<Row>([
    { sentence: 'وصل الوفد في ١٥ آذار ٢٠١٦', published: '2016-03-16', text: '١٥ آذار ٢٠١٦', value: ['2016-03-15', '2016-03-15', 'day'] },
    { sentence: 'وصل الوفد في ۱۵ مارس ۲۰۱۶', published: '2016-03-16', text: '۱۵ مارس ۲۰۱۶', value: ['2016-03-15', '2016-03-15', 'day'] },
    { sentence: 'انعقد المؤتمر يوم 7 جوان 2016', published: '2016-06-08', text: 'يوم 7 جوان 2016', value: ['2016-06-07', '2016-06-07', 'day'] },
    { sentence: 'تنطلق المشاورات في 12 جويلية 2016', published: '2016-07-01', text: '12 جويلية 2016', value: ['2016-07-12', '2016-07-12', 'day'] },
    { sentence: 'اجتماع 3 ماي 2016 في الجزائر', published: '2016-05-04', text: '3 ماي 2016', value: ['2016-05-03', '2016-05-03', 'day'] },
    { sentence: 'جولة 25 أوت 2016 في جنيف', published: '2016-08-26', text: '25 أوت 2016', value: ['2016-08-25', '2016-08-25', 'day'] },
    { sentence: 'منذ 14 فيفري 2016', published: '2016-03-01', text: '14 فيفري 2016', value: ['2016-02-14', '2016-02-14', 'day'] },
    { sentence: 'بيان 20 أفريل 2016', published: '2016-04-21', text: '20 أفريل 2016', value: ['2016-04-20', '2016-04-20', 'day'] },
    { sentence: 'لقاء 11 جانفي 2016', published: '2016-01-12', text: '11 جانفي 2016', value: ['2016-01-11', '2016-01-11', 'day'] },
    { sentence: 'نشر في 12/21/2015', published: '2015-12-22', text: '12/21/2015', value: ['2015-12-21', '2015-12-21', 'day'] },
    { sentence: 'نشر في 05/03/2016', published: '2016-03-06', text: '05/03/2016', value: ['2016-03-05', '2016-03-05', 'day'] },
    { sentence: 'في 9 تشرين الأول 2015', published: '2015-10-10', text: '9 تشرين الأول 2015', value: ['2015-10-09', '2015-10-09', 'day'] },
    { sentence: 'اتفاق 12 أيلول 2016', published: '2016-09-13', text: '12 أيلول 2016', value: ['2016-09-12', '2016-09-12', 'day'] },
    { sentence: 'حتى نيسان 2016', published: '2016-01-05', text: 'حتى نيسان 2016', value: ['2016-04-01', '2016-04-30', 'month'], deadline: true },
    // A past verb before "حتى" says when the pause began, not that the day it lasts until is over.
    { sentence: 'أعلن المبعوث توقف المحادثات حتى 14 آذار', published: '2016-03-02', text: 'حتى 14 آذار', value: ['2016-03-14', '2016-03-14', 'day'], deadline: true, approximate: true },
    // A first name that begins like a future verb (ستافان) does not make the clause's weekday one ahead.
    { sentence: 'أعلن ستافان دي ميستورا مساء الثلاثاء الخطة', published: '2016-03-02', text: 'مساء الثلاثاء', value: ['2016-03-01', '2016-03-01', 'day'], approximate: true },
    // The Lebanese spelling of Tuesday.
    { sentence: 'وكان الأسد زار موسكو مساء الثلثاء الماضي', published: '2015-10-24', text: 'مساء الثلثاء الماضي', value: ['2015-10-20', '2015-10-20', 'day'] },
    // A perfective verb of a vote or a veto makes a bare weekday the last one, though the next is nearer.
    { sentence: 'واستخدمت روسيا حق النقض يوم السبت', published: '2016-10-12', text: 'يوم السبت', value: ['2016-10-08', '2016-10-08', 'day'], approximate: true },
    { sentence: 'وصوت المجلس يوم السبت على مشروع القرار', published: '2016-10-12', text: 'يوم السبت', value: ['2016-10-08', '2016-10-08', 'day'], approximate: true },
    // Calling off is no past sign for the day of what was called off.
    { sentence: 'وألغى الكرملين زيارة بوتين إلى باريس المقررة في 19 تشرين الأول', published: '2016-10-09', text: '19 تشرين الأول', value: ['2016-10-19', '2016-10-19', 'day'], approximate: true },
    // A trip told done is past, whatever its purpose after the day ("لإجراء محادثات" looks ahead).
    { sentence: 'ثم توجه الوزير إلى واشنطن يوم الجمعة لإجراء محادثات مع نظيره', published: '2016-10-09', text: 'يوم الجمعة', value: ['2016-10-07', '2016-10-07', 'day'], approximate: true },
    // A noun that is also a past verb's letters is no sign: "من أجل" before a plan's day.
    { sentence: 'وسيلتقي الوزيران من أجل الهدنة يوم السبت', published: '2016-10-12', text: 'يوم السبت', value: ['2016-10-15', '2016-10-15', 'day'], approximate: true },
    // The Gulf press's article before a day in digits, with a tatweel: "الـ15".
    { sentence: 'وتنطلق الجولة في الـ15 من يوليو المقبل', published: '2016-07-01', text: 'الـ15 من يوليو المقبل', value: ['2016-07-15', '2016-07-15', 'day'] },
    { sentence: 'ويصل المبعوث إلى دمشق يوم الـ 25 من الشهر الجاري', published: '2016-07-01', text: 'يوم الـ 25 من الشهر الجاري', value: ['2016-07-25', '2016-07-25', 'day'] },
    {
      // Egyptian spelling: final ى for ي ("الحادى", "فى").
      sentence: 'عقدت الجلسة فى الحادى والعشرين من يناير 2016', published: '2016-01-22',
      text: 'الحادى والعشرين من يناير 2016', value: ['2016-01-21', '2016-01-21', 'day'],
    },
  ])('$text', check);
});

describe('the days before yesterday, two weekdays, and the rest of a period', () => {
  test.for<Row>([
    {
      sentence: 'انهارت الهدنة أمس الأول بعد أسبوع على بدئها', published: '2016-09-21',
      text: 'أمس الأول', value: ['2016-09-19', '2016-09-19', 'day'],
    },
    {
      sentence: 'التقى الوزيران مرتين يومي الأحد والاثنين في هانغتشو', published: '2016-09-06',
      text: 'يومي الأحد والاثنين', value: ['2016-09-04', '2016-09-05', 'days'], approximate: true,
    },
    {
      sentence: 'سيلتقي الوزيران في وقت لاحق من هذا الشهر', published: '2016-03-02',
      text: 'في وقت لاحق من هذا الشهر', value: ['2016-03-03', '2016-03-31', 'month'],
    },
    {
      sentence: 'وكان الوزيران قد التقيا في وقت سابق من الشهر الجاري', published: '2016-03-20',
      text: 'في وقت سابق من الشهر الجاري', value: ['2016-03-01', '2016-03-19', 'month'],
    },
    {
      sentence: 'ستجرى الانتخابات في وقت لاحق من العام الجاري', published: '2016-03-20',
      text: 'في وقت لاحق من العام الجاري', value: ['2016-03-21', '2016-12-31', 'year'],
    },
  ])('$text', check);
});

describe('ordinal days of the month', () => {
  test.for<Row>([
    {
      sentence: 'اجتمع الخبراء في جنيف السبت العاشر من الشهر نفسه', published: '2016-12-15',
      text: 'السبت العاشر من الشهر نفسه', value: ['2016-12-10', '2016-12-10', 'day'],
    },
    {
      // The day of the current month without "من", and with the relation alone (Levantine and Gulf style).
      sentence: 'علق المبعوث المحادثات حتى ٢٥ الشهر الجاري', published: '2016-02-05',
      text: 'حتى ٢٥ الشهر الجاري', value: ['2016-02-25', '2016-02-25', 'day'], deadline: true,
    },
    {
      sentence: 'وتستأنف المفاوضات الخميس 25 الجاري في جنيف', published: '2016-02-05',
      text: 'الخميس 25 الجاري', value: ['2016-02-25', '2016-02-25', 'day'],
    },
    {
      // A week of the month is part of it, not its first day.
      sentence: 'وتستأنف المفاوضات في الأسبوع الأول من الشهر المقبل', published: '2016-09-12',
      text: 'الأسبوع الأول من الشهر المقبل', value: ['2016-10-01', '2016-10-10', 'part-of-month'],
    },
    {
      sentence: 'بعد مؤتمر استضافته الرياض يومي التاسع والعاشر من الشهر الجاري', published: '2015-12-16',
      text: 'يومي التاسع والعاشر من الشهر الجاري', value: ['2015-12-09', '2015-12-10', 'days'],
    },
    {
      sentence: 'اجتمع الخبراء الاثنين العاشر من الشهر الجاري', published: '2016-06-15',
      text: 'الاثنين العاشر من الشهر الجاري', value: ['2016-06-10', '2016-06-10', 'day'], approximate: true,
    },
    {
      sentence: 'اجتمع الخبراء يومي العاشر والتاسع من الشهر الجاري', published: '2016-06-15',
      text: 'يومي العاشر والتاسع من الشهر الجاري', value: ['2016-06-09', '2016-06-10', 'days'],
    },
    {
      sentence: 'تنتهي المرحلة الأولى في اليوم العاشر من الشهر', published: '2016-09-03',
      text: 'اليوم العاشر من الشهر', value: ['2016-09-10', '2016-09-10', 'day'],
    },
    {
      sentence: 'يستأنف الحوار في العشرين من الشهر المقبل', published: '2016-09-03',
      text: 'العشرين من الشهر المقبل', value: ['2016-10-20', '2016-10-20', 'day'],
    },
    {
      sentence: 'سلم الرد في الخامس من الشهر الجاري', published: '2016-09-08',
      text: 'الخامس من الشهر الجاري', value: ['2016-09-05', '2016-09-05', 'day'],
    },
  ])('$text', check);
});

describe('hours and midnights', () => {
  test.for<Row>([
    {
      // An hour with no day is the day it is said.
      sentence: 'تبدأ الهدنة عند الساعة السابعة مساء', published: '2016-09-12',
      text: 'الساعة السابعة مساء', value: ['2016-09-12', '2016-09-12', 'day'], approximate: true, time: '19:00',
    },
    {
      sentence: 'ستبدأ الهدنة الساعة السابعة من مساء الاثنين', published: '2016-09-10',
      text: 'الساعة السابعة من مساء الاثنين', value: ['2016-09-12', '2016-09-12', 'day'], approximate: true, time: '19:00',
    },
    {
      // A time zone between the hour and its day does not part them.
      sentence: 'تبدأ الهدنة عند الساعة السابعة مساء بتوقيت دمشق يوم الاثنين', published: '2016-09-10',
      text: 'الساعة السابعة مساء بتوقيت دمشق يوم الاثنين', value: ['2016-09-12', '2016-09-12', 'day'], approximate: true, time: '19:00',
    },
    {
      // Nor the hour in another zone between brackets; the agencies write the minutes after a comma.
      sentence: 'وبدأ سريان الهدنة عند الساعة 19,00 (16,00 ت غ) مساء الاثنين', published: '2016-09-13',
      text: 'الساعة 19,00 (16,00 ت غ) مساء الاثنين', value: ['2016-09-12', '2016-09-12', 'day'], approximate: true, time: '19:00',
    },
    {
      sentence: 'وصل الموفد ظهر أمس إلى موسكو', published: '2016-07-15',
      text: 'ظهر أمس', value: ['2016-07-14', '2016-07-14', 'day'], time: '12:00',
    },
    {
      sentence: 'انطلقت الجلسة صباح اليوم الساعة 10:30', published: '2016-02-01',
      text: 'صباح اليوم الساعة 10:30', value: ['2016-02-01', '2016-02-01', 'day'], time: '10:30',
    },
    {
      sentence: 'انطلقت الجلسة. بدأت الكلمات الساعة 11.45 صباحا', published: '2016-02-01',
      text: 'الساعة 11.45 صباحا', value: ['2016-02-01', '2016-02-01', 'day'], approximate: true, time: '11:45',
    },
    {
      sentence: 'تعلق العمليات اعتبارا من الساعة الحادية عشرة ليلا', published: '2016-02-26',
      text: 'الساعة الحادية عشرة ليلا', value: ['2016-02-26', '2016-02-26', 'day'], approximate: true, time: '23:00',
    },
    {
      sentence: 'تنتهي الهدنة الساعة الثانية عشرة ليلا', published: '2016-02-26',
      text: 'الساعة الثانية عشرة ليلا', value: ['2016-02-26', '2016-02-26', 'day'], approximate: true, time: '24:00',
    },
    {
      sentence: 'عقد المؤتمر الصحفي الساعة الثانية عشرة ظهرا', published: '2016-02-26',
      text: 'الساعة الثانية عشرة ظهرا', value: ['2016-02-26', '2016-02-26', 'day'], approximate: true, time: '12:00',
    },
    {
      sentence: 'غادر الوفد عند الساعة الثانية فجرا', published: '2016-02-26',
      text: 'الساعة الثانية فجرا', value: ['2016-02-26', '2016-02-26', 'day'], approximate: true, time: '02:00',
    },
    {
      // The midnight between Friday and Saturday is Saturday 00:00.
      sentence: 'يدخل وقف الأعمال العدائية حيز التنفيذ منتصف ليل الجمعة – السبت', published: '2016-02-24',
      text: 'منتصف ليل الجمعة – السبت', value: ['2016-02-27', '2016-02-27', 'day'], approximate: true, time: '00:00',
    },
    {
      sentence: 'يدخل وقف الأعمال العدائية حيز التنفيذ منتصف ليل الجمعة السبت', published: '2016-02-24',
      text: 'منتصف ليل الجمعة السبت', value: ['2016-02-27', '2016-02-27', 'day'], approximate: true, time: '00:00',
    },
    {
      sentence: 'تتوقف الغارات اعتبارا من منتصف ليلة الأحد إلى الاثنين', published: '2016-09-10',
      text: 'منتصف ليلة الأحد إلى الاثنين', value: ['2016-09-12', '2016-09-12', 'day'], approximate: true, time: '00:00',
    },
    {
      sentence: 'وصلت القافلة بعد منتصف الليل', published: '2016-02-24',
      text: 'منتصف الليل', value: ['2016-02-24', '2016-02-24', 'day'], approximate: true, time: '24:00',
    },
  ])('$text', check);
});

describe('the year a sentence has just given', () => {
  test.for([
    // A limit or a future verb would put these a year ahead of the publication day; the sentence's dated year holds them.
    { sentence: 'توصل الجانبان في 9 أيلول 2016 إلى اتفاق، على أن تبدأ الهدنة في 12 أيلول', published: '2016-12-01', second: ['12 أيلول', '2016-09-12'] },
    { sentence: 'أعلن الاتفاق في 22 شباط 2016، وحدد ظهر يوم 26 شباط موعدا نهائيا للرد', published: '2016-02-29', second: ['ظهر يوم 26 شباط', '2016-02-26'] },
    // Near the publication day, the publication day's rule stands.
    { sentence: 'عقدت الجولة الأولى في 29 كانون الثاني 2016، وانتهت الجولة الثالثة في 24 آذار', published: '2016-03-25', second: ['24 آذار', '2016-03-24'] },
    { sentence: 'عقدت الجولة الأولى في 10 كانون الثاني 2016، واجتمع الطرفان في 20 كانون الأول', published: '2016-12-22', second: ['20 كانون الأول', '2016-12-20'] },
    // In another sentence the year is the one nearest the publication day again.
    { sentence: 'توصل الجانبان إلى اتفاق في 9 أيلول 2015. وتبدأ الهدنة في 12 أيلول', published: '2016-09-10', second: ['12 أيلول', '2016-09-12'] },
  ])('$second.0 in "$sentence"', ({ sentence, published, second }) => {
    const mentions = tagDates(sentence, { published });
    expect(mentions.slice(1).map((m) => [m.text, m.value?.start])).toEqual([second]);
  });
});

describe('a range of hours', () => {
  test('both hours are on the day the range ends with', () => {
    const mentions = tagDates('فتحت الممرات من التاسعة صباحا حتى السابعة مساء يوم الجمعة', { published: '2016-11-03' });
    expect(mentions.map((m) => [m.text, m.value?.start, m.time, m.deadline])).toEqual([
      ['التاسعة صباحا', '2016-11-04', '09:00', false],
      ['حتى السابعة مساء يوم الجمعة', '2016-11-04', '19:00', true],
    ]);
  });
});

describe('deadlines', () => {
  test.for<Row>([
    {
      sentence: 'أمام الفصائل مهلة حتى ظهر اليوم العاشر من الشهر', published: '2016-09-03',
      text: 'مهلة حتى ظهر اليوم العاشر من الشهر', value: ['2016-09-10', '2016-09-10', 'day'], deadline: true, time: '12:00',
    },
    {
      // "مهلة" keeps حتى a limit after the verb of lasting; the day is the one the range ends with.
      sentence: 'حددت مهلة تمتد حتى السابعة مساء يوم الجمعة', published: '2016-11-03',
      text: 'حتى السابعة مساء يوم الجمعة', value: ['2016-11-04', '2016-11-04', 'day'], deadline: true, approximate: true, time: '19:00',
    },
    {
      sentence: 'يوم الأحد هو الموعد النهائي لتسليم الردود المكتوبة', published: '2016-03-16',
      text: 'يوم الأحد', value: ['2016-03-20', '2016-03-20', 'day'], deadline: true, approximate: true,
    },
    {
      sentence: 'قال المسؤول إن نهاية الشهر الجاري هي الموعد النهائي للتفاهم', published: '2016-08-10',
      text: 'نهاية الشهر الجاري', value: ['2016-08-31', '2016-08-31', 'day'], deadline: true,
    },
    {
      // A limit ending at midnight Thursday: the end of Thursday.
      sentence: 'تنتهي المهلة عند منتصف ليل الخميس', published: '2016-09-05',
      text: 'تنتهي المهلة عند منتصف ليل الخميس', value: ['2016-09-08', '2016-09-08', 'day'], deadline: true, approximate: true, time: '24:00',
    },
    {
      sentence: 'الموعد النهائي نهاية الشهر لتسليم القوائم', published: '2016-02-10',
      text: 'الموعد النهائي نهاية الشهر', value: ['2016-02-29', '2016-02-29', 'day'], deadline: true, approximate: true,
    },
    {
      sentence: 'تبقى الممرات مفتوحة حتى نهاية الشهر الجاري', published: '2016-04-12',
      text: 'حتى نهاية الشهر الجاري', value: ['2016-04-30', '2016-04-30', 'day'], deadline: true,
    },
    {
      // After a verb of lasting, "حتى" ends the span of the talks: no limit, the day they ran to.
      sentence: 'استمرت المحادثات حتى مساء أمس الجمعة', published: '2016-09-10',
      text: 'مساء أمس الجمعة', value: ['2016-09-09', '2016-09-09', 'day'],
    },
    {
      // The Maghreb's "أجل" (term) and "الفاتح من" (the first of).
      sentence: 'على الطرفين الجلوس إلى الطاولة في أجل أقصاه الفاتح من جانفي المقبل', published: '2015-11-15',
      text: 'في أجل أقصاه الفاتح من جانفي المقبل', value: ['2016-01-01', '2016-01-01', 'day'], deadline: true,
    },
    {
      // Moroccan papers write the first without the article ("فاتح يونيو").
      sentence: 'وتستأنف المفاوضات فاتح يونيو المقبل', published: '2016-05-18',
      text: 'فاتح يونيو المقبل', value: ['2016-06-01', '2016-06-01', 'day'],
    },
    {
      sentence: 'على الحكومة الرد في موعد أقصاه 15 آذار', published: '2016-03-02',
      text: 'في موعد أقصاه 15 آذار', value: ['2016-03-15', '2016-03-15', 'day'], deadline: true, approximate: true,
    },
  ])('$text', check);
});

describe('holidays and the Hijri calendar', () => {
  test.for<Row>([
    {
      // The day Syria kept (Monday 12 September 2016; Umm al-Qura says the 11th), still approximate.
      sentence: 'تسري الهدنة مع أول أيام عيد الأضحى', published: '2016-09-09',
      text: 'أول أيام عيد الأضحى', value: ['2016-09-12', '2016-09-12', 'day'], approximate: true,
    },
    {
      // A year whose observance is not listed: Umm al-Qura's first day or, where the month began a day later, the next.
      sentence: 'تسري الهدنة مع أول أيام عيد الأضحى', published: '2017-08-28',
      text: 'أول أيام عيد الأضحى', value: ['2017-09-01', '2017-09-02', 'days'], approximate: true,
    },
    {
      sentence: 'تتوقف المعارك مع حلول شهر رمضان', published: '2016-05-20',
      text: 'مع حلول شهر رمضان', value: ['2016-06-06', '2016-06-07', 'days'], approximate: true,
    },
    {
      sentence: 'زيارة عشية عيد الميلاد', published: '2015-12-20',
      text: 'عشية عيد الميلاد', value: ['2015-12-24', '2015-12-24', 'day'],
    },
    {
      sentence: 'قبل رأس السنة ستجتمع الأطراف', published: '2015-12-20',
      text: 'قبل رأس السنة', value: ['2016-01-01', '2016-01-01', 'day'], deadline: true, approximate: true,
    },
    {
      sentence: 'اتصال هاتفي عشية عيد الميلاد لدى الكنائس الشرقية', published: '2017-01-07',
      text: 'عشية عيد الميلاد لدى الكنائس الشرقية', value: ['2017-01-06', '2017-01-06', 'day'],
    },
    {
      sentence: 'هدنة لثلاثة أيام بمناسبة عيد الفطر', published: '2016-07-01',
      text: 'عيد الفطر', value: ['2016-07-06', '2016-07-08', 'days'], approximate: true,
    },
  ])('$sentence', check);

  test('a weekday beside a holiday says which of its two days it was', () => {
    const mentions = tagDates('بدأت الهدنة يوم الاثنين أول أيام عيد الأضحى', { published: '2016-09-13' });
    expect(mentions.map((m) => [m.text, m.value?.start, m.value?.end, m.approximate])).toEqual([
      ['يوم الاثنين', '2016-09-12', '2016-09-12', true],
      ['أول أيام عيد الأضحى', '2016-09-12', '2016-09-12', false],
    ]);
  });
});

describe('vague expressions never give a day', () => {
  test.for([
    'سيعقد الاجتماع قريبا',
    'ستعلن التفاصيل في وقت لاحق',
    'ستتواصل المشاورات خلال الفترة المقبلة',
    'يتوقع وصول المساعدات في الأيام المقبلة',
    'ستعقد جولة أخرى في المستقبل القريب',
  ])('%s', (sentence) => {
    const mentions = tagDates(sentence, { published: '2016-05-01' });
    expect(mentions).toHaveLength(1);
    expect(mentions[0].value).toBeNull();
  });

  test('"هذا العام" is a year, never a day', () => {
    const [m] = tagDates('ستجري الانتخابات هذا العام', { published: '2016-05-01' });
    expect(m.value).toEqual({ start: '2016-01-01', end: '2016-12-31', precision: 'year' });
  });
});

describe('the hours that open the entries of a live page', () => {
  test('each entry opens with its hour on the page\'s day', () => {
    const page = 'تغطية مباشرة لليوم الأول من الهدنة\n\n16:40 يجتمع الوزراء في نيويورك على هامش الجمعية العامة.\n\n15:05 — قال المتحدث إن الطائرات لم تقصف القافلة.\n\n9.20 - ناشطون يتحدثون عن خروقات محدودة.';
    expect(tagDates(page, { published: '2016-09-20' }).map((m) => [m.text, m.value?.start, m.time])).toEqual([
      ['16:40', '2016-09-20', '16:40'], ['15:05', '2016-09-20', '15:05'], ['9.20', '2016-09-20', '09:20'],
    ]);
  });

  test.for([
    {
      why: 'every entry\'s hour is read beside the days its sentence tells (which one an event takes is dating\'s)',
      page: 'سوريا لحظة بلحظة\n\n09:30 — التقى بوتين أردوغان في سان بطرسبورغ أمس.\n\n08:15 — قال المتحدث إن المراقبة مستمرة.', published: '2016-08-10',
      mentions: [['09:30', '2016-08-10', '09:30'], ['أمس', '2016-08-09', undefined], ['08:15', '2016-08-10', '08:15']],
    },
    {
      why: 'entries under a heading that names a day are of that day',
      page: 'تغطية مباشرة\n\nالاثنين 12 أيلول\n\n18:00 — قال كيري للصحفيين إن الهدنة صامدة.\n\nالأحد 11 أيلول\n\n20:10 — قال دي ميستورا إن الأمم المتحدة مستعدة.', published: '2016-09-13',
      mentions: [['الاثنين 12 أيلول', '2016-09-12', undefined], ['18:00', '2016-09-12', '18:00'], ['الأحد 11 أيلول', '2016-09-11', undefined], ['20:10', '2016-09-11', '20:10']],
    },
    {
      why: 'but a line that is not a day alone right above the entries (a quote\'s opening, a recap under another line) is no heading',
      page: 'وقال كيري في مؤتمر صحفي الجمعة:\n\n15:05 — لافروف يلتقي دي ميستورا في موسكو.\n\n27 شباط 2016\n\nآخر التطورات\n\n16:20 — دي ميستورا يلتقي الجعفري في جنيف.', published: '2016-09-12',
      mentions: [['الجمعة', '2016-09-09', undefined], ['15:05', '2016-09-12', '15:05'], ['27 شباط 2016', '2016-02-27', undefined], ['16:20', '2016-09-12', '16:20']],
    },
  ])('$why', ({ page, published, mentions }) => {
    expect(tagDates(page, { published }).map((m) => [m.text, m.value?.start, m.time])).toEqual(mentions);
  });

  test.for([
    { why: 'one line opening with an hour is no live page', text: 'الجدول الزمني للجلسة\n\n10:30 كلمة الأمين العام للأمم المتحدة.' },
    { why: 'an hour inside a line is no entry\'s', text: 'آخر تحديث 16:40\n\nانتهت الجلسة 18:30 وغادر الوفد 19:00 إلى الفندق.' },
    { why: 'a figure with a decimal point and no dash is no hour', text: 'المانحون في أرقام\n\n10.50 مليار دولار تعهد بها المانحون.\n\n5.40 مليار دولار للعام الحالي.' },
  ])('$why', ({ text }) => {
    expect(tagDates(text, { published: '2016-09-20' }).filter((m) => /^[0-9.:]+$/.test(m.text))).toEqual([]);
  });
});
