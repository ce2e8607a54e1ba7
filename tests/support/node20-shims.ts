/**
 * Vitest 5 targets Node 22 and its reporter calls Map.groupBy when it prints a failing test; this
 * machine runs Node 20, where that crash would hide every failure's details. A globalSetup file
 * runs in Vitest's main process, so adding the ES2024 grouping functions here fixes the reporter
 * without touching the code under test. It adds nothing where Node already has them.
 */
function groupInto<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index++);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

type WithGrouping = { groupBy?: unknown };

export default function setup(): void {
  if (typeof (Map as WithGrouping).groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', { value: groupInto, configurable: true, writable: true });
  }
  if (typeof (Object as WithGrouping).groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
      value: <K extends PropertyKey, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) =>
        Object.assign(Object.create(null), Object.fromEntries(groupInto(items, keyOf))),
      configurable: true,
      writable: true,
    });
  }
}
