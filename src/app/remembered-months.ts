/**
 * The reader's Arabic month-name set, kept across visits in localStorage. Storage can be missing or
 * refuse (a sandboxed embed, a private window, a full quota): then the choice lasts for the page,
 * as the URL still carries it, and nothing fails.
 */
import { MONTH_NAMES, type MonthNames } from '../lib/url-state.ts';

const KEY = 'syria-timeline:months';

export function readRememberedMonths(storage: Pick<Storage, 'getItem'> | null = safeStorage()): MonthNames | null {
  try {
    const value = storage?.getItem(KEY) ?? null;
    return (MONTH_NAMES as readonly (string | null)[]).includes(value) ? (value as MonthNames) : null;
  } catch {
    return null;
  }
}

export function rememberMonths(months: MonthNames, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, months);
  } catch {
    // Not kept: the URL still carries the choice for this visit.
  }
}

/** Reading `window.localStorage` itself throws where storage is blocked. */
function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
