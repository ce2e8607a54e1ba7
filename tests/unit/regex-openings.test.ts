import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import { openingsSource } from '../../scripts/pipeline/regex-openings.ts';
import { TRIGGERS } from '../../scripts/tables/triggers.ts';
import { articleBody, articleFiles } from '../support/articles.ts';

describe('openingsSource', () => {
  test.each([
    { source: 'اجتماع(?:ا|ه)?', length: 2, openings: ['اج'] },
    { source: '(?:س)?[يت]عود', length: 2, openings: ['سي', 'ست', 'يع', 'تع'] },
    { source: '(?<=في )بيان(?! مشترك)', length: 3, openings: ['بيا'] },
    { source: 'جمع(?= بين )|لقاء', length: 4, openings: ['جمع', 'لقاء'] },
    { source: 'a{2,3}b|c*d', length: 3, openings: ['aab', 'aaa', 'd', 'cd', 'ccd', 'ccc'] },
    { source: 'x(?:y|z)??w', length: 2, openings: ['xw', 'xy', 'xz'] },
    { source: 'q[^ ]a', length: 3, openings: ['q[^]a'] },
    { source: '\\u0628\\.', length: 2, openings: ['ب\\.'] },
  ])('$source over $length', ({ source, length, openings }) => {
    expect(openingsSource(source, length)?.split('|').sort()).toEqual([...openings].sort());
  });

  test.each(['ا?', '[^ ]ب', '\\Sب', '.ب', '[\\u0621-\\u064A]ب', '(?:x|)'])('none where a match may open with anything or match nothing: %s', (source) => {
    expect(openingsSource(source, 3)).toBeUndefined();
  });

  test('every match of a trigger row in the founding articles opens with one of its openings', () => {
    const rows = TRIGGERS.map((t) => t.forms);
    const openings = rows.map((row) => new RegExp(`(?:${openingsSource(row, 4)})`, 'y'));
    for (const file of articleFiles()) {
      const text = foldWithOffsets(articleBody(file)).text;
      rows.forEach((row, i) => {
        for (const m of text.matchAll(new RegExp(row, 'g'))) {
          openings[i].lastIndex = m.index;
          expect(openings[i].test(text), `${row} at ${m.index}`).toBe(true);
        }
      });
    }
  });
});
