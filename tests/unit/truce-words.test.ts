/**
 * How outlets name a truce and its start, on sentences written for this test and run through the
 * whole extraction: the Russian military's "نظام الصمت" (not an election's silence), a truce
 * reached with the verb (not the goal or the hope of reaching one), and truces that begin in a night
 * between two days told with their dates.
 */
import { describe, expect, test } from 'vitest';
import type { EventStatus, EventType } from '../../src/lib/types.ts';
import { extract } from '../support/extract-text.ts';

interface Want {
  type: EventType;
  status: EventStatus;
  date: string;
  actors?: string[];
}

describe('the words of a truce', () => {
  test.for<{ name: string; body: string; published: string; expected: Want[] }>([
    {
      name: 'the Russian military\'s "نظام الصمت" is a truce, here starting',
      body: 'وبدأ سريان نظام الصمت في ريف اللاذقية صباح اليوم الأربعاء بحسب مركز المصالحة الروسي.',
      published: '2016-04-13',
      expected: [{ type: 'ceasefire', status: 'held', date: '2016-04-13' }],
    },
    {
      name: 'reaching a truce, with the verb, is an agreement between those who reached it',
      body: 'وتوصلت أنقرة وموسكو مساء الثلاثاء إلى وقف لإطلاق النار في الأحياء الشرقية من حلب.',
      published: '2016-12-14',
      expected: [{ type: 'agreement', status: 'reached', date: '2016-12-13', actors: ['turkey', 'russia'] }],
    },
    {
      name: 'a truce that began in the night between two days began at its midnight, on the second',
      body: 'وتعرضت الهدنة التي بدأت ليل 26-27 شباط لخروقات متفرقة في ريف حماة.',
      published: '2016-03-10',
      expected: [{ type: 'ceasefire', status: 'held', date: '2016-02-27' }],
    },
    {
      name: 'the midnight between two weekdays with the two dates after them is the second date',
      body: 'وكان وقف الأعمال العدائية قد دخل حيز التنفيذ منتصف ليل الجمعة – السبت 26-27 شباط بتوقيت دمشق.',
      published: '2016-03-10',
      expected: [{ type: 'ceasefire', status: 'held', date: '2016-02-27' }],
    },
    {
      name: 'and with one date after them, that date is the second weekday\'s',
      body: 'وكان وقف الأعمال العدائية قد دخل حيز التنفيذ عند منتصف ليل الجمعة إلى السبت 27 فيفري.',
      published: '2016-03-10',
      expected: [{ type: 'ceasefire', status: 'held', date: '2016-02-27' }],
    },
  ])('$name', ({ body, published, expected }) => {
    const events = extract(body, published);
    for (const want of expected) {
      const found = events.some((e) => e.type === want.type && e.status === want.status && e.date.start === want.date && (want.actors ?? []).every((a) => e.actors.includes(a)));
      expect(found, JSON.stringify(events.map((e) => [e.type, e.status, e.date.start, e.actors]))).toBe(true);
    }
  });

  test.for([
    { name: 'the goal of reaching a truce ("سبل التوصل إلى هدنة")', body: 'وبحث الوزيران في اتصال هاتفي يوم الاثنين سبل التوصل إلى هدنة إنسانية في حلب.', published: '2016-12-14' },
    { name: 'the hope of reaching one', body: 'وأعرب الوزير أمس عن أمله في أن يتوصل الطرفان خلال أيام إلى وقف لإطلاق النار في حلب.', published: '2016-12-14' },
    { name: 'a halt to something else than fighting', body: 'وتوصلت موسكو وواشنطن أمس إلى وقف التصعيد الإعلامي بينهما.', published: '2016-10-14' },
  ])('$name is no agreement reached', ({ body, published }) => {
    expect(extract(body, published).filter((e) => e.type === 'agreement' && e.status === 'reached')).toEqual([]);
  });

  test('the day a truce was announced or signed dates no end of it the sentence tells', () => {
    const ends = (body: string) => extract(body, '2016-09-25').filter((e) => e.type === 'ceasefire').map((e) => e.date.start);
    expect(ends('وأعلن الجيش مساء الاثنين انتهاء الهدنة المعلنة يوم 12 أيلول.')).toEqual(['2016-09-19']);
    expect(ends('وانهارت الهدنة الموقعة في 9 أيلول بعد أسبوع.')).toEqual([]);
  });

  test('an election\'s silence ("نظام الصمت الانتخابي") is no truce', () => {
    const events = extract('وقال رئيس لجنة الانتخابات إن نظام الصمت الانتخابي يبدأ يوم الجمعة قبل الاقتراع.', '2016-09-14');
    expect(events.filter((e) => e.type === 'ceasefire')).toEqual([]);
  });
});
