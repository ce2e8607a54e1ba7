/**
 * Standing negotiation formats, named by the city they meet in: "محادثات جنيف", "مفاوضات جنيف 3",
 * "جولة محادثات أستانا". Such a name right after an event noun is not the place alone ("محادثات في
 * جنيف" is): it names a process whose parties are known, so a report that names no one else still
 * says who negotiated. Folded (see `src/lib/arabic.ts`).
 *
 * Deliberately not here: a meeting named by its host city in construct ("لقاء موسكو"), which
 * names a venue, not a standing process.
 */
export interface TalksFormat {
  forms: string;
  parties: readonly string[];
  /**
   * The city hosts nothing else of this story, so talks there that name no one are the format's
   * too ("ستجري هذه المفاوضات في أستانا"). Geneva is not such a city: Kerry and Lavrov met there.
   */
  onlyFormatHeld?: string;
  /** The day the format first met: a report written before it names something else ("لقاء فيينا" of October 2015 was the four ministers'). */
  since?: string;
}

export const TALKS_FORMATS: readonly TalksFormat[] = [
  // The UN-led talks between the Syrian government and the opposition (Geneva II in 2014, Geneva III from 2016).
  { forms: 'جنيف(?: ?(?:[0-9]+|اثنين|ثلاثه|الثانيه|الثالثه|الرابعه))?', parties: ['syria', 'syrian-opposition'] },
  // The same talks named by what they are rather than where: "المحادثات غير المباشرة", "المفاوضات
  // السورية"، "السورية-السورية"، "بين السوريين". A nisba of another party after it ("المحادثات
  // السورية الروسية") names a party outside the format, so the format gives no one.
  { forms: '(?:ال)?غير (?:ال)?مباشره|(?:ال)?سوريه(?:[ -]+(?:ال)?سوريه)?|بين السوريين', parties: ['syria', 'syrian-opposition'] },
  // The International Syria Support Group met as "the Vienna meetings" (October and November 2015,
  // May 2016) and in Munich (February 2016): "اجتماع فيينا", "لقاء ميونيخ" name it; "مؤتمر ميونيخ
  // للأمن", the yearly security conference it met beside, is not it.
  { forms: 'فيينا|فيينا [0-9]+|(?:ميونيخ|ميونخ)(?! (?:لل|ال)امن)', parties: ['issg'], since: '2015-10-30' },
  // The talks sponsored by Russia, Turkey and Iran from January 2017.
  { forms: 'استانا|استانه|الاستانه', parties: ['russia', 'turkey', 'iran', 'syria', 'syrian-opposition'], onlyFormatHeld: 'astana' },
];

/**
 * Who joins the talks between the two Syrian sides when the article names them: the UN envoy who
 * mediates ("أعلن دي ميستورا أن الجولة الجديدة ستنطلق", where he is the speaker, not the
 * subject), and the opposition's negotiating body, which the article may name once and then call
 * "المعارضة".
 */
export const SYRIAN_TALKS_JOINERS: readonly string[] = ['de-mistura', 'hnc'];

/** The mediator of the talks between the Syrian sides, and the cities they met in (and the venues within them). */
export const SYRIAN_TALKS_MEDIATOR = 'de-mistura';
export const SYRIAN_TALKS_VENUES: readonly string[] = ['geneva', 'astana'];

/**
 * The sides a Syrian truce stops from fighting: the government and the opposition. Outlets name
 * the brokers ("الهدنة الروسية التركية", "اتفاق وقف الأعمال العدائية الذي رعته واشنطن وموسكو")
 * and leave the warring sides understood, or call them "الأطراف المتحاربة"; a reader lists them.
 */
export const SYRIAN_GOVERNMENT = 'syria';
export const TRUCE_SIDES: readonly string[] = [SYRIAN_GOVERNMENT, 'syrian-opposition'];

/** Words that make the countries named before them a truce's guarantors ("روسيا وتركيا ستكونان ضامنتين"). Folded. */
export const GUARANTOR_WORDS = 'ضامن|ضامنه|ضامنان|ضامنتان|ضامنتين|ضامنين|ضامنون|ضامنتا|ضامنا';

/**
 * Groups that exist as gatherings of many states: the International Syria Support Group met as
 * seventeen states and three organisations, and its co-chairs and the UN envoy closed each meeting
 * with a joint press conference. A joint press conference on the day the article tells such a
 * group agreeing or meeting is the group's meeting told from its podium.
 */
export const CONVENING_GROUPS: readonly string[] = ['issg'];

/**
 * A gathering counted at fifteen to twenty-five states met on Syria only as the support group,
 * from its first meeting on, so the count names it though the article does not
 * ("اختتم وزراء خارجية 17 دولة … اجتماعا موسعا في فيينا"), unless its sentence names another
 * grouping's business. Smaller counts were others too (the
 * eleven "Friends of Syria" who met in London and Paris), larger ones the coalition against the
 * Islamic State; states the count qualifies ("21 دولة عربية", "25 دولة مانحة", "20 دولة من
 * التحالف") are another grouping. Folded `qualifiers`, matched right after "دولة".
 */
export const COUNTED_GATHERING = {
  group: 'issg',
  minimum: 15,
  maximum: 25,
  since: '2015-10-30',
  qualifiers: '(?:ال)?(?:عربيه|اوروبيه|افريقيه|اسيويه|اسلاميه|خليجيه|غربيه|لاتينيه|مانحه|صديقه)|(?:من|في) (?:ال)?(?:تحالف|اتحاد|حلف|دول|مجموعه|جامعه)|اعضاء|من اصل',
  /**
   * Another grouping's business named in the sentence: the Arab League's council (the League itself
   * sat in the support group), the coalition's, a treaty or a declaration signed. Folded.
   */
  otherBusiness: 'مجلس (?:ال)?جامعه|(?:ال)?تحالف|اتفاقيه|معاهده|وقع(?:ت)?|(?:ال)?توقيع',
} as const;
