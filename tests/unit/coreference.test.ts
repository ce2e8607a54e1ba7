import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import { resolveDualReferences } from '../../scripts/pipeline/coreference.ts';
import { withOfficeHolders } from '../../scripts/pipeline/office-holders.ts';
import { findGazetteerHits } from '../../scripts/pipeline/gazetteer.ts';
import { segmentSentences } from '../../scripts/pipeline/segment.ts';

/** What each dual noun of the text was read as: "noun → ids". */
function referents(text: string): string[] {
  const folded = foldWithOffsets(text);
  const hits = findGazetteerHits(folded);
  const resolved = resolveDualReferences(folded, segmentSentences(text), hits, undefined, text).filter((h) => !hits.includes(h));
  const byNoun = new Map<string, string[]>();
  for (const h of resolved) {
    const key = `${h.start}:${text.slice(h.start, h.end)}`;
    byNoun.set(key, [...(byNoun.get(key) ?? []), h.id]);
  }
  return [...byNoun].map(([key, ids]) => `${key.split(':')[1]} → ${ids.join(', ')}`);
}

describe('resolveDualReferences: dual nouns and counterparts', () => {
  test.each([
    {
      name: '003: the two ministers are the two named in the sentence before',
      text: 'وسيتوقف على نتائج المشاورات عقد لقاء جديد بين وزيري الخارجية الروسي سيرغي لافروف والأميركي جون كيري. وكان الوزيران قد بحثا الأسبوع الماضي اتفاقا.',
      expected: ['الروسي → lavrov', 'والأميركي → kerry', 'الوزيران → lavrov, kerry'],
    },
    {
      name: 'the two leaders are the two heads of state named before; the two men, the two people',
      text: 'التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في نيويورك. وهو اللقاء الأول بين الزعيمين منذ عامين. واتصل كيري بلافروف، في أول اتصال بين الرجلين منذ أسبوع.',
      expected: ['الزعيمين → putin, obama', 'الرجلين → kerry, lavrov'],
    },
    {
      name: 'whom the talks are about, title and name, is no antecedent ("بشأن مستقبل الرئيس السوري بشار الأسد")',
      text: 'التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما دون أن يضيقا الفجوة بشأن مستقبل الرئيس السوري بشار الأسد. وهو اللقاء الأول بين الزعيمين منذ عامين.',
      expected: ['الزعيمين → putin, obama'],
    },
    {
      name: 'ministers of four states are each state\'s minister, where one held the office through the period',
      text: 'عقد وزراء خارجية الولايات المتحدة وروسيا والسعودية وتركيا اجتماعا رباعيا.',
      expected: ['الولايات المتحدة → kerry', 'وروسيا → lavrov', 'والسعودية → jubeir'],
    },
    {
      name: 'two defence ministers named by adjectives',
      text: 'بحث وزيرا الدفاع الروسي والأميركي في اتصال هاتفي التنسيق في الأجواء السورية.',
      expected: ['الروسي → shoigu', 'والأميركي → ashton-carter'],
    },
    {
      name: 'a plural of ministers not followed by states names no one',
      text: 'وقال إن وزراء الخارجية سيجتمعون قريبا.',
      expected: [],
    },
    {
      name: 'the two ministers with their states\' adjectives are the last of each state named before',
      text: 'ضم الاجتماع كيري ولافروف والجبير وسينيرلي أوغلو، وسبقه لقاء ثنائي بين الوزيرين الأمريكي والروسي.',
      expected: ['الوزيرين → kerry, lavrov'],
    },
    {
      name: 'the four ministers are the last four named',
      text: 'التقى كيري ولافروف والجبير وسينيرلي أوغلو في فيينا. وقال كيري إن الوزراء الأربعة سيجتمعون مجددا.',
      expected: ['الوزراء الأربعة → lavrov, jubeir, sinirlioglu, kerry'],
    },
    {
      name: 'the two ministers after three are named are the two the article has been about, not the last two',
      text: 'التقى كيري ولافروف في ميونيخ. وقال كيري إن لافروف وافق على الخطة. وحضر الجبير جانبا من الاجتماع، وكان الوزيران قد التقيا قبله على انفراد.',
      expected: ['الوزيران → kerry, lavrov', 'ا → kerry, lavrov'],
    },
    {
      name: 'but two named together in the sentence before the dual are the pair, however often the article named others',
      text: 'التقى كيري ولافروف في ميونيخ. وقال كيري إن لافروف وافق على الخطة. وفي الرياض، التقى الجبير نظيره التركي مولود جاويش أوغلو، واتفق الوزيران على تنسيق المواقف.',
      expected: ['الوزيران → jubeir, cavusoglu'],
    },
    {
      name: 'three states: fewer named before than the number says is unresolved',
      text: 'التقى كيري ولافروف. وقالت الدول الثلاث إن المحادثات مثمرة.',
      expected: [],
    },
    {
      name: '002: the two ministers are looked for back through earlier paragraphs',
      text: 'وأكد لافروف أن الاتصالات ستتكثف.\nوأشار إلى أن الوضع في حلب نال حصة مهمة من محادثاته مع كيري.\nيشار أن هذا اللقاء الثالث بين الوزيرين.',
      expected: ['الوزيرين → lavrov, kerry'],
    },
    {
      name: 'a spokesman is no minister: his role names a ministry, not a minister',
      text: 'التقى لافروف كيري. وقال المتحدث مارك تونر إن اللقاء بين الوزيرين كان مثمرا.',
      expected: ['الوزيرين → lavrov, kerry'],
    },
    {
      name: 'the two countries are the states the people named speak for',
      text: 'بعد اجتماع وزير الخارجية الأميركي جون كيري مع الرئيس الروسي فلاديمير بوتين، تقارب موقفا البلدين.',
      expected: ['البلدين → us, russia'],
    },
    {
      name: 'Moscow and Washington used as governments are the two sides; the preposition لل is read through',
      text: 'وقال إن موسكو وواشنطن قريبتان من اتفاق. وهذا مهم للطرفين.',
      expected: ['للطرفين → russia, us'],
    },
    {
      name: 'two people of one state are one side: the second side is further back',
      text: 'وصل كيري إلى موسكو. والتقى بوتين ولافروف. وقال الجانبان إن المحادثات مثمرة.',
      expected: ['الجانبان → us, russia'],
    },
    {
      name: 'one side only: unresolved',
      text: 'التقى بوتين لافروف. وقال الجانبان إن المحادثات مثمرة.',
      expected: [],
    },
    {
      name: 'a private person is no side',
      text: 'التقى كيري الناشطة ليودميلا الكسييفا. وقال الجانبان إن اللقاء مثمر.',
      expected: [],
    },
    {
      name: 'an indefinite dual does not point back',
      text: 'التقى لافروف كيري. وهذا لقاء بين وزيرين يعرفان بعضهما.',
      expected: [],
    },
    {
      name: 'nothing before it: unresolved, even with names after it',
      text: 'وفي إطار التقارب بين البلدين، بحث غيراسيموف مع دانفورد التعاون.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(referents(text)).toEqual(expected);
  });

  test.each([
    {
      name: 'the adjective names the side: the Russian foreign minister is Lavrov',
      text: 'والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي في جنيف.',
      expected: ['نظيره → lavrov'],
    },
    {
      name: 'with a clitic, for a defence minister',
      text: 'وبحث شويغو ونظيره الأميركي الوضع في الشمال.',
      expected: ['ونظيره → ashton-carter'],
    },
    {
      name: 'a president: the office is the head of the role, not the words after it',
      text: 'وأكد بوتين لنظيره الأمريكى أن الهدنة صامدة.',
      expected: ['لنظيره → obama'],
    },
    {
      name: 'no adjective: the last earlier holder of the office on another side',
      text: 'ووصل دانفورد إلى المدينة مساء. وبحث غيراسيموف مع نظيره خرائط التهدئة.',
      expected: ['نظيره → dunford'],
    },
    {
      name: 'an office two people held in the period stays unresolved; the adjective still names the state',
      text: 'والتقى لافروف نظيره التركي.',
      expected: [],
    },
    {
      name: 'a name right after it names the counterpart itself',
      text: 'وكان كيري قد التقى جاويش أوغلو. ثم التقى لافروف نظيره وزير الخارجية السعودي.',
      expected: [],
    },
    {
      name: 'the speaker holds no office of the table: unresolved',
      text: 'والتقى كيري دي ميستورا. وبحث دي ميستورا مع نظيره الملف.',
      expected: [],
    },
    {
      name: 'a President-elect is no counterpart of a president',
      text: 'وقال الرئيس الأميركي المنتخب دونالد ترامب إنه سيتصل بالرئيس الروسي. وأشاد بوتين بنظيره.',
      expected: [],
    },
  ])('counterpart: $name', ({ text, expected }) => {
    expect(referents(text)).toEqual(expected);
  });

  test('a counterpart is the holder in office on the day: none before the one listed took office', () => {
    const text = 'والتقى لافروف نظيره الكازاخستاني في موسكو.';
    const folded = foldWithOffsets(text);
    const hits = findGazetteerHits(folded);
    const counterparts = (day: string) =>
      resolveDualReferences(folded, segmentSentences(text), hits, day).filter((h) => !hits.includes(h)).map((h) => h.id);
    expect(counterparts('2016-11-02')).toEqual([]);
    expect(counterparts('2017-01-20')).toEqual(['abdrakhmanov']);
  });

  test('names outside the reporting sentences (a caption, a headline) are no antecedents', () => {
    const text = 'لافروف وكيري في الكرملين\nوقال المتحدث إن الوزيرين اتفقا.';
    const folded = foldWithOffsets(text);
    const sentences = segmentSentences(text).slice(1);
    const hits = findGazetteerHits(folded);
    expect(resolveDualReferences(folded, sentences, hits)).toEqual(hits);
  });

  test('resolved hits span the dual noun, in body order, and the input is not modified', () => {
    const text = 'التقى لافروف كيري. وقال الوزيران إن اللقاء مثمر، وأشاد بوتين به.';
    const folded = foldWithOffsets(text);
    const sentences = segmentSentences(text);
    const hits = findGazetteerHits(folded);
    const before = JSON.stringify(hits);
    const out = resolveDualReferences(folded, sentences, hits);
    expect(JSON.stringify(hits)).toBe(before);
    expect(out.map((h) => [h.id, text.slice(h.start, h.end)])).toEqual([
      ['lavrov', 'لافروف'],
      ['kerry', 'كيري'],
      ['lavrov', 'الوزيران'],
      ['kerry', 'الوزيران'],
      ['putin', 'بوتين'],
    ]);
    expect(out.map((h) => h.start)).toEqual([...out.map((h) => h.start)].sort((a, b) => a - b));
  });
});

describe('withOfficeHolders: a state\'s office named without its holder', () => {
  test.each([
    { name: 'Turkey\'s foreign minister before 24 November 2015 is Sinirlioglu', text: 'والتقى وزير الخارجية التركي لافروف.', published: '2015-10-10', expected: ['sinirlioglu', 'lavrov'] },
    { name: 'and after it Cavusoglu', text: 'والتقى وزير الخارجية التركي لافروف.', published: '2016-06-30', expected: ['cavusoglu', 'lavrov'] },
    { name: 'France\'s: Fabius until February 2016, with a clitic', text: 'واتصل كيري بوزير الخارجية الفرنسي.', published: '2016-01-10', expected: ['kerry', 'fabius'] },
    { name: 'a deputy holds no office of the table: the state stays', text: 'وقال نائب وزير الخارجية التركي إن أنقرة تؤيد الهدنة.', published: '2016-06-30', expected: ['turkey', 'ankara'] },
    { name: 'a ministry is no office', text: 'وأعلنت الخارجية التركية تأييدها.', published: '2016-06-30', expected: ['turkey'] },
    { name: 'the office by another of its titles: "رئيس الدبلوماسية" with a masculine adjective', text: 'ووصل رئيس الدبلوماسية الروسي إلى جنيف.', published: '2016-09-08', expected: ['lavrov', 'geneva'] },
    { name: 'the Maghreb\'s and the Gulf\'s "وزير الشؤون الخارجية"', text: 'واستقبل الملك وزير الشؤون الخارجية الإيراني.', published: '2016-03-02', expected: ['zarif'] },
    { name: 'and the Maghreb\'s full title of it', text: 'واستقبل الملك وزير الشؤون الخارجية والتعاون الدولي الروسي.', published: '2016-03-02', expected: ['lavrov'] },
    { name: 'the office in construct with the state\'s name', text: 'وتحادث لافروف مع وزير خارجية تركيا هاتفيا.', published: '2016-06-30', expected: ['lavrov', 'cavusoglu'] },
    { name: 'a deputy of another title holds no office either', text: 'وقال نائب وزير الشؤون الخارجية الروسي إن موسكو تؤيد الهدنة.', published: '2016-06-30', expected: ['russia', 'moscow'] },
    { name: 'nor does the head of the minister\'s office, by the construct title', text: 'والتقى مدير مكتب وزير خارجية تركيا السفير الروسي.', published: '2016-01-10', expected: ['turkey', 'russia'] },
    { name: 'nor his spokesman', text: 'وقال المتحدث باسم وزير خارجية تركيا إن أنقرة تؤيد الهدنة.', published: '2016-01-10', expected: ['turkey', 'ankara'] },
  ])('$name', ({ text, published, expected }) => {
    const folded = foldWithOffsets(text);
    expect(withOfficeHolders(folded, findGazetteerHits(folded), published).map((h) => h.id)).toEqual(expected);
  });
});
