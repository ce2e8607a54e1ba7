import { describe, expect, test } from 'vitest';
import { afterLastMark } from '../../scripts/pipeline/words.ts';

describe('afterLastMark', () => {
  const marks = ['،', ',', '؛', ';', '.'];
  test.each(['', 'قال كيري', 'قال، كيري', 'أ، ب. ج؛ د', 'نهاية.', '،', 'a;b,c'])('as /[^marks]*$/ finds it: %s', (text) => {
    expect(afterLastMark(text, marks)).toBe(text.search(/[^،,؛;.]*$/));
  });
});
