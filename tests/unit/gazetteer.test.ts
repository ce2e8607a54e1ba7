import { describe, expect, test } from 'vitest';
import { foldArabic, foldWithOffsets } from '../../src/lib/arabic.ts';
import { GAZETTEER, actorOf, findGazetteerHits, isInside, isParty, placesRelated, sideOf, sidesOf, type TableEntry } from '../../scripts/pipeline/gazetteer.ts';
import { publicEntry } from '../../scripts/pipeline/gazetteer-queries.ts';

const hitsOf = (text: string) =>
  findGazetteerHits(foldWithOffsets(text)).map((h) => ({ id: h.id, text: text.slice(h.start, h.end), locative: h.locative }));

describe('findGazetteerHits', () => {
  test.each([
    { name: 'Egyptian final ya', text: 'وقال كيرى إن', expected: [{ id: 'kerry', text: 'كيرى', locative: false }] },
    { name: 'Gulf/Egyptian ج for Russian g', text: 'سيرجي لافروف ووزير الدفاع شويجو', expected: [
      { id: 'lavrov', text: 'سيرجي لافروف', locative: false },
      { id: 'shoigu', text: 'شويجو', locative: false },
    ] },
    { name: 'و clitic and harakat', text: 'بوتين وكيري يبحثان تشديد الخناق على تنظيمَي', expected: [
      { id: 'putin', text: 'بوتين', locative: false },
      { id: 'kerry', text: 'وكيري', locative: false },
    ] },
    { name: 'بوتن, اوباما without hamza', text: 'بوتن واوباما', expected: [
      { id: 'putin', text: 'بوتن', locative: false },
      { id: 'obama', text: 'واوباما', locative: false },
    ] },
    { name: 'longest spelling wins', text: 'رئيس النظام السوري بشار الأسد', expected: [
      { id: 'assad', text: 'رئيس النظام السوري', locative: false },
      { id: 'assad', text: 'بشار الأسد', locative: false },
    ] },
    { name: 'a longer spelling cut by a longer word falls back to the shorter one', text: 'مجلس الأمن الدوليين', expected: [{ id: 'unsc', text: 'مجلس الأمن', locative: false }] },
    { name: 'دي مستورا, غيراسيموف/جيراسيموف, دانفورد/دنفورد', text: 'دي مستورا وجيراسيموف ودنفورد', expected: [
      { id: 'de-mistura', text: 'دي مستورا', locative: false },
      { id: 'gerasimov', text: 'وجيراسيموف', locative: false },
      { id: 'dunford', text: 'ودنفورد', locative: false },
    ] },
    { name: 'الجبير and ظريف', text: 'عادل الجبير وجواد ظريف', expected: [
      { id: 'jubeir', text: 'عادل الجبير', locative: false },
      { id: 'zarif', text: 'وجواد ظريف', locative: false },
    ] },
    { name: 'بـ clitic makes a location', text: 'قد يجري بجنيف يومي 26 و27', expected: [{ id: 'geneva', text: 'بجنيف', locative: true }] },
    { name: 'a preposition makes a location', text: 'لمدة 3 ساعات في موسكو أمس', expected: [{ id: 'moscow', text: 'موسكو', locative: true }] },
    { name: 'a visit verb makes a location', text: 'إذ زار كيري موسكو في منتصف تموز', expected: [
      { id: 'kerry', text: 'كيري', locative: false },
      { id: 'moscow', text: 'موسكو', locative: true },
    ] },
    { name: 'a meeting noun in construct makes a location', text: 'وفتح لقاء موسكو الباب', expected: [{ id: 'moscow', text: 'موسكو', locative: true }] },
    { name: 'Moscow and Washington as governments are not locations', text: 'اتفاق موسكو وواشنطن على تنشيط الجهود', expected: [
      { id: 'moscow', text: 'موسكو', locative: false },
      { id: 'washington', text: 'وواشنطن', locative: false },
    ] },
    { name: 'لـ is "for", not "to"', text: 'الهدف المشترك لموسكو وواشنطن', expected: [
      { id: 'moscow', text: 'لموسكو', locative: false },
      { id: 'washington', text: 'وواشنطن', locative: false },
    ] },
    { name: 'the Kremlin', text: 'محادثات في الكرملين بين الرئيس الروسي فلاديمير بوتين', expected: [
      { id: 'kremlin', text: 'الكرملين', locative: true },
      { id: 'putin', text: 'الرئيس الروسي', locative: false },
      { id: 'putin', text: 'فلاديمير بوتين', locative: false },
    ] },
    { name: 'للـ eats the article', text: 'زيارته للكرملين', expected: [{ id: 'kremlin', text: 'للكرملين', locative: true }] },
    { name: 'عمّان with its Jordanian context is Amman', text: 'مقرّها العاصمة الأردنية، عمّان، مهمتها', expected: [{ id: 'amman', text: 'عمّان', locative: true }] },
    { name: 'عمان alone may be Oman: no hit', text: 'وصل الوزير إلى عمان أمس', expected: [] },
    { name: 'a name inside a longer word is no hit', text: 'الكرملينيون والموسكوفيون', expected: [] },
    { name: 'a body\'s hall after "أمام" is where one speaks', text: 'وألقى كلمة أمام الجمعية العامة للأمم المتحدة', expected: [{ id: 'unga', text: 'الجمعية العامة للأمم المتحدة', locative: true }] },
    { name: 'a state after "أمام" is no scene', text: 'وقال إن أمام موسكو فرصة أخيرة', expected: [{ id: 'moscow', text: 'موسكو', locative: false }] },
  ])('$name', ({ text, expected }) => {
    expect(hitsOf(text)).toEqual(expected);
  });

  test('offsets point into the original text, harakat and tatweel included', () => {
    const text = 'التقى كـيري مع لافـروف فِي جُنيف';
    const hits = findGazetteerHits(foldWithOffsets(text));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['كـيري', 'لافـروف', 'جُنيف']);
  });
});

describe('the gazetteer table', () => {
  const all = [...Object.entries(GAZETTEER.actors), ...Object.entries(GAZETTEER.places)];

  test('ids are short lowercase ASCII slugs', () => {
    for (const [id] of all) expect(id).toMatch(/^[a-z][a-z-]{1,20}$/);
  });

  test('every entry has Arabic and English names; people have a role', () => {
    for (const [id, e] of all) {
      expect(e.ar, id).toBeTruthy();
      expect(e.en, id).toBeTruthy();
    }
    for (const [id, e] of Object.entries(GAZETTEER.actors)) if (e.kind === 'person') expect(e.role, id).toBeDefined();
  });

  test('parents, metonyms and affiliations point at existing entries; a person speaks for a state or a body', () => {
    for (const [, e] of Object.entries(GAZETTEER.places)) {
      if (e.parent) expect(GAZETTEER.places[e.parent]).toBeDefined();
      if (e.metonymFor) expect(GAZETTEER.actors[e.metonymFor]).toBeDefined();
    }
    for (const [id, e] of Object.entries(GAZETTEER.actors)) {
      expect(['person', 'org', 'country', 'group'], id).toContain(e.kind);
      if (e.affiliation) expect(['org', 'country'], id).toContain(GAZETTEER.actors[e.affiliation]?.kind);
    }
  });

  test('publicEntry keeps only the fields of GazetteerEntry and does not modify its input', () => {
    const before = JSON.stringify(GAZETTEER.actors.kerry);
    const entry = publicEntry(GAZETTEER.actors.kerry);
    expect(Object.keys(entry).sort()).toEqual(['ar', 'en', 'enVariants', 'role', 'variants']);
    expect(Object.keys(publicEntry(GAZETTEER.places.laos)).sort()).toEqual(['ar', 'en']);
    expect(JSON.stringify(GAZETTEER.actors.kerry)).toBe(before);
  });

  test.each([
    { a: 'kremlin', b: 'moscow', related: true, inside: true },
    { a: 'russian-mfa', b: 'moscow', related: true, inside: true },
    { a: 'kremlin', b: 'russian-mfa', related: false, inside: false },
    { a: 'moscow', b: 'kremlin', related: true, inside: false },
    { a: 'geneva', b: 'moscow', related: false, inside: false },
  ])('$a / $b', ({ a, b, related, inside }) => {
    expect(placesRelated(a, b)).toBe(related);
    expect(isInside(a, b)).toBe(inside);
  });

  test('a person speaks for a state or a body', () => {
    expect(sidesOf('kerry')).toEqual(['kerry', 'us']);
    expect(sidesOf('gerasimov')).toEqual(['gerasimov', 'russia']);
    expect(sidesOf('de-mistura')).toEqual(['de-mistura', 'un']);
    expect(sidesOf('alexeyeva')).toEqual(['alexeyeva']);
  });

  test.each([
    { id: 'kerry', side: 'us', party: true, why: 'an official speaks for his state' },
    { id: 'assad', side: 'syria', party: true, why: 'the head of a state' },
    { id: 'zarif', side: 'iran', party: true, why: 'a minister of another state of the ISSG' },
    { id: 'de-mistura', side: 'un', party: true, why: 'the UN envoy speaks for the UN' },
    { id: 'issg', side: 'issg', party: true, why: 'a body of the diplomacy is a party itself' },
    { id: 'syrian-opposition', side: 'syrian-opposition', party: true, why: 'a Syrian side is a party itself' },
    { id: 'russia', side: 'russia', party: true, why: 'a state is a party itself' },
    { id: 'alexeyeva', side: undefined, party: false, why: 'a human-rights activist is a private person' },
  ])('$id: $why', ({ id, side, party }) => {
    expect(sideOf(id)).toBe(side);
    expect(isParty(id)).toBe(party);
  });

  test('a state named only formally: "سوريا" is the subject of the articles, not a participant', () => {
    expect(hitsOf('وقال إن الأزمة في سوريا تتطلب حلا')).toEqual([]);
    expect(hitsOf('وفد الجمهورية العربية السورية').map((h) => h.id)).toEqual(['syria']);
  });
});

/** One sentence of our own per entry, in a spelling outlets use; each must find its entry. */
const FOUND_IN: Record<string, string> = {
  kerry: 'وأبلغ رئيس الدبلوماسية الأمريكية نظراءه بأنه سيعود إلى المنطقة',
  lavrov: 'وصرّح سيرجي لافروف للصحفيين بأن المسودة لم تكتمل بعد',
  putin: 'واستقبل سيد الكرملين ضيفه في قاعة صغيرة',
  obama: 'وتحدث الرئيس أوباما عن فرصة أخيرة للدبلوماسية',
  assad: 'ورفض الرئيس السوري أي حديث عن مرحلة انتقالية',
  'de-mistura': 'ويستعد المبعوث الأممي إلى سورية لجولة جديدة من المشاورات',
  kirby: 'وأكد جون كيربى في إفادته اليومية أن الاتصالات مستمرة',
  toner: 'ورفض مارك تونر التعليق على التسريبات',
  shoigu: 'وأعلن وزير الدفاع الروسي إرسال خبراء إلى المنطقة',
  gerasimov: 'وبحث رئيس هيئة الأركان العامة الروسية خرائط التهدئة',
  dunford: 'وقال رئيس هيئة الأركان المشتركة الأميركية إن التنسيق محدود',
  rudskoy: 'وعرض سيرجي رودسكوي صورا جوية على الصحفيين',
  tefft: 'واستدعت الوزارة السفير الأميركي لدى روسيا لتسليمه مذكرة',
  alexeyeva: 'وزار الوزير الناشطة ليودميلا ألكسييفا في منزلها',
  jubeir: 'وجدد عادل أحمد الجبير موقف بلاده من مستقبل الحكم',
  zarif: 'ووصل رئيس الدبلوماسية الإيرانية مساء إلى العاصمة النمساوية',
  'wang-yi': 'واستقبل وانج يي نظيره السوري في بكين',
  biden: 'وحمل نائب الرئيس الأمريكي رسالة تهدئة إلى الحليف',
  trump: 'وتعهد الرئيس الأميركي المنتخب بمراجعة السياسة الخارجية',
  'ashton-carter': 'وشكك آش كارتر في جدوى التعاون العسكري',
  'samantha-power': 'وانتقدت سامنثا باور في جلسة مغلقة الموقف الآخر',
  ratney: 'ونقل مايكل راتناي رسالة إلى فصائل الجنوب',
  mcgurk: 'وزار بريت ماكجورك الشمال الشرقي سرا',
  earnest: 'وقال الناطق باسم البيت الأبيض إن الرئيس يتابع التطورات',
  muallem: 'وشارك وزير الخارجية والمغتربين في لقاء مع الوفد الصيني',
  mekdad: 'واستقبل نائب وزير الخارجية السوري الوفد الزائر',
  jaafari: 'وانسحب رئيس الوفد الحكومي السوري من القاعة غاضبا',
  'ibrahim-jaafari': 'وطالب وزير الخارجية العراقي بتنسيق أوسع',
  'ban-ki-moon': 'ودعا بان كي-مون الأطراف إلى احترام التهدئة',
  guterres: 'وتسلّم أنطونيو جوتيريس مهامه في مطلع السنة',
  ramzy: 'وترأس نائب المبعوث الدولي إلى سوريا اجتماع فريق العمل الإنساني',
  egeland: 'وأعلن يان إيجلاند أن قوافل الإغاثة لم تتحرك',
  cavusoglu: 'وأجرى جاويش أوغلو محادثات ثنائية على هامش المؤتمر',
  sinirlioglu: 'وشارك فريدون سنيرلي أوغلو في الاجتماع الرباعي',
  erdogan: 'وانتقد إردوغان الموقف الغربي في خطاب متلفز',
  davutoglu: 'وقال أحمد داوود أوغلو إن بلاده لن تقبل بممر على حدودها',
  rouhani: 'وبعث روحاني برسالة إلى نظيره',
  'king-salman': 'واستقبل خادم الحرمين الشريفين وفدا رفيعا',
  'bin-salman': 'وبحث ولي ولي العهد السعودي ملفات إقليمية خلال زيارته',
  'king-abdullah': 'وحذر العاهل الأردني من موجة لجوء جديدة',
  sisi: 'وأكد الرئيس المصري دعم بلاده للحل السياسي',
  hijab: 'وقال المنسق العام للهيئة العليا للمفاوضات إن الوفد لن يعود',
  alloush: 'وأعلن علوش استقالته من منصبه في الوفد',
  'zahran-alloush': 'وقتل زهران علوش في غارة جوية',
  zoubi: 'وقال العميد أسعد الزعبي إن المفاوضات متعثرة',
  khoja: 'والتقى خالد خوجة سفراء الدول الداعمة',
  'anas-al-abdah': 'وانتُخب أنس العبدة رئيسا للهيئة السياسية',
  jarba: 'وزار أحمد الجربا العاصمة المصرية على رأس وفد',
  hollande: 'واستقبل فرانسوا أولاند الوفد المعارض في الإليزيه',
  fabius: 'ودعا لوران فابيوس إلى وقف القصف فورا',
  ayrault: 'وأعرب جان-مارك إيرولت عن قلق بلاده من التصعيد',
  merkel: 'وطالبت المستشارة الألمانية بممرات آمنة للمدنيين',
  steinmeier: 'وحث فرانك فالتر شتاينمير الطرفين على ضبط النفس',
  hammond: 'وقال فيليب هاموند إن حكومته لن تقبل ببقاء النظام',
  'boris-johnson': 'ودعا بوريس جونسون إلى التظاهر أمام السفارة',
  mogherini: 'وشاركت موجيريني في الجلسة المسائية',
  judeh: 'واستضاف وزير الخارجية الأردني اجتماعا لتصنيف الجماعات',
  shoukry: 'وأشار سامح شكرى إلى أهمية الحل السياسي',
  'al-attiyah': 'وأكد خالد العطية أن بلاده تدعم المعارضة',
  'al-thani': 'ووصل الشيخ محمد بن عبدالرحمن آل ثاني إلى العاصمة الألمانية',
  'nabil-elaraby': 'وقال نبيل العربي إن الجامعة مستعدة للمساعدة',
  'abul-gheit': 'وتسلم أبو الغيط مهامه أمينا عاما',
  bogdanov: 'وأجرى ميخائيل بوجدانوف مشاورات مع وفد المعارضة',
  gatilov: 'ورأس غينادي جاتيلوف الوفد إلى الجولة الثالثة',
  ryabkov: 'وقال سيرجي ريابكوف إن بلاده لا ترى بديلا عن الحوار',
  antonov: 'والتقى أناتولي أنطونوف الملحقين العسكريين في موسكو',
  churkin: 'ورد مندوب روسيا الدائم لدى الأمم المتحدة على الاتهامات',
  lavrentiev: 'وترأس ألكسندر لافرينتييف وفد بلاده إلى المحادثات',
  medvedev: 'وحذر رئيس الحكومة الروسية من حرب باردة جديدة',
  'sergei-ivanov': 'وخرج سيرجي ايفانوف من الجلسة ليعلن التفويض',
  peskov: 'وقال الناطق باسم الكرملين إن الرئيس اطلع على التقرير',
  zakharova: 'وسخرت ماريا زخاروفا من البيان الغربي',
  'abdullah-bin-zayed': 'واستقبل الشيخ عبدالله بن زايد الوفد الزائر',
  gargash: 'وكتب وزير الدولة للشئون الخارجية الإماراتي أن الاجتماع لم يأت بجديد',
  'sabah-al-khalid': 'وترأس صباح الخالد وفد بلاده إلى المؤتمر',
  'emir-sabah': 'وتلقى أمير الكويت اتصالا هاتفيا',
  'khalid-bin-ahmed': 'وقال وزير خارجية البحرين إن بلاده تدعم الحل السياسي',
  'bin-alawi': 'وقام يوسف بن علوي بزيارة لم يعلن عنها',
  dehghan: 'ونفى العميد حسين دهقان وجود قوات برية لبلاده',
  'jaberi-ansari': 'وبحث جابري انصاري ملف الهدنة مع المبعوث',
  'amir-abdollahian': 'وقال أمير عبداللهيان إن بلاده لن تتخلى عن حليفها',
  velayati: 'واستقبل علي أكبر ولايتي الوفد الزائر',
  yildirim: 'وقال بن علي يلدرم إن حكومته ستطبع العلاقات',
  isik: 'وأعلن فكري إشيق إرسال تعزيزات إلى الحدود',
  konashenkov: 'ونفى الناطق باسم الدفاع الروسية قصف المستشفى',
  obrien: 'وحذر وكيل الأمين العام للشئون الإنسانية من كارثة في الأحياء المحاصرة',
  rycroft: 'واتهم ريكروفت الطرف الآخر بعرقلة القرار',
  delattre: 'وقال فرنسوا دولاتر إن المدينة تحترق',
  'liu-jieyi': 'وبرر ليو جيه يي التصويت ضد المشروع',
  'susan-rice': 'وزارت مستشارة الأمن القومي الأمريكي المنطقة سرا',
  shaaban: 'وقالت بثينة شعبان إن الحكومة لن تقبل الشروط',
  meslet: 'وقال سالم المسلط إن الوفد لن يعود إلى القاعة',
  makhous: 'وأكد منذر ماخوس أن الهيئة تريد ضمانات قبل الجولة',
  sabra: 'وترأس جورج صبرا جانبا من اجتماعات الوفد',
  kodmani: 'وقالت بسمة قضماني إن الورقة لا تتحدث عن الانتقال',
  gentiloni: 'ودعا جينتيلوني إلى هدنة إنسانية',
  nazarbayev: 'وعرض نزاربايف استضافة المحادثات',
  abdrakhmanov: 'وأعلن خيرات عبد الرحمانوف موعد الجولة الأولى',
  blinken: 'وقال أنطوني بلينكن للصحفيين إن الاتصالات مستمرة',
  nuland: 'وأكدت مساعدة وزير الخارجية الأمريكي للشؤون الأوروبية والأوراسية في تصريح مقتضب أن الموقف لم يتغير',
  malley: 'وحذر روب مالي من عواقب التصعيد في الشمال',
  trudeau: 'واعتبرت إليزابيث ترودو أن الحل يمر عبر الحوار',
  brennan: 'ونقلت وكالة الأنباء عن مدير وكالة المخابرات المركزية الأمريكية قوله إن الوقت ينفد',
  rhodes: 'وشارك بن رودز في جانب من المشاورات',
  mcdonough: 'وقال دنيس ماكدونو للصحفيين إن الاتصالات مستمرة',
  cook: 'وأكد بيتر كوك في تصريح مقتضب أن الموقف لم يتغير',
  warren: 'وحذر ستيفن وارن من عواقب التصعيد في الشمال',
  votel: 'واعتبر جوزيف فوتل أن الحل يمر عبر الحوار',
  'lloyd-austin': 'ونقلت وكالة الأنباء عن لويد أوستن قوله إن الوقت ينفد',
  'john-allen': 'وشارك جون ألين في جانب من المشاورات',
  dempsey: 'وقال مارتن ديمسي للصحفيين إن الاتصالات مستمرة',
  tillerson: 'وأكد ريكس تيليرسون في تصريح مقتضب أن الموقف لم يتغير',
  flynn: 'وحذر مايكل فلين من عواقب التصعيد في الشمال',
  pence: 'واعتبر مايك بينس أن الحل يمر عبر الحوار',
  'ned-price': 'ونقلت وكالة الأنباء عن نيد برايس قوله إن الوقت ينفد',
  mattis: 'وشارك جيم ماتيس في جانب من المشاورات',
  psaki: 'وقالت جنيفر ساكي للصحفيين إن الاتصالات مستمرة',
  ushakov: 'وأكد يوري اوشاكوف في تصريح مقتضب أن الموقف لم يتغير',
  kislyak: 'وحذر سيرجي كيسلياك من عواقب التصعيد في الشمال',
  kinshchak: 'واعتبر ألكسندر كينشّاك أن الحل يمر عبر الحوار',
  fomin: 'ونقلت وكالة الأنباء عن ألكسندر فومين قوله إن الوقت ينفد',
  kuralenko: 'وشارك سيرجي كورالينكو في جانب من المشاورات',
  matviyenko: 'وقالت رئيسة مجلس الاتحاد الروسي للصحفيين إن الاتصالات مستمرة',
  kosachev: 'وأكد كونستانتين كوساتشوف في تصريح مقتضب أن الموقف لم يتغير',
  pushkov: 'وحذر ألكسي بوشكوف من عواقب التصعيد في الشمال',
  patrushev: 'واعتبر نيقولاي باتروشيف أن الحل يمر عبر الحوار',
  naryshkin: 'ونقلت وكالة الأنباء عن سيرجي ناريشكين قوله إن الوقت ينفد',
  ulyanov: 'وشارك ميخائيل اوليانوف في جانب من المشاورات',
  syromolotov: 'وقال أوليج سيرومولوتوف للصحفيين إن الاتصالات مستمرة',
  haidar: 'وأكد وزير الدولة لشؤون المصالحة الوطنية في تصريح مقتضب أن الموقف لم يتغير',
  khamis: 'وحذر عماد خميس من عواقب التصعيد في الشمال',
  halqi: 'واعتبر وائل نادر الحلقي أن الحل يمر عبر الحوار',
  sousan: 'ونقلت وكالة الأنباء عن معاون وزير الخارجية والمغتربين السوري قوله إن الوقت ينفد',
  ayyoub: 'وشارك علي عبدالله أيوب في جانب من المشاورات',
  freij: 'وقال فهد الفريج للصحفيين إن الاتصالات مستمرة',
  bahra: 'وأكد هادي البحرة في تصريح مقتضب أن الموقف لم يتغير',
  'louay-hussein': 'وحذر لؤي حسين من عواقب التصعيد في الشمال',
  'qadri-jamil': 'واعتبر رئيس منصة موسكو أن الحل يمر عبر الحوار',
  manna: 'ونقلت وكالة الأنباء عن هيثم المناع قوله إن الوقت ينفد',
  kassis: 'وشاركت رندا قسيس في جانب من المشاورات',
  'moaz-al-khatib': 'وقال أحمد معاذ الخطيب للصحفيين إن الاتصالات مستمرة',
  kilo: 'وأكد ميشال كيلو في تصريح مقتضب أن الموقف لم يتغير',
  sida: 'وحذر عبدالباسط سيدا من عواقب التصعيد في الشمال',
  'naasan-agha': 'واعتبر رياض نعسان أغا أن الحل يمر عبر الحوار',
  aridi: 'ونقلت وكالة الأنباء عن يحيى العريضي قوله إن الوقت ينفد',
  atassi: 'وشاركت فرح الأتاسي في جانب من المشاورات',
  nahhas: 'وقال لبيب نحاس للصحفيين إن الاتصالات مستمرة',
  julani: 'وأكد أبو محمد الجولانى في تصريح مقتضب أن الموقف لم يتغير',
  baghdadi: 'وحذر أبوبكر البغدادي من عواقب التصعيد في الشمال',
  larijani: 'واعتبر رئيس مجلس الشورى الإيراني أن الحل يمر عبر الحوار',
  shamkhani: 'ونقلت وكالة الأنباء عن أمين المجلس الأعلى للأمن القومي الإيراني قوله إن الوقت ينفد',
  soleimani: 'وشارك قائد فيلق القدس في جانب من المشاورات',
  ghasemi: 'وقال بهرام قاسمي للصحفيين إن الاتصالات مستمرة',
  khamenei: 'وأكد آية الله علي خامنئي في تصريح مقتضب أن الموقف لم يتغير',
  kalin: 'وحذر إبراهيم كالين من عواقب التصعيد في الشمال',
  kurtulmus: 'واعتبر نعمان كورتولموش أن الحل يمر عبر الحوار',
  fidan: 'ونقلت وكالة الأنباء عن رئيس جهاز الاستخبارات التركية قوله إن الوقت ينفد',
  akar: 'وشارك خلوصي آكار في جانب من المشاورات',
  'bin-nayef': 'وقال محمد بن نايف بن عبد العزيز للصحفيين إن الاتصالات مستمرة',
  tamim: 'وأكد تميم بن حمد في تصريح مقتضب أن الموقف لم يتغير',
  'mohammed-bin-zayed': 'وحذر محمد بن زايد من عواقب التصعيد في الشمال',
  nasrallah: 'واعتبر حسن نصرالله أن الحل يمر عبر الحوار',
  bassil: 'ونقلت وكالة الأنباء عن جبران باسيل قوله إن الوقت ينفد',
  'tammam-salam': 'وشارك تمام سلام في جانب من المشاورات',
  abadi: 'وقال رئيس الوزراء العراقي للصحفيين إن الاتصالات مستمرة',
  safadi: 'وأكد أيمن الصفدي في تصريح مقتضب أن الموقف لم يتغير',
  feltman: 'وحذر جيفري فلتمان من عواقب التصعيد في الشمال',
  'el-hillo': 'واعتبر يعقوب الحلو أن الحل يمر عبر الحوار',
  maurer: 'ونقلت وكالة الأنباء عن بيتر ماورر قوله إن الوقت ينفد',
  uzumcu: 'وشارك أحمد أوزومتشو في جانب من المشاورات',
  netanyahu: 'وقال بنيامين نتانياهو للصحفيين إن الاتصالات مستمرة',
  'xi-jinping': 'وأكد شي جينبينغ في تصريح مقتضب أن الموقف لم يتغير',
  'xie-xiaoyan': 'وحذر شي شياو يان من عواقب التصعيد في الشمال',
  cameron: 'واعتبر ديفيد كاميرون أن الحل يمر عبر الحوار',
  'theresa-may': 'ونقلت وكالة الأنباء عن تيريزا مي قولها إن الوقت ينفد',
  'syrian-opposition': 'وأعلن الائتلاف الوطني لقوى الثورة والمعارضة السورية رفضه للمسودة',
  hnc: 'واجتمعت الهيئة التفاوضية العليا مساء السبت',
  issg: 'وتعقد مجموعة الدعم الدولية لسورية اجتماعها المقبل',
  'truce-task-force': 'واجتمع فريق العمل الخاص بوقف الأعمال العدائية في جنيف',
  'aid-task-force': 'وعقد فريق العمل الإنساني اجتماعه الأسبوعي',
  unsc: 'وصوت مجلس الأمن الدولي على مشروع القرار',
  un: 'وقالت المنظمة الدولية إن المساعدات لم تصل',
  'arab-league': 'ودعت الجامعة العربية إلى اجتماع طارئ',
  gcc: 'ورحبت دول مجلس التعاون الخليجي بالقرار',
  eu: 'وفرض الاتحاد الأوربي عقوبات جديدة',
  us: 'وأبدى الجانب الأمريكى استعداده للتنسيق',
  russia: 'وأكد الاتحاد الروسي أن طائراته لم تقصف القافلة',
  syria: 'وسلّم الوفد الحكومي السوري ردّه على الورقة',
  'saudi-arabia': 'وأعلنت المملكة استعدادها لإرسال قوات برية',
  iran: 'وقالت الجمهورية الإسلامية الإيرانية إن مستشاريها باقون',
  turkey: 'وأغلقت السلطات التركية المعبر الحدودي',
  qatar: 'وأعلنت دولة قطر استضافة اجتماع تشاوري',
  jordan: 'وأكدت المملكة الأردنية الهاشمية إغلاق حدودها الشمالية',
  egypt: 'وقالت الخارجية المصرية إنها تؤيد التهدئة',
  france: 'وطالب رئيس الدبلوماسية الفرنسية باجتماع عاجل',
  britain: 'وأعلنت المملكة المتحدة مساعدات إضافية',
  germany: 'وأكدت الحكومة الألمانية دعمها للمبادرة',
  china: 'وامتنع الجانب الصيني عن التصويت',
  ukraine: 'وتطرق الاجتماع أيضا إلى الأزمة في أوكرانيا',
  israel: 'وقالت الدولة العبرية إنها لن تتدخل',
  lebanon: 'وتستضيف الحكومة اللبنانية أكثر من مليون لاجئ',
  iraq: 'وتنسق الحكومة العراقية مع التحالف',
  uae: 'وأعلنت دولة الإمارات العربية المتحدة دعمها للبيان',
  kuwait: 'وأعلنت الحكومة الكويتية تبرعا جديدا',
  oman: 'وتوسطت سلطنة عُمان بين الطرفين',
  bahrain: 'ورحبت مملكة البحرين بالبيان',
  'kazakhstan-state': 'وأكدت الخارجية الكازاخستانية جاهزية القاعة',
  italy: 'وأرسلت الحكومة الإيطالية طائرة مساعدات',
  norway: 'وموّلت النرويج برنامجا للإغاثة',
  isis: 'وتراجع تنظيم داعش عن مواقعه في الريف الشرقي',
  nusra: 'وأعلنت جبهة فتح الشام فك ارتباطها',
  'al-qaeda': 'ويرتبط الفصيل بتنظيم القاعدة',
  'jaish-al-islam': 'وشارك ممثل عن جيش الإسلام في الوفد',
  'ahrar-al-sham': 'ورفضت حركة أحرار الشام الانضمام',
  hezbollah: 'وقاتل عناصر حزب الله إلى جانب القوات الحكومية',
  sdf: 'وتقدمت قوات سورية الديمقراطية نحو المدينة',
  ypg: 'وتتهم الحكومة المجاورة وحدات حماية الشعب بالإرهاب',
  // Places: each as a location.
  moscow: 'وعقد اللقاء في العاصمة الروسية بعد ظهر الجمعة',
  kremlin: 'وجرى الاستقبال في الكرملين',
  'russian-mfa': 'وانعقدت الجلسة في مقر الخارجية الروسية',
  washington: 'ووصل الوفد إلى العاصمة الأميركية فجرا',
  'white-house': 'واستقبل الرئيس ضيفه في البيت الأبيض',
  'state-department': 'وجرت المحادثات في مقر وزارة الخارجية الأمريكية',
  pentagon: 'وعقد الاجتماع في البنتاجون',
  geneva: 'واستؤنفت الجولة في جينيف',
  'palais-des-nations': 'والتقى الوفدان في قصر الأمم',
  vienna: 'واجتمع الوزراء في العاصمة النمساوية',
  'new-york': 'وانتقل الوزراء إلى نيو يورك',
  'un-hq': 'والتقى الوزيران في مقر الأمم المتحدة بنيويورك',
  unga: 'وعقد الوزيران لقاءهما في الجمعية العامة للأمم المتحدة',
  riyadh: 'واجتمعت الفصائل في العاصمة السعودية',
  paris: 'وعقد الاجتماع الوزاري في العاصمة الفرنسية',
  munich: 'واجتمعت المجموعة في ميونيخ',
  lausanne: 'وعقد اللقاء في لوزان السويسرية',
  zurich: 'والتقى الوزيران في زوريخ',
  laos: 'وعقد لقاء آخر في لاوس',
  vientiane: 'والتقيا في فينتيان',
  amman: 'وتقيم المجموعة في العاصمة الأردنية عمّان',
  kazakhstan: 'وتستضيف المحادثات في كزاخستان',
  astana: 'وانطلقت المحادثات في الآستانة',
  ankara: 'وعقد اللقاء في أنقرة',
  istanbul: 'والتقى الجانبان في إستانبول',
  tehran: 'وزار الوزير طهران',
  sochi: 'وجرت القمة في سوتشى',
  hamburg: 'والتقيا على هامش الاجتماع في هامبورج',
  hangzhou: 'وتحادث الرئيسان في هانغجو على هامش القمة',
  london: 'واجتمع المانحون في العاصمة البريطانية',
  berlin: 'وعقد الاجتماع في العاصمة الألمانية',
  rome: 'والتقى الوزراء في العاصمة الإيطالية',
  doha: 'وعقد اللقاء في الدوحة',
  cairo: 'واجتمعت الفصائل في القاهرة',
  beijing: 'ووصل الوفد إلى بكين',
  beirut: 'وعقد المؤتمر في بيروت',
  damascus: 'ووصل المبعوث إلى دمشق',
  'rif-dimashq': 'وتقدمت القوات في ريف دمشق',
  daraya: 'ودخلت القافلة إلى داريا',
  madaya: 'ووصلت المساعدات إلى مضايا',
  aleppo: 'واشتد القصف في حلب',
  'east-aleppo': 'وبقي المدنيون في الأحياء الشرقية من حلب',
  homs: 'وعادت الحياة إلى حمص',
  idlib: 'وتقدمت الفصائل في محافظة إدلب',
  raqqa: 'وتجمع المقاتلون في الرقة',
  'deir-ez-zor': 'وألقيت المساعدات جوا في ديرالزور',
  palmyra: 'ودارت معارك عنيفة في تدمر',
  latakia: 'ووصلت الطائرات إلى اللاذقية',
  hmeimim: 'وهبطت الطائرة في قاعدة حميميم',
};

describe('every entry is found in a sentence of its own', () => {
  test('the table has a sentence for every entry', () => {
    expect(Object.keys(FOUND_IN).sort()).toEqual([...Object.keys(GAZETTEER.actors), ...Object.keys(GAZETTEER.places)].sort());
  });

  test.each(Object.entries(FOUND_IN))('%s', (id, text) => {
    const hit = findGazetteerHits(foldWithOffsets(text)).find((h) => h.id === id);
    expect(hit, text).toBeDefined();
    if (hit!.table === 'places') expect(hit!.locative, text).toBe(true);
  });
});

describe('look-alikes find nothing', () => {
  test.each([
    { why: 'جون alone is any John', text: 'وقال جون إن الطقس بارد' },
    { why: 'بان is also "appeared"', text: 'بان الفرق بين الموقفين بعد ساعات' },
    { why: 'المعلم is "the teacher"', text: 'وقال المعلم لتلاميذه إن الامتحان قريب' },
    { why: 'العربي is "the Arab"', text: 'يتحدث العالم العربي عن المستقبل' },
    { why: 'جودة is "quality"', text: 'تحسنت جودة الخدمات في المدينة' },
    { why: 'الحجاب is the headscarf', text: 'ارتدت الطالبة الحجاب' },
    { why: 'العطية is "the gift"', text: 'قدم العطية للفقراء' },
    { why: 'تدمر is also "destroys", unless a place word stands before it', text: 'القنابل تدمر المنازل والجسور' },
    { why: 'نصرة is "support"', text: 'خرجت مسيرة نصرة للمحاصرين' },
    { why: 'برقة is in Libya: the ال-less stem counts only after لل', text: 'زار الوفد برقة في ليبيا' },
    { why: 'a national security council is not the UN Security Council', text: 'اجتمع مجلس الأمن القومي برئاسة الرئيس' },
    { why: 'another kingdom is not Saudi Arabia', text: 'وقعت المملكة المغربية اتفاقا للصيد' },
    { why: 'the UN envoy to Yemen is not de Mistura', text: 'وصل المبعوث الأممي إلى اليمن أمس' },
    { why: 'a former secretary of state is not Kerry', text: 'وكتب وزير الخارجية الأميركي الأسبق مقالا' },
    { why: 'another Zoubi', text: 'وقال وزير الإعلام عمران الزعبي' },
    { why: 'another Salman', text: 'قرأ رواية سلمان رشدي' },
    { why: 'شكرا is "thanks"', text: 'شكرا لكم على الحضور' },
    { why: 'روحانية is "spirituality"', text: 'تحدث عن الحياة الروحانية' },
    { why: 'قطرة is "a drop"', text: 'سقطت قطرة ماء' },
    { why: 'حميمة is "intimate"', text: 'علاقة حميمة بين الصديقين' },
    { why: 'a feminine adjective is not the country', text: 'شركة تركية لصناعة النسيج' },
    { why: 'a plural of a nisba is not the state', text: 'التقى عدد من الأمريكيين' },
    { why: 'a name inside a longer name', text: 'قال كيرياكوس إن الرحلة تأخرت' },
    { why: 'الولايات alone', text: 'زار الولايات الشمالية' },
    { why: 'النظام is also "the system"', text: 'يتغير النظام الدولي ببطء' },
    { why: 'المعارضة is also "the objection"', text: 'أبدى المعارضة الشديدة للفكرة' },
    { why: 'شعبان is also the month', text: 'وصل الوفد في منتصف شعبان' },
    { why: 'صباح is "morning"', text: 'وصل الوفد صباح الخميس' },
    { why: 'المسلط is also "brandished"', text: 'بقي السيف المسلط على الرقاب' },
    { why: 'أشق is "harder"', text: 'كانت المرحلة أشق من سابقتها' },
    { why: 'another Rice', text: 'وكتبت كوندوليزا رايس مذكراتها' },
  ])('$why', ({ text }) => {
    expect(hitsOf(text)).toEqual([]);
  });
});

describe('role phrases, not-names and groups', () => {
  test.each([
    { text: 'وقال وزير الخارجية الفرنسي إن', ids: ['france'], why: 'a role whose holder changed in 2016 stands for the state' },
    { text: 'وقال وزير الخارجية التركي إن', ids: ['turkey'], why: 'Sinirlioglu, then Cavusoglu' },
    { text: 'وقال وزير الخارجية السعودي عادل الجبير', ids: ['jubeir', 'jubeir'], why: 'one holder all through' },
    { text: 'وقال وزير الدفاع التركي إن', ids: ['turkey'], why: 'Yilmaz, then Isik from May 2016' },
    { text: 'وقال وزير الخارجية الإيطالي إن', ids: ['italy'], why: 'Gentiloni, then Alfano from December 2016' },
    { text: 'وقال وزير الخارجية الكازاخستاني إن', ids: ['kazakhstan-state'], why: 'Idrissov, then Abdrakhmanov from December 2016' },
    { text: 'وقال وزير الخارجية الإماراتي الشيخ عبدالله بن زايد', ids: ['abdullah-bin-zayed', 'abdullah-bin-zayed'], why: 'one holder all through' },
    { text: 'وقال وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش', ids: ['gargash', 'gargash'], why: 'the minister of state is not the minister' },
    { text: 'وأعلنت المملكة البحرينية', ids: ['bahrain'], why: 'the Bahraini kingdom is Bahrain, not Saudi Arabia' },
    { text: 'وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف', ids: ['russia', 'bogdanov'], why: 'a deputy minister is not the minister' },
    { text: 'نائب الرئيس الأميركي جو بايدن', ids: ['biden', 'biden'], why: 'the vice president is not the president' },
    { text: 'الناطق باسم الكرملين دميتري بيسكوف', ids: ['peskov', 'peskov'], why: 'the spokesman is not the Kremlin' },
    { text: 'وأعلن البيت الأبيض', ids: ['white-house'], why: 'a building standing for its government' },
    { text: 'جولة بين وفدي النظام والمعارضة', ids: ['syria', 'syrian-opposition'], why: 'the two Syrian sides by their short names' },
  ])('$why', ({ text, ids }) => {
    expect(hitsOf(text).map((h) => h.id)).toEqual(ids);
  });

  test('an armed group is found, but is never a party nor a participant', () => {
    const [hit] = findGazetteerHits(foldWithOffsets('مواقع تنظيم الدولة الإسلامية'));
    expect(hit.id).toBe('isis');
    expect(actorOf(hit)).toBeUndefined();
    expect(isParty('nusra')).toBe(false);
    expect(sideOf('isis')).toBeUndefined();
  });

  test('a building of a government stands for it unless it is the scene', () => {
    const [asActor] = findGazetteerHits(foldWithOffsets('وأعلنت وزارة الخارجية الأميركية'));
    const [asPlace] = findGazetteerHits(foldWithOffsets('في وزارة الخارجية الأميركية'));
    expect(actorOf(asActor)).toBe('us');
    expect(actorOf(asPlace)).toBeUndefined();
    expect(isInside('state-department', 'washington')).toBe(true);
  });

  test('a country named as a place stands for its state unless it is the scene', () => {
    const [asActor] = findGazetteerHits(foldWithOffsets('وأعلنت كازاخستان استعدادها لاستضافة المحادثات'));
    const [asPlace] = findGazetteerHits(foldWithOffsets('وتعقد المحادثات في كازاخستان'));
    expect(actorOf(asActor)).toBe('kazakhstan-state');
    expect(actorOf(asPlace)).toBeUndefined();
  });
});

/** The names the development set uses for participants (team/DEVSET.md). */
const DEV_SET_NAMES = [
  'Kerry', 'Lavrov', 'Putin', 'Obama', 'Biden', 'Assad', 'Muallem', 'Jaafari', 'de Mistura', 'Ban Ki-moon', 'Jubeir', 'Zarif',
  'Cavusoglu', 'Erdogan', 'Rouhani', 'King Salman', 'Mohammed bin Salman', 'Hijab', 'Alloush', 'Zoubi', 'Hollande', 'Fabius',
  'Ayrault', 'Merkel', 'Steinmeier', 'Hammond', 'Boris Johnson', 'Mogherini', 'Judeh', 'Shoukry', 'Al-Attiyah', 'Bogdanov',
  'Gatilov', 'Ryabkov', 'Churkin', 'Samantha Power', 'Ratney', 'McGurk', 'Kirby', 'Toner', 'Earnest', 'Peskov', 'Zakharova',
  'Shoigu', 'Gerasimov', 'Ashton Carter', 'Dunford', 'Nabil Elaraby', 'Abul Gheit', 'Khoja', 'Tefft', 'Jarba',
  'United States', 'Russia', 'Syria', 'Syrian opposition', 'High Negotiations Committee', 'Turkey', 'Iran', 'Saudi Arabia',
  'Qatar', 'Jordan', 'Egypt', 'France', 'Britain', 'Germany', 'China', 'European Union', 'United Nations', 'UN Security Council',
  'ISSG', 'Arab League', 'Ukraine', 'Israel', 'Lebanon', 'Iraq', 'UAE', 'Gargash', 'Salem al-Meslet',
];

describe('spellings are unambiguous and every development-set name has an entry', () => {
  test('no folded spelling belongs to two entries, nor is a not-name', () => {
    const owner = new Map<string, string>();
    for (const [id, e] of all()) {
      for (const spelling of [e.ar, ...(e.variants ?? [])]) {
        const folded = foldArabic(spelling);
        expect(owner.get(folded) ?? id, `${spelling}: ${owner.get(folded)} and ${id}`).toBe(id);
        owner.set(folded, id);
      }
    }
    for (const phrase of GAZETTEER.notNames) expect(owner.get(foldArabic(phrase)), phrase).toBeUndefined();
  });

  test.each(DEV_SET_NAMES)('%s', (name) => {
    const ids = Object.entries(GAZETTEER.actors)
      .filter(([, e]) => [e.en, e.short?.en, ...(e.enVariants ?? [])].includes(name))
      .map(([id]) => id);
    expect(ids).toHaveLength(1);
  });
});

function all(): Array<[string, TableEntry]> {
  return [...Object.entries(GAZETTEER.actors), ...Object.entries(GAZETTEER.places)];
}
