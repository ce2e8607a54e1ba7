/**
 * What an event is about, as data: the topics an agreement is on, and the subjects that make a
 * sentence someone else's business rather than Syria's. Folded (see `src/lib/arabic.ts`).
 *
 * Takes nothing, gives `const` data. Deliberately not here: reading them (`scripts/pipeline/topics.ts`,
 * `scripts/pipeline/cues.ts`).
 */
import { TRUCE } from './truce-words.ts';

/** What an agreement is about; the closest topic after the trigger (within its scope) wins. */
export const AGREEMENT_TOPICS: readonly { topic: string; forms: string }[] = [
  { topic: 'draft-resolution', forms: 'مشروع قرار' },
  { topic: 'opposition-lists', forms: 'قايمه (?:المعارضه|الارهابيين)' },
  { topic: 'direct-talks', forms: 'مفاوضات مباشره|(?:ال)?حوار (?:ال)?مباشر' },
  { topic: 'constitution', forms: 'مشروع دستور|دستور' },
  { topic: 'accountability', forms: 'اليه (?:ل)?محاسبه' },
  { topic: 'joint-group', forms: 'مجموعه (?:تنفيذ|التنسيق|مشتركه)' },
  { topic: 'roadmap', forms: 'خريطه طريق' },
  { topic: 'truce', forms: TRUCE },
  { topic: 'terrorism', forms: 'داعش|النصره|(?:ال)?ارهاب(?:يين)?' },
];

/** Agreement topics further than this (in folded characters) after the trigger belong to something else. */
export const TOPIC_WINDOW = 140;

/**
 * Subjects that make an agreement or meeting someone else's business (trade, tourism, migration,
 * Ukraine, another war): a sentence naming more of these than of Syria (`SYRIA_ANCHORS`) gives no
 * event. A truce is no anchor: Yemen and Ukraine had theirs. Folded stems; the matcher adds the
 * article ال and the endings ه، ي، يه، يا، ات.
 */
export const OFF_TOPICS =
  'اوكران|قرم|مينسك|دونباس|دونيتسك|جنوب السودان|سودان|يمن|ليبي|قره باغ|ناغورن|كاراباخ|ارميني|اذربيجان|' +
  'نوو|محط(?:ه)? نوويه|كوري|تجار|تبادل تجاري|غاز|نفط|اوبك|سياح|منتجع|رحلات|طيران مدني|مهاجر|' +
  // Accession (to the EU, NATO), not joining a truce or the talks ("الانضمام إلى الهدنة").
  `انضمام(?:ه|ها|هم)?(?! (?:[^ ]+ )?(?:الي |لل|ل)(?:ال)?(?:${TRUCE}|اتفاق|مفاوضات|محادثات|عمليه السياسيه))|` +
  'صيد|رياض(?:ه)? بدني|اولمب|افغانستان|طالبان|صومال|بوروندي|ميانمار|كشمير|قبرص|بلقان|كوسوفو|فنزويل|بلدي';
export const SYRIA_ANCHORS =
  'سوري|دمشق|حلب|حمص|ادلب|رق|درعا|حما|لاذقي|غوط|داريا|مضايا|تدمر|' +
  'اسد|داعش|نصر|جنيف|استانا|استان|معارض|هيي(?:ه)? عليا|مجموع(?:ه)? (?:ال)?دعم|حميميم';
