/**
 * English words readers type for things the Arabic excerpts name in Arabic, when no gazetteer entry
 * covers them: groups by their common names and acronyms, the cities of the talks, and the words for
 * what happened. A query word found here also matches these Arabic spellings (compared folded, so
 * hamza and ta marbuta forms need no listing). People and places in the gazetteer are found through
 * its own `en` and `enVariants`; this table is for the rest. Keys are lowercase.
 */
const GROUPS = {
  isis: ['داعش', 'الدولة الإسلامية', 'تنظيم الدولة'],
  nusra: ['النصرة', 'جبهة النصرة', 'فتح الشام'],
  opposition: ['المعارضة'],
  regime: ['النظام', 'الحكومة السورية'],
  kurds: ['الكردية', 'الأكراد', 'حماية الشعب'],
};
const PLACES = {
  aleppo: ['حلب'],
  vienna: ['فيينا', 'فيّنا'],
  geneva: ['جنيف'],
  damascus: ['دمشق'],
  moscow: ['موسكو'],
  washington: ['واشنطن'],
  russia: ['روسيا', 'الروسي', 'الروسية'],
  america: ['الأمريكي', 'الأميركي', 'الأمريكية', 'الأميركية', 'واشنطن'],
};
const WORDS = {
  truce: ['هدنة', 'الهدنة', 'وقف إطلاق النار', 'وقف الأعمال العدائية', 'وقف الأعمال القتالية'],
  meeting: ['لقاء', 'اجتماع', 'محادثات', 'مباحثات'],
  agreement: ['اتفاق', 'اتفقنا', 'اتفقا'],
  deadline: ['مهلة', 'الموعد النهائي'],
  call: ['اتصال هاتفي', 'مكالمة'],
  constitution: ['دستور'],
  elections: ['انتخابات'],
};

export const TERMS: Record<string, string[]> = {
  ...GROUPS,
  isil: GROUPS.isis,
  daesh: GROUPS.isis,
  daish: GROUPS.isis,
  nosra: GROUPS.nusra,
  ...PLACES,
  halab: PLACES.aleppo,
  wien: PLACES.vienna,
  russian: PLACES.russia,
  us: PLACES.america,
  usa: PLACES.america,
  american: PLACES.america,
  ...WORDS,
  ceasefire: WORDS.truce,
  hostilities: WORDS.truce,
  talks: WORDS.meeting,
  met: WORDS.meeting,
  deal: WORDS.agreement,
  phone: WORDS.call,
};
