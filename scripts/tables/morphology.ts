/**
 * Arabic inflection for the trigger table: a noun or verb is written once, as its stem, and these
 * functions give the folded regex source of every form news text uses, so the table does not list
 * "اجتماع، اجتماعا، اجتماعه، اجتماعهما، اجتماعات" by hand (and forget half of them).
 *
 * Folded spelling throughout (see src/lib/arabic.ts): ة is ه, ى is ي, hamza seats are bare.
 * Proclitics (و، ف، ب، ل، ال، لل، ك) are added by the matcher, not here.
 *
 * Deliberately not done: a general stemmer. A Snowball stemmer conflates words the timeline must
 * keep apart (اتفاق "agreement" and اتفق "agreed" with توافق "consensus", لقاء with ملتقى); the
 * triggers need exact paradigms of a few dozen words, which this gives with no false friends.
 */

/**
 * Suffixes of a masculine noun: accusative tanween ا, dual ان/ين, sound plural ات, and the
 * attached pronouns (his, her, their two, their, our). Not ي (my), which would turn اجتماع into
 * the adjective اجتماعي "social".
 */
const NOUN_SUFFIX = '(?:ا|ان|ين|ات|اته|اتها|اتهما|اتهم|ه|ها|هما|هم|نا|كم)?';
/** Suffixes of a noun ending in ة: the ة itself (folded ه), or ت before a pronoun or the dual. */
const FEMININE_SUFFIX = '(?:ه|ت(?:ه|ها|هما|هم|نا|ان|ين)|ات|اته|اتها|اتهما|اتهم)';

/** A masculine noun in every number and with every pronoun suffix: `noun('اجتماع')`. */
export function noun(stem: string): string {
  return `${stem}${NOUN_SUFFIX}`;
}

/** A noun ending in ة, given without it: `feminine('زيار')` for زيارة، زيارته، زيارات. */
export function feminine(stem: string): string {
  return `${stem}${FEMININE_SUFFIX}`;
}

/** Past-tense endings: he, she, they two (m/f), they, we, I/you. */
const PAST_SUFFIX = '(?:ت|ا|تا|وا|نا|تم)?';
/** Present-tense endings after the prefix: they two, they (m), you (f), they (f), and the two and they after أن/لن/لم ("أن يجتمعا", "لم يلتقوا"). */
const PRESENT_SUFFIX = '(?:ان|ون|ين|ن|ا|وا)?';
/** Present-tense prefix, with the future سـ: he/she/we/you, and the subjunctive/jussive لـ. */
const PRESENT_PREFIX = '(?:س|ل)?[يتن]';

/**
 * A verb in the past (active or passive, which fold to the same letters: عَقد/عُقد) and the
 * present and future: `verb('اجتمع', 'جتمع')` for اجتمع، اجتمعا، اجتمعوا، يجتمع، سيجتمعان، تجتمع.
 */
export function verb(past: string, present: string): string {
  return `(?:${past}${PAST_SUFFIX}|${PRESENT_PREFIX}${present}${PRESENT_SUFFIX})`;
}

/**
 * A verb ending in ى (folded ي) such as التقى: the ى turns to ي/و before some endings (التقيا،
 * التقوا، التقت), and the present keeps it (يلتقي، يلتقيان، يلتقون، أن يلتقيا، لم يلتقوا).
 */
export function defectiveVerb(pastStem: string, presentStem: string): string {
  return `(?:${pastStem}(?:ي|يا|ت|تا|وا|ينا)|${PRESENT_PREFIX}${presentStem}(?:ي|يا|يان|ون|وا|ين))`;
}
