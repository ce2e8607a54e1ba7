/**
 * One row per reading principle of the extraction (issue 11's classes), on sentences written for
 * this test, run through the whole extraction with the real date tagger: what a careful reader
 * puts on the timeline, and nothing else. The blind development set measures the same principles
 * on passages the pipeline's authors did not write (tests/unit/dev-set.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../scripts/pipeline/extract.ts';
import type { LoadedArticle } from '../../scripts/pipeline/types.ts';
import type { EventStatus, EventType, TimelineEvent } from '../../src/lib/types.ts';

interface Expected {
  type: EventType;
  status: EventStatus;
  /** The day, or omitted when the row is not about the date. */
  date?: string;
  /** The last day, for an event over several days. */
  end?: string;
  /** Actors the event must name (it may name more). */
  actors?: string[];
}

function extract(body: string, published: string, id = 'a'): TimelineEvent[] {
  const article: LoadedArticle = { id, file: `${id}.txt`, body, meta: { published }, published, publishedFrom: 'metadata' };
  return extractEvents([article]).file.events;
}

function fits(event: TimelineEvent, want: Expected): boolean {
  return event.type === want.type && event.status === want.status
    && (want.date === undefined || event.date.start === want.date)
    && (want.end === undefined || event.date.end === want.end)
    && (want.actors ?? []).every((a) => event.actors.includes(a));
}

describe('what a careful reader puts on the timeline', () => {
  test.for<{ name: string; body: string; published: string; expected: Expected[] }>([
    // Morphology: nouns with tanween and pronoun suffixes, verbs in every person.
    { name: 'a noun in the accusative (اجتماعا)', body: 'عقد كيري ولافروف اجتماعا في جنيف أمس لبحث الوضع في حلب.', published: '2016-08-27', expected: [{ type: 'meeting', status: 'held', date: '2016-08-26', actors: ['kerry', 'lavrov'] }] },
    { name: 'the Maghreb\'s "ندوة صحفية مشتركة" is a joint press conference, and a speaker told after it spoke at it', body: 'وخلال ندوة صحفية مشتركة مع نظيره الروسي سيرغي لافروف مساء أمس، اعتبر وزير الخارجية الأمريكي جون كيري أن النقاش كان مثمرا.', published: '2016-09-10', expected: [{ type: 'meeting', status: 'held', date: '2016-09-09', actors: ['kerry', 'lavrov'] }] },
    { name: 'an agreement told in what was said at a joint press conference was reached by the conference\'s day, not the lead\'s', body: 'التقى كيري الرئيس بوتين في الكرملين مساء الخميس. وقال لافروف، في مؤتمر صحفي مشترك مع كيري عقد مساء الجمعة، إن الجانبين اتفقا على خطوات لتثبيت الهدنة.', published: '2016-07-17', expected: [{ type: 'meeting', status: 'held', date: '2016-07-14', actors: ['kerry', 'putin'] }, { type: 'agreement', status: 'reached', date: '2016-07-15', actors: ['kerry', 'lavrov'] }, { type: 'meeting', status: 'held', date: '2016-07-15', actors: ['kerry', 'lavrov'] }] },
    { name: 'a joint press conference on the day a convening group agreed closed the group\'s meeting: the group took part', body: 'اتفقت المجموعة الدولية لدعم سوريا في ميونيخ أمس على وقف للأعمال العدائية في غضون أسبوع. وقال كيري، في مؤتمر صحفي مشترك مع لافروف والمبعوث الدولي دي ميستورا، إن الامتحان الحقيقي سيكون على الأرض.', published: '2016-02-13', expected: [{ type: 'agreement', status: 'reached', date: '2016-02-12', actors: ['issg'] }, { type: 'ceasefire', status: 'planned', date: '2016-02-12' }, { type: 'meeting', status: 'held', date: '2016-02-12', actors: ['issg', 'kerry', 'lavrov', 'de-mistura'] }] },
    { name: 'a dual future verb (سيلتقيان) is planned', body: 'قالت الخارجية الروسية إن لافروف وكيري سيلتقيان في جنيف غدا الجمعة.', published: '2016-08-25', expected: [{ type: 'meeting', status: 'planned', date: '2016-08-26', actors: ['kerry', 'lavrov'] }] },
    { name: 'an agreement with a pronoun suffix (اتفاقها)', body: 'أعلنت روسيا والولايات المتحدة أمس اتفاقهما على هدنة جديدة في حلب.', published: '2016-05-05', expected: [{ type: 'agreement', status: 'reached', date: '2016-05-04', actors: ['russia', 'us'] }] },
    // Adoption is an agreement.
    { name: 'the Security Council adopting a resolution', body: 'تبنى مجلس الأمن الدولي بالإجماع أمس قرارا يدعم خطة السلام في سوريا.', published: '2015-12-19', expected: [{ type: 'agreement', status: 'reached', date: '2015-12-18', actors: ['unsc'] }] },
    { name: 'the UN endorsing a plan is its Security Council', body: 'وصادقت الأمم المتحدة أمس على خطة السلام التي وضعتها مجموعة الدعم الدولية لسوريا.', published: '2015-12-19', expected: [{ type: 'agreement', status: 'reached', date: '2015-12-18', actors: ['unsc'] }] },
    { name: 'a joint statement issued', body: 'أصدرت واشنطن وموسكو أمس بيانا مشتركا حول وقف الأعمال العدائية في سوريا.', published: '2016-02-23', expected: [{ type: 'agreement', status: 'reached', date: '2016-02-22', actors: ['us', 'russia'] }] },
    // Ceasefires are a truce noun and what it does.
    { name: 'a ceasefire taking effect (noun, then its mechanic)', body: 'دخلت الهدنة في سوريا حيز التنفيذ أمس وسط هدوء حذر.', published: '2016-09-13', expected: [{ type: 'ceasefire', status: 'held', date: '2016-09-12' }] },
    { name: 'a ceasefire extended', body: 'أعلن الجيش الروسي أمس تمديد الهدنة في حلب ثلاثة أيام.', published: '2016-10-21', expected: [{ type: 'ceasefire', status: 'held', date: '2016-10-20', actors: ['russia'] }] },
    { name: 'agreeing on an extension is the extension, with the agreement’s parties', body: 'اتفق كيري ولافروف أمس على تمديد الهدنة في سوريا يومين إضافيين.', published: '2016-09-15', expected: [{ type: 'ceasefire', status: 'held', date: '2016-09-14', actors: ['kerry', 'lavrov'] }] },
    { name: 'a truce that "began" (بدأت: the ب is the verb’s, not a preposition)', body: 'بدأت صباح اليوم في ريف حمص هدنة مؤقتة أعلنتها موسكو لإجلاء الجرحى.', published: '2016-11-04', expected: [{ type: 'ceasefire', status: 'held', date: '2016-11-04', actors: ['russia'] }] },
    { name: 'a truce named with a preposition inside (وقف للأعمال العدائية)', body: 'ويبدأ وقف شامل للأعمال العدائية منتصف ليل الجمعة في أنحاء سوريا.', published: '2016-02-24', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-02-27' }] },
    { name: 'combat operations suspended across the country is a truce', body: 'قرر الجيش تعليق كافة العمليات القتالية على أن يبدأ التطبيق يوم 5-3-2016.', published: '2016-03-03', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-03-05' }] },
    { name: 'an agreement told in a relative clause leaves the truce its mechanic and its hour, still ahead today', body: 'تدخل الهدنة التي اتفقت عليها موسكو وواشنطن حيز التنفيذ عند الساعة السابعة من مساء اليوم.', published: '2016-09-12', expected: [{ type: 'agreement', status: 'reached', actors: ['us', 'russia'] }, { type: 'ceasefire', status: 'planned', date: '2016-09-12' }] },
    { name: 'a truce from the midnight ending a weekday starts the next day', body: 'أعلنت روسيا أن الهدنة في حلب تبدأ منتصف ليل الأربعاء وتستمر ثلاثة أيام.', published: '2016-10-17', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-10-20' }] },
    { name: 'a meeting that names only its partner was held by the sentence’s visitor', body: 'يصل لافروف إلى طهران غدا الأحد في زيارة يلتقي خلالها الرئيس حسن روحاني مساء اليوم نفسه.', published: '2016-11-05', expected: [{ type: 'meeting', status: 'planned', date: '2016-11-06', actors: ['lavrov', 'rouhani'] }] },
    { name: 'an outcome verb reaches past its subject’s name and the day to the talks it befalls, and the day they are put off to is planned', body: 'علّق المبعوث الأممي ستيفان دي ميستورا مساء أمس الثلاثاء المحادثات السورية في جنيف حتى 12 آذار.', published: '2016-03-02', expected: [{ type: 'meeting', status: 'suspended', date: '2016-03-01', actors: ['de-mistura', 'syria', 'syrian-opposition'] }, { type: 'meeting', status: 'planned', date: '2016-03-12' }] },
    { name: 'an outcome that may come is no event', body: 'وقال مسؤول روسي إن موسكو قد تعلق مشاوراتها مع واشنطن حول حلب إذا استمر القصف حتى الخميس.', published: '2016-10-01', expected: [] },
    { name: 'a grace period of hours runs out that many days on (مهلة 48 ساعة)', body: 'ومنح الجيش السوري المسلحين في الأحياء الشرقية مهلة 48 ساعة للخروج من المدينة.', published: '2016-12-07', expected: [{ type: 'deadline', status: 'planned', date: '2016-12-09', actors: ['syria'] }] },
    { name: 'a time of day alone is of the day its sentence named before it', body: 'وقال لافروف يوم الاثنين إنه تحادث هاتفيا صباحا مع نظيره الأمريكي جون كيري.', published: '2016-02-03', expected: [{ type: 'call', status: 'held', date: '2016-02-01', actors: ['lavrov', 'kerry'] }] },
    { name: '"إذا" as "whether" makes no ultimatum', body: 'وقال الوزير إن بلاده ستراجع موقفها بعد 25 أيار، وتساءل إذا كانت موسكو جادة في وعودها.', published: '2016-05-18', expected: [] },
    { name: 'agreeing that a truce continue is an agreement, not talk about talking', body: 'واتفق الرئيسان بوتين وأوباما في اتصال هاتفي أمس على استمرار الهدنة في سوريا.', published: '2016-03-08', expected: [{ type: 'agreement', status: 'reached', date: '2016-03-07', actors: ['putin', 'obama'] }, { type: 'call', status: 'held', date: '2016-03-07', actors: ['putin', 'obama'] }] },
    { name: 'two sides meeting on a conference’s margin hold talks, not a conference, and the conference stays', body: 'وشارك كيري أمس في مؤتمر ميونيخ للأمن، وعلى هامش المؤتمر جمعه بلافروف لقاء ثنائي.', published: '2016-02-05', expected: [{ type: 'meeting', status: 'held', date: '2016-02-04', actors: ['kerry'] }, { type: 'meeting', status: 'held', date: '2016-02-04', actors: ['kerry', 'lavrov'] }] },
    { name: 'a truce from the midnight ending a weekday given with its date starts the next day', body: 'وتدخل الهدنة حيز التنفيذ عند منتصف ليل الخميس 8 أيلول بتوقيت دمشق.', published: '2016-09-06', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-09-09' }] },
    { name: 'a truce from tonight’s midnight starts tomorrow; from last night’s, today', body: 'تبدأ الهدنة في حلب عند منتصف هذه الليلة. وكانت هدنة في ريف اللاذقية قد دخلت حيز التنفيذ منتصف الليلة الماضية.', published: '2016-05-04', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-05-05' }, { type: 'ceasefire', status: 'held', date: '2016-05-04' }] },
    { name: 'a truce to begin within a limit is planned within it', body: 'واتفق الوزراء في ميونيخ أمس على هدنة في سوريا يبدأ تطبيقها في غضون أسبوع.', published: '2016-02-12', expected: [{ type: 'agreement', status: 'reached', date: '2016-02-11' }, { type: 'ceasefire', status: 'planned', date: '2016-02-11', end: '2016-02-18' }] },
    { name: 'a negation governs both things "أو" joins: no agreement and no joint statement', body: 'واختتم في لوزان أمس السبت اجتماع دولي بشأن سوريا ضم كيري ولافروف، دون التوصل إلى اتفاق أو إصدار بيان مشترك.', published: '2016-10-16', expected: [{ type: 'meeting', status: 'held', date: '2016-10-15', actors: ['kerry', 'lavrov'] }] },
    { name: '"أقر" with its subject before "بأن" is "acknowledged", no adoption', body: 'وفي المقابل، أقر لافروف أمس بأن الخلاف مع واشنطن حول مصير الأسد لا يزال قائما.', published: '2015-10-12', expected: [] },
    { name: 'separate meetings with several partners are one with each', body: 'وعقد لافروف في نيويورك أمس لقاءات منفصلة مع الجبير وظريف.', published: '2016-09-21', expected: [{ type: 'meeting', status: 'held', date: '2016-09-20', actors: ['lavrov', 'jubeir'] }, { type: 'meeting', status: 'held', date: '2016-09-20', actors: ['lavrov', 'zarif'] }] },
    { name: 'separate talks with one partner named with his country are one meeting', body: 'وأجرى كيري أمس محادثات منفصلة مع وزير الخارجية الروسي سيرغي لافروف.', published: '2016-03-25', expected: [{ type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'lavrov'] }] },
    { name: 'talks put off keep the day they had been planned for, and the new day is planned', body: 'أعلن دي ميستورا أمس أن استئناف المحادثات السورية في جنيف، الذي كان مقررا يوم الاثنين 14 آذار، أرجئ إلى الأربعاء 16 آذار.', published: '2016-03-09', expected: [{ type: 'meeting', status: 'postponed', date: '2016-03-14' }, { type: 'meeting', status: 'planned', date: '2016-03-16' }] },
    { name: 'talks that "will not be held" are called off, on the day they were expected', body: 'قال لافروف اليوم الثلاثاء إن المشاورات الروسية الأمريكية التي كانت مرتقبة في جنيف غدا الأربعاء لن تعقد.', published: '2016-12-06', expected: [{ type: 'meeting', status: 'cancelled', date: '2016-12-07', actors: ['russia', 'us'] }] },
    { name: 'a resolution "adopted" with its object as a pronoun (الذي تبناه)', body: 'ودعا إلى تطبيق القرار 2268 الذي تبناه مجلس الأمن بالإجماع في 26 شباط.', published: '2016-03-10', expected: [{ type: 'agreement', status: 'reached', date: '2016-02-26', actors: ['unsc'] }] },
    { name: 'reaching an agreement with the subject and the day between the verb and it', body: 'توصلت موسكو وأنقرة مساء أمس الأربعاء لاتفاق على إجلاء الجرحى من شرق حلب.', published: '2016-12-15', expected: [{ type: 'agreement', status: 'reached', date: '2016-12-14', actors: ['russia', 'turkey'] }] },
    { name: 'a future verb after the talks they tell of makes them planned; the experts’ adjectives name the parties', body: 'قال المتحدث إن جولة جديدة من مشاورات الخبراء الروس والأمريكيين ستعقد في جنيف.', published: '2016-09-20', expected: [{ type: 'meeting', status: 'planned', actors: ['russia', 'us'] }] },
    { name: 'a future verb before the meeting, past the long name of its subject', body: 'وسيعقد وزراء خارجية مجموعة الدعم الدولية لسوريا اجتماعا في فيينا لبحث الهدنة.', published: '2016-05-10', expected: [{ type: 'meeting', status: 'planned', actors: ['issg'] }] },
    { name: 'a future verb in the next clause leaves the meeting held', body: 'عقد الجانبان الروسي والأمريكي اجتماعا في جنيف أمس، وستعقد جولة أخرى الأسبوع المقبل.', published: '2016-09-10', expected: [{ type: 'meeting', status: 'held', date: '2016-09-09', actors: ['russia', 'us'] }] },
    { name: 'the guarantors of a truce are its parties (بضمانة روسية تركية)', body: 'تسري الهدنة في أنحاء سوريا اعتبارا من منتصف ليل الخميس بضمانة روسية تركية.', published: '2016-12-29', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-12-30', actors: ['russia', 'turkey'] }] },
    { name: 'someone taking part in talks joins the meeting of the day, though the talks are named anew', body: 'اجتمع كيري ولافروف والمبعوث الأممي دي ميستورا في لوزان أمس السبت لبحث الوضع في حلب. وشاركت إيران للمرة الأولى منذ أشهر في محادثات دولية حول حلب، ومثلها وزير الخارجية محمد جواد ظريف.', published: '2016-10-16', expected: [{ type: 'meeting', status: 'held', date: '2016-10-15', actors: ['kerry', 'lavrov', 'de-mistura', 'zarif'] }] },
    { name: 'a past verb whose stem begins like a present one ("قد ناقش") is no possibility', body: 'وكان لافروف قد ناقش الملف السوري مع نظيره الأمريكي جون كيري خلال لقاء في جنيف الخميس الماضي.', published: '2016-09-13', expected: [{ type: 'meeting', status: 'held', date: '2016-09-08', actors: ['lavrov', 'kerry'] }] },
    { name: 'the people met are named by adjectives after "مع" (مسؤولين أتراك)', body: 'وأجرى كيري أمس محادثات في أنقرة مع مسؤولين أتراك حول الحدود.', published: '2016-09-13', expected: [{ type: 'meeting', status: 'held', date: '2016-09-12', actors: ['kerry', 'turkey'] }] },
    { name: 'a meeting owned by "them two" (اجتماعهما) is the named pair’s', body: 'ويواصل كيري ولافروف العمل على تثبيت الهدنة منذ اجتماعهما في جنيف يوم 9 أيلول.', published: '2016-09-20', expected: [{ type: 'meeting', status: 'held', date: '2016-09-09', actors: ['kerry', 'lavrov'] }] },
    { name: 'the Munich meeting is the support group’s', body: 'أكدت الدول المشاركة في لقاء ميونيخ أمس التزامها بوقف الأعمال العدائية.', published: '2016-02-13', expected: [{ type: 'meeting', status: 'held', date: '2016-02-12', actors: ['issg'] }] },
    { name: 'a meeting in Manhattan is the day’s meeting in New York, not the Vienna meeting recalled after it', body: 'تبنى مجلس الأمن الدولي في نيويورك اليوم الجمعة قرارا حول سوريا. وجاء التصويت بعد ساعات من اجتماع لمجموعة الدعم الدولية لسوريا في فندق بمانهاتن.\n\nويستند القرار إلى البيان الصادر عن اجتماع فيينا يوم 14 تشرين الثاني.', published: '2015-12-18', expected: [{ type: 'agreement', status: 'reached', date: '2015-12-18', actors: ['unsc'] }, { type: 'meeting', status: 'held', date: '2015-12-18', actors: ['issg'] }, { type: 'meeting', status: 'held', date: '2015-11-14', actors: ['issg'] }] },
    { name: 'the powers meeting in Munich are the support group', body: 'أعلنت القوى الكبرى المجتمعة في ميونيخ فجر الجمعة 12 شباط الاتفاق على وقف الأعمال العدائية خلال أسبوع.', published: '2016-02-13', expected: [{ type: 'agreement', status: 'reached', date: '2016-02-12', actors: ['issg'] }, { type: 'ceasefire', status: 'planned', date: '2016-02-12', end: '2016-02-19' }] },
    { name: 'a truce noun that talks are about is not a ceasefire event', body: 'علقت واشنطن أمس محادثاتها الثنائية مع موسكو حول وقف الأعمال العدائية في سوريا.', published: '2016-10-04', expected: [{ type: 'meeting', status: 'suspended', date: '2016-10-03', actors: ['us', 'russia'] }] },
    { name: 'the brokers an article names once go with the truce it tells later (الجانبان الروسي والتركي)', body: 'توصل الجانبان الروسي والتركي أمس إلى اتفاق لوقف إطلاق النار في سوريا. ودخلت الهدنة حيز التنفيذ عند منتصف الليلة الماضية وسط هدوء حذر.', published: '2016-12-29', expected: [{ type: 'agreement', status: 'reached', date: '2016-12-28', actors: ['russia', 'turkey'] }, { type: 'ceasefire', status: 'held', date: '2016-12-29', actors: ['russia', 'turkey', 'syria', 'syrian-opposition'] }] },
    { name: 'a deadline for a step of the political process binds the two Syrian sides', body: 'واتفق الوزيران على الدفع نحو صياغة مسودة دستور جديد لسوريا بحلول آب المقبل.', published: '2016-03-25', expected: [{ type: 'deadline', status: 'planned', date: '2016-08-01', end: '2016-08-31', actors: ['syria', 'syrian-opposition'] }] },
    { name: 'countries named as a truce’s guarantors are its brokers', body: 'أعلن الجيش السوري وقفا شاملا للأعمال القتالية اعتبارا من منتصف ليل الخميس. وقال وزير الخارجية الروسي إن روسيا وتركيا ستكونان ضامنتين للهدنة.', published: '2016-12-29', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-12-30', actors: ['russia', 'turkey'] }] },
    { name: 'a truce binds the two Syrian sides though the sentence names only its brokers', body: 'دخل اتفاق وقف الأعمال العدائية الذي رعته موسكو وواشنطن حيز التنفيذ فجر اليوم.', published: '2016-02-27', expected: [{ type: 'ceasefire', status: 'held', date: '2016-02-27', actors: ['russia', 'us', 'syria', 'syrian-opposition'] }] },
    { name: 'the next round, on a day of its own, is of the talks between the Syrian sides told before it', body: 'واختتمت في جنيف أمس جولة المحادثات السورية غير المباشرة. وأعلن المبعوث الأممي أن الجولة المقبلة ستنطلق في العاشر من أيار.', published: '2016-04-28', expected: [{ type: 'meeting', status: 'held', date: '2016-04-27', actors: ['syria', 'syrian-opposition'] }, { type: 'meeting', status: 'planned', date: '2016-05-10', actors: ['syria', 'syrian-opposition'] }] },
    { name: 'the opposition’s negotiating body joins the Syrian talks when the article names it through its coordinator', body: 'وأكد رياض حجاب أن وفد المعارضة لن يعود إلى جنيف قريبا. وعلق دي ميستورا أمس المحادثات بين الحكومة السورية والمعارضة في جنيف.', published: '2016-04-20', expected: [{ type: 'meeting', status: 'suspended', date: '2016-04-19', actors: ['de-mistura', 'syria', 'hnc'] }] },
    { name: 'talks named by what they are (غير المباشرة) are between the two Syrian sides', body: 'انتهت في جنيف أمس الجولة الثانية من المحادثات غير المباشرة بإشراف الأمم المتحدة.', published: '2016-03-25', expected: [{ type: 'meeting', status: 'held', date: '2016-03-24', actors: ['syria', 'syrian-opposition'] }] },
    { name: 'Syrian talks with a nisba of another party are that party’s talks', body: 'انطلقت في موسكو اليوم المشاورات السورية الروسية حول المساعدات.', published: '2016-06-02', expected: [{ type: 'meeting', status: 'held', date: '2016-06-02', actors: ['syria', 'russia'] }] },
    { name: 'a start "as of" a day ahead, announced in the past tense, is the coming day', body: 'أعلن الجيش في بيان تهدئة شاملة اعتبارا من الساعة صفر يوم 8 تموز.', published: '2016-07-07', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-07-08' }] },
    { name: 'an agency story posted the day after its dateline counts "today" from the dateline', body: 'جنيف 9 سبتمبر 2016 (شينخوا) التقى كيري ولافروف اليوم (الجمعة) في فندق بالمدينة.', published: '2016-09-10', expected: [{ type: 'meeting', status: 'held', date: '2016-09-09', actors: ['kerry', 'lavrov'] }] },
    { name: 'a paragraph closed by the agency’s end mark is news, not a headline', body: 'أعلنت الخارجية الروسية صدور البيان.\n\nوكان لافروف قد التقى ظريف في طهران يوم 20 تشرين الثاني. /انتهى/', published: '2016-11-25', expected: [{ type: 'meeting', status: 'held', date: '2016-11-20', actors: ['lavrov', 'zarif'] }] },
    { name: 'a dual verb with no named subject is the two people last named', body: 'اجتمع لافروف مع كيري أمس في جنيف. ومن المرتقب أن يجتمعا مجددا في فيينا يوم 17 أيار.', published: '2016-05-02', expected: [{ type: 'meeting', status: 'held', date: '2016-05-01', actors: ['kerry', 'lavrov'] }, { type: 'meeting', status: 'planned', date: '2016-05-17', actors: ['kerry', 'lavrov'] }] },
    { name: '"أنهما" opens a clause whose talks are the pair’s', body: 'قال كيري ولافروف اليوم في جنيف إن المواقف تقاربت، غير أنهما اختلفا حول حلب بعد مباحثات امتدت تسع ساعات.', published: '2016-08-26', expected: [{ type: 'meeting', status: 'held', date: '2016-08-26', actors: ['us', 'russia'] }] },
    { name: 'a date after "منذ" and a noun of its own starts a duration and dates no event', body: 'وصل الأسد إلى موسكو مساء الثلاثاء في زيارة مفاجئة، التقى خلالها الرئيس بوتين، في أول سفر له منذ بدء الحرب في آذار 2011.', published: '2015-10-22', expected: [{ type: 'meeting', status: 'held', date: '2015-10-20', actors: ['putin', 'assad'] }] },
    // Outcomes are statuses.
    { name: 'a meeting that led to nothing was still held', body: 'لم يفض لقاء أوباما وبوتين أمس على هامش قمة العشرين إلى أي اختراق بشأن سوريا.', published: '2016-09-06', expected: [{ type: 'meeting', status: 'held', date: '2016-09-05', actors: ['obama', 'putin'] }] },
    { name: 'a meeting postponed', body: 'أعلنت الأمم المتحدة أمس تأجيل محادثات جنيف بين الحكومة السورية والمعارضة.', published: '2016-01-26', expected: [{ type: 'meeting', status: 'postponed' }] },
    { name: 'a visit cancelled', body: 'ألغى الرئيس الروسي فلاديمير بوتين أمس زيارته إلى باريس بسبب الخلاف حول حلب.', published: '2016-10-12', expected: [{ type: 'meeting', status: 'cancelled', actors: ['putin'] }] },
    { name: 'an agreement the parties are close to', body: 'قال مسؤول أمريكي أمس إن واشنطن وموسكو اقتربتا من اتفاق حول الهدنة في سوريا.', published: '2016-09-08', expected: [{ type: 'agreement', status: 'near', actors: ['us', 'russia'] }] },
    { name: 'progress towards an agreement is an agreement near, not reached', body: 'قال لافروف أمس إن موسكو وواشنطن أحرزتا تقدما نحو اتفاق بشأن حلب.', published: '2016-09-03', expected: [{ type: 'agreement', status: 'near', actors: ['lavrov', 'us'] }] },
    { name: 'an agreement the parties failed to reach is none, however long the subject between', body: 'أخفق لافروف ونظيره التركي مولود تشاووش أوغلو في التوصل إلى اتفاق حول حلب خلال محادثات في أنقرة أمس.', published: '2016-12-02', expected: [{ type: 'meeting', status: 'held', date: '2016-12-01', actors: ['lavrov', 'cavusoglu'] }] },
    { name: 'two meetings on two days are two events', body: 'عقد دي ميستورا ووفد الهيئة العليا للمفاوضات اجتماعين في جنيف يومي الاثنين والثلاثاء لبحث جدول الأعمال.', published: '2016-03-16', expected: [{ type: 'meeting', status: 'held', date: '2016-03-14', end: '2016-03-14', actors: ['de-mistura', 'hnc'] }, { type: 'meeting', status: 'held', date: '2016-03-15', end: '2016-03-15', actors: ['de-mistura', 'hnc'] }] },
    { name: 'a failure of something else before a success leaves the agreement reached', body: 'رغم فشل الجولة السابقة، نجح كيري ولافروف أمس في التوصل إلى اتفاق على تثبيت الهدنة.', published: '2016-09-20', expected: [{ type: 'agreement', status: 'reached', date: '2016-09-19', actors: ['kerry', 'lavrov'] }] },
    { name: 'a bombing that stopped after an agreement is no suspended agreement', body: 'توقف القصف على حلب أمس بعد اتفاق روسي أمريكي.', published: '2016-09-20', expected: [{ type: 'agreement', status: 'reached', date: '2016-09-19', actors: ['us', 'russia'] }] },
    { name: 'agreeing to discuss is no agreement', body: 'اتفق كيري ولافروف أمس على بحث آليات تثبيت الهدنة.', published: '2016-09-20', expected: [{ type: 'meeting', status: 'held', date: '2016-09-19', actors: ['kerry', 'lavrov'] }] },
    { name: 'a partner named after what was agreed is still a party ("اتفق لافروف على آلية … مع نظيره")', body: 'اتفق لافروف أمس على آلية لمراقبة الهدنة مع نظيره الأمريكي جون كيري.', published: '2016-09-20', expected: [{ type: 'agreement', status: 'reached', date: '2016-09-19', actors: ['lavrov', 'kerry'] }] },
    { name: 'an agreement naming no party before "على" takes the talks it was reached in', body: 'وتم الاتفاق أمس على آلية لمراقبة الهدنة في محادثات بين لافروف وكيري.', published: '2016-09-20', expected: [{ type: 'agreement', status: 'reached', date: '2016-09-19', actors: ['lavrov', 'kerry'] }, { type: 'meeting', status: 'held', date: '2016-09-19', actors: ['lavrov', 'kerry'] }] },
    { name: 'agreeing to keep working is no agreement, but tells that they talked, and what they work on names no party', body: 'اتفق لافروف وكيري أمس على مواصلة العمل على قوائم المعارضة.', published: '2015-12-16', expected: [{ type: 'meeting', status: 'held', date: '2015-12-15', actors: ['lavrov', 'kerry'] }] },
    { name: 'one side’s delegate named with a standing format’s talks keeps the format’s other side', body: 'أكد بشار الجعفري رئيس الوفد الحكومي إلى محادثات جنيف أن الجولة التي اختتمت أمس كانت إيجابية.', published: '2016-03-25', expected: [{ type: 'meeting', status: 'held', date: '2016-03-24', actors: ['jaafari', 'syrian-opposition'] }] },
    { name: 'an ultimatum: a day from which something follows if a condition still holds (the condition after the day)', body: 'وأعلنت موسكو أنها ستبدأ التحرك منفردة اعتبارا من 22 آذار إذا لم يتفق الخبراء على قواعد لرصد الخروقات.', published: '2016-03-21', expected: [{ type: 'deadline', status: 'planned', date: '2016-03-22', actors: ['russia'] }] },
    { name: 'an ultimatum with the day inside its condition, and "الفاتح" for the first of a Maghreb month', body: 'واتفقت الدول المجتمعة أمس على أن يبدأ برنامج الأغذية العالمي إلقاء المساعدات جوا على البلدات المحاصرة إذا ظل الطريق البري مغلقا بعد الفاتح من جوان.', published: '2016-05-18', expected: [{ type: 'deadline', status: 'planned', date: '2016-06-01' }] },
    { name: 'a day in a condition with no day from which anything follows is no deadline', body: 'وقال المتحدث إن الوفد قد يصل إلى جنيف في 20 نيسان إذا سمحت الظروف.', published: '2016-04-12', expected: [] },
    { name: 'a time of day alone dates a call to the day it is told, not the day the paragraph told before', body: 'وصل كيري إلى لندن مساء أمس الأربعاء. وقال كيري إنه تحادث هاتفيا صباحا مع نظيره الروسي سيرغي لافروف حول المساعدات.', published: '2016-02-04', expected: [{ type: 'call', status: 'held', date: '2016-02-04', actors: ['kerry', 'lavrov'] }] },
    { name: 'a session "that brought him together with" his counterpart before talks with the president is a meeting of its own', body: 'أجرى كيري في موسكو أمس محادثات مع الرئيس فلاديمير بوتين، بعد جلسة صباحية جمعته بنظيره سيرغي لافروف.', published: '2016-03-25', expected: [{ type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'putin'] }, { type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'lavrov'] }] },
    { name: 'a meeting told as "before the start of" another is a second meeting that day', body: 'قبل انطلاق اجتماع مجموعة الدعم الدولية لسوريا في ميونيخ أمس الخميس، عقد كيري ولافروف لقاء ثنائيا دام نصف ساعة.', published: '2016-02-12', expected: [{ type: 'meeting', status: 'held', date: '2016-02-11', actors: ['issg'] }, { type: 'meeting', status: 'held', date: '2016-02-11', actors: ['kerry', 'lavrov'] }] },
    { name: 'a plural meeting noun with a pronoun (لقاءاته) is a trigger', body: 'وأوضح دي ميستورا أنه سيواصل لقاءاته مع وفد الحكومة السورية بعد غد الخميس.', published: '2016-04-12', expected: [{ type: 'meeting', status: 'planned', date: '2016-04-14', actors: ['de-mistura', 'syria'] }] },
    { name: 'convening the sides’ delegations is their talks, dated inside what was announced rather than by the announcement', body: 'وأعلن مكتب المبعوث دي ميستورا أمس أنه يعتزم جمع وفدي الحكومة والمعارضة السوريتين في ١٠ شباط المقبل.', published: '2016-01-20', expected: [{ type: 'meeting', status: 'planned', date: '2016-02-10', actors: ['de-mistura', 'syria', 'syrian-opposition'] }] },
    { name: 'what was announced ("أنه …") is a clause of its own: its day dates it, not the day of the announcement', body: 'وأعلن لافروف أمس أنه سيلتقي نظيره الأمريكي جون كيري في جنيف في التاسع من أيلول.', published: '2016-09-06', expected: [{ type: 'meeting', status: 'planned', date: '2016-09-09', actors: ['kerry', 'lavrov'] }] },
    { name: 'a party announcing its decision on a day of its own is a statement by the side named right after the verb', body: 'وأعلن وفد المعارضة مساء أمس الأحد أنه قرر مغادرة جنيف احتجاجا على القصف.', published: '2016-04-18', expected: [{ type: 'statement', status: 'held', date: '2016-04-17', actors: ['syrian-opposition'] }] },
    { name: 'an announcement with no day of its own is no statement', body: 'وأعلنت الهيئة العليا للمفاوضات أنها قررت إرسال وفد إلى جنيف.', published: '2016-01-30', expected: [] },
    { name: 'an announcement told as what came before ("بعدما أعلنت") is no statement', body: 'وتراجع القصف بعدما أعلنت موسكو أمس رفضها أي هجوم على حلب.', published: '2016-04-18', expected: [] },
    { name: 'announcing an agreement is the agreement, not a statement too', body: 'أعلنت واشنطن وموسكو أمس التوصل إلى اتفاق على هدنة في حلب، وقبولهما مراقبة دولية.', published: '2016-04-18', expected: [{ type: 'agreement', status: 'reached', date: '2016-04-17', actors: ['us', 'russia'] }] },
    { name: 'talks told by what was agreed are no one speaker’s statement to the press after them', body: 'اتفق كيري ولافروف أمس في جنيف على مواصلة التشاور. وقال كيري للصحافيين بعد الاجتماع إن النقاش كان صريحا.', published: '2016-08-27', expected: [{ type: 'meeting', status: 'held', date: '2016-08-26', actors: ['kerry', 'lavrov'] }] },
    { name: 'agreeing to keep consulting after a long subject; ministers of a state whose minister changed are the one the article names', body: 'اتفق وزراء خارجية روسيا وإيران وتركيا، مساء أمس الأحد في موسكو، على مواصلة التشاور حول حلب. وقال الوزير التركي مولود تشاووش أوغلو إن اللقاء كان مثمرا.', published: '2016-12-19', expected: [{ type: 'meeting', status: 'held', date: '2016-12-18', actors: ['lavrov', 'zarif', 'cavusoglu'] }] },
    { name: 'agreeing on the need to discuss is no agreement; the call it was told in is', body: 'قال لافروف إنه بحث هاتفيا مع كيري أمس الوضع في حلب، وإنهما اتفقا على ضرورة بحث سبل تثبيت الهدنة.', published: '2016-07-21', expected: [{ type: 'call', status: 'held', date: '2016-07-20', actors: ['lavrov', 'kerry'] }] },
    { name: 'a pause in talks until a day is a suspension, and that day is planned', body: 'أعلن ستافان دي ميستورا مساء الثلاثاء توقفا مؤقتا للمحادثات السورية في جنيف حتى 14 آذار.', published: '2016-03-02', expected: [{ type: 'meeting', status: 'suspended', date: '2016-03-01', actors: ['de-mistura'] }, { type: 'meeting', status: 'planned', date: '2016-03-14' }] },
    { name: '"في موعد أقصاه" names a deadline past an hour of the day, and a truce’s deadline binds the two Syrian sides', body: 'وعلى الفصائل والحكومة إبلاغ الأمم المتحدة بقبول الهدنة في موعد أقصاه منتصف نهار الأحد 18 أيلول.', published: '2016-09-15', expected: [{ type: 'deadline', status: 'planned', date: '2016-09-18', actors: ['syria', 'syrian-opposition'] }] },
    // Calls and statements are not meetings.
    { name: 'a discussion by phone is a call', body: 'بحث لافروف وكيري هاتفيا أمس الوضع في حلب.', published: '2016-10-02', expected: [{ type: 'call', status: 'held', date: '2016-10-01', actors: ['kerry', 'lavrov'] }] },
    { name: 'a joint press conference is its speakers meeting, not a statement; what they said names no one', body: 'وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي مشترك مع نظيره الأمريكي جون كيري أمس، إن الخلاف حول مستقبل الأسد ما زال قائما.', published: '2015-10-31', expected: [{ type: 'meeting', status: 'held', date: '2015-10-30', actors: ['lavrov', 'kerry'] }] },
    { name: 'a joint press conference at the close of their talks is those talks', body: 'عقد لافروف وتشاووش أوغلو مؤتمرا صحفيا مشتركا في موسكو مساء أمس في ختام محادثاتهما، أعلنا فيه أنهما اتفقا على دعم الهدنة في حلب.', published: '2016-12-21', expected: [{ type: 'meeting', status: 'held', date: '2016-12-20', actors: ['lavrov', 'cavusoglu'] }, { type: 'agreement', status: 'reached', date: '2016-12-20', actors: ['lavrov', 'cavusoglu'] }] },
    { name: 'a day in what a speaker said dates what they spoke of, not the statement', body: 'وقال المبعوث الأممي دي ميستورا في مؤتمر صحافي في جنيف إن الدعوات ستوجه إلى الأطراف غدا الأربعاء.', published: '2016-01-26', expected: [{ type: 'statement', status: 'held', date: '2016-01-26', actors: ['de-mistura'] }] },
    { name: '"مع" of time after a statement ("مع وصوله") names no partner: still a statement', body: 'وقال لافروف في تصريحات للصحفيين مع وصوله إلى جنيف أمس إن الحل سياسي.', published: '2016-09-20', expected: [{ type: 'statement', status: 'held', date: '2016-09-19', actors: ['lavrov'] }] },
    { name: '"مع" of time after an unnamed official’s remarks makes no joint press conference either', body: 'وقال مسؤول أمريكي في تصريحات للصحفيين مع وصول الوفد إلى جنيف أمس إن الأجواء إيجابية.', published: '2016-09-20', expected: [{ type: 'statement', status: 'held', date: '2016-09-19' }] },
    { name: 'a joint press conference with Ban Ki-moon: his name is no "that" opening what was said', body: 'وقال كيري في مؤتمر صحفي مشترك مع بان كي مون أمس إن الهدنة صامدة.', published: '2016-09-20', expected: [{ type: 'meeting', status: 'held', date: '2016-09-19', actors: ['kerry', 'ban-ki-moon'] }] },
    { name: 'calling someone ("اتصل كيري بلافروف") and calls in the dual ("اتصالين هاتفيين") are calls, the latter between the pair "الوزيران" points back at', body: 'اتصل كيري بلافروف يوم الأربعاء الماضي. ثم أجرى الوزيران اتصالين هاتفيين السبت الماضي من دون تحقيق أي تقدم.', published: '2016-10-04', expected: [{ type: 'call', status: 'held', date: '2016-09-28', actors: ['kerry', 'lavrov'] }, { type: 'call', status: 'held', date: '2016-10-01', actors: ['kerry', 'lavrov'] }] },
    { name: 'a discussion by phone about a place is one call, held in no place', body: 'موسكو - ذكرت الخارجية الروسية أن لافروف وكيري بحثا هاتفيا اليوم السبت الوضع في حلب.', published: '2016-10-01', expected: [{ type: 'call', status: 'held', date: '2016-10-01', actors: ['lavrov', 'kerry'] }] },
    { name: 'a spokesman’s briefing is a statement', body: 'قال المتحدث باسم الخارجية الأمريكية جون كيربي في إيجاز صحفي أمس إن الاتصالات مع موسكو مستمرة.', published: '2016-07-16', expected: [{ type: 'statement', status: 'held', date: '2016-07-15', actors: ['kirby'] }] },
    // False friends.
    { name: 'officials of one government attending a meeting of their own is no diplomacy either', body: 'وحضر لافروف وشويغو أمس اجتماعا في الكرملين.', published: '2016-03-15', expected: [] },
    { name: 'officials of one government meeting each other is no diplomacy', body: 'وقال بوتين خلال اجتماع في الكرملين أمس مع وزيري الخارجية سيرغي لافروف والدفاع سيرغي شويغو إن العملية العسكرية حققت أهدافها.', published: '2016-03-15', expected: [] },
    { name: 'a minister attending his president’s meeting with a visitor is no meeting of their own', body: 'استقبل بوتين كيري في الكرملين أمس. وحضر لافروف اللقاء مع بوتين الذي استمر ثلاث ساعات.', published: '2015-12-16', expected: [{ type: 'meeting', status: 'held', date: '2015-12-15', actors: ['putin', 'kerry', 'lavrov'] }] },
    { name: 'an agreement on another subject is no event of this timeline', body: 'وقعت مصر وروسيا أمس اتفاقا لإنشاء محطة نووية في الضبعة.', published: '2015-11-20', expected: [] },
    { name: 'a "read also" link is no event', body: 'دخلت قافلة مساعدات إلى مضايا أمس. اقرأ أيضا: لافروف وكيري يلتقيان في جنيف الأسبوع المقبل', published: '2016-01-12', expected: [] },
    { name: 'a photo caption is no event, the reporting beside it is', body: '(صورة أرشيفية لكيري ولافروف خلال مؤتمر صحفي في موسكو - رويترز) اتصل كيري بلافروف هاتفيا أمس.', published: '2016-09-26', expected: [{ type: 'call', status: 'held', date: '2016-09-25', actors: ['kerry', 'lavrov'] }] },
    // Clauses and hypotheticals.
    { name: 'a conditional is no event however far the trigger', body: 'إذا نجحت المشاورات بين الخبراء خلال الأيام المقبلة في تضييق الخلافات فإن كيري سيلتقي لافروف في جنيف.', published: '2016-08-20', expected: [] },
    { name: '"قد" before a present verb is a possibility', body: 'قال دبلوماسيون إن كيري ولافروف قد يلتقيان في الصين الأسبوع المقبل.', published: '2016-08-30', expected: [] },
    { name: 'each event takes the date of its own clause', body: 'بعد لقائه بوتين مساء الخميس، عقد كيري يوم الجمعة جولة محادثات مع لافروف في موسكو.', published: '2016-07-16', expected: [{ type: 'meeting', status: 'held', date: '2016-07-14', actors: ['kerry', 'putin'] }, { type: 'meeting', status: 'held', date: '2016-07-15', actors: ['kerry', 'lavrov'] }] },
    { name: 'a session "after" another, naming its own partner, is a second meeting', body: 'عقد وزير الخارجية الأمريكي جون كيري في الكرملين أمس محادثات مع الرئيس بوتين، بعد اجتماع صباحي مع نظيره سيرغي لافروف في مقر الخارجية.', published: '2016-03-25', expected: [{ type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'putin'] }, { type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'lavrov'] }] },
    { name: '"after the talks" naming no one is the talks already told', body: 'استقبل الرئيس بوتين في موسكو أمس الوزير كيري، وقال الجانبان بعد المحادثات إن المواقف تقاربت.', published: '2015-12-16', expected: [{ type: 'meeting', status: 'held', date: '2015-12-15', actors: ['kerry', 'putin'] }] },
    { name: '"غداة" puts the other meeting on the day before', body: 'بدأ في جنيف صباح اليوم اجتماع موسع لمجموعة الدعم، غداة لقاء ثنائي جمع كيري ولافروف في فندق بالمدينة.', published: '2016-05-17', expected: [{ type: 'meeting', status: 'held', date: '2016-05-17', actors: ['issg'] }, { type: 'meeting', status: 'held', date: '2016-05-16', actors: ['kerry', 'lavrov'] }] },
    { name: 'a truce that "begins" on a weekday is the coming one, though the plan was announced in the past', body: 'أعلن الوزيران في جنيف ليل الجمعة خطة لهدنة تبدأ الاثنين في كل أنحاء سوريا.', published: '2016-09-10', expected: [{ type: 'ceasefire', status: 'planned', date: '2016-09-12' }] },
    { name: 'an agreement the states reached names the ministers who negotiated it', body: 'اختتم كيري ولافروف في جنيف أمس محادثات استمرت ساعات. وأعلن لافروف بعدها أن روسيا والولايات المتحدة اتفقتا على آلية لمراقبة الهدنة.', published: '2016-08-27', expected: [{ type: 'meeting', status: 'held', date: '2016-08-26', actors: ['kerry', 'lavrov'] }, { type: 'agreement', status: 'reached', date: '2016-08-26', actors: ['kerry', 'lavrov'] }] },
    { name: 'a bilateral meeting before a four-party one is a second meeting', body: 'اجتمع وزراء خارجية الولايات المتحدة وروسيا والسعودية وتركيا في فيينا اليوم الجمعة. وسبق الاجتماع الرباعي لقاء ثنائي بين كيري ولافروف في الفندق نفسه.', published: '2015-10-23', expected: [{ type: 'meeting', status: 'held', date: '2015-10-23', actors: ['kerry', 'lavrov', 'jubeir', 'sinirlioglu'] }, { type: 'meeting', status: 'held', date: '2015-10-23', actors: ['kerry', 'lavrov'] }] },
    { name: 'talks called Russian–American name their two parties', body: 'استؤنفت اليوم في جنيف المحادثات الروسية الأمريكية حول الهدنة في حلب.', published: '2016-09-09', expected: [{ type: 'meeting', status: 'held', date: '2016-09-09', actors: ['russia', 'us'] }] },
    { name: 'a meeting agreed on for a weekday is the coming one', body: 'قال كيري أمس إن البلدين توافقا على عقد اجتماع جديد لمجموعة الدعم في نيويورك الجمعة.', published: '2015-12-16', expected: [{ type: 'meeting', status: 'planned', date: '2015-12-18', actors: ['issg'] }] },
    { name: 'talks that ended with a joint statement: the statement is the agreement of their parties', body: 'اختتمت اليوم في أستانا المحادثات برعاية روسيا وتركيا وإيران ببيان ثلاثي حول مراقبة الهدنة.', published: '2017-01-24', expected: [{ type: 'meeting', status: 'held', date: '2017-01-24', actors: ['russia', 'turkey', 'iran'] }, { type: 'agreement', status: 'reached', date: '2017-01-24', actors: ['russia', 'turkey', 'iran'] }] },
    // Who took part, when the text names offices, and how long it lasted.
    { name: 'a meeting that went on past midnight spans both days; what was agreed at its close takes the last', body: 'توصلت القوى الكبرى إلى اتفاق في ختام اجتماع لمجموعة الدعم في ميونيخ بدأ مساء الخميس وامتد حتى فجر أمس.', published: '2016-02-13', expected: [{ type: 'meeting', status: 'held', date: '2016-02-11', end: '2016-02-12', actors: ['issg'] }, { type: 'agreement', status: 'reached', date: '2016-02-12', end: '2016-02-12' }] },
    { name: 'talks held today are not the meeting planned again for next Friday', body: 'التقى كيري ولافروف صباح اليوم في جنيف لساعتين. وقال الوزيران إنهما سيلتقيان مجددا يوم الجمعة المقبل.', published: '2016-08-26', expected: [{ type: 'meeting', status: 'held', date: '2016-08-26', actors: ['kerry', 'lavrov'] }, { type: 'meeting', status: 'planned', date: '2016-09-02', actors: ['kerry', 'lavrov'] }] },
    { name: 'separate talks before the Kremlin meeting are a meeting of their own', body: 'التقى كيري الرئيس بوتين في الكرملين اليوم الخميس. وقبل لقاء بوتين، أجرى كيري محادثات منفصلة مع لافروف في مقر الخارجية الروسية.', published: '2016-03-24', expected: [{ type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'putin'] }, { type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'lavrov'] }] },
    { name: 'the speaker of talks "with" one partner is the other partner', body: 'قال كيري إن المحادثات مع لافروف في جنيف اليوم كانت مثمرة.', published: '2016-08-26', expected: [{ type: 'meeting', status: 'held', date: '2016-08-26', actors: ['kerry', 'lavrov'] }] },
    { name: 'the day of the saying is not the day of what is reported', body: 'أعلن لافروف اليوم أن المشاورات مع الجانب الأمريكي في جنيف ألغيت وكانت مقررة غدا.', published: '2016-12-06', expected: [{ type: 'meeting', status: 'cancelled', date: '2016-12-07', actors: ['lavrov', 'us'] }] },
    { name: 'the evening with the president and the next day\'s talks between ministers are two meetings of one visit', body: 'وصل كيري إلى موسكو مساء الخميس حيث استقبله الرئيس بوتين في الكرملين في لقاء استمر حتى منتصف الليل. وعقد كيري محادثات مع لافروف أمس الجمعة.', published: '2016-07-16', expected: [{ type: 'meeting', status: 'held', date: '2016-07-14', actors: ['kerry', 'putin'] }, { type: 'meeting', status: 'held', date: '2016-07-15', actors: ['kerry', 'lavrov'] }] },
    { name: 'an announced decision followed by another clause stays a statement beside it', body: 'أعلنت الهيئة العليا للمفاوضات مساء الأحد انسحاب وفدها من جنيف، واتصل رياض حجاب بالمبعوث الأممي لإبلاغه بالقرار.', published: '2016-04-19', expected: [{ type: 'statement', status: 'held', date: '2016-04-17', actors: ['hnc'] }, { type: 'call', status: 'held', date: '2016-04-17', actors: ['hijab'] }] },
    { name: 'a televised address is its speaker’s statement', body: 'وقال الرئيس أوباما في خطاب متلفز مساء الخميس إن بلاده لن تنجر إلى حرب بالوكالة في سوريا.', published: '2016-10-01', expected: [{ type: 'statement', status: 'held', date: '2016-09-29', actors: ['obama'] }] },
    { name: 'experts of two countries joined by و after "بين" name both countries', body: 'انعقد صباح الثلاثاء في لوزان اجتماع بين دبلوماسيين وعسكريين أتراك وروس لبحث الممرات الإنسانية.', published: '2016-12-14', expected: [{ type: 'meeting', status: 'held', date: '2016-12-13', actors: ['turkey', 'russia'] }] },
    { name: 'agreeing on a truce from a day is the agreement and the truce planned from that day', body: 'توافق الجانبان الأمريكي والروسي مساء الأحد على هدنة في حلب ابتداء من صباح الأربعاء.', published: '2016-10-17', expected: [{ type: 'agreement', status: 'reached', date: '2016-10-16', actors: ['us', 'russia'] }, { type: 'ceasefire', status: 'planned', date: '2016-10-19' }] },
    { name: 'agreeing on a truce within a week: planned over the week from the day it was agreed', body: 'واتفق وزراء مجموعة الدعم في ميونيخ يوم الجمعة على وقف للأعمال العدائية في غضون أسبوع.', published: '2016-02-14', expected: [{ type: 'agreement', status: 'reached', date: '2016-02-12', actors: ['issg'] }, { type: 'ceasefire', status: 'planned', date: '2016-02-12', end: '2016-02-19' }] },
    { name: 'an extension "from" today stays an extension by its extender', body: 'ومددت روسيا الهدنة الإنسانية في حلب يوما آخر اعتبارا من صباح اليوم.', published: '2016-10-21', expected: [{ type: 'ceasefire', status: 'held', date: '2016-10-21', actors: ['russia'] }] },
    { name: '"خلال" with past hours is "during", no truce starting', body: 'ورصدت الأمم المتحدة خلال الساعات الماضية خروقات محدودة للهدنة في ريف حمص.', published: '2016-03-02', expected: [] },
    { name: 'welcoming an agreement on a day of its own is a statement, the agreement a reference', body: 'ورحبت أنقرة يوم الجمعة بالتفاهم الروسي الأمريكي حول حلب.', published: '2016-04-11', expected: [{ type: 'statement', status: 'held', date: '2016-04-08', actors: ['turkey'] }] },
    { name: 'a press conference today about talks that will resume is held today', body: 'وقال كيري في مؤتمر صحفي اليوم إن المحادثات ستستأنف في جنيف الأسبوع المقبل.', published: '2016-04-11', expected: [{ type: 'statement', status: 'held', date: '2016-04-11', actors: ['kerry'] }, { type: 'meeting', status: 'planned', date: '2016-04-18' }] },
    { name: 'suspending the channels of a dialogue on a day of its own suspends that dialogue, not the truce it is about', body: 'وأعلنت واشنطن مساء الاثنين تعليق قنوات الاتصال الثنائية مع موسكو بشأن الهدنة في حلب.', published: '2016-10-04', expected: [{ type: 'meeting', status: 'suspended', date: '2016-10-03', actors: ['us', 'russia'] }] },
    { name: 'channels named with no day of their own are the means, not an event', body: 'وهدد المسؤول الأمريكي بوقف قنوات التنسيق مع موسكو إذا واصلت قصف حلب.', published: '2016-10-04', expected: [] },
    { name: 'agreeing in a call on extending a truce: the call and the extension, both on the day they agreed', body: 'واتفق الرئيسان بوتين وأوباما خلال مكالمة هاتفية صباح الأحد على تمديد الهدنة في حلب يومين.', published: '2016-05-09', expected: [{ type: 'call', status: 'held', date: '2016-05-08', actors: ['putin', 'obama'] }, { type: 'ceasefire', status: 'held', date: '2016-05-08', actors: ['putin', 'obama'] }] },
    { name: 'a call made or taken is a call, "by phone" unsaid', body: 'وأجرى الرئيس بوتين مساء أمس اتصالا بالرئيس التركي رجب طيب أردوغان تناول الوضع في سوريا.', published: '2015-10-22', expected: [{ type: 'call', status: 'held', date: '2015-10-21', actors: ['putin', 'erdogan'] }] },
    { name: 'a morning told by the article is of the day it tells, and a meeting with other partners that day is another meeting', body: 'التقى كيري ولافروف أمس الجمعة في فيينا. وبدأ النهار الطويل باجتماع عقده كيري صباحا مع نظيره السعودي عادل الجبير.', published: '2015-10-24', expected: [{ type: 'meeting', status: 'held', date: '2015-10-23', actors: ['kerry', 'lavrov'] }, { type: 'meeting', status: 'held', date: '2015-10-23', actors: ['kerry', 'jubeir'] }] },
    { name: 'a meeting told in part, by partners who all sat at the table, is the same meeting', body: 'اجتمع كيري ولافروف والجبير وسينيرلي أوغلو أمس في فيينا. وقال كيري إن لقاءه مع لافروف كان صريحا.', published: '2015-10-24', expected: [{ type: 'meeting', status: 'held', date: '2015-10-23', actors: ['kerry', 'lavrov', 'jubeir', 'sinirlioglu'] }] },
    { name: 'a day in a relative clause about something else dates that, not the meeting beside it', body: 'في ظل الهجمات التي ضربت باريس مساء الجمعة، التقى كيري ولافروف في فيينا، أمس السبت، لبحث الأزمة.', published: '2015-11-15', expected: [{ type: 'meeting', status: 'held', date: '2015-11-14', actors: ['kerry', 'lavrov'] }] },
    { name: 'a meeting told with a present verb after "أن" has not happened yet', body: 'ولم يستبعد دبلوماسيون أن يعقد كيري لقاء مع لافروف في باريس.', published: '2015-11-29', expected: [{ type: 'meeting', status: 'planned', actors: ['kerry', 'lavrov'] }] },
    { name: 'someone attending "the meeting" attends the one told last before, not another of the day he is party to', body: 'استقبل الرئيس بوتين اليوم في الكرملين الوزير كيري. وحضر اللقاء، الذي امتد ثلاث ساعات، الوزير لافروف. وكان كيري ولافروف قد عقدا في وقت سابق من اليوم جلسة محادثات في مقر الخارجية الروسية.', published: '2015-12-15', expected: [{ type: 'meeting', status: 'held', date: '2015-12-15', actors: ['kerry', 'putin', 'lavrov'] }, { type: 'meeting', status: 'held', date: '2015-12-15', actors: ['kerry', 'lavrov'] }] },
    { name: 'a bare "government" beside the opposition is the Syrian government', body: 'وتنطلق المفاوضات بين المعارضة والحكومة في جنيف يوم الاثنين المقبل برعاية الأمم المتحدة.', published: '2016-03-10', expected: [{ type: 'meeting', status: 'planned', date: '2016-03-14', actors: ['syria', 'syrian-opposition'] }] },
    { name: 'the day of announcing dates what was announced, and reaching an agreement is one agreement', body: 'وبعد محادثات بدأت في جنيف يوم الخميس، أعلن لافروف وكيري مساء الأحد أن البلدين توصلا إلى اتفاق على تثبيت الهدنة.', published: '2016-02-23', expected: [{ type: 'meeting', status: 'held', date: '2016-02-18' }, { type: 'agreement', status: 'reached', date: '2016-02-21', actors: ['kerry', 'lavrov'] }] },
    { name: 'a meeting told by its own present verb after "أن" is planned, and is not the round of the day before', body: 'وانطلقت في جنيف أمس جولة جديدة من المحادثات التقى خلالها دي ميستورا وفد الحكومة برئاسة بشار الجعفري. ومن المنتظر أن يستقبل دي ميستورا وفد الهيئة العليا للمفاوضات اليوم الثلاثاء.', published: '2016-03-15', expected: [{ type: 'meeting', status: 'held', date: '2016-03-14', actors: ['de-mistura', 'jaafari'] }, { type: 'meeting', status: 'planned', date: '2016-03-15', actors: ['de-mistura', 'hnc'] }] },
    { name: 'talks supported, saved or undermined are a process, not a meeting of the day', body: 'وأجرى بوتين اتصالا هاتفيا بأوباما أمس، ودعا الرئيسان إلى تكثيف الجهود ودعم محادثات جنيف.', published: '2016-03-15', expected: [{ type: 'call', status: 'held', date: '2016-03-14', actors: ['putin', 'obama'] }] },
    { name: 'a session that "followed" talks is another meeting, on their day', body: 'وأمضى كيري نهار الخميس في محادثات مطولة مع نظيره سيرغي لافروف في مقر الخارجية الروسية، أعقبتها جلسة مع الرئيس بوتين امتدت حتى المساء.', published: '2016-03-25', expected: [{ type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'lavrov'] }, { type: 'meeting', status: 'held', date: '2016-03-24', actors: ['kerry', 'putin'] }] },
    { name: '"في غضون ذلك" is "meanwhile", no truce starting', body: 'وفي غضون ذلك أكد لافروف اليوم الثلاثاء أن الهدنة صامدة رغم الخروقات.', published: '2016-03-01', expected: [] },
    { name: '"غدا" after a place name is still tomorrow', body: 'يصل المبعوث الأممي ستافان دي ميستورا إلى سوريا غدا لبحث تطبيق اتفاق ميونيخ مع المسؤولين في دمشق.', published: '2016-02-13', expected: [{ type: 'meeting', status: 'planned', date: '2016-02-14', actors: ['de-mistura'] }] },
    { name: '"في الغد" after a day the sentence named is the day after it', body: 'وصل كيري إلى موسكو مساء الثلاثاء، وفي الغد التقى الرئيس فلاديمير بوتين في الكرملين.', published: '2016-02-13', expected: [{ type: 'meeting', status: 'held', date: '2016-02-10', actors: ['kerry', 'putin'] }] },
    { name: 'those who attended the meeting just told join it, whoever they are', body: 'التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في ميونيخ أمس الخميس. وحضر اللقاء المبعوث الأممي ستافان دي ميستورا ووزير الخارجية الألماني فرانك فالتر شتاينماير.', published: '2016-02-12', expected: [{ type: 'meeting', status: 'held', date: '2016-02-11', actors: ['kerry', 'lavrov', 'de-mistura', 'steinmeier'] }] },
    { name: '"في الوقت الذي" is "while": its day is the meeting\'s', body: 'عقد وزير الخارجية الروسي سيرغي لافروف مؤتمرا صحفيا في ميونيخ اليوم السبت. وفي الوقت الذي كانت المقاتلات الروسية تقصف ريف حلب أمس، اجتمع لافروف مع كيري في ميونيخ.', published: '2016-02-13', expected: [{ type: 'statement', status: 'held', date: '2016-02-13', actors: ['lavrov'] }, { type: 'meeting', status: 'held', date: '2016-02-12', actors: ['kerry', 'lavrov'] }] },
    { name: 'an agreement is not reached in a meeting it plans', body: 'التقى كيري ولافروف في فيينا أمس الثلاثاء. وتم الاتفاق على إحالة الخلافات إلى فريق من الخبراء يبحثها في اجتماع يعقد في جنيف الجمعة المقبل.', published: '2016-05-18', expected: [{ type: 'meeting', status: 'held', date: '2016-05-17', actors: ['kerry', 'lavrov'] }, { type: 'meeting', status: 'planned', date: '2016-05-20' }] },
    { name: 'a televised address with a possessive ("كلمته المتلفزة")', body: 'وقال بوتين في كلمته المتلفزة مساء أمس إن القوات الروسية أنجزت مهمتها في سوريا.', published: '2016-03-15', expected: [{ type: 'statement', status: 'held', date: '2016-03-14', actors: ['putin'] }] },
    { name: 'agreeing on the margin of a meeting on extending a truce: the "على" of the margin is not what was agreed', body: 'اتفق كيري ونظيره الروسي لافروف على هامش اجتماع فيينا أمس على تمديد الهدنة في حلب.', published: '2016-05-18', expected: [{ type: 'ceasefire', status: 'held', date: '2016-05-17', actors: ['kerry', 'lavrov'] }, { type: 'meeting', status: 'held', date: '2016-05-17', actors: ['kerry', 'lavrov'] }] },
    { name: 'a morning after "بعد أن", not after a verb of saying, is of the day the article tells', body: 'التقى كيري والجبير أمس الجمعة في ميونيخ. وبعد أن وصل إلى الفندق صباحا، عقد كيري لقاء مع الجبير.', published: '2016-02-13', expected: [{ type: 'meeting', status: 'held', date: '2016-02-12', actors: ['kerry', 'jubeir'] }] },
    // Noise that is news.
    { name: 'a paragraph ending in a number in brackets is news, not a caption', body: 'اعتمد مجلس الأمن أمس بالإجماع القرار (2254)', published: '2015-12-19', expected: [{ type: 'agreement', status: 'reached', date: '2015-12-18', actors: ['unsc'] }] },
  ])('$name', ({ body, published, expected }) => {
    const events = extract(body, published);
    const unmatched = [...events];
    for (const want of expected) {
      const at = unmatched.findIndex((e) => fits(e, want));
      expect(at, `${JSON.stringify(want)} among ${JSON.stringify(events.map((e) => [e.type, e.status, e.date.start, e.actors]))}`).toBeGreaterThanOrEqual(0);
      unmatched.splice(at, 1);
    }
    expect(unmatched.map((e) => e.title.en)).toEqual([]);
  });
});

describe('who is party to an event', () => {
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
