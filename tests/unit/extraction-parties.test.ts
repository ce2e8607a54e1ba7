/**
 * Who is party to an event, and one event per real event with its life across articles, on
 * sentences written for this test and run through the whole extraction (the reading principles
 * themselves: tests/unit/extraction-principles.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../scripts/pipeline/extract.ts';
import { extract } from '../support/extract-text.ts';
import { findGazetteerHits } from '../../scripts/pipeline/gazetteer.ts';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import { knownBrokers } from '../../scripts/pipeline/truce-brokers.ts';

describe('who is party to an event', () => {
  test.for([
    { name: 'a short name that is also a word (حجاب) is the person once named in full', body: 'وصل المنسق العام للهيئة العليا للمفاوضات رياض حجاب إلى جنيف. وقال حجاب، في مؤتمر صحفي عقده أمس الثلاثاء، إن المفاوضات متعثرة.', published: '2016-04-20', type: 'statement', actors: ['hijab'] },
    { name: 'a country right after "وزراء خارجية" is named, though "خارجية السعودية" is the stem of the Saudi ministry\'s name', body: 'واجتمع وزراء خارجية السعودية وقطر والإمارات أمس في الرياض لبحث الهدنة في سوريا.', published: '2016-09-20', type: 'meeting', actors: ['jubeir', 'al-thani', 'abdullah-bin-zayed'] },
    { name: 'a partner told after the frame of a meeting ("على هامش …") is the meeting\'s, with ب', body: 'والتقى وزير الخارجية الروسي سيرغي لافروف أمس على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك بنظيره السعودي عادل الجبير.', published: '2016-09-22', type: 'meeting', actors: ['lavrov', 'jubeir'] },
    { name: 'a deadline set by a meeting named by its format ("اجتماع ميونيخ") is the support group\'s', body: 'وتنتهي يوم الجمعة المقبل المهلة التي حددها اجتماع ميونيخ لبدء وقف الأعمال العدائية في سوريا.', published: '2016-02-14', type: 'deadline', actors: ['issg'] },
    { name: 'so is one its agreement set ("تفاهمات ميونيخ")', body: 'وكانت تفاهمات ميونيخ قد منحت الأطراف السورية مهلة أسبوع لبدء وقف القتال، انقضت يوم الجمعة الماضي.', published: '2016-02-21', type: 'deadline', actors: ['issg'] },
    { name: 'the bare head noun of a body named in full (الهيئة) is that body', body: 'وصل وفد الهيئة العليا للمفاوضات إلى جنيف الأحد. وأعلنت الهيئة، الإثنين، تعليق مشاركتها في المفاوضات.', published: '2016-04-20', type: 'meeting', actors: ['hnc'] },
    { name: '"their meeting" (لقائهما) with one of the two named is the meeting of the pair the sentence named with that one', body: 'أعلن وزير الخارجية الروسي سيرغي لافروف اليوم أن خبراء من روسيا والولايات المتحدة سيلتقون في جنيف غدا، موضحا أنه اتفق على ذلك مع نظيره الأمريكي جون كيري خلال لقائهما في فيينا ليل أمس.', published: '2016-12-08', type: 'meeting', actors: ['lavrov', 'kerry'] },
    { name: 'the country whose draft a veto struck down (مشروع قرار فرنسي) is a party to the Council\'s session', body: 'واستخدمت موسكو الفيتو في مجلس الأمن مساء السبت ضد مشروع قرار فرنسي يدعو إلى هدنة في حلب.', published: '2016-10-10', type: 'meeting', actors: ['unsc', 'russia', 'france'] },
    { name: 'the guarantors of a truce are parties to the agreement on it too', body: 'أعلن بوتين اليوم الخميس أن الحكومة السورية والمعارضة توصلتا إلى اتفاق لوقف إطلاق النار في عموم البلاد، مشيرا إلى أن روسيا وتركيا ستكونان ضامنتين للاتفاق.', published: '2016-12-29', type: 'agreement', actors: ['syria', 'syrian-opposition', 'turkey'] },
    { name: 'so are those a verb of guaranteeing names after it ("وتضمنه روسيا وتركيا")', body: 'أعلن بوتين اليوم التوصل إلى اتفاق لوقف إطلاق النار في سوريا بين الحكومة والمعارضة، على أن يبدأ سريانه منتصف الليل وتضمنه روسيا وتركيا.', published: '2016-12-29', type: 'agreement', actors: ['syria', 'syrian-opposition', 'turkey'] },
    { name: 'and those a truce is under the sponsorship of ("برعاية روسية تركية")', body: 'ودخلت الهدنة حيز التنفيذ منتصف الليلة الماضية برعاية روسية تركية.', published: '2016-12-30', type: 'ceasefire', actors: ['russia', 'turkey'] },
    { name: 'a grouping\'s meeting is attended by the ministers the article shows at work there that day', body: 'وعقدت مجموعة الدعم الدولية لسوريا اجتماعا وزاريا في نيويورك يوم الجمعة. وكان لافروف وكيري قد عقدا صباح اليوم نفسه لقاء ثنائيا في مقر البعثة الروسية.', published: '2015-12-19', type: 'meeting', actors: ['issg', 'kerry', 'lavrov'] },
    { name: 'people named by their countries before their verb are its parties ("خبراء روسا وأمريكيين سيلتقون")', body: 'وقال دبلوماسيون في جنيف إن خبراء روسا وأمريكيين سيلتقون في المدينة يوم الثلاثاء لبحث آلية مراقبة الهدنة.', published: '2016-10-16', type: 'meeting', actors: ['russia', 'us'] },
    { name: 'counterparts named by their country are parties ("بنظرائهم الأتراك")', body: 'والتقى مسؤولون عسكريون روس بنظرائهم الأتراك في أنقرة أمس لبحث ترتيبات إجلاء المدنيين من حلب.', published: '2016-12-14', type: 'meeting', actors: ['russia', 'turkey'] },
    { name: 'a state\'s foreign ministry named by its adjective is the state, for every state (الخارجية السورية)', body: 'ورحبت وزارة الخارجية السورية في بيان اليوم بالاتفاق الروسي التركي على وقف إطلاق النار.', published: '2016-12-30', type: 'statement', actors: ['syria'] },
    { name: 'so is its general staff (هيئة الأركان التركية)', body: 'وأعلنت هيئة الأركان التركية أمس موافقتها على الهدنة في حلب.', published: '2016-12-15', type: 'agreement', actors: ['turkey'] },
    { name: 'Syria\'s ministry by its own name (وزارة الخارجية والمغتربين)', body: 'وقالت وزارة الخارجية والمغتربين في بيان اليوم إن دمشق ترحب بالاتفاق.', published: '2016-12-30', type: 'statement', actors: ['syria'] },
    { name: 'a truce told by the day a known one took effect has its brokers, unnamed (27 February: the United States and Russia)', body: 'وقال المبعوث الدولي إن وقف الأعمال العدائية الذي بدأ سريانه في السابع والعشرين من فبراير الماضي خفض مستوى العنف بشكل ملحوظ.', published: '2016-03-20', type: 'ceasefire', actors: ['us', 'russia'] },
    { name: 'and the December ceasefire its guarantors, Russia and Turkey', body: 'ودخل وقف شامل لإطلاق النار في سوريا حيز التنفيذ منتصف ليل الخميس الجمعة وسط هدوء حذر.', published: '2016-12-30', type: 'ceasefire', actors: ['russia', 'turkey'] },
    { name: 'the two presidents with their states after them are the heads of state ("الرئيسان الأمريكي والروسي")', body: 'وبحث الرئيسان الأمريكي والروسي في اتصال هاتفي مساء الأحد سبل تثبيت الهدنة في سوريا.', published: '2016-02-09', type: 'call', actors: ['obama', 'putin'] },
    { name: 'the city that hosts a meeting is its place, and its state the host ("استضافت الرياض مؤتمرا")', body: 'واستضافت الرياض يومي التاسع والعاشر من الشهر الجاري مؤتمرا موسعا لقوى المعارضة السورية.', published: '2015-12-11', type: 'meeting', actors: ['syrian-opposition', 'saudi-arabia'] },
    { name: 'talks "he held" with no name after the verb are held by the person the sentence opened on ("محادثات أجراها في موسكو")', body: 'أعلن وزير الخارجية الأميركي جون كيري أن بلاده وروسيا اتفقتا على الدفع نحو انتقال سياسي، وذلك في ختام محادثات أجراها في موسكو، الخميس، مع الرئيس فلاديمير بوتين ووزير الخارجية سيرغي لافروف.', published: '2016-03-25', type: 'meeting', actors: ['kerry', 'lavrov', 'putin'] },
    { name: 'a statement after a participle of saying (مؤكدا في تصريح) is the speaker\'s of the main clause', body: 'ورحب وزير الخارجية الأردني ناصر جودة بالتفاهم، مؤكدا في تصريح لوكالة الأنباء الأردنية الليلة الماضية أهمية البناء عليه.', published: '2016-05-05', type: 'statement', actors: ['judeh'] },
    { name: 'a meeting told with no party of its own continues the last one its article told with parties ("عقد اجتماع آخر في جنيف")', body: 'التقى كيري ولافروف في موسكو في الخامس عشر من تموز لبحث التعاون العسكري. وفي السادس والعشرين من آب عقد اجتماع آخر في جنيف استمر اثنتي عشرة ساعة.', published: '2016-08-28', type: 'meeting', date: '2016-08-26', actors: ['kerry', 'lavrov'] },
    { name: 'of two meetings of one sentence, the later one told with no party continues the earlier, not the last one before the sentence', body: 'والتقى بايدن أردوغان في أنقرة الأربعاء. وكان كيري ولافروف قد التقيا آخر مرة في 26 تموز الماضي في فيينتيان، بعد أقل من أسبوعين على مباحثات مطولة في موسكو يومي 14 و15 من الشهر نفسه.', published: '2016-08-27', type: 'meeting', date: '2016-07-14', actors: ['kerry', 'lavrov'] },
    { name: 'a single opposition faction (كل فصيل معارض) is the opposition', body: 'وعلى كل فصيل معارض يرغب في المشاركة في المفاوضات أن يبلغ المبعوث الدولي بقراره في موعد أقصاه ظهر الجمعة 26 شباط.', published: '2016-02-23', type: 'deadline', date: '2016-02-26', actors: ['syrian-opposition'] },
    { name: 'and one told before any, the next one after it ("انعقد الاجتماع الموسع … وكان كيري ولافروف … قد التقوا")', body: 'انعقد الاجتماع الموسع حول سوريا في فيينا أمس بعد ساعات من التأجيل. وكان كيري ولافروف والجبير وسينيرلي أوغلو قد التقوا في فيينا يوم 23 تشرين الأول.', published: '2015-10-31', type: 'meeting', date: '2015-10-30', actors: ['kerry', 'lavrov'] },
    { name: 'a speech fronted before its speaker\'s verb with no comma is the speaker\'s ("وفي كلمة له عقب التصويت أكد …")', body: 'صوت مجلس الأمن أمس بالإجماع على القرار. وفي كلمة له عقب التصويت أكد المندوب الروسي فيتالي تشوركين أن القرار خطوة أولى.', published: '2015-12-19', type: 'statement', actors: ['churkin'] },
    { name: 'and remarks fronted so, dated by their own day ("وفي تصريح له أمس قال …")', body: 'وفي تصريحات له مساء أمس قال وزير الخارجية الفرنسي جان مارك أيرولت إن باريس لن تقبل بالحصار.', published: '2016-10-09', type: 'statement', actors: ['ayrault'] },
    { name: 'a spokesperson judging "the agreement" on a day of their own gives a statement ("قال تونر مساء أمس إن الاتفاق تطور إيجابي")', body: 'وقال المتحدث باسم وزارة الخارجية الأمريكية مارك تونر مساء أمس إن الاتفاق تطور إيجابي.', published: '2016-12-30', type: 'statement', actors: ['toner'] },
  ])('$name', ({ body, published, type, actors, date }: { body: string; published: string; type: string; actors: string[]; date?: string }) => {
    const events = extract(body, published).filter((e) => e.type === type && (date === undefined || e.date.start === date));
    expect(events.some((e) => actors.every((a) => e.actors.includes(a))), JSON.stringify(events.map((e) => e.actors))).toBe(true);
  });
  test.for([
    { name: 'the word, before the full name is told, is no one', body: 'وقال حجاب إن الهدنة انتهت. ووصل رياض حجاب إلى جنيف.', id: 'hijab', hits: 1 },
    { name: 'the word, not after a verb or a clause opening, is the word', body: 'وصل رياض حجاب إلى جنيف. وترتدي المرأة حجاب الرأس.', id: 'hijab', hits: 1 },
    { name: 'a head noun with a word of its own is another body (الهيئة الانتقالية)', body: 'اجتمع وفد الهيئة العليا للمفاوضات مع دي ميستورا. وبحث الجانبان تشكيل الهيئة الانتقالية.', id: 'hnc', hits: 1 },
    { name: 'the head noun alone, after the full name, is the body', body: 'اجتمع وفد الهيئة العليا للمفاوضات مع دي ميستورا. وأعلنت الهيئة تعليق مشاركتها.', id: 'hnc', hits: 2 },
    { name: 'a weekday after the head noun makes no other body', body: 'اجتمع وفد الهيئة العليا للمفاوضات مع دي ميستورا. وأعلنت الهيئة الإثنين تعليق مشاركتها.', id: 'hnc', hits: 2 },
    { name: 'the support group named "المجموعة الدولية" after its full name is the group, read whole before "المجموعة"', body: 'واجتمعت المجموعة الدولية لدعم سوريا في ميونيخ. واتفقت المجموعة الدولية على وقف الأعمال العدائية.', id: 'issg', hits: 2 },
    { name: 'and "المجموعة الدولية" with no support group named before is no one (the Maghreb\'s "international community")', body: 'ودعت المجموعة الدولية إلى وقف القتال في ليبيا.', id: 'issg', hits: 0 },
    { name: 'the Council alone, after the Security Council is named, is the Council (المجلس)', body: 'صوت مجلس الأمن الدولي أمس على مشروع القرار. وقال المجلس في بيان إن الهدنة يجب أن تحترم.', id: 'unsc', hits: 2 },
    { name: 'the Council alone before "إلى" is the Council named before (ودعا المجلس إلى)', body: 'صوت مجلس الأمن الدولي أمس على مشروع القرار. ودعا المجلس إلى وقف القتال.', id: 'unsc', hits: 2 },
    { name: 'after another council named since (مجلس حقوق الإنسان), the Council alone is no one', body: 'عقد مجلس الأمن جلسة أمس. وقال مجلس حقوق الإنسان إن المجلس سيعقد اليوم جلسة خاصة.', id: 'unsc', hits: 1 },
    { name: 'after another envoy named since (المبعوث الأمريكي), the envoy alone is not the UN\'s', body: 'التقى المبعوث الأممي ستيفان دي ميستورا الوفود أمس. وقال المبعوث الأمريكي مايكل راتني إن الهدنة صامدة، وأكد المبعوث في بيان اليوم أن واشنطن ملتزمة.', id: 'de-mistura', hits: 2 },
    { name: 'a group named with لل after the head noun is another group (المجموعة الدولية للأزمات)', body: 'اتفقت المجموعة الدولية لدعم سوريا في ميونيخ أمس على وقف الأعمال العدائية. وحذرت المجموعة الدولية للأزمات في بيان اليوم من انهيار الاتفاق.', id: 'issg', hits: 1 },
    { name: 'the Council alone, before any council is named, is no one', body: 'وقال المجلس في بيان إن الهدنة يجب أن تحترم.', id: 'unsc', hits: 0 },
    { name: 'a council with a word of its own is another body (المجلس الوطني)', body: 'صوت مجلس الأمن الدولي أمس على مشروع القرار. وقال المجلس الوطني السوري إن القرار ناقص.', id: 'unsc', hits: 1 },
    { name: 'the envoy alone, after the UN envoy is named (title and name: two hits), is the envoy (المبعوث)', body: 'وصل المبعوث الأممي ستيفان دي ميستورا إلى دمشق. وقال المبعوث للصحفيين إن المحادثات ستستأنف.', id: 'de-mistura', hits: 3 },
    { name: 'an envoy with his state after him is another envoy (المبعوث الأمريكي)', body: 'وصل المبعوث الأممي ستيفان دي ميستورا إلى دمشق. والتقى المبعوث الأمريكي مايكل راتني المعارضة.', id: 'de-mistura', hits: 2 },
    { name: 'a title holding the body\'s name names the body: the head noun after it is the body (المنسق العام للهيئة … وكانت الهيئة)', body: 'أكد المنسق العام للهيئة العليا للمفاوضات رياض حجاب أن المعارضة لن تعود. وكانت الهيئة أعلنت الإثنين تعليق مشاركتها.', id: 'hnc', hits: 1 },
    { name: 'and a title holding no body\'s name names none (وزير الخارجية … وكانت الهيئة)', body: 'أكد وزير الخارجية السعودي عادل الجبير أن المعارضة لن تعود. وكانت الهيئة أعلنت الإثنين تعليق مشاركتها.', id: 'hnc', hits: 0 },
    { name: 'the head noun with لل is the body too', body: 'اجتمع وفد الهيئة العليا للمفاوضات مع دي ميستورا. وقال متحدث باسم للهيئة إن الوفد باق.', id: 'hnc', hits: 2 },
    { name: 'the UN envoy in the form "المبعوث الخاص للأمم المتحدة", typed with the UN as one word', body: 'واستمع مجلس الأمن إلى إحاطة من المبعوث الخاص للأممالمتحدة.', id: 'de-mistura', hits: 1 },
    { name: 'the United States typed as one word, in any spelling the table holds with the two', body: 'وقالت الولاياتالمتحدة الأميركية إن الأممالمتحدة ستشارك.', id: 'us', hits: 1 },
    { name: '"ولايتي" (my term) is no one', body: 'وقال أوباما إنه لن يرسل قوات برية إلى سوريا خلال ولايتي الأولى والثانية.', id: 'velayati', hits: 0 },
    { name: 'a short name inside a longer name is that name, not a second hit', body: 'وقال الملك عبد الله الثاني إن الأردن يدعم الحل السياسي. وقال الملك عبد الله إن الحدود آمنة.', id: 'king-abdullah', hits: 2 },
    { name: 'the opposition named without the article (فصائل معارضة مسلحة) is the opposition', body: 'ووقع ممثلون عن الحكومة وعن فصائل معارضة مسلحة اتفاقا للهدنة.', id: 'syrian-opposition', hits: 1 },
    { name: 'the "moderate opposition" is the opposition', body: 'ودعت موسكو واشنطن إلى فصل المعارضة المعتدلة عن جبهة النصرة.', id: 'syrian-opposition', hits: 1 },
  ])('$name', ({ body, id, hits }) => {
    expect(findGazetteerHits(foldWithOffsets(body)).filter((h) => h.id === id)).toHaveLength(hits);
  });
  test('talks an adjective names as the Syrian sides\' (المفاوضات السورية) are theirs, not those of the ministers trying to save them', () => {
    const events = extract('أمضى لافروف وكيري ثلاث ساعات في زيوريخ في محاولة لإنقاذ موعد المفاوضات السورية المقررة في جنيف الاثنين المقبل.', '2016-01-21');
    const talks = events.filter((e) => e.type === 'meeting' && e.date.start === '2016-01-25');
    expect(talks.map((e) => [...e.actors].sort())).toEqual([['syria', 'syrian-opposition']]);
  });

  test('a deadline for talks between the Syrian sides to start is that, not a constitution\'s, and binds both sides', () => {
    const events = extract('اتفقت المجموعة الدولية لدعم سوريا أمس على جدول زمني لعملية سياسية تبدأ بمحادثات بين الحكومة السورية والمعارضة بحلول الأول من يناير المقبل.', '2015-11-15');
    const deadline = events.find((e) => e.type === 'deadline');
    expect(deadline?.title.en).toBe('Deadline for talks between the Syrian sides');
    expect(deadline?.date.start).toBe('2016-01-01');
    expect(deadline?.actors).toEqual(expect.arrayContaining(['syria', 'syrian-opposition']));
  });

  test('a "Vienna meeting" told before the support group first met is not its meeting', () => {
    const body = 'وانتهى لقاء فيينا أمس من دون اتفاق على مصير الأسد.';
    expect(extract(body, '2015-10-24').flatMap((e) => e.actors)).not.toContain('issg');
    expect(extract(body, '2015-11-15').flatMap((e) => e.actors)).toContain('issg');
  });
  test('the Munich Security Conference is not the support group that met beside it', () => {
    const events = extract('وافتتح مؤتمر ميونيخ للأمن أعماله أمس بحضور رؤساء حكومات ووزراء دفاع.', '2016-02-13');
    expect(events.map((e) => e.date.start)).toEqual(['2016-02-12']);
    expect(events.flatMap((e) => e.actors)).not.toContain('issg');
  });
  test('adjectives of what was discussed name no party ("ناقش الملف السوري")', () => {
    const events = extract('وكان لافروف قد ناقش الملف السوري مع نظيره الأمريكي جون كيري خلال لقاء في جنيف الخميس الماضي.', '2016-09-13');
    expect(events.map((e) => e.type)).toEqual(['meeting']);
    expect(events[0].actors).not.toContain('syria');
  });

  test('a deadline is the truce’s only when its own clause names the truce', () => {
    const events = extract('وحدد المبعوث موعدا نهائيا لتشكيل هيئة الحكم الانتقالي في الأول من آب، رغم انهيار الهدنة في حلب.', '2016-05-10');
    const deadlines = events.filter((e) => e.type === 'deadline');
    expect(deadlines.map((e) => e.date.start)).toEqual(['2016-08-01']);
    expect(deadlines[0].actors).not.toContain('syria');
  });

  test('a minister named with talks he attacks does not make them the two sides’ talks; a delegate does', () => {
    const attacked = extract('وهاجم وزير الخارجية السوري وليد المعلم أمس محادثات جنيف ووصفها بأنها مضيعة للوقت.', '2016-04-20');
    expect(attacked.flatMap((e) => e.actors)).not.toContain('syrian-opposition');
    const delegate = extract('وقال رئيس وفد المعارضة أسعد الزعبي إن محادثات جنيف التي انتهت أمس لم تحقق شيئا.', '2016-04-20');
    expect(delegate.find((e) => e.type === 'meeting')?.actors).toEqual(expect.arrayContaining(['syria']));
  });

  test('an office that changed hands is held by the one serving on the day the article was written, not a predecessor it names', () => {
    const events = extract('التقى كيري نظيره البريطاني أمس في لندن لبحث الهدنة في حلب. وكان سلفه فيليب هاموند قد زار موسكو في الربيع.', '2016-09-20');
    expect(events.find((e) => e.type === 'meeting' && e.date.start === '2016-09-19')?.actors).toEqual(expect.arrayContaining(['kerry', 'boris-johnson']));
  });

  test('those taking part in a meeting agree as its parties, not as the bodies their statement tasks; their statement is that one agreement', () => {
    const events = extract('اتفقت الدول المشاركة في اجتماع ميونيخ أمس على بيان ختامي يكلف الأمم المتحدة بدعوة ممثلي الحكومة السورية والمعارضة إلى مفاوضات.', '2016-02-13');
    const agreements = events.filter((e) => e.type === 'agreement');
    expect(agreements.map((e) => [e.date.start, e.date.approximate])).toEqual([['2016-02-12', false]]);
    expect(agreements[0].actors).not.toContain('un');
    expect(agreements[0].actors).not.toContain('syria');
  });

  test('a relative clause set off by commas between the agreeing subject and "على" still leaves what was agreed out of the parties', () => {
    const events = extract('اتفقت الدول المشاركة في اجتماع فيينا، الذي عقد أمس الجمعة، على بيان يدعو الأمم المتحدة إلى جمع ممثلي الحكومة السورية والمعارضة في مفاوضات.', '2015-10-31');
    const agreements = events.filter((e) => e.type === 'agreement');
    expect(agreements.map((e) => e.date.start)).toEqual(['2015-10-30']);
    expect(agreements[0].actors).not.toContain('un');
  });

  test('a final statement agreed on across a set-off relative clause is the same agreement, and names none of the bodies it tasks', () => {
    const events = extract('اتفقت الدول المشاركة في اجتماع فيينا، الذي عقد أمس الجمعة، على بيان ختامي يكلف الأمم المتحدة بدعوة ممثلي الحكومة والمعارضة إلى عملية سياسية.', '2015-10-31');
    const agreements = events.filter((e) => e.type === 'agreement');
    expect(agreements.map((e) => e.date.start)).toEqual(['2015-10-30']);
    expect(agreements[0].actors).toEqual(['issg']);
  });

  test('what the parties agree to keep working on names no party', () => {
    const events = extract('اتفق لافروف وكيري أمس على مواصلة العمل على قوائم المعارضة.', '2015-12-16');
    expect(events.map((e) => e.actors)).toEqual([['kerry', 'lavrov']]);
  });

  test('what the parties agree on names no party, and talks it aims to launch are planned', () => {
    const events = extract('اتفق وزراء خارجية روسيا وإيران وتركيا في موسكو أمس على خطة لإطلاق محادثات بين الحكومة السورية والمعارضة في أستانا.', '2016-12-21');
    const agreements = events.filter((e) => e.type === 'agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0].date.start).toBe('2016-12-20');
    expect(agreements[0].actors).not.toContain('syria');
    expect(agreements[0].actors).not.toContain('syrian-opposition');
    expect(events.filter((e) => e.type === 'meeting').map((e) => e.status)).toEqual(['planned']);
  });
});

describe('one event per real event, and its life', () => {
  test('announced in one article and held in the next: one event, held, with its history', () => {
    const events = extractEvents([
      { id: 'a', file: 'a.txt', body: 'أعلنت الخارجية الروسية أن لافروف سيلتقي كيري في جنيف يوم الجمعة المقبل.', meta: {}, published: '2016-08-22', publishedFrom: 'metadata' },
      { id: 'b', file: 'b.txt', body: 'التقى لافروف وكيري في جنيف اليوم الجمعة لبحث الهدنة.', meta: {}, published: '2016-08-26', publishedFrom: 'metadata' },
    ]).file.events.filter((e) => e.type === 'meeting');
    expect(events).toHaveLength(1);
    expect(events[0].status).toBe('held');
    expect(events[0].history).toEqual([{ status: 'planned', date: '2016-08-22', article: 'a' }]);
  });

  test('sources a day apart: one event on the better-supported day, the other listed with its source', () => {
    const events = extractEvents([
      { id: 'a', file: 'a.txt', body: 'التقى كيري ولافروف في زيوريخ يوم الأربعاء 20 يناير 2016.', meta: {}, published: '2016-01-21', publishedFrom: 'metadata' },
      { id: 'b', file: 'b.txt', body: 'التقى كيري ولافروف في زيوريخ يوم الأربعاء 20 يناير 2016.', meta: {}, published: '2016-01-22', publishedFrom: 'metadata' },
      { id: 'c', file: 'c.txt', body: 'التقى كيري ولافروف في زيوريخ يوم الخميس 21 يناير 2016.', meta: {}, published: '2016-01-22', publishedFrom: 'metadata' },
    ]).file.events.filter((e) => e.type === 'meeting');
    expect(events).toHaveLength(1);
    expect(events[0].date.start).toBe('2016-01-20');
    expect(events[0].otherDates).toEqual([{ date: { start: '2016-01-21', end: '2016-01-21', precision: 'day', approximate: false }, articles: ['c'] }]);
  });

  test('no two events share a title and a day', () => {
    const body = 'التقى كيري ولافروف في جنيف أمس. وخلال اللقاء بحث الوزيران الهدنة في حلب. وقال كيري إن اللقاء مع لافروف كان مثمرا.';
    const events = extract(body, '2016-08-27');
    const keys = events.map((e) => `${e.title.en}|${e.date.start}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('brokers of the known truces', () => {
  test.each([
    { day: '2016-02-27', want: ['us', 'russia'] },
    { day: '2016-12-30', want: ['russia', 'turkey'] },
    { day: '2016-07-06', want: [] },
    { day: undefined, want: [] },
  ])('a truce beginning $day', ({ day, want }) => {
    expect(knownBrokers(day, '', [])).toEqual(want);
  });

  test('a truce the Syrian army declares alone on another day gets no brokers', () => {
    const truces = extract('وأعلنت القيادة العامة للجيش السوري تهدئة لمدة 72 ساعة تبدأ من الساعة الواحدة من صباح اليوم الأربعاء بمناسبة عيد الفطر.', '2016-07-06').filter((e) => e.type === 'ceasefire');
    expect(truces.length).toBeGreaterThan(0);
    for (const t of truces) expect(t.actors).not.toContain('us');
  });
});
