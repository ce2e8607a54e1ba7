/**
 * Deadline tables: what a limit date is the limit for, and the words of an ultimatum. Read by
 * `scripts/pipeline/deadlines.ts`; the deadline triggers themselves are in `triggers.ts`.
 */
import type { EventType } from '../../src/lib/types.ts';
import { TRUCE } from './truce-words.ts';

/** What a deadline date is the limit for; the closest object before the date wins. */
export interface DeadlineObject {
  type: EventType;
  topic: string;
  forms: string;
}

export const DEADLINE_OBJECTS: readonly DeadlineObject[] = [
  { type: 'deadline', topic: 'constitution', forms: '(?:مشروع )?دستور|جدول زمني' },
  { type: 'deadline', topic: 'elections', forms: 'انتخابات' },
  { type: 'deadline', topic: 'transition', forms: 'هييه (?:ال)?انتقاليه|(?:ال)?انتقال (?:ال)?سياسي|(?:ال)?حكم (?:ال)?انتقالي' },
  { type: 'deadline', topic: 'talks', forms: '(?:محادثات|مفاوضات) (?:رسميه |مباشره )?بين|(?:بدء|انطلاق|استيناف) (?:ال)?(?:محادثات|مفاوضات)' },
  {
    type: 'ceasefire',
    topic: 'ceasefire-restore',
    forms: `يعاد استكماله|(?:استعاده|استيناف|استرداد) (?:نظام )?${TRUCE}`,
  },
];

/**
 * An ultimatum: a day from or by which something follows (`from`, right before the day) if a
 * condition still holds or a demand is not met, or which an obligation sets (`condition`, in the
 * same clause): "اعتبارا من 1 حزيران إذا استمر منع القوافل"، "إذا لم يتفقا حتى 25 أيار"، "يتعين على
 * الفصائل إبلاغ قبولها قبل ظهر الجمعة"، "وأمام الفصائل حتى ظهر الجمعة". Not any "إذا", which is
 * also "whether" ("وتساءل إذا كانت موسكو جادة"). Folded.
 */
export const ULTIMATUM_WORDS = {
  from: 'اعتبارا من|ابتداء من|بدءا من|بعد|حتي|قبل|بحلول',
  strongFrom: 'اعتبارا من|ابتداء من|بدءا من|بحلول',
  condition: 'اذا (?:استمر|استمرت|ظل|ظلت|بقي|بقيت|تواصل|تواصلت|لم)|ما لم|في حال (?:استمرار|عدم|لم|منع|رفض|تعذر|فشل)|ان لم|يتعين|يجب|ينبغي|امام(?: [^ ]+){1,3} حتي',
};
