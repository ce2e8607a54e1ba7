/** Words that look like dates and are not ("صلاة الجمعة", "روسيا اليوم"). */
export type ExpressionShape = 'weekday' | 'dayOfMonth' | 'dayWord' | 'holiday' | 'periodYear' | 'today' | 'tomorrow';

/**
 * Things that look like dates and are not, by what stands next to them. Each entry names the shape
 * it applies to, and the word right before (or right after) that unmakes it.
 */
export const NOT_A_DATE: readonly { shape: ExpressionShape; before?: readonly string[]; after?: readonly string[]; why: string }[] = [
  { shape: 'weekday', before: ['صلاة', 'صلوات', 'خطبة', 'خطبتي', 'خطيب', 'إمام'], why: 'the Friday prayer or sermon, not a day' },
  { shape: 'weekday', after: ['عشر'], why: '"الأحد عشر" is eleven' },
  {
    shape: 'dayOfMonth',
    before: ['قوى', 'قوة', 'تحالف', 'تيار', 'حركة', 'ثورة', 'فريق', 'شارع', 'ميدان', 'جسر', 'مدينة', 'ساحة', 'جامعة', 'مستشفى', 'حي'],
    why: 'a movement, street or place named after a date ("قوى 14 آذار")',
  },
  { shape: 'dayWord', before: ['ثورة'], why: 'a revolution named after its day ("ثورة الفاتح من سبتمبر", 1969)' },
  {
    shape: 'dayWord',
    before: ['الأسبوع', 'النصف', 'الربع', 'الثلث', 'العدد', 'الجزء', 'الفصل', 'القسم', 'الصف', 'المرتبة'],
    why: 'an ordinal of something else ("الأسبوع الثاني من آب")',
  },
  {
    shape: 'holiday',
    before: ['شجرة', 'أشجار', 'زينة', 'هدايا', 'هدية', 'بطاقة', 'بطاقات', 'سوق'],
    why: 'a Christmas tree or decoration, not the day',
  },
  {
    shape: 'periodYear',
    before: [
      'الأمين', 'المدعي', 'النائب', 'الرأي', 'المفتش', 'المدير', 'المراقب', 'المرشد', 'المنسق', 'القائد',
      'المؤتمر', 'الاتحاد', 'القطاع', 'الإضراب', 'العفو', 'الأمن', 'النظام', 'الحشد', 'الادعاء',
    ],
    why: '"العام" as the adjective "general" ("الأمين العام السابق")',
  },
  {
    shape: 'today',
    after: ['التالي', 'السابق', 'الذي', 'الأول', 'الثاني', 'الثالث', 'الأخير', 'العالمي', 'الوطني'],
    why: '"اليوم التالي", "اليوم الذي": a day, not today ("اليوم نفسه" is the day named before it: `settleSameDay`)',
  },
  { shape: 'today', before: ['ذلك', 'نفس', 'تلك'], why: '"ذلك اليوم": that day, not today' },
  { shape: 'today', before: ['روسيا', 'مصر', 'تونس', 'الشروق', 'الأخبار', 'الخليج'], why: '"روسيا اليوم" (RT), "مصر اليوم": a channel or paper, not today' },
  {
    shape: 'tomorrow',
    before: ['صحيفة', 'جريدة', 'تيار', 'حركة', 'حزب', 'قناة', 'موقع', 'سوريا', 'سورية', 'عالم', 'جيل', 'أجيال'],
    why: '"صحيفة الغد", "تيار الغد السوري", "سوريا الغد": a name, not tomorrow',
  },
  { shape: 'tomorrow', after: ['السوري', 'الأردنية', 'الأردني', 'المشرق', 'الأفضل', 'الأجمل'], why: '"تيار الغد السوري", "الغد الأفضل": a name or a future, not tomorrow' },
];
