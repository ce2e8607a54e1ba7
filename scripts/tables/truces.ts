/**
 * The truces of 2015–2016 that brokers outside Syria put in place, with the day each took effect
 * and who brokered it, checked against the public record (the ISSG co-chairs' joint statements
 * of 22 February and 9 September 2016, the Russian Defence Ministry's and State Department's
 * announcements of 29 April and 4 May 2016, the Russian–Turkish documents of 29 December 2016).
 * Outlets tell these truces by their day alone ("وقف الأعمال العدائية الذي بدأ في 27 فبراير") and
 * leave the brokers to what every reader knows; a reader lists them with the truce.
 *
 * A local truce lists its towns (`towns`); a nationwide one names none.
 *
 * Takes nothing, gives `const` data. Deliberately not here: brokers an article names itself
 * (`scripts/pipeline/truce-brokers.ts`), and truces Syria's government or a local council made alone.
 */
import type { IsoDate } from '../../src/lib/types.ts';

export const BROKERED_TRUCES: readonly { name: string; tookEffect: IsoDate; brokers: readonly string[]; towns?: readonly string[] }[] = [
  { name: 'the nationwide cessation of hostilities', tookEffect: '2016-02-27', brokers: ['us', 'russia'] },
  { name: 'the regime of calm in Eastern Ghouta and northern Latakia', tookEffect: '2016-04-30', brokers: ['us', 'russia'], towns: ['rif-dimashq', 'latakia'] },
  { name: 'the cessation of hostilities extended to Aleppo', tookEffect: '2016-05-05', brokers: ['us', 'russia'], towns: ['aleppo', 'east-aleppo'] },
  { name: 'the truce of the 9 September agreement', tookEffect: '2016-09-12', brokers: ['us', 'russia'] },
  { name: 'the nationwide ceasefire guaranteed by Russia and Turkey', tookEffect: '2016-12-30', brokers: ['russia', 'turkey'] },
];

/**
 * The Syrian towns and regions truces are told by (gazetteer place ids): a local known truce
 * (`towns`) is matched only by a sentence whose towns of this list are all its own. Other places a
 * sentence names (Geneva, where it was agreed) do not count. The Russian base at Hmeimim, where
 * truces are announced, is left out.
 */
export const TRUCE_TOWNS: readonly string[] = [
  'rif-dimashq', 'daraya', 'madaya', 'aleppo', 'east-aleppo', 'homs', 'idlib', 'raqqa', 'deir-ez-zor', 'palmyra', 'latakia',
];
