import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import { procliticScanner } from '../../scripts/pipeline/proclitic-scan.ts';
import { LETTER } from '../../scripts/pipeline/words.ts';
import { TRIGGERS } from '../../scripts/tables/triggers.ts';
import { articleBody, articleFiles } from '../support/articles.ts';

/** The one regex the scanner stands for, run as it is: the specification. */
function byRegex(rows: readonly string[], text: string): string[] {
  const pattern = new RegExp(`(?<![${LETTER}])(?:[وف])?(?:لل|بال|ال|ب|ل|ك)?(?:${rows.map((r) => `(${r})(?![${LETTER}])`).join('|')})`, 'g');
  return [...text.matchAll(pattern)].map((m) => {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    return `${m.index} ${m[0].slice(0, m[0].length - m[group].length)}+${m[group]} row ${group - 1}`;
  });
}

function byScanner(rows: readonly string[], text: string): string[] {
  return procliticScanner(rows)(text).map((m) => `${m.index} ${m.proclitic}+${m.word} row ${m.row}`);
}

describe('procliticScanner', () => {
  const rows = ['اجتماع(?:ا|ه)?', 'لقاء', 'الاجتماع', 'بحث', 'اتفاق', '(?<=في )بيان', 'جمع(?= بين )', 'ا?'];
  test.each([
    { name: 'no proclitic', text: 'عقد اجتماع اليوم' },
    { name: 'conjunction and article, tried before the article alone', text: 'والاجتماع وبالاجتماع فللقاء' },
    { name: 'an article that is also the word: ال read as a proclitic first', text: 'الاجتماع' },
    { name: 'ب read as a proclitic before بحث is not, and بحث matches whole', text: 'ببحث بحث وبحث' },
    { name: 'inside a word: no match', text: 'الاجتماعات واجتماعي كاتفاقية' },
    { name: 'a row looking behind and ahead of itself', text: 'في بيان جمع بين بيان جمعهم' },
    { name: 'a row that may match nothing moves on one character', text: 'ا و ب ' },
    { name: 'adjacent and at the edges', text: 'لقاء،اجتماع.اتفاق' },
  ])('as the one regex: $name', ({ text }) => {
    expect(byScanner(rows, text)).toEqual(byRegex(rows, text));
  });

  test('as the one regex on the founding articles, with the trigger table', () => {
    const forms = TRIGGERS.map((t) => t.forms);
    for (const file of articleFiles()) {
      const text = foldWithOffsets(articleBody(file)).text;
      expect(byScanner(forms, text)).toEqual(byRegex(forms, text));
    }
  });
});
