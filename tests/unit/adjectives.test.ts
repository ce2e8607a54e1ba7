import { describe, expect, test } from 'vitest';
import { foldArabic } from '../../src/lib/arabic.ts';
import { partiesByAdjective } from '../../scripts/pipeline/adjectives.ts';
import type { EventType } from '../../src/lib/types.ts';

/** The trigger word is the first word of `text`; its parties are read from what follows it. */
function parties(text: string, type: EventType = 'meeting', verb = false): string[] {
  const folded = foldArabic(text);
  const fend = folded.indexOf(' ');
  return partiesByAdjective(folded, fend, folded.length, type, verb).sort();
}

describe('parties named by relative adjectives', () => {
  test.each([
    { why: 'two states, feminine, after talks', text: 'المحادثات الروسية الأمريكية حول سوريا', want: ['russia', 'us'] },
    { why: 'joined by a dash', text: 'المباحثات الروسية-الأميركية في جنيف', want: ['russia', 'us'] },
    { why: 'joined by a kashida dash, which folding leaves as two spaces ("الأمريكية ـ الروسية")', text: 'الهدنة الأمريكية ـ الروسية حيز التنفيذ', want: ['russia', 'us'] },
    { why: 'joined by an em dash', text: 'المحادثات الروسية — التركية في موسكو', want: ['russia', 'turkey'] },
    { why: 'joined by و', text: 'المشاورات الروسية والتركية أمس', want: ['russia', 'turkey'] },
    { why: 'masculine, after an agreement', text: 'الاتفاق الروسي التركي لوقف النار', type: 'agreement', want: ['russia', 'turkey'] },
    { why: 'what reaching reaches stands between the word and the adjectives ("التوصل إلى اتفاق روسي تركي")', text: 'التوصل إلى اتفاق روسي تركي لإجلاء المقاتلين', type: 'agreement', want: ['russia', 'turkey'] },
    { why: 'and a word of kind may stand before them ("إلى اتفاق جديد روسي تركي")', text: 'التوصل إلى اتفاق جديد روسي تركي', type: 'agreement', want: ['russia', 'turkey'] },
    { why: 'a formula\'s adjective tells whose proposal it is, not who reached it ("التوصل إلى صيغة روسية")', text: 'التوصل إلى صيغة روسية لتقاسم السلطة', type: 'agreement', want: [] },
    { why: 'reaching anything else reaches no party ("التوصل إلى حل سوري")', text: 'التوصل إلى حل سوري للأزمة', type: 'agreement', want: [] },
    { why: 'a word of kind between ("محادثات السلام السورية")', text: 'محادثات السلام السورية في جنيف', want: ['syria', 'syrian-opposition'] },
    { why: '"Syrian" talks are between the government and the opposition', text: 'المفاوضات السورية غير المباشرة', want: ['syria', 'syrian-opposition'] },
    { why: 'a Syrian agreement is the government’s', text: 'الاتفاق السوري التركي', type: 'agreement', want: ['syria', 'turkey'] },
    { why: 'sponsors after برعاية', text: 'مفاوضات بين الطرفين برعاية روسية تركية إيرانية', want: ['iran', 'russia', 'turkey'] },
    { why: 'a verb’s subject of two words before the adjectives', text: 'يلتقي خبراء عسكريون روس وأمريكيون في جنيف', verb: true, want: ['russia', 'us'] },
    { why: 'the accusative plural and the genitive (خبراء روسا وأمريكيين)', text: 'يلتقي خبراء روسا وأمريكيين في جنيف', verb: true, want: ['russia', 'us'] },
    { why: 'the dual (مسؤولان روسيان وأمريكيان)', text: 'يلتقي مسؤولان روسيان وأمريكيان في جنيف', verb: true, want: ['russia', 'us'] },
    { why: 'counterparts named by their country', text: 'اجتماعا مع نظرائهم الأمريكيين في جنيف', want: ['us'] },
    { why: 'a counterpart in the dual, with ب', text: 'لقاء بنظيريهما الأتراك في موسكو', want: ['turkey'] },
    { why: 'adjectives away from the noun name nothing', text: 'المحادثات في جنيف وسط غارات الطائرات الروسية', want: [] },
    { why: 'a noun’s adjectives must follow it at once', text: 'الاجتماع الذي حضره الوفد الروسي', want: [] },
    { why: 'a word that only begins like an adjective', text: 'المحادثات الروسيةالجديدة', want: [] },
  ] as { why: string; text: string; type?: EventType; verb?: boolean; want: string[] }[])('$why', ({ text, type, verb, want }) => {
    expect(parties(text, type, verb)).toEqual(want);
  });

  test.each([
    { why: 'a subject put before its verb (إن خبراء روسا وأمريكيين سيلتقون)', text: 'قال دبلوماسيون إن خبراء روسا وأمريكيين سيلتقون في جنيف', verb: 'سيلتقون', want: ['russia', 'us'] },
    { why: 'with قد between (وكان مسؤولون روس وأتراك قد اجتمعوا)', text: 'وكان مسؤولون روس وأتراك قد اجتمعوا في أنقرة', verb: 'اجتمعوا', want: ['russia', 'turkey'] },
    { why: 'adjectives of a thing before the verb name no party', text: 'وكانت الطائرات الروسية والسورية قد قصفت حلب قبل أن يجتمع الوزيران', verb: 'يجتمع', want: [] },
  ])('$why', ({ text, verb, want }) => {
    const folded = foldArabic(text);
    const fstart = folded.indexOf(foldArabic(verb));
    const fend = fstart + foldArabic(verb).length;
    expect(partiesByAdjective(folded, fend, folded.length, 'meeting', true, 0, fstart).sort()).toEqual(want);
  });
});
