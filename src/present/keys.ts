/**
 * What a key press means to the presenter: a pure table from `KeyboardEvent.key` (plus the shift
 * state, the reading direction and the digits typed so far) to a command. Covers what presentation
 * clickers send (PageDown/PageUp, Space, B or '.', Escape) and the Arabic keyboard layout's letters on
 * the same keys, since a clicker sends key positions and the OS reports the active layout's letter.
 * Modifier shortcuts (Ctrl/⌘/Alt) are the caller's to leave alone.
 */

export type PresenterCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  /** 1-based slide number typed by the presenter. */
  | { kind: 'goto'; slide: number }
  /** The digits typed so far changed (typed, erased or cancelled). */
  | { kind: 'digits'; digits: string }
  | { kind: 'blank' }
  | { kind: 'exit' }
  | { kind: 'none' };

interface KeyContext {
  /** Right-to-left page: the arrow pointing along the reading direction (←) goes forward. */
  rtl: boolean;
  /** Digits typed since the last jump, as ASCII digits. */
  typedDigits: string;
  shift?: boolean;
}

/** Enough for any slide count a timeline reaches; more digits are a stuck key, not a slide number. */
const MAX_DIGITS = 4;

const SIMPLE: Record<string, PresenterCommand['kind']> = {
  PageDown: 'next',
  ArrowDown: 'next',
  PageUp: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  'لا': 'blank', // B on the Arabic layout
  'ز': 'blank', // '.' on the Arabic layout
  p: 'exit',
  P: 'exit',
  'ح': 'exit', // P on the Arabic layout
};

/** Arabic-Indic and Eastern Arabic-Indic digits count as the digits they are. */
const DIGIT_SETS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];

function asciiDigit(key: string): string | null {
  for (const set of DIGIT_SETS) {
    const i = set.indexOf(key);
    if (key.length === 1 && i >= 0) return String(i);
  }
  return null;
}

export function presenterCommand(key: string, { rtl, typedDigits, shift = false }: KeyContext): PresenterCommand {
  const digit = asciiDigit(key);
  if (digit !== null) {
    return typedDigits.length < MAX_DIGITS ? { kind: 'digits', digits: typedDigits + digit } : { kind: 'none' };
  }
  if (typedDigits) {
    if (key === 'Enter') {
      const slide = Number(typedDigits);
      return slide > 0 ? { kind: 'goto', slide } : { kind: 'digits', digits: '' };
    }
    if (key === 'Backspace') return { kind: 'digits', digits: typedDigits.slice(0, -1) };
    if (key === 'Escape') return { kind: 'digits', digits: '' };
  }
  switch (key) {
    case ' ':
      return { kind: shift ? 'previous' : 'next' };
    case 'Enter':
      return { kind: 'next' };
    case 'Backspace':
      return { kind: 'previous' };
    case 'Escape':
      return { kind: 'exit' };
    case 'ArrowRight':
      return { kind: rtl ? 'previous' : 'next' };
    case 'ArrowLeft':
      return { kind: rtl ? 'next' : 'previous' };
  }
  const kind = Object.hasOwn(SIMPLE, key) ? SIMPLE[key] : 'none';
  return { kind } as PresenterCommand;
}
