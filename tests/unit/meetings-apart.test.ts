/**
 * Where a meeting was and which meetings are two, on sentences written for this test and run
 * through the whole extraction: a capital named by its state's adjective ("العاصمة النمساوية"), a
 * venue told before the meeting noun it completes, talks elsewhere in the same city on the day of
 * the news, and two meetings of one day with no one in common.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../support/extract-text.ts';

const summary = (body: string, published: string) =>
  extract(body, published).filter((e) => e.type === 'meeting').map((e) => ({ date: e.date.start, actors: [...e.actors].sort(), places: e.places }));

describe('where a meeting was, and which meetings are two', () => {
  test('a capital named by its state\'s adjective, told before the meeting noun, is where the meeting was', () => {
    const meetings = summary('عنوان الخبر\nعقد وزراء خارجية روسيا والولايات المتحدة وتركيا والسعودية مساء أمس في العاصمة النمساوية اجتماعا دام ثلاث ساعات.', '2015-10-24');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].places).toEqual(['vienna']);
  });

  test('who welcomes a meeting is no party to it; their own meeting they are', () => {
    expect(summary('عنوان الخبر\nرحب وزير الخارجية السعودي عادل الجبير أمس بلقاء كيري ولافروف.', '2016-02-13').map((m) => m.actors)).toEqual([['kerry', 'lavrov']]);
    expect(summary('عنوان الخبر\nورحب وزير الخارجية الروسي سيرغي لافروف أمس بلقائه مع كيري في ميونيخ.', '2016-02-13').map((m) => m.actors)).toEqual([['kerry', 'lavrov']]);
  });

  test('a venue before a meeting noun a speaker judged is the speaker\'s, not the meeting\'s', () => {
    const meetings = summary('عنوان الخبر\nرحب وزير الخارجية السعودي عادل الجبير في الرياض أمس بلقاء كيري ولافروف.', '2016-02-13');
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.flatMap((m) => m.places)).not.toContain('riyadh');
  });

  test('talks at the foreign ministry on the day of a Kremlin meeting are a meeting of their own, on that day', () => {
    const meetings = summary(
      'عنوان الخبر\nاستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي جون كيري في الكرملين مساء أمس الثلاثاء.\n\nوكان كيري قد عقد قبل ذلك جولة محادثات مع سيرغي لافروف في مقر الخارجية الروسية.',
      '2015-12-16',
    );
    expect(meetings).toEqual(expect.arrayContaining([
      { date: '2015-12-15', actors: ['kerry', 'putin'], places: ['kremlin'] },
      { date: '2015-12-15', actors: ['kerry', 'lavrov'], places: ['russian-mfa'] },
    ]));
    expect(meetings).toHaveLength(2);
  });

  test('a meeting recalled as having happened before ("وسبق أن التقى") is no part of the day\'s news', () => {
    const meetings = summary('عنوان الخبر\nاستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي جون كيري في الكرملين أمس.\n\nوسبق أن التقى لافروف نظيره السوري وليد المعلم في موسكو.', '2015-12-16');
    expect(meetings).toEqual([{ date: '2015-12-15', actors: ['kerry', 'putin'], places: ['kremlin'] }]);
  });

  test('the foreign ministers\' meeting and, the same day, their defence ministers\' are two', () => {
    const meetings = summary(
      'عنوان الخبر\nاجتمع وزراء خارجية روسيا سيرغي لافروف وإيران محمد جواد ظريف وتركيا مولود جاويش أوغلو في موسكو أمس الثلاثاء.\n\nوبالتوازي عقد وزراء الدفاع سيرغي شويغو وحسين دهقان وفكري إيشيق اجتماعا في موسكو أمس.',
      '2016-12-21',
    );
    expect(meetings.map((m) => m.actors)).toEqual([
      ['cavusoglu', 'lavrov', 'zarif'],
      ['dehghan', 'isik', 'shoigu'],
    ]);
  });
});
