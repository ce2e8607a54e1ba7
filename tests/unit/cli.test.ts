import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/build-events.ts';

const ARABIC = 'التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في موسكو أمس الخميس.\n';
const GOOD = `---\npublished: 2016-03-25\nlanguage: ar\n---\n${ARABIC}`;
const PREVIOUS = '{ "previous": true }\n';

/** Windows-1256 encoder: the inverse of the standard decoding table. */
const CP1256 = new Map<string, number>();
for (let b = 0; b < 256; b++) CP1256.set(new TextDecoder('windows-1256').decode(Uint8Array.of(b)), b);
const windows1256 = (text: string) => Uint8Array.from(text, (ch) => CP1256.get(ch) ?? 0x3f);
const utf16leWithBom = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

let work: string;
let inDir: string;
let outDir: string;
let outFile: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-test-'));
  inDir = join(work, 'articles');
  outDir = join(work, 'out');
  outFile = join(outDir, 'events.json');
  mkdirSync(inDir);
  mkdirSync(outDir);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function articles(files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(inDir, name), content);
}

function runCli(args = ['--in', inDir, '--out', outFile]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('build-events CLI skips bad files, builds the rest and exits 3', () => {
  const cases: { name: string; files: Record<string, string | Uint8Array>; errors: (dir: string) => string[] }[] = [
    { name: 'empty file', files: { 'bad.txt': '' }, errors: (d) => [`${join(d, 'bad.txt')}: file is empty`] },
    { name: 'whitespace-only file', files: { 'bad.txt': '\n  \n' }, errors: (d) => [`${join(d, 'bad.txt')}: file is empty (whitespace only)`] },
    {
      name: 'binary file',
      files: { 'bad.txt': Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256) },
      errors: (d) => [`${join(d, 'bad.txt')}: binary file (contains NUL bytes), not an article`],
    },
    {
      name: 'malformed front matter (no closing fence)',
      files: { 'bad.md': `---\npublished: 2016-03-25\n${ARABIC}` },
      errors: (d) => [`${join(d, 'bad.md')}: front matter has no closing '---' (opened on line 1)`],
    },
    {
      name: 'malformed front matter (line without key: value)',
      files: { 'bad.md': `---\npublished: 2016-03-25\nKerry\n---\n${ARABIC}` },
      errors: (d) => [`${join(d, 'bad.md')}: front matter line 3: Implicit map keys need to be followed by map values`],
    },
    {
      name: 'unparseable published date',
      files: { 'bad.txt': `---\npublished: 2016-13-45\n---\n${ARABIC}` },
      errors: (d) => [`${join(d, 'bad.txt')}: published '2016-13-45' is not a real date (there is no month 13)`],
    },
    {
      name: 'two articles with the same id',
      files: { 'dup.txt': GOOD, 'dup.md': GOOD },
      errors: (d) => [
        `${join(d, 'dup.md')}: article id 'dup' is also the id of ${join(d, 'dup.txt')}; rename one of them`,
        `${join(d, 'dup.txt')}: article id 'dup' is also the id of ${join(d, 'dup.md')}; rename one of them`,
      ],
    },
    {
      name: 'several bad files: every one is reported',
      files: { 'a.txt': '', 'b.txt': `---\npublished: 2016-02-30\n---\n${ARABIC}` },
      errors: (d) => [`${join(d, 'a.txt')}: file is empty`, `${join(d, 'b.txt')}: published '2016-02-30' is not a real date (February 2016 has 29 days)`],
    },
  ];
  for (const { name, files, errors } of cases) {
    it(name, () => {
      articles({ 'good.txt': GOOD, ...files });
      writeFileSync(outFile, PREVIOUS);
      const { code, out, err } = runCli();
      expect(code).toBe(3);
      for (const error of errors(inDir)) expect(err).toContain(`error: ${error}`);
      expect(err).toContain(`skipped (listed above); ${outFile} has the other 1 article`);
      expect(out).toMatch(/^ {2}good {2}2016-03-25 \(metadata\)/m);
      expect(JSON.parse(readFileSync(outFile, 'utf8')).articles.map((a: { id: string }) => a.id)).toEqual(['good']);
      expect(readdirSync(outDir)).toEqual(['events.json']);
    });
  }
});

describe('build-events CLI leaves the previous output as it was when nothing can be built', () => {
  it('missing input folder', () => {
    writeFileSync(outFile, PREVIOUS);
    const missing = join(work, 'missing');
    const { code, err } = runCli(['--in', missing, '--out', outFile]);
    expect(code).toBe(1);
    expect(err).toContain(`error: ${missing}: cannot read input folder (not found)`);
    expect(err).toContain(`no article could be built: ${outFile} not written (left as it was)`);
    expect(readFileSync(outFile, 'utf8')).toBe(PREVIOUS);
  });

  it('every file bad', () => {
    articles({ 'a.txt': '', 'b.txt': Uint8Array.of(0, 1, 2, 3, 0xff) });
    writeFileSync(outFile, PREVIOUS);
    const { code, err } = runCli();
    expect(code).toBe(1);
    expect(err).toContain(`error: ${join(inDir, 'a.txt')}: file is empty`);
    expect(err).toContain(`2 errors, no article could be built: ${outFile} not written (left as it was)`);
    expect(readFileSync(outFile, 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(outDir)).toEqual(['events.json']);
  });
});

describe('build-events CLI output on the terminal', () => {
  it('shows control characters in file names as \\xNN, never raw', () => {
    articles({ 'good.txt': GOOD, 'bad\u001b[2J\r.txt': '' });
    const { code, err } = runCli();
    expect(code).toBe(3);
    expect(err).toContain(`error: ${join(inDir, 'bad\\x1b[2J\\x0d.txt')}: file is empty`);
    for (const line of err.split('\n')) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('build-events CLI temporary files', () => {
  it('removes a temporary file left by a killed run, and keeps one of a live run', () => {
    articles({ 'good.txt': GOOD });
    const dead = join(outDir, '.events.json.999999999.0badf00d.tmp');
    const live = join(outDir, `.events.json.${process.ppid}.0badf00d.tmp`);
    writeFileSync(dead, '{ "half": ');
    writeFileSync(live, '{ "half": ');
    const { code, out } = runCli();
    expect(code).toBe(0);
    expect(out).toContain(`removed ${dead}, left by an interrupted run`);
    expect(readdirSync(outDir).sort()).toEqual([live.split('/').pop(), 'events.json'].sort());
  });
});

describe('build-events CLI converts other encodings with a warning', () => {
  const cases: { name: string; bytes: Uint8Array; encoding: string }[] = [
    { name: 'Windows-1256', bytes: windows1256(GOOD), encoding: 'Windows-1256' },
    { name: 'UTF-16 LE with BOM', bytes: utf16leWithBom(GOOD), encoding: 'UTF-16 LE' },
  ];
  for (const { name, bytes, encoding } of cases) {
    it(name, () => {
      articles({ 'converted.txt': bytes });
      const { code, out } = runCli();
      expect(code).toBe(0);
      expect(out).toContain(`warning: read as ${encoding} and converted`);
      const written = JSON.parse(readFileSync(outFile, 'utf8'));
      expect(written.articles.map((a: { id: string; body?: string }) => [a.id, a.body])).toEqual([['converted', ARABIC]]);
    });
  }
});

describe('build-events CLI on good input', () => {
  it('writes the same bytes on every run, with no temp files left behind', () => {
    articles({ 'b.txt': GOOD, 'a.md': GOOD.replace('2016-03-25', '2016-07-16') });
    const first = runCli();
    expect(first.code).toBe(0);
    const bytes = readFileSync(outFile);
    expect(runCli().code).toBe(0);
    expect(readFileSync(outFile).equals(bytes)).toBe(true);
    expect(readdirSync(outDir)).toEqual(['events.json']);
    expect(bytes.toString('utf8').endsWith('}\n')).toBe(true);
    expect(JSON.parse(bytes.toString('utf8')).articles.map((a: { id: string }) => a.id).sort()).toEqual(['a', 'b']);
  });

  it('reports each article with its publication date and source, then totals', () => {
    articles({ 'a.txt': GOOD, 'b.md': `---\nurl: https://example.com/2016/08/27/x\n---\n${ARABIC}` });
    const { code, out } = runCli();
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}a {2}2016-03-25 \(metadata\) {2}\d+ events?, \d+ date expressions?, \d+ unresolved, \d+% of the text set aside as page noise$/m);
    expect(out).toMatch(/^ {2}b {2}2016-08-27 \(url\) /m);
    expect(out).toMatch(/^totals: 2 articles, \d+ events? found \(\d+ after merging\), \d+ date expressions?, \d+ unresolved, \d+ warnings?, 0 errors$/m);
    expect(out).toContain(`wrote ${outFile}`);
  });

  it('creates the output folder when it does not exist', () => {
    articles({ 'a.txt': GOOD });
    const nested = join(work, 'new', 'events.json');
    expect(runCli(['--in', inDir, '--out', nested]).code).toBe(0);
    expect(JSON.parse(readFileSync(nested, 'utf8')).articles).toHaveLength(1);
  });
});

describe('build-events CLI arguments', () => {
  it('--help prints usage and the exit codes, and exits 0', () => {
    const { code, out } = runCli(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: npm run data [-- --in DIR --out FILE]');
    expect(out).toContain('3  FILE written without the files listed as skipped');
  });

  it('an unknown option prints usage and exits 2', () => {
    const { code, err } = runCli(['--input', inDir]);
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--input'");
    expect(err).toContain('Usage:');
  });
});
