/**
 * `npm run data -- --watch`: runs a build whenever an article in the folder or the corrections file
 * changes. Takes the paths to watch and the build to run; gives a function that stops watching.
 *
 * Editors save in bursts (a temp file, a rename, a second write), so changes are collected for a
 * short quiet period and built once. A change that arrives during a build starts one more build
 * after it, so the last save always wins. Uses Node's own `fs.watch` on the folders: no polling,
 * and the corrections file is watched through its folder so an editor replacing it is still seen.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** Quiet time after the last change before building: long enough for one save, short against the 1 s target. */
export const SETTLE_MS = 60;

export function watchAndBuild(folders: { dir: string; names?: (name: string) => boolean }[], build: () => void, onError: (message: string) => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;

  const run = () => {
    timer = undefined;
    if (building) {
      again = true;
      return;
    }
    building = true;
    try {
      build();
    } finally {
      building = false;
    }
    if (again) {
      again = false;
      schedule();
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  };

  const watchers: FSWatcher[] = [];
  for (const { dir, names } of folders) {
    try {
      const watcher = watch(resolve(dir), (_event, name) => {
        if (!name || name.startsWith('.') || (names && !names(name.toString()))) return;
        schedule();
      });
      watcher.on('error', (error) => onError(`${dir}: ${error.message}`));
      watchers.push(watcher);
    } catch (error) {
      onError(`${dir}: cannot watch (${(error as Error).message})`);
    }
  }
  return () => {
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

/** The folder holding a file, with a filter for that file's name: how a single file is watched. */
export function fileInFolder(file: string): { dir: string; names: (name: string) => boolean } {
  const name = basename(file);
  return { dir: dirname(file), names: (changed) => changed === name };
}
