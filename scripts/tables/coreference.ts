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
}

export const DUAL_REFERENCES: readonly DualReference[] = [
  { forms: 'وزيران|وزيرين', refersTo: 'people', role: 'وزير' },
  { forms: 'جانبان|جانبين|طرفان|طرفين', refersTo: 'sides' },
  { forms: 'بلدان|بلدين', refersTo: 'sides', kind: 'country' },
];

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
