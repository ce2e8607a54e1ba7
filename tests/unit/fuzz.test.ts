/**
 * Property-based fuzzing with a fixed seed, so a failure reproduces on every machine: the date
 * tagger and the whole extraction never throw, and everything they give is well formed (spans that
 * are the text they claim, four-digit real dates, an end never before its start, a file the app's
 * own validator accepts). `npm run bench:fuzz` runs the same properties on many more inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../scripts/pipeline/dates.ts';
import { extractEvents } from '../../scripts/pipeline/extract.ts';
import { eventsFileProblems, fuzzArticles, fuzzText, mentionProblems, publishedDate } from '../support/fuzz.ts';

const SEED = 20160226;
const TAGGER_RUNS = 3000;
const EXTRACTION_RUNS = 150;

describe('fuzz', () => {
  it(`the date tagger on ${TAGGER_RUNS} texts: no exception, every mention well formed`, () => {
    fc.assert(
      fc.property(fuzzText(), publishedDate, (text, published) => {
        expect(mentionProblems(text, tagDates(text, { published }))).toEqual([]);
      }),
      { seed: SEED, numRuns: TAGGER_RUNS },
    );
  }, 120_000);

  it(`the whole extraction on ${EXTRACTION_RUNS} sets of articles: no exception, a valid events file`, () => {
    fc.assert(
      fc.property(fuzzArticles(), (articles) => {
        expect(eventsFileProblems(extractEvents(articles).file, articles)).toEqual([]);
      }),
      { seed: SEED, numRuns: EXTRACTION_RUNS },
    );
  }, 120_000);
});
