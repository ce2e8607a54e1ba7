/**
 * Every UI string in both languages, as data. Components call `t(lang, key, vars)`; adding a
 * language means adding a column here, not touching components. Arabic wording avoids number
 * agreement ("الأحداث: 3 من 15" rather than "3 أحداث") so one template serves every count.
 */
import type { EventStatus, EventType } from './types.ts';
import type { Lang } from './url-state.ts';
import { fill } from './fill.ts';

const en = {
  appTitle: 'US–Russia talks on Syria, 2015–2016',
  appSubtitle: 'Meetings, agreements, ceasefires and deadlines, from Arabic news reports',
  loading: 'Loading events…',
  errorTitle: 'The events could not be shown',
  'error.missing': 'The events file was not found at {url}.',
  'error.network': 'The events file at {url} could not be loaded ({detail}).',
  'error.malformed': 'The file at {url} is not valid JSON.',
  'error.invalid': 'The file at {url} does not have the shape of an events file.',
  errorDetails: 'Details',
  errorRetry: 'Try again',
  langToggle: 'العربية',
  langToggleLabel: 'Switch to Arabic',
  themeDark: 'Dark theme',
  viewList: 'List view',
  viewTimeline: 'Timeline view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Show all',
  searchLabel: 'Search',
  searchPlaceholder: 'Name, place or words, in Arabic or English',
  filters: 'Filters',
  typesLegend: 'Event types',
  actorsLegend: 'People and groups',
  placesLegend: 'Places',
  clearFilters: 'Clear filters',
  count: 'Showing {n} of {total} events',
  legendTitle: 'How to read the marks',
  legendHeld: 'Held or reached',
  legendExact: 'Exact date',
  legendApprox: 'Approximate date',
  legendSpan: 'Several days',
  legendCluster: 'Several events close together (select to zoom in)',
  legendEdited: 'Edited: corrected by an editor after extraction',
  timelineLabel: 'Timeline of events',
  timelineHelp: 'Arrow keys move between events in date order; Enter opens a group; + and − zoom.',
  clusterName: '{n} events close together, {date}',
  clusterListLabel: 'Events in this group',
  listLabel: 'Events in date order',
  noEvents: 'No events match these filters.',
  showMore: 'Show {n} more',
  close: 'Close',
  date: 'Date',
  asWritten: 'As written in the source',
  type: 'Type',
  status: 'Status',
  actors: 'People and groups',
  places: 'Places',
  sources: 'Sources',
  published: 'Published {date}',
  approximate: 'approximate',
  atTime: '{date}, {time}',
  history: 'How it unfolded',
  announced: 'announced',
  otherDates: 'Other dates',
  oneSourceSays: 'one source says {date}',
  sourcesSay: '{n} sources say {date}',
  translation: 'Editor’s translation',
  englishLine: 'From the event record:',
  edgeEarlier: '← {n} earlier',
  edgeLater: '{n} later →',
  readArticle: 'Read the article',
  backToEvent: 'Back to the event',
  noBody: 'The full text of this article is not included in the events file.',
  notFound: 'No event with the id “{id}” in this file.',
  'type.meeting': 'Meeting',
  'type.agreement': 'Agreement',
  'type.ceasefire': 'Ceasefire',
  'type.deadline': 'Deadline',
  'type.call': 'Phone call',
  'type.statement': 'Statement',
  'status.held': 'held',
  'status.reached': 'reached',
  'status.near': 'close, not reached',
  'status.planned': 'planned',
  'status.postponed': 'postponed',
  'status.cancelled': 'cancelled',
  'status.suspended': 'suspended',
  edited: 'edited',
  monthsLabel: 'Arabic month names',
  'months.transliterated': 'يناير، فبراير، مارس',
  'months.levantine': 'كانون الثاني، شباط، آذار',
  outletUnknown: 'outlet not recorded',
  original: 'the original page',
  coverageAll: 'Built from {n} articles ({outlets}), published {period}.',
  coverageAllOne: 'Built from one article ({outlets}), published {period}.',
  coverageShown: 'The events shown come from {n} of the {total} articles ({outlets}), published {period}.',
  coverageDay: 'on {date}',
  coverageRange: '{range}',
  outletsUnknown: 'outlets not recorded',
  outletsUnknownSome: '{n} with no outlet recorded',
  outletsMore: '{n} more',
  untitledArticle: 'untitled article',
};

type Key = keyof typeof en;

const ar: Record<Key, string> = {
  appTitle: 'المحادثات الأميركية الروسية بشأن سوريا، 2015–2016',
  appSubtitle: 'لقاءات واتفاقات وهدن ومهل، من تقارير إخبارية عربية',
  loading: 'جارٍ تحميل الأحداث…',
  errorTitle: 'تعذّر عرض الأحداث',
  'error.missing': 'لم يُعثر على ملف الأحداث في {url}.',
  'error.network': 'تعذّر تحميل ملف الأحداث من {url} ({detail}).',
  'error.malformed': 'الملف في {url} ليس بصيغة JSON صحيحة.',
  'error.invalid': 'الملف في {url} لا يطابق بنية ملف الأحداث.',
  errorDetails: 'التفاصيل',
  errorRetry: 'إعادة المحاولة',
  langToggle: 'English',
  langToggleLabel: 'التبديل إلى الإنجليزية',
  themeDark: 'الوضع الداكن',
  viewList: 'عرض القائمة',
  viewTimeline: 'عرض الخط الزمني',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomFit: 'عرض الكل',
  searchLabel: 'بحث',
  searchPlaceholder: 'اسم أو مكان أو كلمات، بالعربية أو الإنجليزية',
  filters: 'التصفية',
  typesLegend: 'أنواع الأحداث',
  actorsLegend: 'الأشخاص والجهات',
  placesLegend: 'الأماكن',
  clearFilters: 'مسح التصفية',
  count: 'الأحداث المعروضة: {n} من {total}',
  legendTitle: 'دليل الرموز',
  legendHeld: 'جرى أو أُبرم',
  legendExact: 'تاريخ محدد',
  legendApprox: 'تاريخ تقريبي',
  legendSpan: 'عدة أيام',
  legendCluster: 'أحداث متقاربة (اختره للتكبير)',
  legendEdited: 'معدَّل: صحّحه محرّر بعد الاستخراج الآلي',
  timelineLabel: 'الخط الزمني للأحداث',
  timelineHelp: 'تنقّل بين الأحداث بترتيبها الزمني بمفاتيح الأسهم؛ Enter يفتح المجموعة؛ + و− للتكبير والتصغير.',
  clusterName: 'أحداث متقاربة: {n}، {date}',
  clusterListLabel: 'أحداث هذه المجموعة',
  listLabel: 'الأحداث بترتيبها الزمني',
  noEvents: 'لا أحداث تطابق هذه التصفية.',
  showMore: 'عرض {n} أخرى',
  close: 'إغلاق',
  date: 'التاريخ',
  asWritten: 'كما ورد في المصدر',
  type: 'النوع',
  status: 'الحالة',
  actors: 'الأشخاص والجهات',
  places: 'الأماكن',
  sources: 'المصادر',
  published: 'نُشر في {date}',
  approximate: 'تقريبي',
  atTime: '{date}، الساعة {time}',
  history: 'مراحل الحدث',
  announced: 'أُعلن',
  otherDates: 'تواريخ أخرى',
  oneSourceSays: 'مصدر واحد يذكر {date}',
  sourcesSay: 'مصادر عددها {n} تذكر {date}',
  translation: 'ترجمة المحرّر',
  englishLine: 'من سجل الحدث:',
  edgeEarlier: '→ {n} سابقة',
  edgeLater: '{n} لاحقة ←',
  readArticle: 'قراءة المقال',
  backToEvent: 'العودة إلى الحدث',
  noBody: 'النص الكامل لهذا المقال غير موجود في ملف الأحداث.',
  notFound: 'لا يوجد حدث بالمعرّف «{id}» في هذا الملف.',
  'type.meeting': 'لقاء',
  'type.agreement': 'اتفاق',
  'type.ceasefire': 'وقف إطلاق النار',
  'type.deadline': 'مهلة',
  'type.call': 'اتصال هاتفي',
  'type.statement': 'تصريح',
  'status.held': 'جرى',
  'status.reached': 'أُبرم',
  'status.near': 'قريب، لم يُبرم',
  'status.planned': 'مخطَّط له',
  'status.postponed': 'أُرجئ',
  'status.cancelled': 'أُلغي',
  'status.suspended': 'عُلِّق',
  edited: 'معدَّل',
  monthsLabel: 'أسماء الأشهر',
  'months.transliterated': 'يناير، فبراير، مارس',
  'months.levantine': 'كانون الثاني، شباط، آذار',
  outletUnknown: 'الوسيلة غير مذكورة',
  original: 'الصفحة الأصلية',
  coverageAll: 'مبنيّ على مقالات عددها {n} ({outlets})، نُشرت {period}.',
  coverageAllOne: 'مبنيّ على مقال واحد ({outlets})، نُشر {period}.',
  coverageShown: 'الأحداث المعروضة مأخوذة من {n} من أصل {total} من المقالات ({outlets})، نُشرت {period}.',
  coverageDay: 'في {date}',
  coverageRange: 'في الفترة {range}',
  outletsUnknown: 'الوسائل غير مذكورة',
  outletsUnknownSome: 'منها {n} بلا وسيلة مذكورة',
  outletsMore: 'و{n} غيرها',
  untitledArticle: 'مقال بلا عنوان',
};

export const STRINGS: Record<Lang, Record<Key, string>> = { en, ar };
export type StringKey = Key;

/** A UI string with `{name}` placeholders filled. */
export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return fill(STRINGS[lang][key], vars);
}

export const typeName = (lang: Lang, type: EventType) => t(lang, `type.${type}`);
export const statusName = (lang: Lang, status: EventStatus) => t(lang, `status.${status}`);
/** A list in running text, with the language's comma ("،" in Arabic). */
export const joinList = (lang: Lang, items: readonly string[]) => items.join(lang === 'ar' ? '، ' : ', ');

/** The URL's choice, else the first browser language we have, else English. */
export function detectLang(fromUrl: Lang | null, browser: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'ar' || primary === 'en') return primary;
  }
  return 'en';
}

export const isRtl = (lang: Lang) => lang === 'ar';
/** The `dir` attribute for text in `lang`. */
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (isRtl(lang) ? 'rtl' : 'ltr');
/** The language the page is not in: what the toggle offers, and the second title. */
export const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');
