import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/add-article.ts';
import { splitFrontMatter } from '../../scripts/pipeline/front-matter.ts';
import { articleFromHtml } from '../../scripts/pipeline/html-article.ts';
import { loadArticle } from '../../scripts/pipeline/read.ts';

const PAGE = join(import.meta.dirname, '../fixtures/pages/geneva-truce.html');
const LEAD = 'جنيف - أعلن وزير الخارجية الأميركي جون كيري ونظيره الروسي سيرغي لافروف في جنيف أمس الجمعة اتفاقا على هدنة جديدة في سوريا';

let work: string;
let to: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'add-article-'));
  to = join(work, 'articles');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function add(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--to', to], { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function added(): { name: string; text: string }[] {
  return readdirSync(to).map((name) => ({ name, text: readFileSync(join(to, name), 'utf8') }));
}

describe('articleFromHtml', () => {
  it('keeps the article paragraphs and leaves navigation, related links and footer out', () => {
    const page = articleFromHtml(readFileSync(PAGE, 'utf8'));
    if ('problem' in page) throw new Error(page.problem);
    expect(page.text.split('\n\n')).toHaveLength(4);
    expect(page.text).toContain(LEAD);
    for (const noise of ['الرئيسية', 'اقرأ أيضا', 'جميع الحقوق محفوظة']) expect(page.text).not.toContain(noise);
  });

  const cases: { name: string; head: string; expected: Record<string, { value: string; from: string } | undefined> }[] = [
    {
      name: 'Open Graph and article tags',
      head: '<meta property="og:title" content="عنوان"><meta property="og:site_name" content="Outlet"><meta property="article:published_time" content="2016-02-12T23:10:00Z"><link rel="canonical" href="/n/1">',
      expected: { title: { value: 'عنوان', from: 'og:title' }, outlet: { value: 'Outlet', from: 'og:site_name' }, published: { value: '2016-02-12', from: 'article:published_time' }, url: { value: 'https://example.org/n/1', from: 'canonical link' } },
    },
    {
      name: 'schema.org JSON-LD',
      head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان آخر","datePublished":"2016-07-15","publisher":{"name":"Wire"}}</script>',
      expected: { title: { value: 'عنوان آخر', from: 'JSON-LD headline' }, outlet: { value: 'Wire', from: 'JSON-LD publisher' }, published: { value: '2016-07-15', from: 'JSON-LD datePublished' }, url: undefined },
    },
    {
      name: 'nothing but a <title> and a <time>',
      head: '<title>عنوان الصفحة</title>',
      expected: { title: { value: 'عنوان الصفحة', from: '<title>' }, outlet: undefined, url: undefined, published: { value: '2016-03-24', from: '<time datetime>' } },
    },
  ];
  for (const { name, head, expected } of cases) {
    it(`reads metadata from ${name}`, () => {
      const body = `<article><time datetime="2016-03-24">24 آذار</time><p>${LEAD}، ${LEAD}.</p><p>${LEAD}.</p></article>`;
      const page = articleFromHtml(`<html><head>${head}</head><body>${body}</body></html>`, 'https://example.org/page');
      if ('problem' in page) throw new Error(page.problem);
      for (const [field, value] of Object.entries(expected)) expect(page[field as 'title'], field).toEqual(value);
    });
  }

  it('says when a page has no article text', () => {
    expect(articleFromHtml('<html><body></body></html>')).toEqual({ problem: expect.stringContaining('no article text found') });
  });
});

describe('npm run add', () => {
  it('adds a saved page with front matter the pipeline reads, and says where each field came from', async () => {
    const result = await add(PAGE);
    expect(result.code).toBe(0);
    const [file] = added();
    expect(file.name).toMatch(/^2016-09-10_[0-9a-f]{12}\.txt$/);
    const split = splitFrontMatter(file.text, file.name);
    expect(split.ok && split.meta).toEqual({ title: 'كيري ولافروف يتفقان على هدنة جديدة', outlet: 'صحيفة المثال', url: 'https://example.org/news/2016/geneva-truce', published: '2016-09-10', language: 'ar' });
    expect(result.out).toContain('published: 2016-09-10 (article:published_time)');
    expect(result.out).toContain('outlet: صحيفة المثال (og:site_name)');
    const loaded = loadArticle(join(to, file.name), readFileSync(join(to, file.name)));
    expect(loaded.article?.published).toBe('2016-09-10');
    expect(loaded.article?.body).toContain(LEAD);
  });

  it('refuses the same text twice, naming the file it is already in', async () => {
    await add(PAGE);
    const again = await add(PAGE);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already in the corpus as .*_[0-9a-f]{12}\.txt \(same text\); not added/);
    expect(added()).toHaveLength(1);
  });

  it('keeps a plain-text article byte for byte, dating it from its dateline', async () => {
    const body = `دمشق - ${'السبت 27 شباط/فبراير 2016'}\n\n${LEAD}.\n`;
    writeFileSync(join(work, 'wire.txt'), body);
    const result = await add(join(work, 'wire.txt'));
    expect(result.code).toBe(0);
    const [file] = added();
    expect(file.text.endsWith(body)).toBe(true);
    expect(result.out).toMatch(/published: 2016-02-2\d \((dateline|.*text.*)\)/);
    expect(result.out).toContain('not found: title, outlet, url');
  });

  it('converts a Windows-1256 file to UTF-8 and says so', async () => {
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(new TextDecoder('windows-1256').decode(Uint8Array.of(b)), b);
    const text = `---\npublished: 2016-03-25\n---\n${LEAD}.\n`;
    writeFileSync(join(work, 'old.txt'), Uint8Array.from(text, (ch) => table.get(ch) ?? 0x3f));
    const result = await add(join(work, 'old.txt'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('note: converted from windows-1256 to UTF-8');
    expect(added()[0].text).toContain(LEAD);
  });

  it('reads a .docx through mammoth', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>عنوان الخبر</w:t></w:r></w:p><w:p><w:r><w:t>${LEAD}.</w:t></w:r></w:p></w:body></w:document>`);
    writeFileSync(join(work, 'story.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const result = await add(join(work, 'story.docx'), '--published', '2016-09-10', '--outlet', 'Desk');
    expect(result.code).toBe(0);
    const text = added()[0].text;
    expect(text).toContain(`عنوان الخبر\n\n${LEAD}.\n`);
    expect(result.out).toContain('published: 2016-09-10 (command line)');
  });

  it('skips what it cannot read, adds the rest, and exits 3', async () => {
    writeFileSync(join(work, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(join(work, 'empty.html'), '<html><body></body></html>');
    const result = await add(join(work, 'notes.pdf'), PAGE, join(work, 'empty.html'));
    expect(result.code).toBe(3);
    expect(result.err).toContain("notes.pdf: '.pdf' is not a kind of file this reads (.txt, .md, .html, .htm, .docx); not added");
    expect(result.err).toContain('empty.html: ');
    expect(added()).toHaveLength(1);
  });
});
