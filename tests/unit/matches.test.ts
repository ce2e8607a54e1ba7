import { describe, expect, test } from 'vitest';
import { allMatches } from '../../scripts/pipeline/matches.ts';
import { LETTER } from '../../scripts/pipeline/words.ts';

/** What a caller reads of a match. */
const shown = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m], named: m.groups }));

describe('allMatches', () => {
  test.each([
    { name: 'words after a lookbehind', pattern: new RegExp(`(?<![${LETTER}])[وف]?(ال)?(اتفاق|لقاء)(?![${LETTER}])`, 'g'), text: 'والاتفاق لقاء اللقاءات فاتفاق' },
    { name: 'no match', pattern: /بيان/g, text: 'لا شيء هنا' },
    { name: 'empty matches move on by one', pattern: /ا*/g, text: 'باا ب' },
    { name: 'empty matches in unicode mode skip a surrogate pair', pattern: /(?:)/gu, text: 'a😀b' },
    { name: 'empty matches without unicode mode split a surrogate pair', pattern: /(?:)/g, text: 'a😀b' },
    { name: 'named groups', pattern: /(?<day>\d+) (?<month>\S+)/g, text: '12 مارس و3 ابريل' },
    { name: 'sticky and global', pattern: /ب/gy, text: 'ببا ب' },
  ])('as matchAll: $name', ({ pattern, text }) => {
    expect(shown(allMatches(pattern, text))).toEqual(shown([...text.matchAll(pattern)]));
    expect(pattern.lastIndex).toBe(0);
  });

  test('starts at the pattern’s lastIndex and leaves it as it was, as matchAll does', () => {
    const pattern = /ب/g;
    pattern.lastIndex = 2;
    const expected = shown([...'ب ب ب'.matchAll(pattern)]);
    expect(shown(allMatches(pattern, 'ب ب ب'))).toEqual(expected);
    expect(pattern.lastIndex).toBe(2);
  });

  test('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/ب/, 'ب')).toThrow(TypeError);
    expect(() => 'ب'.matchAll(/ب/)).toThrow(TypeError);
  });
});
