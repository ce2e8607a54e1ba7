import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../scripts/pipeline/front-matter.ts';
import type { ArticleMetadata } from '../../scripts/pipeline/types.ts';

const FILE = 'data/articles/x.txt';
const BODY = 'التقى كيري لافروف في جنيف.\n\nالفقرة الثانية.\n';

describe('splitFrontMatter splits metadata from body', () => {
  const cases: { name: string; text: string; meta: ArticleMetadata; body: string }[] = [
    { name: 'no front matter: the whole text is the body', text: BODY, meta: {}, body: BODY },
    { name: "'---' not on the first line is body text", text: `\n---\ntitle: x\n---\n${BODY}`, meta: {}, body: `\n---\ntitle: x\n---\n${BODY}` },
    {
      name: 'every known key, plain values',
      text: `---\npublished: 2016-03-25\ntitle: اتفاق أميركي روسي\noutlet: Al Jazeera\nurl: https://example.com/a?b=1\nlanguage: ar\n---\n${BODY}`,
      meta: { published: '2016-03-25', title: 'اتفاق أميركي روسي', outlet: 'Al Jazeera', url: 'https://example.com/a?b=1', language: 'ar' },
      body: BODY,
    },
    {
      name: 'double-quoted value with escapes',
      text: `---\ntitle: "قال: \\"نعم\\" \\\\ لا"\n---\n${BODY}`,
      meta: { title: 'قال: "نعم" \\ لا' },
      body: BODY,
    },
    { name: "single-quoted value with ''", text: `---\ntitle: 'it''s # not a comment'\n---\n${BODY}`, meta: { title: "it's # not a comment" }, body: BODY },
    { name: 'plain value with a YAML comment', text: `---\noutlet: Asharq  # checked by hand\n---\n${BODY}`, meta: { outlet: 'Asharq' }, body: BODY },
    { name: 'quoted value with a YAML comment', text: `---\noutlet: "A #1" # note\n---\n${BODY}`, meta: { outlet: 'A #1' }, body: BODY },
    { name: 'blank and comment lines inside', text: `---\n# source: archive\n\npublished: 2016-08-27\n---\n${BODY}`, meta: { published: '2016-08-27' }, body: BODY },
    { name: 'CRLF: body keeps its CRLF, starts after the closing line', text: `---\r\nlanguage: ar\r\n---\r\nسطر\r\nسطر\r\n`, meta: { language: 'ar' }, body: 'سطر\r\nسطر\r\n' },
    { name: 'trailing spaces on fences', text: `---  \nlanguage: ar\n--- \n${BODY}`, meta: { language: 'ar' }, body: BODY },
    { name: 'body starting with a blank line keeps it', text: `---\nlanguage: ar\n---\n\n${BODY}`, meta: { language: 'ar' }, body: `\n${BODY}` },
    { name: 'empty front matter', text: `---\n---\n${BODY}`, meta: {}, body: BODY },
    { name: 'quoted "null" and "true" are text', text: `---\ntitle: "null"\noutlet: 'true'\n---\n${BODY}`, meta: { title: 'null', outlet: 'true' }, body: BODY },
    { name: 'a value folded over two lines, as YAML reads it', text: `---\ntitle: a long\n  title\n---\n${BODY}`, meta: { title: 'a long title' }, body: BODY },
    { name: 'years 1900 and 2100 are accepted', text: `---\npublished: 1900-01-01\n---\n${BODY}`, meta: { published: '1900-01-01' }, body: BODY },
  ];
  for (const { name, text, meta, body } of cases) {
    it(name, () => {
      const result = splitFrontMatter(text, FILE);
      expect(result).toEqual({ ok: true, meta, body, diagnostics: [] });
      if (result.ok) expect(text.endsWith(result.body)).toBe(true);
    });
  }
});

describe('splitFrontMatter reports malformed front matter with file and line', () => {
  const cases: { name: string; text: string; errors: string[] }[] = [
    { name: 'no closing fence', text: `---\npublished: 2016-03-25\n${BODY}`, errors: ["front matter has no closing '---' (opened on line 1)"] },
    { name: 'only an opening fence', text: '---', errors: ["front matter has no closing '---' (opened on line 1)"] },
    { name: 'line without key: value', text: `---\npublished: 2016-03-25\nKerry in Moscow\n---\n${BODY}`, errors: ['front matter line 3: Implicit map keys need to be followed by map values'] },
    { name: 'no space after the colon: one plain value, not a map', text: `---\npublished:2016-03-25\n---\n${BODY}`, errors: ["front matter line 2: expected 'key: value' lines"] },
    { name: 'duplicate key', text: `---\ntitle: a\npublished: 2016-03-25\ntitle: b\n---\n${BODY}`, errors: ["front matter line 4: key 'title' is given twice"] },
    { name: 'empty value', text: `---\npublished:\n---\n${BODY}`, errors: ["front matter line 2: 'published' has no value"] },
    { name: 'unclosed quote', text: `---\ntitle: "half\n---\n${BODY}`, errors: ['front matter line 3: Missing closing "quote'] },
    { name: 'text after a closing quote', text: `---\ntitle: "a" b\n---\n${BODY}`, errors: ['front matter line 2: Unexpected scalar at node end'] },
    { name: 'unsupported escape', text: `---\ntitle: "a\\qb"\n---\n${BODY}`, errors: ['front matter line 2: Invalid escape sequence \\q'] },
    { name: 'YAML list', text: `---\ntitle: [a, b]\n---\n${BODY}`, errors: ["front matter line 2: 'title' must be one value, not a list or a map"] },
    { name: 'reserved character', text: `---\ntitle: @kerry\n---\n${BODY}`, errors: ['front matter line 2: Plain value cannot start with reserved character @'] },
    {
      name: 'YAML null, booleans and numbers are not turned into the strings "null", "true", "12"',
      text: `---\ntitle: null\noutlet: ~\nlanguage: true\nurl: 12\n---\n${BODY}`,
      errors: [
        'front matter line 2: \'title\' must be text, but YAML reads null as no value; write "null" in quotes if it is the text',
        'front matter line 3: \'outlet\' must be text, but YAML reads ~ as no value; write "~" in quotes if it is the text',
        'front matter line 4: \'language\' must be text, but YAML reads true as a boolean; write "true" in quotes if it is the text',
        'front matter line 5: \'url\' must be text, but YAML reads 12 as a number; write "12" in quotes if it is the text',
      ],
    },
    { name: 'publication year 0000', text: `---\ntitle: a\npublished: 0000-01-05\n---\n${BODY}`, errors: ["front matter line 3: 'published' 0000-01-05: the year 0000 is outside 1900–2100"] },
    { name: 'publication year 9999', text: `---\npublished: 9999-12-31\n---\n${BODY}`, errors: ["front matter line 2: 'published' 9999-12-31: the year 9999 is outside 1900–2100"] },
    { name: 'publication year 1899', text: `---\npublished: "1899-12-31"\n---\n${BODY}`, errors: ["front matter line 2: 'published' 1899-12-31: the year 1899 is outside 1900–2100"] },
    {
      name: 'every bad line is reported, not just the first',
      text: `---\nfoo\ntitle: a\ntitle: b\nbar\n---\n${BODY}`,
      errors: ['front matter line 2: Implicit keys need to be on a single line', 'front matter line 5: Implicit map keys need to be followed by map values'],
    },
  ];
  for (const { name, text, errors } of cases) {
    it(name, () => {
      expect(splitFrontMatter(text, FILE)).toEqual({ ok: false, diagnostics: errors.map((message) => ({ file: FILE, level: 'error', message })) });
    });
  }

  it('an unknown key is a warning and is ignored', () => {
    expect(splitFrontMatter(`---\nauthor: someone\nlanguage: ar\n---\n${BODY}`, FILE)).toEqual({
      ok: true,
      meta: { language: 'ar' },
      body: BODY,
      diagnostics: [{ file: FILE, level: 'warning', message: "front matter line 2: unknown key 'author' ignored (known: published, title, outlet, url, language)" }],
    });
  });

  it('warnings are kept alongside errors', () => {
    const result = splitFrontMatter(`---\nauthor: someone\ntitle: [a]\n---\n${BODY}`, FILE);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.level)).toEqual(['warning', 'error']);
  });
});
