/**
 * Events file → disk. Takes the finished `EventsFile` and an output path; gives deterministic JSON
 * (2-space indent, trailing newline, keys in the order the pipeline built them) and writes it
 * atomically: readers (the dev server, a concurrent build) see the old file or the new one, never
 * half of one, and a failed run leaves the old file as it was.
 *
 * No temporary file outlives a run: an error removes it, a signal (Ctrl-C, SIGTERM, SIGHUP) waits
 * until the write has finished or failed, and one left by a run that was killed outright (SIGKILL,
 * power loss) is removed by the next write to the same file.
 *
 * Deliberately not done: sorting keys or rounding anything; determinism is the builders' job, this
 * stage only refuses to add any (no timestamps, no machine-specific paths).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { EventsFile } from '../../src/lib/types.ts';

const DEFERRED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let signalsDeferred = false;

export function serialiseEventsFile(file: EventsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Write to a temporary file beside the target, flush it to disk, then rename it over the target.
 * Gives the names of leftover temporary files from killed runs that it removed.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): string[] {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const removed = removeLeftovers(path);
  deferSignals();
  // Same folder, so the rename never crosses file systems (which would make it a copy); the pid lets
  // the next run tell a dead run's leftover from a live run's file, the random part keeps two
  // concurrent runs apart, and 'wx' refuses to reuse a name.
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
  return removed;
}

/**
 * Node runs a JavaScript signal handler only between synchronous calls, so with one installed a
 * signal that arrives mid-write is handled after the temporary file has been renamed or removed.
 * The handler then takes itself away and raises the signal again, so the process ends exactly as
 * it would have (same signal, same exit status), only a moment later.
 */
function deferSignals(): void {
  if (signalsDeferred) return;
  signalsDeferred = true;
  for (const signal of DEFERRED_SIGNALS) {
    const raiseAgain = () => {
      process.off(signal, raiseAgain);
      process.kill(process.pid, signal);
    };
    process.on(signal, raiseAgain);
  }
}

/** Temporary files of this target whose run is no longer alive. A live run's file is left to it. */
function removeLeftovers(path: string): string[] {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!match || isAlive(Number(match[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
