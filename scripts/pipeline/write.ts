/**
 * Events file → disk. Takes the finished `EventsFile` and an output path; gives deterministic JSON
 * (2-space indent, trailing newline, keys in the order the pipeline built them) and writes it
 * atomically: readers (the dev server, a concurrent build) see the old file or the new one, never
 * half of one, and a failed run leaves the old file as it was.
 *
 * Deliberately not done: sorting keys or rounding anything; determinism is the builders' job, this
 * stage only refuses to add any (no timestamps, no machine-specific paths).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { EventsFile } from '../../src/lib/types.ts';

export function serialiseEventsFile(file: EventsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Write to a temporary file beside the target, flush it to disk, then rename it over the target. */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // Same folder, so the rename never crosses file systems (which would make it a copy); the random
  // part keeps two concurrent runs from sharing a temp file, and 'wx' refuses to reuse one.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; the rename is still atomic there. */
function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
