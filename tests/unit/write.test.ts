import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../scripts/pipeline/write.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Large enough that the write is still under way when the test sees the temporary file appear. */
const BIG_BYTES = 200 * 1024 * 1024;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const temporaries = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeFileAtomic leaves no temporary file behind', () => {
  it('writes the text and nothing else', () => {
    writeFileAtomic(join(dir, 'out.json'), '{}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('removes the temporary file when the write fails', () => {
    writeFileSync(join(dir, 'taken'), '');
    expect(() => writeFileAtomic(join(dir, 'taken', 'out.json'), '{}\n')).toThrow();
    expect(temporaries()).toEqual([]);
  });

  it('removes leftovers of dead runs of the same target only', () => {
    const names = ['.out.json.999999999.0badf00d.tmp', '.other.json.999999999.0badf00d.tmp', '.out.json.notapid.tmp'];
    for (const name of names) writeFileSync(join(dir, name), 'half');
    expect(writeFileAtomic(join(dir, 'out.json'), '{}\n')).toEqual([join(dir, names[0])]);
    expect(readdirSync(dir).sort()).toEqual([names[1], names[2], 'out.json'].sort());
  });

  it('a SIGTERM during the write ends the process by that signal once the write is done, with no temporary file left', async () => {
    const out = join(dir, 'out.json');
    const script = join(dir, 'writer.ts');
    writeFileSync(script, `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'scripts/pipeline/write.ts'))};\n`
      + `writeFileAtomic(${JSON.stringify(out)}, 'x'.repeat(${BIG_BYTES}));\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
    let running = true;
    void ended.then(() => (running = false));
    while (running && temporaries().length === 0) await new Promise((r) => setTimeout(r, 1));
    expect(running, 'the writer ended before its temporary file was seen').toBe(true);
    child.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(temporaries()).toEqual([]);
    expect(statSync(out).size).toBe(BIG_BYTES);
  }, 60_000);
});
