/**
 * Nouns that point back at parties named before them, as data. Dual nouns: "وكان الوزيران قد بحثا …"
 * after a sentence naming Lavrov and Kerry means Lavrov and Kerry. Forms are folded stems (see
 * `src/lib/arabic.ts`) in both cases, ‑ان and ‑ين; the matcher requires the article (ال، بال، لل)
 * because only the definite dual points back ("وزيري الخارجية لافروف وكيري" names its two itself),
 * and adds و/ف and whole-word boundaries.
 *
 * Deliberately not here: how the referents are found (`scripts/pipeline/coreference.ts`).
 */

export interface DualReference {
  /** Folded regex source of the stems, without the article; no capturing groups. */
  forms: string;
  /** `people`: two persons whose role holds `role`. `sides`: two states or bodies (a person counts as the one they speak for), of `kind` when given. */
  refersTo: 'people' | 'sides';
  role?: string;
  kind?: 'country';
  /**
   * The office the dual names when the states follow it and no one of theirs was named before
   * ("الوزيران الأمريكي والروسي" opening an article): each state's holder of it.
   */
  office?: string;
  /** Names no one unless the states follow it: it never points back. */
  onlyWithStates?: true;
}

export const DUAL_REFERENCES: readonly DualReference[] = [
  // The ministers of diplomacy news are its foreign ministers.
  { forms: 'وزيران|وزيرين', refersTo: 'people', role: 'وزير', office: 'وزير الخارجية' },
  // "الرئيسان الأمريكي والروسي": the heads of state, only with their states after them; alone
  // ("على مستوى الرئيسين") it is as often two presidents not yet named.
  { forms: 'رييسان|رييسين', refersTo: 'people', role: 'الرئيس', office: 'الرئيس', onlyWithStates: true },
  { forms: 'جانبان|جانبين|طرفان|طرفين', refersTo: 'sides' },
  { forms: 'بلدان|بلدين', refersTo: 'sides', kind: 'country' },
  // The two leaders, the two men, the two capitals and states of a story told in pairs ("اللقاء
  // الأول وجها لوجه بين الزعيمين منذ عامين"، "سلسلة اتصالات بين الرجلين").
  { forms: 'زعيمان|زعيمين', refersTo: 'people', role: 'الرئيس' },
  { forms: 'رجلان|رجلين', refersTo: 'people' },
  { forms: 'عاصمتان|عاصمتين|دولتان|دولتين', refersTo: 'sides', kind: 'country' },
];

/**
 * "أنهما"/"إنهما" (that they two): the subject of the clause it opens is the pair just named ("أعلن
 * كيري ونظيره لافروف أنهما أحرزا تقدما … بعد محادثات استغرقت عشر ساعات"). Folded, without clitics.
 */
export const DUAL_PRONOUNS: readonly DualReference[] = [{ forms: 'انهما', refersTo: 'sides' }];

/**
 * Dual verbs of meeting and agreeing whose subject is only their suffix ـا/ـان: "ومن المتوقع أن
 * يلتقيا مجددا" after Kerry and Lavrov are named means the last two people named. The suffix, not the verb,
 * stands for the pair, so the verb is still read as the event. Folded.
 */
export const DUAL_VERBS: DualReference = {
  forms: 'يلتقيا|يلتقيان|سيلتقيان|التقيا|يجتمعا|يجتمعان|سيجتمعان|اجتمعا|يتفقا|يتفقان|اتفقا|توصلا|يتوصلا|يتوصلان',
  // Any two people of the diplomacy: every role holds the empty word.
  refersTo: 'people',
  role: '',
};

/**
 * Definite plurals with a number word point back the same way: "الوزراء الأربعة" after four
 * ministers are named are those four, "الدول الثلاث" the last three states. Forms are folded
 * plural stems without the article; `numbers` maps a folded number word (with or without ‑ه) to
 * its count.
 */
export const NUMBERED_REFERENCES: readonly DualReference[] = [
  { forms: 'وزراء', refersTo: 'people', role: 'وزير' },
  { forms: 'دول', refersTo: 'sides', kind: 'country' },
  { forms: 'اطراف|اطرف', refersTo: 'sides' },
];
export const NUMBER_WORDS: Readonly<Record<string, number>> = { 'ثلاث': 3, 'اربع': 4, 'خمس': 5, 'ست': 6, 'سبع': 7 };

/**
 * "نظيره" / "نظيرها" (his / her counterpart): the holder of the speaker's office on another side
 * ("بحث شويغو مع نظيره الأمريكي" → the US defence secretary). Forms are folded, without clitics.
 * `offices` are the role heads that make two people counterparts (the gazetteer's `role.ar`
 * begins with one, the side's adjective follows); the longest head a role begins with is its office,
 * so "الرئيس المنتخب" is not "الرئيس".
 */
export const COUNTERPART = {
  forms: 'نظيره|نظيرها',
  offices: ['وزير الخارجية', 'وزير الدفاع', 'رئيس هيئة الأركان', 'الرئيس', 'الرئيس المنتخب', 'المندوب'],
} as const;

/**
 * Titles of an office told right before the state they serve, where the gazetteer reads the state
 * alone: other titles than the office head ("رئيس الدبلوماسية الروسي", the Maghreb's and the Gulf's
 * "وزير الشؤون الخارجية الأردني"), the construct with the state's name ("وزير خارجية قطر"، "وزير
 * دفاع تركيا"), and the head itself before an adjective the table lists alone. Each maps to the
 * office head it stands for (`COUNTERPART.offices`).
 */
export const OFFICE_TITLES: Readonly<Record<string, string>> = {
  'وزير الشؤون الخارجية': 'وزير الخارجية',
  'وزير الخارجية والتعاون الدولي': 'وزير الخارجية',
  'وزير الشؤون الخارجية والتعاون': 'وزير الخارجية',
  'وزير الشؤون الخارجية والتعاون الدولي': 'وزير الخارجية',
  'رئيس الدبلوماسية': 'وزير الخارجية',
  'رئيس الديبلوماسية': 'وزير الخارجية',
  'وزير خارجية': 'وزير الخارجية',
  'وزير الدفاع': 'وزير الدفاع',
  'وزير دفاع': 'وزير الدفاع',
  'وزير الخارجية': 'وزير الخارجية',
};

/**
 * Plural office nouns in construct with the states they serve ("وزراء خارجية الولايات المتحدة
 * وروسيا والسعودية", "وزيرا الدفاع الروسي والأمريكي"): each state's holder of that office. Forms
 * are folded; `offices` maps the folded office word to the head of `COUNTERPART.offices` it names.
 */
export const OFFICE_PLURALS = {
  forms: 'وزراء|وزيرا|وزيري',
  offices: { 'خارجيه': 'وزير الخارجية', 'دفاع': 'وزير الدفاع' } as Readonly<Record<string, string>>,
} as const;

/**
 * An office owned by a pronoun ("التقى كيري بالرئيس الروسي ووزير خارجيته"): its holder in the state
 * of the one named just before. Folded form → head of `COUNTERPART.offices`.
 */
export const OWNED_OFFICES: Readonly<Record<string, string>> = {
  'وزير خارجيته': 'وزير الخارجية', 'وزير خارجيتها': 'وزير الخارجية', 'وزير دفاعه': 'وزير الدفاع', 'وزير دفاعها': 'وزير الدفاع',
};

/**
 * Sides named by a bare noun beside the other side of the talks: "الحكومة" next to "المعارضة"
 * ("بين الحكومة والمعارضة", "ممثلي الحكومة والمعارضة", "المعارضة والحكومة") is the Syrian
 * government. Folded; `noun` is matched with its article, `beside` right before or after it with و.
 */
export const PAIRED_SIDES: readonly { noun: string; beside: string; actor: string }[] = [
  { noun: 'حكومه', beside: 'معارضه', actor: 'syria' },
];

/**
 * Words for the two sides of the Syrian war at once, after "بين": "المفاوضات بين الأطراف
 * السورية"، "بين طرفي النزاع"، "بين الفرقاء السوريين". There they stand for the government and the
 * opposition (`actors`); elsewhere they are more often whom a call is addressed to ("تدعوان
 * جميع الأطراف السورية إلى"). Folded, whole words, with the article where they take one.
 */
export const BOTH_SIDES = {
  forms: '(?:ال)?اطراف (?:ال)?(?:سوريه|متحاربه|متنازعه|متصارعه)|(?:ال)?فرقاء (?:ال)?سوريين|(?:ال)?طرف(?:ين|ان) (?:ال)?سوري(?:ين|ان)|طرف(?:ي|ا) (?:ال)?(?:نزاع|صراع)|اطراف (?:ال)?(?:نزاع|صراع)',
  actors: ['syria', 'syrian-opposition'],
} as const;

/**
 * "The two delegations" with no states after them ("سلّم دي ميستورا الوفدين ورقة"، "عاد الوفدان إلى
 * جنيف") are the two sides of `BOTH_SIDES` at the Syrian talks, wherever they stand; "الوفدين
 * الأمريكي والروسي" name theirs. Folded, whole words.
 */
export const TWO_DELEGATIONS = '(?:ال)?وفد(?:ين|ان)(?! (?:ال)?[^ .،]+ي(?:ين|ان)?(?![^ .،]))';

/**
 * Verbs of taking part: "وشاركت إيران للمرة الأولى في محادثات دولية", "وحضر لافروف اللقاء". The
 * talks after them are the ones the article tells, which the one taking part joins. Folded.
 */
export const JOIN_VERBS = 'شارك|شاركت|شاركا|شاركتا|شاركوا|يشارك|تشارك|يشاركان|يشاركون|حضر|حضرت|حضرا|حضروا|انضم|انضمت|انضما|انضموا';

/**
 * Words for the states gathered at a multilateral meeting, which news uses once the group has a
 * name: "اتفق ممثلو 17 دولة وثلاث منظمات دولية"، "بمشاركة نحو عشرين دولة"، "الدول الـ17"،
 * "اتفق المشاركون"، "القوى الكبرى". They stand for the convening group (`CONVENING_GROUPS`) the
 * article names. Folded: `nouns` are whole definite nouns; a count of states, in digits or in
 * `countWords`, stands before "دولة"/"بلدا" (or after "الدول ال"); only a gathering of at least
 * `minimum` states counts.
 */
export const GATHERING = {
  nouns: 'المشاركون|المشاركين|المجتمعون|المجتمعين|الدول المشاركه|القوي الكبري|الدول الكبري|الدول الاعضاء',
  countWords: {
    'احدي عشره': 11, 'اثنتي عشره': 12, 'ثلاث عشره': 13, 'اربع عشره': 14, 'خمس عشره': 15, 'ست عشره': 16,
    'سبع عشره': 17, 'ثماني عشره': 18, 'ثمان عشره': 18, 'تسع عشره': 19, 'عشرين': 20, 'عشرون': 20,
  } as Readonly<Record<string, number>>,
  minimum: 10,
} as const;

/**
 * The bare head noun of a body or envoy the article named in full points back at it ("وكانت الهيئة
 * أعلنت، الإثنين، تأجيل مشاركتها" after "الهيئة العليا للمفاوضات"; "وقال المجلس في بيان" after
 * "مجلس الأمن"; "المبعوث" after "المبعوث الأممي"), unless a word of its own follows that makes it
 * another ("هيئة الحكم الانتقالي"، "المجلس الوطني"، "المبعوث الأمريكي"). Ordinary spelling → actor id.
 */
export const HEAD_NOUNS: Readonly<Record<string, string>> = { 'الهيئة': 'hnc', 'المجموعة': 'issg', 'المجموعة الدولية': 'issg', 'المجلس': 'unsc', 'المبعوث': 'de-mistura' };
