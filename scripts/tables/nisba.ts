/**
 * Relative adjectives (nisba) that name the parties of an event by their countries: "المحادثات
 * الروسية الأمريكية", "الاتفاق الروسي التركي", "برعاية روسية تركية إيرانية", "خبراء عسكريون روس
 * وأمريكيون". Folded stems (see `src/lib/arabic.ts`: ة→ه, أ→ا, ى→ي), masculine singular; the
 * matcher adds the article, the feminine ‑ه, the plurals ‑ين/‑ون, the duals ‑ان/‑تان/‑تين and the
 * joins (و, a dash, a space). A broken plural ("روس"، "أتراك") is listed as a form, with its
 * accusative ("خبراء روسا").
 *
 * Deliberately not here: where such adjectives count (`scripts/pipeline/adjectives.ts`).
 */
export const NISBA: Readonly<Record<string, string>> = {
  russia: 'روسي|روس|روسا',
  us: 'امريكي|اميركي|امريكان|اميركان',
  syria: 'سوري',
  turkey: 'تركي|اتراك|اتراكا',
  iran: 'ايراني',
  'saudi-arabia': 'سعودي',
  qatar: 'قطري',
  jordan: 'اردني',
  egypt: 'مصري',
  france: 'فرنسي',
  britain: 'بريطاني',
  germany: 'الماني',
  china: 'صيني',
  israel: 'اسراييلي',
  lebanon: 'لبناني',
  iraq: 'عراقي',
  uae: 'اماراتي',
  ukraine: 'اوكراني',
};

/**
 * Bodies of a state that speak and act for it, named by the state's adjective ("الخارجية السورية",
 * "وزارة الدفاع التركية", "هيئة الأركان الروسية"): each is the state, for every state above, so no
 * state lacks one the others have (where the table lists a body of its own, such as the Pentagon, that
 * entry keeps it). Not the embassy or the mission, more often where a meeting is held than who holds
 * it. Folded, feminine nouns: the adjective takes ‑ه.
 */
export const STATE_BODIES: readonly string[] = [
  'وزاره الخارجيه', 'الخارجيه', 'وزاره الدفاع', 'الدفاع', 'الرياسه', 'الحكومه', 'السلطات', 'الاداره',
  'الدبلوماسيه', 'هييه الاركان', 'رياسه الاركان', 'هييه الاركان العامه', 'رياسه الاركان العامه', 'الاركان العامه', 'القياده العامه',
];

/**
 * "المحادثات السورية", "المفاوضات السورية-السورية": talks called Syrian are between the Syrian
 * government and the opposition, whoever hosts them.
 */
export const SYRIAN_TALKS_PARTIES: readonly string[] = ['syria', 'syrian-opposition'];

/**
 * Words that may stand between an event noun and its adjectives: "محادثات السلام السورية",
 * "المحادثات الثنائية الروسية", and the people who hold the talks ("مشاورات الخبراء العسكريين
 * الروس والأمريكيين", "اجتماع المسؤولين الأتراك"). Folded; up to two of them.
 */
export const NISBA_GAP = 'سلام|ثناييه|ثنايي|مباشره|مباشر|خبراء|عسكريين|مسوولين|دبلوماسيين|ممثلين|وفود|وزراء|قاده';

/**
 * Words after which adjectives name the parties too: sponsors and mediators ("برعاية روسية
 * تركية"), the agreement a truce is under ("بموجب الاتفاق الأمريكي الروسي"), the people
 * met ("محادثات في الرياض مع مسؤولين سعوديين", "التقى وفد تركي بمسؤولين روس"), and who drafted what a vote was on ("استخدمت
 * روسيا حق النقض ضد مشروع قرار فرنسي"), and counterparts in the plural or dual named by their country
 * (the singular "نظيره" is the holder of an office: `tables/coreference.ts`) ("التقى مسؤولون روس
 * نظراءهم الأمريكيين", "مع نظيريهما الأتراك"). Folded.
 */
export const NISBA_LEADS = '[وب]?(?:نظيري|نظيرا|نظراء|نظراي|نظراو)(?:ه|ها|هما|هم)|' +
  'برعايه|رعايه|بوساطه|وساطه|باشراف|بمشاركه|بضمانه|ضمانه|بضمانات|ضمانات|برياسه(?: مشتركه)?|(?:بموجب|وفق) (?:ال)?اتفاق|وفقا لل?اتفاق|' +
  '(?:مع |ب)(?:ال)?(?:مسوولين|ممثلين|دبلوماسيين|خبراء|وفود|وزراء|قاده|عسكريين|نظراء)|(?:ال)?مشروع (?:ال)?قرار';

/**
 * Nouns of what is discussed: after a verb they are its object, and the adjectives after them
 * name a subject matter, not a party ("ناقش الملف السوري مع نظيره"). Folded.
 */
export const SUBJECT_MATTER = 'ملف|ازمه|قضيه|مساله|وضع|اوضاع|حل|تسويه|شان';
