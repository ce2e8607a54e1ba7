/**
 * Precision of the publication date read from the text, on texts written blind: every passage of
 * the development set that carries its publication date is read with that date hidden. Most give
 * none (a lede rarely says its own day), which is the honest answer; of those that do, the true
 * day must lie inside the window the text allows. Prints the counts so a change shows its cost.
 */
import { describe, expect, test } from 'vitest';
import { inferPublicationDate } from '../../scripts/pipeline/dates.ts';
import { loadDevSet } from '../support/dev-set.ts';

/** Reached levels: texts dated, on the true day, and outside their window (at most). */
const DATED = 93;
const EXACT = 77;
const OUTSIDE = 1;

const texts = loadDevSet().flatMap((p) =>
  p.articles ? p.articles.map((a, i) => ({ id: `${p.id}-${i + 1}`, text: a.text, truth: a.published }))
    : p.text !== undefined && (p.published ?? p.expected_published) !== undefined
      ? [{ id: p.id, text: p.text, truth: (p.published ?? p.expected_published)! }]
      : []);

describe('the development set with its publication dates hidden', () => {
  const read = texts.map((t) => ({ ...t, window: inferPublicationDate(t.text) }));
  const dated = read.filter((r) => r.window !== null);
  const exact = dated.filter((r) => r.window!.published === r.truth);
  const outside = dated.filter((r) => r.truth < r.window!.earliest || r.truth > r.window!.latest);

  test('dates some from their text, and rarely outside the window of the true day', () => {
    console.log(`${texts.length} texts: ${dated.length} dated from the text, ${exact.length} on the true day, `
      + `${outside.length} outside their window${outside.map((r) => `\n  ${r.id}: ${r.window!.earliest}…${r.window!.latest}, true ${r.truth}`).join('')}`);
    expect(dated.length).toBeGreaterThanOrEqual(DATED);
    expect(exact.length).toBeGreaterThanOrEqual(EXACT);
    expect(outside.length).toBeLessThanOrEqual(OUTSIDE);
  });
});
