import { describe, expect, test } from 'vitest';
import { foldArabic, foldWithOffsets } from '../../src/lib/arabic.ts';
import { GAZETTEER } from '../../scripts/pipeline/gazetteer.ts';
import { nameScanner } from '../../scripts/pipeline/name-scan.ts';
import { escapeRegExp, isLetterCode, LETTER } from '../../scripts/pipeline/words.ts';
import { articleBody, articleFiles } from '../support/articles.ts';

/** The one regex the scanner stands for, the names longest first, run as it is: the specification. */
function byRegex(names: readonly string[], text: string): string[] {
  const alternation = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![${LETTER}])([وف]?)(لل|ب|ل|ك)?(${alternation})(?![${LETTER}])`, 'g');
  return [...text.matchAll(pattern)].map((m) => `${m.index}-${m.index + m[0].length} ${m[2] ?? ''}+${m[3]}`);
}

function byScanner(names: readonly string[], text: string): string[] {
  return nameScanner(names)(text).map((m) => `${m.index}-${m.end} ${m.preposition}+${m.name}`);
}

describe('nameScanner', () => {
  const names = ['الاسد', 'بشار الاسد', 'موسكو', 'كيري', 'لافروف', 'كرملين', 'الكرملين', 'جنيف', 'ولد الشيخ', 'وزاره الخارجيه', 'وزاره الخارجيه الروسيه', 'بي-بي'];
  test.each([
    { name: 'a name alone and with every clitic', text: 'موسكو وموسكو فبموسكو لموسكو للكرملين كموسكو' },
    { name: 'the longest name at a place wins', text: 'الرئيس بشار الاسد والاسد' },
    { name: 'a longer name the text does not finish gives way to the shorter', text: 'وزاره الخارجيه الروسيهات وزاره الخارجيه' },
    { name: 'a name starting like a conjunction is read with the conjunction first', text: 'وولد الشيخ ولد الشيخ' },
    { name: 'inside a word: no match', text: 'الموسكوفي كيريان ولافروفا' },
    { name: 'a hyphen inside a name, and names at the edges', text: 'بي-بي،جنيف.كيري' },
  ])('as the one regex: $name', ({ text }) => {
    expect(byScanner(names, text)).toEqual(byRegex(names, text));
  });

  test('as the one regex with first words shorter than, as long as and longer than the openings looked for', () => {
    const short = ['د', 'ا ب', 'كير', 'كيري', 'كيريكو', 'كيريكو الثاني', 'لافروف'];
    const text = 'د ود ا ب كير كيري كيريك كيريكو وكيريكو الثاني لكيري كيريكوا لافروفي ولافروف';
    expect(byScanner(short, text)).toEqual(byRegex(short, text));
  });

  test('a stem of an ال-name matches after لل only, and elsewhere hides no name inside it', () => {
    const scan = nameScanner(['السعوديه', 'الخارجيه السعوديه', 'خارجيه السعوديه'], new Set(['خارجيه السعوديه']));
    const found = (text: string) => scan(text).map((m) => `${m.index}-${m.end} ${m.preposition}+${m.name}`);
    expect(found('وزراء خارجيه السعوديه')).toEqual(['13-21 +السعوديه']);
    expect(found('للخارجيه السعوديه')).toEqual(['0-17 لل+خارجيه السعوديه']);
    expect(found('الخارجيه السعوديه')).toEqual(['0-17 +الخارجيه السعوديه']);
  });

  test('as the one regex on the founding articles, with the gazetteer spellings', () => {
    const spellings = [...new Set([
      ...(['actors', 'places'] as const).flatMap((t) => Object.values(GAZETTEER[t]).flatMap((e) => [e.ar, ...(e.variants ?? [])])),
      ...GAZETTEER.notNames,
    ].map(foldArabic))];
    for (const file of articleFiles()) {
      const text = foldWithOffsets(articleBody(file)).text;
      expect(byScanner(spellings, text)).toEqual(byRegex(spellings, text));
    }
  });
});

test('isLetterCode agrees with LETTER on every UTF-16 code unit', () => {
  const letter = new RegExp(`[${LETTER}]`);
  const disagree: number[] = [];
  for (let code = 0; code <= 0xffff; code++) if (isLetterCode(code) !== letter.test(String.fromCharCode(code))) disagree.push(code);
  expect(disagree).toEqual([]);
});
