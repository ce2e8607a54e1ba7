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
    { name: 'line without key: value', text: `---\npublished: 2016-03-25\nKerry in Moscow\n---\n${BODY}`, errors: ["front matter line 3: expected 'key: value', got 'Kerry in Moscow'"] },
    { name: 'no space after the colon', text: `---\npublished:2016-03-25\n---\n${BODY}`, errors: ["front matter line 2: expected 'key: value', got 'published:2016-03-25'"] },
    { name: 'indented line', text: `---\ntitle: a\n  more title\n---\n${BODY}`, errors: ["front matter line 3: expected 'key: value', got '  more title'"] },
    { name: 'duplicate key', text: `---\ntitle: a\npublished: 2016-03-25\ntitle: b\n---\n${BODY}`, errors: ["front matter line 4: duplicate key 'title' (first on line 2)"] },
    { name: 'empty value', text: `---\npublished:\n---\n${BODY}`, errors: ["front matter line 2: 'published' has no value"] },
    { name: 'unclosed quote', text: `---\ntitle: "half\n---\n${BODY}`, errors: ["front matter line 2: 'title' has no closing \""] },
    { name: 'text after a closing quote', text: `---\ntitle: "a" b\n---\n${BODY}`, errors: ["front matter line 2: 'title' has text after the closing \": 'b'"] },
    { name: 'unsupported escape', text: `---\ntitle: "a\\qb"\n---\n${BODY}`, errors: ["front matter line 2: 'title' has an unsupported escape '\\q'"] },
    { name: 'YAML list', text: `---\ntitle: [a, b]\n---\n${BODY}`, errors: ["front matter line 2: 'title' must be a plain or quoted value; quote it if '[' is part of the text"] },
    {
      name: 'every bad line is reported, not just the first',
      text: `---\nfoo\ntitle: a\ntitle: b\nbar\n---\n${BODY}`,
      errors: ["front matter line 2: expected 'key: value', got 'foo'", "front matter line 4: duplicate key 'title' (first on line 3)", "front matter line 5: expected 'key: value', got 'bar'"],
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
    const result = splitFrontMatter(`---\nauthor: someone\nfoo\n---\n${BODY}`, FILE);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.level)).toEqual(['warning', 'error']);
  });
});
