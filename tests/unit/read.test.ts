import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, loadArticle, MAX_ARTICLE_BYTES, readArticles } from '../../scripts/pipeline/read.ts';

const BODY = 'التقى كيري لافروف في جنيف.\n';
const article = (published: string, body = BODY) => `---\npublished: ${published}\nlanguage: ar\n---\n${body}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('readArticles', () => {
  it('reads *.txt and *.md in name order and ignores everything else', () => {
    folder({ 'b.md': article('2016-03-25'), 'a.txt': article('2016-07-16'), 'C.TXT': article('2015-12-16'), 'notes.json': '{}', 'README': 'x' });
    mkdirSync(join(dir, 'sub.txt'));
    const { articles, diagnostics } = readArticles(dir);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['C', 'a', 'b']);
    expect(articles[1]).toEqual({
      id: 'a',
      file: join(dir, 'a.txt'),
      body: BODY,
      meta: { published: '2016-07-16', language: 'ar' },
      published: '2016-07-16',
      publishedFrom: 'metadata',
    });
  });

  it('dates an article whose text names no year within the years of the dated articles beside it', () => {
    // Friday 15 July falls on a Friday in 2016 only, among 2015–2017 (the dated article's year ± 1).
    folder({ 'a.txt': article('2016-03-25'), 'b.txt': 'أعلن المتحدث يوم الجمعة 15 تموز أن المحادثات ستستمر.\n' });
    const { articles, diagnostics } = readArticles(dir);
    const b = articles.find((x) => x.id === 'b');
    expect([b?.published, b?.publishedFrom]).toEqual(['2016-07-15', 'text']);
    expect(diagnostics).toEqual([expect.objectContaining({ file: join(dir, 'b.txt'), level: 'warning' })]);
    expect(diagnostics[0].message).toContain("inferred 2016-07-15 from the text's weekday");
  });

  it('gives `ready` each article its front matter or url dates as it is read, the object it lists; not one the others date, nor a clash', () => {
    folder({
      'a.txt': article('2016-03-25'),
      'b.txt': 'أعلن المتحدث يوم الجمعة 15 تموز أن المحادثات ستستمر.\n',
      'c.md': `---\nurl: https://example.com/2016/08/27/x\n---\n${BODY}`,
      'd.txt': article('2016-13-45'),
      'e.txt': article('2016-03-25'),
      'e.md': article('2016-03-25'),
    });
    const ready: string[] = [];
    const readyObjects: unknown[] = [];
    const { articles } = readArticles(dir, undefined, (a) => {
      ready.push(a.id);
      readyObjects.push(a);
    });
    expect(ready).toEqual(['a', 'c']);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(readyObjects).toEqual([articles[0], articles[2]]);
    expect(readyObjects[0]).toBe(articles[0]);
    expect(readyObjects[1]).toBe(articles[2]);
  });

  it('refuses an article whose text names no year when no article beside it is dated', () => {
    folder({ 'b.txt': 'أعلن المتحدث أمس الخميس أن المحادثات ستستمر.\n' });
    const { articles, diagnostics } = readArticles(dir);
    expect(articles).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ file: join(dir, 'b.txt'), level: 'error' })]);
    expect(diagnostics[0].message).toMatch(/^no publication date: add 'published: YYYY-MM-DD'/);
  });

  it('reports every bad file and still loads the good ones', () => {
    folder({
      '1-empty.txt': '',
      '2-good.txt': article('2016-03-25'),
      '3-bad-date.txt': article('2016-13-45'),
      '4-no-closing.md': `---\npublished: 2016-03-25\n${BODY}`,
      '5-binary.txt': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 0, 2, 0xff, 0),
      '6-good.md': `---\nurl: https://example.com/2016/08/27/x\n---\n${BODY}`,
    });
    const { articles, diagnostics } = readArticles(dir);
    expect(articles.map((a) => [a.id, a.published, a.publishedFrom])).toEqual([['2-good', '2016-03-25', 'metadata'], ['6-good', '2016-08-27', 'url']]);
    expect(diagnostics).toEqual([
      { file: join(dir, '1-empty.txt'), level: 'error', message: 'file is empty' },
      { file: join(dir, '3-bad-date.txt'), level: 'error', message: "published '2016-13-45' is not a real date (there is no month 13)" },
      { file: join(dir, '4-no-closing.md'), level: 'error', message: "front matter has no closing '---' (opened on line 1)" },
      { file: join(dir, '5-binary.txt'), level: 'error', message: 'binary file (contains NUL bytes), not an article' },
    ]);
  });

  it('refuses both files that share an id, naming the other', () => {
    folder({ 'a.md': article('2016-03-25'), 'a.txt': article('2016-03-25'), 'b.txt': article('2016-03-25') });
    const { articles, diagnostics } = readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['b']);
    expect(diagnostics).toEqual([
      { file: join(dir, 'a.md'), level: 'error', message: `article id 'a' is also the id of ${join(dir, 'a.txt')}; rename one of them` },
      { file: join(dir, 'a.txt'), level: 'error', message: `article id 'a' is also the id of ${join(dir, 'a.md')}; rename one of them` },
    ]);
  });

  const folderProblems: { name: string; path: () => string; message: string }[] = [
    { name: 'missing folder', path: () => join(dir, 'missing'), message: 'cannot read input folder (not found)' },
    {
      name: 'a file, not a folder',
      path: () => {
        folder({ 'x.txt': BODY });
        return join(dir, 'x.txt');
      },
      message: 'input is not a folder',
    },
    { name: 'no article files', path: () => folder({ 'notes.json': '{}' }), message: 'no article files (*.txt, *.md) in the input folder' },
  ];
  for (const { name, path, message } of folderProblems) {
    it(name, () => {
      const inDir = path();
      expect(readArticles(inDir)).toEqual({ articles: [], diagnostics: [{ file: inDir, level: 'error', message }] });
    });
  }
});

describe('readArticles reads only regular files inside the folder, up to the size limit', () => {
  let outside: string;
  beforeEach(() => {
    outside = mkdtempSync(join(tmpdir(), 'read-test-outside-'));
  });
  afterEach(() => rmSync(outside, { recursive: true, force: true }));

  const cases: { name: string; make: (inDir: string, outsideDir: string) => void; message: (outsideDir: string) => string }[] = [
    { name: 'a named pipe (FIFO)', make: (d) => execFileSync('mkfifo', [join(d, 'x.txt')]), message: () => 'is not a regular file (a named pipe); not read' },
    {
      name: 'a link to /dev/zero',
      make: (d) => symlinkSync('/dev/zero', join(d, 'x.txt')),
      message: () => 'is a link to /dev/zero, outside the input folder; not read, so nothing outside the folder is published',
    },
    {
      name: 'a link to a file outside the folder',
      make: (d, o) => {
        writeFileSync(join(o, 'private.txt'), article('2016-03-25', 'سري للغاية\n'));
        symlinkSync(join(o, 'private.txt'), join(d, 'x.txt'));
      },
      message: (o) => `is a link to ${join(realpathSync(o), 'private.txt')}, outside the input folder; not read, so nothing outside the folder is published`,
    },
    {
      name: 'a relative link climbing out of the folder',
      make: (d, o) => {
        writeFileSync(join(o, 'private.txt'), article('2016-03-25'));
        symlinkSync(join('..', o.split('/').pop()!, 'private.txt'), join(d, 'x.txt'));
      },
      message: (o) => `is a link to ${join(realpathSync(o), 'private.txt')}, outside the input folder; not read, so nothing outside the folder is published`,
    },
    { name: 'a link to a folder', make: (d) => { mkdirSync(join(d, 'sub')); symlinkSync(join(d, 'sub'), join(d, 'x.txt')); }, message: () => 'is not a regular file (a folder); not read' },
    { name: 'a broken link', make: (d) => symlinkSync(join(d, 'missing'), join(d, 'x.txt')), message: () => 'cannot read file (not found)' },
    {
      name: 'a file over the size limit',
      make: (d) => writeFileSync(join(d, 'x.txt'), article('2016-03-25', 'ا'.repeat(MAX_ARTICLE_BYTES / 2 + 1))),
      message: () => 'is 2.0 MB, over the 2 MB limit for one article; not read',
    },
  ];
  for (const { name, make, message } of cases) {
    it(`refuses ${name} and reads the others`, () => {
      folder({ 'good.txt': article('2016-03-25') });
      make(dir, outside);
      const { articles, diagnostics } = readArticles(dir);
      expect(articles.map((a) => a.id)).toEqual(['good']);
      expect(diagnostics).toEqual([{ file: join(dir, 'x.txt'), level: 'error', message: message(outside) }]);
    });
  }

  it('follows a link that stays inside the folder', () => {
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'a.txt'), article('2016-03-25'));
    symlinkSync(join('drafts', 'a.txt'), join(dir, 'linked.txt'));
    expect(readArticles(dir)).toEqual({ articles: [expect.objectContaining({ id: 'linked', body: BODY })], diagnostics: [] });
  });

  it('reads a file of exactly the limit', () => {
    const body = 'ا'.repeat(MAX_ARTICLE_BYTES);
    const text = article('2016-03-25', '');
    writeFileSync(join(dir, 'a.txt'), text + body.slice(0, (MAX_ARTICLE_BYTES - Buffer.byteLength(text)) / 2));
    expect(readArticles(dir).articles.map((a) => a.id)).toEqual(['a']);
  });
});

describe('loadArticle', () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

  it('keeps warnings of earlier stages with the article', () => {
    const result = loadArticle('in/x.txt', bytes(`---\nauthor: me\npublished: 2016-03-25\n---\n${BODY}`));
    expect(result.article?.body).toBe(BODY);
    expect(result.diagnostics).toEqual([{ file: 'in/x.txt', level: 'warning', message: expect.stringContaining("unknown key 'author'") }]);
  });

  it('refuses front matter with no body after it', () => {
    expect(loadArticle('in/x.txt', bytes('---\npublished: 2016-03-25\n---\n\n  \n'))).toEqual({
      diagnostics: [{ file: 'in/x.txt', level: 'error', message: 'has no text after the front matter' }],
    });
  });

  it('offsets point into the body: the body is the file text after the front matter', () => {
    const text = `---\r\npublished: 2016-03-25\r\n---\r\nسطر\r\n`;
    expect(loadArticle('in/x.txt', bytes(text)).article?.body).toBe('سطر\r\n');
  });
});

describe('articleId', () => {
  const cases = [
    ['data/articles/000_4c8131996a4716c2.txt', '000_4c8131996a4716c2'],
    ['x.md', 'x'],
    ['dir/a.b.txt', 'a.b'],
  ];
  for (const [file, id] of cases) it(file, () => expect(articleId(file)).toBe(id));
});
